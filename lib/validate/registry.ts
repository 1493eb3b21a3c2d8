/**
 * Where schemas come from, keyed by apiVersion + kind: the built-in kinds of each shipped Kubernetes release
 * (they take precedence, as the API server serves its own kinds first), CRDs (every served version), the compact
 * `imports/<group>.schemas.json` files and the third-party kinds the library emits (lib/generated/). Each schema
 * is compiled once, on first use.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { JSONSchemaProps } from '../schema/json-schema-props';
import { Finding } from '../report/finding';
import { builtinKind, OBJECT_META_REF, resolveBuiltinRef } from './builtin-schemas';
import { NEWEST_KUBE_RELEASE, shippedRelease } from './kube-releases';
import { libraryKind } from './library-schemas';
import { compileSchema } from './schema-compile';
import { CompiledSchema, SchemaNode } from './compiled-schema';

export interface SchemaEntry {
  readonly apiVersion: string;
  readonly kind: string;
  readonly schema: SchemaNode;
  /** True, false, or undefined when the scope is not known (a schemas.json entry). */
  readonly namespaced?: boolean;
  /** A Kubernetes built-in kind (its name rules differ from custom resources'). */
  readonly builtin: boolean;
  /** Where the schema came from: a CRD's file or name, a schemas.json file, `Kubernetes 1.35`. */
  readonly source: string;
}

export interface CompiledEntry extends SchemaEntry {
  readonly validate: CompiledSchema;
}

export class SchemaRegistry {
  private readonly entries = new Map<string, SchemaEntry>();
  private readonly compiled = new Map<string, CompiledEntry | null>();

  /** @param builtins look up Kubernetes' own kinds (schemas of the release asked for in `lookup`) and the library's third-party kinds */
  constructor(private readonly builtins = true) {}

  /** Whether built-in kinds are looked up. */
  public get hasBuiltins(): boolean {
    return this.builtins;
  }

  public add(entry: SchemaEntry): void {
    const key = `${entry.apiVersion}/${entry.kind}`;
    this.entries.set(key, entry);
    for (const k of [...this.compiled.keys()]) if (k.endsWith(`|${key}`)) this.compiled.delete(k);
  }

  /**
   * Registers every served version of a CustomResourceDefinition object. Returns findings for a CRD that
   * cannot be used (no group, no kind, a served version without schema).
   */
  public addCrd(crd: Record<string, any>, source: string): Finding[] {
    const spec = crd?.spec;
    const group = spec?.group;
    const kind = spec?.names?.kind;
    if (typeof group !== 'string' || typeof kind !== 'string' || !Array.isArray(spec?.versions)) {
      return [{ severity: 'error', rule: 'registry.crd', message: `${source}: not a usable CustomResourceDefinition (spec.group, spec.names.kind and spec.versions are required)` }];
    }
    const findings: Finding[] = [];
    for (const v of spec.versions) {
      if (!v || v.served === false || typeof v.name !== 'string') continue;
      const schema = v.schema?.openAPIV3Schema;
      if (!schema || typeof schema !== 'object') {
        findings.push({ severity: 'warning', rule: 'registry.crd', message: `${source}: version ${v.name} of ${kind} has no openAPIV3Schema; its objects are not checked` });
        continue;
      }
      this.add({ apiVersion: `${group}/${v.name}`, kind, schema, namespaced: spec.scope !== 'Cluster', builtin: false, source });
    }
    return findings;
  }

  /**
   * Registers a compact schemas file: a JSON object mapping `"<group>/<version>/<Kind>"` to that version's
   * openAPIV3Schema (what `npm run import` writes beside the generated classes).
   */
  public addSchemaMap(map: Record<string, JSONSchemaProps>, source: string): Finding[] {
    const findings: Finding[] = [];
    for (const [key, schema] of Object.entries(map)) {
      const parts = key.split('/');
      if (parts.length < 2 || !schema || typeof schema !== 'object') {
        findings.push({ severity: 'error', rule: 'registry.schemas', message: `${source}: entry "${key}" is not "<group>/<version>/<Kind>" → schema` });
        continue;
      }
      const kind = parts.pop()!;
      const version = parts.pop()!;
      const group = parts.join('/');
      this.add({ apiVersion: group ? `${group}/${version}` : version, kind, schema, builtin: false, source });
    }
    return findings;
  }

  /** Reads a schemas.json file (see `addSchemaMap`). */
  public addSchemaFile(file: string): Finding[] {
    let map: unknown;
    try {
      map = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (e) {
      return [{ severity: 'error', rule: 'registry.schemas', message: `${file}: cannot read schemas: ${e instanceof Error ? e.message : String(e)}`, origin: { file } }];
    }
    if (!map || typeof map !== 'object' || Array.isArray(map)) {
      return [{ severity: 'error', rule: 'registry.schemas', message: `${file}: expected a JSON object of "<group>/<version>/<Kind>" → schema`, origin: { file } }];
    }
    return this.addSchemaMap(map as Record<string, JSONSchemaProps>, file);
  }

  /**
   * The compiled schema of apiVersion/kind, or undefined when none is known: the built-in kind when `release`
   * (a shipped Kubernetes release, default the newest) serves it, else a registered one.
   */
  public lookup(apiVersion: string, kind: string, release: string = NEWEST_KUBE_RELEASE): CompiledEntry | undefined {
    const key = `${this.builtins ? shippedRelease(release) : ''}|${apiVersion}/${kind}`;
    const hit = this.compiled.get(key);
    if (hit !== undefined) return hit ?? undefined;
    const b = this.builtins ? builtinKind(release, apiVersion, kind) : undefined;
    let entry: SchemaEntry | undefined = b
      ? { apiVersion, kind, schema: b.schema, namespaced: b.namespaced, builtin: true, source: `Kubernetes ${release}` }
      : this.entries.get(`${apiVersion}/${kind}`);
    if (!entry && this.builtins) {
      const own = libraryKind(apiVersion, kind);
      if (own) entry = { apiVersion, kind, schema: own.schema, builtin: false, source: own.source };
    }
    const compiled = entry ? { ...entry, validate: this.compile(entry, release) } : undefined;
    this.compiled.set(key, compiled ?? null);
    return compiled;
  }

  /** A schema that cannot be compiled (malformed: `enum` not a list, ...) makes every object of it an error. */
  private compile(entry: SchemaEntry, release: string): CompiledSchema {
    try {
      return compileSchema(entry.schema, { ...this.compileOptions(release), nullAsZeroValue: entry.builtin });
    } catch (e) {
      const message = `the schema of ${entry.apiVersion} ${entry.kind} (from ${entry.source}) is malformed: ${e instanceof Error ? e.message : String(e)}`;
      return (_v, _path, ctx) => { ctx.out.push({ severity: 'error', rule: 'schema.invalid', message }); };
    }
  }

  private compileOptions(release: string) {
    return this.builtins
      ? { resolveRef: (ref: string) => resolveBuiltinRef(release, ref), objectMeta: { $ref: OBJECT_META_REF } as SchemaNode }
      : {};
  }
}

/**
 * The `<group>.schemas.json` files `npm run import` writes beside the generated modules, sorted: pass them as
 * `schemaFiles` so Custom Resources of imported third-party kinds are validated offline.
 */
export function importedSchemaFiles(importsDir: string): string[] {
  if (!fs.existsSync(importsDir)) return [];
  return fs.readdirSync(importsDir).filter((f) => f.endsWith('.schemas.json')).sort().map((f) => path.join(importsDir, f));
}
