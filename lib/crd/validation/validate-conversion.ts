import { Finding } from '../../report/finding';
import { isDns1035Label } from '../../apimachinery/name-formats';
import { FieldErrors } from '../../apimachinery/field-errors';
import { index } from '../../apimachinery/field-path';

const ACCEPTED_REVIEW_VERSIONS = ['v1', 'v1beta1'];

/** spec.conversion: strategy, the webhook's service and the ConversionReview versions. */
export function validateConversion(crd: Record<string, any>, errors: FieldErrors): Finding[] {
  const conversion = crd.spec?.conversion;
  if (!conversion) return [];
  const rule = 'crd.conversion';
  const at = 'spec.conversion';
  const out: Finding[] = [];
  const strategy = conversion.strategy;
  if (!strategy) out.push(errors.required(rule, `${at}.strategy`));
  else if (strategy !== 'None' && strategy !== 'Webhook') out.push(errors.notSupported(rule, `${at}.strategy`, strategy, ['None', 'Webhook']));
  const webhook = conversion.webhook;
  if (strategy !== 'Webhook') {
    if (webhook) out.push(errors.forbidden(rule, `${at}.webhook`, 'should not be set when strategy is not set to Webhook'));
    return out;
  }
  const cc = webhook?.clientConfig;
  if (!cc) return [...out, errors.required(rule, `${at}.webhook.clientConfig`, 'required when strategy is set to Webhook')];
  const ccAt = `${at}.webhook.clientConfig`;
  if ((cc.url === undefined) === (cc.service === undefined)) out.push(errors.required(rule, ccAt, 'exactly one of url or service is required'));
  if (cc.service) {
    const s = cc.service;
    if (!s.name) out.push(errors.required(rule, `${ccAt}.service.name`, 'service name is required'));
    if (!s.namespace) out.push(errors.required(rule, `${ccAt}.service.namespace`, 'service namespace is required'));
    if (s.port !== undefined && (!Number.isInteger(s.port) || s.port < 1 || s.port > 65535)) {
      out.push(errors.invalid(rule, `${ccAt}.service.port`, s.port, 'port is not valid: must be between 1 and 65535, inclusive'));
    }
    if (s.path !== undefined && !String(s.path).startsWith('/')) {
      out.push(errors.invalid(rule, `${ccAt}.service.path`, s.path, "must start with a '/'"));
    }
  }
  const versions: string[] = webhook.conversionReviewVersions ?? [];
  const vAt = `${at}.webhook.conversionReviewVersions`;
  if (versions.length === 0) out.push(errors.required(rule, vAt));
  else {
    versions.forEach((v, i) => {
      if (versions.indexOf(v) !== i) out.push(errors.invalid(rule, index(vAt, i), v, 'duplicate version'));
      for (const e of isDns1035Label(v)) out.push(errors.invalid(rule, index(vAt, i), v, e));
    });
    if (!versions.some((v) => ACCEPTED_REVIEW_VERSIONS.includes(v))) {
      out.push(errors.invalid(rule, vAt, versions, `must include at least one of ${ACCEPTED_REVIEW_VERSIONS.join(', ')}`));
    }
  }
  return out;
}
