/**
 * The baseline controls of the Pod Security Standards (the restricted profile includes them), as the
 * pod-security-admission library (k8s.io/pod-security-admission/policy) evaluates them at version `latest`.
 * Written by hand: there is no JavaScript port of that library.
 */
import { ContainerAt, containersOf, PodTemplate } from './pod-templates';
import { keyPath, Violation } from './violation';

const PSS = 'restricted Pod Security Standard';

/** windowsOptions.hostProcess must not be true. */
export function hostProcess(pod: PodTemplate): Violation[] {
  const at = [{ sc: pod.spec.securityContext, path: `${pod.specPath}.securityContext` }, ...containerContexts(pod)];
  return at.filter((x) => x.sc?.windowsOptions?.hostProcess === true).map((x) => ({
    rule: 'pss.host-process',
    field: `${x.path}.windowsOptions.hostProcess`,
    message: `Forbidden: host process containers are not allowed by the ${PSS}: remove it or set it to false`,
  }));
}

/** hostNetwork, hostPID, hostIPC must not be true. */
export function hostNamespaces(pod: PodTemplate): Violation[] {
  return (['hostNetwork', 'hostPID', 'hostIPC'] as const).filter((f) => pod.spec[f] === true).map((f) => ({
    rule: 'pss.host-namespaces',
    field: `${pod.specPath}.${f}`,
    message: `Forbidden: sharing the host's namespaces is not allowed by the ${PSS}: remove it or set it to false`,
  }));
}

/** securityContext.privileged must not be true. */
export function privileged(pod: PodTemplate): Violation[] {
  return containerContexts(pod).filter((x) => x.sc?.privileged === true).map((x) => ({
    rule: 'pss.privileged',
    field: `${x.path}.privileged`,
    message: `Forbidden: privileged containers are not allowed by the ${PSS}: remove it or set it to false`,
  }));
}

/** No hostPath volumes. */
export function hostPathVolumes(pod: PodTemplate): Violation[] {
  return volumes(pod).filter((v) => v.volume.hostPath !== undefined).map((v) => ({
    rule: 'pss.host-path-volumes',
    field: `${v.path}.hostPath`,
    message: `Forbidden: hostPath volumes are not allowed by the ${PSS}: use an emptyDir, configMap, secret or persistentVolumeClaim volume`,
  }));
}

/** ports[*].hostPort must be unset or 0. */
export function hostPorts(pod: PodTemplate): Violation[] {
  return containersOf(pod).flatMap(({ container, path }) =>
    (Array.isArray(container.ports) ? container.ports : []).flatMap((port: any, i: number) =>
      port?.hostPort ? [{
        rule: 'pss.host-ports',
        field: `${path}.ports[${i}].hostPort`,
        message: `Forbidden: host ports are not allowed by the ${PSS}: remove hostPort (${port.hostPort}) and expose the port with a Service`,
      }] : []));
}

const APPARMOR_ANNOTATION = 'container.apparmor.security.beta.kubernetes.io/';

/** AppArmor profiles (field or legacy annotation) must be RuntimeDefault or Localhost. */
export function appArmor(pod: PodTemplate): Violation[] {
  const out: Violation[] = [];
  const message = (value: string) =>
    `Unsupported value: "${value}": the ${PSS} allows only the runtime default or a localhost AppArmor profile`;
  for (const x of [{ sc: pod.spec.securityContext, path: `${pod.specPath}.securityContext` }, ...containerContexts(pod)]) {
    const type = x.sc?.appArmorProfile?.type;
    if (type !== undefined && type !== 'RuntimeDefault' && type !== 'Localhost') {
      out.push({ rule: 'pss.app-armor', field: `${x.path}.appArmorProfile.type`, message: message(type) });
    }
  }
  for (const [key, value] of Object.entries(pod.metadata.annotations ?? {})) {
    if (!key.startsWith(APPARMOR_ANNOTATION)) continue;
    if (value === 'runtime/default' || (typeof value === 'string' && value.startsWith('localhost/'))) continue;
    out.push({ rule: 'pss.app-armor', field: keyPath(`${pod.metadataPath}.annotations`, key), message: message(String(value)) });
  }
  return out;
}

const SELINUX_TYPES = ['', 'container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t'];

/** seLinuxOptions: type from the allowed list, no user or role. */
export function seLinux(pod: PodTemplate): Violation[] {
  const out: Violation[] = [];
  for (const x of [{ sc: pod.spec.securityContext, path: `${pod.specPath}.securityContext` }, ...containerContexts(pod)]) {
    const opts = x.sc?.seLinuxOptions;
    if (!opts) continue;
    if (opts.type !== undefined && !SELINUX_TYPES.includes(opts.type)) {
      out.push({
        rule: 'pss.selinux', field: `${x.path}.seLinuxOptions.type`,
        message: `Unsupported value: "${opts.type}": the ${PSS} allows only ${SELINUX_TYPES.filter(Boolean).map((t) => `"${t}"`).join(', ')}`,
      });
    }
    for (const f of ['user', 'role'] as const) {
      if (opts[f] !== undefined && opts[f] !== '') {
        out.push({ rule: 'pss.selinux', field: `${x.path}.seLinuxOptions.${f}`, message: `Forbidden: setting the SELinux ${f} is not allowed by the ${PSS}` });
      }
    }
  }
  return out;
}

/** securityContext.procMount must be unset or Default. */
export function procMount(pod: PodTemplate): Violation[] {
  return containerContexts(pod).filter((x) => x.sc?.procMount !== undefined && x.sc.procMount !== 'Default').map((x) => ({
    rule: 'pss.proc-mount',
    field: `${x.path}.procMount`,
    message: `Unsupported value: "${x.sc.procMount}": the ${PSS} allows only the Default /proc mount`,
  }));
}

// The sysctls the Kubernetes "safe set" namespaces per pod (pod-security-admission, latest).
const SAFE_SYSCTLS = [
  'kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.tcp_syncookies', 'net.ipv4.ping_group_range', 'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes',
];

/** Only the safe sysctls. */
export function sysctls(pod: PodTemplate): Violation[] {
  const list = pod.spec.securityContext?.sysctls;
  return (Array.isArray(list) ? list : []).flatMap((s: any, i: number) => SAFE_SYSCTLS.includes(s?.name) ? [] : [{
    rule: 'pss.sysctls',
    field: `${pod.specPath}.securityContext.sysctls[${i}].name`,
    message: `Unsupported value: "${s?.name}": the ${PSS} allows only the safe sysctls (${SAFE_SYSCTLS.join(', ')})`,
  }]);
}

/** Each container's securityContext with its path. */
export function containerContexts(pod: PodTemplate): Array<{ sc: any; path: string; c: ContainerAt }> {
  return containersOf(pod).map((c) => ({ sc: c.container.securityContext, path: `${c.path}.securityContext`, c }));
}

/** Each volume with its path. */
export function volumes(pod: PodTemplate): Array<{ volume: any; path: string }> {
  return (Array.isArray(pod.spec.volumes) ? pod.spec.volumes : []).map((volume: any, i: number) => ({
    volume: volume ?? {}, path: `${pod.specPath}.volumes[${i}]`,
  }));
}
