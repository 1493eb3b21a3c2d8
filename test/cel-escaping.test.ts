import { describe, expect, it } from 'vitest';
import { checkCrdCelRules, compileSchemaRules, evaluateRules, formatFinding, type Finding, type JSONSchemaProps } from '../lib/internal';
import { escapeProperty, unescapeProperty } from '../lib/cel/escaping';

const lines = (findings: readonly Finding[]) => findings.map(formatFinding);
const str: JSONSchemaProps = { type: 'string' };
/** spec with properties whose names need escaping, and the given rules on spec. */
const spec = (rules: { rule: string }[]): JSONSchemaProps => ({
  type: 'object',
  properties: {
    spec: {
      type: 'object',
      properties: { namespace: str, 'x-y': str, 'a.b': str, 'a/b': str, __x: str, 'has space': str, if: { type: 'integer' } },
      'x-kubernetes-validations': rules,
    },
  },
});

describe('CEL property-name escaping (apiserver pkg/cel Escape/Unescape)', () => {
  it('escapes reserved words, __, ., -, / and refuses other characters', () => {
    expect(escapeProperty('namespace')).toBe('__namespace__');
    expect(escapeProperty('if')).toBe('__if__');
    expect(escapeProperty('x-y')).toBe('x__dash__y');
    expect(escapeProperty('a.b')).toBe('a__dot__b');
    expect(escapeProperty('a/b')).toBe('a__slash__b');
    expect(escapeProperty('__x')).toBe('__underscores__x');
    expect(escapeProperty('a___b')).toBe('a__underscores___b');
    expect(escapeProperty('plain_name1')).toBe('plain_name1');
    expect(escapeProperty('has space')).toBeUndefined();
    expect(escapeProperty('1abc')).toBeUndefined();
    expect(escapeProperty('')).toBeUndefined();
    for (const n of ['namespace', 'x-y', 'a.b', 'a/b', '__x', 'a___b', 'example.com/x-y']) expect(unescapeProperty(escapeProperty(n)!)).toBe(n);
    expect(unescapeProperty('__bogus__')).toBeUndefined();
    expect(unescapeProperty('x__namespace__')).toBeUndefined(); // a keyword escape stands only for the whole name
  });

  it('rules read escaped names, at compile time and on values', () => {
    const rules = [
      { rule: "self.__namespace__ == 'ns'" },
      { rule: "self.x__dash__y == 'xy'" },
      { rule: "self.a__dot__b == 'ab'" },
      { rule: "self.a__slash__b == 'a/b'" },
      { rule: "self.__underscores__x == 'u'" },
      { rule: 'self.__if__ == 1' },
      { rule: "has(self.__namespace__) && self['x-y'] == self['x__dash__y']" },
    ];
    const c = compileSchemaRules(spec(rules));
    expect(c.findings).toEqual([]);
    const ok = { namespace: 'ns', 'x-y': 'xy', 'a.b': 'ab', 'a/b': 'a/b', __x: 'u', if: 1 };
    expect(evaluateRules(c, { spec: ok })).toEqual([]);
    expect(lines(evaluateRules(c, { spec: { ...ok, namespace: 'other', 'a/b': 'x' } }))).toEqual([
      `spec: Invalid value: "object": failed rule: self.__namespace__ == 'ns'`,
      `spec: Invalid value: "object": failed rule: self.a__slash__b == 'a/b'`,
    ]);
  });

  it('unescaped names are undefined fields; a property without a CEL name is invisible', () => {
    const c = compileSchemaRules(spec([{ rule: 'self.namespace == "x"' }, { rule: 'self.has_space == ""' }, { rule: 'self.x_y == ""' }]));
    expect(lines(c.findings).map((l) => l.replace(/.*compilation failed: /, ''))).toEqual([
      "ERROR: <input>:1:5: undefined field 'namespace'", // declared as __namespace__
      "ERROR: <input>:1:5: undefined field 'has_space'",
      "ERROR: <input>:1:5: undefined field 'x_y'",
    ]);
    // iterating an object yields its escaped names, as upstream's unstructuredMap iterator
    const it = compileSchemaRules(spec([{ rule: "self.all(k, k != 'x-y') && self.exists(k, k == 'x__dash__y')" }]));
    expect(it.findings).toEqual([]);
    expect(evaluateRules(it, { spec: { 'x-y': 'v', 'has space': 'invisible' } })).toEqual([]);
  });

  it('map keys (additionalProperties) are not escaped', () => {
    const schema: JSONSchemaProps = {
      type: 'object',
      properties: {
        labels: { type: 'object', additionalProperties: str, 'x-kubernetes-validations': [{ rule: "self['app.kubernetes.io/name'] == 'web' && !('app__dot__kubernetes__dot__io/name' in self)" }] },
      },
    };
    const c = compileSchemaRules(schema);
    expect(c.findings).toEqual([]);
    expect(evaluateRules(c, { labels: { 'app.kubernetes.io/name': 'web' } })).toEqual([]);
  });

  it("Gateway API's parentRefs rule (self.__namespace__ in a nested exists_one) compiles and evaluates", () => {
    const parentRef: JSONSchemaProps = {
      type: 'object',
      required: ['name'],
            // bounds as in Gateway API's ParentReference
      properties: {
        group: { type: 'string', maxLength: 253 },
        kind: { type: 'string', maxLength: 63 },
        name: { type: 'string', maxLength: 253 },
        namespace: { type: 'string', maxLength: 63 },
        sectionName: { type: 'string', maxLength: 253 },
      },
    };
    const rule =
      'self.all(p1, self.exists_one(p2, p1.group == p2.group && p1.kind == p2.kind && p1.name == p2.name && ' +
      "(((!has(p1.__namespace__) || p1.__namespace__ == '') && (!has(p2.__namespace__) || p2.__namespace__ == '')) || " +
      "(has(p1.__namespace__) && has(p2.__namespace__) && p1.__namespace__ == p2.__namespace__)) && " +
      "(((!has(p1.sectionName) || p1.sectionName == '') && (!has(p2.sectionName) || p2.sectionName == '')) || " +
      "(has(p1.sectionName) && has(p2.sectionName) && p1.sectionName == p2.sectionName))))";
    const schema: JSONSchemaProps = {
      type: 'object',
      properties: {
        spec: {
          type: 'object',
          properties: {
            parentRefs: { type: 'array', maxItems: 32, items: parentRef, 'x-kubernetes-validations': [{ rule, message: 'sectionName must be unique when parentRefs includes 2 or more references to the same parent' }] },
          },
        },
      },
    };
    const crd = {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: 'httproutes.example.com' },
      spec: { versions: [{ name: 'v1', schema: { openAPIV3Schema: schema } }] },
    };
    expect(checkCrdCelRules(crd, { kubeVersion: '1.30' })).toEqual([]);
    const c = compileSchemaRules(schema, { kubeVersion: '1.30' });
    const gw = (namespace?: string, sectionName?: string) => ({ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'gw', namespace, sectionName });
    expect(evaluateRules(c, { spec: { parentRefs: [gw('a'), gw('b')] } })).toEqual([]);
    expect(evaluateRules(c, { spec: { parentRefs: [gw('a', 'http'), gw('a', 'https')] } })).toEqual([]);
    expect(lines(evaluateRules(c, { spec: { parentRefs: [gw('a'), gw('a')] } }))).toEqual([
      'spec.parentRefs: Invalid value: "array": sectionName must be unique when parentRefs includes 2 or more references to the same parent',
    ]);
  });
});
