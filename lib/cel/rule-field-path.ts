import type { JSONSchemaProps } from '../schema/json-schema-props';

/**
 * Resolves a rule's `fieldPath` (".spec.foo", ".map['key.with.dots']") against the schema node like the API
 * server's ValidFieldPath: only field and map-key steps, each must exist. Returns the path in kubectl's form
 * (".foo.bar", "[key]") to append to the node's path, or an error text.
 */
export function resolveFieldPath(jsonPath: string, schema: JSONSchemaProps): { path: string } | { error: string } {
  const tokens = jsonPath.match(/'(?:\\.|[^'\\])*'|[.[\]]|[^.[\]']+/g) ?? [];
  let path = '';
  let node: JSONSchemaProps | undefined = schema;
  const step = (name: string): string | undefined => {
    if (node?.properties) {
      if (!node.properties[name]) return 'does not refer to a valid field';
      node = node.properties[name];
      path += `.${name}`;
    } else if (node && typeof node.additionalProperties === 'object') {
      node = node.additionalProperties;
      path += `[${name}]`;
    } else return 'does not refer to a valid field';
    return undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let problem: string | undefined;
    if (t === '.') {
      const name = tokens[++i];
      if (name === undefined) return { error: 'unexpected end of JSON path' };
      problem = step(name);
    } else if (t === '[') {
      const quoted = tokens[++i];
      if (!quoted || !quoted.startsWith("'")) return { error: `expected single quoted string but got ${quoted ?? 'end of path'}` };
      problem = step(quoted.slice(1, -1).replace(/\\(.)/g, '$1'));
      if (tokens[++i] !== ']') return { error: 'expected ] but got end of path' };
    } else return { error: `expected [ or . but got: ${t}` };
    if (problem) return { error: problem };
  }
  return { path };
}
