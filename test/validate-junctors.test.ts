import { describe, expect, test } from 'vitest';
import { JSONSchemaProps } from '../lib';
import { validateValue } from '../lib/validate/validate-value';

// allOf/anyOf/oneOf/not branches hold value validations without a `type` (structural schemas forbid one there);
// kube-openapi applies each validator by the value's kind, so `required` in a branch is enforced on objects.

/** `field: message` lines; a junctor's composite error has no field path, as apiextensions reports it at <nil>. */
const lines = (schema: JSONSchemaProps, value: unknown, path = 'spec.match') =>
  validateValue(schema, value, path).map((f) => `${f.field ?? '<nil>'}: ${f.message}`);

const str = { type: 'string' } as const;

/** Istio's StringMatch: exactly one of exact/prefix/regex, or none of them (the `not anyOf` branch). */
const istioStringMatch: JSONSchemaProps = {
  type: 'object',
  properties: { exact: str, prefix: str, regex: str },
  oneOf: [
    { not: { anyOf: [{ required: ['exact'] }, { required: ['prefix'] }, { required: ['regex'] }] } },
    { required: ['exact'] },
    { required: ['prefix'] },
    { required: ['regex'] },
  ],
};

describe('required in oneOf branches (istio StringMatch)', () => {
  test('exactly one of the alternatives, or none, is accepted', () => {
    expect(lines(istioStringMatch, { exact: '/a' })).toEqual([]);
    expect(lines(istioStringMatch, { prefix: '/a' })).toEqual([]);
    expect(lines(istioStringMatch, { regex: '.*' })).toEqual([]);
    expect(lines(istioStringMatch, {})).toEqual([]);
  });

  test('two alternatives at once: "Found 2 valid alternatives"', () => {
    expect(lines(istioStringMatch, { exact: '/a', prefix: '/b' })).toEqual([
      '<nil>: Invalid value: "": "spec.match" must validate one and only one schema (oneOf). Found 2 valid alternatives',
    ]);
  });

  test('three plain required branches: 0 or 2 present are rejected, naming the best failing branch when none is valid', () => {
    const s: JSONSchemaProps = { type: 'object', properties: { exact: str, prefix: str, regex: str },
      oneOf: [{ required: ['exact'] }, { required: ['prefix'] }, { required: ['regex'] }] };
    expect(lines(s, { prefix: 'x' })).toEqual([]);
    expect(lines(s, {})).toEqual([
      '<nil>: Invalid value: "": "spec.match" must validate one and only one schema (oneOf). Found none valid',
      'spec.match.exact: Required value',
    ]);
    expect(lines(s, { exact: 'a', prefix: 'b', regex: 'c' })).toEqual([
      '<nil>: Invalid value: "": "spec.match" must validate one and only one schema (oneOf). Found 3 valid alternatives',
    ]);
  });
});

describe('anyOf, allOf and not with value validations and no type', () => {
  test('an anyOf of required-only branches is enforced: {} is rejected', () => {
    const s: JSONSchemaProps = { type: 'object', properties: { a: str, b: str }, anyOf: [{ required: ['a'] }, { required: ['b'] }] };
    expect(lines(s, { b: 'x' })).toEqual([]);
    expect(lines(s, {})).toEqual([
      '<nil>: Invalid value: "": "spec.match" must validate at least one schema (anyOf)',
      'spec.match.a: Required value',
    ]);
  });

  test('the failing anyOf branch that matched most is the one reported (kube-openapi MatchCount)', () => {
    const s: JSONSchemaProps = { type: 'object', properties: { a: str, b: { type: 'integer' } },
      anyOf: [{ required: ['a'] }, { properties: { b: { minimum: 5 } }, required: ['b'] }] };
    expect(lines(s, { b: 1 })).toEqual([
      '<nil>: Invalid value: "": "spec.match" must validate at least one schema (anyOf)',
      'spec.match.b: Invalid value: 1: spec.match.b in body should be greater than or equal to 5',
    ]);
  });

  test('properties, enum, bounds and patterns inside branches apply to the values', () => {
    const s: JSONSchemaProps = {
      type: 'object',
      properties: { mode: str, size: { type: 'integer' } },
      allOf: [{ properties: { mode: { enum: ['fast', 'safe'] } } }, { properties: { size: { maximum: 10 } } }],
    };
    expect(lines(s, { mode: 'fast', size: 3 })).toEqual([]);
    expect(lines(s, { mode: 'slow', size: 30 })).toEqual([
      'spec.match.mode: Unsupported value: "slow": supported values: "fast", "safe"',
      'spec.match.size: Invalid value: 30: spec.match.size in body should be less than or equal to 10',
      '<nil>: Invalid value: "": "spec.match" must validate all the schemas (allOf). None validated',
    ]);
    expect(lines(s, { mode: 'slow', size: 3 })).toEqual([
      'spec.match.mode: Unsupported value: "slow": supported values: "fast", "safe"',
      '<nil>: Invalid value: "": "spec.match" must validate all the schemas (allOf)',
    ]);
  });

  test('not: an object that has the forbidden field is rejected', () => {
    const s: JSONSchemaProps = { type: 'object', properties: { legacy: str }, not: { required: ['legacy'] } };
    expect(lines(s, {})).toEqual([]);
    expect(lines(s, { legacy: 'x' })).toEqual(['<nil>: Invalid value: "": "spec.match" must not validate the schema (not)']);
  });

  test('a branch checks the value as it is: a present null counts as present in a branch (nulls were pruned before)', () => {
    const s: JSONSchemaProps = { type: 'object', properties: { a: { type: 'string', nullable: true } }, anyOf: [{ required: ['a'] }] };
    expect(lines(s, { a: null })).toEqual([]);
  });

  test('int-or-string anyOf of typed branches still accepts both', () => {
    const s: JSONSchemaProps = { 'x-kubernetes-int-or-string': true, anyOf: [{ type: 'integer' }, { type: 'string' }] } as JSONSchemaProps;
    expect(lines(s, 3)).toEqual([]);
    expect(lines(s, '50%')).toEqual([]);
  });
});
