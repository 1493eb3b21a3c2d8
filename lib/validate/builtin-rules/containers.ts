/**
 * One container, as pkg/apis/core/validation validateContainerCommon and its helpers check it: name, image,
 * ports (validateContainerPorts), volumeMounts (ValidateVolumeMounts), resources (ValidateResourceRequirements),
 * probes and lifecycle hooks (validateProbe, validateLifecycle, validateHandler).
 */
import { Finding } from '../../report/finding';
import { isDns1123Label } from '../../apimachinery/name-formats';
import { canonicalQuantity, compareQuantity, parseQuantity } from '../../apimachinery/quantity';
import { isValidPortName, isValidPortNum } from '../../apimachinery/validation';
import { duplicate, forbidden, invalid, notFound, notSupported, required } from '../../apimachinery/field-errors';
import { asList, asMap, atLeast, isSet, RuleContext } from './types';

const RULE = 'kube.pod.container';
export const PORT_PROTOCOLS = ['SCTP', 'TCP', 'UDP'];

/** ValidatePortNumOrName: an int-or-string port (probes, Service targetPort). */
export function validatePortNumOrName(port: unknown, path: string, rule: string): Finding[] {
  if (typeof port === 'number') return isValidPortNum(port).map((m) => invalid(rule, path, port, m));
  if (typeof port === 'string') return isValidPortName(port).map((m) => invalid(rule, path, port, m));
  return [];
}

/** validateContainerPorts: names IANA_SVC_NAMEs unique in the container, port numbers in range, protocol known. */
export function validateContainerPorts(ports: unknown, path: string): Finding[] {
  const out: Finding[] = [];
  const names = new Set<string>();
  asList(ports).forEach((raw, i) => {
    const p = asMap(raw) ?? {};
    const at = `${path}[${i}]`;
    if (typeof p.name === 'string' && p.name !== '') {
      const errs = isValidPortName(p.name);
      if (errs.length) for (const m of errs) out.push(invalid(RULE, `${at}.name`, p.name, m));
      else if (names.has(p.name)) out.push(duplicate(RULE, `${at}.name`, p.name));
      else names.add(p.name);
    }
    if (!p.containerPort) out.push(required(RULE, `${at}.containerPort`));
    else for (const m of isValidPortNum(p.containerPort)) out.push(invalid(RULE, `${at}.containerPort`, p.containerPort, m));
    if (p.hostPort) for (const m of isValidPortNum(p.hostPort)) out.push(invalid(RULE, `${at}.hostPort`, p.hostPort, m));
    // protocol is defaulted to TCP before validation
    if (isSet(p.protocol) && !PORT_PROTOCOLS.includes(p.protocol)) out.push(notSupported(RULE, `${at}.protocol`, p.protocol, PORT_PROTOCOLS));
  });
  return out;
}

/** ValidateVolumeMounts: each mount names a volume of the pod (or a claim template) and has a unique mountPath. */
export function validateVolumeMounts(mounts: unknown, volumes: ReadonlySet<string>, path: string): Finding[] {
  const out: Finding[] = [];
  const paths = new Set<string>();
  asList(mounts).forEach((raw, i) => {
    const m = asMap(raw) ?? {};
    const at = `${path}[${i}]`;
    const name = typeof m.name === 'string' ? m.name : '';
    if (!name) out.push(required(RULE, `${at}.name`));
    if (!volumes.has(name)) out.push(notFound(RULE, `${at}.name`, name));
    const mountPath = typeof m.mountPath === 'string' ? m.mountPath : '';
    if (!mountPath) out.push(required(RULE, `${at}.mountPath`));
    if (paths.has(mountPath)) out.push(invalid(RULE, `${at}.mountPath`, mountPath, 'must be unique'));
    paths.add(mountPath);
  });
  return out;
}

/** IsOvercommitAllowed: native resources (no domain, or kubernetes.io/) other than hugepages. */
const overcommitAllowed = (name: string) =>
  (!name.includes('/') || name.startsWith('kubernetes.io/')) && !name.startsWith('hugepages-') && !name.startsWith('requests.hugepages-');

/**
 * validateResourceRequirements: quantities not negative, each request at most its limit; extended resources
 * (a domain other than kubernetes.io) cannot be overcommitted: a request needs an equal limit.
 */
