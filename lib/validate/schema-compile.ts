/**
 * Compiles a structural schema (JSONSchemaProps) once into a tree of closures that validate values fast.
 *
 * Why a hand-written compiled walker and not ajv: the requirement is the API server's semantics and messages,
 * and several of them are not JSON Schema: nullable, x-kubernetes-int-or-string, preserve-unknown-fields,
 * embedded resources, list types, pruning of non-nullable nulls, unknown fields as strict field validation,
 * RE2 patterns, lengths in code points, the strfmt format whitelist and kubectl's field paths and wording. With
 * ajv every one of those would be a custom keyword plus a translation of ajv's errors back into field errors;
 * the walker states each rule once, in the order kube-openapi checks them. It stays fast because every
 * decision that depends on the schema alone (which checks apply, enum sets, compiled patterns, property
 * tables) is made here, once, and the closures only look at the value.
 */
import { Finding } from '../report/finding';
import { duplicate, enumValueStrings, invalid, notSupported, required, tooLong, tooMany, typeName, unknownField } from '../apimachinery/field-errors';
import { formatCheck } from './formats';
import { compilePattern } from '../schema/re2-pattern';
import { CompiledSchema, SchemaNode, WalkContext } from './compiled-schema';

export interface CompileOptions {
  /** Resolves `$ref` (the built-in kinds' schemas reference shared definitions). */
  readonly resolveRef?: (ref: string) => SchemaNode | undefined;
  /** The schema of ObjectMeta, checked structurally on the `metadata` of the root and of embedded resources. */
  readonly objectMeta?: SchemaNode;
  /**
   * Built-in kinds are decoded into Go structs, where a JSON `null` leaves the Go zero value (`data: {key: null}`
   * of a ConfigMap is stored as ""): a null is checked as the zero value of its type instead of as a wrong type.
   * @default false (custom resources: a null in a list is a type error, in a field it was pruned before)
   */
  readonly nullAsZeroValue?: boolean;
}

/** Compiles the schema of a whole object (a custom resource or a built-in kind). */
export function compileSchema(schema: SchemaNode, opts: CompileOptions = {}): CompiledSchema {
  return new Compiler(opts).node(schema, { structural: true, resource: true });
}

/** Compiles a schema for a value inside an object (a field's `default`, a property): not a resource root. */
export function compileValueSchema(schema: SchemaNode, opts: CompileOptions = {}): CompiledSchema {
  return new Compiler(opts).node(schema, { structural: true, resource: false });
}

interface NodeMode {
  /** Structural nodes check unknown fields; the branches of allOf/anyOf/oneOf/not only check values. */
  readonly structural: boolean;
  /** The root object or an embedded resource: apiVersion, kind and metadata are implicitly declared. */
  readonly resource: boolean;
}

const RESOURCE_FIELDS = new Set(['apiVersion', 'kind', 'metadata']);

class Compiler {
  private readonly refs = new Map<string, CompiledSchema>();
  constructor(private readonly opts: CompileOptions) {}

  node(s: SchemaNode, mode: NodeMode): CompiledSchema {
    if (s.$ref) return this.ref(s, mode);
    const checks: CompiledSchema[] = [];
    const typeCheck = this.typeCheck(s);
    this.valueChecks(s, checks);
    // kube-openapi's object validator applies to every object value, typed or not: `required` alone (as in the
    // branches of oneOf/anyOf, which carry no type) is enforced too.
    if (s.type === 'object' || s.properties || s.additionalProperties !== undefined || s.required?.length || s['x-kubernetes-embedded-resource']) {
      checks.push(this.objectCheck(s, { structural: mode.structural, resource: mode.resource || !!s['x-kubernetes-embedded-resource'] }));
    }
    if (s.items) checks.push(this.arrayCheck(s, mode.structural));
    this.branchChecks(s, checks);
    const nullable = !!s.nullable;
    const zero = this.opts.nullAsZeroValue ? zeroValueOf(s) : undefined;
    // kube-openapi checks a null with the type and enum validators only: a nullable enum needs null among its values.
    const nullEnum = s.enum ? enumCheck(s.enum) : undefined;
    const n = checks.length;
    return (v, path, ctx) => {
      if (ctx.matches) ctx.matches.n += matchWeight(v);
      if (v === null) {
        if (nullable || !typeCheck) return void nullEnum?.(v, path, ctx);
        if (zero) v = zero();
      }
      if (typeCheck && !typeCheck(v, path, ctx)) return; // like kube-openapi, nothing else is checked on a wrong type
      for (let i = 0; i < n; i++) checks[i](v, path, ctx);
    };
  }

