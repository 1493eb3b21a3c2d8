// Field paths as k8s.io/apimachinery's field.Path prints them: `spec.names.plural`, `spec.versions[0]`.

/** `parent.name` */
export const child = (path: string, name: string): string => (path ? `${path}.${name}` : name);
/** `parent[key]` (map keys and schema property names, unquoted like field.Path.Key) */
export const key = (path: string, k: string): string => `${path}[${k}]`;
/** `parent[3]` */
export const index = (path: string, i: number): string => `${path}[${i}]`;
