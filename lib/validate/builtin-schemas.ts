/**
 * The OpenAPI schemas of the built-in kinds (Deployment, Service, RBAC, CRDs, ...) of every shipped Kubernetes
 * release, generated from the API servers' own OpenAPI v3 documents by `npm run schemas`
 * (scripts/kubernetes-schemas-generate.ts) into `schemas/kubernetes/`:
 *
 * - `releases/<release>.json`: group-version → kind → definition and scope, and each definition's content id;
 * - `defs/<package>.json`: the distinct contents of each definition across releases, keyed by content id;
 * - `lifecycle.json`: first and last release of each kind not served by every release.
 *
 * Everything is read lazily: a release index when that release is first used, a definitions file when a
 * definition of its package is first resolved, so `opkit validate` on a ConfigMap reads three small files.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SchemaNode } from './compiled-schema';

/** ObjectMeta's definition id, used to check `metadata` of every object and embedded resource. */
export const OBJECT_META_REF = 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';

export interface BuiltinKind {
  /** The definition name of the kind's schema. */
  readonly id: string;
  readonly schema: SchemaNode;
  readonly namespaced: boolean;
}

interface ReleaseIndex {
  readonly release: string;
  readonly groupVersions: Record<string, Record<string, { def: string; namespaced: boolean }>>;
  readonly defs: Record<string, string>;
}

let root: string | undefined;

/**
 * `schemas/kubernetes` of the opkit package: the nearest package.json named "opkit" above this module (lib/
 * under tsx, build/ for the bundle, node_modules/opkit/... when installed).
 */
export function kubernetesSchemasDir(): string {
  if (root) return root;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    try {
      if (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).name === 'opkit') return (root = path.join(dir, 'schemas', 'kubernetes'));
    } catch { /* no package.json here */ }
    if (path.dirname(dir) === dir) throw new Error(`cannot find the opkit package (its schemas/kubernetes folder) above ${__dirname}`);
  }
}

const readJson = (rel: string) => JSON.parse(fs.readFileSync(path.join(kubernetesSchemasDir(), rel), 'utf8'));

const indexes = new Map<string, ReleaseIndex>();
function releaseIndex(release: string): ReleaseIndex {
  let index = indexes.get(release);
  if (!index) indexes.set(release, (index = readJson(`releases/${release}.json`) as ReleaseIndex));
  return index;
}

const packages = new Map<string, Record<string, Record<string, SchemaNode>>>();
function definition(name: string, id: string): SchemaNode | undefined {
  const pkg = name.slice(0, name.lastIndexOf('.'));
  let defs = packages.get(pkg);
  if (!defs) packages.set(pkg, (defs = readJson(`defs/${pkg}.json`)));
  return defs![name]?.[id];
}

/** The schema of a built-in kind of `release`, or undefined when that release does not serve apiVersion/kind. */
export function builtinKind(release: string, apiVersion: string, kind: string): BuiltinKind | undefined {
  const entry = Object.hasOwn(releaseIndex(release).groupVersions, apiVersion) ? releaseIndex(release).groupVersions[apiVersion] : undefined;
  const k = entry && Object.hasOwn(entry, kind) ? entry[kind] : undefined;
  const schema = k ? resolveBuiltinRef(release, k.def) : undefined;
  return k && schema ? { id: k.def, schema, namespaced: k.namespaced } : undefined;
}

/** Resolves a `$ref` between the built-in definitions of `release`. */
export function resolveBuiltinRef(release: string, ref: string): SchemaNode | undefined {
  const defs = releaseIndex(release).defs;
  return Object.hasOwn(defs, ref) ? definition(ref, defs[ref]) : undefined;
}

/** The kinds `release` serves in `apiVersion`, or undefined when it does not serve that group-version. */
export function builtinKinds(release: string, apiVersion: string): string[] | undefined {
  const gvs = releaseIndex(release).groupVersions;
  return Object.hasOwn(gvs, apiVersion) ? Object.keys(gvs[apiVersion]) : undefined;
}

/** Each kind `release` serves in `apiVersion` with whether it is namespaced; empty when it does not serve it. */
export function builtinKindScopes(release: string, apiVersion: string): [kind: string, namespaced: boolean][] {
  const gvs = releaseIndex(release).groupVersions;
  return Object.hasOwn(gvs, apiVersion) ? Object.entries(gvs[apiVersion]).map(([kind, k]) => [kind, k.namespaced]) : [];
}

/** Every group-version `release` serves. */
export function builtinGroupVersions(release: string): string[] {
  return Object.keys(releaseIndex(release).groupVersions);
}

let lifecycleData: Record<string, { first: string; last: string }> | undefined;
/** First and last shipped release serving `apiVersion/kind`, when not every shipped release serves it. */
export function builtinLifecycle(apiVersion: string, kind: string): { first: string; last: string } | undefined {
  lifecycleData ??= readJson('lifecycle.json') as Record<string, { first: string; last: string }>;
  const key = `${apiVersion}/${kind}`;
  return Object.hasOwn(lifecycleData, key) ? lifecycleData[key] : undefined;
}
