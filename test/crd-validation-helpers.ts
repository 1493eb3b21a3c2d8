import { validateCustomResourceDefinition, ValidateCrdOptions } from '../lib';

/** A minimal CRD manifest the API server accepts; tests break one rule at a time. */
export function validCrd(): Record<string, any> {
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: 'widgets.example.com' },
    spec: {
      group: 'example.com',
      scope: 'Namespaced',
      names: { kind: 'Widget', listKind: 'WidgetList', plural: 'widgets', singular: 'widget' },
      versions: [{
        name: 'v1',
        served: true,
        storage: true,
        subresources: { status: {} },
        schema: {
          openAPIV3Schema: {
            type: 'object',
            properties: {
              metadata: { type: 'object' },
              spec: {
                type: 'object',
                properties: {
                  replicas: { type: 'integer', default: 1 },
                  size: { type: 'string' },
                  tags: { type: 'array', items: { type: 'string' } },
                },
              },
              status: { type: 'object', properties: { ready: { type: 'integer' }, selector: { type: 'string' } } },
            },
          },
        },
      }],
    },
  };
}

/** The schema of `spec` in the first version, to break. */
export const specSchema = (crd: Record<string, any>) => crd.spec.versions[0].schema.openAPIV3Schema.properties.spec;

/** Validates a copy of the valid CRD after `mutate` and returns `field: message` lines, as kubectl prints them. */
export function errorsAfter(mutate: (crd: Record<string, any>) => void, options?: ValidateCrdOptions): string[] {
  const crd = validCrd();
  mutate(crd);
  return validateCustomResourceDefinition(crd, options).map((f) => `${f.field}: ${f.message}`);
}

/** Field path prefixes, to keep expectations readable. */
export const ROOT = 'spec.versions[0].schema.openAPIV3Schema';
export const SPEC = `${ROOT}.properties[spec]`;
