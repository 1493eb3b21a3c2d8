import { describe, expect, test } from 'vitest';
import { JSONSchemaProps } from '../lib';
import { compileSchema } from '../lib/validate/schema-compile';
import { validateValue } from '../lib/validate/validate-value';

/** `field: message` lines, the way kubectl prints them. */
const lines = (schema: JSONSchemaProps, value: unknown, path = 'spec') =>
  validateValue(schema, value, path).map((f) => `${f.field}: ${f.message}`);

const obj = (properties: Record<string, JSONSchemaProps>, extra: Partial<JSONSchemaProps> = {}): JSONSchemaProps =>
  ({ type: 'object', properties, ...extra });

describe('types', () => {
  test.each([
    [{ type: 'integer' }, 'x', 'Invalid value: "string": spec.f in body must be of type integer: "string"'],
    [{ type: 'integer' }, 1.5, 'Invalid value: "number": spec.f in body must be of type integer: "number"'],
    [{ type: 'string' }, 3, 'Invalid value: "integer": spec.f in body must be of type string: "integer"'],
    [{ type: 'boolean' }, 'true', 'Invalid value: "string": spec.f in body must be of type boolean: "string"'],
    [{ type: 'array', items: { type: 'string' } }, {}, 'Invalid value: "object": spec.f in body must be of type array: "object"'],
    [{ type: 'object' }, [], 'Invalid value: "array": spec.f in body must be of type object: "array"'],
  ] as const)('%j rejects %j', (schema, value, message) => {
    expect(lines(obj({ f: schema as JSONSchemaProps }), { f: value })).toEqual([`spec.f: ${message}`]);
  });

  test('integers written as whole numbers are integers; numbers accept integers', () => {
    expect(lines(obj({ i: { type: 'integer' }, n: { type: 'number' } }), { i: 2, n: 3 })).toEqual([]);
  });

  test('a wrong type stops the other checks of that field, as kube-openapi does', () => {
    expect(lines(obj({ f: { type: 'string', maxLength: 1, enum: ['a'] } }), { f: 42 })).toHaveLength(1);
  });
});

describe('required, nullable and null pruning', () => {
  const s = obj({ version: { type: 'string' }, note: { type: 'string', nullable: true } }, { required: ['version', 'note'] });
  test('a missing required field is "Required value"', () => {
    expect(lines(s, { note: null })).toEqual(['spec.version: Required value']);
  });
  test('null in a non-nullable field is pruned, so it is absent: required fails, optional passes', () => {
    expect(lines(s, { version: null, note: 'x' })).toEqual(['spec.version: Required value']);
    expect(lines(obj({ opt: { type: 'string' } }), { opt: null })).toEqual([]);
  });
  test('nullable accepts null; an array item that is null is a type error', () => {
    expect(lines(s, { version: '1', note: null })).toEqual([]);
    expect(lines(obj({ a: { type: 'array', items: { type: 'string' } } }), { a: [null] }))
      .toEqual(['spec.a[0]: Invalid value: "null": spec.a[0] in body must be of type string: "null"']);
  });
  test('__proto__, constructor and prototype are plain keys: they never satisfy required', () => {
    const value = JSON.parse('{"__proto__": {"version": "1"}}');
    expect(lines(obj({ version: { type: 'string' } }, { required: ['version', 'constructor'] }), value))
      .toEqual(['spec.version: Required value', 'spec.constructor: Required value', 'spec.__proto__: field not declared in schema']);
    expect(({} as Record<string, unknown>).version).toBeUndefined();
  });
});

