/**
 * The OpenAPI schemas of the built-in kinds (Deployment, Service, RBAC, ...) for Kubernetes 1.27, taken from the
 * `kubernetes-models` package (4.3.1 is generated from Kubernetes v1.27.1's OpenAPI document, the version
 * cdk8s-plus-27 targets), never hand-written.
 *
 * kubernetes-models ships each definition as a module that registers its raw JSON schema with
 * `@kubernetes-models/validate`'s `register(id, schema)`; we intercept that call to collect the raw schemas
 * (and then compile them with our own walker, for the API server's semantics and messages) instead of using its
 * ajv-based `validate`. Modules are loaded lazily, per kind, the first time an object of that kind is seen.
 */
import { SchemaNode } from './schema-types';

/** The Kubernetes version the built-in schemas come from. */
export const BUILTIN_KUBE_VERSION = '1.27';

/** ObjectMeta's definition id, used to check `metadata` of every object and embedded resource. */
export const OBJECT_META_REF = 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';

/** Built-in kinds that are cluster-scoped (everything else built in is namespaced). */
const CLUSTER_SCOPED = new Set([
  'Namespace', 'Node', 'PersistentVolume', 'ComponentStatus', 'ClusterRole', 'ClusterRoleBinding',
  'CustomResourceDefinition', 'APIService', 'StorageClass', 'CSIDriver', 'CSINode', 'VolumeAttachment',
  'PriorityClass', 'RuntimeClass', 'IngressClass', 'ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration',
  'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding', 'CertificateSigningRequest', 'FlowSchema',
  'PriorityLevelConfiguration', 'TokenReview', 'SelfSubjectAccessReview', 'SelfSubjectRulesReview',
  'SubjectAccessReview', 'ClusterCIDR', 'IPAddress', 'ClusterTrustBundle', 'StorageVersion',
]);

const definitions = new Map<string, SchemaNode>();
/** `apiVersion/kind` → definition id, from the prebuilt file when there is one. */
let prebuiltKinds: Record<string, string> | undefined;
let prebuiltLoaded = false;
let validateModule: { register: (id: string, schema: unknown) => void } | undefined;

export interface BuiltinKind {
  readonly id: string;
  readonly schema: SchemaNode;
  readonly namespaced: boolean;
}

const kinds = new Map<string, BuiltinKind | null>();

/** The schema of a built-in kind, or undefined when `apiVersion`/`kind` is not a Kubernetes 1.27 kind. */
export function builtinKind(apiVersion: string, kind: string): BuiltinKind | undefined {
  const key = `${apiVersion}/${kind}`;
  if (kinds.has(key)) return kinds.get(key) ?? undefined;
  const found = loadKind(apiVersion, kind);
  kinds.set(key, found ?? null);
  return found;
}

/** Resolves a `$ref` between built-in definitions (loaded with the kinds that use them). */
export function resolveBuiltinRef(ref: string): SchemaNode | undefined {
  loadPrebuilt();
  if (!definitions.has(ref) && ref === OBJECT_META_REF) loadModule('@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1ObjectMeta');
  return definitions.get(ref);
}

/**
 * The prebuilt file `k8s-schemas-<version>.json` beside the bundle (`npm run build` writes it with
 * `extractBuiltinSchemas`): one JSON.parse instead of loading hundreds of kubernetes-models modules, which keeps
 * the CLI's start-up short. Running from source, the modules are read directly.
 */
function loadPrebuilt(): void {
  if (prebuiltLoaded) return;
  prebuiltLoaded = true;
  try {
    const file = require('node:path').join(__dirname, `k8s-schemas-${BUILTIN_KUBE_VERSION}.json`);
    const data = JSON.parse(require('node:fs').readFileSync(file, 'utf8')) as PrebuiltSchemas;
    prebuiltKinds = data.kinds;
    for (const [id, schema] of Object.entries(data.definitions)) definitions.set(id, schema);
  } catch { /* no prebuilt file: running from source */ }
}

export interface PrebuiltSchemas {
  readonly kubernetesModels: string;
  readonly kinds: Record<string, string>;
  readonly definitions: Record<string, SchemaNode>;
}

/** Reads every kind of kubernetes-models into one serialisable object (for the prebuilt file). */
export function extractBuiltinSchemas(): PrebuiltSchemas {
  const fs = require('node:fs') as typeof import('node:fs');
  const path = require('node:path') as typeof import('node:path');
  const root = path.dirname(require.resolve('kubernetes-models'));
  const kindsOut: Record<string, string> = {};
  for (const rel of fs.readdirSync(root, { recursive: true }) as string[]) {
    const m = /^(?:([a-z0-9.-]+)[/\\])?(v[0-9a-z]+)[/\\]([A-Z][A-Za-z0-9]*)\.js$/.exec(rel);
    if (!m || m[3].endsWith('List')) continue;
    const apiVersion = m[1] ? `${m[1]}/${m[2]}` : m[2];
    const found = loadKind(apiVersion, m[3]);
    if (found) kindsOut[`${apiVersion}/${m[3]}`] = found.id;
  }
  loadModule('@kubernetes-models/apimachinery/_schemas/IoK8sApimachineryPkgApisMetaV1ObjectMeta');
  return {
    kubernetesModels: JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version,
    kinds: kindsOut,
    definitions: Object.fromEntries(definitions),
  };
}

function loadKind(apiVersion: string, kind: string): BuiltinKind | undefined {
  loadPrebuilt();
  if (prebuiltKinds) {
    const id = prebuiltKinds[`${apiVersion}/${kind}`];
    const schema = id ? definitions.get(id) : undefined;
    return id && schema ? { id, schema, namespaced: !CLUSTER_SCOPED.has(kind) } : undefined;
  }
  return loadKindModule(apiVersion, kind);
}

