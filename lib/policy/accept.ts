import { ApiObject } from 'cdk8s';
import { IConstruct } from 'constructs';
import { UserError } from '../report/user-error';
import { currentRuleId } from './renamed-rule-ids';

/**
 * Accepting a policy finding on purpose. An object carries
 *
 *     opkit.dev/accept: "<rule-id>: <reason>"
 *
 * (several acceptances one per line). The reason is required: an acceptance without one is itself a finding,
 * so every exception in the output says why it is there.
 */
export const ACCEPT_ANNOTATION = 'opkit.dev/accept';

/** One parsed acceptance line. */
export interface Acceptance {
  /** The rule id, e.g. `rbac.secrets`. */
  readonly rule: string;
  /** Why the finding is acceptable here. */
  readonly reason: string;
}

/** The result of reading an object's acceptance annotation. */
export interface ParsedAcceptances {
  /** Rule id → reason; a renamed id is keyed by its current id. */
  readonly accepted: ReadonlyMap<string, string>;
  /** Lines that are not `<rule-id>: <reason>`, with what is wrong. */
  readonly malformed: readonly string[];
  /** Lines that accept by a renamed rule id: accepted all the same, but worth a warning. */
  readonly deprecated: readonly { readonly rule: string; readonly current: string }[];
}

const RULE_ID = /^[a-z][a-z0-9]*(?:[.-][a-zA-Z0-9]+)*$/;

/** Parses the annotation value (undefined → nothing accepted). */
export function parseAcceptances(value: unknown): ParsedAcceptances {
  const accepted = new Map<string, string>();
  const malformed: string[] = [];
  const deprecated: { rule: string; current: string }[] = [];
  if (value === undefined) return { accepted, malformed, deprecated };
  if (typeof value !== 'string') return { accepted, malformed: [`must be a string, got ${JSON.stringify(value)}`], deprecated };
  for (const raw of value.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const colon = line.indexOf(':');
    const rule = colon >= 0 ? line.slice(0, colon).trim() : line;
    const reason = colon >= 0 ? line.slice(colon + 1).trim() : '';
    if (!RULE_ID.test(rule)) {
      malformed.push(`"${line}": "${rule}" is not a rule id (expected "<rule-id>: <reason>", e.g. "pss.run-as-non-root: image runs as root by design")`);
    } else if (reason === '') {
      malformed.push(`"${line}": the reason is missing (expected "${rule}: <why this is accepted>")`);
    } else {
      const current = currentRuleId(rule);
      if (current !== rule) deprecated.push({ rule, current });
      accepted.set(current, reason);
    }
  }
  return { accepted, malformed, deprecated };
}

/** Renders acceptances into the annotation value. */
export function formatAcceptances(acceptances: Iterable<Acceptance>): string {
  return [...acceptances].map((a) => `${a.rule}: ${a.reason}`).join('\n');
}

const recorded = new WeakMap<ApiObject, Map<string, string>>();

/**
 * Accepts the finding `rule` on every API object at or below `scope` (an ApiObject, or a construct such as a
 * cdk8s-plus Deployment or a whole Operator), recording `reason` in the `opkit.dev/accept` annotation.
 */
export function acceptFinding(scope: IConstruct, rule: string, reason: string): void {
  const at = `${scope.node.path}: cannot accept "${rule}"`;
  if (!RULE_ID.test(rule)) throw new UserError(`${at}: not a rule id (e.g. "rbac.secrets" or "pss.run-as-non-root")`);
  if (reason.trim() === '') throw new UserError(`${at} without a reason: say why the finding is acceptable here`);
  if (reason.includes('\n')) throw new UserError(`${at}: the reason must be one line`);
  const objects = scope.node.findAll().filter((c): c is ApiObject => c instanceof ApiObject);
  if (objects.length === 0) throw new UserError(`${at}: no Kubernetes object at or below this construct`);
  for (const obj of objects) {
    const rules = recorded.get(obj) ?? new Map<string, string>();
    rules.set(rule, reason.trim());
    recorded.set(obj, rules);
    obj.metadata.addAnnotation(ACCEPT_ANNOTATION, formatAcceptances([...rules].map(([r, why]) => ({ rule: r, reason: why }))));
  }
}