export function validateResources(resources: unknown, path: string, ctx: RuleContext): Finding[] {
  const r = asMap(resources);
  if (!r) return [];
  const out: Finding[] = [];
  const limits = asMap(r.limits) ?? {};
  const requests = asMap(r.requests) ?? {};
  for (const [kind, bag] of [['limits', limits], ['requests', requests]] as const) {
    for (const [name, value] of Object.entries(bag)) {
      const q = parseQuantity(String(value));
      if (q && q[0] < 0n) out.push(invalid(RULE, `${path}.${kind}[${name}]`, canonicalQuantity(String(value)), 'must be greater than or equal to 0'));
    }
  }
  // The limit's value was added to these messages in a later release (the 1.30 cut-off is not verified).
  const ofLimit = (name: string) => (atLeast(ctx, '1.30') ? ` of ${canonicalQuantity(String(limits[name]))}` : '');
  for (const [name, value] of Object.entries(requests)) {
    if (!Object.hasOwn(limits, name)) {
      if (!overcommitAllowed(name)) out.push(required(RULE, `${path}.limits`, 'Limit must be set for non overcommitable resources'));
      continue;
    }
    const req = parseQuantity(String(value));
    const lim = parseQuantity(String(limits[name]));
    if (!req || !lim) continue;
    const c = compareQuantity(req, lim);
    if (c !== 0 && !overcommitAllowed(name)) out.push(invalid(RULE, `${path}.requests`, canonicalQuantity(String(value)), `must be equal to ${name} limit${ofLimit(name)}`));
    else if (c > 0) out.push(invalid(RULE, `${path}.requests`, canonicalQuantity(String(value)), `must be less than or equal to ${name} limit${ofLimit(name)}`));
  }
  return out;
}

const PROBE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'];
const LIFECYCLE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'sleep'];

/** validateHandler: exactly one handler type, each one's own fields valid. */
function validateHandler(handler: Record<string, any>, kinds: readonly string[], path: string): Finding[] {
  const out: Finding[] = [];
  let count = 0;
  for (const kind of kinds) {
    const h = handler[kind];
    if (!isSet(h)) continue;
    if (count > 0) {
      out.push(forbidden(RULE, `${path}.${kind}`, 'may not specify more than 1 handler type'));
      continue;
    }
    count++;
    const at = `${path}.${kind}`;
    if (kind === 'exec' && asList(h.command).length === 0) out.push(required(RULE, `${at}.command`));
    if (kind === 'httpGet' || kind === 'tcpSocket') out.push(...validatePortNumOrName(h.port, `${at}.port`, RULE));
    if (kind === 'httpGet' && isSet(h.scheme) && !['HTTP', 'HTTPS'].includes(h.scheme)) out.push(notSupported(RULE, `${at}.scheme`, h.scheme, ['HTTP', 'HTTPS']));
    if (kind === 'grpc') for (const m of isValidPortNum(h.port)) out.push(invalid(RULE, `${at}.port`, h.port, m));
  }
  if (count === 0) out.push(required(RULE, path, 'must specify a handler type'));
  return out;
}

const NON_NEGATIVE_PROBE_FIELDS = ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'];

/** validateProbe (+ validateLivenessProbe/validateStartupProbe: successThreshold 1; validateReadinessProbe: no terminationGracePeriodSeconds). */
export function validateProbe(probe: unknown, path: string, kind: 'livenessProbe' | 'readinessProbe' | 'startupProbe'): Finding[] {
  const p = asMap(probe);
  if (!p) return [];
  const out = validateHandler(p, PROBE_HANDLERS, path);
  for (const f of NON_NEGATIVE_PROBE_FIELDS) {
    if (typeof p[f] === 'number' && p[f] < 0) out.push(invalid(RULE, `${path}.${f}`, p[f], 'must be greater than or equal to 0'));
  }
  const grace = p.terminationGracePeriodSeconds;
  if (typeof grace === 'number' && grace <= 0) out.push(invalid(RULE, `${path}.terminationGracePeriodSeconds`, grace, 'must be greater than 0'));
  // successThreshold 0 is defaulted to 1
  if (kind !== 'readinessProbe' && typeof p.successThreshold === 'number' && p.successThreshold !== 0 && p.successThreshold !== 1) {
    out.push(invalid(RULE, `${path}.successThreshold`, p.successThreshold, 'must be 1'));
  }
  if (kind === 'readinessProbe' && isSet(grace)) out.push(invalid(RULE, `${path}.terminationGracePeriodSeconds`, grace, 'must not be set for readinessProbes'));
  return out;
}

export function validateLifecycle(lifecycle: unknown, path: string): Finding[] {
  const l = asMap(lifecycle);
  if (!l) return [];
  const out: Finding[] = [];
  for (const hook of ['postStart', 'preStop']) {
    const h = asMap(l[hook]);
    if (h) out.push(...validateHandler(h, LIFECYCLE_HANDLERS, `${path}.${hook}`));
  }
  return out;
}

/** The checks every container kind shares (validateContainerCommon): name, image, ports, mounts, resources. */
export function validateContainerCommon(c: Record<string, any>, path: string, volumes: ReadonlySet<string>, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  if (typeof c.name !== 'string' || c.name === '') out.push(required(RULE, `${path}.name`));
  else for (const m of isDns1123Label(c.name)) out.push(invalid(RULE, `${path}.name`, c.name, m));
  if (typeof c.image !== 'string' || c.image === '') out.push(required(RULE, `${path}.image`));
  out.push(...validateContainerPorts(c.ports, `${path}.ports`));
  out.push(...validateVolumeMounts(c.volumeMounts, volumes, `${path}.volumeMounts`));
  out.push(...validateResources(c.resources, `${path}.resources`, ctx));
  return out;
}
