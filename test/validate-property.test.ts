import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createValidator, Manifest, readInputs, validateValue } from '../lib';

const F = path.join(__dirname, 'fixtures', 'validate');
const crd = readInputs([path.join(F, 'widget-crd.yaml')]).manifests[0].object;
const validator = createValidator({ crds: [crd] });
const schema = crd.spec.versions[0].schema.openAPIV3Schema;

describe('property-based', () => {
  test('the validator never throws on arbitrary JSON, and every finding is well-formed', () => {
    const kinds = fc.constantFrom(['v1', 'ConfigMap'], ['apps/v1', 'Deployment'], ['example.com/v1', 'Widget'], ['v1', 'Service'], ['x/v1', 'Unknown']);
    fc.assert(fc.property(kinds, fc.jsonValue(), fc.jsonValue(), fc.jsonValue(), ([apiVersion, kind], metadata, spec, extra) => {
      const object = { apiVersion, kind, metadata, spec, extra } as Record<string, any>;
      const findings = validator.validate([{ object, origin: { file: 'p.yaml' } } as Manifest]);
      for (const f of findings) {
        expect(['error', 'warning']).toContain(f.severity);
        expect(typeof f.rule).toBe('string');
        expect(typeof f.message).toBe('string');
      }
      expect(() => validateValue(schema, spec, 'spec')).not.toThrow();
    }), { numRuns: 300 });
  });

  test('one mutation breaking one constraint of a valid object is rejected at the right path', () => {
    const valid = () => ({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w', namespace: 'a' },
      spec: { version: '1.2', replicas: 3, tier: 'a', name: 'abc', tags: ['x'], ports: [{ name: 'p', port: 1 }] } as Record<string, any> });
    type Mutation = [string, (o: ReturnType<typeof valid>) => void];
    const mutation: fc.Arbitrary<Mutation> = fc.oneof(
      fc.integer({ min: 11, max: 1e6 }).map((n): Mutation => ['spec.replicas', (o) => { o.spec.replicas = n; }]),
      fc.integer({ min: -1e6, max: 0 }).map((n): Mutation => ['spec.replicas', (o) => { o.spec.replicas = n; }]),
      fc.string().filter((s) => s !== 'a' && s !== 'b').map((s): Mutation => ['spec.tier', (o) => { o.spec.tier = s; }]),
      fc.string({ minLength: 6, maxLength: 20 }).map((s): Mutation => ['spec.name', (o) => { o.spec.name = s; }]),
      fc.string().filter((s) => !/\d+\.\d+$/.test(s) && !/^\d+\.\d+/.test(s) && !/\d\.\d/.test(s)).map((s): Mutation => ['spec.version', (o) => { o.spec.version = s; }]),
      fc.constant<Mutation>(['spec.version', (o) => { delete o.spec.version; }]),
      fc.string({ minLength: 1 }).map((s): Mutation => ['spec.tags[1]', (o) => { o.spec.tags = [s, s]; }]),
      fc.string({ minLength: 1 }).filter((k) => !['version', 'replicas', 'ratio', 'tier', 'name', 'email', 'size', 'port', 'note', 'tags', 'ports', 'labels', 'extra', 'template'].includes(k) && !/[.[\]]/.test(k))
        .map((k): Mutation => [`spec.${k}`, (o) => { o.spec[k] = 1; }]),
      fc.oneof(fc.boolean(), fc.double().filter((d) => !(Number.isInteger(d) && d >= 1 && d <= 10)), fc.constant([])).map((v): Mutation => ['spec.replicas', (o) => { o.spec.replicas = v; }]),
    );
    expect(validator.validate([{ object: valid(), origin: {} }])).toEqual([]);
    fc.assert(fc.property(mutation, ([field, mutate]) => {
      const o = valid();
      mutate(o);
      const findings = validator.validate([{ object: o, origin: {} }]);
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.map((f) => f.field)).toContain(field);
      expect(findings.every((f) => f.severity === 'error')).toBe(true);
    }), { numRuns: 300 });
  });
});
