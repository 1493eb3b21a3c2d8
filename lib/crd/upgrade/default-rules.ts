import { isDeepStrictEqual } from 'node:util';
import { formatValue } from '../../apimachinery/field-errors';
import { child } from '../../apimachinery/field-path';
import { PairRule } from './schema-pair';

/**
 * Defaults. The API server applies defaults when it reads a stored object and when it decodes a request, so
 * a new, changed or removed default silently changes what every client and controller sees for objects that
 * never set the field: existing objects change meaning without anyone writing them.
 */
export const defaultChanged: PairRule = ({ old, new: next, path, version }) => {
  if (isDeepStrictEqual(old.default, next.default)) return [];
  const field = child(path, 'default');
  if (old.default === undefined) {
    return [{ rule: 'crd-upgrade.default-added', field,
      message: `Invalid value: ${formatValue(next.default)}: default added to an existing field in version ${version}: `
        + 'stored objects that do not set it read back with this value' }];
  }
  if (next.default === undefined) {
    return [{ rule: 'crd-upgrade.default-removed', field,
      message: `Required value: default ${formatValue(old.default)} removed in version ${version}: objects that `
        + 'relied on it read back without the field' }];
  }
  return [{ rule: 'crd-upgrade.default-changed', field,
    message: `Invalid value: ${formatValue(next.default)}: default changed from ${formatValue(old.default)} in `
      + `version ${version}: stored objects that do not set the field read back with the new value` }];
};
