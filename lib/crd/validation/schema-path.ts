// Resolves the simple JSONPaths of printer columns, scale and selectable fields against a CRD schema. The API
// server only checks their syntax; a path into nothing silently prints an empty column, so opkit resolves it.

type Node = Record<string, any>;

/** The outcome of resolving a path: the schema it reaches (undefined when it is schemaless), or why it does not. */
export type Resolved = { readonly schema: Node | undefined; readonly arrays: boolean } | { readonly error: string };

// ObjectMeta is implicit in every CRD schema (`metadata: {type: object}`), so its fields are known here.
const OBJECT_META: Record<string, Node> = {
  name: { type: 'string' }, generateName: { type: 'string' }, namespace: { type: 'string' }, uid: { type: 'string' },
  resourceVersion: { type: 'string' }, generation: { type: 'integer' }, creationTimestamp: { type: 'string', format: 'date-time' },
  deletionTimestamp: { type: 'string', format: 'date-time' }, deletionGracePeriodSeconds: { type: 'integer' },
  labels: { type: 'object', additionalProperties: { type: 'string' } },
  annotations: { type: 'object', additionalProperties: { type: 'string' } },
  finalizers: { type: 'array', items: { type: 'string' } },
};

/** Fields every object has even when the schema leaves them out. */
const IMPLICIT_ROOT: Record<string, Node> = { apiVersion: { type: 'string' }, kind: { type: 'string' }, metadata: { type: 'object' } };

/** Splits `.status.conditions[?(@.type=="Ready")].status` into names and bracket selectors. */
function tokenize(path: string): string[] | undefined {
  const tokens: string[] = [];
  let i = 0;
  while (i < path.length) {
    const c = path[i];
    if (c === '.') {
      const m = /^\.([A-Za-z0-9_$-]+)/.exec(path.slice(i));
      if (!m) return undefined;
      tokens.push(m[1]);
      i += m[0].length;
    } else if (c === '[') {
      let depth = 0;
      let j = i;
      for (; j < path.length; j++) {
        if (path[j] === '[') depth++;
        if (path[j] === ']' && --depth === 0) break;
      }
      if (j >= path.length) return undefined;
      tokens.push(path.slice(i, j + 1));
      i = j + 1;
    } else return undefined;
  }
  return tokens;
}

/** Resolves `jsonPath` (starting with `.`) in the root schema of a version. */
export function resolveSchemaPath(root: Node, jsonPath: string): Resolved {
  const tokens = tokenize(jsonPath);
  if (!tokens || tokens.length === 0) return { error: 'is not a simple JSON path such as .spec.replicas' };
  let node: Node | undefined = root;
  let arrays = false;
  let where = '';
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    if (node === undefined) return { schema: undefined, arrays };
    if (node['x-kubernetes-preserve-unknown-fields'] === true && !node.properties?.[token]) return { schema: undefined, arrays };
    if (token.startsWith('[')) {
      const quoted = /^\[['"](.+)['"]\]$/.exec(token);
      if (quoted && node.type === 'object') {
        node = node.properties?.[quoted[1]] ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
        if (!node) return { error: `${where || '.'} has no field "${quoted[1]}"` };
      } else {
        if (node.type !== 'array') return { error: `${where || '.'} is not a list, so ${token} does not apply` };
        node = node.items;
        arrays = true;
      }
      where += token;
      continue;
    }
    if (t === 0 && IMPLICIT_ROOT[token]) {
      node = root.properties?.[token] ?? IMPLICIT_ROOT[token];
    } else if (t === 1 && tokens[0] === 'metadata') {
      node = node.properties?.[token] ?? OBJECT_META[token];
    } else if (node.type === 'object' || node.properties) {
      node = node.properties?.[token] ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
    } else node = undefined;
    if (!node) return { error: `${where || '.'} has no field "${token}"` };
    where += `.${token}`;
  }
  return { schema: node, arrays };
}
