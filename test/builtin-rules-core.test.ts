import { describe, expect, test } from 'vitest';
import { MAX_DATA_SIZE, validateConfigMap, validateSecret, validateService } from '../lib/validate/builtin-rules/core';
import { CTX, lines } from './builtin-rules-helpers';

const service = (spec: Record<string, unknown>) => ({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec });

describe('core/v1 Service', () => {
  test('named ports with valid targetPorts pass', () => {
    expect(lines(validateService(service({ ports: [{ name: 'http', port: 80, targetPort: 'http' }, { name: 'metrics', port: 9090, targetPort: 9090 }] }), CTX))).toEqual([]);
    expect(lines(validateService(service({ clusterIP: 'None' }), CTX))).toEqual([]);
  });

  test('ports: required, a name on each when several, names unique, numbers in range', () => {
    expect(lines(validateService(service({ ports: [] }), CTX))).toEqual(['spec.ports: Required value']);
    expect(lines(validateService(service({ ports: [{ port: 80 }, { name: 'b', port: 81 }] }), CTX))).toEqual(['spec.ports[0].name: Required value']);
    expect(lines(validateService(service({ ports: [{ name: 'http', port: 80 }, { name: 'http', port: 0, targetPort: 70000 }] }), CTX))).toEqual([
      'spec.ports[1].name: Duplicate value: "http"',
      'spec.ports[1].port: Invalid value: 0: must be between 1 and 65535, inclusive',
      'spec.ports[1].targetPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
    ]);
  });

  test('targetPort names are IANA_SVC_NAMEs; protocol known; (protocol, port) unique', () => {
    expect(lines(validateService(service({ ports: [{ port: 80, targetPort: 'HTTP', protocol: 'HTTP' }] }), CTX))).toEqual([
      'spec.ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"',
      'spec.ports[0].targetPort: Invalid value: "HTTP": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      'spec.ports[0].targetPort: Invalid value: "HTTP": must contain at least one letter (a-z)',
    ]);
    expect(lines(validateService(service({ ports: [{ name: 'a', port: 80 }, { name: 'b', port: 80 }] }), CTX))).toEqual([
      'spec.ports[1]: Duplicate value: core.ServicePort{Name:"", Protocol:"TCP", AppProtocol:(*string)(nil), Port:80, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}',
    ]);
  });
});

describe('core/v1 ConfigMap and Secret', () => {
  const cm = (data: Record<string, unknown>, binaryData?: Record<string, unknown>) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data, binaryData });
  test('keys are config keys (IsConfigMapKey)', () => {
    expect(lines(validateConfigMap(cm({ 'app.yaml': 'x', KEY_1: 'y', '.env': 'z' }), CTX))).toEqual([]);
    expect(lines(validateConfigMap(cm({ 'a/b': 'x', '..data': 'y' }), CTX))).toEqual([
      "data[a/b]: Invalid value: \"a/b\": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')",
      "data[..data]: Invalid value: \"..data\": must not start with '..'",
    ]);
  });
  test('a key in both data and binaryData; more than 1 MiB in all', () => {
    expect(lines(validateConfigMap(cm({ a: 'x' }, { a: 'eA==' }), CTX))).toEqual([
      'data[a]: Invalid value: "a": duplicate of key present in binaryData',
    ]);
    expect(lines(validateConfigMap(cm({ a: 'x'.repeat(MAX_DATA_SIZE), b: 'y' }), CTX))).toEqual([': Too long: may not be longer than 1048576']);
  });
  test('Secret keys (data and stringData), size, and the keys its type requires', () => {
    const secret = (type: string, data: Record<string, string>, stringData: Record<string, string> = {}) =>
      ({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, type, data, stringData });
    expect(lines(validateSecret(secret('kubernetes.io/tls', { 'tls.crt': 'eA==' }, { 'tls.key': 'k' }), CTX))).toEqual([]);
    expect(lines(validateSecret(secret('kubernetes.io/tls', { 'tls.crt': 'eA==' }), CTX))).toEqual(['data[tls.key]: Required value']);
    expect(lines(validateSecret(secret('kubernetes.io/basic-auth', {}, { password: 'p' }), CTX))).toEqual([]);
    expect(lines(validateSecret(secret('kubernetes.io/basic-auth', {}), CTX))).toEqual(['data[username]: Required value', 'data[password]: Required value']);
    expect(lines(validateSecret(secret('Opaque', {}, { 'bad key': 'v' }), CTX))[0]).toMatch(/^data\[bad key\]: Invalid value: "bad key": a valid config key/);
    expect(lines(validateSecret(secret('Opaque', {}, { big: 'x'.repeat(MAX_DATA_SIZE + 1) }), CTX))).toEqual(['data: Too long: may not be longer than 1048576']);
  });
});
