// Hostile input for `opkit validate` (issue 15, items 1-6): each ends within seconds, with a clear message and
// bounded memory. Every test here failed before its fix (link cycles looped forever, FIFOs blocked, 40,000 keys
// took 13 s, 4.5 GB on stdin took 4.7 GB of memory, escapes reached the terminal, type errors came twice).
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { createValidator, InputError, parseYaml, readInputs } from '../lib/internal';
import { runValidate } from '../lib/cli/validate-command';
import { ROOT, tempDir } from './helpers';

const dir = tempDir('opkit-hostile-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const CONFIG_MAP = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a, namespace: d}\n';
const BUNDLE = path.join(ROOT, 'build', 'opkit.js');
const mkdir = (...parts: string[]) => { const p = path.join(dir, ...parts); fs.mkdirSync(p, { recursive: true }); return p; };
const mkfifo = (p: string) => execFileSync('mkfifo', [p]);
const rules = (r: { findings: { rule: string }[] }) => r.findings.map((f) => f.rule);

describe('folders with symbolic links', () => {
  test('directory-link cycles end, and each real folder and file is read once', () => {
    const root = mkdir('cycles', 'L');
    mkdir('cycles', 'L', 'sub');
    fs.writeFileSync(path.join(root, 'a.yaml'), CONFIG_MAP);
    fs.symlinkSync('..', path.join(root, 'sub', 'up'));
    fs.symlinkSync('../L', path.join(root, 'self'));
    fs.symlinkSync('.', path.join(root, 'here'));
    fs.symlinkSync('a.yaml', path.join(root, 'b.yaml')); // a second name for the same file
    const started = Date.now();
    const r = readInputs([root, path.join(root, 'a.yaml')]);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.findings).toEqual([]); // no object.duplicate: the file is read once
    expect(r.manifests.map((m) => m.origin.file)).toEqual([path.join(root, 'a.yaml')]);
    // and the validator sees no false duplicates
    expect(createValidator({ ruleEngine: false }).validate(r.manifests)).toEqual([]);
  });

  test('a broken link with a YAML name is an error naming it', () => {
    const root = mkdir('broken');
    fs.writeFileSync(path.join(root, 'a.yaml'), CONFIG_MAP);
    fs.symlinkSync('missing.yaml', path.join(root, 'gone.yaml'));
    const r = readInputs([root]);
    expect(r.manifests).toHaveLength(1);
    expect(r.findings).toMatchObject([{ severity: 'error', rule: 'read.not-regular', origin: { file: path.join(root, 'gone.yaml') },
      message: 'symbolic link that cannot be followed (its target does not exist), so it was not read' }]);
  });
});

describe('FIFOs and other non-regular files', () => {
  test('a FIFO argument is refused at once, before opening it (no writer would block forever)', () => {
    const fifo = path.join(mkdir('fifo-arg'), 'in.yaml');
    mkfifo(fifo);
    expect(() => readInputs([fifo])).toThrow(InputError);
    expect(() => readInputs([fifo])).toThrow(`${fifo}: not a regular file but a FIFO (named pipe), which is not read (it could block); pipe its content to stdin instead: opkit validate - < PATH`);
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'opkit.js'), 'validate', fifo], { encoding: 'utf8', timeout: 20_000 });
    expect(r.signal).toBeNull(); // not killed by the timeout
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('not a regular file but a FIFO (named pipe)');
  });

  test('a FIFO inside a folder is an error finding naming it, and the other files are read', () => {
    const root = mkdir('fifo-in-folder');
    fs.writeFileSync(path.join(root, 'a.yaml'), CONFIG_MAP);
    mkfifo(path.join(root, 'pipe.yaml'));
    mkfifo(path.join(root, 'notes')); // not a YAML name: skipped like any other non-YAML file
    const r = readInputs([root]);
    expect(r.manifests).toHaveLength(1);
    expect(r.findings).toMatchObject([{ severity: 'error', rule: 'read.not-regular', origin: { file: path.join(root, 'pipe.yaml') } }]);
    expect(r.findings[0].message).toMatch(/^not a regular file but a FIFO \(named pipe\)/);
  });
});

