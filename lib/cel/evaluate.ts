import { celError, isCelError, type CelInput, type CelResult } from '@bufbuild/cel';
import type { JSONSchemaProps, ValidationRule } from '../schema/json-schema-props';
import type { Finding, ObjectRef } from '../report/finding';
import type { CompiledCelNode, CompiledCelRule, CompiledSchemaRules } from './compile';
import { meter, PER_CALL_COST_LIMIT, startCall } from './cost-guard';
import { none, some } from './libraries/optional';
import { kubeMinor } from './kube-version';
import { toCelValue } from './to-cel-value';

export interface CelEvaluateOptions {
  /** Cost limit of one rule evaluation (API server PerCallLimit). @default 1000000 */
  readonly perCallCostLimit?: number;
  /** Cost budget of all rules on one object (API server RuntimeCELCostBudget). @default 10000000 */
  readonly costBudget?: number;
  /** Wall-clock budget for the whole call, in milliseconds; evaluation stops with a finding past it. @default 1000 */
  readonly timeBudgetMs?: number;
  /** The object the findings are about. */
  readonly object?: ObjectRef;
}

export const CEL_RUNTIME_COST_BUDGET = 10_000_000;

interface Walk {
  readonly findings: Finding[];
  budget: number;
  readonly perCall: number;
  readonly deadline: number;
  readonly object?: ObjectRef;
  /** Errors on unchanged values become warnings (update, Kubernetes 1.30+). */
  readonly ratchet: boolean;
  stopped: boolean;
}

/**
 * Evaluates the compiled rules against `value` (and `oldValue` on update) as the API server does: each node's
 * rules see `self` (and `oldSelf`), transition rules are skipped on create unless `optionalOldSelf`, null
 * values are not validated, and a rule that runs out of cost stops all further evaluation.
 */
export function evaluateRules(compiled: CompiledSchemaRules, value: unknown, oldValue?: unknown, options: CelEvaluateOptions = {}): Finding[] {
  const walk: Walk = {
    findings: [],
    budget: options.costBudget ?? CEL_RUNTIME_COST_BUDGET,
    perCall: options.perCallCostLimit ?? PER_CALL_COST_LIMIT,
    deadline: Date.now() + (options.timeBudgetMs ?? 1000),
    object: options.object,
    ratchet: oldValue !== undefined && kubeMinor(compiled.kubeVersion) >= 30,
    stopped: false,
  };
  if (compiled.root) visit(compiled.root, value, oldValue, '', walk, undefined);
  return walk.findings;
}

/** Whether the value at a node equals its old value (computed on demand: only failing rules ask). */
type Unchanged = () => boolean;

function visit(node: CompiledCelNode, value: unknown, oldValue: unknown, path: string, walk: Walk, inherited: Unchanged | undefined): void {
  if (value === null || value === undefined || walk.stopped) return;
  if (oldValue === null) oldValue = undefined;
  let memo: boolean | undefined;
  // Ratcheting (CRDValidationRatcheting, on by default since 1.30): a correlatable node equal to its old value, or
  // an uncorrelatable one whose nearest correlatable ancestor is unchanged, keeps passing with a warning.
  const unchanged: Unchanged = () =>
    (memo ??= oldValue !== undefined ? deepEqual(value, oldValue) : inherited ? inherited() : false);
  if (node.rules.length) evaluateNode(node, value, oldValue, path, walk, unchanged);
  if (Array.isArray(value)) {
    if (!node.items) return;
    const oldByKey = correlateListItems(node.schema, oldValue);
    for (let i = 0; i < value.length && !walk.stopped; i++) {
      visit(node.items, value[i], oldByKey?.(value[i]), `${path}[${i}]`, walk, oldByKey ? undefined : unchanged);
    }
  } else if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const old = isObject(oldValue) ? oldValue : undefined;
    const childInherited = oldValue === undefined ? inherited : undefined;
    if (node.properties) {
      for (const [name, child] of node.properties) {
        if (name in obj) visit(child, obj[name], old?.[name], path ? `${path}.${name}` : name, walk, childInherited);
      }
    } else if (node.additionalProperties) {
      for (const k of Object.keys(obj)) visit(node.additionalProperties, obj[k], old?.[k], `${path}[${k}]`, walk, childInherited);
    }
  }
}

