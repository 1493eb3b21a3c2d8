import { documentLabel, Origin } from './finding';

/** apiVersion's group, as schema.ParseGroupVersion reads it: `apps/v1` → `apps`, `v1` → `` (the core group). */
export function apiGroupOf(apiVersion: string): string {
  const i = apiVersion.indexOf('/');
  return i < 0 ? '' : apiVersion.slice(0, i);
}

/**
 * The identity the API server keys objects by: group (not version: apps/v1 and apps/v1beta1 are the same
 * object), kind, namespace and name.
 */
export function identityKey(obj: Record<string, any>): string | undefined {
  const name = obj?.metadata?.name;
  if (typeof obj?.apiVersion !== 'string' || typeof obj?.kind !== 'string' || typeof name !== 'string' || !name) return undefined;
  const ns = typeof obj.metadata.namespace === 'string' ? obj.metadata.namespace : '';
  return JSON.stringify([apiGroupOf(obj.apiVersion), obj.kind, ns, name]);
}

/** `dist/app.yaml:12 (document 3)` or the construct path: where an object came from, for messages. */
export function describeOrigin(o: Origin | undefined): string {
  if (!o) return 'an unknown place';
  const parts: string[] = [];
  if (o.file) parts.push(`${o.file}${o.line ? `:${o.line}` : ''}${o.documentIndex !== undefined ? ` (${documentLabel(o.documentIndex)})` : ''}`);
  if (o.constructPath) parts.push(o.constructPath);
  return parts.join(' ') || 'an unknown place';
}
