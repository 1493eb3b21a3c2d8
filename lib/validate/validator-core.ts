/**
 * One validator for every entry point (library, `opkit validate`, the cdk8s plugin, GitOpsApp): structural
 * schema validation as the API server does it, ObjectMeta rules, CEL through a pluggable `RuleEngine`, and the
 * checks across objects (duplicate identities, namespaced kinds without a namespace).
 *
 * This module does not import lib/cel: `createValidator` (validator.ts) supplies it as the default engine, and
 * `opkit validate` supplies a loader that requires it only once a custom resource with rules is validated, so
 * checking built-in kinds does not pay for loading the CEL engine at start-up.
 */
import { Finding, ObjectRef, Origin } from '../report/finding';
import { CheckContext, folderOf, Manifest, ManifestCheck } from '../report/manifest';
import { JSONSchemaProps } from '../schema/json-schema-props';
import { builtinRulesFor } from './builtin-rules';
import { withDefaults } from './defaults';
import { pruneNulls } from './prune-nulls';
import { celRulesNotChecked, isBlockingError, required } from '../apimachinery/field-errors';
import { describeOrigin, identityKey } from '../report/object-identity';
import { NEWEST_KUBE_RELEASE, shippedRelease } from './kube-releases';
import { nameRuleFor } from './kind-name-rules';
import { locateField } from './read-yaml';
import { CompiledEntry, SchemaRegistry } from './registry';
import { resourceHook } from './resource-hook';
import { RuleEngine } from '../schema/rule-engine';
import { servedApiFindings } from './served-apis';
import { UnknownFieldPolicy, WalkContext } from './compiled-schema';

/** Options of {@link createValidator}. */
export interface ValidatorOptions {
  /**
   * Where schemas are looked up. Pass one to share compiled schemas between validators.
   * @default a new registry with the built-in kinds
   */
  readonly registry?: SchemaRegistry;
  /**
   * CustomResourceDefinition objects whose served versions are registered.
   * @default none
   */
  readonly crds?: readonly Record<string, any>[];
  /**
   * Compact schema files (`imports/<group>.schemas.json`) to register.
   * @default none
   */
  readonly schemaFiles?: readonly string[];
  /**
   * Register the CRDs found among the validated manifests, so the custom resources beside them are checked.
   * @default true
   */
  readonly useInputCrds?: boolean;
  /**
   * The Kubernetes release validated for: the built-in kinds' schemas and served apiVersions of that release
   * (one of KUBE_RELEASES, 1.27–1.35) and the CEL environment of the rule engine. A check context's
   * `kubeVersion` (GitOpsApp: the folder's cluster) overrides it.
   * @default NEWEST_KUBE_RELEASE
   */
  readonly kubeVersion?: string;
  /**
   * Unknown fields: `error` as kubectl's default strict field validation, `warn`, or `ignore` (the API server
   * then prunes them silently).
   * @default 'error'
   */
  readonly unknownFields?: UnknownFieldPolicy;
  /**
   * An object whose apiVersion/kind has no known schema is an error instead of a warning.
   * @default false
   */
  readonly strictSchemas?: boolean;
  /**
   * Namespaced kinds must set metadata.namespace (on for GitOps output, where no default namespace applies).
   * @default false
   */
  readonly requireNamespace?: boolean;
  /**
   * Evaluates `x-kubernetes-validations` (CEL); `false` skips CEL rules.
   * @default celRuleEngine (lib/cel): the Kubernetes CEL environment of `kubeVersion`
   */
  readonly ruleEngine?: RuleEngine<any> | false;
  /**
   * Where the same object (group, kind, namespace, name) may not appear twice: `folder` within each folder of
   * the input (one Argo CD Application each: the same object legitimately exists once per environment folder),
   * `global` anywhere among the manifests (one cluster applying all of them).
   * @default 'folder'
   */
  readonly duplicates?: DuplicateScope;
  /**
   * Further checks run over the same manifests, e.g. lib/crd's checks of the CRDs themselves.
   * @default none
   */
  readonly checks?: readonly ManifestCheck[];
}

