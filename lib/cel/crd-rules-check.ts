import type { JSONSchemaProps } from '../crd/schema';
import type { Finding, ObjectRef } from '../report/finding';
import { compileSchemaRules, type CompiledCelNode } from './compile';
import { estimateRuleCost, maxCardinality, overBudgetFactor, STATIC_ESTIMATED_COST_LIMIT, STATIC_ESTIMATED_CRD_COST_LIMIT } from './static-cost';

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
    walk(compiled.root, 1, (node, cardinality) => {
      node.rules.forEach((r) => {
        const field = `${prefix}${r.schemaPath}.rule`;
        const ruleCost = r.expr ? estimateRuleCost(r.expr, node.schema) : 0;
        const messageCost = r.messageExpr ? estimateRuleCost(r.messageExpr, node.schema) : 0;
        if (ruleCost > STATIC_ESTIMATED_COST_LIMIT) {
          forbid(field, `estimated rule cost exceeds budget by factor of ${overBudgetFactor(ruleCost, STATIC_ESTIMATED_COST_LIMIT)} (${ADVICE})`);
        }
        if (messageCost > STATIC_ESTIMATED_COST_LIMIT) {
          forbid(`${prefix}${r.schemaPath}.messageExpression`, `estimated messageExpression cost exceeds budget by factor of ${overBudgetFactor(messageCost, STATIC_ESTIMATED_COST_LIMIT)} (${ADVICE})`);
        }
        const cost = (ruleCost + messageCost) * cardinality;
        total += cost;
        contributions.push({ field, cost });
      });
    });
    if (total > STATIC_ESTIMATED_CRD_COST_LIMIT) {
      forbid(
        `${prefix}openAPIV3Schema`,
        `x-kubernetes-validations estimated rule cost total for entire OpenAPIv3 schema exceeds budget by factor of ${overBudgetFactor(total, STATIC_ESTIMATED_CRD_COST_LIMIT)} (${ADVICE})`,
      );
      // upstream also points at every rule carrying at least 1% of the limit
      for (const c of contributions) {
        if (c.cost >= STATIC_ESTIMATED_CRD_COST_LIMIT / 100) forbid(c.field, 'contributed to estimated rule & messageExpression cost total exceeding cost limit');
      }
    }
  });
  return findings;
}

/** Visits compiled nodes with how many times each node's rules can run per object. */
function walk(node: CompiledCelNode, cardinality: number, fn: (n: CompiledCelNode, cardinality: number) => void): void {
  fn(node, cardinality);
  node.properties?.forEach((c) => walk(c, cardinality, fn));
  if (node.additionalProperties) walk(node.additionalProperties, cardinality * maxCardinality(node.schema), fn);
  if (node.items) walk(node.items, cardinality * maxCardinality(node.schema), fn);
}
