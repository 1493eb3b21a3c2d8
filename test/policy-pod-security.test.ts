import { describe, expect, test } from 'vitest';
import { checkPolicy } from '../lib';
import { compliantDeployment, policyLines, SERVICE_ACCOUNT, withPod } from './policy-fixtures';

const P = 'spec.template.spec';
const C = `${P}.containers[0]`;
const PSS = '(restricted Pod Security Standard)';

describe('restricted Pod Security Standard', () => {
  test('the compliant Deployment has no findings', () => {
    expect(policyLines(compliantDeployment())).toEqual([]);
  });

  test('a finding names the object, its origin, the field and is an error', () => {
    const d = withPod((pod) => { pod.hostPID = true; });
    const [finding] = checkPolicy([{ object: d, origin: { file: 'app.yaml', documentIndex: 3 } }, { object: SERVICE_ACCOUNT, origin: {} }]);
    expect(finding).toEqual({
      severity: 'error', rule: 'pss.host-namespaces', field: `${P}.hostPID`,
      message: 'Forbidden: sharing the host\'s namespaces is not allowed by the restricted Pod Security Standard: remove it or set it to false',
      object: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'apps', name: 'web' },
      origin: { file: 'app.yaml', documentIndex: 3 },
    });
  });

  const cases: Array<[string, (pod: any, d: any) => void, string[]]> = [
    ['hostProcess', (pod) => { pod.securityContext.windowsOptions = { hostProcess: true }; },
      [`pss.host-process ${P}.securityContext.windowsOptions.hostProcess: Forbidden: host process containers are not allowed by the restricted Pod Security Standard: remove it or set it to false`]],
    ['host namespaces', (pod) => { pod.hostNetwork = true; pod.hostIPC = true; }, [
      `pss.host-namespaces ${P}.hostNetwork: Forbidden: sharing the host's namespaces is not allowed by the restricted Pod Security Standard: remove it or set it to false`,
      `pss.host-namespaces ${P}.hostIPC: Forbidden: sharing the host's namespaces is not allowed by the restricted Pod Security Standard: remove it or set it to false`,
    ]],
    ['privileged', (pod) => { pod.containers[0].securityContext.privileged = true; },
      [`pss.privileged ${C}.securityContext.privileged: Forbidden: privileged containers are not allowed by the restricted Pod Security Standard: remove it or set it to false`]],
    ['capabilities: drop ALL missing', (pod) => { pod.containers[0].securityContext.capabilities = { drop: ['NET_RAW'] }; },
      [`pss.capabilities ${C}.securityContext.capabilities.drop: Required value: must include "ALL" ${PSS}`]],
    ['capabilities: only NET_BIND_SERVICE may be added', (pod) => { pod.containers[0].securityContext.capabilities.add = ['NET_BIND_SERVICE', 'SYS_ADMIN']; },
      [`pss.capabilities ${C}.securityContext.capabilities.add[1]: Unsupported value: "SYS_ADMIN": only "NET_BIND_SERVICE" may be added ${PSS}`]],
    ['hostPath volumes', (pod) => { pod.volumes.push({ name: 'host', hostPath: { path: '/var/run' } }); },
      [`pss.host-path-volumes ${P}.volumes[1].hostPath: Forbidden: hostPath volumes are not allowed by the restricted Pod Security Standard: use an emptyDir, configMap, secret or persistentVolumeClaim volume`]],
    ['host ports', (pod) => { pod.containers[0].ports[0].hostPort = 80; },
      [`pss.host-ports ${C}.ports[0].hostPort: Forbidden: host ports are not allowed by the restricted Pod Security Standard: remove hostPort (80) and expose the port with a Service`]],
    ['AppArmor field', (pod) => { pod.securityContext.appArmorProfile = { type: 'Unconfined' }; },
      [`pss.app-armor ${P}.securityContext.appArmorProfile.type: Unsupported value: "Unconfined": the restricted Pod Security Standard allows only the runtime default or a localhost AppArmor profile`]],
    ['AppArmor annotation', (_pod, d) => { d.spec.template.metadata.annotations = { 'container.apparmor.security.beta.kubernetes.io/web': 'unconfined' }; },
      ['pss.app-armor spec.template.metadata.annotations["container.apparmor.security.beta.kubernetes.io/web"]: Unsupported value: "unconfined": the restricted Pod Security Standard allows only the runtime default or a localhost AppArmor profile']],
    ['SELinux type', (pod) => { pod.securityContext.seLinuxOptions = { type: 'spc_t' }; },
      [`pss.selinux ${P}.securityContext.seLinuxOptions.type: Unsupported value: "spc_t": the restricted Pod Security Standard allows only "container_t", "container_init_t", "container_kvm_t", "container_engine_t"`]],
    ['SELinux user', (pod) => { pod.containers[0].securityContext.seLinuxOptions = { user: 'system_u' }; },
      [`pss.selinux ${C}.securityContext.seLinuxOptions.user: Forbidden: setting the SELinux user is not allowed by the restricted Pod Security Standard`]],
    ['SELinux role', (pod) => { pod.securityContext.seLinuxOptions = { role: 'sysadm_r' }; },
      [`pss.selinux ${P}.securityContext.seLinuxOptions.role: Forbidden: setting the SELinux role is not allowed by the restricted Pod Security Standard`]],
    ['/proc mount', (pod) => { pod.containers[0].securityContext.procMount = 'Unmasked'; },
      [`pss.proc-mount ${C}.securityContext.procMount: Unsupported value: "Unmasked": the restricted Pod Security Standard allows only the Default /proc mount`]],
    ['seccomp unset', (pod) => { delete pod.securityContext.seccompProfile; },
      [`pss.seccomp ${C}.securityContext.seccompProfile.type: Required value: must be "RuntimeDefault" or "Localhost", here or in ${P}.securityContext.seccompProfile ${PSS}`]],
    ['seccomp Unconfined on a container', (pod) => { pod.containers[0].securityContext.seccompProfile = { type: 'Unconfined' }; },
      [`pss.seccomp ${C}.securityContext.seccompProfile.type: Unsupported value: "Unconfined": must be "RuntimeDefault" or "Localhost" ${PSS}`]],
    ['sysctls', (pod) => { pod.securityContext.sysctls = [{ name: 'net.ipv4.tcp_syncookies', value: '1' }, { name: 'kernel.msgmax', value: '1' }]; },
      [`pss.sysctls ${P}.securityContext.sysctls[1].name: Unsupported value: "kernel.msgmax": the restricted Pod Security Standard allows only the safe sysctls (kernel.shm_rmid_forced, net.ipv4.ip_local_port_range, net.ipv4.ip_unprivileged_port_start, net.ipv4.tcp_syncookies, net.ipv4.ping_group_range, net.ipv4.ip_local_reserved_ports, net.ipv4.tcp_keepalive_time, net.ipv4.tcp_fin_timeout, net.ipv4.tcp_keepalive_intvl, net.ipv4.tcp_keepalive_probes)`]],
    ['volume types', (pod) => { pod.volumes.push({ name: 'data', nfs: { server: 'nfs', path: '/' } }); },
      [`pss.volume-types ${P}.volumes[1].nfs: Unsupported value: "nfs": the restricted Pod Security Standard allows only configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected, secret volumes`]],
    ['privilege escalation unset', (pod) => { delete pod.containers[0].securityContext.allowPrivilegeEscalation; },
      [`pss.privilege-escalation ${C}.securityContext.allowPrivilegeEscalation: Required value: must be false ${PSS}`]],
    ['privilege escalation true on an init container', (pod) => {
      pod.initContainers = [{ ...structuredClone(pod.containers[0]), name: 'init', ports: undefined, livenessProbe: undefined, readinessProbe: undefined }];
      pod.initContainers[0].securityContext.allowPrivilegeEscalation = true;
    }, [`pss.privilege-escalation ${P}.initContainers[0].securityContext.allowPrivilegeEscalation: Invalid value: true: must be false ${PSS}`]],
    ['running as non-root: unset everywhere', (pod) => { delete pod.securityContext.runAsNonRoot; },
      [`pss.run-as-non-root ${C}.securityContext.runAsNonRoot: Required value: must be true, here or in ${P}.securityContext.runAsNonRoot ${PSS}`]],
    ['running as non-root: false on a container overrides the pod', (pod) => { pod.containers[0].securityContext.runAsNonRoot = false; },
      [`pss.run-as-non-root ${C}.securityContext.runAsNonRoot: Invalid value: false: must be true ${PSS}`]],
    ['running as a non-root user id', (pod) => { pod.securityContext.runAsUser = 0; },
      [`pss.run-as-user ${P}.securityContext.runAsUser: Invalid value: 0: must not be 0 (root) ${PSS}`]],
    ['running as root on one container', (pod) => { pod.containers[0].securityContext.runAsUser = 0; },
      [`pss.run-as-user ${C}.securityContext.runAsUser: Invalid value: 0: must not be 0 (root) ${PSS}`]],
  ];
  test.each(cases)('%s', (_name, edit, expected) => {
    expect(policyLines(withPod(edit))).toEqual(expected);
  });

  test('every workload kind is checked at its pod template path', () => {
    const pod = compliantDeployment().spec.template;
    pod.spec.hostPID = true;
    const kinds: Array<[Record<string, any>, string]> = [
      [{ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'apps' }, spec: pod.spec }, 'spec.hostPID'],
      [{ apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 's', namespace: 'apps' }, spec: { selector: { matchLabels: { app: 'web' } }, template: pod } }, 'spec.template.spec.hostPID'],
      [{ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'd', namespace: 'apps' }, spec: { selector: { matchLabels: { app: 'web' } }, template: pod } }, 'spec.template.spec.hostPID'],
      [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'r', namespace: 'apps' }, spec: { selector: { matchLabels: { app: 'web' } }, template: pod } }, 'spec.template.spec.hostPID'],
      [{ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'j', namespace: 'apps' }, spec: { template: pod } }, 'spec.template.spec.hostPID'],
      [{ apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'c', namespace: 'apps' }, spec: { schedule: '@daily', jobTemplate: { spec: { template: pod } } } }, 'spec.jobTemplate.spec.template.spec.hostPID'],
    ];
    for (const [object, field] of kinds) {
      expect(policyLines(object), object.kind).toEqual([
        `pss.host-namespaces ${field}: Forbidden: sharing the host's namespaces is not allowed by the restricted Pod Security Standard: remove it or set it to false`,
      ]);
    }
  });
});
