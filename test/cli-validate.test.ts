import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runValidate } from '../lib/cli/validate-command';
import { ROOT, tempDir } from './helpers';

const F = path.join(__dirname, 'fixtures', 'validate');
const rel = (f: string) => path.relative(ROOT, path.join(F, f));
const opkit = (args: string[], input?: string) =>
  spawnSync(process.execPath, [path.join(ROOT, 'bin', 'opkit.js'), 'validate', ...args], { encoding: 'utf8', cwd: ROOT, input });
const dir = tempDir('opkit-cli-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('opkit validate --previous: CRD revision checks', () => {
  const crd = fs.readFileSync(path.join(F, 'widget-crd.yaml'), 'utf8');
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  };

  test('an additive revision (a new optional field, a looser bound, a new enum value) exits 0', () => {
    const next = write('additive/crd.yaml', crd.replace('tier: {type: string, enum: [a, b]}', 'tier: {type: string, enum: [a, b, c]}\n                added: {type: string}')
      .replace('maximum: 10}', 'maximum: 20}'));
    const r = opkit(['--previous', rel('widget-crd.yaml'), next]);
    expect(r.stdout).toBe('valid: 1 object, 0 errors, 0 warnings\n');
    expect(r.status).toBe(0);
  });

  test('a breaking revision exits 1 with one finding per change, naming CRD, version and schema path', () => {
    const next = write('breaking/crd.yaml', crd.replace('tier: {type: string, enum: [a, b]}', 'tier: {type: string, enum: [a]}')
      .replace('                note: {type: string, nullable: true}\n', ''));
    // OLD as a folder, NEW as a file: each CRD present in both is compared.
    const old = write('old/widgets.yaml', crd);
    const r = opkit(['--previous', path.dirname(old), next]);
    expect(r.status).toBe(1);
    const at = 'spec.versions[0].schema.openAPIV3Schema.properties[spec].properties';
    expect(r.stdout.trim().split('\n').map((l) => l.slice(l.indexOf(' error: ') + 1))).toEqual([
      `error: document 1: CustomResourceDefinition widgets.example.com: ${at}[note]: Forbidden: field removed from version v1: stored values are pruned (no longer returned, gone once the object is written again) and clients that set it have it dropped; deprecate it instead, or serve a new version without it [crd-upgrade.field-removed]`,
      `error: document 1: CustomResourceDefinition widgets.example.com: ${at}[tier].enum: Unsupported value: "b": enum value removed in version v1: stored objects with it fail their next update; keep it (and migrate objects away from it) until no object uses it [crd-upgrade.enum-value-removed]`,
      'invalid: 1 object, 2 errors, 0 warnings',
    ]);
  });

  test('--previous REF:PATH reads the previous revision from a git commit', () => {
    const repo = path.join(dir, 'repo');
    write('repo/crd.yaml', crd);
    const run = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
    run('init', '-q');
    run('add', '-A');
    run('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'crd');
    fs.writeFileSync(path.join(repo, 'crd.yaml'), crd.replace('maximum: 10}', 'maximum: 8}'));
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'opkit.js'), 'validate', '--previous', 'HEAD:crd.yaml', 'crd.yaml'], { encoding: 'utf8', cwd: repo });
    expect(r.stdout).toContain('spec.versions[0].schema.openAPIV3Schema.properties[spec].properties[replicas].maximum: Invalid value: 8: maximum tightened in version v1 (was maximum 10, now maximum 8)');
    expect(r.status).toBe(1);
    const bad = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'opkit.js'), 'validate', '--previous', 'nope:crd.yaml', 'crd.yaml'], { encoding: 'utf8', cwd: repo });
    expect(bad.stderr).toMatch(/^opkit validate: nope: not a commit of the repository /);
    expect(bad.status).toBe(2);
  });

  test('CRDs given with --crd are compared too; a CRD with no previous revision is not', () => {
    const next = write('crd-flag/crd.yaml', crd.replace('scope: Namespaced', 'scope: Cluster'));
    const r = opkit(['--crd', next, '--previous', rel('widget-crd.yaml'), '--previous', rel('volume-crd.yaml'), rel('volume-crd.yaml')]);
    expect(r.stdout).toContain('CustomResourceDefinition widgets.example.com: spec.scope: Invalid value: "Cluster": field is immutable (was "Namespaced")');
    expect(r.stdout).not.toContain('crd-upgrade.crd-removed');
    expect(r.status).toBe(1);
    const other = opkit(['--previous', rel('volume-crd.yaml'), next]);
    expect(other.stdout).toContain('warning: document 1: CustomResourceDefinition volumes.example.com: the CustomResourceDefinition is no longer in the output');
    expect(other.status).toBe(0);
  });
});

