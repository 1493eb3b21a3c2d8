/**
 * How field.Error prints a value that is not a string, number or boolean (apimachinery
 * pkg/util/validation/field/errors.go): Go's `%#v` up to Kubernetes 1.33 (`map[string]string{"app":"web"}`,
 * `[]string{"get"}`, `intstr.IntOrString{Type:1, IntVal:0, StrVal:"50%"}`), JSON from 1.34 (kubernetes#132314:
 * `{"app":"web"}`, `["get"]`, `"50%"`; internal types without json tags keep their Go field names).
 */
import { GoValue } from '../../apimachinery/field-errors';
import { atLeast, RuleContext } from './types';

const q = (s: string) => JSON.stringify(s);
const json = (ctx: RuleContext) => atLeast(ctx, '1.34');
const isMap = (m: unknown): m is Record<string, unknown> => !!m && typeof m === 'object' && !Array.isArray(m);
const sortedEntries = (m: Record<string, unknown>) => Object.entries(m).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** A `map[string]string` (labels): keys sorted, as both fmt and encoding/json print maps. */
export function goStringMap(m: unknown, ctx: RuleContext): GoValue {
  if (json(ctx)) return new GoValue(isMap(m) ? `{${sortedEntries(m).map(([k, v]) => `${q(k)}:${q(String(v))}`).join(',')}}` : 'null');
  if (!isMap(m)) return new GoValue('map[string]string(nil)');
  return new GoValue(`map[string]string{${sortedEntries(m).map(([k, v]) => `${q(k)}:${q(String(v))}`).join(', ')}}`);
}

/** A `[]string`. */
export function goStringSlice(list: unknown, ctx: RuleContext): GoValue {
  if (json(ctx)) return new GoValue(Array.isArray(list) ? `[${list.map((s) => q(String(s))).join(',')}]` : 'null');
  if (!Array.isArray(list)) return new GoValue('[]string(nil)');
  return new GoValue(`[]string{${list.map((s) => q(String(s))).join(', ')}}`);
}

/** An `intstr.IntOrString` (Type 0 is an int, 1 a string). */
export function goIntOrString(v: unknown, ctx: RuleContext): GoValue {
  if (json(ctx)) return new GoValue(typeof v === 'number' ? String(v) : q(String(v)));
  return typeof v === 'number'
    ? new GoValue(`intstr.IntOrString{Type:0, IntVal:${v}, StrVal:""}`)
    : new GoValue(`intstr.IntOrString{Type:1, IntVal:0, StrVal:${q(String(v))}}`);
}

/** A nil slice of an API type, e.g. `[]networking.IngressRule(nil)`. */
export const goNilSlice = (type: string, ctx: RuleContext): GoValue => new GoValue(json(ctx) ? 'null' : `[]${type}(nil)`);

/** A `v1.LabelSelector` (after the pointer is dereferenced, as field.Error does). */
export function goLabelSelector(selector: unknown, ctx: RuleContext): GoValue {
  const sel = isMap(selector) ? (selector as Record<string, any>) : {};
  const exprs = Array.isArray(sel.matchExpressions) ? sel.matchExpressions.map((e: any) => (isMap(e) ? e : {}) as Record<string, any>) : undefined;
  if (json(ctx)) {
    const parts: string[] = [];
    if (isMap(sel.matchLabels) && Object.keys(sel.matchLabels).length) parts.push(`"matchLabels":${goStringMap(sel.matchLabels, ctx).text}`);
    if (exprs?.length) {
      parts.push(`"matchExpressions":[${exprs.map((e) => `{"key":${q(String(e.key ?? ''))},"operator":${q(String(e.operator ?? ''))}${
        Array.isArray(e.values) && e.values.length ? `,"values":${goStringSlice(e.values, ctx).text}` : ''}}`).join(',')}]`);
    }
    return new GoValue(`{${parts.join(',')}}`);
  }
  const labels = isMap(sel.matchLabels) ? goStringMap(sel.matchLabels, ctx).text : 'map[string]string(nil)';
  const exprText = exprs
    ? `[]v1.LabelSelectorRequirement{${exprs.map((e) =>
      `v1.LabelSelectorRequirement{Key:${q(String(e.key ?? ''))}, Operator:${q(String(e.operator ?? ''))}, Values:${goStringSlice(e.values, ctx).text}}`).join(', ')}}`
    : '[]v1.LabelSelectorRequirement(nil)';
  return new GoValue(`v1.LabelSelector{MatchLabels:${labels}, MatchExpressions:${exprText}}`);
}
