/**
 * kube-linter's default checks that apply to opkit's output and are not already a Pod Security control
 * (run-as-non-root and privilege-escalation-container are pss.run-as-non-root and pss.privilege-escalation).
 * Re-implemented here: kube-linter is a Go binary, and these checks must run inside the synth.
 */
import { imagePinningProblem } from './image-reference';
import { Manifest } from '../report/manifest';
import { expressionMatches } from './label-selector';
import { containersOf, podTemplateOf } from './pod-templates';
import { Violation } from './violation';

/** no-read-only-root-fs */
export function readOnlyRootFilesystem(manifest: Manifest): Violation[] {
  const pod = podTemplateOf(manifest);
  if (!pod) return [];
  return containersOf(pod).filter((c) => c.container.securityContext?.readOnlyRootFilesystem !== true).map((c) => ({
    rule: 'lint.read-only-root-filesystem',
    field: `${c.path}.securityContext.readOnlyRootFilesystem`,
    message: 'Required value: must be true: write to an emptyDir volume mounted where the program needs to write',
  }));
}

/** unset-cpu-requirements (requests) and unset-memory-requirements (limits). */
export function resources(manifest: Manifest): Violation[] {
  const pod = podTemplateOf(manifest);
  if (!pod) return [];
  // Ephemeral debug containers take no resources.
  return containersOf(pod).filter((c) => !c.path.includes('.ephemeralContainers[')).flatMap((c) => {
    const out: Violation[] = [];
    if (c.container.resources?.requests?.cpu === undefined) {
      out.push({ rule: 'lint.cpu-request', field: `${c.path}.resources.requests.cpu`, message: 'Required value: set a CPU request so the scheduler can place the pod' });
    }
    if (c.container.resources?.limits?.memory === undefined) {
      out.push({ rule: 'lint.memory-limit', field: `${c.path}.resources.limits.memory`, message: 'Required value: set a memory limit so a leak cannot starve the node' });
    }
    return out;
  });
}

/** latest-tag: images pinned by tag (not `latest`) or digest. */
export function pinnedImage(manifest: Manifest): Violation[] {
  const pod = podTemplateOf(manifest);
  if (!pod) return [];
  return containersOf(pod).flatMap((c) => {
    const problem = typeof c.container.image === 'string' ? imagePinningProblem(c.container.image) : 'image is not set';
    return problem ? [{ rule: 'lint.pinned-image', field: `${c.path}.image`, message: `Invalid value: ${problem}` }] : [];
  });
}

/** liveness-port, readiness-port, startup-port: a probe's port is one the container declares. */
export function probePorts(manifest: Manifest): Violation[] {
  const pod = podTemplateOf(manifest);
  if (!pod) return [];
  return containersOf(pod).flatMap((c) => {
    const ports: any[] = Array.isArray(c.container.ports) ? c.container.ports : [];
    const declared = (p: unknown) => ports.some((x) => x?.containerPort === p || (typeof p === 'string' && x?.name === p));
    return (['livenessProbe', 'readinessProbe', 'startupProbe'] as const).flatMap((probe) => {
      const spec = c.container[probe];
      for (const handler of ['httpGet', 'tcpSocket', 'grpc'] as const) {
        const port = spec?.[handler]?.port;
        if (port !== undefined && !declared(port)) {
          return [{
            rule: 'lint.probe-port',
            field: `${c.path}.${probe}.${handler}.port`,
            message: `Invalid value: ${JSON.stringify(port)}: the container declares no such port: add it to ${c.path}.ports`,
          }];
        }
      }
      return [];
    });
  });
}

/** non-existent-service-account: the pod's ServiceAccount is among the manifests (or is `default`). */
export function serviceAccountExists(manifest: Manifest, all: readonly Manifest[]): Violation[] {
  const pod = podTemplateOf(manifest);
  const name = pod?.spec.serviceAccountName ?? pod?.spec.serviceAccount;
  if (!pod || name === undefined || name === 'default') return [];
  const namespace = manifest.object.metadata?.namespace;
  const found = all.some((m) => m.object.kind === 'ServiceAccount' && m.object.metadata?.name === name
    && m.object.metadata?.namespace === namespace);
  if (found) return [];
  const field = pod.spec.serviceAccountName !== undefined ? 'serviceAccountName' : 'serviceAccount';
  return [{
    rule: 'lint.service-account',
    field: `${pod.specPath}.${field}`,
    message: `Not found: "${name}": no ServiceAccount of that name${namespace ? ` in namespace "${namespace}"` : ''} among the manifests`,
  }];
}

const SELECTING_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'];

/** mismatching-selector: the selector selects the pod template's labels. */
export function selectorMatchesTemplate(manifest: Manifest): Violation[] {
  const o = manifest.object;
  if (!SELECTING_KINDS.includes(o.kind)) return [];
  const selector = o.spec?.selector;
  const labels: Record<string, string> = o.spec?.template?.metadata?.labels ?? {};
  if (!selector || (!selector.matchLabels && !selector.matchExpressions)) {
    return [{ rule: 'lint.selector', field: 'spec.selector', message: 'Required value: select the pod template\'s labels' }];
  }
  const out: Violation[] = [];
  for (const [key, value] of Object.entries<string>(selector.matchLabels ?? {})) {
    if (labels[key] !== value) {
      out.push({
        rule: 'lint.selector',
        field: `spec.selector.matchLabels["${key}"]`,
        message: `Invalid value: "${value}": spec.template.metadata.labels has ${key in labels ? `"${labels[key]}"` : 'no such label'}`,
      });
    }
  }
  (selector.matchExpressions ?? []).forEach((e: any, i: number) => {
    if (!expressionMatches(e, labels)) {
      out.push({
        rule: 'lint.selector',
        field: `spec.selector.matchExpressions[${i}]`,
        message: `Invalid value: "${e.key} ${e.operator} ${JSON.stringify(e.values ?? [])}": does not match spec.template.metadata.labels`,
      });
    }
  });
  return out;
}
