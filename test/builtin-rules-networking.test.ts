import { describe, expect, test } from 'vitest';
import { validateIngress, validateNetworkPolicy } from '../lib/validate/builtin-rules/networking';
import { at, CTX, lines } from './builtin-rules-helpers';

const ingress = (spec: Record<string, unknown>) => ({ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'i' }, spec });
const backend = { service: { name: 'web', port: { number: 80 } } };

describe('networking.k8s.io/v1 Ingress', () => {
  test('rules with typed absolute paths and service backends pass', () => {
    const spec = { rules: [{ host: 'shop.example.com', http: { paths: [{ path: '/api', pathType: 'Prefix', backend }] } }, { host: '*.example.com', http: { paths: [{ pathType: 'ImplementationSpecific', backend }] } }] };
    expect(lines(validateIngress(ingress(spec), CTX))).toEqual([]);
  });
  test('rules or a default backend', () => {
    expect(lines(validateIngress(ingress({}), CTX))).toEqual(['spec: Invalid value: []networking.IngressRule(nil): either `defaultBackend` or `rules` must be specified']);
  });
  test('paths: pathType required, absolute clean paths', () => {
    const spec = { rules: [{ http: { paths: [{ path: '/a', backend }, { path: 'api', pathType: 'Exact', backend }, { path: '/a//b/.', pathType: 'Prefix', backend }, { path: '/', pathType: 'Regex', backend }] } }] };
    expect(lines(validateIngress(ingress(spec), CTX))).toEqual([
      'spec.rules[0].http.paths[0].pathType: Required value: pathType must be specified',
      'spec.rules[0].http.paths[1].path: Invalid value: "api": must be an absolute path',
      "spec.rules[0].http.paths[2].path: Invalid value: \"/a//b/.\": must not contain '//'",
      "spec.rules[0].http.paths[2].path: Invalid value: \"/a//b/.\": cannot end with '/.'",
      'spec.rules[0].http.paths[3].pathType: Unsupported value: "Regex": supported values: "Exact", "ImplementationSpecific", "Prefix"',
    ]);
  });
  test('backends: service xor resource, port name xor number; hosts are DNS names', () => {
    const resource = { apiGroup: 'k8s.example.com', kind: 'Bucket', name: 'static' };
    const spec = { defaultBackend: { ...backend, resource }, rules: [{ host: '10.0.0.1', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { name: 'http', number: 80 } } } }, { path: '/x', pathType: 'Prefix', backend: { service: { name: 'web', port: {} } } }] } }] };
    expect(lines(validateIngress(ingress(spec), CTX))).toEqual([
      'spec.defaultBackend: Invalid value: "": cannot set both resource and service backends',
      'spec.rules[0].host: Invalid value: "10.0.0.1": must be a DNS name, not an IP address',
      'spec.rules[0].http.paths[0].backend: Invalid value: "": cannot set both port name & port number',
      'spec.rules[0].http.paths[1].backend: Required value: port name or number is required',
    ]);
  });
});

const policy = (spec: Record<string, unknown>) => ({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'n' }, spec: { podSelector: {}, ...spec } });

describe('networking.k8s.io/v1 NetworkPolicy', () => {
  test('ports, peers and ipBlocks that are valid pass', () => {
    const spec = { ingress: [{ ports: [{ port: 8000, endPort: 9000 }, { port: 'metrics', protocol: 'TCP' }], from: [{ ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } }, { namespaceSelector: {}, podSelector: { matchLabels: { a: 'b' } } }] }], policyTypes: ['Ingress'] };
    expect(lines(validateNetworkPolicy(policy(spec), CTX))).toEqual([]);
  });
  test('ports: endPort only after a numeric port, not below it', () => {
    const spec = { egress: [{ ports: [{ port: 9000, endPort: 8000 }, { port: 'dns', endPort: 60 }, { endPort: 60 }] }] };
    expect(lines(validateNetworkPolicy(policy(spec), CTX))).toEqual([
      'spec.egress[0].ports[0].endPort: Invalid value: 9000: must be greater than or equal to `port`',
      'spec.egress[0].ports[1].endPort: Invalid value: 60: may not be specified when `port` is non-numeric',
      'spec.egress[0].ports[2].endPort: Invalid value: 60: may not be specified when `port` is not specified',
    ]);
  });
  test('peers: one at least, ipBlock alone; except a strict subset of the cidr', () => {
    const spec = { ingress: [{ from: [{}, { ipBlock: { cidr: '10.0.0.0/8' }, podSelector: {} }, { ipBlock: { cidr: '10.0.0.0/16', except: ['10.0.0.0/16', '192.168.0.0/24'] } }] }] };
    expect(lines(validateNetworkPolicy(policy(spec), CTX))).toEqual([
      'spec.ingress[0].from[0]: Required value: must specify a peer',
      'spec.ingress[0].from[1]: Forbidden: may not specify both ipBlock and another peer',
      'spec.ingress[0].from[2].ipBlock.except[0]: Invalid value: "10.0.0.0/16": must be a strict subset of `cidr`',
      'spec.ingress[0].from[2].ipBlock.except[1]: Invalid value: "192.168.0.0/24": must be a strict subset of `cidr`',
    ]);
  });
  test('an invalid cidr, worded per release', () => {
    const spec = { ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/40' } }] }] };
    expect(lines(validateNetworkPolicy(policy(spec), at('1.32')))).toEqual(['spec.ingress[0].from[0].ipBlock.cidr: Invalid value: "10.0.0.0/40": not a valid CIDR']);
    expect(lines(validateNetworkPolicy(policy(spec), at('1.33'))))
      .toEqual(['spec.ingress[0].from[0].ipBlock.cidr: Invalid value: "10.0.0.0/40": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)']);
  });
});
