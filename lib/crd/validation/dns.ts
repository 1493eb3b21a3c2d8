// Name rules of k8s.io/apimachinery/pkg/util/validation, with its exact messages. Written by hand: no npm
// library reproduces the API server's wording.

const DNS1035_LABEL = '[a-z]([-a-z0-9]*[a-z0-9])?';
const DNS1123_LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN = `${DNS1123_LABEL}(\\.${DNS1123_LABEL})*`;

const maxLenError = (n: number) => `must be no more than ${n} characters`;

function regexError(msg: string, fmt: string, ...examples: string[]): string {
  const eg = examples.map((e) => `'${e}', `).join(' or ');
  return `${msg} (e.g. ${eg}regex used for validation is '${fmt}')`;
}

/** Errors of `value` as a DNS-1035 label (CRD plural, singular, short names, versions); empty when valid. */
export function isDns1035Label(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 63) errs.push(maxLenError(63));
  if (!new RegExp(`^${DNS1035_LABEL}$`).test(value)) {
    errs.push(regexError('a DNS-1035 label must consist of lower case alphanumeric characters or \'-\', start with '
      + 'an alphabetic character, and end with an alphanumeric character', DNS1035_LABEL, 'my-name', 'abc-123'));
  }
  return errs;
}

/** Errors of `value` as a DNS-1123 subdomain (API groups, object names); empty when valid. */
export function isDns1123Subdomain(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 253) errs.push(maxLenError(253));
  if (!new RegExp(`^${DNS1123_SUBDOMAIN}$`).test(value)) {
    errs.push(regexError('a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, \'-\' '
      + 'or \'.\', and must start and end with an alphanumeric character', DNS1123_SUBDOMAIN, 'example.com'));
  }
  return errs;
}
