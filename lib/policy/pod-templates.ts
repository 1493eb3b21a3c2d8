import { Manifest } from '../report/manifest';

/** A pod spec found inside a manifest, with the paths to report fields at. */
export interface PodTemplate {
  /** The pod spec (`spec` of a Pod, `spec.template.spec` of a Deployment, ...). */
  readonly spec: Record<string, any>;
  /** Where it is, e.g. `spec.template.spec`. */
  readonly specPath: string;
  /** The pod's metadata (annotations carry AppArmor profiles). */
  readonly metadata: Record<string, any>;
  /** Where the metadata is, e.g. `spec.template.metadata`. */
  readonly metadataPath: string;
}

/** One container of a pod with its path, e.g. `spec.template.spec.initContainers[0]`. */
export interface ContainerAt {
  /** The container object. */
  readonly container: Record<string, any>;
  /** Its path, e.g. `spec.template.spec.containers[0]`. */
  readonly path: string;
}

/** The workload kinds that carry a pod template, and where (`apps/v1` kinds, `batch/v1`, core Pod). */
const TEMPLATE_PATHS: Record<string, string[]> = {
  Pod: [],
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};

/** The pod template of a workload manifest, or undefined for other kinds. */
export function podTemplateOf(manifest: Manifest): PodTemplate | undefined {
  const object = manifest.object;
  const path = TEMPLATE_PATHS[object.kind];
  if (!path) return undefined;
  let template: any = object;
  for (const key of path) template = template?.[key];
  if (typeof template?.spec !== 'object' || template.spec === null) return undefined;
  const base = path.join('.');
  return {
    spec: template.spec,
    specPath: base ? `${base}.spec` : 'spec',
    metadata: template.metadata ?? {},
    metadataPath: base ? `${base}.metadata` : 'metadata',
  };
}

/** Every container (regular, init, ephemeral) of a pod, with its path. */
export function containersOf(pod: PodTemplate): ContainerAt[] {
  return (['initContainers', 'containers', 'ephemeralContainers'] as const).flatMap((field) =>
    (Array.isArray(pod.spec[field]) ? pod.spec[field] : []).map((container: any, i: number) => ({
      container: container ?? {}, path: `${pod.specPath}.${field}[${i}]`,
    })));
}
