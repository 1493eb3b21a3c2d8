/**
 * Int-or-percent fields (maxUnavailable, maxSurge, minAvailable): pkg/apis/apps/validation
 * ValidatePositiveIntOrPercent and IsNotMoreThan100Percent, and core's ValidateNonnegativeField.
 */
import { Finding } from '../../report/finding';
import { isValidPercent } from '../../apimachinery/validation';
import { invalid } from '../../apimachinery/field-errors';
import { goIntOrString } from './go-values';
import { RuleContext } from './types';

/** ValidateNonnegativeField, for the optional integer at `path`. */
export function nonNegative(value: unknown, path: string, rule: string): Finding[] {
  return typeof value === 'number' && value < 0 ? [invalid(rule, path, value, 'must be greater than or equal to 0')] : [];
}

export function validatePositiveIntOrPercent(value: unknown, path: string, rule: string, ctx: RuleContext): Finding[] {
  if (typeof value === 'string') return isValidPercent(value).map((m) => invalid(rule, path, goIntOrString(value, ctx), m));
  return nonNegative(value, path, rule);
}

export function isNotMoreThan100Percent(value: unknown, path: string, rule: string, ctx: RuleContext): Finding[] {
  if (typeof value !== 'string' || isValidPercent(value).length) return [];
  return Number(value.slice(0, -1)) > 100 ? [invalid(rule, path, goIntOrString(value, ctx), 'must not be greater than 100%')] : [];
}

/** getIntOrPercentValue: the number of an int or a valid percent. */
export function intOrPercentValue(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && !isValidPercent(value).length) return Number(value.slice(0, -1));
  return undefined;
}
