import * as fs from 'node:fs';
import * as path from 'node:path';
import { App, Chart, Testing } from 'cdk8s';
import { Construct } from 'constructs';
import { describe, expect, test } from 'vitest';
import { Cel, conditionsSchema, CustomResourceDefinition, observedGenerationSchema, Schema } from '../lib';
import { ROOT } from './helpers';

// docs:start
class WidgetCrd extends CustomResourceDefinition {
  constructor(scope: Construct, id: string) {
    super(scope, id, {
      group: 'shop.example.com',
      kind: 'Widget',
      shortNames: ['wdg'],
      versions: [{
        name: 'v1',
        statusSubresource: true,
        scale: { specReplicasPath: '.spec.replicas', statusReplicasPath: '.status.replicas' },
        printerColumns: [
          { name: 'Size', type: 'string', jsonPath: '.spec.size' },
          { name: 'Ready', type: 'string', jsonPath: '.status.conditions[?(@.type=="Ready")].status' },
        ],
        schema: Schema.resource({
          description: 'A Widget is something the shop sells.',
          required: ['spec'],
          spec: Schema.object({
            required: ['size'],
            validations: [Cel.atMostOneOf(['colour', 'pattern'])],
            properties: {
              size: Schema.enum(['small', 'large'], { description: 'How big it is.' }),
              replicas: Schema.integer({ minimum: 1, default: 1, description: 'How many to keep in stock.' }),
              sku: Schema.string({ pattern: '^[A-Z]{3}-[0-9]{4}$', validations: [Cel.immutable()] }),
              colour: Schema.string(),
              pattern: Schema.string(),
              labels: Schema.map(Schema.string(), { description: 'Free-form labels.' }),
            },
          }),
          status: Schema.object({
            properties: {
              replicas: Schema.integer(),
              observedGeneration: observedGenerationSchema(),
              conditions: conditionsSchema(),
            },
          }),
        }),
      }],
    });
  }
}
// docs:end

describe('docs/crds.md', () => {
  test('its example is this compiled, tested code', () => {
    const source = fs.readFileSync(__filename, 'utf8');
    const example = source.slice(source.indexOf('// docs:start\n') + 14, source.indexOf('// docs:end'));
    expect(fs.readFileSync(path.join(ROOT, 'docs', 'crds.md'), 'utf8')).toContain(example);
  });

  test('the example synthesizes a valid CRD', () => {
    const app = Testing.app();
    const chart = new Chart(app, 'shop');
    new WidgetCrd(chart, 'Widget');
    expect(() => app.synth()).not.toThrow();
    const [crd] = Testing.synth(chart);
    expect(crd.metadata.name).toBe('widgets.shop.example.com');
  });

  test('and a mistake in it fails synth with the field path', () => {
    const app: App = Testing.app();
    const chart = new Chart(app, 'shop');
    new CustomResourceDefinition(chart, 'Broken', {
      group: 'shop.example.com', kind: 'Widget',
      versions: [{ name: 'v1', schema: Schema.resource({ spec: Schema.object({ properties: { sku: Schema.string({ pattern: '(?<=A)B' }) } }) }) }],
    });
    expect(() => app.synth()).toThrow(
      'CustomResourceDefinition widgets.shop.example.com (version v1): spec.versions[0].schema.openAPIV3Schema.properties[spec].properties[sku].pattern: '
      + 'Invalid value: "(?<=A)B": must be a valid regular expression, but isn\'t: error parsing regexp: invalid named capture: `(?<=A)B`');
  });
});
