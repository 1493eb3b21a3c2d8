/**
 * Turns the Kubernetes OpenAPI v3 documents of each release (../shared/kubernetes-openapi/<release>/, what the
 * API server serves at /openapi/v3/<group-version>) into the compact data `schemas/kubernetes/` ships:
 *
 * - `defs/<package>.json`: `{ "<definition name>": { "<content id>": schema } }`, every distinct content a
 *   definition has in any release, without descriptions; one file per Go package (io.k8s.api.core.v1, ...).
 * - `releases/<release>.json`: the release's group-versions → kinds (definition, namespaced) and the content
 *   id of every definition name in that release.
 * - `lifecycle.json`: the first and last release serving each kind that not every release serves.
 *
 * Kept: type, properties, items, additionalProperties, required, enum, format, default, nullable, bounds,
 * `x-kubernetes-list-type` / `-list-map-keys` / `-map-type`, int-or-string, preserve-unknown-fields,
 * embedded-resource; the GVK goes to the release index; scope is read from the paths (namespaced kinds are
 * served under `namespaces/{namespace}/`, as kubectl-validate infers it).
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { canonical } from '../lib/validate/schema-compile';
import { stripDocs } from '../lib/importer/compact-schemas';

export interface KindEntry {
  /** The definition name of the kind's schema. */
  readonly def: string;
  readonly namespaced: boolean;
}

export interface ReleaseIndex {
  readonly release: string;
  /** `apps/v1` (core: `v1`) → kind → entry. */
  readonly groupVersions: Record<string, Record<string, KindEntry>>;
  /** definition name → content id in this release. */
  readonly defs: Record<string, string>;
}

const REF_PREFIX = '#/components/schemas/';
const DROPPED = new Set(['x-kubernetes-patch-strategy', 'x-kubernetes-patch-merge-key', 'x-kubernetes-group-version-kind',
  'x-kubernetes-unions', 'discriminator', 'fields-to-discriminateBy', 'x-kubernetes-selectable-fields']);
const JSON_SCHEMA_PROPS = 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps';

/** The releases present in `openapiDir`, oldest first. */
export function releasesIn(openapiDir: string): string[] {
  return fs.readdirSync(openapiDir).filter((d) => /^1\.\d+$/.test(d)).sort((a, b) => minor(a) - minor(b));
}

const minor = (r: string) => Number(r.split('.')[1]);