function evaluateNode(node: CompiledCelNode, value: unknown, oldValue: unknown, path: string, walk: Walk, unchanged: Unchanged): void {
  const self = toCelValue(value, node.type);
  let oldSelf: CelInput | undefined;
  for (const compiled of node.rules) {
    if (!compiled.program || walk.stopped) continue;
    const { rule } = compiled;
    if (compiled.usesOldSelf && oldValue === undefined && !rule.optionalOldSelf) continue; // transition rule on create
    if ((compiled.usesOldSelf || compiled.messageUsesOldSelf) && oldValue !== undefined && oldSelf === undefined) {
      oldSelf = toCelValue(oldValue, node.type);
    }
    const bindings: Record<string, unknown> = { self };
    if (rule.optionalOldSelf) bindings.oldSelf = oldSelf === undefined ? none() : some(oldSelf);
    else if (oldSelf !== undefined) bindings.oldSelf = oldSelf;
    if (walk.budget <= 0) return outOfBudget(node, path, walk);

    const result = run(compiled.program, bindings, compiled, walk);
    if (meter.exceeded) {
      walk.stopped = true;
      const detail = `'${meter.exceeded}': no further validation rules will be run due to call cost exceeds limit for rule: ${ruleErrorString(rule)}`;
      walk.findings.push(finding(walk, 'cel.cost', path, invalid(node.schema, detail)));
      return;
    }
    if (walk.budget < 0) return outOfBudget(node, path, walk);
    if (isCelError(result)) {
      const msg = result.message.startsWith('found no matching overload')
        ? `'${result.message}': call arguments did not match a supported operator, function or macro signature for rule: ${ruleErrorString(rule)}`
        : `${result.message.replace(/^field not found: /, 'no such key: ')} evaluating rule: ${ruleErrorString(rule)}`; // cel-go wording
      walk.findings.push(finding(walk, 'cel.runtime', path, invalid(node.schema, msg)));
      continue;
    }
    if (result === true) continue;
    const fieldPath = path + (compiled.fieldPath.startsWith('.') && !path ? compiled.fieldPath.slice(1) : compiled.fieldPath);
    // upstream evaluates messageExpression with the plain activation: oldSelf non-optional, absent on create
    const bindingsForMessage = oldSelf === undefined ? { self } : { self, oldSelf };
    const detail = messageFor(compiled, bindingsForMessage, walk, fieldPath, node.schema) ?? ruleMessageOrDefault(rule);
    if (walk.stopped) return;
    const f = finding(walk, 'cel.rule', fieldPath, errorForReason(rule, node.schema, detail));
    walk.findings.push(walk.ratchet && !compiled.usesOldSelf && unchanged() ? { ...f, severity: 'warning' } : f);
  }
}

function run(program: NonNullable<CompiledCelRule['program']>, bindings: Record<string, unknown>, compiled: CompiledCelRule, walk: Walk) {
  startCall(walk.perCall, walk.deadline);
  let result: CelResult;
  try {
    result = program(bindings);
  } catch (e) {
    result = celError(e); // an engine fault on odd input is a finding, never a crash of the synth
  }
  const cost = meter.used + compiled.baseCost;
  // as upstream: a call costing more than what is left of the object's budget ends validation
  walk.budget = cost > walk.budget ? -1 : walk.budget - cost;
  return result;
}

/** The messageExpression's text, or undefined to fall back to `message` (error, non-string, empty, multi-line). */
function messageFor(
  compiled: CompiledCelRule,
  bindings: Record<string, unknown>,
  walk: Walk,
  path: string,
  schema: JSONSchemaProps,
): string | undefined {
  if (!compiled.messageProgram) return undefined;
  const result = run(compiled.messageProgram, bindings, compiled, walk);
  if (meter.exceeded || walk.budget < 0) {
    walk.stopped = true;
    const detail = meter.exceeded
      ? `no further validation rules will be run due to call cost exceeds limit for messageExpression: ${JSON.stringify(compiled.rule.messageExpression)}`
      : 'messageExpression evaluation failed due to running out of cost budget, no further validation rules will be run';
    walk.findings.push(finding(walk, 'cel.cost', path, invalid(schema, detail)));
    return undefined;
  }
  if (typeof result !== 'string') return undefined;
  const trimmed = result.trim();
  if (!trimmed || trimmed.includes('\n') || trimmed.length > 5000) return undefined;
  return trimmed;
}

function outOfBudget(node: CompiledCelNode, path: string, walk: Walk): void {
  walk.stopped = true;
  walk.findings.push(
    finding(walk, 'cel.cost', path, invalid(node.schema, 'validation failed due to running out of cost budget, no further validation rules will be run')),
  );
}

/** `Invalid value: "object": detail`: the API server prints the schema type as the value of CEL errors. */
function invalid(schema: JSONSchemaProps, detail: string): string {
  return `Invalid value: ${JSON.stringify(schema.type ?? '')}: ${detail}`;
}

function errorForReason(rule: ValidationRule, schema: JSONSchemaProps, detail: string): string {
  switch (rule.reason) {
    case 'FieldValueForbidden':
      return `Forbidden: ${detail}`;
    case 'FieldValueRequired':
      return `Required value: ${detail}`;
    case 'FieldValueDuplicate':
      return `Duplicate value: ${JSON.stringify(schema.type ?? '')}`; // upstream field.Duplicate drops the message
    default:
      return invalid(schema, detail);
  }
}

export function ruleMessageOrDefault(rule: ValidationRule): string {
  return rule.message ? rule.message.trim() : `failed rule: ${rule.rule.trim()}`;
}

function ruleErrorString(rule: ValidationRule): string {
  return rule.message ? rule.message.trim() : rule.rule.trim();
}

function finding(walk: Walk, rule: string, field: string, message: string): Finding {
  return { severity: 'error', rule, field, message, ...(walk.object ? { object: walk.object } : {}) };
}

/** For `x-kubernetes-list-type: map`, old items are found by their keys; other lists are not correlated. */
function correlateListItems(schema: JSONSchemaProps, oldValue: unknown): ((item: unknown) => unknown) | undefined {
  const keys = schema['x-kubernetes-list-map-keys'];
  if (schema['x-kubernetes-list-type'] !== 'map' || !keys?.length || !Array.isArray(oldValue)) return undefined;
  const keyOf = (item: unknown) => (isObject(item) ? JSON.stringify(keys.map((k) => item[k] ?? null)) : undefined);
  const byKey = new Map<string, unknown>();
  for (const item of oldValue) {
    const k = keyOf(item);
    if (k !== undefined) byKey.set(k, item);
  }
  return (item) => {
    const k = keyOf(item);
    return k === undefined ? undefined : byKey.get(k);
  };
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
