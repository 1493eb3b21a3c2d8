import { Finding } from '../../report/finding';
import { child, FieldErrors, index, key } from './field-error';

// The structural-schema rules of apiextensions-apiserver (pkg/apis/apiextensions/validation and
// pkg/apiserver/schema), re-implemented over plain JSON because no JavaScript library knows them.

type Level = 'root' | 'item' | 'field';
type Node = Record<string, any>;

const TYPES = ['array', 'boolean', 'integer', 'number', 'object', 'string'];
const JUNCTORS = ['allOf', 'anyOf', 'oneOf'] as const;
const META_FIELDS = new Set(['metadata', 'kind', 'apiVersion']);
/** What the root may hold when the status subresource is on (the status schema is cut out of it). */
const ALLOWED_AT_STATUS_ROOT = new Set(['description', 'type', 'format', 'title', 'maximum', 'exclusiveMaximum',
  'minimum', 'exclusiveMinimum', 'maxLength', 'minLength', 'pattern', 'maxItems', 'minItems', 'uniqueItems',
  'multipleOf', 'required', 'items', 'properties', 'externalDocs', 'example', 'x-kubernetes-preserve-unknown-fields',
  'x-kubernetes-validations']);

const RULE = 'crd.schema';

interface Walk {
  readonly level: Level;
  /** Inside top-level metadata, kind or apiVersion: defaults are pruned there, so they are forbidden. */
  readonly inRootMeta: boolean;
}

/** Every structural-schema error of one version's `openAPIV3Schema`, found at `path`. */
export function validateVersionSchema(schema: Node, path: string, statusEnabled: boolean, errors: FieldErrors): Finding[] {
  const out: Finding[] = [];
  if (schema.nullable === true) out.push(errors.forbidden(RULE, child(path, 'nullable'), 'nullable cannot be true at the root'));
  if (statusEnabled) {
    const extra = Object.keys(schema).filter((k) => !ALLOWED_AT_STATUS_ROOT.has(k) && schema[k] !== false);
    if (extra.length) {
      out.push(errors.invalid(RULE, path, extra, `only [${[...ALLOWED_AT_STATUS_ROOT].join(' ')}] fields are allowed `
        + 'at the root of the schema if the status subresource is enabled'));
    }
  }
  walk(schema, path, { level: 'root', inRootMeta: false }, errors, out);
  return out;
}

function walk(s: Node, path: string, ctx: Walk, errors: FieldErrors, out: Finding[]): void {
  if (!isObject(s)) {
    out.push(errors.invalid(RULE, path, s, 'must be a schema object'));
    return;
  }
  forbiddenKeywords(s, path, ctx, errors, out);
  typeRules(s, path, ctx, errors, out);
  metadataRules(s, path, ctx, errors, out);
  listAndMapRules(s, path, errors, out);
  celRuleShape(s, path, errors, out);
  if (typeof s.pattern === 'string') patternRule(s.pattern, child(path, 'pattern'), errors, out);

  const ap = s.additionalProperties;
  if (ap !== undefined) {
    if (ap === false) out.push(errors.forbidden(RULE, child(path, 'additionalProperties'), 'additionalProperties cannot be set to false'));
    if (hasProperties(s) && (ap === false || isObject(ap))) {
      out.push(errors.forbidden(RULE, child(path, 'additionalProperties'), 'additionalProperties and properties are mutual exclusive'));
    }
    if (ctx.level === 'root') out.push(errors.forbidden(RULE, child(path, 'additionalProperties'), 'must not be used at the root'));
    if (s['x-kubernetes-embedded-resource'] === true) {
      out.push(errors.forbidden(RULE, child(path, 'additionalProperties'), 'must not be used if x-kubernetes-embedded-resource is set'));
    }
    if (isObject(ap)) walk(ap, child(path, 'additionalProperties'), { level: 'field', inRootMeta: ctx.inRootMeta }, errors, out);
  }
  for (const [name, prop] of Object.entries(s.properties ?? {})) {
    const inRootMeta = ctx.inRootMeta || (ctx.level === 'root' && META_FIELDS.has(name));
    walk(prop as Node, key(child(path, 'properties'), name), { level: 'field', inRootMeta }, errors, out);
  }
  if (isObject(s.items)) walk(s.items, child(path, 'items'), { level: 'item', inRootMeta: ctx.inRootMeta }, errors, out);
  if (Array.isArray(s.items)) out.push(errors.forbidden(RULE, child(path, 'items'), 'items must be a schema object and not an array'));

  const skipAnyOf = isIntOrStringAnyOf(s.anyOf);
  const skipFirstAllOfAnyOf = Array.isArray(s.allOf) && isIntOrStringAnyOf(s.allOf[0]?.anyOf);
  junctorRules(s, path, skipAnyOf, skipFirstAllOfAnyOf, errors, out);
}

