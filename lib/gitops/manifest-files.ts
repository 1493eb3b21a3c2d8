import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { Finding } from '../report/finding';
import { Manifest } from '../report/manifest';
import { compare } from './output-layout';

/** The objects of a folder of YAML files and the problems met reading them. */
export interface ManifestTree {
  readonly manifests: Manifest[];
  readonly findings: Finding[];
}

/** Objects already known for a file's exact text (e.g. what a synth just wrote), keyed by its path below the folder. */
export type KnownFiles = ReadonlyMap<string, { readonly text: string; readonly manifests: readonly Manifest[] }>;

/**
 * Read every `.yaml`/`.yml` file below `dir` (sorted by path, so the result is the same on every machine).
 * `displayDir` is how `dir` is named in origins and messages, e.g. `dist`. A file whose text is byte-for-byte
 * the text in `known` is not parsed again: its objects are the known ones (a re-synth mostly rewrites unchanged
 * files, and parsing them was most of the cost of reading the previous output).
 */
export function readManifestTree(dir: string, displayDir = dir, known: KnownFiles = new Map()): ManifestTree {
  const manifests: Manifest[] = [];
  const findings: Finding[] = [];
  for (const rel of listFiles(dir).filter((f) => /\.ya?ml$/.test(f))) {
    const file = path.posix.join(displayDir.split(path.sep).join('/'), rel);
    const text = fs.readFileSync(path.join(dir, rel), 'utf8');
    const same = known.get(rel);
    if (same?.text === text) {
      for (const m of same.manifests) manifests.push({ object: m.object, origin: { file, documentIndex: m.origin.documentIndex } });
      continue;
    }
    parseAllDocuments(text).forEach((doc, documentIndex) => {
      if (doc.errors.length > 0) {
        findings.push({
          severity: 'error', rule: 'yaml.parse', message: doc.errors[0].message.split('\n')[0],
          origin: { file, documentIndex, line: doc.errors[0].linePos?.[0].line },
        });
        return;
      }
      const object = doc.toJS();
      if (object !== null && object !== undefined) manifests.push({ object, origin: { file, documentIndex } });
    });
  }
  return { manifests, findings };
}

/** Every file below `dir`, relative, with POSIX separators, in byte order. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort(compare);
}
