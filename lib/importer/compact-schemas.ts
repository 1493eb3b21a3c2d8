// The validation schemas `opkit import` writes beside each generated module (`<group>.schemas.json`), without
// descriptions, so synth and `opkit validate` can check Custom Resources of imported kinds offline.
/** Removes every `description` (and `example`) keyword from a schema; they are not needed to validate. */
export function stripDocs(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(stripDocs);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    // `properties` maps field names to schemas: a field may be called "description".
    if (key === 'properties') {
      out[key] = Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, stripDocs(v)]));
    } else if (key !== 'description' && key !== 'example') {
      out[key] = key === 'default' || key === 'enum' ? value : stripDocs(value);
    }
  }
  return out;
}

/** `{ "<group>/<version>/<Kind>": openAPIV3Schema }` for every served version of every CRD among `objects`. */
export function compactSchemas(objects: readonly Record<string, any>[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const crd of objects) {
    if (crd?.kind !== 'CustomResourceDefinition') continue;
    for (const version of crd.spec.versions ?? []) {
      if (version.served === false || !version.schema?.openAPIV3Schema) continue;
      out[`${crd.spec.group}/${version.name}/${crd.spec.names.kind}`] = stripDocs(version.schema.openAPIV3Schema);
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}