/** See {@link ValidatorOptions.duplicates}. */
export type DuplicateScope = 'folder' | 'global';

export interface Validator {
  readonly registry: SchemaRegistry;
  /** Validates the manifests; every finding names its object and origin (with the field's line when known). */
  validate(manifests: readonly Manifest[], context?: CheckContext): Finding[];
}

/**
 * One validation over manifests given a batch at a time (`opkit validate`, file by file): the CRDs of every
 * batch registered first, then each batch checked, duplicates included, against all batches before it. The
 * options' `checks` and `useInputCrds` are the caller's to apply.
 */
export interface ValidationPass {
  /** Registers the CRDs among `manifests` (all of them before the custom resources that use them are checked). */
  registerCrds(manifests: readonly Manifest[]): Finding[];
  /** Validates `manifests`; only their identities and origins are kept, to find duplicates in later batches. */
  check(manifests: readonly Manifest[]): Finding[];
}

/** {@link Validator} as `buildValidator` makes it: also validating batch by batch. */
export interface StreamingValidator extends Validator {
  /** The findings of registering `options.crds` and `options.schemaFiles` (the start of every `validate`). */
  readonly setup: readonly Finding[];
  /** A pass with `context` (release, previous objects); starting one ends the pass before. */
  begin(context?: CheckContext): ValidationPass;
}

const CRD_API_VERSION = 'apiextensions.k8s.io/v1';

/**
 * The validator with `defaultEngine` used when `options.ruleEngine` is not given; it is called the first time a
 * custom resource's rules are needed (never for built-in kinds), so it may load the engine then.
 */
