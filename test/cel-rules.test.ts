import { describe, expect, it } from 'vitest';
import { checkCrdCelRules, compileSchemaRules, evaluateRules, formatFinding, type Finding, type JSONSchemaProps } from '../lib/internal';

const spec = (props: Record<string, JSONSchemaProps>, rules: JSONSchemaProps['x-kubernetes-validations']): JSONSchemaProps => ({
  type: 'object',
  properties: { spec: { type: 'object', properties: props, 'x-kubernetes-validations': rules } },
});
const lines = (findings: readonly Finding[]) => findings.map(formatFinding);

describe('compileSchemaRules', () => {
  it('types self from the schema: undefined fields are compile errors naming the schema path', () => {
    const c = compileSchemaRules(spec({ replicas: { type: 'integer' } }, [{ rule: 'self.replica > 0' }]));
    expect(lines(c.findings)).toEqual([
      `openAPIV3Schema.properties[spec].x-kubernetes-validations[0].rule: Invalid value: "self.replica > 0": compilation failed: ERROR: <input>:1:5: undefined field 'replica'`,
    ]);
  });

  it('maps schema types to CEL types (int64, double, maps, lists, timestamps, durations, int-or-string)', () => {
    const props: Record<string, JSONSchemaProps> = {
      n: { type: 'integer' },
      d: { type: 'number' },
      labels: { type: 'object', additionalProperties: { type: 'string' } },
      ports: { type: 'array', items: { type: 'integer' } },
      at: { type: 'string', format: 'date-time' },
      every: { type: 'string', format: 'duration' },
      port: { 'x-kubernetes-int-or-string': true },
      raw: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
    };
    const rules = [
      { rule: 'self.n + 1 == 3' },
      { rule: 'self.d > 1.0' },
      { rule: "self.labels['app'] == 'web' && self.labels.all(k, k.size() > 0)" },
      { rule: 'self.ports.all(p, p > 0 && p < 65536)' },
      { rule: "self.at > timestamp('2020-01-01T00:00:00Z')" },
      { rule: "self.every > duration('1m')" },
      { rule: "self.port == 80 || self.port == 'http'" },
      { rule: 'self.raw.anything.goes == 1' },
    ];
    const c = compileSchemaRules(spec(props, rules), { kubeVersion: '1.30' });
    expect(c.findings).toEqual([]);
    const ok = { n: 2, d: 1.5, labels: { app: 'web' }, ports: [80], at: '2024-05-01T10:00:00Z', every: '1h30m', port: 'http', raw: { anything: { goes: 1 } } };
    expect(evaluateRules(c, { spec: ok })).toEqual([]);
    expect(lines(evaluateRules(c, { spec: { ...ok, n: 1, every: '30s', port: 81 } }))).toEqual([
      'spec: Invalid value: "object": failed rule: self.n + 1 == 3',
      "spec: Invalid value: \"object\": failed rule: self.every > duration('1m')",
      "spec: Invalid value: \"object\": failed rule: self.port == 80 || self.port == 'http'",
    ]);
  });

  it('declares embedded resources with apiVersion, kind and metadata.name/generateName; bytes from base64', () => {
    const template: JSONSchemaProps = {
      type: 'object',
      'x-kubernetes-embedded-resource': true,
      properties: { spec: { type: 'object', properties: { image: { type: 'string' } } } },
    };
    const c = compileSchemaRules(
      spec({ template, data: { type: 'string', format: 'byte' } }, [
        { rule: "self.template.kind == 'Pod' && self.template.metadata.name.size() > 0 && self.template.spec.image != ''" },
        { rule: "self.data == b'hi'", message: 'data must be hi' },
        { rule: "self.template.metadata.namespace == ''" },
      ]),
    );
    expect(c.findings.map((f) => f.message)).toEqual([
      `Invalid value: "self.template.metadata.namespace == ''": compilation failed: ERROR: <input>:1:23: undefined field 'namespace'`,
    ]);
    const template1 = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { image: 'nginx' } };
    expect(evaluateRules(c, { spec: { template: template1, data: 'aGk=' } })).toEqual([]);
    expect(lines(evaluateRules(c, { spec: { template: template1, data: 'aG8=' } }))).toEqual(['spec: Invalid value: "object": data must be hi']);
  });

  it('rejects rules that are not bool and messageExpressions that are not string', () => {
    const c = compileSchemaRules(spec({ n: { type: 'integer' } }, [{ rule: 'self.n + 1', messageExpression: 'self.n' }]));
    expect(c.findings.map((f) => f.message)).toEqual([
      'Invalid value: "self.n + 1": cel expression must evaluate to a bool (got int)',
      'Invalid value: "self.n": messageExpression must evaluate to a string (got int)',
    ]);
  });

  it('reports syntax errors, unknown functions and impossible overloads', () => {
    const c = compileSchemaRules(
      spec({ s: { type: 'string' } }, [{ rule: 'self.s ==' }, { rule: 'self.s.nope()' }, { rule: 'self.s + 1 == 2' }]),
    );
    const messages = c.findings.map((f) => f.message);
    expect(messages[0]).toMatch(/^Invalid value: "self.s ==": compilation failed: /);
    expect(messages[1]).toContain("undeclared reference to 'nope'");
    expect(messages[2]).toContain("found no matching overload for '_+_' applied to '(string, int)'");
    const mixed = compileSchemaRules(spec({ n: { type: 'integer' }, d: { type: 'number' } }, [{ rule: 'self.n == 1.0' }, { rule: 'self.d < 1' }]));
    expect(mixed.findings.map((f) => f.message)).toEqual([
      `Invalid value: "self.n == 1.0": compilation failed: ERROR: <input>:1:8: found no matching overload for '_==_' applied to '(int, double)'`,
      `Invalid value: "self.d < 1": compilation failed: ERROR: <input>:1:8: found no matching overload for '_<_' applied to '(double, int)'`,
    ]);
    // cross-type numeric orderings are allowed from 1.28
    expect(compileSchemaRules(spec({ d: { type: 'number' } }, [{ rule: 'self.d < 1' }]), { kubeVersion: '1.28' }).findings).toEqual([]);
    const literals = compileSchemaRules(spec({ s: { type: 'string' } }, [{ rule: "self.s in ['a', 1]" }, { rule: "{'a': 1, 'b': 'x'}.size() == 2" }]));
    expect(literals.findings.map((f) => f.message)).toEqual([
      `Invalid value: "self.s in ['a', 1]": compilation failed: ERROR: <input>:1:17: expected type 'string' but found 'int'`,
      `Invalid value: "{'a': 1, 'b': 'x'}.size() == 2": compilation failed: ERROR: <input>:1:15: expected type 'int' but found 'string'`,
    ]);
    const internal = compileSchemaRules(spec({ s: { type: 'string' } }, [{ rule: '__opkit_cost(true, 1)' }]));
    expect(internal.findings.map((f) => f.message)).toEqual([
      `Invalid value: "__opkit_cost(true, 1)": compilation failed: undeclared reference to '__opkit_cost' (in container '')`,
    ]);
  });

  it('checks rules with optional field selection (1.28+) instead of skipping them', () => {
    const c = compileSchemaRules(spec({ s: { type: 'string' } }, [{ rule: "self.?s.orValue('') == ''" }]), { kubeVersion: '1.30' });
    expect(c.findings).toEqual([]);
    expect(evaluateRules(c, { spec: {} })).toEqual([]);
    expect(lines(evaluateRules(c, { spec: { s: 'x' } }))).toEqual([`spec: Invalid value: "object": failed rule: self.?s.orValue('') == ''`]);
  });

  it('reports a malformed kubeVersion as a finding', () => {
    expect(compileSchemaRules(spec({}, [{ rule: 'true' }]), { kubeVersion: 'latest' }).findings).toEqual([
      { severity: 'error', rule: 'cel.kube-version', message: 'kubeVersion "latest" is not a Kubernetes version: use "1.<minor>", e.g. "1.30"' },
    ]);
  });

  it('compiles each schema once (cached per schema object)', () => {
    const s = spec({ n: { type: 'integer' } }, [{ rule: 'self.n > 0' }]);
    expect(compileSchemaRules(s)).toBe(compileSchemaRules(s));
    expect(compileSchemaRules(s, { kubeVersion: '1.30' })).not.toBe(compileSchemaRules(s));
  });

  it('declares apiVersion, kind and metadata.name on the resource root', () => {
    const s: JSONSchemaProps = {
      type: 'object',
      properties: { spec: { type: 'object' } },
      'x-kubernetes-validations': [{ rule: "self.metadata.name.startsWith('web-') && self.kind == 'App'" }, { rule: 'self.metadata.labels.size() > 0' }],
    };
    const c = compileSchemaRules(s);
    expect(c.findings.map((f) => f.message)).toEqual([
      `Invalid value: "self.metadata.labels.size() > 0": compilation failed: ERROR: <input>:1:14: undefined field 'labels'`,
    ]);
    expect(lines(evaluateRules(c, { apiVersion: 'x/v1', kind: 'App', metadata: { name: 'db' } }))).toEqual([
      `Invalid value: "object": failed rule: self.metadata.name.startsWith('web-') && self.kind == 'App'`,
    ]);
  });
});

