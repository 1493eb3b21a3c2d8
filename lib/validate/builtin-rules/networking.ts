/**
 * networking.k8s.io/v1 Ingress and NetworkPolicy (pkg/apis/networking/validation): an Ingress needs rules or a
 * default backend, each path a pathType and (for Exact and Prefix) an absolute clean path, each backend a
 * service xor a resource with a port name xor number; a NetworkPolicy's ports, peers and ipBlocks.
 */
import { Finding } from '../../report/finding';
import { isDns1035Label, isDns1123Subdomain, regexError } from '../../apimachinery/name-formats';
import { isValidPortName, isValidPortNum } from '../../apimachinery/validation';
import { parseIp, samePrefix, type IpBytes } from '../../cel/libraries/ip-address';
import { forbidden, invalid, notSupported, required } from '../../apimachinery/field-errors';
import { PORT_PROTOCOLS } from './containers';
import { goNilSlice } from './go-values';
import { validateLabelSelector } from './label-selector';
import { asList, asMap, atLeast, BuiltinRule, isSet, RuleContext } from './types';

const RULE = 'kube.networking';
const PATH_TYPES = ['Exact', 'ImplementationSpecific', 'Prefix'];

/** validateIngressBackend. */
function validateBackend(backend: unknown, path: string): Finding[] {
  const b = asMap(backend) ?? {};
  const service = asMap(b.service);
  if (isSet(b.resource) && service) return [invalid(RULE, path, '', 'cannot set both resource and service backends')];
  if (isSet(b.resource)) return [];
  if (!service) return [invalid(RULE, path, '', 'resource or service backend is required')];
  const out: Finding[] = [];
  if (typeof service.name !== 'string' || service.name === '') out.push(required(RULE, `${path}.service.name`));
  else for (const m of isDns1035Label(service.name)) out.push(invalid(RULE, `${path}.service.name`, service.name, m));
  const port = asMap(service.port) ?? {};
  const hasName = typeof port.name === 'string' && port.name !== '';
  const hasNumber = typeof port.number === 'number' && port.number !== 0;
  if (hasName && hasNumber) out.push(invalid(RULE, path, '', 'cannot set both port name & port number'));
  else if (hasName) for (const m of isValidPortName(port.name)) out.push(invalid(RULE, `${path}.service.port.name`, port.name, m));
  else if (hasNumber) for (const m of isValidPortNum(port.number)) out.push(invalid(RULE, `${path}.service.port.number`, port.number, m));
  else out.push(required(RULE, path, 'port name or number is required'));
  return out;
}

/** validateHTTPIngressPath. */
function validatePath(p: Record<string, any>, at: string): Finding[] {
  if (!isSet(p.pathType)) return [required(RULE, `${at}.pathType`, 'pathType must be specified')];
  const out: Finding[] = [];
  const path = typeof p.path === 'string' ? p.path : '';
  if (p.pathType === 'Exact' || p.pathType === 'Prefix') {
    if (!path.startsWith('/')) out.push(invalid(RULE, `${at}.path`, path, 'must be an absolute path'));
    if (path) {
      for (const seq of ['//', '/./', '/../', '%2f', '%2F']) if (path.includes(seq)) out.push(invalid(RULE, `${at}.path`, path, `must not contain '${seq}'`));
      for (const suffix of ['/..', '/.']) if (path.endsWith(suffix)) out.push(invalid(RULE, `${at}.path`, path, `cannot end with '${suffix}'`));
    }
  } else if (p.pathType === 'ImplementationSpecific') {
    if (path && !path.startsWith('/')) out.push(invalid(RULE, `${at}.path`, path, 'must be an absolute path'));
  } else {
    out.push(notSupported(RULE, `${at}.pathType`, p.pathType, PATH_TYPES));
  }
  out.push(...validateBackend(p.backend, `${at}.backend`));
  return out;
}

const WILDCARD = '\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*';

function hostErrors(host: string): string[] {
  if (typeof parseIp(host) !== 'string') return ['must be a DNS name, not an IP address'];
  if (!host.includes('*')) return isDns1123Subdomain(host);
  const errs = host.length > 253 ? ['must be no more than 253 characters'] : [];
  if (!new RegExp(`^${WILDCARD}$`).test(host)) {
    errs.push(regexError("a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character", WILDCARD, '*.example.com'));
  }
  return errs;
}

export const validateIngress: BuiltinRule = (obj, ctx) => {
  const spec = asMap(obj.spec) ?? {};
  const out: Finding[] = [];
  const rules = asList(spec.rules);
  if (rules.length === 0 && !isSet(spec.defaultBackend)) {
    out.push(invalid(RULE, 'spec', goNilSlice('networking.IngressRule', ctx), 'either `defaultBackend` or `rules` must be specified'));
  }
  if (isSet(spec.defaultBackend)) out.push(...validateBackend(spec.defaultBackend, 'spec.defaultBackend'));
  rules.forEach((raw, i) => {
    const r = asMap(raw) ?? {};
    const at = `spec.rules[${i}]`;
    if (typeof r.host === 'string' && r.host !== '') for (const m of hostErrors(r.host)) out.push(invalid(RULE, `${at}.host`, r.host, m));
    const http = asMap(r.http);
    if (!http) return;
    const paths = asList(http.paths);
    if (paths.length === 0) out.push(required(RULE, `${at}.http.paths`));
    paths.forEach((p, j) => out.push(...validatePath(asMap(p) ?? {}, `${at}.http.paths[${j}]`)));
  });
  if (typeof spec.ingressClassName === 'string') {
    for (const m of isDns1123Subdomain(spec.ingressClassName)) out.push(invalid(RULE, 'spec.ingressClassName', spec.ingressClassName, m));
  }
  return out;
};