describe('opkit validate', () => {
  test('valid files exit 0 with a summary', () => {
    const r = opkit([rel('valid.yaml')]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('valid: 2 objects, 0 errors, 0 warnings\n');
    expect(r.status).toBe(0);
  });

  test('invalid objects exit 1; each line names file, line, column, document, object, field and rule', () => {
    const r = opkit([rel('widget-crd.yaml'), rel('widgets-invalid.yaml')]);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines[1]).toBe(`${rel('widgets-invalid.yaml')}:10:24: error: document 2: Widget apps/too-many: spec.replicas: Invalid value: 50: spec.replicas in body should be less than or equal to 10 [schema.maximum]`);
    expect(lines[3]).toBe(`${rel('widgets-invalid.yaml')}:22:3: error: document 4: Widget apps/typo: spec.sise: field not declared in schema [schema.unknown-field]`);
    expect(lines.at(-1)).toBe('invalid: 8 objects, 8 errors, 0 warnings');
  });

  test('the committed dist/ is valid: the same object in each environment folder is no duplicate; --duplicates global finds them', () => {
    const r = opkit(['dist']);
    expect(r.stdout).not.toContain('[object.duplicate]');
    expect(r.stdout.trim().split('\n').at(-1)).toMatch(/^valid: \d+ objects, 0 errors, \d+ warnings$/);
    expect(r.status).toBe(0);
    const global = opkit(['--duplicates', 'global', 'dist']);
    expect(global.status).toBe(1);
    expect(global.stdout).toMatch(/dist\/prod\/eu-west-1\/01-operator\.yaml:\d+:1: error: document \d+: Deployment opkit-system\/cache-operator-controller-manager: Duplicate value: the same object \(group, kind, namespace, name\) is also defined at dist\/dev\/01-operator\.yaml:\d+ \(document \d+\); the later one would overwrite it \[object\.duplicate\]/);
  });

  test('a CRD among the inputs is itself checked with the API server\'s CRD rules', () => {
    const crd = fs.readFileSync(path.join(F, 'widget-crd.yaml'), 'utf8').replace('listKind: WidgetList', 'listKind: Widget');
    const file = path.join(dir, 'broken-crd.yaml');
    fs.writeFileSync(file, crd);
    const r = opkit([file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('error: document 1: CustomResourceDefinition widgets.example.com: spec.names.listKind: Invalid value: "Widget": kind and listKind may not be the same [crd.names]');
  });

  test('--crd supplies the schemas of the custom resources', () => {
    expect(opkit([rel('widgets-valid.yaml')]).stdout).toContain('warning: document 1: Widget apps/full: no schema known for example.com/v1 Widget');
    const r = opkit(['--crd', rel('widget-crd.yaml'), rel('widgets-valid.yaml')]);
    expect(r.stdout).toBe('valid: 2 objects, 0 errors, 0 warnings\n');
    expect(r.status).toBe(0);
  });

  test('a *.schemas.json file given with --crd maps "<group>/<version>/<Kind>" to schemas', () => {
    const schemas = path.join(dir, 'example.com.schemas.json');
    fs.writeFileSync(schemas, JSON.stringify({ 'example.com/v1/Widget': { type: 'object', properties: { spec: { type: 'object', properties: { version: { type: 'string' } } } } } }));
    const r = opkit(['--crd', schemas, '-'], 'apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec: {version: 1}\n');
    expect(r.stdout).toContain('<stdin>:4:8: error: document 1: Widget w: spec.version: Invalid value: "integer": spec.version in body must be of type string: "integer" [schema.type]');
    expect(r.status).toBe(1);
  });

  test('--strict-schemas, --unknown-fields and --require-namespace', () => {
    const gadget = 'apiVersion: example.com/v1\nkind: Gadget\nmetadata: {name: g}\n';
    expect(opkit(['-'], gadget).status).toBe(0);
    expect(opkit(['--strict-schemas', '-'], gadget).status).toBe(1);
    const typo = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndta: {}\n';
    expect(opkit(['-'], typo).status).toBe(1);
    const warn = opkit(['--unknown-fields', 'warn', '-'], typo);
    expect(warn.stdout).toContain('warning: document 1: ConfigMap c: dta: field not declared in schema');
    expect(warn.status).toBe(0);
    expect(opkit(['--unknown-fields', 'ignore', '-'], typo).stdout).toBe('valid: 1 object, 0 errors, 0 warnings\n');
    expect(opkit(['--require-namespace', '-'], typo.replace('dta: {}\n', '')).stdout).toContain('metadata.namespace: Required value: ConfigMap is namespaced');
  });

  test('json output', () => {
    const r = opkit(['--output', 'json', rel('deployment-invalid.yaml')]);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    // The misspelt field fails strict decoding, so it is the object's only error (its wrong replicas type is not reported).
    expect(report).toMatchObject({ valid: false, objects: 1, errors: 1, warnings: 0 });
    expect(report.findings[0]).toEqual({
      severity: 'error', rule: 'schema.unknown-field', field: 'spec.template.spec.containers[0].imagePulPolicy',
      message: 'field not declared in schema',
      object: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'apps', name: 'web' },
      origin: { file: rel('deployment-invalid.yaml'), documentIndex: 0, line: 16, column: 11 },
    });
  });

  test('junit output: a suite per file, a case per object, errors as failures', () => {
    const r = opkit(['-o', 'junit', rel('valid.yaml'), rel('deployment-invalid.yaml')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="opkit validate" tests="3" failures="1" errors="0">/);
    expect(r.stdout).toContain(`<testsuite name="${rel('valid.yaml')}" tests="2" failures="0" errors="0">`);
    expect(r.stdout).toContain(`<testcase classname="${rel('deployment-invalid.yaml')}" name="document 1 Deployment apps/web">`);
    expect(r.stdout).toContain('<failure type="schema.unknown-field" message="spec.template.spec.containers[0].imagePulPolicy: field not declared in schema">');
  });

  test('malformed YAML is reported with file:line:column and the other documents are still checked', () => {
    const r = opkit([rel('broken.yaml')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^${rel('broken.yaml').replace(/[.]/g, '\\.')}:\\d+:\\d+: error: document 2: invalid YAML: `, 'm'));
    expect(r.stdout).toContain('invalid: 2 objects, 1 error, 0 warnings');
  });

  test.each([
    [['--frobnicate', 'x.yaml'], "opkit validate: Unknown option '--frobnicate'"],
    [[], 'opkit validate: no PATH given (use - to read stdin)'],
    [['--output', 'xml', 'x.yaml'], "opkit validate: --output must be one of text, json, junit, got 'xml'"],
    [['--unknown-fields', 'maybe', 'x.yaml'], "opkit validate: --unknown-fields must be one of error, warn, ignore, got 'maybe'"],
    [['--duplicates', 'cluster', 'x.yaml'], "opkit validate: --duplicates must be one of folder, global, got 'cluster'"],
    [['--kube-version', 'latest', 'x.yaml'], "opkit validate: --kube-version: kubeVersion 'latest' is not a Kubernetes version such as 1.30"],
    [['--kube-version', '1.26', 'x.yaml'], 'opkit validate: --kube-version: no built-in schemas for Kubernetes 1.26: opkit ships 1.27–1.35; choose one of them'],
  ])('usage error %j exits 2 with a usage hint and no stack trace', (args, message) => {
    const r = opkit(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('Usage: opkit validate');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  test('missing files and folders without YAML exit 2 naming the path', () => {
    const missing = opkit(['no/such/file.yaml']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe("opkit validate: no/such/file.yaml: no such file or folder\nRun 'opkit validate --help' for usage.\n");
    fs.mkdirSync(path.join(dir, 'nothing'));
    const empty = opkit([path.join(dir, 'nothing')]);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain('folder contains no .yaml, .yml or .json file');
    for (const r of [missing, empty]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  const ioHint = "\nRun 'opkit validate --help' for usage.\n";
  test.each([
    [[`${rel('valid.yaml')}/x.yaml`], `${rel('valid.yaml')}/x.yaml: not found: a part of the path is a file, not a folder`],
    [['--crd', 'no/such/crd.yaml', rel('valid.yaml')], 'no/such/crd.yaml: no such file or folder'],
    [['--previous', 'no/such/dist', rel('valid.yaml')], 'no/such/dist: no such file or folder'],
  ])('unusable path %j exits 2 naming it, with the usage hint and no stack trace', (args, message) => {
    const r = opkit(args);
    expect(r.stderr).toBe(`opkit validate: ${message}${ioHint}`);
    expect(r.stdout).toBe('');
    expect(r.status).toBe(2);
  });

  test.skipIf(process.getuid?.() === 0)('an unreadable file or folder exits 2 with "permission denied" (skipped as root)', () => {
    const locked = path.join(dir, 'locked.yaml');
    fs.writeFileSync(locked, 'apiVersion: v1\n');
    fs.chmodSync(locked, 0o000);
    const r = opkit([locked]);
    expect(r.stderr).toBe(`opkit validate: ${locked}: permission denied${ioHint}`);
    expect(r.status).toBe(2);
  });

  test('hostile inputs are findings with positions, never a JavaScript stack trace', () => {
    const inputs = [
      Buffer.from('apiVersion: v1\nkind: ConfigMap\u0000'),
      Buffer.from([0x6b, 0x3a, 0x20, 0xff, 0xfe]),
      `a: &a [x, x]\n${Array.from({ length: 12 }, (_, i) => `b${i}: &b${i + 1} [*${i ? `b${i}` : 'a'}, *${i ? `b${i}` : 'a'}]`).join('\n')}\n`,
      `${'['.repeat(20_000)}${']'.repeat(20_000)}\n`,
      'apiVersion: v1\nkind: ConfigMap\nkind: Secret\n',
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a\n',
    ];
    for (const input of inputs) {
      const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'opkit.js'), 'validate', '-'], { cwd: ROOT, input, encoding: 'utf8' });
      expect(r.status, r.stdout + r.stderr).toBe(1);
      expect(r.stdout).toMatch(/^<stdin>:\d+:\d+: error: /);
      expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  test('an internal error prints its message and a hint; only --debug adds the stack trace', () => {
    // stdout closed under the CLI (EPIPE) is the kind of fault no input causes: run in-process to provoke it
    const run = (args: string[]) => {
      let err = '';
      const code = runValidate([...args, rel('valid.yaml')], { out: () => { throw new Error('write EPIPE'); }, err: (s) => { err += s; } });
      return { code, err };
    };
    const plain = run([]);
    expect(plain).toEqual({ code: 2, err: 'opkit validate: internal error: write EPIPE\nRun again with --debug to print the stack trace.\n' });
    const debug = run(['--debug']);
    expect(debug.code).toBe(2);
    expect(debug.err).toMatch(/^opkit validate: internal error: write EPIPE\nError: write EPIPE\n\s+at /);
  });

  test('a file of 20,000 documents validates in a 64 MiB heap, every error with its line', () => {
    const file = path.join(dir, 'many.yaml');
    const doc = (i: number) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${i}\n  namespace: apps\n  labels: {app: web}\ndata:\n  key: ${i % 5000 === 1 ? '[not, a, string]' : `value-${i}`}\n`;
    fs.writeFileSync(file, Array.from({ length: 20_000 }, (_, i) => doc(i)).join('---\n'));
    const r = spawnSync(process.execPath, ['--max-old-space-size=64', path.join(ROOT, 'bin', 'opkit.js'), 'validate', file], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe(`${file}:17:3: error: document 2: ConfigMap apps/cm-1: data.key: Invalid value: "array": data.key in body must be of type string: "array" [schema.type]`);
    expect(lines[3]).toMatch(new RegExp(`^${file}:135017:3: error: document 15002: ConfigMap apps/cm-15001: data\\.key`));
    expect(lines[4]).toBe('invalid: 20000 objects, 4 errors, 0 warnings');
    expect(r.status).toBe(1);
  });

  test('--help prints the usage and exits 0', () => {
    const r = opkit(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: opkit validate \[options\] PATH\.\.\./);
  });

  test('the CEL engine is loaded only when a custom resource with rules is validated (start-up time)', () => {
    const hook = path.join(dir, 'report-cel.js');
    fs.writeFileSync(hook, "process.on('exit', () => process.stderr.write(Object.keys(require.cache).some((k) => k.includes('@bufbuild/cel/')) ? 'cel loaded' : 'cel not loaded'));\n");
    const run = (args: string[]) => spawnSync(process.execPath, ['-r', hook, path.join(ROOT, 'bin', 'opkit.js'), 'validate', ...args], { encoding: 'utf8', cwd: ROOT });
    expect(run([rel('valid.yaml')]).stderr).toBe('cel not loaded');
    expect(run([rel('deployment-invalid.yaml')]).stderr).toBe('cel not loaded');
    // (CRDs among the inputs load it too: lib/crd's checks compile their rules)
    const withRules = run(['--kube-version', '1.28', '--crd', rel('volume-crd.yaml'), rel('volumes.yaml')]);
    expect(withRules.stderr).toBe('cel loaded');
    expect(withRules.stdout).toContain('size may be at most 10Gi, got 1Ti');
  });

});