export function buildValidator(options: ValidatorOptions, defaultEngine: () => RuleEngine<any>): StreamingValidator {
  const registry = options.registry ?? new SchemaRegistry();
  const setup: Finding[] = [];
  for (const crd of options.crds ?? []) setup.push(...registry.addCrd(crd, crd?.metadata?.name ?? 'CustomResourceDefinition'));
  for (const f of options.schemaFiles ?? []) setup.push(...registry.addSchemaFile(f));
  const defaultVersion = shippedRelease(options.kubeVersion ?? NEWEST_KUBE_RELEASE);
  const unknownFields = options.unknownFields ?? 'error';
  const duplicates = options.duplicates ?? 'folder';
  let engine: RuleEngine<any> | undefined = options.ruleEngine || undefined;
  const useRules = options.ruleEngine !== false;
  const compiledRules = new WeakMap<CompiledEntry, unknown>();
  let kubeVersion = defaultVersion;

  // Entries are compiled per release by the registry, so one entry's rules are compiled for one version.
  const rulesOf = (entry: CompiledEntry) => {
    engine ??= defaultEngine();
    if (!compiledRules.has(entry)) compiledRules.set(entry, engine.compile(entry.schema, { kubeVersion }));
    return compiledRules.get(entry);
  };

  /**
   * A rule that does not compile for `kubeVersion` (e.g. a library function that arrived later) means the API
   * server would refuse the CRD, and the rule cannot be checked: said once per kind and validate() call, on the
   * first object of that kind, instead of passing its objects silently.
   */
  const ruleProblems = (entry: CompiledEntry, reported: Set<CompiledEntry>): Finding[] => {
    if (reported.has(entry)) return [];
    reported.add(entry);
    return (engine?.problems?.(rulesOf(entry)) ?? []).map((p) => {
      const why = p.severity === 'error'
        ? `has a rule Kubernetes ${kubeVersion} cannot compile, so its API server would refuse the CRD (change the rule, or validate for the cluster's version)`
        : 'has a rule opkit cannot check';
      return { severity: p.severity, rule: p.rule,
        message: `rule not checked: the schema of ${entry.kind} (from ${entry.source}) ${why}: ${p.field ? `${p.field}: ` : ''}${p.message}` };
    });
  };

  /** Validates one object; `identity` is its `identityKey`, which `check` computes once for both uses. */
  function validateObject(m: Manifest, identity: string | undefined, previous: Map<string, Record<string, any>>, out: Finding[], seen: { rules: Set<CompiledEntry> }): void {
    const obj = m.object;
    const findings: Finding[] = [];
    const apiVersion = obj.apiVersion;
    const kind = obj.kind;
    if (typeof apiVersion !== 'string' || apiVersion === '' || typeof kind !== 'string' || kind === '') {
      for (const [f, v] of [['apiVersion', apiVersion], ['kind', kind]] as const) {
        if (typeof v !== 'string' || v === '') findings.push(required('object.type-meta', f, 'every Kubernetes object needs apiVersion and kind'));
      }
      out.push(...attach(findings, m));
      return;
    }
    const served = registry.hasBuiltins ? servedApiFindings(kubeVersion, apiVersion, kind) : [];
    if (served.some((f) => f.severity === 'error')) {
      out.push(...attach(served, m));
      return;
    }
    findings.push(...served);
    const entry = registry.lookup(apiVersion, kind, kubeVersion);
    if (!entry) {
      out.push(...attach([{
        severity: options.strictSchemas ? 'error' : 'warning', rule: 'schema.unknown-kind',
        message: `no schema known for ${apiVersion} ${kind}: pass its CustomResourceDefinition (opkit validate --crd FILE) so the object is checked`,
      }], m));
      return;
    }
    const ctx: WalkContext = {
      out: findings,
      unknownFields,
      onResource: resourceHook(nameRuleFor(kind, entry.builtin)),
    };
    // Custom resources are checked as the API server stores them: nulls of non-nullable fields without a default
    // pruned, then their schema's defaults applied.
    const asStored = (o: Record<string, any>) => {
      if (entry.builtin) return o;
      const schema = entry.schema as JSONSchemaProps;
      const withoutNulls = pruneNulls(o, schema);
      return schemaUses(schema, 'defaults') ? withDefaults(withoutNulls, schema) : withoutNulls;
    };
    const value = asStored(obj);
    entry.validate(value, '', ctx);
    strictDecoding(findings, unknownFields);
    // The API server's Go-coded checks of built-in kinds, run (as there) only on objects that decoded cleanly.
    if (entry.builtin && !findings.some((f) => f.severity === 'error')) findings.push(...builtinRulesFor(obj, { kubeVersion }));
    const blocked = findings.some(isBlockingError);
    if (options.requireNamespace && entry.namespaced && !(typeof obj.metadata?.namespace === 'string' && obj.metadata.namespace)) {
      findings.push(required('object.namespace', 'metadata.namespace', `${kind} is namespaced: set the namespace explicitly, GitOps output applies no default namespace`));
    }
    // The API server skips CEL rules only after a blocking schema error (type, enum, required, too long, too many),
    // and then says so; after others (bounds, pattern, ...) they run. Built-in kinds have none.
    // The default engine is not even loaded for schemas without rules; a given engine sees every custom resource.
    if (useRules && !entry.builtin && (options.ruleEngine || schemaUses(entry.schema, 'rules'))) {
      const compiled = rulesOf(entry);
      findings.push(...ruleProblems(entry, seen.rules));
      if (blocked) {
        // Upstream has a CEL validator (and so says this) only for schemas with rules.
        if (schemaUses(entry.schema, 'rules')) findings.push(celRulesNotChecked());
      } else {
        const old = identity ? previous.get(identity) : undefined;
        findings.push(...engine!.evaluate(compiled, value, old ? asStored(old) : old));
      }
    }
    out.push(...attach(findings, m));
  }

  function begin(context: CheckContext = {}): ValidationPass {
    kubeVersion = context.kubeVersion ? shippedRelease(context.kubeVersion) : defaultVersion;
    const previous = new Map<string, Record<string, any>>();
    for (const p of context.previous ?? []) {
      const key = identityKey(p.object);
      if (key) previous.set(key, p.object);
    }
    const kinds = { rules: new Set<CompiledEntry>() };
    // Identity → where it was first seen: no object is kept, so a pass over many files holds only these.
    const seen = new Map<string, Origin>();
    return {
      registerCrds(manifests) {
        const out: Finding[] = [];
        for (const m of manifests) {
          if (m.object?.apiVersion === CRD_API_VERSION && m.object?.kind === 'CustomResourceDefinition') {
            out.push(...attach(registry.addCrd(m.object, describeOrigin(m.origin)), m));
          }
        }
        return out;
      },
      check(manifests) {
        const out: Finding[] = [];
        for (const m of manifests) {
          const identity = identityKey(m.object);
          validateObject(m, identity, previous, out, kinds);
          if (!identity) continue;
          const key = duplicates === 'global' ? identity : `${folderOf(m)}\u0000${identity}`;
          const first = seen.get(key);
          if (first) {
            out.push(...attach([{ severity: 'error', rule: 'object.duplicate',
              message: `Duplicate value: the same object (group, kind, namespace, name) is also defined at ${describeOrigin(first)}; the later one would overwrite it` }], m));
          } else {
            seen.set(key, m.origin);
          }
        }
        return out;
      },
    };
  }

  return {
    registry,
    setup,
    begin,
    validate(manifests, context = {}) {
      const pass = begin(context);
      const out: Finding[] = [...setup];
      if (options.useInputCrds ?? true) out.push(...pass.registerCrds(manifests));
      out.push(...pass.check(manifests));
      for (const check of options.checks ?? []) out.push(...check(manifests, context));
      return out;
    },
  };
}

