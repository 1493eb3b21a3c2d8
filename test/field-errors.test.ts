import { describe, expect, test } from 'vitest';
import { enumValueStrings, FieldErrors, formatValue, GoValue, invalid, notSupported } from '../lib/apimachinery/field-errors';
import { child, index, key } from '../lib/apimachinery/field-path';
import { validateValue } from '../lib/validate/validate-value';

// One field-error module for the validator, the built-in rules, the CRD rules and the CRD upgrade rules, printing
// values as apimachinery's errors.go does. These pin what the two former modules did differently.
describe('field errors as k8s.io/apimachinery prints them', () => {
  test('values: strings quoted, numbers and booleans bare, the rest JSON, Go values as given', () => {
    expect(formatValue('a"b')).toBe('"a\\"b"');
    expect([formatValue(50), formatValue(1.5), formatValue(false)]).toEqual(['50', '1.5', 'false']);
    expect(formatValue({ name: 'a' })).toBe('{"name":"a"}');
    expect(formatValue(new GoValue('map[string]string{"app":"web"}'))).toBe('map[string]string{"app":"web"}');
    expect(formatValue(10n)).toBe('10');
  });

  test('a null or absent value prints as the quoted string "null", as a nil value up to Kubernetes 1.32 (was `null` and `undefined` in the CRD rules)', () => {
    expect(formatValue(null)).toBe('"null"');
    expect(formatValue(undefined)).toBe('"null"');
  });

  test('a long value is printed whole, as errors.go does (the validator used to cut it at 200 characters)', () => {
    const long = { data: 'x'.repeat(300) };
    expect(invalid('r', 'spec', long, 'bad').message).toBe(`Invalid value: ${JSON.stringify(long)}: bad`);
  });

  test('notSupported quotes each supported value; an enum\'s other values are spelled as JSON first, as apiextensions does', () => {
    expect(notSupported('r', 'spec.type', 'x', ['a', 'b']).message).toBe('Unsupported value: "x": supported values: "a", "b"');
    expect(enumValueStrings(['a', 1, true, null, { k: 1 }])).toEqual(['a', '1', 'true', 'null', '{"k":1}']);
    expect(validateValue({ type: 'integer', enum: [1, 2] }, 3, 'spec.n').map((f) => f.message))
      .toEqual(['Unsupported value: 3: supported values: "1", "2"']);
  });

  test('FieldErrors gives the same messages, about one object', () => {
    const object = { apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', name: 'widgets.example.com' };
    const errors = new FieldErrors(object);
    expect(errors.notSupported('crd.scope', 'spec.scope', undefined, ['Cluster', 'Namespaced'])).toEqual({
      severity: 'error', rule: 'crd.scope', field: 'spec.scope', object,
      message: 'Unsupported value: "null": supported values: "Cluster", "Namespaced"',
    });
    expect(errors.invalid('r', 'f', 'v', 'd')).toEqual({ ...invalid('r', 'f', 'v', 'd'), object });
  });

  test('field paths as field.Path prints them', () => {
    expect(child('', 'spec')).toBe('spec');
    expect(index(child('spec', 'versions'), 0)).toBe('spec.versions[0]');
    expect(key('spec.properties', 'a.b')).toBe('spec.properties[a.b]');
  });
});
