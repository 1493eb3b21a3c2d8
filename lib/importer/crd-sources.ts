// The third-party CRDs `opkit import` reads: YAML or JSON files, folders of them, and http(s) URLs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { InputError } from '../validate/read-files';

/** One CustomResourceDefinition and where it came from (`crds/foo.yaml`, `crds/foo.yaml#2`, a URL). */
export interface CrdInput {
  readonly crd: Record<string, any>;
  readonly source: string;
}

const isUrl = (spec: string) => /^https?:\/\//.test(spec);
const CRD_FILE = /\.(ya?ml|json)$/;

/** The CRDs of every source, in order; `baseDir` resolves relative paths. Throws InputError for a bad source. */
export async function loadCrdSources(specs: readonly string[], baseDir: string): Promise<CrdInput[]> {
  const out: CrdInput[] = [];
  for (const spec of specs) {
    if (isUrl(spec)) {
      out.push(...parseCrds(await fetchText(spec), spec));
      continue;
    }
    const file = path.resolve(baseDir, spec);
    if (!fs.existsSync(file)) throw new InputError(`CRD source ${spec} does not exist (resolved to ${file})`);
    const files = fs.statSync(file).isDirectory()
      ? fs.readdirSync(file).filter((f) => CRD_FILE.test(f)).sort().map((f) => path.join(file, f))
      : [file];
    if (!files.length) throw new InputError(`CRD folder ${spec} holds no .yaml, .yml or .json file`);
    for (const f of files) out.push(...parseCrds(fs.readFileSync(f, 'utf8'), path.relative(baseDir, f) || f));
  }
  return out;
}

/** The CustomResourceDefinitions of a YAML stream; other kinds are skipped, but a source must hold one CRD. */
export function parseCrds(text: string, source: string): CrdInput[] {
  const docs = parseAllDocuments(text);
  const out: CrdInput[] = [];
  docs.forEach((doc, i) => {
    const at = docs.length > 1 ? `${source}#${i + 1}` : source;
    const error = doc.errors[0];
    if (error) {
      const line = error.linePos?.[0];
      throw new InputError(`${at}: invalid YAML${line ? ` at line ${line.line}, column ${line.col}` : ''}: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`);
    }
    const crd = doc.toJS({ maxAliasCount: 100 });
    if (crd?.kind === 'CustomResourceDefinition') out.push({ crd, source: at });
  });
  if (!out.length) throw new InputError(`${source} holds no CustomResourceDefinition`);
  return out;
}

async function fetchText(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    throw new InputError(`cannot fetch ${url}: ${cause?.code ?? cause?.message ?? (e as Error).message} `
      + '(offline? download the file and list its path instead)');
  }
  if (!response.ok) throw new InputError(`cannot fetch ${url}: HTTP ${response.status} ${response.statusText}`);
  return response.text();
}
