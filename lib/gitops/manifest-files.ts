import * as fs from 'node:fs';
import * as path from 'node:path';
import { Finding } from '../report/finding';
import { Manifest } from '../report/manifest';
import { parseYaml } from '../validate/read-yaml';
import { compare } from './output-layout';

/** The objects of a folder of YAML files and the problems met reading them. */
export interface ManifestTree {
  readonly manifests: Manifest[];
  readonly findings: Finding[];
}

/**
 * Objects already known for a file's exact text (e.g. what a synth just wrote), keyed by its path below the folder:
 * `objects[i]` is the object of the text's document `i`.
 */
export type KnownFiles = ReadonlyMap<string, KnownFile>;
export interface KnownFile {
  readonly text: string;
  readonly objects: readonly Record<string, any>[];
}

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
      same.objects.forEach((object, documentIndex) => manifests.push({ object, origin: { file, documentIndex } }));
      continue;
    }
    const reused = same && withKnownDocuments(text, same, file);
    if (reused) {
      for (const m of reused) manifests.push(m);
      continue;
    }
    // As `opkit validate` reads (YAML 1.1, as kubectl and Argo CD do; plain block YAML by the fast reader): a
    // changed file of 50,000 documents parsed into yaml's syntax trees all at once took 11 s and 650 MiB.
    const read = parseYaml(text, file);
    for (const m of read.manifests) manifests.push({ object: m.object, origin: { file, documentIndex: m.origin.documentIndex } });
    for (const f of read.findings) findings.push(f);
  }
  return { manifests, findings };
}

/** The separator the synth writes between documents (`Yaml.stringify`'s), as it stands between two documents' text. */
const SEPARATOR = '\n---\n';
/** Any line that ends or starts a document, or a directive: what `SEPARATOR` alone must account for. */
const MARKER_LINE = /^(?:(?:---|\.\.\.)(?:[ \t\r].*)?|%.*)$/gm;

/**
 * The objects of a changed file whose documents are mostly ones just written (one CR changed among 50,000): each
 * document whose text is the text of a document written now is that document's object, and only the others are
 * parsed. Only where documents are split by `SEPARATOR` lines alone (both texts; see read-documents.ts on why such
 * a line always ends a document) and every other document parses alone to one object without a finding; anything
 * else is undefined, and the whole file is parsed.
 */
function withKnownDocuments(text: string, known: KnownFile, file: string): Manifest[] | undefined {
  // Split at every marker line, each between two documents' text (not first, not next to another marker).
  const documents = (t: string) => {
    const markers = [...t.matchAll(MARKER_LINE)];
    const split = t.split(SEPARATOR);
    return markers.every((m) => m[0] === '---' && m.index! > 0) && split.length === markers.length + 1 ? split : undefined;
  };
  const written = documents(known.text);
  const previous = documents(text);
  if (!written || !previous || written.length !== known.objects.length) return undefined;
  const objectOf = new Map<string, Record<string, any>>();
  written.forEach((doc, i) => { if (!objectOf.has(doc)) objectOf.set(doc, known.objects[i]); });
  // Many changed documents (a label added to every object) are read faster in one parse than one by one.
  const changed = previous.reduce((n, doc) => n + (objectOf.get(doc) ? 0 : 1), 0);
  if (changed > Math.max(16, previous.length / 8)) return undefined;
  const out: Manifest[] = [];
  for (let documentIndex = 0; documentIndex < previous.length; documentIndex++) {
    let object = objectOf.get(previous[documentIndex]);
    if (!object) {
      const read = parseYaml(previous[documentIndex], file);
      if (read.findings.length > 0 || read.manifests.length !== 1) return undefined;
      object = read.manifests[0].object;
    }
    out.push({ object, origin: { file, documentIndex } });
  }
  return out;
}

/** Every file below `dir`, relative, with POSIX separators, in byte order. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort(compare);
}
