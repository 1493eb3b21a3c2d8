import type { CelResult } from '@bufbuild/cel';
import type { Expr } from '@bufbuild/cel-spec/cel/expr/syntax_pb.js';
import type { JSONSchemaProps, ValidationRule } from '../schema/json-schema-props';
import type { Finding } from '../report/finding';
import { compileExpression } from './compile-expression';
import { resolveFieldPath } from './rule-field-path';
import { DEFAULT_KUBE_VERSION, isKubeVersion } from './kube-version';
import { schemaCelType, type SchemaCelType } from './schema-cel-type';

export interface CelCompileOptions {
  /** Kubernetes version whose CEL libraries are available. @default "1.27" */
  readonly kubeVersion?: string;
  /** The schema is a resource's root (adds apiVersion, kind, metadata.name/generateName to `self`). @default true */
  readonly resourceRoot?: boolean;
}

/** A planned expression: evaluates with `self` (and `oldSelf`) bound. */
export type CelProgram = (bindings: Record<string, unknown>) => CelResult;

/** One rule of a schema node, compiled. */
export interface CompiledCelRule {
  readonly rule: ValidationRule;
  /** Undefined when the rule failed to compile (reported in `findings`). */
  readonly program?: CelProgram;
  readonly messageProgram?: CelProgram;
  /** References `oldSelf`: a transition rule, evaluated only on update (or with optionalOldSelf). */
  readonly usesOldSelf: boolean;
  /** The messageExpression references `oldSelf` (bound, non-optional, only when there is an old value). */
  readonly messageUsesOldSelf: boolean;
  /** The rule's `fieldPath` resolved to kubectl form, appended to the node path. */
  readonly fieldPath: string;
  /** Cost charged for one evaluation besides comprehension iterations (expression size). */
  readonly baseCost: number;
  /** Parsed trees of the rule and its messageExpression, for the static cost estimate. */
  readonly expr?: Expr;
  readonly messageExpr?: Expr;
  /** Where the rule is: `openAPIV3Schema.properties[spec].x-kubernetes-validations[0]`. */
  readonly schemaPath: string;
}

/** A schema node with rules in it or below it; nodes without any are pruned so evaluation skips them. */
export interface CompiledCelNode {
  readonly schema: JSONSchemaProps;
  readonly type: SchemaCelType;
  readonly rules: readonly CompiledCelRule[];
  readonly properties?: ReadonlyMap<string, CompiledCelNode>;
  readonly additionalProperties?: CompiledCelNode;
  readonly items?: CompiledCelNode;
}

export interface CompiledSchemaRules {
  readonly root?: CompiledCelNode;
  /** Compile errors, with the schema path of the rule. */
  readonly findings: readonly Finding[];
  readonly ruleCount: number;
  /** The Kubernetes version compiled for; evaluation follows its semantics (e.g. ratcheting from 1.30). */
  readonly kubeVersion: string;
}

const cache = new WeakMap<JSONSchemaProps, Map<string, CompiledSchemaRules>>();

/**
 * Compiles every `x-kubernetes-validations` rule (and messageExpression) of a structural schema, once:
 * results are cached per schema object and options, so validating 10,000 objects compiles each rule once.
 */
export function compileSchemaRules(schema: JSONSchemaProps, options: CelCompileOptions = {}): CompiledSchemaRules {
  const kubeVersion = options.kubeVersion ?? DEFAULT_KUBE_VERSION;
  const resourceRoot = options.resourceRoot ?? true;
  const key = `${kubeVersion}/${resourceRoot}`;
  let perSchema = cache.get(schema);
  const hit = perSchema?.get(key);
  if (hit) return hit;
  const findings: Finding[] = [];
  if (!isKubeVersion(kubeVersion)) {
    const message = `kubeVersion ${JSON.stringify(kubeVersion)} is not a Kubernetes version: use "1.<minor>", e.g. "1.30"`;
    return { findings: [{ severity: 'error', rule: 'cel.kube-version', message }], ruleCount: 0, kubeVersion: DEFAULT_KUBE_VERSION };
  }
  const counter = { rules: 0 };
  const root = compileNode(schema, 'openAPIV3Schema', resourceRoot, true, kubeVersion, findings, counter);
  const result: CompiledSchemaRules = { root, findings, ruleCount: counter.rules, kubeVersion };
  if (!perSchema) cache.set(schema, (perSchema = new Map()));
  perSchema.set(key, result);
  return result;
}