  /** `$ref` is compiled lazily and memoised, so recursive definitions (JSONSchemaProps) terminate. */
  private ref(s: SchemaNode, mode: NodeMode): CompiledSchema {
    const key = `${s.$ref}|${mode.structural}|${mode.resource}`;
    let target = this.refs.get(key);
    if (!target) {
      let compiled: CompiledSchema | undefined;
      const schema = this.opts.resolveRef?.(s.$ref!);
      // An unresolvable reference is the schema's problem, not the object's: nothing to check.
      target = (v, path, ctx) => { if (schema) (compiled ??= this.node(schema, mode))(v, path, ctx); };
      this.refs.set(key, target);
    }
    const t = target;
    // nullable belongs to the referring node, not to the shared definition.
    return s.nullable ? (v, path, ctx) => { if (v !== null) t(v, path, ctx); } : t;
  }

  /** Returns a type check that reports and returns false on a mismatch, or undefined when any type is fine. */
  private typeCheck(s: SchemaNode): ((v: unknown, path: string, ctx: WalkContext) => boolean) | undefined {
    if (s['x-kubernetes-int-or-string']) {
      return (v, path, ctx) => {
        if (typeof v === 'string' || (typeof v === 'number' && Number.isInteger(v))) return true;
        ctx.out.push(invalid('schema.type', path, typeName(v), `${path} in body must be of type integer,string: ${JSON.stringify(typeName(v))}`));
        return false;
      };
    }
    const t = s.type;
    if (!t) return undefined;
    const ok: (v: unknown) => boolean = {
      object: (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v),
      array: (v: unknown) => Array.isArray(v),
      string: (v: unknown) => typeof v === 'string',
      integer: (v: unknown) => typeof v === 'number' && Number.isInteger(v),
      number: (v: unknown) => typeof v === 'number' && Number.isFinite(v),
      boolean: (v: unknown) => typeof v === 'boolean',
    }[t] ?? (() => true);
    return (v, path, ctx) => {
      if (ok(v)) return true;
      const actual = typeName(v);
      ctx.out.push(invalid('schema.type', path, actual, `${path} in body must be of type ${t}: ${JSON.stringify(actual)}`));
      return false;
    };
  }

