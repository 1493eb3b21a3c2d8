/**
 * The schemas of the third-party kinds the library itself emits (Argo CD, cert-manager, prometheus-operator):
 * `lib/generated/<group>.schemas.json`, written by `npm run import` beside the generated classes and shipped in
 * the package. Every registry knows them without configuration; a group's file is read the first time one of its
 * kinds is looked up.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { JSONSchemaProps } from '../schema/json-schema-props';

/** The groups of lib/generated/. */
export const LIBRARY_GROUPS: readonly string[] = ['argoproj.io', 'cert-manager.io', 'monitoring.coreos.com'];

const loaded = new Map<string, Record<string, JSONSchemaProps>>();

/**
 * The folder with the generated modules: `../generated` from lib/validate (sources) and build/validate (compiled);
 * `generated` beside the CLI bundle build/opkit.js.
 */
function generatedDir(): string {
  const candidates = [path.join(__dirname, '..', 'generated'), path.join(__dirname, 'generated')];
  return candidates.find((dir) => fs.existsSync(path.join(dir, `${LIBRARY_GROUPS[0]}.schemas.json`))) ?? candidates[0];
}

/** The schema of `apiVersion`/`kind` when it is one of the library's own third-party kinds, with its file. */
export function libraryKind(apiVersion: string, kind: string): { schema: JSONSchemaProps; source: string } | undefined {
  const slash = apiVersion.indexOf('/');
  const group = slash < 0 ? '' : apiVersion.slice(0, slash);
  if (!LIBRARY_GROUPS.includes(group)) return undefined;
  const file = path.join(generatedDir(), `${group}.schemas.json`);
  if (!loaded.has(group)) loaded.set(group, JSON.parse(fs.readFileSync(file, 'utf8')));
  const schema = loaded.get(group)![`${apiVersion}/${kind}`];
  return schema ? { schema, source: `opkit's ${group} schemas` } : undefined;
}
