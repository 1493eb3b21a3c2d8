/**
 * The controls the restricted Pod Security Standard adds to baseline, as pod-security-admission evaluates them
 * at version `latest`. Written by hand: there is no JavaScript port of that library.
 */
import { containerContexts, volumes } from './pod-security-baseline';
import { PodTemplate } from './pod-templates';
import { Violation } from './violation';

const PSS = 'restricted Pod Security Standard';

const ALLOWED_VOLUME_TYPES = ['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'persistentVolumeClaim', 'projected', 'secret'];

/** Only the volume types that cannot reach the node. */
export function volumeTypes(pod: PodTemplate): Violation[] {
  return volumes(pod).flatMap(({ volume, path }) => Object.keys(volume)
    // hostPath has its own (baseline) rule.
    .filter((k) => k !== 'name' && k !== 'hostPath' && !ALLOWED_VOLUME_TYPES.includes(k))
    .map((k) => ({
      rule: 'pss.volume-types',
      field: `${path}.${k}`,
      message: `Unsupported value: "${k}": the ${PSS} allows only ${ALLOWED_VOLUME_TYPES.join(', ')} volumes`,
    })));
}

/** allowPrivilegeEscalation must be false on every container. */
export function privilegeEscalation(pod: PodTemplate): Violation[] {
  return containerContexts(pod).filter((x) => x.sc?.allowPrivilegeEscalation !== false).map((x) => ({
    rule: 'pss.privilege-escalation',
    field: `${x.path}.allowPrivilegeEscalation`,
    message: x.sc?.allowPrivilegeEscalation === undefined
      ? `Required value: must be false (${PSS})`
      : `Invalid value: ${JSON.stringify(x.sc.allowPrivilegeEscalation)}: must be false (${PSS})`,
  }));
}

/** runAsNonRoot: true at pod level or on every container, and false nowhere. */
export function runAsNonRoot(pod: PodTemplate): Violation[] {
  const podLevel = pod.spec.securityContext?.runAsNonRoot;
  const out: Violation[] = [];
  if (podLevel === false) {
    out.push({ rule: 'pss.run-as-non-root', field: `${pod.specPath}.securityContext.runAsNonRoot`, message: `Invalid value: false: must be true (${PSS})` });
  }
  for (const x of containerContexts(pod)) {
    const value = x.sc?.runAsNonRoot;
    if (value === false) {
      out.push({ rule: 'pss.run-as-non-root', field: `${x.path}.runAsNonRoot`, message: `Invalid value: false: must be true (${PSS})` });
    } else if (value === undefined && podLevel !== true) {
      out.push({
        rule: 'pss.run-as-non-root', field: `${x.path}.runAsNonRoot`,
        message: `Required value: must be true, here or in ${pod.specPath}.securityContext.runAsNonRoot (${PSS})`,
      });
    }
  }
  return out;
}

/** runAsUser must not be 0. */
export function runAsUser(pod: PodTemplate): Violation[] {
  return [{ sc: pod.spec.securityContext, path: `${pod.specPath}.securityContext` }, ...containerContexts(pod)]
    .filter((x) => x.sc?.runAsUser === 0).map((x) => ({
      rule: 'pss.run-as-user',
      field: `${x.path}.runAsUser`,
      message: `Invalid value: 0: must not be 0 (root) (${PSS})`,
    }));
}

const SECCOMP_OK = ['RuntimeDefault', 'Localhost'];

/** seccompProfile.type RuntimeDefault or Localhost, at pod level or on every container; never Unconfined. */
export function seccomp(pod: PodTemplate): Violation[] {
  const podType = pod.spec.securityContext?.seccompProfile?.type;
  const out: Violation[] = [];
  const bad = (t: string) => `Unsupported value: "${t}": must be "RuntimeDefault" or "Localhost" (${PSS})`;
  if (podType !== undefined && !SECCOMP_OK.includes(podType)) {
    out.push({ rule: 'pss.seccomp', field: `${pod.specPath}.securityContext.seccompProfile.type`, message: bad(podType) });
  }
  for (const x of containerContexts(pod)) {
    const type = x.sc?.seccompProfile?.type;
    if (type !== undefined && !SECCOMP_OK.includes(type)) {
      out.push({ rule: 'pss.seccomp', field: `${x.path}.seccompProfile.type`, message: bad(type) });
    } else if (type === undefined && !SECCOMP_OK.includes(podType)) {
      out.push({
        rule: 'pss.seccomp', field: `${x.path}.seccompProfile.type`,
        message: `Required value: must be "RuntimeDefault" or "Localhost", here or in ${pod.specPath}.securityContext.seccompProfile (${PSS})`,
      });
    }
  }
  return out;
}

/** Capabilities: drop ALL, add nothing but NET_BIND_SERVICE. */
export function capabilities(pod: PodTemplate): Violation[] {
  const out: Violation[] = [];
  for (const x of containerContexts(pod)) {
    const caps = x.sc?.capabilities ?? {};
    if (!(Array.isArray(caps.drop) && caps.drop.includes('ALL'))) {
      out.push({ rule: 'pss.capabilities', field: `${x.path}.capabilities.drop`, message: `Required value: must include "ALL" (${PSS})` });
    }
    (Array.isArray(caps.add) ? caps.add : []).forEach((cap: string, i: number) => {
      if (cap !== 'NET_BIND_SERVICE') {
        out.push({
          rule: 'pss.capabilities', field: `${x.path}.capabilities.add[${i}]`,
          message: `Unsupported value: "${cap}": only "NET_BIND_SERVICE" may be added (${PSS})`,
        });
      }
    });
  }
  return out;
}