function forbiddenKeywords(s: Node, path: string, ctx: Walk, errors: FieldErrors, out: Finding[]): void {
  const notSupported: Array<[string, string]> = [['id', 'id is not supported'], ['additionalItems', 'additionalItems is not supported'],
    ['patternProperties', 'patternProperties is not supported'], ['definitions', 'definitions is not supported'],
    ['dependencies', 'dependencies is not supported'], ['$ref', '$ref is not supported']];
  for (const [k, detail] of notSupported) if (s[k] !== undefined) out.push(errors.forbidden(RULE, child(path, k), detail));
  if (s.uniqueItems === true) {
    out.push(errors.forbidden(RULE, child(path, 'uniqueItems'), 'uniqueItems cannot be set to true since the runtime complexity becomes quadratic'));
  }
  if (s.default !== undefined && ctx.inRootMeta) {
    out.push(errors.forbidden(RULE, child(path, 'default'), 'must not be set in top-level metadata'));
  }
}

function typeRules(s: Node, path: string, ctx: Walk, errors: FieldErrors, out: Finding[]): void {
  const at = child(path, 'type');
  if (s.type === 'null') out.push(errors.forbidden(RULE, at, 'type cannot be set to null, use nullable as an alternative'));
  else if (s.type !== undefined && !TYPES.includes(s.type)) out.push(errors.notSupported(RULE, at, s.type, TYPES));
  const intOrString = s['x-kubernetes-int-or-string'] === true;
  const preserve = s['x-kubernetes-preserve-unknown-fields'] === true;
  const embedded = s['x-kubernetes-embedded-resource'] === true;

  if (embedded && s.type !== 'object') {
    out.push(s.type ? errors.invalid(RULE, at, s.type, 'must be object if x-kubernetes-embedded-resource is true')
      : errors.required(RULE, at, 'must be object if x-kubernetes-embedded-resource is true'));
  } else if (!s.type && !intOrString && !preserve) {
    const where = { root: 'at the root', item: 'for specified array items', field: 'for specified object fields' }[ctx.level];
    out.push(errors.required(RULE, at, `must not be empty ${where}`));
  }
  if (ctx.level === 'root' && s.type && s.type !== 'object') out.push(errors.invalid(RULE, at, s.type, 'must be object at the root'));
  if (s.type === 'array' && s.items === undefined) out.push(errors.required(RULE, child(path, 'items'), 'must be specified'));
  if (s['x-kubernetes-preserve-unknown-fields'] === false) {
    out.push(errors.invalid(RULE, child(path, 'x-kubernetes-preserve-unknown-fields'), false, 'must be true or undefined'));
  }
  if (intOrString && preserve) {
    out.push(errors.invalid(RULE, child(path, 'x-kubernetes-preserve-unknown-fields'), true, 'must be false if x-kubernetes-int-or-string is true'));
  }
  if (intOrString && embedded) {
    out.push(errors.invalid(RULE, child(path, 'x-kubernetes-embedded-resource'), true, 'must be false if x-kubernetes-int-or-string is true'));
  }
  if (embedded && !preserve && !hasProperties(s)) {
    out.push(errors.required(RULE, child(path, 'properties'),
      'must not be empty if x-kubernetes-embedded-resource is true without x-kubernetes-preserve-unknown-fields'));
  }
  if (embedded && ctx.inRootMeta) {
    out.push(errors.forbidden(RULE, child(path, 'x-kubernetes-embedded-resource'), 'must not be used inside of resource meta'));
  }
}

/** apiVersion/kind/metadata at the root (and in embedded resources); the root's metadata may only restrict names. */
function metadataRules(s: Node, path: string, ctx: Walk, errors: FieldErrors, out: Finding[]): void {
  if (!(ctx.level === 'root' || s['x-kubernetes-embedded-resource'] === true)) return;
  const props = s.properties ?? {};
  const props_ = child(path, 'properties');
  for (const [name, type] of [['kind', 'string'], ['apiVersion', 'string'], ['metadata', 'object']]) {
    const p = props[name];
    if (p && p.type !== type) out.push(errors.invalid(RULE, child(key(props_, name), 'type'), p.type ?? '', `must be ${type}`));
  }
  const meta = props.metadata;
  if (ctx.level !== 'root' || !isObject(meta)) return;
  const names = Object.keys(meta.properties ?? {});
  const onlyNames = names.every((n) => n === 'name' || n === 'generateName');
  const otherKeywords = Object.keys(meta).filter((k) => !['type', 'default', 'properties'].includes(k));
  if (!onlyNames || otherKeywords.length) {
    out.push(errors.forbidden(RULE, key(props_, 'metadata'),
      'must not specify anything other than name and generateName, but metadata is implicitly specified'));
  }
}

