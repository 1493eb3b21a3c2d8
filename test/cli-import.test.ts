import { execFile, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, tempDir } from './helpers';

// `opkit import` as a user runs it (the bundled CLI), in a small project: one CRD defined as code (api/index.ts,
// rendered under the project's tsx) and one third-party CRD file, each its own group.
const BIN = path.join(ROOT, 'bin', 'opkit.js');
const opkit = (cwd: string, args: string[]) => spawnSync(process.execPath, [BIN, 'import', ...args], { cwd, encoding: 'utf8' });

const API = `import { Construct } from 'constructs';
import { CustomResourceDefinition, Schema } from 'opkit';

export const NOT_A_CONSTRUCT = 1;
export class TinyApi extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new CustomResourceDefinition(this, 'Gadget', {
      group: 'a.example.com', kind: 'Gadget',
      versions: [{ name: 'v1', schema: Schema.resource({ spec: Schema.object({ properties: { size: Schema.integer() } }) }) }],
    });
  }
}
`;
const widget = (plural: string, field: string) => `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: { name: widgets.b.example.com }
spec:
  group: b.example.com
  scope: Namespaced
  names: { kind: Widget, plural: ${plural}, singular: widget, listKind: WidgetList }
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec: { type: object, properties: { ${field}: { type: string } } }
`;

