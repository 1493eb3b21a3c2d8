import type { JSONSchemaProps } from '../schema/json-schema-props';
import type { Finding, ObjectRef } from '../report/finding';
import { compileSchemaRules, type CompiledCelNode } from './compile';
import { childCardinalityFactor, maxCardinality } from './schema-sizes';
import { estimateRuleCost, overBudgetFactor, STATIC_ESTIMATED_COST_LIMIT, STATIC_ESTIMATED_CRD_COST_LIMIT } from './static-cost';

export interface CrdCelCheckOptions {
  /** Kubernetes version whose CEL libraries are available. @default "1.27" */
  readonly kubeVersion?: string;
}

const ADVICE = 'try simplifying the rule, or adding maxItems, maxProperties, and maxLength where arrays, maps, and strings are declared';

/**
 * What the API server checks about a CRD's CEL rules when the CRD is created: every rule and messageExpression
 * of every version compiles against its schema, transition rules only where old values can be correlated, and
 * the static cost estimate of each rule (× how many times it can run) stays within the per-rule and per-CRD limits.
 */
export function checkCrdCelRules(crd: object, options: CrdCelCheckOptions = {}): Finding[] {
  const manifest = crd as {
    metadata?: { name?: string };
    spec?: { versions?: { name?: string; schema?: { openAPIV3Schema?: JSONSchemaProps } }[] };
  };
  const object: ObjectRef = { apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', name: manifest.metadata?.name };
  const findings: Finding[] = [];
  (manifest.spec?.versions ?? []).forEach((version, i) => {
    const schema = version.schema?.openAPIV3Schema;
    if (!schema) return;
    const prefix = `spec.versions[${i}].schema.`;
    const where = `CRD ${object.name ?? '(unnamed)'} version ${version.name ?? i}`;
    const compiled = compileSchemaRules(schema, { kubeVersion: options.kubeVersion });
    for (const f of compiled.findings) {
      findings.push({ ...f, field: f.field === undefined ? undefined : prefix + f.field, message: `${f.message} (${where})`, object });
    }
    if (!compiled.root) return;
    let total = 0;
    const contributions: { field: string; cost: number }[] = [];
    const forbid = (field: string, message: string) =>
      findings.push({ severity: 'error', rule: 'cel.cost', field, message: `Forbidden: ${message} (${where})`, object });
    const observe = (field: string, cost: number) => {
      total += cost;
      if (cost >= STATIC_ESTIMATED_CRD_COST_LIMIT / 100) contributions.push({ field, cost }); // rules under 1% are not named
    };
    walk(compiled.root, 1, (node, cardinality) => {
      node.rules.forEach((r) => {
        const field = `${prefix}${r.schemaPath}.rule`;
        // getExpressionCost: the rule's cost × how often it runs (the product of maxItems/maxProperties above
        // it) or, once one of those is unbounded, × how many of its values fit in a request; never both
        const times = cardinality ?? maxCardinality(node.schema);
        const ruleCost = r.expr ? estimateRuleCost(r.expr, node.schema) * times : 0;
        if (ruleCost > STATIC_ESTIMATED_COST_LIMIT) {
          forbid(field, `estimated rule cost exceeds budget by factor of ${overBudgetFactor(ruleCost, STATIC_ESTIMATED_COST_LIMIT)} (${ADVICE})`);
        }
        observe(field, ruleCost);
        if (!r.messageExpr) return;
        // the messageExpression's estimate is not multiplied (validateCELExpressions)
        const messageField = `${prefix}${r.schemaPath}.messageExpression`;
        const messageCost = estimateRuleCost(r.messageExpr, node.schema);
        if (messageCost > STATIC_ESTIMATED_COST_LIMIT) {
          forbid(messageField, `estimated messageExpression cost exceeds budget by factor of ${overBudgetFactor(messageCost, STATIC_ESTIMATED_COST_LIMIT)} (${ADVICE})`);
        }
        observe(messageField, messageCost);
      });
    });
    if (total > STATIC_ESTIMATED_CRD_COST_LIMIT) {
      // upstream names the 4 most expensive contributors first (TotalCost.MostExpensive), then the total
      contributions.sort((a, b) => b.cost - a.cost);
      for (const c of contributions.slice(0, 4)) {
        forbid(c.field, 'contributed to estimated rule & messageExpression cost total exceeding cost limit for entire OpenAPIv3 schema');
      }
      forbid(
        `${prefix}openAPIV3Schema`,
        `x-kubernetes-validations estimated rule & messageExpression cost total for entire OpenAPIv3 schema exceeds budget by factor of ${overBudgetFactor(total, STATIC_ESTIMATED_CRD_COST_LIMIT)} (${ADVICE})`,
      );
    }
  });
  return findings;
}

/**
 * Visits compiled nodes with how many times each node's rules can run per object (CELSchemaContext
 * MaxCardinality): the product of maxItems / maxProperties of the lists and maps above, undefined (unbounded)
 * below any list or map without one.
 */
function walk(node: CompiledCelNode, cardinality: number | undefined, fn: (n: CompiledCelNode, cardinality: number | undefined) => void): void {
  fn(node, cardinality);
  const factor = childCardinalityFactor(node.schema);
  const child = cardinality === undefined || factor === undefined ? undefined : cardinality * factor;
  node.properties?.forEach((c) => walk(c, child, fn));
  if (node.additionalProperties) walk(node.additionalProperties, child, fn);
  if (node.items) walk(node.items, child, fn);
}