function listAndMapRules(s: Node, path: string, errors: FieldErrors, out: Finding[]): void {
  const mapType = s['x-kubernetes-map-type'];
  const listType = s['x-kubernetes-list-type'];
  const keys: unknown[] = s['x-kubernetes-list-map-keys'] ?? [];
  const typeAt = child(path, 'type');
  if (mapType !== undefined && s.type !== 'object') {
    out.push(s.type ? errors.invalid(RULE, typeAt, s.type, 'must be object if x-kubernetes-map-type is specified')
      : errors.required(RULE, typeAt, 'must be object if x-kubernetes-map-type is specified'));
  }
  if (mapType !== undefined && mapType !== 'atomic' && mapType !== 'granular') {
    out.push(errors.notSupported(RULE, child(path, 'x-kubernetes-map-type'), mapType, ['atomic', 'granular']));
  }
  if (listType !== undefined && s.type !== 'array') {
    out.push(s.type ? errors.invalid(RULE, typeAt, s.type, 'must be array if x-kubernetes-list-type is specified')
      : errors.required(RULE, typeAt, 'must be array if x-kubernetes-list-type is specified'));
  }
  if (listType !== undefined && !['atomic', 'set', 'map'].includes(listType)) {
    out.push(errors.notSupported(RULE, child(path, 'x-kubernetes-list-type'), listType, ['atomic', 'set', 'map']));
  }
  const listTypeAt = child(path, 'x-kubernetes-list-type');
  const keysAt = child(path, 'x-kubernetes-list-map-keys');
  if (keys.length > 0 && listType === undefined) {
    out.push(errors.required(RULE, listTypeAt, 'must be map if x-kubernetes-list-map-keys is non-empty'));
  } else if (keys.length > 0 && listType !== 'map') {
    out.push(errors.invalid(RULE, listTypeAt, listType, 'must be map if x-kubernetes-list-map-keys is non-empty'));
  }
  const items = s.items;
  const itemsAt = child(path, 'items');
  if (listType === 'set' && isObject(items) && items.type === 'object' && items['x-kubernetes-map-type'] !== 'atomic') {
    out.push(errors.invalid(RULE, child(itemsAt, 'x-kubernetes-map-type'), items['x-kubernetes-map-type'] ?? null,
      'must be atomic as item of a list with x-kubernetes-list-type=set'));
  }
  if ((listType === 'set' || listType === 'map') && isObject(items) && items.nullable === true) {
    out.push(errors.forbidden(RULE, child(itemsAt, 'nullable'), `cannot be nullable when x-kubernetes-list-type is ${listType}`));
  }
  if (listType !== 'map') return;
  if (keys.length === 0) out.push(errors.required(RULE, keysAt, 'must not be empty if x-kubernetes-list-type is map'));
  if (items === undefined) {
    out.push(errors.required(RULE, itemsAt, 'must have a schema if x-kubernetes-list-type is map'));
    return;
  }
  if (!isObject(items)) return;
  if (items.type !== 'object') {
    out.push(errors.invalid(RULE, child(itemsAt, 'type'), items.type ?? '', "must be object if parent array's x-kubernetes-list-type is map"));
    return;
  }
  const required = new Set<string>(items.required ?? []);
  const seen = new Set<unknown>();
  for (const k of keys) {
    const prop = items.properties?.[k as string];
    const propAt = key(child(itemsAt, 'properties'), String(k));
    if (!prop) out.push(errors.invalid(RULE, keysAt, keys, 'entries must all be names of item properties'));
    else {
      if (prop.type === 'array' || prop.type === 'object') {
        out.push(errors.invalid(RULE, child(propAt, 'type'), prop.type, "must be a scalar type if parent array's x-kubernetes-list-type is map"));
      }
      if (!required.has(k as string) && prop.default === undefined) {
        out.push(errors.required(RULE, child(propAt, 'default'),
          'this property is in x-kubernetes-list-map-keys, so it must have a default or be a required property'));
      }
      if (prop.nullable === true) {
        out.push(errors.forbidden(RULE, child(propAt, 'nullable'), 'this property is in x-kubernetes-list-map-keys, so it cannot be nullable'));
      }
    }
    if (seen.has(k)) out.push(errors.invalid(RULE, keysAt, keys, 'must not contain duplicate entries'));
    seen.add(k);
  }
}

