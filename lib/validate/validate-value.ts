import { JSONSchemaProps } from '../schema/json-schema-props';
import { Finding } from '../report/finding';
import { isDns1123Subdomain } from '../apimachinery/name-formats';
import { resourceHook } from './resource-hook';
import { compileValueSchema } from './schema-compile';
import { CompiledSchema, UnknownFieldPolicy } from './compiled-schema';

const compiled = new WeakMap<object, CompiledSchema>();
const hook = resourceHook(isDns1123Subdomain);
/** A value is never the root object, so only embedded resources are checked here. */
const embeddedOnly: typeof hook = (value, path, sink) => hook(value, path, sink, false);

/**
 * Validates one value against a structural schema as the API server would (types, required, enum, pattern,
 * bounds, formats, list types, unknown fields), e.g. a CRD field's `default`. `path` is the value's kubectl
 * field path, used as the prefix of every finding's `field`. The compiled schema is cached per schema object.
 */
export function validateValue(schema: JSONSchemaProps, value: unknown, path: string,
  unknownFields: UnknownFieldPolicy = 'error'): Finding[] {
  let c = compiled.get(schema);
  if (!c) {
    c = compileValueSchema(schema);
    compiled.set(schema, c);
  }
  const out: Finding[] = [];
  c(value, path, { out, unknownFields, onResource: embeddedOnly });
  return out;
}
