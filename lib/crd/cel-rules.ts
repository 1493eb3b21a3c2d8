import { ValidationRule } from '../schema/json-schema-props';
import { UserError } from '../report/user-error';

/** Extra fields of a CEL rule besides the expression. */
export type RuleOptions = Omit<ValidationRule, 'rule'>;

// CEL field selection only accepts identifiers; names like `max-memory` would need escaping, which these helpers
// do not do, so they refuse them rather than emit a rule the API server rejects.
const CEL_IDENTIFIER = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/**
 * Common `x-kubernetes-validations` idioms. Each returns a plain {@link ValidationRule} to put in a schema's
 * `validations`. The rules are compiled and cost-checked at synth by the CEL checks, not here.
 */
export class Cel {
  /** Any rule, e.g. `Cel.rule('self.minReplicas <= self.maxReplicas', { message: '...' })`. */
  public static rule(rule: string, options: RuleOptions = {}): ValidationRule {
    return { rule, ...options };
  }

  /**
   * The field cannot change once set (`self == oldSelf`). Put it on the field itself: transition rules only
   * run on updates, and only when the field exists in both the old and the new object.
   */
  public static immutable(message = 'is immutable', options: Omit<RuleOptions, 'message'> = {}): ValidationRule {
    return { rule: 'self == oldSelf', message, ...options };
  }

  /** Exactly one of `fields` is set. Put it on the object that holds them. */
  public static exactlyOneOf(fields: string[], message?: string): ValidationRule {
    return { rule: `${countSet(fields)} == 1`, message: message ?? `exactly one of ${fields.join(', ')} must be set` };
  }

  /** At most one of `fields` is set. Put it on the object that holds them. */
  public static atMostOneOf(fields: string[], message?: string): ValidationRule {
    return { rule: `${countSet(fields)} <= 1`, message: message ?? `at most one of ${fields.join(', ')} may be set` };
  }
}

function countSet(fields: string[]): string {
  if (fields.length < 2) throw new UserError(`Cel: give at least two fields, got [${fields.join(', ')}]`);
  for (const f of fields) {
    if (!CEL_IDENTIFIER.test(f)) throw new UserError(`Cel: '${f}' is not a CEL identifier; write the rule with Cel.rule()`);
  }
  return fields.map((f) => `(has(self.${f}) ? 1 : 0)`).join(' + ');
}
