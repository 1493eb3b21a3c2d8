/** Label selectors as apimachinery evaluates them (LabelSelectorAsSelector): matchLabels and matchExpressions, ANDed. */

/** Whether one `matchExpressions` requirement selects `labels` (an unknown operator selects nothing). */
export function expressionMatches(e: any, labels: Record<string, string>): boolean {
  const has = e?.key in labels;
  switch (e?.operator) {
    case 'In': return has && (e.values ?? []).includes(labels[e.key]);
    case 'NotIn': return !has || !(e.values ?? []).includes(labels[e.key]);
    case 'Exists': return has;
    case 'DoesNotExist': return !has;
    default: return false;
  }
}

/** Whether `selector` selects `labels`: a missing selector selects nothing, an empty one everything. */
export function selectorMatches(selector: any, labels: Record<string, string>): boolean {
  if (selector === undefined || selector === null) return false;
  return Object.entries<string>(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v)
    && (selector.matchExpressions ?? []).every((e: any) => expressionMatches(e, labels));
}
