import { Finding } from '../../report/finding';
import { FieldErrors } from '../../apimachinery/field-errors';
import { child, index, key } from '../../apimachinery/field-path';
import { hasProperties, isIntOrStringAnyOf, isObject, Node } from './schema-node';
import { completenessRules, junctorRules } from './validate-junctors';
import { listAndMapRules } from './validate-list-types';
import { patternRule } from './validate-pattern';

// The structural-schema rules of apiextensions-apiserver (pkg/apis/apiextensions/validation and
// pkg/apiserver/schema), re-implemented over plain JSON because no JavaScript library knows them.

type Level = 'root' | 'item' | 'field';

const TYPES = ['array', 'boolean', 'integer', 'number', 'object', 'string'];
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
  if (typeof s.pattern === 'string') patternRule(s.pattern, child(path, 'pattern'), RULE, errors, out);

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
  completenessRules(s, path, errors, out);
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
