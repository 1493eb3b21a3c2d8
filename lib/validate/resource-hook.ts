import { required } from '../apimachinery/field-errors';
import { validateMetadata } from './metadata';
import { isDns1123Subdomain } from '../apimachinery/name-formats';
import { NameRule } from './kind-name-rules';
import { WalkContext } from './compiled-schema';

/**
 * The checks the API server applies to every resource inside a schema: the root object's metadata (with the
 * kind's name rule, a name required) and embedded resources (apiVersion and kind required, metadata valid).
 */
export function resourceHook(rootNameRule: NameRule): NonNullable<WalkContext['onResource']> {
  return (value, path, sink, root) => {
    if (!root) {
      for (const f of ['apiVersion', 'kind']) {
        if (typeof value[f] !== 'string' || value[f] === '') sink.push(required('schema.embedded-resource', `${path}.${f}`, 'must not be empty'));
      }
    }
    validateMetadata(Object.hasOwn(value, 'metadata') ? value.metadata : undefined, path ? `${path}.metadata` : 'metadata',
      { nameRule: root ? rootNameRule : isDns1123Subdomain, requireName: root }, sink);
  };
}
