import { describe, expect, test } from 'vitest';
import { synthOperator } from './operator-fixtures';

const THING = { group: 'other.example.com', version: 'v2', kind: 'Thing', plural: 'things' };

describe('admission webhooks', () => {
  test('skip kube-system and the operator\'s namespace, and wait 10 seconds by default', () => {
    const { objects } = synthOperator({ webhooks: { validating: [{ crd: THING }], mutating: [{ crd: THING, timeoutSeconds: 3 }] } });
    const validating = objects.find((o) => o.kind === 'ValidatingWebhookConfiguration').webhooks[0];
    expect(validating.namespaceSelector).toEqual({
      matchExpressions: [{ key: 'kubernetes.io/metadata.name', operator: 'NotIn', values: ['kube-system', 'db-system'] }],
    });
    expect(validating.timeoutSeconds).toBe(10);
    expect(objects.find((o) => o.kind === 'MutatingWebhookConfiguration').webhooks[0].timeoutSeconds).toBe(3);
  });

  test('an operator in kube-system names it once', () => {
    const { objects } = synthOperator({ namespace: 'kube-system', createNamespace: false, webhooks: { validating: [{ crd: THING }] } });
    expect(objects.find((o) => o.kind === 'ValidatingWebhookConfiguration').webhooks[0].namespaceSelector.matchExpressions[0].values).toEqual(['kube-system']);
  });

  test.each([0, 31, 2.5])('rejects timeoutSeconds %s (the API server takes 1 to 30)', (timeoutSeconds) => {
    expect(() => synthOperator({ webhooks: { validating: [{ crd: THING, timeoutSeconds }] } }))
      .toThrow(`test/Operator/Webhooks: webhook for Thing: timeoutSeconds must be a whole number between 1 and 30, got ${timeoutSeconds}`);
  });
});

describe('the ServiceMonitor verifies the metrics certificate', () => {
  test('never insecureSkipVerify: the CA of the cert-manager certificate the controller serves, and the Service name', () => {
    const { objects, operator } = synthOperator({ serviceMonitor: true });
    const monitor = objects.find((o) => o.kind === 'ServiceMonitor');
    expect(JSON.stringify(monitor)).not.toContain('insecureSkipVerify');
    expect(monitor.spec.endpoints[0].tlsConfig).toEqual({
      ca: { secret: { name: 'db-operator-metrics-server-cert', key: 'ca.crt' } },
      serverName: 'db-operator-controller-manager-metrics-service.db-system.svc',
    });
    // Without webhooks, the metrics certificate has its own self-signed Issuer.
    expect(objects.filter((o) => o.apiVersion === 'cert-manager.io/v1').map((o) => `${o.kind} ${o.metadata.name}`)).toEqual([
      'Issuer db-operator-selfsigned-issuer', 'Certificate db-operator-metrics-certs',
    ]);
    expect(operator.metricsCertificate?.certificate.name).toBe('db-operator-metrics-certs');
    const container = objects.find((o) => o.kind === 'Deployment').spec.template.spec.containers[0];
    expect(container.args).toContain('--metrics-cert-path=/tmp/k8s-metrics-server/metrics-certs');
    expect(container.volumeMounts).toEqual([{ name: 'metrics-certs', mountPath: '/tmp/k8s-metrics-server/metrics-certs', readOnly: true }]);
  });

  test('certManager: false still verifies, against the Secret the cluster provides under the same name', () => {
    const { objects } = synthOperator({ serviceMonitor: true, certManager: false });
    expect(objects.filter((o) => o.apiVersion === 'cert-manager.io/v1')).toEqual([]);
    expect(objects.find((o) => o.kind === 'ServiceMonitor').spec.endpoints[0].tlsConfig.ca.secret.name).toBe('db-operator-metrics-server-cert');
    expect(objects.find((o) => o.kind === 'Deployment').spec.template.spec.volumes)
      .toEqual([{ name: 'metrics-certs', secret: { secretName: 'db-operator-metrics-server-cert', defaultMode: 420 } }]);
  });

  test('without a ServiceMonitor, the metrics server keeps controller-runtime\'s own certificate', () => {
    const { objects } = synthOperator();
    expect(objects.filter((o) => o.apiVersion === 'cert-manager.io/v1')).toEqual([]);
    expect(objects.find((o) => o.kind === 'Deployment').spec.template.spec.containers[0].args).not.toContain('--metrics-cert-path=/tmp/k8s-metrics-server/metrics-certs');
  });
});
