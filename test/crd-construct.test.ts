import { Chart, Testing } from 'cdk8s';
import { describe, expect, test } from 'vitest';
import { CustomResourceDefinition, CustomResourceDefinitionProps, Schema } from '../lib';

const spec = Schema.object({ properties: { replicas: Schema.integer({ default: 1 }), engine: Schema.string() } });
const status = Schema.object({ properties: { replicas: Schema.integer() } });

function crdIn(props: Partial<CustomResourceDefinitionProps> = {}) {
  const app = Testing.app();
  const chart = new Chart(app, 'test');
  const crd = new CustomResourceDefinition(chart, 'Widget', {
    group: 'example.com',
    kind: 'Widget',
    versions: [{ name: 'v1', schema: Schema.resource({ spec, status }) }],
    ...props,
  });
  return { app, chart, crd };
}

describe('CustomResourceDefinition', () => {
  test('renders names, scope and defaults like controller-gen', () => {
    const { chart, crd } = crdIn({ shortNames: ['wd'], categories: ['all'] });
    const [manifest] = Testing.synth(chart);
    expect(manifest.metadata.name).toBe('widgets.example.com');
    expect(manifest.spec.names).toEqual({
      kind: 'Widget', listKind: 'WidgetList', plural: 'widgets', singular: 'widget', shortNames: ['wd'], categories: ['all'],
    });
    expect(manifest.spec.scope).toBe('Namespaced');
    expect(manifest.spec.versions).toEqual([{ name: 'v1', served: true, storage: true, schema: { openAPIV3Schema: Schema.resource({ spec, status }) } }]);
    expect(manifest.spec.conversion).toBeUndefined();
    expect([crd.name, crd.storageApiVersion, crd.storageVersion]).toEqual(['widgets.example.com', 'example.com/v1', 'v1']);
  });

  test('renders several versions with subresources, columns, selectable fields and deprecation', () => {
    const { chart, crd } = crdIn({
      versions: [
        {
          name: 'v1', storage: true, statusSubresource: true,
          scale: { specReplicasPath: '.spec.replicas', statusReplicasPath: '.status.replicas' },
          printerColumns: [{ name: 'Replicas', type: 'integer', jsonPath: '.spec.replicas', priority: 1 }],
          selectableFields: ['.spec.engine'],
          schema: Schema.resource({ spec, status }),
        },
        { name: 'v1beta1', served: false, deprecated: true, deprecationWarning: 'use v1', schema: Schema.resource({ spec }) },
      ],
    });
    const [manifest] = Testing.synth(chart);
    const [v1, beta] = manifest.spec.versions;
    expect(v1.subresources).toEqual({ status: {}, scale: { specReplicasPath: '.spec.replicas', statusReplicasPath: '.status.replicas' } });
    expect(v1.additionalPrinterColumns).toEqual([{ name: 'Replicas', type: 'integer', jsonPath: '.spec.replicas', priority: 1 }]);
    expect(v1.selectableFields).toEqual([{ jsonPath: '.spec.engine' }]);
    expect(beta).toMatchObject({ name: 'v1beta1', served: false, storage: false, deprecated: true, deprecationWarning: 'use v1' });
    expect(crd.versionNames).toEqual(['v1', 'v1beta1']);
    expect(crd.servedVersions).toEqual(['v1']);
    expect(crd.storageApiVersion).toBe('example.com/v1');
  });

  test('a conversion webhook set after construction, and annotations for the CA injector', () => {
    const { chart, crd } = crdIn({ labels: { team: 'cache' } });
    expect(crd.hasConversionWebhook).toBe(false);
    crd.setConversionWebhook({ serviceName: 'widget-webhook', serviceNamespace: 'widget-system' });
    crd.addAnnotation('cert-manager.io/inject-ca-from', 'widget-system/widget-webhook-cert');
    crd.addLabel('app.kubernetes.io/part-of', 'widgets');
    const [manifest] = Testing.synth(chart);
    expect(crd.hasConversionWebhook).toBe(true);
    expect(manifest.metadata.annotations).toEqual({ 'cert-manager.io/inject-ca-from': 'widget-system/widget-webhook-cert' });
    expect(manifest.metadata.labels).toEqual({ 'team': 'cache', 'app.kubernetes.io/part-of': 'widgets' });
    expect(manifest.spec.conversion).toEqual({
      strategy: 'Webhook',
      webhook: {
        clientConfig: { service: { name: 'widget-webhook', namespace: 'widget-system', path: '/convert', port: 443 } },
        conversionReviewVersions: ['v1'],
      },
    });
  });

  test('synth fails listing every error with the CRD, the version and the schema path', () => {
    const { app } = crdIn({
      kind: 'Widget',
      listKind: 'Widget',
      versions: [
        { name: 'v1', storage: true, schema: Schema.resource({ spec: Schema.object({ properties: { size: { description: 'untyped' } } }) }) },
        {
          name: 'v2', storage: true, schema: Schema.resource({ spec }),
          printerColumns: [{ name: 'Size', type: 'string', jsonPath: '.spec.size' }],
        },
      ],
    });
    let message = '';
    try { app.synth(); } catch (e) { message = (e as Error).message; }
    expect(message).toContain('CustomResourceDefinition widgets.example.com: spec.names.listKind: Invalid value: "Widget": kind and listKind may not be the same');
    expect(message).toContain('CustomResourceDefinition widgets.example.com: spec.versions: Invalid value: ["v1","v2"]: must have exactly one version marked as storage version');
    expect(message).toContain('CustomResourceDefinition widgets.example.com (version v1): spec.versions[0].schema.openAPIV3Schema.properties[spec].properties[size].type: Required value: must not be empty for specified object fields');
    // A printer column into nothing is only a warning (the API server never resolves it): not among the errors.
    expect(message).not.toContain('additionalPrinterColumns');
  });

  test('extra checks and a default validator run at synth', () => {
    const { app, crd } = crdIn({
      validation: { defaultValidator: (_s, value, path) => value === 1 ? [{ severity: 'error', rule: 't', field: path, message: 'Invalid value: 1: rejected by test' }] : [] },
    });
    crd.addValidationOptions({ extraChecks: [() => [{ severity: 'warning', rule: 't', message: 'only a warning' }]] });
    let message = '';
    try { app.synth(); } catch (e) { message = (e as Error).message; }
    expect(message).toContain('CustomResourceDefinition widgets.example.com (version v1): spec.versions[0].schema.openAPIV3Schema.properties[spec].properties[replicas].default: Invalid value: 1: rejected by test');
    expect(message).not.toContain('only a warning');
  });

  test('a valid CRD synthesizes', () => {
    const { app } = crdIn();
    expect(() => app.synth()).not.toThrow();
  });
});