describe('evaluateRules: API server semantics', () => {
  const props: Record<string, JSONSchemaProps> = { replicas: { type: 'integer' }, mode: { type: 'string' }, name: { type: 'string' } };

  it('uses message, messageExpression (falling back to message on error or empty) and trims', () => {
    const c = compileSchemaRules(
      spec(props, [
        { rule: 'self.replicas <= 5', message: '  too many replicas ' },
        { rule: 'self.replicas <= 4', messageExpression: "'replicas ' + string(self.replicas) + ' exceeds 4'" },
        { rule: 'self.replicas <= 3', message: 'fallback', messageExpression: "self.mode + ' mode'" },
        { rule: 'self.replicas <= 2', message: 'empty fallback', messageExpression: "''" },
      ]),
    );
    expect(lines(evaluateRules(c, { spec: { replicas: 9 } }))).toEqual([
      'spec: Invalid value: "object": too many replicas',
      'spec: Invalid value: "object": replicas 9 exceeds 4',
      'spec: Invalid value: "object": fallback',
      'spec: Invalid value: "object": empty fallback',
    ]);
  });

  it('maps reason to the error type and appends fieldPath to the node path', () => {
    const c = compileSchemaRules(
      spec(props, [
        { rule: 'false', message: 'm1', reason: 'FieldValueForbidden', fieldPath: '.mode' },
        { rule: 'false', message: 'm2', reason: 'FieldValueRequired', fieldPath: ".name" },
        { rule: 'false', message: 'm3', reason: 'FieldValueDuplicate' },
        { rule: 'false', message: 'm4', reason: 'FieldValueInvalid', fieldPath: "['replicas']" },
      ]),
    );
    expect(lines(evaluateRules(c, { spec: {} }))).toEqual([
      'spec.mode: Forbidden: m1',
      'spec.name: Required value: m2',
      'spec: Duplicate value: "object"',
      'spec.replicas: Invalid value: "object": m4',
    ]);
  });

  it('rejects a fieldPath that names no field', () => {
    const c = compileSchemaRules(spec(props, [{ rule: 'true', fieldPath: '.nope' }]));
    expect(c.findings.map((f) => `${f.field}: ${f.message}`)).toEqual([
      'openAPIV3Schema.properties[spec].x-kubernetes-validations[0].fieldPath: Invalid value: ".nope": fieldPath must be a valid path: does not refer to a valid field',
    ]);
  });

  it('skips transition rules on create and evaluates them on update', () => {
    const c = compileSchemaRules(spec(props, [{ rule: 'self.mode == oldSelf.mode', message: 'mode is immutable' }]));
    expect(evaluateRules(c, { spec: { mode: 'a' } })).toEqual([]);
    expect(evaluateRules(c, { spec: { mode: 'a' } }, { spec: { mode: 'a' } })).toEqual([]);
    expect(lines(evaluateRules(c, { spec: { mode: 'b' } }, { spec: { mode: 'a' } }))).toEqual([
      'spec: Invalid value: "object": mode is immutable',
    ]);
  });

  it('lets messageExpression read oldSelf on update, falling back to message when there is none', () => {
    const c = compileSchemaRules(
      spec(props, [
        { rule: 'self.replicas >= oldSelf.replicas', messageExpression: "'cannot scale down from ' + string(oldSelf.replicas)" },
        { rule: 'self.replicas < 10', message: 'at most 9', messageExpression: "'was ' + string(oldSelf.replicas)" },
      ]),
    );
    expect(c.findings).toEqual([]);
    expect(lines(evaluateRules(c, { spec: { replicas: 12 } }, { spec: { replicas: 15 } }))).toEqual([
      'spec: Invalid value: "object": cannot scale down from 15',
      'spec: Invalid value: "object": was 15',
    ]);
    expect(lines(evaluateRules(c, { spec: { replicas: 12 } }))).toEqual(['spec: Invalid value: "object": at most 9']);
  });

  it('binds oldSelf as an optional with optionalOldSelf, also on create', () => {
    const c = compileSchemaRules(
      spec(props, [{ rule: "!oldSelf.hasValue() || oldSelf.value().mode == self.mode", optionalOldSelf: true, message: 'immutable once set' }, { rule: "oldSelf.hasValue() || self.mode == 'initial'", optionalOldSelf: true, message: 'must start initial' }]),
      { kubeVersion: '1.30' },
    );
    expect(c.findings).toEqual([]);
    expect(lines(evaluateRules(c, { spec: { mode: 'other' } }))).toEqual(['spec: Invalid value: "object": must start initial']);
    // the optional's value keeps the schema type: undefined fields are still caught
    const typo = compileSchemaRules(spec(props, [{ rule: 'oldSelf.value().mod == self.mode', optionalOldSelf: true }]), { kubeVersion: '1.30' });
    expect(typo.findings.map((f) => f.message)).toEqual([
      `Invalid value: "oldSelf.value().mod == self.mode": compilation failed: ERROR: <input>:1:16: undefined field 'mod'`,
    ]);
    expect(lines(evaluateRules(c, { spec: { mode: 'b' } }, { spec: { mode: 'a' } }))).toEqual(['spec: Invalid value: "object": immutable once set']);
  });

  it('ratchets on update from 1.30: failures of unchanged values become warnings, transition rules do not', () => {
    const schema = spec(
      { replicas: { type: 'integer' }, mode: { type: 'string' }, tags: { type: 'array', items: { type: 'string', 'x-kubernetes-validations': [{ rule: 'self.size() < 3', message: 'short tags' }] } } },
      [{ rule: 'self.replicas <= 5', message: 'at most 5' }, { rule: "self.mode == oldSelf.mode", message: 'immutable' }],
    );
    const c30 = compileSchemaRules(schema, { kubeVersion: '1.30' });
    const old = { spec: { replicas: 9, mode: 'a', tags: ['long'] } };
    const bySeverity = (fs: readonly Finding[]) => fs.map((f) => `${f.severity} ${formatFinding(f)}`);
    // unchanged spec: the existing violations are tolerated
    expect(bySeverity(evaluateRules(c30, { spec: { replicas: 9, mode: 'a', tags: ['long'] } }, old))).toEqual([
      'warning spec: Invalid value: "object": at most 5',
      'warning spec.tags[0]: Invalid value: "string": short tags',
    ]);
    // a changed spec is validated in full; the unchanged list still ratchets its uncorrelatable items
    expect(bySeverity(evaluateRules(c30, { spec: { replicas: 9, mode: 'b', tags: ['long'] } }, old))).toEqual([
      'error spec: Invalid value: "object": at most 5',
      'error spec: Invalid value: "object": immutable',
      'warning spec.tags[0]: Invalid value: "string": short tags',
    ]);
    expect(bySeverity(evaluateRules(c30, { spec: { replicas: 9, mode: 'a', tags: ['long', 'x'] } }, old))).toEqual([
      'error spec: Invalid value: "object": at most 5',
      'error spec.tags[0]: Invalid value: "string": short tags',
    ]);
    // before 1.30 nothing ratchets
    const c29 = compileSchemaRules(schema, { kubeVersion: '1.29' });
    expect(bySeverity(evaluateRules(c29, { spec: { replicas: 9, mode: 'a', tags: ['ok'] } }, old))).toEqual(['error spec: Invalid value: "object": at most 5']);
  });

  it('reports runtime errors like the API server', () => {
    const c = compileSchemaRules(spec(props, [{ rule: 'self.mode == "x"' }]));
    expect(lines(evaluateRules(c, { spec: { replicas: 1 } }))).toEqual([
      'spec: Invalid value: "object": no such key: mode evaluating rule: self.mode == "x"',
    ]);
  });

  it('validates list items and map values with their own paths, correlating map-list items by key', () => {
    const s = spec(
      {
        items: {
          type: 'array',
          'x-kubernetes-list-type': 'map',
          'x-kubernetes-list-map-keys': ['name'],
          items: {
            type: 'object',
            properties: { name: { type: 'string' }, size: { type: 'integer' } },
            'x-kubernetes-validations': [{ rule: 'self.size >= 0', message: 'negative' }, { rule: 'self.size >= oldSelf.size', message: 'cannot shrink' }],
          },
        },
        limits: { type: 'object', additionalProperties: { type: 'integer', 'x-kubernetes-validations': [{ rule: 'self < 10' }] } },
      },
      [],
    );
    const c = compileSchemaRules(s);
    const findings = evaluateRules(
      c,
      { spec: { items: [{ name: 'b', size: 1 }, { name: 'a', size: -1 }], limits: { cpu: 20 } } },
      { spec: { items: [{ name: 'a', size: 0 }, { name: 'b', size: 5 }] } },
    );
    expect(lines(findings)).toEqual([
      'spec.items[0]: Invalid value: "object": cannot shrink',
      'spec.items[1]: Invalid value: "object": negative',
      'spec.items[1]: Invalid value: "object": cannot shrink',
      'spec.limits[cpu]: Invalid value: "integer": failed rule: self < 10',
    ]);
  });

  it('stops a runaway rule at the per-call cost limit, quickly, and runs no further rules', () => {
    const c = compileSchemaRules(
      spec({ xs: { type: 'array', items: { type: 'integer' } } }, [
        { rule: 'self.xs.all(a, self.xs.all(b, a != b || a == b))' },
        { rule: 'false', message: 'never reached' },
      ]),
    );
    const started = Date.now();
    // a generous wall-clock budget so the cost limit, not the clock, stops it on a loaded machine
    const findings = evaluateRules(c, { spec: { xs: Array.from({ length: 5000 }, (_, i) => i) } }, undefined, { timeBudgetMs: 30_000 });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(lines(findings)).toEqual([
      `spec: Invalid value: "object": 'operation cancelled: actual cost limit exceeded': no further validation rules will be run due to call cost exceeds limit for rule: self.xs.all(a, self.xs.all(b, a != b || a == b))`,
    ]);
  });

  it('compares set and map lists ignoring order, atomic lists in order (as the API server)', () => {
    const list = (listType: 'set' | 'atomic'): JSONSchemaProps => ({ type: 'array', 'x-kubernetes-list-type': listType, items: { type: 'string' } });
    const ports: JSONSchemaProps = {
      type: 'array',
      'x-kubernetes-list-type': 'map',
      'x-kubernetes-list-map-keys': ['name'],
      items: { type: 'object', properties: { name: { type: 'string' }, port: { type: 'integer' } } },
    };
    const c = compileSchemaRules(
      spec({ tags: list('set'), order: list('atomic'), ports }, [
        { rule: 'self.tags == oldSelf.tags', message: 'tags are immutable' },
        { rule: 'self.order == oldSelf.order', message: 'order is immutable' },
        { rule: 'self.ports == oldSelf.ports', message: 'ports are immutable' },
        { rule: "self.tags != ['b', 'a']", message: 'not b and a' },
      ]),
    );
    const old = { tags: ['a', 'b'], order: ['a', 'b'], ports: [{ name: 'http', port: 80 }, { name: 'https', port: 443 }] };
    const reordered = { tags: ['b', 'a'], order: ['b', 'a'], ports: [{ name: 'https', port: 443 }, { name: 'http', port: 80 }] };
    expect(lines(evaluateRules(c, { spec: reordered }, { spec: old }))).toEqual([
      'spec: Invalid value: "object": order is immutable',
      'spec: Invalid value: "object": not b and a',
    ]);
    expect(lines(evaluateRules(c, { spec: { ...old, tags: ['a', 'c'] } }, { spec: old }))).toEqual([
      'spec: Invalid value: "object": tags are immutable',
    ]);
  });

  it('stops at the wall-clock budget when the cost limits are raised', () => {
    const c = compileSchemaRules(spec({ xs: { type: 'array', items: { type: 'integer' } } }, [{ rule: 'self.xs.all(a, self.xs.all(b, a != b || a == b))' }]));
    const xs = Array.from({ length: 20_000 }, (_, i) => i);
    const started = Date.now();
    const findings = evaluateRules(c, { spec: { xs } }, undefined, { perCallCostLimit: 1e15, costBudget: 1e15, timeBudgetMs: 50 });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(lines(findings)).toEqual([
      `spec: Invalid value: "object": 'operation cancelled: evaluation time budget exceeded': no further validation rules will be run due to call cost exceeds limit for rule: self.xs.all(a, self.xs.all(b, a != b || a == b))`,
    ]);
  });

  it('stops when the per-object budget runs out across rules', () => {
    const c = compileSchemaRules(
      spec({ xs: { type: 'array', items: { type: 'integer' } } }, [
        { rule: 'self.xs.all(x, x >= 0)' },
        { rule: 'self.xs.all(x, x >= 0)' },
        { rule: 'false', message: 'not reached' },
      ]),
    );
    const findings = evaluateRules(c, { spec: { xs: Array.from({ length: 1000 }, (_, i) => i) } }, undefined, { costBudget: 10_000 });
    expect(lines(findings)).toEqual(['spec: Invalid value: "object": validation failed due to running out of cost budget, no further validation rules will be run']);
  });

  it('stops when a messageExpression runs away', () => {
    const c = compileSchemaRules(
      spec({ xs: { type: 'array', items: { type: 'integer' } } }, [
        { rule: 'false', messageExpression: "self.xs.all(a, self.xs.all(b, a != b || a == b)) ? 'x' : 'y'", fieldPath: '.xs' },
        { rule: 'false', message: 'not reached' },
      ]),
    );
    const findings = evaluateRules(c, { spec: { xs: Array.from({ length: 3000 }, (_, i) => i) } }, undefined, { timeBudgetMs: 30_000 });
    expect(lines(findings)).toEqual([
      `spec.xs: Invalid value: "object": no further validation rules will be run due to call cost exceeds limit for messageExpression: "self.xs.all(a, self.xs.all(b, a != b || a == b)) ? 'x' : 'y'"`,
    ]);
  });

  it('attaches the object reference to findings', () => {
    const c = compileSchemaRules(spec(props, [{ rule: 'false', message: 'no' }]));
    const object = { apiVersion: 'x/v1', kind: 'App', namespace: 'ns', name: 'a' };
    expect(evaluateRules(c, { spec: {} }, undefined, { object })).toEqual([
      { severity: 'error', rule: 'cel.rule', field: 'spec', message: 'Invalid value: "object": no', object },
    ]);
  });

  it('does not validate null values', () => {
    const c = compileSchemaRules(spec(props, [{ rule: 'false' }]));
    expect(evaluateRules(c, { spec: null })).toEqual([]);
  });
});

