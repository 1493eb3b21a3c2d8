/** A schema node as plain JSON (a CRD read from a file need not match the typed JSONSchemaProps). */
export type Node = Record<string, any>;

export const isObject = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

export const hasProperties = (s: Node): boolean => isObject(s.properties) && Object.keys(s.properties).length > 0;

/** `anyOf: [{type: integer}, {type: string}]`, the value validation controller-gen emits for int-or-string. */
export function isIntOrStringAnyOf(anyOf: unknown): boolean {
  return Array.isArray(anyOf) && anyOf.length === 2
    && JSON.stringify(anyOf[0]) === '{"type":"integer"}' && JSON.stringify(anyOf[1]) === '{"type":"string"}';
}
