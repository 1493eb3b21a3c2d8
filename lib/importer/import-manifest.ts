// `opkit-import.json` in the output folder: what `opkit import` generated there, and from which input, so a group
// whose CRDs did not change is not generated again.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const MANIFEST_FILE = 'opkit-import.json';

/** Group → the hash of its input (CRDs and tool versions) and the files generated from it. */
export interface ImportManifest {
  readonly groups: Record<string, { readonly input: string; readonly files: readonly string[] }>;
}

export function readManifest(outdir: string): ImportManifest {
  const file = path.join(outdir, MANIFEST_FILE);
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
    return parsed && typeof parsed.groups === 'object' ? parsed : { groups: {} };
  } catch {
    return { groups: {} }; // none yet, or unreadable: everything is generated again
  }
}

/** Writes the manifest atomically (temp file, then rename), groups sorted. */
export function writeManifest(outdir: string, manifest: ImportManifest): void {
  const groups = Object.fromEntries(Object.entries(manifest.groups).sort(([a], [b]) => a.localeCompare(b)));
  const file = path.join(outdir, MANIFEST_FILE);
  fs.writeFileSync(`${file}.tmp`, `${JSON.stringify({ groups }, null, 2)}\n`);
  fs.renameSync(`${file}.tmp`, file);
}

/** sha256 of what a group is generated from: its CRDs in order, and the versions of opkit and the tools. */
export function inputHash(crds: readonly Record<string, any>[], versions: Readonly<Record<string, string>>): string {
  return `sha256:${createHash('sha256').update(JSON.stringify({ versions, crds })).digest('hex')}`;
}
