import { Chart, Cron, Duration, Size, Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { describe, expect, test } from 'vitest';
import { createValidator, Manifest } from '../lib';

/** A chart using most kinds cdk8s-plus-27 can make: the built-in schemas must accept all of them. */
function plusManifests(): Manifest[] {
  const app = Testing.app();
  const chart = new Chart(app, 'plus', { namespace: 'apps' });
  const config = new kplus.ConfigMap(chart, 'config', { data: { mode: 'fast' } });
  const secret = new kplus.Secret(chart, 'secret', { stringData: { password: 'x' } });
  const sa = new kplus.ServiceAccount(chart, 'sa');
  const deployment = new kplus.Deployment(chart, 'web', {
    serviceAccount: sa,
    containers: [{
      image: 'nginx', portNumber: 8080, envVariables: { MODE: kplus.EnvValue.fromConfigMap(config, 'mode'), PW: kplus.EnvValue.fromSecretValue({ secret, key: 'password' }) },
      resources: { cpu: { request: kplus.Cpu.millis(100), limit: kplus.Cpu.units(1) } },
      liveness: kplus.Probe.fromHttpGet('/healthz'), securityContext: { ensureNonRoot: true },
    }],
  });
  deployment.exposeViaService({ ports: [{ port: 80, targetPort: 8080 }] });
  const role = new kplus.Role(chart, 'role');
  role.allowRead(config);
  new kplus.RoleBinding(chart, 'binding', { role }).addSubjects(sa);
  const clusterRole = new kplus.ClusterRole(chart, 'cluster-role');
  clusterRole.allow(['get', 'list'], kplus.ApiResource.NODES);
  new kplus.ClusterRoleBinding(chart, 'cluster-binding', { role: clusterRole }).addSubjects(sa);
  new kplus.Job(chart, 'job', { containers: [{ image: 'busybox', command: ['true'] }], ttlAfterFinished: Duration.minutes(5) });
  new kplus.CronJob(chart, 'cron', { schedule: Cron.daily(), containers: [{ image: 'busybox' }] });
  new kplus.StatefulSet(chart, 'db', { containers: [{ image: 'postgres', portNumber: 5432 }] });
  new kplus.DaemonSet(chart, 'agent', { containers: [{ image: 'agent' }] });
  new kplus.NetworkPolicy(chart, 'deny-all', { selector: deployment });
  new kplus.Ingress(chart, 'ingress', { defaultBackend: kplus.IngressBackend.fromResource(deployment.exposeViaService({ name: 'web-2', ports: [{ port: 8080 }] })) });
  new kplus.HorizontalPodAutoscaler(chart, 'hpa', { target: deployment, maxReplicas: 5, metrics: [kplus.Metric.resourceCpu(kplus.MetricTarget.averageUtilization(70))] });
  new kplus.Namespace(chart, 'ns');
  new kplus.PersistentVolumeClaim(chart, 'pvc', { storage: Size.gibibytes(1) });
  return Testing.synth(chart).map((object) => ({ object, origin: { constructPath: `plus/${object.kind}` } }));
}

describe('manifests made by cdk8s-plus-27', () => {
  test('are accepted by the Kubernetes 1.27 schemas, with no false positive', () => {
    const manifests = plusManifests();
    expect(manifests.length).toBeGreaterThan(15);
    expect(createValidator().validate(manifests).map((f) => `${f.object?.kind} ${f.field}: ${f.message}`)).toEqual([]);
  });
});
