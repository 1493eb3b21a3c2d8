import { isDeepStrictEqual } from 'node:util';
import { formatValue } from '../../apimachinery/field-errors';
import { child } from '../../apimachinery/field-path';
import { PairRule, Violation } from './schema-pair';

/**
 * Enums. A removed value, or an enum on a field that accepted anything, makes every stored object holding a
 * value outside the new list fail its next update. New values are additive and pass.
 */
export const enumNarrowed: PairRule = ({ old, new: next, path, version }) => {
  if (!Array.isArray(next.enum)) return [];
  const field = child(path, 'enum');
  if (!Array.isArray(old.enum)) {
    return [{
      rule: 'crd-upgrade.enum-added', field,
      message: `Forbidden: enum added to an existing field in version ${version}: stored values outside `
        + `${formatValue(next.enum)} fail their next update`,
    }];
  }
  const out: Violation[] = [];
  for (const value of old.enum) {
    if (next.enum.some((v: unknown) => isDeepStrictEqual(v, value))) continue;
    out.push({
      rule: 'crd-upgrade.enum-value-removed', field,
      message: `Unsupported value: ${formatValue(value)}: enum value removed in version ${version}: stored objects `
        + 'with it fail their next update; keep it (and migrate objects away from it) until no object uses it',
    });
  }
  return out;
};