describe('checkCrdCelRules', () => {
  const crd = (schema: JSONSchemaProps) => ({
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: 'widgets.example.com' },
    spec: { versions: [{ name: 'v1', schema: { openAPIV3Schema: schema } }] },
  });

  it('names CRD, version and schema path of a rule that does not compile', () => {
    const findings = checkCrdCelRules(crd(spec({ a: { type: 'string' } }, [{ rule: 'self.b == 1' }])));
    expect(findings.map((f) => `${f.field}: ${f.message}`)).toEqual([
      `spec.versions[0].schema.openAPIV3Schema.properties[spec].x-kubernetes-validations[0].rule: Invalid value: "self.b == 1": compilation failed: ERROR: <input>:1:5: undefined field 'b' (CRD widgets.example.com version v1)`,
    ]);
    expect(findings[0].object).toEqual({ apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', name: 'widgets.example.com' });
  });

  it('forbids oldSelf under lists that cannot be correlated', () => {
    const item: JSONSchemaProps = { type: 'string', maxLength: 63, 'x-kubernetes-validations': [{ rule: 'self == oldSelf' }] };
    const s = spec({ xs: { type: 'array', maxItems: 100, items: item } }, []);
    expect(checkCrdCelRules(crd(s)).map((f) => f.message)).toEqual([
      'Invalid value: "self == oldSelf": oldSelf cannot be used on the uncorrelatable portion of the schema within openAPIV3Schema.properties[spec].properties[xs].items (CRD widgets.example.com version v1)',
    ]);
  });

  it('estimates cost: nested comprehensions over unbounded lists exceed the limit, maxItems fixes it', () => {
    const rule = { rule: 'self.xs.all(a, self.xs.all(b, a == b))' };
    const unbounded = checkCrdCelRules(crd(spec({ xs: { type: 'array', items: { type: 'string', maxLength: 10 } } }, [rule])));
    expect(unbounded.map((f) => f.message)).toEqual([
      'Forbidden: estimated rule cost exceeds budget by factor of more than 100x (try simplifying the rule, or adding maxItems, maxProperties, and maxLength where arrays, maps, and strings are declared) (CRD widgets.example.com version v1)',
      // one such rule alone also exceeds the whole-CRD limit, which the API server reports too, pointing at the rule
      'Forbidden: contributed to estimated rule & messageExpression cost total exceeding cost limit for entire OpenAPIv3 schema (CRD widgets.example.com version v1)',
      expect.stringMatching(/^Forbidden: x-kubernetes-validations estimated rule & messageExpression cost total for entire OpenAPIv3 schema exceeds budget by factor of more than 100x/),
    ]);
    expect(checkCrdCelRules(crd(spec({ xs: { type: 'array', maxItems: 100, items: { type: 'string', maxLength: 10 } } }, [rule])))).toEqual([]);
  });

  it('charges string operations by maxLength, so unbounded strings in loops are caught', () => {
    const rule = { rule: "self.names.all(n, n.matches('^[a-z]+$'))" };
    const names = (maxLength?: number): JSONSchemaProps => ({ type: 'array', maxItems: 1000, items: { type: 'string', maxLength } });
    expect(checkCrdCelRules(crd(spec({ names: names() }, [rule]))).map((f) => f.message)).toEqual([
      // 1000 × ceil(0.1 × 3 MiB) × ceil(0.25 × 8-character regex)
      expect.stringMatching(/^Forbidden: estimated rule cost exceeds budget by factor of 62.9x/),
      'Forbidden: contributed to estimated rule & messageExpression cost total exceeding cost limit for entire OpenAPIv3 schema (CRD widgets.example.com version v1)',
      expect.stringMatching(/^Forbidden: x-kubernetes-validations estimated rule & messageExpression cost total for entire OpenAPIv3 schema exceeds budget by factor of 6.3x/),
    ]);
    expect(checkCrdCelRules(crd(spec({ names: names(63) }, [rule])))).toEqual([]);
  });

  it('multiplies a rule by how often it runs, for the per-rule limit too (getExpressionCost)', () => {
    const item: JSONSchemaProps = {
      type: 'object',
      properties: { tags: { type: 'array', maxItems: 1000, items: { type: 'string', maxLength: 10 } } },
      'x-kubernetes-validations': [{ rule: 'self.tags.all(t, self.tags.exists(u, t == u))' }],
    };
    const at = (n: number) => checkCrdCelRules(crd(spec({ list: { type: 'array', maxItems: n, items: item } }, []))).map((f) => `${f.field}: ${f.message}`);
    const ruleField = 'spec.versions[0].schema.openAPIV3Schema.properties[spec].properties[list].items.x-kubernetes-validations[0].rule';
    expect(at(1)).toEqual([]); // ~8M for one item
    expect(at(50)).toEqual([
      expect.stringMatching(/estimated rule cost exceeds budget by factor of 40.0x/),
      `${ruleField}: Forbidden: contributed to estimated rule & messageExpression cost total exceeding cost limit for entire OpenAPIv3 schema (CRD widgets.example.com version v1)`,
      expect.stringMatching(/^spec.versions\[0\].schema.openAPIV3Schema: Forbidden: x-kubernetes-validations estimated rule & messageExpression cost total for entire OpenAPIv3 schema exceeds budget by factor of 4.0x/),
    ]);
  });

  it('sums rule costs for the per-CRD limit and names the 4 most expensive rules', () => {
    const item: JSONSchemaProps = {
      type: 'object',
      properties: { tags: { type: 'array', maxItems: 1000, items: { type: 'string', maxLength: 10 } } },
      'x-kubernetes-validations': [{ rule: 'self.tags.all(t, self.tags.exists(u, t == u))' }],
    };
    // each rule is within the per-rule limit (~8M), 13 of them are not within the per-CRD limit
    const props = Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`l${i}`, { type: 'array', maxItems: 1, items: item } as JSONSchemaProps]));
    const findings = checkCrdCelRules(crd(spec(props, [])));
    expect(findings.map((f) => f.field)).toEqual([
      ...Array.from({ length: 4 }, () => expect.stringMatching(/^spec.versions\[0\].schema.openAPIV3Schema.properties\[spec\].properties\[l\d+\].items.x-kubernetes-validations\[0\].rule$/)),
      'spec.versions[0].schema.openAPIV3Schema',
    ]);
    expect(findings[4].message).toMatch(/cost total for entire OpenAPIv3 schema exceeds budget by factor of 1.0\d+x/);
  });
});
