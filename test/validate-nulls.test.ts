import { describe, expect, test } from 'vitest';
import { createValidator, JSONSchemaProps } from '../lib';
import { pruneNulls } from '../lib/validate/prune-nulls';

// A `null` is not an error where the API server would not see one: it prunes the nulls of non-nullable fields
// without a default before defaulting (custom resources), and Go decoding turns null into the zero value
// (built-in kinds).

const crd = (spec: JSONSchemaProps) => ({
  apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', metadata: { name: 'things.example.com' },
  spec: { group: 'example.com', scope: 'Namespaced', names: { kind: 'Thing', plural: 'things' },
    versions: [{ name: 'v1', served: true, storage: true, schema: { openAPIV3Schema: { type: 'object', properties: { spec } } } }] },
});
const thing = (spec: unknown) => ({ apiVersion: 'example.com/v1', kind: 'Thing', metadata: { name: 't', namespace: 'ns' }, spec });
const lines = (spec: JSONSchemaProps, value: unknown) => createValidator({ crds: [crd(spec)], ruleEngine: false })
  .validate([{ object: thing(value), origin: { file: 't.yaml' } }]).map((f) => `${f.field}: ${f.message}`);

const spec: JSONSchemaProps = {
  type: 'object',
  properties: {
    labels: { type: 'object', additionalProperties: { type: 'string' } },
    sizes: { type: 'object', additionalProperties: { type: 'integer', minimum: 1, default: 3 } },
    tags: { type: 'array', items: { type: 'string' } },
    mode: { type: 'string', enum: ['a', 'b'] },
    note: { type: 'string', nullable: true, enum: ['x'] },
  },
};

describe('custom resources: PruneNonNullableNullsWithoutDefaults before defaulting', () => {
  test('a null map value or field without a default is pruned, not rejected', () => {
    expect(lines(spec, { labels: { app: 'web', team: null }, mode: null })).toEqual([]);
  });

  test('with a default, the default replaces the null and is validated', () => {
    expect(lines(spec, { sizes: { small: null } })).toEqual([]);
    const badDefault: JSONSchemaProps = { type: 'object', properties: { sizes: { type: 'object', additionalProperties: { type: 'integer', minimum: 5, default: 3 } } } };
    expect(lines(badDefault, { sizes: { small: null } })).toEqual([
      'spec.sizes.small: Invalid value: 3: spec.sizes.small in body should be greater than or equal to 5',
    ]);
  });

  test('a null list item is kept, and is a type error', () => {
    expect(lines(spec, { tags: ['a', null] })).toEqual(['spec.tags[1]: Invalid value: "null": spec.tags[1] in body must be of type string: "null"']);
  });

  test('CEL rules see the pruned object: a pruned null is an absent field', () => {
    const ruled: JSONSchemaProps = { ...spec, 'x-kubernetes-validations': [{ rule: '!has(self.mode) || self.mode == "a"', message: 'mode must be a' }] };
    const v = createValidator({ crds: [crd(ruled)] });
    const run = (value: unknown) => v.validate([{ object: thing(value), origin: {} }]).map((f) => `${f.field}: ${f.message}`);
    expect(run({ mode: null })).toEqual([]);
    expect(run({ mode: 'b' })).toEqual(['spec: Invalid value: "object": mode must be a']);
  });

  test('a nullable field keeps its null; kube-openapi still checks it against the enum, which must list null', () => {
    expect(lines(spec, { note: null })).toEqual(['spec.note: Unsupported value: "null": supported values: "x"']);
    const withNull: JSONSchemaProps = { type: 'object', properties: { note: { type: 'string', nullable: true, enum: ['x', null] } } };
    expect(lines(withNull, { note: null })).toEqual([]);
  });

  test('pruning copies on write: the input is untouched, an object without nulls is returned as it is', () => {
    const input = { spec: { labels: { a: null, b: 'x' }, tags: [null] } };
    const schema: JSONSchemaProps = { type: 'object', properties: { spec } };
    expect(pruneNulls(input, schema)).toEqual({ spec: { labels: { b: 'x' }, tags: [null] } });
    expect(input.spec.labels).toEqual({ a: null, b: 'x' });
    const clean = { spec: { labels: { b: 'x' } } };
    expect(pruneNulls(clean, schema)).toBe(clean);
  });
});

describe('built-in kinds: null decodes to the Go zero value', () => {
  const validate = (object: Record<string, any>) => createValidator().validate([{ object, origin: { file: 'x.yaml' } }])
    .map((f) => `${f.field}: ${f.message}`);

  test('ConfigMap and Secret data entries written `key:` are stored as "" and accepted', () => {
    expect(validate({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'ns' }, data: { empty: null, set: 'v' } })).toEqual([]);
    expect(validate({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'ns' }, data: { empty: null }, stringData: { k: null } })).toEqual([]);
  });

  test('a null list item of objects is the zero struct, so its required fields are missing', () => {
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'ns' }, spec: { containers: [null] } };
    expect(validate(pod)).toEqual(['spec.containers[0].name: Required value']);
  });
});
