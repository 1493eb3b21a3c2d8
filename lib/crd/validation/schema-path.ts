// Resolves the simple JSONPaths of printer columns, scale and selectable fields against a CRD schema. The API
// server only checks their syntax; a path into nothing silently prints an empty column, so opkit resolves it
// (a warning for printer columns, whose paths the API server never resolves).

import { PathSegment } from './jsonpath';

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
  return resolveTokens(root, tokens.map((t) => (t.startsWith('[') ? bracket(t) : { name: t })));
}

/**
 * Resolves a path parsed by client-go's JSONPath syntax (printer columns): fields, list selectors; after `..`,
 * a `*` field or anything else the schema can no longer follow, the rest is not checked.
 */
export function resolveSchemaSegments(root: Node, segments: readonly PathSegment[]): Resolved {
  const tokens: Token[] = [];
  for (const s of segments) {
    if (s.kind === 'field' && s.name !== '*') tokens.push({ name: s.name });
    else if (s.kind === 'items') tokens.push({ items: '[*]' });
    else {
      const before = resolveTokens(root, tokens);
      return 'error' in before ? before : { schema: undefined, arrays: before.arrays };
    }
  }
  return resolveTokens(root, tokens);
}

/** A step of a path: a field name, or a list selector (its text, for messages). */
type Token = { readonly name: string } | { readonly items: string };

/** `['key']` selects a field; any other bracket selects list items. */
function bracket(t: string): Token {
  const quoted = /^\[['"](.+)['"]\]$/.exec(t);
  return quoted ? { name: quoted[1] } : { items: t };
}

function resolveTokens(root: Node, tokens: readonly Token[]): Resolved {
  let node: Node | undefined = root;
  let arrays = false;
  let where = '';
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    if (node === undefined) return { schema: undefined, arrays };
    if ('items' in token) {
      if (node['x-kubernetes-preserve-unknown-fields'] === true && node.type !== 'array') return { schema: undefined, arrays };
      if (node.type !== 'array') return { error: `${where || '.'} is not a list, so ${token.items} does not apply` };
      node = node.items;
      arrays = true;
      where += token.items;
      continue;
    }
    const name = token.name;
    if (node['x-kubernetes-preserve-unknown-fields'] === true && !node.properties?.[name]) return { schema: undefined, arrays };
    if (t === 0 && IMPLICIT_ROOT[name]) {
      node = root.properties?.[name] ?? IMPLICIT_ROOT[name];
    } else if (t === 1 && 'name' in tokens[0] && tokens[0].name === 'metadata') {
      node = node.properties?.[name] ?? OBJECT_META[name];
    } else if (node.type === 'object' || node.properties) {
      node = node.properties?.[name] ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
    } else node = undefined;
    if (!node) return { error: `${where || '.'} has no field "${name}"` };
    where += `.${name}`;
  }
  return { schema: node, arrays };
}
