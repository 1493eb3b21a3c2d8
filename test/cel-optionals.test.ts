import { describe, expect, it } from 'vitest';
import { compileSchemaRules, evaluateRules, formatFinding, type Finding, type JSONSchemaProps } from '../lib/internal';
import { maskOptionalSyntax } from '../lib/cel/optional-syntax';

const lines = (findings: readonly Finding[]) => findings.map(formatFinding);
const spec = (rules: string[]): JSONSchemaProps => ({
  type: 'object',
  properties: {
    spec: {
      type: 'object',
      properties: {
        a: { type: 'object', properties: { b: { type: 'string' }, n: { type: 'integer' } } },
        m: { type: 'object', additionalProperties: { type: 'string' } },
        l: { type: 'array', items: { type: 'integer' } },
        namespace: { type: 'string' },
      },
      'x-kubernetes-validations': rules.map((rule) => ({ rule })),
    },
  },
});

describe('CEL optional syntax (cel.OptionalTypes, Kubernetes 1.28+)', () => {
  it('blanks only the optional-syntax question marks, not conditionals or strings', () => {
    expect(maskOptionalSyntax("a ? b : c")).toBeUndefined();
    expect(maskOptionalSyntax("'x.?y' == \"[?\" && r'.?' != ''")).toBeUndefined();
    const m = maskOptionalSyntax("self.?a.b[?'k'] == [?x, y] && {?'k': v}.size() > 0 ? 1 : 2")!;
    expect(m.masked).toBe("self. a.b[ 'k'] == [ x, y] && { 'k': v}.size() > 0 ? 1 : 2");
    expect([...m.marks.selects]).toEqual([4]);
    expect([...m.marks.indexes]).toEqual([9]);
    expect([...m.marks.entries].map(([at, s]) => [at, [...s]])).toEqual([[19, [0]], [30, [0]]]);
    expect([...maskOptionalSyntax('[a, ?b, ?c]')!.marks.entries.get(0)!]).toEqual([1, 2]);
  });

  const rules = [
    "self.?a.b.orValue('none') != 'bad'", // optional select, then a field of the optional (chaining)
    'self.?a.?b.hasValue() == (has(self.a) && has(self.a.b))',
    "!has(self.m) || self.m[?'k'].orValue('') != 'bad'", // optional map index
    '!has(self.l) || self.l[?5].orValue(0) < 10', // optional list index, out of range is none
    '[1, ?self.?a.n, 3].size() == 2', // optional list element
    "{'x': 1, ?'y': self.?a.n}.size() == 1", // optional map entry
    "self.?__namespace__.orValue('') != 'kube-system'", // with an escaped property name
    'optional.of(1).value() == 1 && !optional.none().hasValue() && optional.none().or(optional.of(2)).value() == 2',
  ];

  it('compiles and evaluates them as the API server', () => {
    const c = compileSchemaRules(spec(rules), { kubeVersion: '1.30' });
    expect(c.findings).toEqual([]);
    expect(evaluateRules(c, { spec: {} })).toEqual([]);
    expect(evaluateRules(c, { spec: { a: { b: 'ok' }, m: { k: 'ok' }, l: [0, 0, 0, 0, 0, 1], namespace: 'default' } })).toEqual([]);
    expect(lines(evaluateRules(c, { spec: { a: { b: 'bad', n: 7 }, m: { k: 'bad' }, l: [0, 0, 0, 0, 0, 11], namespace: 'kube-system' } }))).toEqual([
      `spec: Invalid value: "object": failed rule: self.?a.b.orValue('none') != 'bad'`,
      `spec: Invalid value: "object": failed rule: !has(self.m) || self.m[?'k'].orValue('') != 'bad'`,
      'spec: Invalid value: "object": failed rule: !has(self.l) || self.l[?5].orValue(0) < 10',
      'spec: Invalid value: "object": failed rule: [1, ?self.?a.n, 3].size() == 2',
      `spec: Invalid value: "object": failed rule: {'x': 1, ?'y': self.?a.n}.size() == 1`,
      `spec: Invalid value: "object": failed rule: self.?__namespace__.orValue('') != 'kube-system'`,
    ]);
  });

  it('type-checks them: undefined fields, non-optional entries and non-optional methods', () => {
    const c = compileSchemaRules(spec(['self.?a.c.hasValue()', '[?1].size() == 1', "self.?a.b == 'x'", 'self.?a.b.size() > 0']), { kubeVersion: '1.30' });
    expect(lines(c.findings).map((l) => l.replace(/.*compilation failed: /, ''))).toEqual([
      "ERROR: <input>:1:8: undefined field 'c'",
      "ERROR: <input>:1:3: expected type 'optional_type(int)' but found 'int'",
      "ERROR: <input>:1:11: found no matching overload for '_==_' applied to '(optional_type(string), string)'",
      "ERROR: <input>:1:10: found no matching overload for 'size' applied to 'optional_type(string).()'",
    ]);
  });

  it('is not available before 1.28, as upstream', () => {
    const c = compileSchemaRules(spec(["self.?a.b.orValue('') == ''"]), { kubeVersion: '1.27' });
    expect(lines(c.findings)).toEqual([expect.stringMatching(/compilation failed: /)]);
  });
});
