import { Finding } from '../report/finding';
import { Manifest } from '../report/manifest';

/** What a policy rule reports before it is tied to its object: the rule, the field and the message. */
export interface Violation {
  /** Stable rule id, e.g. `pss.run-as-non-root`. */
  readonly rule: string;
  /** Field path inside the object, e.g. `spec.template.spec.containers[0].securityContext.runAsNonRoot`. */
  readonly field: string;
  /** What is wrong and how to fix it, in the API server's style. */
  readonly message: string;
}

/** A policy rule over the whole set of manifests (some rules, like "service account exists", need them all). */
export type ManifestRule = (manifest: Manifest, all: readonly Manifest[]) => Violation[];

/** Ties a violation to its object: every policy finding is an error naming object and field. */
export function toFinding(manifest: Manifest, v: Violation): Finding {
  const o = manifest.object;
  return {
    severity: 'error',
    rule: v.rule,
    field: v.field,
    message: v.message,
    object: { apiVersion: o.apiVersion, kind: o.kind, namespace: o.metadata?.namespace, name: o.metadata?.name },
    origin: manifest.origin,
  };
}

/** `a.b["key.with.dots"]`, the path form kubectl uses for map keys that are not identifiers. */
export function keyPath(base: string, key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `${base}.${key}` : `${base}["${key}"]`;
}
