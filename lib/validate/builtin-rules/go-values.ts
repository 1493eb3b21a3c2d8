/**
 * Go's `%#v` rendering of the API types' values, as field.Error prints any value that is not a string, number or
 * boolean (apimachinery pkg/util/validation/field/errors.go): `map[string]string{"app":"web"}`,
 * `[]string{"get"}`, `intstr.IntOrString{Type:1, IntVal:0, StrVal:"50%"}`.
 */
import { GoValue } from '../field-errors';

const q = (s: string) => JSON.stringify(s);

/** A `map[string]string` (labels): keys sorted, as fmt prints maps. */
export function goStringMap(m: unknown): GoValue {
  if (!m || typeof m !== 'object' || Array.isArray(m)) return new GoValue('map[string]string(nil)');
  const entries = Object.entries(m as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new GoValue(`map[string]string{${entries.map(([k, v]) => `${q(k)}:${q(String(v))}`).join(', ')}}`);
}

/** A `[]string`. */
export function goStringSlice(list: unknown): GoValue {
  if (!Array.isArray(list)) return new GoValue('[]string(nil)');
  return new GoValue(`[]string{${list.map((s) => q(String(s))).join(', ')}}`);
}

/** An `intstr.IntOrString` (Type 0 is an int, 1 a string). */
export function goIntOrString(v: unknown): GoValue {
  return typeof v === 'number'
    ? new GoValue(`intstr.IntOrString{Type:0, IntVal:${v}, StrVal:""}`)
    : new GoValue(`intstr.IntOrString{Type:1, IntVal:0, StrVal:${q(String(v))}}`);
}

/** A nil slice of an API type, e.g. `[]networking.IngressRule(nil)`. */
export const goNilSlice = (type: string): GoValue => new GoValue(`[]${type}(nil)`);

/** A `v1.LabelSelector` (after the pointer is dereferenced, as field.Error does). */
export function goLabelSelector(selector: unknown): GoValue {
  const sel = (selector && typeof selector === 'object' ? selector : {}) as Record<string, any>;
  const labels = sel.matchLabels === undefined || sel.matchLabels === null ? 'map[string]string(nil)' : goStringMap(sel.matchLabels).text;
  const exprs = Array.isArray(sel.matchExpressions)
    ? `[]v1.LabelSelectorRequirement{${sel.matchExpressions.map((e: any) =>
      `v1.LabelSelectorRequirement{Key:${q(String(e?.key ?? ''))}, Operator:${q(String(e?.operator ?? ''))}, Values:${goStringSlice(e?.values).text}}`).join(', ')}}`
    : '[]v1.LabelSelectorRequirement(nil)';
  return new GoValue(`v1.LabelSelector{MatchLabels:${labels}, MatchExpressions:${exprs}}`);
}