  /** format, enum, pattern, bounds, lengths, counts, multipleOf: the value validations of kube-openapi. */
  private valueChecks(s: SchemaNode, checks: CompiledSchema[]): void {
    const fmt = formatCheck(s.format);
    if (fmt) {
      const name = s.format;
      checks.push((v, path, ctx) => {
        if (typeof v === 'string' && !fmt(v)) ctx.out.push(invalid('schema.format', path, v, `${path} in body must be of type ${name}: ${JSON.stringify(v)}`));
      });
    }
    if (s.enum) checks.push(enumCheck(s.enum));
    if (s.pattern !== undefined) {
      const pattern = s.pattern;
      const re = compilePattern(pattern);
      checks.push((v, path, ctx) => {
        if (typeof v !== 'string') return;
        if ('error' in re) {
          // kube-openapi validate.Pattern's wording (the API server refuses such a CRD in the first place).
          ctx.out.push(invalid('schema.pattern', path, v, `${path} in body should match '${pattern}, but pattern is invalid: ${re.error}'`));
        } else if (!re.test(v)) {
          ctx.out.push(invalid('schema.pattern', path, v, `${path} in body should match '${pattern}'`));
        }
      });
    }
    if (s.maxLength !== undefined || s.minLength !== undefined) {
      const { maxLength: max, minLength: min } = s;
      checks.push((v, path, ctx) => {
        if (typeof v !== 'string') return;
        // Go counts runes (code points); JavaScript's length counts UTF-16 units, an upper bound of it.
        if (max !== undefined && v.length > max && codePoints(v) > max) ctx.out.push(tooLong('schema.max-length', path, max));
        if (min !== undefined && (v.length < min || (v.length < 2 * min && codePoints(v) < min))) {
          ctx.out.push(invalid('schema.min-length', path, v, `${path} in body should be at least ${min} chars long`));
        }
      });
    }
    if (s.maximum !== undefined || s.minimum !== undefined || s.multipleOf !== undefined) {
      const { maximum, minimum, multipleOf, exclusiveMaximum: exMax, exclusiveMinimum: exMin } = s;
      checks.push((v, path, ctx) => {
        if (typeof v !== 'number') return;
        if (maximum !== undefined && (exMax ? v >= maximum : v > maximum)) {
          ctx.out.push(invalid('schema.maximum', path, v, `${path} in body should be less than ${exMax ? '' : 'or equal to '}${maximum}`));
        }
        if (minimum !== undefined && (exMin ? v <= minimum : v < minimum)) {
          ctx.out.push(invalid('schema.minimum', path, v, `${path} in body should be greater than ${exMin ? '' : 'or equal to '}${minimum}`));
        }
        if (multipleOf !== undefined && multipleOf > 0 && !isMultiple(v, multipleOf)) {
          ctx.out.push(invalid('schema.multiple-of', path, v, `${path} in body should be a multiple of ${multipleOf}`));
        }
      });
    }
    if (s.maxItems !== undefined || s.minItems !== undefined) {
      const { maxItems: max, minItems: min } = s;
      checks.push((v, path, ctx) => {
        if (!Array.isArray(v)) return;
        if (max !== undefined && v.length > max) ctx.out.push(tooMany('schema.max-items', path, v.length, max));
        if (min !== undefined && v.length < min) ctx.out.push(invalid('schema.min-items', path, v, `${path} in body should have at least ${min} items`));
      });
    }
    if (s.maxProperties !== undefined || s.minProperties !== undefined) {
      const { maxProperties: max, minProperties: min } = s;
      checks.push((v, path, ctx) => {
        if (!isObject(v)) return;
        const n = Object.keys(v).length;
        if (max !== undefined && n > max) ctx.out.push(tooMany('schema.max-properties', path, n, max));
        if (min !== undefined && n < min) ctx.out.push(invalid('schema.min-properties', path, v, `${path} in body should have at least ${min} properties`));
      });
    }
    const listType = s['x-kubernetes-list-type'];
    if (listType === 'set' || s.uniqueItems) checks.push(setCheck());
    if (listType === 'map') checks.push(mapListCheck(s['x-kubernetes-list-map-keys'] ?? []));
  }

