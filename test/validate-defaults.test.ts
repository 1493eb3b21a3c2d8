import { describe, expect, test } from 'vitest';
import { withDefaults } from '../lib/validate/defaults';
import { createValidator, JSONSchemaProps } from '../lib';

const schema: JSONSchemaProps = {
  type: 'object',
  properties: {
    spec: {
      type: 'object',
      'x-kubernetes-validations': [{ rule: "self.engine != 'redis' || self.version.startsWith('7.')", message: 'redis needs 7.x' }],
      required: ['version', 'mode'],
      properties: {
        engine: { type: 'string', default: 'valkey' },
        mode: { type: 'string', default: 'cluster' },
        version: { type: 'string' },
        limits: { type: 'object', default: {}, properties: { memory: { type: 'string', default: '1Gi' } } },
        users: { type: 'array', items: { type: 'object', properties: { role: { type: 'string', default: 'read' } } } },
        ports: { type: 'array', items: { type: 'integer', default: 80 } },
        labels: { type: 'object', additionalProperties: { type: 'object', properties: { weight: { type: 'integer', default: 1 } } } },
        tier: { type: 'string', default: 'gold' },
        note: { type: 'string', nullable: true, default: 'n' },
      },
    },
  },
};

describe('structural defaulting, as the API server applies it before validation', () => {
  test('absent fields get their default at every depth; present ones are kept; the input is not modified', () => {
    const input = { spec: { version: '8.0', users: [{ name: 'a' }, { role: 'admin' }], ports: [null, 443], labels: { x: {} }, tier: null, note: null } };
    const frozen = JSON.stringify(input);
    expect(withDefaults(input, schema)).toEqual({
      spec: {
        version: '8.0', engine: 'valkey', mode: 'cluster', limits: { memory: '1Gi' },
        users: [{ name: 'a', role: 'read' }, { role: 'admin' }], ports: [80, 443], labels: { x: { weight: 1 } },
        tier: 'gold', // null in a non-nullable field with a default is defaulted
        note: null, // a nullable field keeps its null
      },
    });
    expect(JSON.stringify(input)).toBe(frozen);
  });

  test('an object that needs no default is returned as it is (no copy)', () => {
    const full = { spec: { version: '8.0', engine: 'redis', mode: 'x', limits: { memory: '2Gi' }, tier: 't', note: 'n' } };
    expect(withDefaults(full, schema)).toBe(full);
  });

  test('a __proto__ key stays plain data when the object is copied', () => {
    const input = JSON.parse('{"spec":{"version":"8.0","__proto__":{"polluted":true}}}');
    const out = withDefaults(input, schema) as any;
    expect(Object.keys(out.spec)).toContain('__proto__');
    expect(({} as any).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(out.spec)).toBe(Object.prototype);
  });

  test('the validator defaults before its checks: required-with-default is satisfied and CEL sees the default', () => {
    const crd = {
      apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', metadata: { name: 'caches.example.com' },
      spec: { group: 'example.com', scope: 'Namespaced', names: { kind: 'Cache', plural: 'caches', singular: 'cache', listKind: 'CacheList' },
        versions: [{ name: 'v1', served: true, storage: true, schema: { openAPIV3Schema: schema } }] },
    };
    const validator = createValidator({ crds: [crd] });
    const cr = (spec: object) => ({ object: { apiVersion: 'example.com/v1', kind: 'Cache', metadata: { name: 'c', namespace: 'n' }, spec }, origin: {} });
    expect(validator.validate([cr({ version: '8.0' })])).toEqual([]);
    expect(validator.validate([cr({ version: '8.0', engine: 'redis' })]).map((f) => `${f.field}: ${f.message}`))
      .toEqual(['spec: Invalid value: "object": redis needs 7.x']);
  });
});
