import { checkPolicy, Manifest } from '../lib';

/** A Deployment that passes every policy rule; tests break one field at a time. */
export function compliantDeployment(): Record<string, any> {
  return {
    apiVersion: 'apps/v1', kind: 'Deployment',
    metadata: { name: 'web', namespace: 'apps' },
    spec: {
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: {
          serviceAccountName: 'web',
          securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
          containers: [{
            name: 'web',
            image: 'example/web:1.0.0',
            ports: [{ name: 'http', containerPort: 8080 }],
            livenessProbe: { httpGet: { path: '/healthz', port: 'http' } },
            readinessProbe: { tcpSocket: { port: 8080 } },
            resources: { requests: { cpu: '10m', memory: '32Mi' }, limits: { memory: '64Mi' } },
            securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
          }],
          volumes: [{ name: 'tmp', emptyDir: {} }],
        },
      },
    },
  };
}

export const SERVICE_ACCOUNT = { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'web', namespace: 'apps' } };

/** Runs the policy over the objects (plus the `web` ServiceAccount) and returns `rule field: message` lines. */
export function policyLines(...objects: Record<string, any>[]): string[] {
  const manifests: Manifest[] = [...objects, SERVICE_ACCOUNT].map((object, i) => ({ object, origin: { file: 'in.yaml', documentIndex: i } }));
  return checkPolicy(manifests).map((f) => `${f.rule} ${f.field}: ${f.message}`);
}

/** The compliant Deployment with `edit` applied to its pod spec. */
export function withPod(edit: (pod: any, deployment: any) => void): Record<string, any> {
  const d = compliantDeployment();
  edit(d.spec.template.spec, d);
  return d;
}