  private objectCheck(s: SchemaNode, mode: NodeMode): CompiledSchema {
    const props = new Map<string, { check: CompiledSchema; nullable: boolean }>();
    for (const [k, p] of Object.entries(s.properties ?? {})) {
      if (mode.resource && k === 'metadata') continue; // ObjectMeta is validated by the resource hook
      props.set(k, { check: this.node(p, { structural: mode.structural, resource: false }), nullable: isNullable(p) });
    }
    const requiredKeys = s.required ?? [];
    const ap = s.additionalProperties;
    const additional = typeof ap === 'object' ? this.node(ap, { structural: mode.structural, resource: false }) : undefined;
    const open = !mode.structural || ap === true || !!s['x-kubernetes-preserve-unknown-fields'];
    const resource = mode.resource;
    // metadata is ObjectMeta whatever the schema says; a CRD may only add value validations (on name).
    // A built-in kind's metadata is a reference to ObjectMeta itself: checked once, as objectMeta.
    const declared = s.properties?.metadata as SchemaNode | undefined;
    const ownMetadata = declared && !(declared.$ref && declared.$ref === this.opts.objectMeta?.$ref) ? declared : undefined;
    const metadataValues = resource && ownMetadata
      ? this.node(ownMetadata, { structural: false, resource: false }) : undefined;
    const objectMeta = resource && this.opts.objectMeta
      ? this.node(this.opts.objectMeta, { structural: mode.structural, resource: false }) : undefined;
    return (v, path, ctx) => {
      if (!isObject(v)) return;
      const prefix = path ? `${path}.` : '';
      for (const key of requiredKeys) {
        // In a structural node a null of a non-nullable field counts as absent (the API server prunes it first);
        // a junctor branch does not know the field's nullability and sees the value as it is (already pruned).
        const present = Object.hasOwn(v, key) && !(mode.structural && v[key] === null && !props.get(key)?.nullable);
        if (!present) ctx.out.push(required('schema.required', `${prefix}${key}`));
      }
      for (const key of Object.keys(v)) {
        const value = v[key];
        const p = props.has(key) ? props.get(key) : undefined;
        if (p) {
          // The API server prunes nulls of non-nullable fields before validating: they count as absent.
          if (value === null && !p.nullable) continue;
          p.check(value, `${prefix}${key}`, ctx);
        } else if (additional) {
          // kube-openapi names a map entry `<path>.<key>` (object_validator.go: o.Path+"."+key).
          additional(value, `${prefix}${key}`, ctx);
        } else if (resource && RESOURCE_FIELDS.has(key)) {
          if (key === 'metadata') {
            objectMeta?.(value, `${prefix}${key}`, ctx);
            metadataValues?.(value, `${prefix}${key}`, ctx);
          }
        } else if (!open && ctx.unknownFields !== 'ignore') {
          ctx.out.push(unknownField(`${prefix}${key}`, ctx.unknownFields === 'warn' ? 'warning' : 'error'));
        }
      }
      if (resource && ctx.onResource) ctx.onResource(v, path, ctx.out, path === '');
    };
  }

  private arrayCheck(s: SchemaNode, structural: boolean): CompiledSchema {
    const item = this.node(s.items!, { structural, resource: false });
    return (v, path, ctx) => {
      if (!Array.isArray(v)) return;
      for (let i = 0; i < v.length; i++) item(v[i], `${path}[${i}]`, ctx);
    };
  }

  /**
   * allOf/anyOf/oneOf/not as kube-openapi's schemaPropsValidator: the composite error (worded by kube-openapi, and
   * reported by apiextensions as `Invalid value: ""` without a field path) plus, where it keeps them, the errors
   * of the branches: all of allOf's; for a failed anyOf or a oneOf with no valid branch, those of the failing branch
   * that matched most (kube-openapi's MatchCount, approximated by the values and validators each branch visited).
   */
  private branchChecks(s: SchemaNode, checks: CompiledSchema[]): void {
    const branch = (b: SchemaNode) => this.node(b, { structural: false, resource: false });
    const composite = (path: string, detail: string) => invalid('schema.junctor', undefined, '', `${JSON.stringify(path)} ${detail}`);
    if (s.anyOf?.length) {
      const bs = s.anyOf.map(branch);
      checks.push((v, path, ctx) => {
        let best: BranchRun | undefined;
        for (const b of bs) {
          const run = runBranch(b, v, path, ctx);
          if (run.errors.length === 0) return;
          if (!best || run.matches > best.matches) best = run;
        }
        ctx.out.push(composite(path, 'must validate at least one schema (anyOf)'), ...best!.errors);
      });
    }
    if (s.oneOf?.length) {
      const bs = s.oneOf.map(branch);
      checks.push((v, path, ctx) => {
        let valid = 0;
        let best: BranchRun | undefined;
        for (const b of bs) {
          const run = runBranch(b, v, path, ctx);
          if (run.errors.length === 0) valid++;
          else if (valid === 0 && (!best || run.matches > best.matches)) best = run;
        }
        if (valid === 1) return;
        ctx.out.push(composite(path, `must validate one and only one schema (oneOf). ${valid === 0 ? 'Found none valid' : `Found ${valid} valid alternatives`}`));
        if (valid === 0 && best) ctx.out.push(...best.errors);
      });
    }
    if (s.allOf?.length) {
      const bs = s.allOf.map(branch);
      checks.push((v, path, ctx) => {
        let valid = 0;
        for (const b of bs) {
          const run = runBranch(b, v, path, ctx);
          if (run.errors.length === 0) valid++;
          else ctx.out.push(...run.errors);
        }
        if (valid !== bs.length) ctx.out.push(composite(path, `must validate all the schemas (allOf)${valid === 0 ? '. None validated' : ''}`));
      });
    }
    if (s.not) {
      const b = branch(s.not);
      checks.push((v, path, ctx) => {
        if (runBranch(b, v, path, ctx).errors.length === 0) ctx.out.push(composite(path, 'must not validate the schema (not)'));
      });
    }
  }
}

