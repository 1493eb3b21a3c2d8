import { isDeepStrictEqual } from 'node:util';

/** One field that differs between two versions of an object; `old`/`new` absent where the field is missing. */
export interface FieldChange {
  /** kubectl-style path: `spec.template.spec.containers[name="manager"].image`, `metadata.labels["app"]`. */
  readonly path: string;
  readonly old?: unknown;
  readonly new?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A map key as a path segment: `.name` for identifiers, `["app.kubernetes.io/name"]` for the rest. */
function keyPath(path: string, key: string): string {
  if (/^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

/**
 * The key lists are merged by when every item of both sides is an object with a unique string `name` (containers,
 * ports, volumes, env, rules...): items are then matched by name, so an insertion or a reordering shows as what
 * it is, not as a change of every later index.
 */
function namedItems(list: unknown[]): Map<string, unknown> | undefined {
  const byName = new Map<string, unknown>();
  for (const item of list) {
    if (!isObject(item) || typeof item.name !== 'string' || byName.has(item.name)) return undefined;
    byName.set(item.name, item);
  }
  return byName;
}

/**
 * Every field that differs between `old` and `next`, leaves first-class: objects are compared key by key (order
 * ignored), named lists item by name, other lists index by index; a value whose type changed is one change.
 */
export function diffValues(old: unknown, next: unknown, path = ''): FieldChange[] {
  if (isDeepStrictEqual(old, next)) return [];
  if (old === undefined) return [{ path, new: next }];
  if (next === undefined) return [{ path, old }];
  if (isObject(old) && isObject(next)) {
    const keys = [...new Set([...Object.keys(old), ...Object.keys(next)])].sort();
    return keys.flatMap((k) => diffValues(old[k], next[k], keyPath(path, k)));
  }
  if (Array.isArray(old) && Array.isArray(next)) {
    const a = namedItems(old);
    const b = namedItems(next);
    if (a && b && old.length > 0 && next.length > 0) {
      const names = [...a.keys(), ...[...b.keys()].filter((n) => !a.has(n))];
      return names.flatMap((n) => diffValues(a.get(n), b.get(n), `${path}[name=${JSON.stringify(n)}]`));
    }
    const out: FieldChange[] = [];
    for (let i = 0; i < Math.max(old.length, next.length); i++) out.push(...diffValues(old[i], next[i], `${path}[${i}]`));
    return out;
  }
  return [{ path, old, new: next }];
}
