import { describeObject, ObjectRef } from '../report/finding';
import { apiGroupOf, identityKey } from '../report/object-identity';
import { diffValues, FieldChange } from './value-diff';

/** An object read for a diff, with the folder it is in relative to the compared root ('' for a file). */
export interface DiffObject {
  readonly object: Record<string, any>;
  readonly folder: string;
  /** Where it was read, for objects without an identity. */
  readonly file?: string;
  readonly documentIndex?: number;
}

/** One object that differs. */
export interface ObjectChange {
  readonly status: 'added' | 'removed' | 'changed';
  /** The folder (one Argo CD Application each in a GitOps output), '' when files were compared. */
  readonly folder: string;
  readonly object: ObjectRef;
  /** For changed objects: every field that differs. */
  readonly fields: readonly FieldChange[];
}

export interface ObjectDiff {
  readonly changes: readonly ObjectChange[];
  /** Objects present and equal on both sides. */
  readonly unchanged: number;
}

/**
 * The object-level difference between two sets of manifests: objects are matched by folder and identity (API
 * group, kind, namespace, name; not version, so v1alpha1 → v1 is a change of `apiVersion`), then compared field by
 * field. Key order, formatting and file names do not count. Result order: by folder, then kind, namespace, name.
 */
export function diffObjects(old: readonly DiffObject[], next: readonly DiffObject[]): ObjectDiff {
  const before = index(old);
  const after = index(next);
  const changes: ObjectChange[] = [];
  let unchanged = 0;
  for (const [key, n] of after) {
    const o = before.get(key);
    const ref = refOf(n.object);
    if (!o) {
      changes.push({ status: 'added', folder: n.folder, object: ref, fields: [] });
      continue;
    }
    const fields = masked(n.object, diffValues(o.object, n.object));
    if (fields.length === 0) unchanged++;
    else changes.push({ status: 'changed', folder: n.folder, object: ref, fields });
  }
  for (const [key, o] of before) {
    if (!after.has(key)) changes.push({ status: 'removed', folder: o.folder, object: refOf(o.object), fields: [] });
  }
  const sortKey = (c: ObjectChange) => [c.folder, apiGroupOf(c.object.apiVersion ?? ''), c.object.kind ?? '', c.object.namespace ?? '', c.object.name ?? ''];
  changes.sort((a, b) => compareTuples(sortKey(a), sortKey(b)));
  return { changes, unchanged };
}

/** Shown instead of a Secret's values, as Argo CD's diff does: the output goes to pull requests and CI logs. */
export const REDACTED = '(redacted)';

/** A Secret's `data` and `stringData` values masked: which keys changed is shown, never their values. */
function masked(object: Record<string, any>, fields: FieldChange[]): FieldChange[] {
  if (object?.kind !== 'Secret' || apiGroupOf(String(object?.apiVersion ?? '')) !== '') return fields;
  const mask = (v: unknown) => (v === undefined ? undefined : REDACTED);
  return fields.map((f) => (/^(data|stringData)\b/.test(f.path)
    ? { path: f.path, ...(f.old !== undefined ? { old: mask(f.old) } : {}), ...(f.new !== undefined ? { new: mask(f.new) } : {}) }
    : f));
}

/** Objects by folder + identity; a repeated identity (invalid, but possible in files) is told apart by its order. */
function index(objects: readonly DiffObject[]): Map<string, DiffObject> {
  const out = new Map<string, DiffObject>();
  for (const o of objects) {
    const base = JSON.stringify([o.folder, identityKey(o.object) ?? `${o.file ?? ''}#${o.documentIndex ?? ''}`]);
    let key = base;
    for (let n = 2; out.has(key); n++) key = `${base}#${n}`;
    out.set(key, o);
  }
  return out;
}

function refOf(o: Record<string, any>): ObjectRef {
  return { apiVersion: o?.apiVersion, kind: o?.kind, namespace: o?.metadata?.namespace, name: o?.metadata?.name };
}

function compareTuples(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

/** `dev: Deployment opkit-system/cache-operator` */
export function describeChange(c: ObjectChange): string {
  const obj = describeObject(c.object) || '(object without kind or name)';
  return c.folder ? `${c.folder}: ${obj}` : obj;
}