function loadKindModule(apiVersion: string, kind: string): BuiltinKind | undefined {
  // Only names that can be module paths: the object is untrusted and its kind becomes part of a require().
  const m = /^(?:([a-z0-9.-]+)\/)?(v[0-9a-z]+)$/.exec(apiVersion);
  if (!m || !/^[A-Z][A-Za-z0-9]*$/.test(kind)) return undefined;
  const [, group, version] = m;
  let mod: Record<string, any>;
  try {
    mod = require(`kubernetes-models/${group ? `${group}/` : ''}${version}/${kind}`);
  } catch {
    return undefined;
  }
  const ctor = mod[kind];
  if (typeof ctor !== 'function') return undefined;
  // setSchema() stores the id and the registering function under two private symbols of the prototype.
  let id: string | undefined;
  let add: (() => void) | undefined;
  for (const sym of Object.getOwnPropertySymbols(ctor.prototype)) {
    if (sym.description === 'SCHEMA_ID') id = ctor.prototype[sym];
    if (sym.description === 'ADD_SCHEMA') add = ctor.prototype[sym];
  }
  if (!id || !add) return undefined;
  collect(add);
  const schema = definitions.get(id);
  if (!schema) return undefined;
  return { id, schema, namespaced: !CLUSTER_SCOPED.has(kind) };
}

function loadModule(path: string): void {
  try {
    collect(require(path).addSchema);
  } catch { /* not available: metadata is then checked by the hand-written ObjectMeta rules only */ }
}

/**
 * kubernetes-models' generator drops every key named `description` and every `x-kubernetes-*` key, which also
 * removes real *fields* of that name. These are the fields Kubernetes 1.27 declares under those names; they are
 * put back so valid CRDs and PriorityClasses are not reported as having unknown fields.
 */
const DROPPED_FIELDS: Record<string, Record<string, SchemaNode>> = {
  'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps': {
    'description': { type: 'string' },
    'x-kubernetes-embedded-resource': { type: 'boolean' },
    'x-kubernetes-int-or-string': { type: 'boolean' },
    'x-kubernetes-list-map-keys': { type: 'array', items: { type: 'string' } },
    'x-kubernetes-list-type': { type: 'string' },
    'x-kubernetes-map-type': { type: 'string' },
    'x-kubernetes-preserve-unknown-fields': { type: 'boolean' },
    'x-kubernetes-validations': { type: 'array', items: { $ref: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.ValidationRule' } as SchemaNode },
  },
  'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceColumnDefinition': { description: { type: 'string' } },
  'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.ExternalDocumentation': { description: { type: 'string' } },
  'io.k8s.api.scheduling.v1.PriorityClass': { description: { type: 'string' } },
};

/**
 * Definitions the generator flattens to `{type: object}`. `items` of a CRD schema is always one schema in
 * apiextensions/v1 (the array form is refused), so it is checked as JSONSchemaProps.
 */
const REPLACED: Record<string, SchemaNode> = {
  'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrArray': { $ref: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps' } as SchemaNode,
};

function restoreDropped(id: string, schema: SchemaNode): SchemaNode {
  if (REPLACED[id]) return REPLACED[id];
  const extra = DROPPED_FIELDS[id];
  return extra ? { ...schema, properties: { ...schema.properties, ...extra } } : schema;
}

/** Runs a kubernetes-models `addSchema` with `register` redirected into `definitions`. */
function collect(add: () => void): void {
  validateModule ??= require('@kubernetes-models/validate');
  const mod = validateModule!;
  const original = mod.register;
  mod.register = (id: string, schema: unknown) => {
    if (!definitions.has(id)) definitions.set(id, restoreDropped(id, normalise(schema) as SchemaNode));
  };
  try {
    add();
  } finally {
    mod.register = original;
  }
}

/**
 * kubernetes-models' dialect → JSONSchemaProps: `$ref: "<id>#"` loses the `#`, and `oneOf: [X, {type: null}]`
 * (its spelling of an optional field) becomes X with `nullable: true`.
 */
function normalise(s: unknown): unknown {
  if (Array.isArray(s)) return s.map(normalise);
  if (typeof s !== 'object' || s === null) return s;
  const o = s as Record<string, unknown>;
  const oneOf = o.oneOf as Array<Record<string, unknown>> | undefined;
  if (oneOf && oneOf.length === 2 && oneOf[1]?.type === 'null') {
    const { oneOf: _, ...rest } = o;
    return { ...(normalise(oneOf[0]) as object), ...(normalise(rest) as object), nullable: true };
  }
  const out: Record<string, unknown> = {};
  // In the built-in OpenAPI an object without properties is opaque (RawExtension, JSON, ...): Go decodes it
  // into a free-form field. In a CRD the same spelling would mean "no fields", so make it explicit.
  if (o.type === 'object' && !o.properties && o.additionalProperties === undefined) out['x-kubernetes-preserve-unknown-fields'] = true;
  for (const [k, v] of Object.entries(o)) {
    if (k === '$ref' && typeof v === 'string') out.$ref = v.replace(/#$/, '');
    else if (k === 'properties' && v && typeof v === 'object') out.properties = Object.fromEntries(Object.entries(v).map(([pk, pv]) => [pk, normalise(pv)]));
    else out[k] = k === 'enum' || k === 'required' ? v : normalise(v);
  }
  return out;
}
