import { formatValue } from '../../apimachinery/field-errors';
import { child } from '../../apimachinery/field-path';
import { PairRule, Violation } from './schema-pair';

/**
 * Patterns and formats. Whether one regular expression accepts every string another accepts cannot be decided
 * in general, so any new or changed `pattern` is a breaking change until accepted; so is a new or changed
 * `format` (the API server validates the known formats). Removing either passes.
 */
export const stringConstraintChanged: PairRule = ({ old, new: next, path, version }) => {
  const out: Violation[] = [];
  for (const keyword of ['pattern', 'format'] as const) {
    if (typeof next[keyword] !== 'string' || next[keyword] === old[keyword]) continue;
    const was = typeof old[keyword] === 'string' ? `changed from ${formatValue(old[keyword])}` : 'added';
    out.push({
      rule: `crd-upgrade.${keyword}`, field: child(path, keyword),
      message: `Invalid value: ${formatValue(next[keyword])}: ${keyword} ${was} in version ${version}: stored `
        + `values that do not match fail their next update; accept it once every stored value is known to match`,
    });
  }
  return out;
};
