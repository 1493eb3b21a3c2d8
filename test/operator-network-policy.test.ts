import * as kplus from 'cdk8s-plus-27';
import { describe, expect, test } from 'vitest';
import { EGRESS, PROMETHEUS, synthOperator } from './operator-fixtures';

const policyOf = (objects: any[]) => objects.find((o) => o.kind === 'NetworkPolicy').spec;
const WEBHOOKS = { validating: [{ crd: { group: 'db.example.com', version: 'v1', kind: 'Database', plural: 'databases' } }] };

describe('the controller NetworkPolicy', () => {
  test('denies egress too, except DNS (UDP and TCP 53 to kube-dns in kube-system) and the API server (443, 6443)', () => {
    const spec = policyOf(synthOperator().objects);
    expect(spec.policyTypes).toEqual(['Ingress', 'Egress']);
    expect(spec.egress).toEqual(EGRESS);
  });

  test('the metrics port is open to the scraper only; the webhook port to any source, on 9443 only', () => {
    const spec = policyOf(synthOperator({ webhooks: WEBHOOKS }).objects);
    expect(spec.ingress).toEqual([
      { from: [PROMETHEUS], ports: [{ port: 8443, protocol: 'TCP' }] },
      { ports: [{ port: 9443, protocol: 'TCP' }] },
    ]);
  });

  test('apiServerCidrs narrows both the webhook source and the API server destination', () => {
    const spec = policyOf(synthOperator({ webhooks: WEBHOOKS, networkPolicy: { apiServerCidrs: ['10.0.0.0/24', 'fd00::/64'] } }).objects);
    const blocks = [{ ipBlock: { cidr: '10.0.0.0/24' } }, { ipBlock: { cidr: 'fd00::/64' } }];
    expect(spec.ingress[1]).toEqual({ from: blocks, ports: [{ port: 9443, protocol: 'TCP' }] });
    expect(spec.egress[1]).toEqual({ to: blocks, ports: [{ port: 443, protocol: 'TCP' }, { port: 6443, protocol: 'TCP' }] });
  });

  test('the scraper and DNS are chosen by namespace (and pod) labels; extra egress is appended', () => {
    const spec = policyOf(synthOperator({
      networkPolicy: {
        metricsScrapers: { namespaceLabels: { team: 'observability' } },
        dns: { namespaceLabels: { 'kubernetes.io/metadata.name': 'dns' }, podLabels: { app: 'coredns' } },
        extraEgress: [{ ports: [{ port: kplus.k8s.IntOrString.fromNumber(6379), protocol: 'TCP' }] }],
      },
    }).objects);
    expect(spec.ingress).toEqual([{ from: [{ namespaceSelector: { matchLabels: { team: 'observability' } } }], ports: [{ port: 8443, protocol: 'TCP' }] }]);
    expect(spec.egress[0].to).toEqual([{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'dns' } }, podSelector: { matchLabels: { app: 'coredns' } } }]);
    expect(spec.egress[2]).toEqual({ ports: [{ port: 6379, protocol: 'TCP' }] });
  });

  test('without metrics and webhooks, no ingress at all', () => {
    const spec = policyOf(synthOperator({ metrics: false }).objects);
    expect(spec.ingress).toEqual([]);
    expect(spec.policyTypes).toEqual(['Ingress', 'Egress']);
  });

  test.each([
    [['10.0.0.1'], 'apiServerCidrs: "10.0.0.1" is not a CIDR such as "10.0.0.0/16" or "fd00::/64"'],
    [[], 'apiServerCidrs is empty: list the API server\'s CIDRs or leave it out'],
  ])('rejects apiServerCidrs %j', (apiServerCidrs, message) => {
    expect(() => synthOperator({ networkPolicy: { apiServerCidrs } })).toThrow(`test/Operator/NetworkPolicy: ${message}`);
  });
});
