// Renders the CRDs a project defines as code (its API module, e.g. api/index.ts) by running the module in a child
// process under the project's own TypeScript runner (tsx or ts-node, as its cdk8s.yaml `app` names), so the
// module sees the project's cdk8s, constructs and opkit exactly as its synth does.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { InputError } from '../validate/read-files';
import { CrdInput } from './crd-sources';
import type { RenderResult } from './render-api';

/** `api`, `./api/index.ts` or `api#CacheApi` (one export only) → the module file and the export to render. */
export function resolveApiModule(spec: string, projectDir: string): { file: string; only: string } {
  const [rel, only = '*'] = spec.split('#');
  const base = path.resolve(projectDir, rel);
  const candidates = [base, ...['.ts', '.js'].map((e) => base + e), ...['index.ts', 'index.js'].map((f) => path.join(base, f))];
  const file = candidates.find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
  if (!file) {
    throw new InputError(`the API module ${rel} does not exist (looked for ${path.relative(projectDir, base) || '.'}.ts, `
      + `${path.relative(projectDir, base)}/index.ts and their .js): create it, or set "opkit": { "api": "<module>" } in package.json`);
  }
  return { file, only };
}

/** The renderer beside this file: compiled (build/importer), in the CLI bundle's build/ or the TypeScript source. */
function rendererFile(): string {
  const candidates = ['render-api.js', 'render-api.ts', path.join('importer', 'render-api.js')].map((f) => path.join(__dirname, f));
  const found = candidates.find((f) => fs.existsSync(f));
  if (!found) throw new Error(`opkit's render-api is missing (looked in ${__dirname})`);
  return found;
}

/** The `-r` hook that lets node require TypeScript: the runner the project's cdk8s.yaml names, else tsx, else ts-node. */
function typescriptHook(projectDir: string): string {
  const config = path.join(projectDir, 'cdk8s.yaml');
  const app = fs.existsSync(config) ? /^app:\s*(.*)$/m.exec(fs.readFileSync(config, 'utf8'))?.[1] ?? '' : '';
  const hooks = { 'tsx': 'tsx/cjs', 'ts-node': 'ts-node/register/transpile-only' };
  const order = /\bts-node\b/.test(app) ? (['ts-node', 'tsx'] as const) : (['tsx', 'ts-node'] as const);
  for (const runner of order) {
    try {
      return require.resolve(hooks[runner], { paths: [projectDir] });
    } catch {
      // not installed in the project: try the next one
    }
  }
  throw new InputError('the API module is TypeScript, and the project has neither ts-node nor tsx to run it: npm install --save-dev ts-node');
}

/** The CRDs the API module's exports define, deduplicated by name (two exports may create the same CRD). */
export function renderApiModule(spec: string, projectDir: string): CrdInput[] {
  const { file, only } = resolveApiModule(spec, projectDir);
  const renderer = rendererFile();
  const rel = path.relative(projectDir, file);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'opkit-render-'));
  try {
    const out = path.join(tmp, 'result.json');
    const hook = file.endsWith('.ts') || renderer.endsWith('.ts') ? ['-r', typescriptHook(projectDir)] : [];
    const child = spawnSync(process.execPath, [...hook, renderer, file, only, out], { cwd: projectDir, encoding: 'utf8' });
    if (child.status !== 0 || !fs.existsSync(out)) {
      // The module's own error and where in it: not the frames of node, the runner or the renderer.
      const detail = (child.stderr || child.error?.message || `exit code ${child.status}`).split('\n')
        .filter((l) => l.trim() && !/^\s+at .*(node:internal|node_modules|render-api)|^Node\.js v/.test(l)).slice(0, 20).join('\n  ');
      throw new InputError(`loading the API module ${rel} failed:\n  ${detail}`);
    }
    const result: RenderResult = JSON.parse(fs.readFileSync(out, 'utf8'));
    if (result.error) throw new InputError(`the API module ${rel}: ${result.error}`);
    return uniqueCrds(result, rel);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function uniqueCrds(result: RenderResult, rel: string): CrdInput[] {
  const byName = new Map<string, CrdInput>();
  for (const { name, crds } of result.exports) {
    for (const crd of crds) {
      const source = `${rel} (${name})`;
      const seen = byName.get(crd.metadata?.name);
      if (!seen) byName.set(crd.metadata?.name, { crd, source });
      else if (JSON.stringify(seen.crd) !== JSON.stringify(crd)) {
        throw new InputError(`${seen.source} and ${source} define CRD ${crd.metadata?.name} differently: name the export to import as ${rel}#Export`);
      }
    }
  }
  if (!byName.size) {
    const names = [...result.exports.map((e) => e.name), ...result.skipped];
    throw new InputError(`the API module ${rel} defines no CustomResourceDefinition: `
      + (names.length ? `none of its exports (${names.join(', ')}) creates one` : 'it has no exports')
      + '; export the construct that creates your CRDs, constructible as new X(scope, id)');
  }
  return [...byName.values()];
}
