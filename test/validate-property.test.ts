import * as path from 'node:path';
import { Chart, Testing, Yaml } from 'cdk8s';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CacheApi } from '../api';
import { createValidator, Finding, JSONSchemaProps, Manifest, parseYaml, readInputs, validateValue } from '../lib/internal';
import { arbitraryOf, mutationsOf, SchemaArbitraryOptions } from './schema-arbitrary';

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
      // `__proto__` is not a field a JS assignment can add: `o.spec.__proto__ = 1` leaves spec unchanged.
      fc.string({ minLength: 1 }).filter((k) => !['version', 'replicas', 'ratio', 'tier', 'name', 'email', 'size', 'port', 'note', 'tags', 'ports', 'labels', 'extra', 'template', '__proto__'].includes(k) && !/[.[\]]/.test(k))
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

// Random custom resources of the reference operator's CRDs (api/), generated from their openAPIV3Schema.
describe('property-based, on the reference CRDs (CacheCluster, CacheBackup)', () => {
  const chart = new Chart(Testing.app(), 'api');
  new CacheApi(chart, 'Api');
  const crds = Testing.synth(chart).filter((o) => o.kind === 'CustomResourceDefinition');
  const validator = createValidator({ crds });
  const options: SchemaArbitraryOptions = {
    patterns: {
      '^[0-9]+\\.[0-9]+(\\.[0-9]+)?$': ['7.2', '7.0.15', '8.0', '8.1.3'],
      '^[0-9]+(\\.[0-9]+)?(Ki|Mi|Gi|Ti|k|M|G|T)?$': ['1Gi', '512Mi', '1.5G', '100'],
      '^[0-9]+%$': ['25%', '0%', '100%'],
      '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$': ['app', 'reader-1', 'x'],
      '^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$': ['Ready', 'Reconciled_OK', 'A'],
      '^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$': ['Ready', 'example.com/Synced'],
      '^([0-9]+(h|d|w))+$': ['7d', '1w2d', '12h'],
      '^(@(yearly|annually|monthly|weekly|daily|hourly)|(\\S+\\s+){4}\\S+)$': ['@daily', '0 3 * * *', '*/15 * * * 1-5'],
    },
    formats: { 'date-time': ['2024-01-02T03:04:05Z', '2026-11-26T15:00:00.5+01:00'], uri: ['https://s3.example.com', 'http://minio:9000/'] },
  };
  // The CEL rules that tie fields together cannot be derived from the schema: the generator's objects are kept
  // only when they satisfy them (transition rules do not apply on create).
  const crossFieldRules: Record<string, (spec: any) => boolean> = {
    CacheCluster: (spec) => spec?.engine !== 'redis' || spec.version.startsWith('7.'),
    CacheBackup: (spec) => ('s3' in spec.destination ? 1 : 0) + ('volume' in spec.destination ? 1 : 0) === 1,
  };
  const kinds = crds.flatMap((crd) => crd.spec.versions.map((v: any) => ({
    apiVersion: `${crd.spec.group}/${v.name}`, kind: crd.spec.names.kind as string, schema: v.schema.openAPIV3Schema as JSONSchemaProps,
  })));
  // `version` indexes `kinds` (counterexamples stay short: the schema is not part of the generated value)
  const resources = fc.oneof(...kinds.map(({ apiVersion, kind, schema }, version) => arbitraryOf(schema, options)
    .map((o: any) => ({ ...o, apiVersion, kind, metadata: { name: 'c', namespace: 'apps' } }))
    .filter((o) => crossFieldRules[kind](o.spec))
    .map((object) => ({ object: object as Record<string, any>, version }))));
  const check = (object: Record<string, any>) => validator.validate([{ object, origin: {} }]);
  const show = (fs: Finding[]) => fs.map((f) => `${f.field}: ${f.message}`);

  test('every served version of both CRDs is generated', () => {
    expect(kinds.map((k) => `${k.apiVersion} ${k.kind}`)).toEqual(['cache.opkit.dev/v1 CacheCluster', 'cache.opkit.dev/v1alpha1 CacheCluster', 'cache.opkit.dev/v1 CacheBackup']);
  });

  test('random valid custom resources are accepted (schema and CEL rules)', () => {
    fc.assert(fc.property(resources, ({ object }) => {
      expect(show(check(object))).toEqual([]);
    }), { numRuns: 300 });
  });

  test('one mutation breaking one constraint is rejected, with errors only at the mutated field', () => {
    const within = (field: string | undefined, at: string) => field === at || !!field?.startsWith(`${at}.`) || !!field?.startsWith(`${at}[`);
    const cases = resources.chain(({ object, version }) => {
      const { schema } = kinds[version];
      // apiVersion, kind and metadata are the test's, not generated from the schema: not mutated
      const { apiVersion, kind, metadata, ...properties } = schema.properties!;
      const mutations = mutationsOf({ ...schema, properties }, object, '');
      return fc.constantFrom(...mutations).map((mutation) => ({ object, mutation }));
    });
    fc.assert(fc.property(cases, ({ object, mutation }) => {
      const broken = structuredClone(object);
      mutation.apply(broken);
      // A blocking error adds the API server's note that the CEL rules were not checked; it has no field.
      const findings = check(broken).filter((f) => f.rule !== 'cel.not-checked');
      const context = `${mutation.what} at ${mutation.field}: ${JSON.stringify(show(findings))}`;
      expect(findings.map((f) => f.field), context).toContain(mutation.field);
      // A non-blocking error (bound, pattern, ...) leaves the CEL rules running, as on the API server: a rule of an
      // enclosing object may then fail too (e.g. the version rule of spec after a pattern error in spec.version).
      const enclosing = (f: Finding) => f.rule === 'cel.rule' && (f.field === '' || mutation.field.startsWith(`${f.field}.`) || mutation.field.startsWith(`${f.field}[`));
      expect(findings.every((f) => f.severity === 'error' && (within(f.field, mutation.field) || enclosing(f))), context).toBe(true);
    }), { numRuns: 500 });
  });

  test('the validator never throws on arbitrary JSON in a reference custom resource', () => {
    const kind = fc.constantFrom(...kinds);
    fc.assert(fc.property(kind, fc.jsonValue(), fc.jsonValue(), ({ apiVersion, kind: k }, spec, status) => {
      const findings = check({ apiVersion, kind: k, metadata: { name: 'c', namespace: 'apps' }, spec, status });
      for (const f of findings) expect(typeof f.message).toBe('string');
    }), { numRuns: 200 });
  });

  test('YAML written as cdk8s writes it reads back to the same objects', () => {
    fc.assert(fc.property(resources, ({ object }) => {
      const read = parseYaml(Yaml.stringify(object), 'r.yaml');
      expect(read.findings).toEqual([]);
      expect(read.manifests.map((m) => m.object)).toEqual([object]);
    }), { numRuns: 200 });
    const metadata = { name: 'c', namespace: 'apps' };
    // A key `<<` is left out: cdk8s writes it unquoted, and YAML 1.1 (which kubectl and Argo CD read too) reads
    // it back as a merge key, so such an object does not round-trip through any YAML 1.1 reader.
    const noMergeKey = (v: unknown): boolean => (Array.isArray(v) ? v.every(noMergeKey)
      : v !== null && typeof v === 'object' ? Object.entries(v).every(([k, x]) => k !== '<<' && noMergeKey(x)) : true);
    fc.assert(fc.property(fc.jsonValue().filter(noMergeKey), (data) => {
      const object = { apiVersion: 'v1', kind: 'ConfigMap', metadata, data };
      const read = parseYaml(Yaml.stringify(object), 'j.yaml');
      expect(read.findings).toEqual([]);
      expect(read.manifests.map((m) => m.object)).toEqual([object]);
    }), { numRuns: 300 });
  });
});