describe('opkit import', { timeout: 120_000 }, () => {
  const project = tempDir('opkit-import-');
  const imports = path.join(project, 'imports');
  const mtime = (f: string) => fs.statSync(path.join(imports, f)).mtimeMs;
  afterAll(() => fs.rmSync(project, { recursive: true, force: true }));

  beforeAll(() => {
    // The project's own tools, as npm would install them; opkit itself is this checkout (its build/).
    fs.mkdirSync(path.join(project, 'node_modules'));
    for (const pkg of ['cdk8s', 'constructs', 'cdk8s-cli', 'typescript', 'tsx']) {
      fs.symlinkSync(path.join(ROOT, 'node_modules', pkg), path.join(project, 'node_modules', pkg));
    }
    fs.symlinkSync(ROOT, path.join(project, 'node_modules', 'opkit'));
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'tiny', private: true, opkit: { crds: ['crds/'] } }));
    fs.mkdirSync(path.join(project, 'api'));
    fs.writeFileSync(path.join(project, 'api', 'index.ts'), API);
    fs.mkdirSync(path.join(project, 'crds'));
    fs.writeFileSync(path.join(project, 'crds', 'widget.yaml'), widget('widgets', 'color'));
  });

  test('generates each group once, then only the group whose CRDs changed', () => {
    const first = opkit(project, []);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('imports/: 2 generated, 0 unchanged');
    for (const f of ['a.example.com.js', 'a.example.com.d.ts', 'b.example.com.js', 'b.example.com.d.ts']) {
      expect(fs.existsSync(path.join(imports, f)), f).toBe(true);
    }
    // The schemas the validator reads: the version's schema, without descriptions.
    const schemas = JSON.parse(fs.readFileSync(path.join(imports, 'b.example.com.schemas.json'), 'utf8'));
    expect(schemas['b.example.com/v1/Widget'].properties.spec.properties).toEqual({ color: { type: 'string' } });
    expect(fs.readFileSync(path.join(imports, 'a.example.com.d.ts'), 'utf8')).toContain('export declare class Gadget');
    const before = { a: mtime('a.example.com.js'), b: mtime('b.example.com.js') };

    const second = opkit(project, []);
    expect(second.status).toBe(0);
    expect(second.stdout).toBe('imports/: 0 generated, 2 unchanged\n');
    expect(mtime('a.example.com.js')).toBe(before.a);
    expect(mtime('b.example.com.js')).toBe(before.b);

    fs.writeFileSync(path.join(project, 'crds', 'widget.yaml'), widget('widgets', 'shade'));
    fs.mkdirSync(path.join(imports, '.opkit-import-interrupted')); // a staging folder left by a killed run
    const third = opkit(project, []);
    expect(third.status).toBe(0);
    expect(third.stdout).toBe('generating b.example.com (1 CRD)\nimports/: 1 generated, 1 unchanged\n');
    expect(mtime('a.example.com.js')).toBe(before.a);
    expect(fs.readFileSync(path.join(imports, 'b.example.com.d.ts'), 'utf8')).toContain('readonly shade?: string');
    // No staging folder is left behind.
    expect(fs.readdirSync(imports).filter((f) => f.startsWith('.'))).toEqual([]);

    const forced = opkit(project, ['--force', '--api', 'api#TinyApi']);
    expect(forced.stdout).toContain('imports/: 2 generated, 0 unchanged');
  });

  test('reads a CRD from an http(s) URL', async () => {
    const server = http.createServer((_, res) => res.end(widget('widgets', 'size')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/widget.yaml`;
      // Asynchronously: the server answers from this process.
      const stdout = await new Promise<string>((resolve, reject) => execFile(process.execPath,
        [BIN, 'import', '--crd', url, '--output', 'from-url'], { cwd: project, encoding: 'utf8' },
        (error, out, err) => (error ? reject(new Error(err)) : resolve(out))));
      expect(stdout).toContain('from-url/: 2 generated, 0 unchanged');
      expect(fs.readFileSync(path.join(project, 'from-url', 'b.example.com.d.ts'), 'utf8')).toContain('readonly size?: string');
    } finally {
      server.close();
    }
  });

  const write = (file: string, text: string) => fs.writeFileSync(path.join(project, file), text);
  test.each([
    ['a missing module', ['--api', 'nope'], /the API module nope does not exist \(looked for nope\.ts, nope\/index\.ts and their \.js\): create it, or set "opkit": \{ "api": "<module>" \} in package\.json/],
    ['a module without CRDs', ['--api', 'empty'], /the API module empty\.ts defines no CustomResourceDefinition: none of its exports \(X\) creates one/],
    ['an export that is not a construct', ['--api', 'api#NOT_A_CONSTRUCT'], /the API module api\/index\.ts: NOT_A_CONSTRUCT is not a construct class/],
    ['a module that throws', ['--api', 'throws'], /loading the API module throws\.ts failed:\n {2}.*throws\.ts:1\n[^]*Error: boom\n {6}at .*throws\.ts:1/],
    ['invalid YAML', ['--crd', 'bad.yaml'], /bad\.yaml: invalid YAML at line 2, column 1: Flow sequence in block collection must be sufficiently indented and end with a \]\n/],
    ['a CRD the API server rejects', ['--crd', 'rejected.yaml'], /invalid CustomResourceDefinition:\n[^]*^ {2}rejected\.yaml: CustomResourceDefinition widgets\.b\.example\.com: spec\.names\.plural: Invalid value: "Widgets": a DNS-1035 label/m],
    ['a missing CRD file', ['--crd', 'missing.yaml'], /CRD source missing\.yaml does not exist/],
    ['a URL that cannot be fetched (offline)', ['--crd', 'http://opkit-offline.invalid/crd.yaml'], /cannot fetch http:\/\/opkit-offline\.invalid\/crd\.yaml: .* \(offline\? download the file and list its path instead\)/],
    ['a file without CRDs', ['--crd', 'empty.yaml'], /empty\.yaml holds no CustomResourceDefinition/],
  ])('reports %s with exit 2, no stack trace and nothing written', (_, args, message) => {
    write('empty.ts', 'export const X = 1;\n');
    write('throws.ts', 'throw new Error("boom");\n');
    write('bad.yaml', 'a: [\n');
    write('empty.yaml', 'kind: ConfigMap\n');
    write('rejected.yaml', widget('Widgets', 'color'));
    const out = path.join(project, 'out-error');
    const r = opkit(project, [...args, '--output', 'out-error']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^opkit import: /);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/render-api|internal error|node:internal/);
    expect(fs.existsSync(out)).toBe(false);
  });

  test('reports a project without cdk8s-cli, saying how to install it', () => {
    const bare = tempDir('opkit-import-bare-');
    try {
      fs.writeFileSync(path.join(bare, 'crd.yaml'), widget('widgets', 'color'));
      const r = opkit(bare, ['--crd', 'crd.yaml']);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`opkit import runs cdk8s-cli from the project, and ${fs.realpathSync(bare)} has none: npm install --save-dev cdk8s-cli`);
    } finally {
      fs.rmSync(bare, { recursive: true, force: true });
    }
  });
});
