import { ApiObject, Chart, Testing } from 'cdk8s';
import { describe, expect, test } from 'vitest';
import { acceptFinding, checkPolicy, parseAcceptances } from '../lib/internal';
import { RENAMED_RULE_IDS } from '../lib/policy/renamed-rule-ids';
import { policyLines, SERVICE_ACCOUNT, withPod } from './policy-fixtures';

const secretsRole = (annotations?: Record<string, string>) => ({
  apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole',
  metadata: { name: 'r', ...(annotations ? { annotations } : {}) },
  rules: [{ apiGroups: [''], resources: ['secrets'], verbs: ['get'] }],
});

describe('accepting a finding on purpose', () => {
  test('an accepted rule is dropped for that object only; other rules still report', () => {
    const d = withPod((pod, dep) => {
      pod.hostNetwork = true;
      pod.containers[0].securityContext.readOnlyRootFilesystem = false;
      dep.metadata.annotations = { 'opkit.dev/accept': 'pss.host-namespaces: CNI agent needs the host network' };
    });
    expect(policyLines(d)).toEqual([
      'lint.read-only-root-filesystem spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem: Required value: must be true: write to an emptyDir volume mounted where the program needs to write',
    ]);
  });

  test('several acceptances, one per line', () => {
    const d = withPod((pod, dep) => {
      pod.hostNetwork = true;
      pod.containers[0].securityContext.readOnlyRootFilesystem = false;
      dep.metadata.annotations = { 'opkit.dev/accept': 'pss.host-namespaces: host network\nlint.read-only-root-filesystem: writes its cache to /var' };
    });
    expect(policyLines(d)).toEqual([]);
  });

  test('an acceptance without a reason is its own finding and accepts nothing', () => {
    expect(policyLines(secretsRole({ 'opkit.dev/accept': 'rbac.secrets' }))).toEqual([
      'policy.accept metadata.annotations["opkit.dev/accept"]: Invalid value: "rbac.secrets": the reason is missing (expected "rbac.secrets: <why this is accepted>")',
      'rbac.secrets rules[0].resources[0]: Forbidden: access to "secrets" must be declared: add the annotation opkit.dev/accept: "rbac.secrets: <why>" (with the Operator, use ManagedKinds.secrets(\'<why>\'))',
    ]);
  });

  test('an acceptance that names no rule id is its own finding', () => {
    expect(policyLines(secretsRole({ 'opkit.dev/accept': 'because I said so' }))[0]).toBe(
      'policy.accept metadata.annotations["opkit.dev/accept"]: Invalid value: "because I said so": "because I said so" is not a rule id (expected "<rule-id>: <reason>", e.g. "pss.run-as-non-root: image runs as root by design")',
    );
  });

  test('parseAcceptances reads rule and reason, trimming blanks', () => {
    expect(parseAcceptances(' rbac.secrets :  reads the password \n\n')).toEqual({
      accepted: new Map([['rbac.secrets', 'reads the password']]), malformed: [], deprecated: [],
    });
    expect(parseAcceptances(42).malformed).toEqual(['must be a string, got 42']);
  });

  test('acceptFinding annotates every API object below a construct and accumulates rules', () => {
    const chart = new Chart(Testing.app(), 'test');
    const a = new ApiObject(chart, 'A', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' } });
    acceptFinding(chart, 'rbac.secrets', 'reads the password');
    acceptFinding(a, 'pss.run-as-user', 'legacy image');
    expect(Testing.synth(chart)[0].metadata.annotations).toEqual({
      'opkit.dev/accept': 'rbac.secrets: reads the password\npss.run-as-user: legacy image',
    });
  });

  test('a renamed rule id still accepts its finding, with a warning naming the current id', () => {
    const d = withPod((pod, dep) => {
      pod.hostNetwork = true;
      dep.metadata.annotations = { 'opkit.dev/accept': 'pss.hostNamespaces: CNI agent needs the host network' };
    });
    const findings = checkPolicy([{ object: d, origin: { file: 'in.yaml' } }, { object: SERVICE_ACCOUNT, origin: {} }]);
    expect(findings.map((f) => [f.severity, f.rule, f.message])).toEqual([['warning', 'policy.accept',
      'rule id "pss.hostNamespaces" was renamed to "pss.host-namespaces": it still accepts the finding; write "pss.host-namespaces"']]);
    expect(parseAcceptances('pss.runAsNonRoot: legacy image').accepted).toEqual(new Map([['pss.run-as-non-root', 'legacy image']]));
  });

  test('every rule id, current or renamed from, follows <family>.<kebab-case>, and no new id is itself renamed', () => {
    const SCHEME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)+$/;
    const current = Object.values(RENAMED_RULE_IDS);
    expect(current.filter((id) => !SCHEME.test(id))).toEqual([]);
    expect(Object.keys(RENAMED_RULE_IDS).filter((id) => SCHEME.test(id))).toEqual([]);
    expect(current.filter((id) => Object.hasOwn(RENAMED_RULE_IDS, id))).toEqual([]);
  });

  test('acceptFinding rejects a missing reason with the construct path', () => {
    const chart = new Chart(Testing.app(), 'test');
    new ApiObject(chart, 'A', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' } });
    expect(() => acceptFinding(chart, 'rbac.secrets', ' ')).toThrow(
      'test: cannot accept "rbac.secrets" without a reason: say why the finding is acceptable here');
    expect(() => acceptFinding(chart, 'Secrets!', 'why')).toThrow(
      'test: cannot accept "Secrets!": not a rule id (e.g. "rbac.secrets" or "pss.run-as-non-root")');
    expect(() => acceptFinding(chart, 'rbac.secrets', 'a\nb')).toThrow('test: cannot accept "rbac.secrets": the reason must be one line');
    expect(() => acceptFinding(new Chart(Testing.app(), 'empty'), 'rbac.secrets', 'why')).toThrow(
      'empty: cannot accept "rbac.secrets": no Kubernetes object at or below this construct');
  });
});