/** Every file of `schemas/kubernetes/` (relative path → content), generated from `openapiDir`. */
export function generateKubernetesSchemas(openapiDir: string): Map<string, string> {
  const packages = new Map<string, Map<string, Map<string, unknown>>>();
  const files = new Map<string, string>();
  const indexes: ReleaseIndex[] = [];
  for (const release of releasesIn(openapiDir)) {
    const index: ReleaseIndex = { release, groupVersions: {}, defs: {} };
    for (const file of gvFiles(path.join(openapiDir, release))) {
      const doc = JSON.parse(gunzipSync(fs.readFileSync(path.join(openapiDir, release, file))).toString('utf8'));
      const gv = file.replace(/^apis?\//, '').replace(/\.json\.gz$/, '');
      const namespaced = namespacedKinds(doc.paths ?? {});
      const kinds: Record<string, KindEntry> = {};
      for (const [name, raw] of Object.entries<any>(doc.components?.schemas ?? {})) {
        for (const gvk of raw['x-kubernetes-group-version-kind'] ?? []) {
          const apiVersion = gvk.group ? `${gvk.group}/${gvk.version}` : gvk.version;
          // A document lists the kinds of other group-versions it uses (DeleteOptions, WatchEvent, ...) too.
          if (apiVersion !== gv || gvk.kind.endsWith('List') || !isServedKind(doc.paths ?? {}, gvk)) continue;
          kinds[gvk.kind] = { def: name, namespaced: namespaced.has(gvk.kind) };
        }
        const schema = normaliseDefinition(name, raw);
        const id = contentId(schema);
        const seen = index.defs[name];
        if (seen !== undefined && seen !== id) throw new Error(`${release}: definition ${name} differs between group-version documents`);
        index.defs[name] = id;
        const pkg = packageOf(name);
        if (!packages.has(pkg)) packages.set(pkg, new Map());
        const variants = packages.get(pkg)!;
        if (!variants.has(name)) variants.set(name, new Map());
        variants.get(name)!.set(id, schema);
      }
      if (Object.keys(kinds).length) index.groupVersions[gv] = sortKeys(kinds);
    }
    indexes.push(index);
    files.set(`releases/${release}.json`, `${JSON.stringify({ ...index, groupVersions: sortKeys(index.groupVersions), defs: sortKeys(index.defs) })}\n`);
  }
  files.set('lifecycle.json', `${JSON.stringify(lifecycle(indexes), null, 1)}\n`);
  for (const [pkg, defs] of packages) {
    const out: Record<string, Record<string, unknown>> = {};
    for (const name of [...defs.keys()].sort()) out[name] = Object.fromEntries([...defs.get(name)!].sort(([a], [b]) => a.localeCompare(b)));
    files.set(`defs/${pkg}.json`, `${JSON.stringify(out)}\n`);
  }
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

/** The definition package: the name without its last segment (`io.k8s.api.core.v1`). */
export function packageOf(name: string): string {
  return name.slice(0, name.lastIndexOf('.'));
}

function gvFiles(dir: string): string[] {
  const out: string[] = [];
  if (fs.existsSync(path.join(dir, 'api'))) for (const f of fs.readdirSync(path.join(dir, 'api')).sort()) out.push(`api/${f}`);
  for (const g of fs.existsSync(path.join(dir, 'apis')) ? fs.readdirSync(path.join(dir, 'apis')).sort() : []) {
    for (const f of fs.readdirSync(path.join(dir, 'apis', g)).sort()) out.push(`apis/${g}/${f}`);
  }
  return out.filter((f) => f.endsWith('.json.gz'));
}

/** Kinds a path of the document creates or reads (its operations carry the GVK). */
function operationsOf(paths: Record<string, any>): Array<{ path: string; gvk: { group: string; version: string; kind: string } }> {
  const out: Array<{ path: string; gvk: { group: string; version: string; kind: string } }> = [];
  for (const [p, item] of Object.entries(paths)) {
    for (const op of Object.values<any>(item ?? {})) {
      const gvk = op?.['x-kubernetes-group-version-kind'];
      if (gvk && typeof gvk.kind === 'string') out.push({ path: p, gvk });
    }
  }
  return out;
}

function namespacedKinds(paths: Record<string, any>): Set<string> {
  return new Set(operationsOf(paths).filter((o) => o.path.includes('/namespaces/{namespace}/')).map((o) => o.gvk.kind));
}

/** A kind is served by the group-version when one of its paths has an operation for it. */
function isServedKind(paths: Record<string, any>, gvk: { group: string; version: string; kind: string }): boolean {
  return operationsOf(paths).some((o) => o.gvk.kind === gvk.kind && o.gvk.version === gvk.version && (o.gvk.group ?? '') === (gvk.group ?? ''));
}

/** The OpenAPI dialect of the API server → the JSONSchemaProps the validator compiles. */
export function normaliseDefinition(name: string, raw: any): unknown {
  // The CRD schema types: `items` is one schema in apiextensions/v1 (the array form is refused), and
  // JSON / JSONSchemaPropsOrBool / ...OrStringArray are free-form values.
  if (name === `${JSON_SCHEMA_PROPS}OrArray`) return { $ref: JSON_SCHEMA_PROPS };
  if (raw.format === 'int-or-string') return { 'x-kubernetes-int-or-string': true };
  return normalise(stripDocs(raw));
}

function normalise(s: unknown): unknown {
  if (Array.isArray(s)) return s.map(normalise);
  if (typeof s !== 'object' || s === null) return s;
  const o = s as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  // `allOf: [{$ref}]` is how OpenAPI v3 puts a default or nullable beside a reference: it is the reference.
  const allOf = o.allOf as Array<Record<string, unknown>> | undefined;
  const ref = typeof o.$ref === 'string' ? o.$ref
    : allOf?.length === 1 && typeof allOf[0].$ref === 'string' && Object.keys(allOf[0]).length === 1 ? allOf[0].$ref as string : undefined;
  if (ref) out.$ref = ref.startsWith(REF_PREFIX) ? ref.slice(REF_PREFIX.length) : ref;
  // An object without properties is opaque in the built-in OpenAPI (RawExtension, FieldsV1, ...): Go decodes
  // it into a free-form field. In a CRD the same spelling would mean "no fields", so make it explicit.
  if (!ref && o.type === 'object' && !o.properties && o.additionalProperties === undefined) out['x-kubernetes-preserve-unknown-fields'] = true;
  for (const [k, v] of Object.entries(o)) {
    if (DROPPED.has(k) || k === '$ref' || (ref && k === 'allOf')) continue;
    if (k === 'properties' && v && typeof v === 'object') out.properties = Object.fromEntries(Object.entries(v).map(([pk, pv]) => [pk, normalise(pv)]));
    else out[k] = k === 'enum' || k === 'required' || k === 'default' || k === 'x-kubernetes-list-map-keys' ? v : normalise(v);
  }
  return out;
}

/** A short content address: the first 12 hex digits of the SHA-256 of the canonical JSON. */
function contentId(schema: unknown): string {
  return createHash('sha256').update(canonical(schema)).digest('hex').slice(0, 12);
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * `lifecycle.json`: for each built-in `apiVersion/Kind` not served by every release, the first and last release
 * that serve it (what says "removed in 1.32" or "added in 1.31" for releases in range).
 */
export function lifecycle(indexes: readonly ReleaseIndex[]): Record<string, { first: string; last: string }> {
  const served = new Map<string, string[]>();
  for (const index of indexes) {
    for (const [gv, kinds] of Object.entries(index.groupVersions)) {
      for (const kind of Object.keys(kinds)) {
        const key = `${gv}/${kind}`;
        if (!served.has(key)) served.set(key, []);
        served.get(key)!.push(index.release);
      }
    }
  }
  const out: Record<string, { first: string; last: string }> = {};
  for (const [key, releases] of [...served].sort(([a], [b]) => a.localeCompare(b))) {
    if (releases.length < indexes.length) out[key] = { first: releases[0], last: releases[releases.length - 1] };
  }
  return out;
}
