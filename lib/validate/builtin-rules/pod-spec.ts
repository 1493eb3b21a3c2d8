/**
 * PodSpec and PodTemplateSpec as pkg/apis/core/validation ValidatePodSpec / ValidatePodTemplateSpec check them:
 * volumes, the three container lists (unique names across them), init containers' restartPolicy (sidecars),
 * probes and hooks, the pod's restartPolicy. Values are checked as the API server sees them after defaulting
 * (an absent restartPolicy is `Always`, an absent port protocol `TCP`).
 */
import { Finding } from '../../report/finding';
import { isDns1123Label } from '../../apimachinery/name-formats';
import { duplicate, forbidden, invalid, notSupported, required } from '../../apimachinery/field-errors';
import { validateAnnotations, validateLabels } from '../metadata';
import { validateContainerCommon, validateLifecycle, validateProbe } from './containers';
import { asList, asMap, atLeast, isSet, RuleContext } from './types';

const RULE = 'kube.pod.spec';
const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'];
const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;

export interface PodSpecOptions {
  /** Names a volumeMount may refer to besides the pod's volumes (a StatefulSet's volumeClaimTemplates). */
  readonly claimTemplates?: ReadonlySet<string>;
}

/** The pod's restartPolicy after defaulting. */
export const restartPolicyOf = (spec: unknown): string => {
  const p = asMap(spec)?.restartPolicy;
  return typeof p === 'string' && p !== '' ? p : 'Always';
};

/** ValidateVolumes: names DNS-1123 labels, unique. Returns the names a volumeMount may use. */
function validateVolumes(volumes: unknown, path: string, out: Finding[]): Set<string> {
  const names = new Set<string>();
  asList(volumes).forEach((raw, i) => {
    const v = asMap(raw) ?? {};
    const at = `${path}[${i}].name`;
    if (typeof v.name !== 'string' || v.name === '') out.push(required(RULE, at));
    else {
      for (const m of isDns1123Label(v.name)) out.push(invalid(RULE, at, v.name, m));
      if (names.has(v.name)) out.push(duplicate(RULE, at, v.name));
      names.add(v.name);
    }
  });
  return names;
}

export function validatePodSpec(spec: unknown, path: string, ctx: RuleContext, opts: PodSpecOptions = {}): Finding[] {
  const s = asMap(spec);
  if (!s) return [];
  const out: Finding[] = [];
  const volumes = validateVolumes(s.volumes, `${path}.volumes`, out);
  for (const c of opts.claimTemplates ?? []) volumes.add(c);

  // validateContainers: required, names unique among the regular containers
  const containers = asList(s.containers);
  const names = new Set<string>();
  if (containers.length === 0) out.push(required(RULE, `${path}.containers`));
  containers.forEach((raw, i) => {
    const c = asMap(raw) ?? {};
    const at = `${path}.containers[${i}]`;
    out.push(...validateContainerCommon(c, at, volumes, ctx));
    for (const probe of PROBES) out.push(...validateProbe(c[probe], `${at}.${probe}`, probe));
    out.push(...validateLifecycle(c.lifecycle, `${at}.lifecycle`));
    if (isSet(c.restartPolicy)) out.push(forbidden(RULE, `${at}.restartPolicy`, 'may not be set for non-init containers'));
    if (typeof c.name === 'string' && c.name !== '') {
      if (names.has(c.name)) out.push(duplicate(RULE, `${at}.name`, c.name));
      names.add(c.name);
    }
  });

  // validateInitContainers: names unique across regular and init containers; probes and hooks only for sidecars
  asList(s.initContainers).forEach((raw, i) => {
    const c = asMap(raw) ?? {};
    const at = `${path}.initContainers[${i}]`;
    out.push(...validateContainerCommon(c, at, volumes, ctx));
    if (typeof c.name === 'string' && c.name !== '') {
      if (names.has(c.name)) out.push(duplicate(RULE, `${at}.name`, c.name));
      names.add(c.name);
    }
    let sidecar = false;
    if (isSet(c.restartPolicy)) {
      if (!atLeast(ctx, '1.29')) {
        out.push({ severity: 'warning', rule: RULE, field: `${at}.restartPolicy`,
          message: `ignored: restartPolicy on an init container (a sidecar) needs the SidecarContainers feature gate, off by default before Kubernetes 1.29; the API server drops the field` });
      } else if (c.restartPolicy !== 'Always') {
        out.push(notSupported(RULE, `${at}.restartPolicy`, c.restartPolicy, ['Always']));
      } else {
        sidecar = true;
      }
    }
    if (sidecar) {
      for (const probe of PROBES) out.push(...validateProbe(c[probe], `${at}.${probe}`, probe));
      out.push(...validateLifecycle(c.lifecycle, `${at}.lifecycle`));
    } else {
      for (const f of ['lifecycle', ...PROBES]) {
        if (isSet(c[f])) out.push(forbidden(RULE, `${at}.${f}`, 'may not be set for init containers without restartPolicy=Always'));
      }
    }
  });

  // validateEphemeralContainers: names unique across all containers
  asList(s.ephemeralContainers).forEach((raw, i) => {
    const c = asMap(raw) ?? {};
    const at = `${path}.ephemeralContainers[${i}]`;
    if (typeof c.name !== 'string' || c.name === '') out.push(required(RULE, `${at}.name`));
    else if (names.has(c.name)) out.push(duplicate(RULE, `${at}.name`, c.name));
    else names.add(c.name);
    if (typeof c.image !== 'string' || c.image === '') out.push(required(RULE, `${at}.image`));
  });

  const policy = restartPolicyOf(s);
  if (!RESTART_POLICIES.includes(policy)) out.push(notSupported(RULE, `${path}.restartPolicy`, policy, RESTART_POLICIES));
  return out;
}

/** ValidatePodTemplateSpec: the template's labels and annotations (at `<path>.labels`, as upstream), no ephemeral containers, the spec. */
export function validatePodTemplate(template: unknown, path: string, ctx: RuleContext, opts: PodSpecOptions = {}): Finding[] {
  const t = asMap(template);
  if (!t) return [required(RULE, path)];
  const out: Finding[] = [];
  const meta = asMap(t.metadata) ?? {};
  validateLabels(meta.labels, `${path}.labels`, out);
  validateAnnotations(meta.annotations, `${path}.annotations`, out);
  if (asList(asMap(t.spec)?.ephemeralContainers).length > 0) {
    out.push(forbidden(RULE, `${path}.spec.ephemeralContainers`, 'ephemeral containers not allowed in pod template'));
  }
  out.push(...validatePodSpec(t.spec, `${path}.spec`, ctx, opts));
  return out;
}

/** Workload controllers (ReplicaSet, Deployment, StatefulSet, DaemonSet) run pods that always restart. */
export function requireRestartAlways(template: unknown, path: string, kind: string): Finding[] {
  const spec = asMap(asMap(template)?.spec);
  const out: Finding[] = [];
  const policy = restartPolicyOf(spec);
  if (policy !== 'Always') out.push(notSupported(RULE, `${path}.spec.restartPolicy`, policy, ['Always']));
  if (isSet(spec?.activeDeadlineSeconds)) out.push(forbidden(RULE, `${path}.spec.activeDeadlineSeconds`, `activeDeadlineSeconds in ${kind} is not Supported`));
  return out;
}
