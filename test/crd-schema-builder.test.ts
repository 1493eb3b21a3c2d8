import { describe, expect, test } from 'vitest';
import { Cel, conditionsSchema, observedGenerationSchema, Schema } from '../lib';

describe('Schema builder', () => {
  test('scalars carry every value marker and no undefined keys', () => {
    expect(Schema.string({ pattern: '^a', minLength: 1, maxLength: 9, format: 'hostname', default: 'a', description: 'd', title: 't', nullable: true }))
      .toEqual({ type: 'string', pattern: '^a', minLength: 1, maxLength: 9, format: 'hostname', default: 'a', description: 'd', title: 't', nullable: true });
    expect(Schema.integer({ minimum: 0, maximum: 10, exclusiveMaximum: true, multipleOf: 2, format: 'int32' }))
      .toEqual({ type: 'integer', minimum: 0, maximum: 10, exclusiveMaximum: true, multipleOf: 2, format: 'int32' });
    expect(Schema.number({ exclusiveMinimum: true, minimum: 0 })).toEqual({ type: 'number', minimum: 0, exclusiveMinimum: true });
    expect(Schema.boolean({ default: false })).toEqual({ type: 'boolean', default: false });
    expect(Schema.enum(['a', 'b'], { default: 'a' })).toEqual({ type: 'string', enum: ['a', 'b'], default: 'a' });
    expect(Schema.string()).toEqual({ type: 'string' });
  });

  test('objects, maps and the object-level markers', () => {
    expect(Schema.object({ properties: { a: Schema.string() }, required: ['a'], minProperties: 1, maxProperties: 3, mapType: 'atomic' })).toEqual({
      type: 'object', properties: { a: { type: 'string' } }, required: ['a'], minProperties: 1, maxProperties: 3, 'x-kubernetes-map-type': 'atomic',
    });
    expect(Schema.map(Schema.string(), { maxProperties: 5 })).toEqual({ type: 'object', additionalProperties: { type: 'string' }, maxProperties: 5 });
    expect(Schema.preserveUnknownFields()).toEqual({ type: 'object', 'x-kubernetes-preserve-unknown-fields': true });
    expect(Schema.embeddedResource()).toEqual({
      type: 'object', 'x-kubernetes-embedded-resource': true, 'x-kubernetes-preserve-unknown-fields': true,
    });
  });

  test('lists: atomic, set and map with keys', () => {
    expect(Schema.array(Schema.string(), { minItems: 1, maxItems: 4, listType: 'atomic' }))
      .toEqual({ type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 4, 'x-kubernetes-list-type': 'atomic' });
    expect(Schema.set(Schema.string())).toEqual({ type: 'array', items: { type: 'string' }, 'x-kubernetes-list-type': 'set' });
    const port = Schema.object({ required: ['name'], properties: { name: Schema.string(), port: Schema.integer() } });
    expect(Schema.listMap(port, ['name'])).toEqual({
      type: 'array', items: port, 'x-kubernetes-list-type': 'map', 'x-kubernetes-list-map-keys': ['name'],
    });
  });

  test('int-or-string is the anyOf controller-gen emits', () => {
    expect(Schema.intOrString({ pattern: '^[0-9]+%$', default: 1 })).toEqual({
      anyOf: [{ type: 'integer' }, { type: 'string' }], pattern: '^[0-9]+%$', default: 1, 'x-kubernetes-int-or-string': true,
    });
  });

  test('required names and list-map keys are type-checked against the properties', () => {
    const item = Schema.object({ properties: { name: Schema.string() } });
    // @ts-expect-error 'nmae' is not a property
    Schema.object({ properties: { name: Schema.string() }, required: ['nmae'] });
    // @ts-expect-error 'id' is not a property of the item
    Schema.listMap(item, ['id']);
    expect(item.properties.name).toEqual({ type: 'string' });
  });

  test('resource() emits apiVersion, kind and metadata like controller-gen, then spec and status', () => {
    const root = Schema.resource({ spec: Schema.object(), status: Schema.object(), required: ['spec'] });
    expect(Object.keys(root.properties!)).toEqual(['apiVersion', 'kind', 'metadata', 'spec', 'status']);
    expect(root.properties!.metadata).toEqual({ type: 'object' });
    expect(root.required).toEqual(['spec']);
  });

  test('status.conditions is a list-map of metav1.Condition keyed by type', () => {
    const c = conditionsSchema();
    expect(c).toMatchObject({ type: 'array', 'x-kubernetes-list-type': 'map', 'x-kubernetes-list-map-keys': ['type'] });
    expect(c.items!.required).toEqual(['lastTransitionTime', 'message', 'reason', 'status', 'type']);
    expect(c.items!.properties!.status.enum).toEqual(['True', 'False', 'Unknown']);
    expect(c.items!.properties!.reason).toMatchObject({ minLength: 1, maxLength: 1024, pattern: '^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$' });
    expect(c.items!.properties!.lastTransitionTime).toMatchObject({ type: 'string', format: 'date-time' });
    expect(observedGenerationSchema()).toMatchObject({ type: 'integer', format: 'int64', minimum: 0 });
  });
});

describe('Cel helpers', () => {
  test('validations land in x-kubernetes-validations with every rule field', () => {
    const rule = Cel.rule('self.a <= self.b', {
      message: 'a <= b', messageExpression: "'a is ' + string(self.a)", reason: 'FieldValueInvalid', fieldPath: '.a', optionalOldSelf: true,
    });
    expect(Schema.object({ validations: [rule] })['x-kubernetes-validations']).toEqual([{
      rule: 'self.a <= self.b', message: 'a <= b', messageExpression: "'a is ' + string(self.a)", reason: 'FieldValueInvalid',
      fieldPath: '.a', optionalOldSelf: true,
    }]);
  });

  test('immutable, exactly-one-of and at-most-one-of', () => {
    expect(Cel.immutable()).toEqual({ rule: 'self == oldSelf', message: 'is immutable' });
    expect(Cel.exactlyOneOf(['s3', 'volume'])).toEqual({
      rule: '(has(self.s3) ? 1 : 0) + (has(self.volume) ? 1 : 0) == 1', message: 'exactly one of s3, volume must be set',
    });
    expect(Cel.atMostOneOf(['a', 'b', 'c'], 'pick one')).toEqual({
      rule: '(has(self.a) ? 1 : 0) + (has(self.b) ? 1 : 0) + (has(self.c) ? 1 : 0) <= 1', message: 'pick one',
    });
  });

  test('refuses field names that are not CEL identifiers', () => {
    expect(() => Cel.exactlyOneOf(['max-memory', 'b'])).toThrow("Cel: 'max-memory' is not a CEL identifier; write the rule with Cel.rule()");
    expect(() => Cel.atMostOneOf(['a'])).toThrow('Cel: give at least two fields, got [a]');
  });
});