/** The shape of `x-kubernetes-validations` entries; compiling the expressions is the CEL check's job. */
function celRuleShape(s: Node, path: string, errors: FieldErrors, out: Finding[]): void {
  const rules = s['x-kubernetes-validations'];
  if (!Array.isArray(rules)) return;
  rules.forEach((r: Node, i: number) => {
    const at = index(child(path, 'x-kubernetes-validations'), i);
    const rule = String(r?.rule ?? '').trim();
    const message = typeof r?.message === 'string' ? r.message : '';
    if (!rule) out.push(errors.required('crd.schema.cel', child(at, 'rule'), 'rule is not specified'));
    else if (message.length > 0 && !message.trim()) {
      out.push(errors.invalid('crd.schema.cel', child(at, 'message'), message, 'message must be non-empty if specified'));
    } else if (/[\n\r]/.test(message.trim())) {
      out.push(errors.invalid('crd.schema.cel', child(at, 'message'), message, 'message must not contain line breaks'));
    } else if (/[\n\r]/.test(rule) && !message.trim()) {
      out.push(errors.required('crd.schema.cel', child(at, 'message'), 'message must be specified if rule contains line breaks'));
    }
  });
}

// The API server compiles patterns with Go's RE2, which has no look-around or back-references; JavaScript does,
// so those are rejected here explicitly before asking the JavaScript engine about the rest of the syntax.
const NOT_IN_RE2 = /\(\?<?[=!]|\\[1-9]/;

function patternRule(pattern: string, at: string, errors: FieldErrors, out: Finding[]): void {
  let problem: string | undefined;
  if (NOT_IN_RE2.test(pattern)) problem = 'look-around and back-references are not supported by RE2';
  else {
    try { new RegExp(pattern, 'u'); } catch (e) { problem = (e as Error).message; }
  }
  if (problem) out.push(errors.invalid(RULE, at, pattern, `must be a valid regular expression, but isn't: ${problem}`));
}

/** Value validations under allOf/anyOf/oneOf/not may only constrain values, never change the structure. */
function junctorRules(s: Node, path: string, skipAnyOf: boolean, skipFirstAllOfAnyOf: boolean, errors: FieldErrors, out: Finding[]): void {
  for (const j of JUNCTORS) {
    (Array.isArray(s[j]) ? s[j] : []).forEach((sub: Node, i: number) => {
      if (j === 'anyOf' && skipAnyOf) return;
      nested(sub, index(child(path, j), i), j === 'allOf' && i === 0 && skipFirstAllOfAnyOf, errors, out);
    });
  }
  if (s.not !== undefined) nested(s.not, child(path, 'not'), false, errors, out);
}

const NESTED_FORBIDDEN: Array<[string, (v: any) => boolean, string]> = [
  ['type', (v) => !!v, 'must be empty to be structural'],
  ['additionalProperties', (v) => v !== undefined, 'must be undefined to be structural'],
  ['default', (v) => v !== undefined, 'must be undefined to be structural'],
  ['title', (v) => !!v, 'must be empty to be structural'],
  ['description', (v) => !!v, 'must be empty to be structural'],
  ['nullable', (v) => v === true, 'must be false to be structural'],
  ['x-kubernetes-preserve-unknown-fields', (v) => v === true, 'must be false to be structural'],
  ['x-kubernetes-embedded-resource', (v) => v === true, 'must be false to be structural'],
  ['x-kubernetes-int-or-string', (v) => v === true, 'must be false to be structural'],
  ['x-kubernetes-list-map-keys', (v) => Array.isArray(v) && v.length > 0, 'must be empty to be structural'],
  ['x-kubernetes-list-type', (v) => v !== undefined, 'must be undefined to be structural'],
];

function nested(v: Node, path: string, skipAnyOf: boolean, errors: FieldErrors, out: Finding[]): void {
  if (!isObject(v)) return;
  const rule = 'crd.schema.junctor';
  for (const [k, bad, detail] of NESTED_FORBIDDEN) if (bad(v[k])) out.push(errors.forbidden(rule, child(path, k), detail));
  if (v.properties?.metadata !== undefined) {
    out.push(errors.forbidden(rule, key(child(path, 'properties'), 'metadata'), 'must not be specified in a nested context'));
  }
  for (const [name, p] of Object.entries(v.properties ?? {})) nested(p as Node, key(child(path, 'properties'), name), false, errors, out);
  if (isObject(v.items)) nested(v.items, child(path, 'items'), false, errors, out);
  junctorRules(v, path, skipAnyOf, false, errors, out);
}

function isIntOrStringAnyOf(anyOf: unknown): boolean {
  return Array.isArray(anyOf) && anyOf.length === 2
    && JSON.stringify(anyOf[0]) === '{"type":"integer"}' && JSON.stringify(anyOf[1]) === '{"type":"string"}';
}

const isObject = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasProperties = (s: Node) => isObject(s.properties) && Object.keys(s.properties).length > 0;