describe('enum, pattern and formats', () => {
  test('enum is "Unsupported value" listing the supported values', () => {
    expect(lines(obj({ foo: { type: 'string', enum: ['a', 'b'] } }), { foo: 'x' }))
      .toEqual(['spec.foo: Unsupported value: "x": supported values: "a", "b"']);
  });
  test('non-string enum values are listed as quoted JSON, as apiextensions does', () => {
    expect(lines(obj({ n: { type: 'integer', enum: [1, 2] } }), { n: 3 })).toEqual(['spec.n: Unsupported value: 3: supported values: "1", "2"']);
  });
  test('enum of objects compares by value, whatever the key order', () => {
    expect(lines(obj({ o: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true, enum: [{ a: 1, b: 2 }] } }), { o: { b: 2, a: 1 } })).toEqual([]);
  });
  test('pattern is an unanchored RE2 search', () => {
    const s = obj({ v: { type: 'string', pattern: '\\d+\\.\\d+' } });
    expect(lines(s, { v: 'v1.2-beta' })).toEqual([]);
    expect(lines(s, { v: 'latest' })).toEqual(["spec.v: Invalid value: \"latest\": spec.v in body should match '\\d+\\.\\d+'"]);
  });
  test('a pattern RE2 refuses (backreference, lookahead) is reported, not run with JavaScript semantics', () => {
    expect(lines(obj({ v: { type: 'string', pattern: '(?=a)a' } }), { v: 'a' }))
      .toEqual(["spec.v: Invalid value: \"a\": spec.v in body should match '(?=a)a, but pattern is invalid: "
        + "error parsing regexp: invalid or unsupported Perl syntax: `(?=`'"]);
  });
  test('Go regexp syntax: a leading (?i) flag group is valid and makes the match case-insensitive', () => {
    const s = obj({ action: { type: 'string', pattern: '^(?i)(abort|warn)?$' } });
    expect(lines(s, { action: 'Abort' })).toEqual([]);
    expect(lines(s, { action: '' })).toEqual([]);
    expect(lines(s, { action: 'stop' })).toEqual(["spec.action: Invalid value: \"stop\": spec.action in body should match '^(?i)(abort|warn)?$'"]);
  });
  test.each([
    ['email', 'someone@example.com', 'not-an-email'],
    ['hostname', 'example.com', 'exa mple.com'],
    ['ipv4', '10.0.0.1', '10.0.0.256'],
    ['ipv6', '::1', '1.2.3.4'],
    ['cidr', '10.0.0.0/8', '10.0.0.0/33'],
    ['mac', '00:1a:2b:3c:4d:5e', '00:1a:2b'],
    ['uuid', '123e4567-e89b-12d3-a456-426614174000', '123e4567'],
    ['uuid4', '123e4567-e89b-42d3-a456-426614174000', '123e4567-e89b-12d3-a456-426614174000'],
    ['date', '2024-02-29', '2023-02-29'],
    ['date-time', '2024-01-02T03:04:05Z', '2024-01-02 25:00:00'],
    ['datetime', '2024-01-02T03:04:05.123+02:00', 'yesterday'],
    ['duration', '1h30m', 'soon'],
    ['byte', 'aGVsbG8=', 'not base64!'],
    ['uri', 'https://example.com/x', 'not a uri'],
    ['bsonobjectid', '507f1f77bcf86cd799439011', '507f1f77'],
    ['isbn10', '0306406152', '0306406153'],
    ['isbn13', '9780306406157', '9780306406158'],
    ['creditcard', '4111111111111111', '1234'],
    ['ssn', '123-45-6789', '12-345-6789'],
    ['hexcolor', '#ff00aa', '#ff00ag'],
    ['rgbcolor', 'rgb(255, 0, 10)', 'rgb(256,0,0)'],
  ])('format %s accepts %j and rejects %j', (format, good, bad) => {
    const s = obj({ v: { type: 'string', format } });
    expect(lines(s, { v: good })).toEqual([]);
    expect(lines(s, { v: bad })).toEqual([`spec.v: Invalid value: ${JSON.stringify(bad)}: spec.v in body must be of type ${format}: ${JSON.stringify(bad)}`]);
  });
  test('formats outside the API server whitelist (int32, int64, float) are not checked', () => {
    expect(lines(obj({ a: { type: 'string', format: 'int32' }, b: { type: 'string', format: 'mystery' } }), { a: 'x', b: 'y' })).toEqual([]);
  });
});