function compileNode(
  schema: JSONSchemaProps,
  path: string,
  resourceRoot: boolean,
  correlatable: boolean,
  kubeVersion: string,
  findings: Finding[],
  counter: { rules: number },
): CompiledCelNode | undefined {
  const type = schemaCelType(schema, resourceRoot, 'self');
  const rules = (schema['x-kubernetes-validations'] ?? []).map((rule, i) =>
    compileRule(rule, schema, type, `${path}.x-kubernetes-validations[${i}]`, correlatable, kubeVersion, findings),
  );
  counter.rules += rules.length;
  let properties: Map<string, CompiledCelNode> | undefined;
  for (const [name, sub] of Object.entries(schema.properties ?? {})) {
    const child = compileNode(sub, `${path}.properties[${name}]`, false, correlatable, kubeVersion, findings, counter);
    if (child) (properties ??= new Map()).set(name, child);
  }
  const additionalProperties =
    typeof schema.additionalProperties === 'object'
      ? compileNode(schema.additionalProperties, `${path}.additionalProperties`, false, correlatable, kubeVersion, findings, counter)
      : undefined;
  // Only items of map-type lists can be matched with their old values (upstream MapIsCorrelatable/makeMapList).
  const items = schema.items
    ? compileNode(schema.items, `${path}.items`, false, correlatable && schema['x-kubernetes-list-type'] === 'map', kubeVersion, findings, counter)
    : undefined;
  for (const sub of schema.allOf ?? []) {
    // allOf rules apply to the same value; fold them into this node (upstream AllOfValidators)
    const extra = compileNode(sub, `${path}.allOf`, resourceRoot, correlatable, kubeVersion, findings, counter);
    if (extra) rules.push(...extra.rules);
  }
  if (rules.length === 0 && !properties && !additionalProperties && !items) return undefined;
  return { schema, type, rules, properties, additionalProperties, items };
}

function compileRule(
  rule: ValidationRule,
  schema: JSONSchemaProps,
  type: SchemaCelType,
  schemaPath: string,
  correlatable: boolean,
  kubeVersion: string,
  findings: Finding[],
): CompiledCelRule {
  const fail = (field: string, message: string) =>
    findings.push({ severity: 'error', rule: 'cel.compile', field: `${schemaPath}.${field}`, message });

  let fieldPath = '';
  if (rule.fieldPath) {
    const resolved = resolveFieldPath(rule.fieldPath, schema);
    if ('error' in resolved) fail('fieldPath', `Invalid value: ${JSON.stringify(rule.fieldPath)}: fieldPath must be a valid path: ${resolved.error}`);
    else fieldPath = resolved.path;
  }
  if (rule.message !== undefined && /[\n]/.test(rule.message.trim())) fail('message', `Invalid value: ${JSON.stringify(rule.message)}: message must not contain line breaks`);
  if (!rule.message && /\n/.test(rule.rule.trim())) fail('message', 'Required value: message must be specified if rule contains line breaks');

  const compileOne = (source: string, optionalOldSelf: boolean, want: 'bool' | 'string', field: 'rule' | 'messageExpression') => {
    const result = compileExpression(source, type, { kubeVersion, optionalOldSelf, want });
    if ('problem' in result) {
      findings.push({ ...result.problem, field: `${schemaPath}.${field}` });
      return undefined;
    }
    return result;
  };

  const main = rule.rule.trim() ? compileOne(rule.rule, rule.optionalOldSelf === true, 'bool', 'rule') : undefined;
  const message = rule.messageExpression ? compileOne(rule.messageExpression, false, 'string', 'messageExpression') : undefined;
  if (main?.usesOldSelf && !correlatable) {
    fail('rule', `Invalid value: ${JSON.stringify(rule.rule)}: oldSelf cannot be used on the uncorrelatable portion of the schema within ${schemaPath.replace(/\.x-kubernetes-validations\[\d+\]$/, '')}`);
  }
  if (rule.optionalOldSelf && main && !main.usesOldSelf) fail('optionalOldSelf', 'Forbidden: may not be set if rule does not use oldSelf');
  return {
    rule,
    program: main?.program,
    messageProgram: message?.program,
    usesOldSelf: main?.usesOldSelf ?? false,
    messageUsesOldSelf: message?.usesOldSelf ?? false,
    fieldPath,
    baseCost: (main?.baseCost ?? 0) + (message?.baseCost ?? 0),
    expr: main?.expr,
    messageExpr: message?.expr,
    schemaPath,
  };
}
