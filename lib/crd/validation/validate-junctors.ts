import { Finding } from '../../report/finding';
import { FieldErrors } from '../../apimachinery/field-errors';
import { child, index, key } from '../../apimachinery/field-path';
import { isObject, Node } from './schema-node';
import { patternRule } from './validate-pattern';

// pkg/apiserver/schema validateNestedValueValidation: under a junctor only value validations are allowed, so the
// structure (types, defaults, extensions) is always defined outside of it.

const JUNCTORS = ['allOf', 'anyOf', 'oneOf'] as const;

/** Value validations under allOf/anyOf/oneOf/not may only constrain values, never change the structure. */
export function junctorRules(s: Node, path: string, skipAnyOf: boolean, skipFirstAllOfAnyOf: boolean, errors: FieldErrors, out: Finding[]): void {
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
  if (typeof v.pattern === 'string' && v.pattern) patternRule(v.pattern, child(path, 'pattern'), 'crd.schema', errors, out);
  if (v.properties?.metadata !== undefined) {
    out.push(errors.forbidden(rule, key(child(path, 'properties'), 'metadata'), 'must not be specified in a nested context'));
  }
  for (const [name, p] of Object.entries(v.properties ?? {})) nested(p as Node, key(child(path, 'properties'), name), false, errors, out);
  if (isObject(v.items)) nested(v.items, child(path, 'items'), false, errors, out);
  junctorRules(v, path, skipAnyOf, false, errors, out);
}

/**
 * Everything a junctor constrains must also be defined structurally: `anyOf: [{required: [a]}]` is fine,
 * `anyOf: [{properties: {b: ...}}]` needs `properties.b` next to it (pkg/apiserver/schema completeness).
 */
export function completenessRules(s: Node, path: string, errors: FieldErrors, out: Finding[]): void {
  const visit = (v: Node, structural: Node | undefined, sPath: string, vPath: string): void => {
    if (!isObject(v)) return;
    if (!isObject(structural)) {
      out.push(errors.required('crd.schema.junctor', sPath, `because it is defined in ${vPath}`));
      return;
    }
    if (isObject(v.items)) visit(v.items, structural.items, child(sPath, 'items'), child(vPath, 'items'));
    for (const [k, vField] of Object.entries<Node>(v.properties ?? {})) {
      visit(vField, structural.properties?.[k], key(child(sPath, 'properties'), k), key(child(vPath, 'properties'), k));
    }
    forEachJunctor(v, vPath, (sub, subPath) => visit(sub, structural, sPath, subPath));
  };
  forEachJunctor(s, path, (sub, subPath) => visit(sub, s, path, subPath));
}

function forEachJunctor(s: Node, path: string, fn: (sub: Node, subPath: string) => void): void {
  for (const j of JUNCTORS) (Array.isArray(s[j]) ? s[j] : []).forEach((sub: Node, i: number) => fn(sub, index(child(path, j), i)));
  if (s.not !== undefined) fn(s.not, child(path, 'not'));
}