/**
 * Unknown fields fail the API server's strict decoding (kubectl's default `--validate=strict`) before any
 * validation runs, so an object with one is rejected for its unknown fields alone (kubectl-validate's
 * `spec.contAIN3rz` case): the schema findings beside them are dropped.
 */
function strictDecoding(findings: Finding[], unknownFields: UnknownFieldPolicy): void {
  if (unknownFields !== 'error' || !findings.some((f) => f.rule === 'schema.unknown-field' && f.severity === 'error')) return;
  const kept = findings.filter((f) => f.rule === 'schema.unknown-field' || f.severity !== 'error');
  findings.splice(0, findings.length, ...kept);
}

const keywordUse = { rules: new WeakMap<object, boolean>(), defaults: new WeakMap<object, boolean>() };

/**
 * Whether a schema declares any `x-kubernetes-validations` or `default` (most do not: their objects skip the
 * rule engine, or the copy defaulting needs). Cached per schema object.
 */
function schemaUses(schema: object, what: keyof typeof keywordUse): boolean {
  const keyword = what === 'rules' ? 'x-kubernetes-validations' : 'default';
  let uses = keywordUse[what].get(schema);
  if (uses === undefined) keywordUse[what].set(schema, (uses = declares(schema, keyword, 0)));
  return uses;
}

function declares(schema: unknown, keyword: string, depth: number): boolean {
  if (!schema || typeof schema !== 'object' || depth > 200) return false;
  if (Array.isArray(schema)) return schema.some((s) => declares(s, keyword, depth + 1));
  if (Object.hasOwn(schema, keyword)) return true;
  return Object.values(schema).some((v) => typeof v === 'object' && declares(v, keyword, depth + 1));
}

/** Adds the object's identity and origin (refined to the field's line when the object was read from YAML). */
function attach(findings: Finding[], m: Manifest): Finding[] {
  if (findings.length === 0) return findings;
  const o = m.object ?? {};
  const object: ObjectRef = {
    apiVersion: typeof o.apiVersion === 'string' ? o.apiVersion : undefined,
    kind: typeof o.kind === 'string' ? o.kind : undefined,
    namespace: typeof o.metadata?.namespace === 'string' ? o.metadata.namespace : undefined,
    name: typeof o.metadata?.name === 'string' ? o.metadata.name : undefined,
  };
  return findings.map((f) => {
    const pos = f.field !== undefined ? locateField(o, f.field) : undefined;
    const origin: Origin = { ...m.origin, ...f.origin, ...(pos ?? {}) };
    return { ...f, object: f.object ?? object, origin };
  });
}
