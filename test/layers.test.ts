import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { ROOT } from './helpers';

/**
 * The folders of lib/ as a stack, lowest first (docs/architecture.md draws the same picture). A file may import
 * its own folder and any folder of a lower layer; folders of one layer do not import each other. So no two
 * folders can depend on each other, directly or around a longer cycle.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['report'], // findings, manifests, object identity: what every check speaks
  ['apimachinery'], // k8s.io/apimachinery: name formats, quantities, field errors
  ['schema'], // apiextensions' JSONSchemaProps, the RuleEngine seam, RE2 patterns
  ['cel'], // the CEL rule engine
  ['validate', 'policy'], // objects against schemas; policy checks over manifests
  ['crd', 'diff', 'generated'], // CRD constructs and their checks; manifest diffs; imported third-party classes
  ['operator'],
  ['gitops', 'importer'], // the synth; opkit import's rendering and generation
  ['cli'],
];
/** lib/index.ts and lib/internal.ts are barrels above every layer. */
const LIB = path.join(ROOT, 'lib');

interface Import {
  readonly file: string; // relative to lib/
  readonly specifier: string;
}
interface Violation extends Import {
  readonly problem: string;
}

function libFiles(dir = LIB): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return libFiles(p);
    return /\.ts$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Every relative import of a file: static, `export ... from`, `import()` and `require()` (ts.preProcessFile). */
function importsOf(file: string, source: string): Import[] {
  const { importedFiles } = ts.preProcessFile(source, true, true);
  return importedFiles.filter((i) => i.fileName.startsWith('.')).map((i) => ({ file, specifier: i.fileName }));
}

/** The top folder of lib/ a path (relative to lib/) lies in, or undefined for lib/index.ts, lib/internal.ts. */
const folderOf = (rel: string): string | undefined => (rel.includes('/') ? rel.split('/')[0] : undefined);

/** What is wrong with the imports: a folder in no layer, an import that leaves lib/, goes up or sideways. */
function layerViolations(imports: readonly Import[], layers = LAYERS): Violation[] {
  const rank = new Map(layers.flatMap((folders, i) => folders.map((f) => [f, i] as const)));
  const out: Violation[] = [];
  for (const imp of imports) {
    const from = folderOf(imp.file);
    if (from === undefined) continue;
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(imp.file), imp.specifier));
    const to = folderOf(target);
    if (target.startsWith('..')) out.push({ ...imp, problem: `imports ${target} outside lib/` });
    else if (!rank.has(from)) out.push({ ...imp, problem: `lib/${from} is in no layer of test/layers.test.ts` });
    else if (to === undefined) out.push({ ...imp, problem: 'imports a barrel of lib/' });
    else if (to !== from && !(rank.get(to)! < rank.get(from)!)) {
      out.push({ ...imp, problem: `${from} may not import ${to} (${rank.get(to) === rank.get(from) ? 'same layer' : 'a higher layer'})` });
    }
  }
  return out;
}

const describeViolation = (v: Violation) => `lib/${v.file}: import '${v.specifier}': ${v.problem}`;

describe('lib/ folders form a stack of layers', () => {
  const files = libFiles();
  const imports = files.flatMap((f) => importsOf(path.relative(LIB, f).split(path.sep).join('/'), fs.readFileSync(f, 'utf8')));

  test('no import goes up, sideways or out of lib/', () => {
    expect(imports.length).toBeGreaterThan(100);
    expect(layerViolations(imports).map(describeViolation)).toEqual([]);
  });

  test('every folder of lib/ has a layer, and every layer names a folder', () => {
    const folders = [...new Set(files.map((f) => folderOf(path.relative(LIB, f).split(path.sep).join('/'))).filter((f) => f !== undefined))];
    const layered = LAYERS.flat();
    // generated/ holds .js and .d.ts only, so it has no .ts file to list
    expect(folders.filter((f) => !layered.includes(f!))).toEqual([]);
    expect(layered.filter((f) => f !== 'generated' && !folders.includes(f))).toEqual([]);
  });

  test('docs/architecture.md shows the same layers', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs', 'architecture.md'), 'utf8');
    const rows = [...doc.matchAll(/^\| (\d+) \| `lib\/([a-z-]+)\/` \|/gm)].map((m) => [m[2], Number(m[1])]);
    expect(rows).toEqual(LAYERS.flatMap((folders, i) => folders.map((f) => [f, i])));
  });

  test('the check names the file and import of an upward, sideways or outside import', () => {
    const bad: Import[] = [
      { file: 'cel/compile.ts', specifier: '../crd/custom-resource-definition' },
      { file: 'validate/validator.ts', specifier: '../policy/policy-check' },
      { file: 'cli/init-templates.ts', specifier: '../../main' },
      { file: 'crd/validation/validate-crd.ts', specifier: '../../cel/crd-rules-check' },
      { file: 'index.ts', specifier: './cli/main' },
    ];
    expect(layerViolations(bad).map(describeViolation)).toEqual([
      "lib/cel/compile.ts: import '../crd/custom-resource-definition': cel may not import crd (a higher layer)",
      "lib/validate/validator.ts: import '../policy/policy-check': validate may not import policy (same layer)",
      "lib/cli/init-templates.ts: import '../../main': imports ../main outside lib/",
    ]);
  });

  test('import() and require() count, a template string does not', () => {
    const found = importsOf('cli/x.ts', [
      "const a = require('../crd/schema-builder');",
      "type B = typeof import('../gitops/run-app');",
      "export { c } from './c';",
      'const text = `import { d } from "../api/widget-crd";`;',
    ].join('\n')).map((i) => i.specifier);
    expect(found).toEqual(['../crd/schema-builder', '../gitops/run-app', './c']);
  });
});
