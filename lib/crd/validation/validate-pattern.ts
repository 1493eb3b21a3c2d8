import { Finding } from '../../report/finding';
import { compilePattern } from '../../schema/re2-pattern';
import { FieldErrors } from '../../apimachinery/field-errors';

/**
 * pkg/apiserver/schema validateValueValidation: a `pattern` (also one under allOf/anyOf/oneOf/not) must compile
 * with Go's regexp package, i.e. RE2 syntax (`(?i)` flags yes, look-around and back-references no). Compiled by
 * the same RE2 port that matches patterns on custom resources, so both sides agree.
 */
export function patternRule(pattern: string, at: string, rule: string, errors: FieldErrors, out: Finding[]): void {
  const re = compilePattern(pattern);
  if ('error' in re) out.push(errors.invalid(rule, at, pattern, `must be a valid regular expression, but isn't: ${re.error}`));
}