/** ValidateNetworkPolicyPort. */
function validatePolicyPort(port: Record<string, any>, at: string): Finding[] {
  const out: Finding[] = [];
  if (isSet(port.protocol) && !PORT_PROTOCOLS.includes(port.protocol)) out.push(notSupported(RULE, `${at}.protocol`, port.protocol, ['TCP', 'UDP', 'SCTP']));
  if (typeof port.port === 'number') {
    for (const m of isValidPortNum(port.port)) out.push(invalid(RULE, `${at}.port`, port.port, m));
    if (typeof port.endPort === 'number') {
      if (port.endPort < port.port) out.push(invalid(RULE, `${at}.endPort`, port.port, 'must be greater than or equal to `port`'));
      for (const m of isValidPortNum(port.endPort)) out.push(invalid(RULE, `${at}.endPort`, port.endPort, m));
    }
  } else if (typeof port.port === 'string') {
    if (isSet(port.endPort)) out.push(invalid(RULE, `${at}.endPort`, port.endPort, 'may not be specified when `port` is non-numeric'));
    for (const m of isValidPortName(port.port)) out.push(invalid(RULE, `${at}.port`, port.port, m));
  } else if (isSet(port.endPort)) {
    out.push(invalid(RULE, `${at}.endPort`, port.endPort, 'may not be specified when `port` is not specified'));
  }
  return out;
}

function parseCidr(s: string): { addr: IpBytes; bits: number } | undefined {
  const slash = s.indexOf('/');
  if (slash < 0) return undefined;
  const addr = parseIp(s.slice(0, slash));
  const bitsText = s.slice(slash + 1);
  if (typeof addr === 'string' || !/^\d{1,3}$/.test(bitsText) || Number(bitsText) > addr.length * 8) return undefined;
  return { addr, bits: Number(bitsText) };
}

/** ValidateIPBlock (the CIDR message changed in 1.33, IsValidCIDRForLegacyField). */
function validateIpBlock(block: Record<string, any>, at: string, ctx: RuleContext): Finding[] {
  if (typeof block.cidr !== 'string' || block.cidr === '') return [required(RULE, `${at}.cidr`)];
  const legacy = !atLeast(ctx, '1.33');
  const bad = legacy ? 'not a valid CIDR' : 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)';
  const cidr = parseCidr(block.cidr);
  if (!cidr) return [invalid(RULE, `${at}.cidr`, block.cidr, bad)];
  const out: Finding[] = [];
  for (const [i, ex] of asList(block.except).entries()) {
    const p = `${at}.except[${i}]`;
    const e = typeof ex === 'string' ? parseCidr(ex) : undefined;
    if (!e) {
      out.push(invalid(RULE, p, ex, bad));
      if (legacy) return out;
      continue;
    }
    if (!samePrefix(cidr.addr, e.addr, cidr.bits) || cidr.bits >= e.bits) out.push(invalid(RULE, p, ex, 'must be a strict subset of `cidr`'));
  }
  return out;
}

/** ValidateNetworkPolicyPeer: exactly one kind of peer, or selectors without an ipBlock. */
function validatePeer(peer: Record<string, any>, at: string, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  let count = 0;
  for (const s of ['podSelector', 'namespaceSelector']) {
    if (!isSet(peer[s])) continue;
    count++;
    out.push(...validateLabelSelector(peer[s], `${at}.${s}`));
  }
  if (isSet(peer.ipBlock)) {
    count++;
    out.push(...validateIpBlock(asMap(peer.ipBlock) ?? {}, `${at}.ipBlock`, ctx));
  }
  if (count === 0) out.push(required(RULE, at, 'must specify a peer'));
  else if (count > 1 && isSet(peer.ipBlock)) out.push(forbidden(RULE, at, 'may not specify both ipBlock and another peer'));
  return out;
}

export const validateNetworkPolicy: BuiltinRule = (obj, ctx) => {
  const spec = asMap(obj.spec) ?? {};
  const out = validateLabelSelector(spec.podSelector, 'spec.podSelector');
  for (const [direction, peers] of [['ingress', 'from'], ['egress', 'to']] as const) {
    asList(spec[direction]).forEach((raw, i) => {
      const rule = asMap(raw) ?? {};
      const at = `spec.${direction}[${i}]`;
      asList(rule.ports).forEach((p, j) => out.push(...validatePolicyPort(asMap(p) ?? {}, `${at}.ports[${j}]`)));
      asList(rule[peers]).forEach((p, j) => out.push(...validatePeer(asMap(p) ?? {}, `${at}.${peers}[${j}]`, ctx)));
    });
  }
  const types = asList(spec.policyTypes);
  if (types.length > 2) out.push(invalid(RULE, 'spec.policyTypes', types, 'may not specify more than two policyTypes'));
  types.forEach((t, i) => {
    if (t !== 'Ingress' && t !== 'Egress') out.push(notSupported(RULE, `spec.policyTypes[${i}]`, t, ['Ingress', 'Egress']));
  });
  return out;
};