describe('bounds, lengths and counts', () => {
  const n = obj({
    max: { type: 'integer', maximum: 10 }, exMax: { type: 'integer', maximum: 10, exclusiveMaximum: true },
    min: { type: 'number', minimum: 1 }, exMin: { type: 'number', minimum: 0, exclusiveMinimum: true },
    mult: { type: 'number', multipleOf: 0.5 },
  });
  test('maximum, minimum, exclusive bounds and multipleOf', () => {
    expect(lines(n, { max: 50, exMax: 10, min: 0.5, exMin: 0, mult: 0.7 })).toEqual([
      'spec.max: Invalid value: 50: spec.max in body should be less than or equal to 10',
      'spec.exMax: Invalid value: 10: spec.exMax in body should be less than 10',
      'spec.min: Invalid value: 0.5: spec.min in body should be greater than or equal to 1',
      'spec.exMin: Invalid value: 0: spec.exMin in body should be greater than 0',
      'spec.mult: Invalid value: 0.7: spec.mult in body should be a multiple of 0.5',
    ]);
    expect(lines(n, { max: 10, exMax: 9, min: 1, exMin: 0.1, mult: 1.5 })).toEqual([]);
  });
  test('string lengths count Unicode code points, like Go', () => {
    const s = obj({ v: { type: 'string', minLength: 2, maxLength: 3 } });
    expect(lines(s, { v: '😀😀😀' })).toEqual([]); // 6 UTF-16 units, 3 code points
    expect(lines(s, { v: 'abcd' })).toEqual(['spec.v: Too long: may not be longer than 3']);
    expect(lines(s, { v: '😀' })).toEqual(['spec.v: Invalid value: "😀": spec.v in body should be at least 2 chars long']);
  });
  test('item and property counts', () => {
    const s = obj({
      a: { type: 'array', items: { type: 'integer' }, minItems: 1, maxItems: 2 },
      m: { type: 'object', additionalProperties: { type: 'string' }, minProperties: 1, maxProperties: 1 },
    });
    expect(lines(s, { a: [1, 2, 3], m: { x: '1', y: '2' } })).toEqual([
      'spec.a: Too many: 3: must have at most 2 items',
      'spec.m: Too many: 2: must have at most 1 items',
    ]);
    expect(lines(s, { a: [], m: {} })).toEqual([
      'spec.a: Invalid value: []: spec.a in body should have at least 1 items',
      'spec.m: Invalid value: {}: spec.m in body should have at least 1 properties',
    ]);
  });
});

