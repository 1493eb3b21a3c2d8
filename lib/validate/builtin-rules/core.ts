/**
 * core/v1 kinds (pkg/apis/core/validation): Pod (ValidatePodCreate), Service ports (ValidateService,
 * validateServicePort), ConfigMap and Secret keys and sizes (ValidateConfigMap, ValidateSecret).
 */
import { Finding } from '../../report/finding';
import { isDns1123Label } from '../../apimachinery/name-formats';
import { isConfigMapKey, isValidPortNum } from '../../apimachinery/validation';
import { duplicate, forbidden, GoValue, invalid, notSupported, required, tooLong } from '../../apimachinery/field-errors';
import { PORT_PROTOCOLS, validatePortNumOrName } from './containers';
import { validatePodSpec } from './pod-spec';
import { asList, asMap, atLeast, BuiltinRule, isSet, RuleContext } from './types';

export const validatePod: BuiltinRule = (obj, ctx) => {
  const spec = asMap(obj.spec);
  const out = validatePodSpec(spec, 'spec', ctx);
  if (asList(spec?.ephemeralContainers).length > 0) out.push(forbidden('kube.pod.spec', 'spec.ephemeralContainers', 'cannot be set on create'));
  return out;
};

const SERVICE = 'kube.service';

/** The (protocol, port) key of a repeated port as field.Duplicate prints that internal `core.ServicePort`. */
const goServicePortKey = (protocol: string, port: number, ctx: RuleContext) => new GoValue(atLeast(ctx, '1.34')
  ? `{"Name":"","Protocol":${JSON.stringify(protocol)},"AppProtocol":null,"Port":${port},"TargetPort":0,"NodePort":0}`
  : `core.ServicePort{Name:"", Protocol:${JSON.stringify(protocol)}, AppProtocol:(*string)(nil), Port:${port}, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}`);

export const validateService: BuiltinRule = (obj, ctx) => {
  const spec = asMap(obj.spec) ?? {};
  const out: Finding[] = [];
  const ports = asList(spec.ports);
  const headless = spec.clusterIP === 'None';
  if (ports.length === 0 && !headless && spec.type !== 'ExternalName') out.push(required(SERVICE, 'spec.ports'));
  const names = new Set<string>();
  const keys = new Set<string>();
  ports.forEach((raw, i) => {
    const p = asMap(raw) ?? {};
    const at = `spec.ports[${i}]`;
    if (ports.length > 1 && (typeof p.name !== 'string' || p.name === '')) out.push(required(SERVICE, `${at}.name`));
    else if (typeof p.name === 'string' && p.name !== '') {
      for (const m of isDns1123Label(p.name)) out.push(invalid(SERVICE, `${at}.name`, p.name, m));
      if (names.has(p.name)) out.push(duplicate(SERVICE, `${at}.name`, p.name));
      names.add(p.name);
    }
    for (const m of isValidPortNum(p.port)) out.push(invalid(SERVICE, `${at}.port`, p.port ?? 0, m));
    const protocol = p.protocol ?? 'TCP'; // defaulted
    if (!PORT_PROTOCOLS.includes(protocol)) out.push(notSupported(SERVICE, `${at}.protocol`, protocol, PORT_PROTOCOLS));
    // an absent or zero targetPort is defaulted to the port
    if (p.targetPort !== undefined && p.targetPort !== 0 && p.targetPort !== '') out.push(...validatePortNumOrName(p.targetPort, `${at}.targetPort`, SERVICE));
    if (isSet(p.nodePort) && p.nodePort !== 0) for (const m of isValidPortNum(p.nodePort)) out.push(invalid(SERVICE, `${at}.nodePort`, p.nodePort, m));
    const key = `${protocol}/${p.port}`;
    if (keys.has(key)) out.push(duplicate(SERVICE, at, goServicePortKey(protocol, p.port, ctx)));
    keys.add(key);
  });
  return out;
};

/** core.MaxSecretSize: the limit on a ConfigMap's or Secret's data, in bytes. */
export const MAX_DATA_SIZE = 1024 * 1024;
const CONFIG = 'kube.config-data';

const base64Length = (v: unknown) => (typeof v === 'string' ? Buffer.from(v, 'base64').length : 0);

export const validateConfigMap: BuiltinRule = (obj) => {
  const out: Finding[] = [];
  const data = asMap(obj.data) ?? {};
  const binary = asMap(obj.binaryData) ?? {};
  let total = 0;
  for (const [key, value] of Object.entries(data)) {
    for (const m of isConfigMapKey(key)) out.push(invalid(CONFIG, `data[${key}]`, key, m));
    if (Object.hasOwn(binary, key)) out.push(invalid(CONFIG, `data[${key}]`, key, 'duplicate of key present in binaryData'));
    total += typeof value === 'string' ? Buffer.byteLength(value) : 0;
  }
  for (const [key, value] of Object.entries(binary)) {
    for (const m of isConfigMapKey(key)) out.push(invalid(CONFIG, `binaryData[${key}]`, key, m));
    total += base64Length(value);
  }
  if (total > MAX_DATA_SIZE) out.push(tooLong(CONFIG, '', MAX_DATA_SIZE));
  return out;
};

/** The keys a Secret of a type must hold (ValidateSecret), checked on data and stringData merged as the API server merges them. */
const REQUIRED_KEYS: Record<string, string[]> = {
  'kubernetes.io/dockerconfigjson': ['.dockerconfigjson'],
  'kubernetes.io/dockercfg': ['.dockercfg'],
  'kubernetes.io/ssh-auth': ['ssh-privatekey'],
  'kubernetes.io/tls': ['tls.crt', 'tls.key'],
};

export const validateSecret: BuiltinRule = (obj) => {
  const out: Finding[] = [];
  const data = asMap(obj.data) ?? {};
  const stringData = asMap(obj.stringData) ?? {};
  let total = 0;
  const keys = new Set([...Object.keys(data), ...Object.keys(stringData)]);
  for (const key of keys) {
    for (const m of isConfigMapKey(key)) out.push(invalid(CONFIG, `data[${key}]`, key, m));
    total += Object.hasOwn(stringData, key) ? Buffer.byteLength(String(stringData[key] ?? '')) : base64Length(data[key]);
  }
  if (total > MAX_DATA_SIZE) out.push(tooLong(CONFIG, 'data', MAX_DATA_SIZE));
  for (const key of REQUIRED_KEYS[obj.type] ?? []) if (!keys.has(key)) out.push(required(CONFIG, `data[${key}]`));
  if (obj.type === 'kubernetes.io/basic-auth' && !keys.has('username') && !keys.has('password')) {
    out.push(required(CONFIG, 'data[username]'), required(CONFIG, 'data[password]'));
  }
  if (obj.type === 'kubernetes.io/service-account-token' && typeof obj.metadata?.annotations?.['kubernetes.io/service-account.name'] !== 'string') {
    out.push(required(CONFIG, 'metadata.annotations[kubernetes.io/service-account.name]'));
  }
  return out;
};
