import { Finding } from '../lib/report/finding';
import { RuleContext } from '../lib/validate/builtin-rules';

export const CTX: RuleContext = { kubeVersion: '1.32' };
export const at = (kubeVersion: string): RuleContext => ({ kubeVersion });

/** Findings as kubectl prints a cause: `field: message`. */
export const lines = (findings: readonly Finding[]) => findings.map((f) => `${f.field}: ${f.message}`);

export const container = (extra: Record<string, unknown> = {}) => ({ name: 'app', image: 'nginx', ...extra });
export const podSpec = (extra: Record<string, unknown> = {}) => ({ containers: [container()], ...extra });

/** A workload of `kind` whose selector matches its template. */
export function workload(kind: string, spec: Record<string, unknown> = {}, template: Record<string, unknown> = {}) {
  return {
    apiVersion: 'apps/v1', kind, metadata: { name: 'web' },
    spec: { selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: podSpec(), ...template }, ...spec },
  };
}