interface BranchRun {
  readonly errors: Finding[];
  /** How much of the value the branch looked at, kube-openapi's MatchCount: the best failure is reported. */
  readonly matches: number;
}

/** The Go zero value a null decodes to in a built-in kind's field of this type (IntOrString: the integer 0). */
function zeroValueOf(s: SchemaNode): (() => unknown) | undefined {
  if (s['x-kubernetes-int-or-string']) return () => 0;
  switch (s.type) {
    case 'string': return () => '';
    case 'integer': case 'number': return () => 0;
    case 'boolean': return () => false;
    case 'object': return () => ({});
    case 'array': return () => [];
    default: return undefined;
  }
}

/** Runs a branch into a scratch list (unknown fields are the structural schema's business, not a branch's). */
function runBranch(b: CompiledSchema, v: unknown, path: string, ctx: WalkContext): BranchRun {
  const errors: Finding[] = [];
  const matches = { n: 0 };
  b(v, path, { out: errors, unknownFields: 'ignore', matches });
  if (ctx.matches) ctx.matches.n += matches.n;
  return { errors: errors.filter((f) => f.severity === 'error'), matches: matches.n };
}

/**
 * The validators kube-openapi applies to a value of this kind at one schema node (type, schema props, common and
 * the kind's own: string + format, number, slice or object, plus the node itself), which MatchCount adds up.
 */
function matchWeight(v: unknown): number {
  if (typeof v === 'string') return 6;
  if (typeof v === 'number' || Array.isArray(v) || (typeof v === 'object' && v !== null)) return 5;
  return 4;
}

function enumCheck(values: readonly unknown[]): CompiledSchema {
  const scalars = new Set(values.filter((x) => x === null || typeof x !== 'object'));
  const composite = values.filter((x) => x !== null && typeof x === 'object').map(canonical);
  const allowed = enumValueStrings(values);
  return (v, path, ctx) => {
    if (v !== null && typeof v === 'object' ? composite.includes(canonical(v)) : scalars.has(v)) return;
    ctx.out.push(notSupported('schema.enum', path, v, allowed));
  };
}

function setCheck(): CompiledSchema {
  return (v, path, ctx) => {
    if (!Array.isArray(v) || v.length < 2) return;
    const seen = new Set<string>();
    for (let i = 0; i < v.length; i++) {
      const key = canonical(v[i]);
      if (seen.has(key)) ctx.out.push(duplicate('schema.list-set', `${path}[${i}]`, v[i]));
      else seen.add(key);
    }
  };
}

function mapListCheck(keys: readonly string[]): CompiledSchema {
  return (v, path, ctx) => {
    if (!Array.isArray(v) || v.length < 2) return;
    const seen = new Set<string>();
    for (let i = 0; i < v.length; i++) {
      const item = v[i];
      if (!isObject(item)) continue;
      const id: Record<string, unknown> = {};
      for (const k of keys) if (Object.hasOwn(item, k)) id[k] = item[k];
      const key = canonical(id);
      if (seen.has(key)) ctx.out.push(duplicate('schema.list-map', `${path}[${i}]`, id));
      else seen.add(key);
    }
  };
}

/** JSON with sorted keys, so equal values compare equal whatever their key order. */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isObject(v)) return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
  return JSON.stringify(v) ?? 'null';
}

function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

function isMultiple(v: number, m: number): boolean {
  const q = v / m;
  return Math.abs(q - Math.round(q)) < 1e-9;
}

function isNullable(p: SchemaNode): boolean {
  return !!p.nullable;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