describe('large input', () => {
  test('duplicate keys are found in linear time (40,000 keys took 13 s)', () => {
    const keys = Array.from({ length: 40_000 }, (_, i) => `  k${i}: v\n`).join('');
    const started = Date.now();
    const r = parseYaml(`${CONFIG_MAP}data:\n${keys}  k7: again\n`, 'keys.yaml');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.findings.map((f) => [f.origin?.line, f.origin?.column, f.rule, f.message])).toEqual([
      [40_005, 3, 'read.yaml', 'invalid YAML: duplicate mapping key (as strict decoding refuses)'],
    ]);
    // nested and flow mappings too; equal values of different types are different keys, as in go-yaml
    expect(rules(parseYaml('a:\n  b: {x: 1, x: 2}\n', 'f.yaml'))).toEqual(['read.yaml']);
    expect(rules(parseYaml('a: 1\n"1": 2\n1: 3\n', 'f.yaml'))).toEqual([]);
  });

  test('a document above 3 MiB is refused without being parsed; the documents around it keep their places', () => {
    const big = `${CONFIG_MAP}data:\n${Array.from({ length: 24_000 }, (_, i) => `  k${i}: ${'x'.repeat(1000)}\n`).join('')}`;
    const text = `${CONFIG_MAP}---\n${big}---\n${CONFIG_MAP.replace('name: a', 'name: c')}`;
    const started = Date.now();
    const r = parseYaml(text, 'big.yaml');
    expect(Date.now() - started).toBeLessThan(10_000); // parsing 24 MB took 20 s and gigabytes
    expect(r.findings.map((f) => [f.origin?.documentIndex, f.origin?.line, f.rule])).toEqual([[1, 5, 'read.document-size']]);
    expect(r.findings[0].message).toMatch(/^document larger than 3145728 bytes \(\d+\), the limit for one object; it was not parsed$/);
    expect(r.manifests.map((m) => [m.object.metadata.name, m.origin.documentIndex, m.origin.line])).toEqual([['a', 0, 1], ['c', 2, 24_010]]);
  });

  test('documents are split at markers only: "---" inside a line or indented stays content', () => {
    const r = parseYaml(`${CONFIG_MAP}data:\n  a: |\n    ---\n    x\n  b: "--- y"\n...\n---\n${CONFIG_MAP}`, 'm.yaml', { maxDocumentBytes: 200 });
    expect(r.findings).toEqual([]);
    expect(r.manifests.map((m) => [m.origin.documentIndex, m.object.data?.a])).toEqual([[0, '---\nx\n'], [1, undefined]]);
  });

  test('endless stdin stops at the 64 MiB limit, in seconds and bounded memory', () => {
    // `yes` never ends: before, stdin was read whole (4.5 GB took 24 s and 4.7 GB of memory).
    const script = `const { main } = require(${JSON.stringify(BUNDLE)}); const code = main(['validate', '-']);`
      + 'process.stderr.write(`maxrss ${process.resourceUsage().maxRSS}\\n`); process.exit(code);';
    const started = Date.now();
    // `timeout` kills node itself if it does not stop (killing `sh` would leave it reading, as it did before the fix).
    const r = spawnSync('sh', ['-c', `yes 'a: b' | timeout -s KILL 30 "${process.execPath}" -e "$0"`, script], { encoding: 'utf8' });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(r.stdout).toBe('<stdin>: error: input larger than 67108864 bytes, the limit for one input [read.file-size]\ninvalid: 0 objects, 1 error, 0 warnings\n');
    expect(r.status).toBe(1);
    const maxRssKb = Number(/maxrss (\d+)/.exec(r.stderr)?.[1]);
    expect(maxRssKb).toBeGreaterThan(0);
    expect(maxRssKb).toBeLessThan(400 * 1024);
  });

  test('a file above the limit is refused from its size, without reading it', () => {
    const file = path.join(mkdir('large-file'), 'big.yaml');
    fs.writeFileSync(file, CONFIG_MAP);
    fs.truncateSync(file, 100 * 1024 * 1024); // sparse: 100 MiB of NULs that are never read
    expect(readInputs([file]).findings).toMatchObject([{ rule: 'read.file-size', message: 'file larger than 67108864 bytes, the limit for one input' }]);
    expect(readInputs(['-'], { maxFileBytes: 10, readStdin: () => Buffer.from(CONFIG_MAP) }).findings)
      .toMatchObject([{ rule: 'read.file-size', message: 'input larger than 10 bytes, the limit for one input' }]);
  });
});