describe('Kubernetes extensions', () => {
  test('int-or-string accepts integers and strings only', () => {
    const s = obj({ p: { 'x-kubernetes-int-or-string': true } });
    expect(lines(s, { p: 80 })).toEqual([]);
    expect(lines(s, { p: 'http' })).toEqual([]);
    expect(lines(s, { p: true })).toEqual(['spec.p: Invalid value: "boolean": spec.p in body must be of type integer,string: "boolean"']);
  });
  test('list-type set refuses duplicates; list-type map refuses duplicate keys', () => {
    const s = obj({
      tags: { type: 'array', 'x-kubernetes-list-type': 'set', items: { type: 'string' } },
      ports: { type: 'array', 'x-kubernetes-list-type': 'map', 'x-kubernetes-list-map-keys': ['name', 'protocol'],
        items: obj({ name: { type: 'string' }, protocol: { type: 'string' }, port: { type: 'integer' } }) },
    });
    expect(lines(s, { tags: ['a', 'b', 'a'], ports: [{ name: 'a', protocol: 'TCP', port: 1 }, { name: 'a', protocol: 'UDP' }, { name: 'a', protocol: 'TCP', port: 2 }] })).toEqual([
      'spec.tags[2]: Duplicate value: "a"',
      'spec.ports[2]: Duplicate value: {"name":"a","protocol":"TCP"}',
    ]);
  });
  test('unknown fields are errors by default, warnings or nothing on request; preserve-unknown-fields keeps them', () => {
    const s = obj({ size: { type: 'integer' }, extra: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } });
    const value = { sise: 3, extra: { anything: 1 } };
    expect(validateValue(s, value, 'spec')).toEqual([{ severity: 'error', rule: 'schema.unknown-field', field: 'spec.sise', message: 'field not declared in schema' }]);
    expect(validateValue(s, value, 'spec', 'warn').map((f) => f.severity)).toEqual(['warning']);
    expect(validateValue(s, value, 'spec', 'ignore')).toEqual([]);
  });
  test('additionalProperties entries are <path>.<key>, as kube-openapi names them', () => {
    expect(lines(obj({ m: { type: 'object', additionalProperties: { type: 'integer' } } }), { m: { 'a.b': 'x' } }))
      .toEqual(['spec.m.a.b: Invalid value: "string": spec.m.a.b in body must be of type integer: "string"']);
  });
  test('embedded resources need apiVersion and kind and valid metadata', () => {
    const s = obj({ t: { type: 'object', 'x-kubernetes-embedded-resource': true, 'x-kubernetes-preserve-unknown-fields': true } });
    expect(lines(s, { t: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' }, data: {} } })).toEqual([]);
    expect(lines(s, { t: { metadata: { name: 'Not_Valid', labels: { 'a/b/c': 'x' } } } })).toEqual([
      'spec.t.apiVersion: Required value: must not be empty',
      'spec.t.kind: Required value: must not be empty',
      "spec.t.metadata.name: Invalid value: \"Not_Valid\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
      "spec.t.metadata.labels: Invalid value: \"a/b/c\": a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
    ]);
  });
  test('allOf, anyOf, oneOf and not apply their value validations', () => {
    const s = obj({
      all: { type: 'integer', allOf: [{ minimum: 1 }, { maximum: 5 }] },
      any: { type: 'string', anyOf: [{ pattern: '^a' }, { pattern: '^b' }] },
      one: { type: 'integer', oneOf: [{ minimum: 1 }, { maximum: 5 }] },
      not: { type: 'string', not: { enum: ['x'] } },
    });
    expect(lines(s, { all: 3, any: 'bee', one: 0, not: 'y' })).toEqual([]);
    // kube-openapi's composite errors have no field path (apiextensions reports them at <nil>, with value "").
    expect(lines(s, { all: 9, any: 'cee', one: 3, not: 'x' })).toEqual([
      'spec.all: Invalid value: 9: spec.all in body should be less than or equal to 5',
      'undefined: Invalid value: "": "spec.all" must validate all the schemas (allOf)',
      'undefined: Invalid value: "": "spec.any" must validate at least one schema (anyOf)',
      "spec.any: Invalid value: \"cee\": spec.any in body should match '^a'",
      'undefined: Invalid value: "": "spec.one" must validate one and only one schema (oneOf). Found 2 valid alternatives',
      'undefined: Invalid value: "": "spec.not" must not validate the schema (not)',
    ]);
  });
  test('oneOf with no valid branch: an error on the object naming the path, plus the closest branch\'s errors', () => {
    const s = obj({ q: { oneOf: [{ type: 'string' }, { type: 'number' }] } });
    expect(lines(s, { q: true })).toEqual([
      'undefined: Invalid value: "": "spec.q" must validate one and only one schema (oneOf). Found none valid',
      'spec.q: Invalid value: "boolean": spec.q in body must be of type string: "boolean"',
    ]);
  });
});

describe('$ref (the built-in kinds\' shared definitions)', () => {
  test('nullable belongs to the referring field, and recursive definitions terminate', () => {
    const defs: Record<string, any> = { Node: { type: 'object', properties: { name: { type: 'string' }, child: { $ref: 'Node' } } } };
    const validate = compileSchema({ type: 'object', properties: { a: { $ref: 'Node', nullable: true }, b: { type: 'array', items: { $ref: 'Node' } } } } as any,
      { resolveRef: (r) => defs[r] });
    const run = (v: unknown) => { const out: any[] = []; validate(v, '', { out, unknownFields: 'error' }); return out.map((f) => `${f.field}: ${f.message}`); };
    expect(run({ a: null, b: [{ name: 'x', child: { child: { name: 'y' } } }] })).toEqual([]);
    expect(run({ a: { child: { name: 1 } }, b: [null] })).toEqual([
      'a.child.name: Invalid value: "integer": a.child.name in body must be of type string: "integer"',
      'b[0]: Invalid value: "null": b[0] in body must be of type object: "null"',
    ]);
  });
});
