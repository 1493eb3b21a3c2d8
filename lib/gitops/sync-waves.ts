import { ApiObject, Chart } from 'cdk8s';
import { apiGroupOf } from '../report/object-identity';
import { isBuiltInApiVersion } from '../validate/builtin-kind-scopes';
import { ObjectPass, annotationsOf, byFolder, groupBy } from './placed-object';

/** Argo CD applies lower waves first and waits for them to be healthy before the next wave. */
export const SYNC_WAVE_ANNOTATION = 'argocd.argoproj.io/sync-wave';

/** The waves opkit assigns, in apply order. */
export const SyncWave = {
  /** CustomResourceDefinitions: everything else may need them. */
  CRDS: -10,
  /** Namespaces, RBAC, ServiceAccounts, config, Services and the webhook certificate the controller needs to start. */
  SETUP: -5,
  /** The controller's workloads; Argo CD waits until they are healthy. */
  CONTROLLER: -3,
  /** Admission webhooks: registered only once the controller that serves them runs. */
  WEBHOOKS: -1,
  /** Custom Resources, reconciled by the controller. */
  CUSTOM_RESOURCES: 0,
} as const;

const WORKLOADS = new Set(['apps/Deployment', 'apps/StatefulSet', 'apps/DaemonSet']);
const WEBHOOKS = new Set(['admissionregistration.k8s.io/ValidatingWebhookConfiguration',
  'admissionregistration.k8s.io/MutatingWebhookConfiguration']);
/**
 * Custom Resources the controller itself needs before it starts: the cert-manager Certificate (and its issuer)
 * whose Secret the controller's Pod mounts for its webhook server. In the CR wave they would wait for a
 * controller that cannot start without them.
 */
const SETUP_CUSTOM_KINDS = new Set(['cert-manager.io/Certificate', 'cert-manager.io/Issuer', 'cert-manager.io/ClusterIssuer']);

/** The wave opkit gives an object of this type when it has none. */
export function defaultSyncWave(apiVersion: string, kind: string): number {
  const groupKind = `${apiGroupOf(apiVersion)}/${kind}`;
  if (groupKind === 'apiextensions.k8s.io/CustomResourceDefinition') return SyncWave.CRDS;
  if (WEBHOOKS.has(groupKind)) return SyncWave.WEBHOOKS;
  if (WORKLOADS.has(groupKind)) return SyncWave.CONTROLLER;
  if (SETUP_CUSTOM_KINDS.has(groupKind)) return SyncWave.SETUP;
  return isBuiltInApiVersion(apiVersion) ? SyncWave.SETUP : SyncWave.CUSTOM_RESOURCES;
}

/** The object's wave: its annotation when set (by the user or {@link assignSyncWaves}), else the default. */
export function syncWaveOf(apiObject: ApiObject): number {
  const set = annotationsOf(apiObject)[SYNC_WAVE_ANNOTATION];
  return set === undefined ? defaultSyncWave(apiObject.apiVersion, apiObject.kind) : Number(set);
}

/** Annotate every object that has no wave with {@link defaultSyncWave}; a wave set by hand is kept. */
export const assignSyncWaves: ObjectPass = (objects) => {
  for (const { apiObject } of objects) {
    if (annotationsOf(apiObject)[SYNC_WAVE_ANNOTATION] !== undefined) continue;
    apiObject.metadata.addAnnotation(SYNC_WAVE_ANNOTATION, String(defaultSyncWave(apiObject.apiVersion, apiObject.kind)));
  }
};

/**
 * Make the written order follow the waves, through cdk8s dependencies (cdk8s renders dependencies first):
 * within a chart, each object depends on the objects of the next lower wave; within a folder, a chart whose
 * waves all come before another chart's becomes its dependency, so its file is written (and numbered) first.
 * A dependency declared by hand against the waves makes cdk8s report a cycle, which is the contradiction it is.
 */
export const orderBySyncWave: ObjectPass = (objects) => {
  // Each object's wave, read once: rendering the metadata to read an annotation is not free at 10,000 objects.
  const waveOf = new Map(objects.map(({ apiObject }) => [apiObject, syncWaveOf(apiObject)] as const));
  const perChart = groupBy(objects.map((o) => o.apiObject), (apiObject) => apiObject.chart);
  for (const inChart of perChart.values()) {
    const waves = [...groupBy(inChart, (o) => waveOf.get(o)!).entries()].sort(([a], [b]) => a - b).map(([, list]) => list);
    for (let i = 1; i < waves.length; i++) {
      for (const later of waves[i]) later.node.addDependency(...waves[i - 1]);
    }
  }
  for (const inFolder of byFolder(objects).values()) {
    const ranges = new Map<Chart, { min: number; max: number }>();
    for (const { apiObject } of inFolder) {
      const wave = waveOf.get(apiObject)!;
      const r = ranges.get(apiObject.chart);
      ranges.set(apiObject.chart, r ? { min: Math.min(r.min, wave), max: Math.max(r.max, wave) } : { min: wave, max: wave });
    }
    for (const [chart, r] of ranges) {
      for (const [other, o] of ranges) if (other !== chart && o.max < r.min) chart.addDependency(other);
    }
  }
};