describe('text output', () => {
  const run = (args: string[]) => {
    let out = '';
    let err = '';
    const code = runValidate(args, { out: (s) => { out += s; }, err: (s) => { err += s; } });
    return { code, out, err };
  };

  test('terminal control sequences from the input are escaped; JSON keeps the exact values', () => {
    const file = path.join(mkdir('escapes'), 'esc.yaml');
    fs.writeFileSync(file, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: "a\\e]0;owned\\a\\e[2J"\n  namespace: "d\\u009b31m"\n'
      + '  labels: {"k\\rfake: ok\\u202e": v}\n');
    const text = run([file]);
    expect(text.code).toBe(1);
    // eslint-disable-next-line no-control-regex
    expect(text.out).not.toMatch(/[\u001b\u0007\u009b\r\u202e]/);
    expect(text.out).toContain('ConfigMap d\\x9b31m/a\\x1b]0;owned\\x07\\x1b[2J: metadata.namespace: Invalid value: "d\\x9b31m"');
    expect(text.out).toContain('metadata.labels: Invalid value: "k\\rfake: ok\\u202e"'); // quoted as Go quotes it
    const json = run(['--output', 'json', file]);
    // eslint-disable-next-line no-control-regex
    expect(json.out).not.toMatch(/[\u001b\u009b\u202e]/);
    const parsed = JSON.parse(json.out);
    expect(parsed.findings.find((f: any) => f.rule === 'metadata.namespace').object.namespace).toBe('d\u009b31m');
    const junit = run(['--output', 'junit', file]);
    // eslint-disable-next-line no-control-regex
    expect(junit.out).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(junit.out).toContain('<testcase');
  });

  test('a file name with escape sequences is escaped in error messages', () => {
    const r = run([path.join(dir, 'no\u001b[2Jsuch.yaml')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('no\\x1b[2Jsuch.yaml: no such file or folder\n');
    expect(r.err).not.toContain('\u001b');
  });
});

describe('messages', () => {
  test('label and annotation type errors on built-in kinds are reported once', () => {
    const r = parseYaml(`${CONFIG_MAP.replace('}', ', labels: {a: 1}, annotations: {b: [1]}}')}`, 'l.yaml');
    const findings = createValidator({ ruleEngine: false }).validate(r.manifests);
    expect(findings.map((f) => `${f.field} ${f.rule}`)).toEqual(['metadata.labels.a schema.type', 'metadata.annotations.b schema.type']);
  });

  test('depth: a parser that runs out of stack below the limit does not claim the limit was passed', () => {
    // 450 levels: within the limit of 1000, but past what the YAML parser's recursion reaches on a small stack
    // (it said "nesting deeper than 1000 levels" at 450).
    const file = path.join(mkdir('depth'), 'deep.yaml');
    fs.writeFileSync(file, `${'- '.repeat(450)}x\n`);
    const r = spawnSync(process.execPath, ['--stack-size=300', path.join(ROOT, 'bin', 'opkit.js'), 'validate', file], { encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(1);
    expect(r.stdout).not.toContain('deeper than 1000 levels');
    expect(r.stdout).toContain("error: document 1: nesting too deep for the YAML parser: it ran out of stack here (opkit's limit is 1000 levels, but the parser's stack can end first); flatten the document [read.depth]");
    // past the limit, with stack to spare: the limit is named
    expect(parseYaml(`a: ${'['.repeat(1001)}${']'.repeat(1001)}`, 'x.yaml').findings[0].message).toMatch(/^nesting deeper than 1000 levels/);
  });
});
