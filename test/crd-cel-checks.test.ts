import { Chart, Testing } from 'cdk8s';
import { describe, expect, test } from 'vitest';
import { Cel, CustomResourceDefinition, Schema, validateCustomResourceDefinition } from '../lib';
import { SPEC, specSchema, validCrd } from './crd-validation-helpers';

// The CRD rules include compiling every CEL rule against its schema (lib/cel), as the API server does on create.
describe('CEL rules of a CRD are compiled and costed at synth', () => {
  const errorsOf = (crd: Record<string, any>) => validateCustomResourceDefinition(crd)
    .filter((f) => f.severity === 'error').map((f) => `${f.field}: ${f.message}`);

  test('a rule that selects an undeclared field is an error naming the rule\'s schema path', () => {
    const crd = validCrd();
    specSchema(crd)['x-kubernetes-validations'] = [{ rule: 'self.replica > 0' }];
    expect(errorsOf(crd)).toEqual([
      `${SPEC}.x-kubernetes-validations[0].rule: Invalid value: "self.replica > 0": compilation failed: ERROR: <input>:1:5: undefined field 'replica' (CRD widgets.example.com version v1)`,
    ]);
  });

  test('a messageExpression that is not a string is an error', () => {
    const crd = validCrd();
    specSchema(crd)['x-kubernetes-validations'] = [{ rule: 'self.replicas > 0', messageExpression: 'self.replicas' }];
    expect(errorsOf(crd)).toEqual([
      `${SPEC}.x-kubernetes-validations[0].messageExpression: Invalid value: "self.replicas": messageExpression must evaluate to a string (got int) (CRD widgets.example.com version v1)`,
    ]);
  });

  test('a rule over an unbounded list that is too expensive exceeds the static cost limit', () => {
    const crd = validCrd();
    specSchema(crd).properties.tags['x-kubernetes-validations'] = [{ rule: 'self.all(a, self.all(b, self.all(c, a + b + c != "")))' }];
    expect(errorsOf(crd).join('\n')).toMatch(/properties\[tags\]\.x-kubernetes-validations\[0\]\.rule: Forbidden: estimated rule cost exceeds budget by factor of/);
  });

  test('the construct fails synth on a broken rule, and accepts the builder\'s CEL idioms', () => {
    const build = (rule: string) => {
      const chart = new Chart(Testing.app(), 'test');
      new CustomResourceDefinition(chart, 'Crd', {
        group: 'example.com', kind: 'Widget',
        versions: [{
          name: 'v1',
          schema: Schema.resource({
            spec: Schema.object({
              validations: [Cel.rule(rule), Cel.exactlyOneOf(['a', 'b'])],
              properties: { a: Schema.string(), b: Schema.string(), size: Schema.integer({ validations: [Cel.immutable()] }) },
            }),
          }),
        }],
      });
      return () => Testing.synth(chart);
    };
    expect(build('!has(self.size) || self.size > 0')).not.toThrow();
    expect(build('self.sise > 0')).toThrow(/undefined field 'sise'/);
  });
});

describe('the construct\'s synth-time check', () => {
  const widget = (rule = 'self.size >= 0') => {
    const chart = new Chart(Testing.app(), 'test');
    const crd = new CustomResourceDefinition(chart, 'Crd', {
      group: 'example.com', kind: 'Widget',
      versions: [{ name: 'v1', schema: Schema.resource({ spec: Schema.object({ validations: [Cel.rule(rule)], properties: { size: Schema.integer() } }) }) }],
    });
    return { chart, crd };
  };

  test('runs once per distinct manifest (cdk8s validates the whole app for every chart it renders)', () => {
    const { chart, crd } = widget();
    let runs = 0;
    crd.addValidationOptions({ extraChecks: [() => { runs++; return []; }] });
    Testing.synth(chart);
    Testing.synth(chart);
    expect(runs).toBe(1);
    crd.addLabel('team', 'storage');
    Testing.synth(chart);
    expect(runs).toBe(2);
  });

  test('addValidationOptions keeps earlier options such as kubeVersion', () => {
    // quantity() is a Kubernetes 1.28 CEL library: a compile error at the default 1.27.
    const rule = "quantity('1Gi').isInteger()";
    expect(() => Testing.synth(widget(rule).chart)).toThrow(/undeclared reference to 'quantity'|quantity/);
    const { chart, crd } = widget(rule);
    crd.addValidationOptions({ kubeVersion: '1.28' });
    crd.addValidationOptions({ extraChecks: [() => []] });
    expect(() => Testing.synth(chart)).not.toThrow();
  });
});
