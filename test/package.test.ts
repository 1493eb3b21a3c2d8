import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, tempDir } from './helpers';

// The package as a user gets it: `npm pack`, installed into a fresh app laid out as `cdk8s init typescript-app`
// lays it out (its tsconfig unchanged, cdk8s-plus-33 beside the library, ts-node as the runner). One installed
// project is shared by every assertion. The npm registry must be reachable for packages not in npm's cache.
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const devVersion = (name: string) => pkg.devDependencies[name] as string;
const TEMPLATE = path.join(path.dirname(require.resolve('cdk8s-cli/package.json')), 'templates', 'typescript-app');

/** The child processes get a clean npm environment (no npm_* variables of the `npm test` that runs us). */
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_')));
interface Result { status: number | null; stdout: string; stderr: string }
/** Asynchronous, so the test worker keeps answering vitest while a long command (npm install, synth) runs. */
const run = (cwd: string, cmd: string, args: string[], extra: Record<string, string> = {}): Promise<Result> =>
  new Promise((resolve) => {
    execFile(cmd, args, { cwd, encoding: 'utf8', env: { ...env, ...extra }, timeout: 180_000, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ status: code, stdout, stderr });
    });
  });

describe('the npm package in a fresh cdk8s app', { timeout: 240_000 }, () => {
  const tmp = tempDir('opkit-package-');
  const app = path.join(tmp, 'app');
  let tarball = '';
  let files: { path: string; size: number }[] = [];
  let unpackedSize = 0;
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  beforeAll(async () => {
    // global-setup.ts has just run `npm run build` (what `prepare` runs on `npm pack`), so scripts are skipped here.
    const pack = await run(ROOT, 'npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp]);
    expect(pack.status, pack.stderr).toBe(0);
    const [info] = JSON.parse(pack.stdout);
    tarball = path.join(tmp, info.filename);
    files = info.files;
    unpackedSize = info.unpackedSize;
    console.log(`opkit package: ${info.filename}, ${info.size} bytes packed, ${info.unpackedSize} bytes unpacked, ${info.entryCount} files`);

    fs.mkdirSync(app);
    fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({
      name: 'queue-operator', version: '1.0.0', main: 'main.js', types: 'main.ts', license: 'Apache-2.0', private: true,
      scripts: { synth: 'cdk8s synth', compile: 'tsc --build' },
      dependencies: { 'cdk8s': `^${devVersion('cdk8s')}`, 'cdk8s-plus-33': '^2.5.57', 'constructs': `^${devVersion('constructs')}` },
      devDependencies: {
        'cdk8s-cli': devVersion('cdk8s-cli'), '@types/node': devVersion('@types/node'),
        'typescript': devVersion('typescript'), 'ts-node': devVersion('ts-node'),
      },
    }, null, 2));
    fs.copyFileSync(path.join(TEMPLATE, 'tsconfig.json'), path.join(app, 'tsconfig.json'));
    for (const f of ['main.ts', 'api.ts']) fs.copyFileSync(path.join(__dirname, 'fixtures', 'consumer-app', `${f}.txt`), path.join(app, f));
    const install = await run(app, 'npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball]);
    expect(install.status, install.stderr).toBe(0);
    // The typed Queue class main.ts uses: opkit import renders api.ts (the default API module) under ts-node.
    const imported = await run(app, 'npx', ['opkit', 'import']);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toContain('imports/: 1 generated, 0 unchanged');
  }, 240_000);

  test('the tarball ships the build, bin and data, and none of the repository', async () => {
    const paths = files.map((f) => f.path);
    expect(pkg.name).toBe('opkit');
    expect(path.basename(tarball)).toBe(`opkit-${pkg.version}.tgz`);
    for (const needed of ['build/index.js', 'build/index.d.ts', 'build/opkit.js', 'bin/opkit.js', 'build/generated/argoproj.io.schemas.json', 'package.json']) {
      expect(paths, needed).toContain(needed);
    }
    const top = new Set(paths.map((p) => p.split('/')[0]));
    for (const shipped of top) expect(['build', 'bin', 'schemas', 'package.json', 'README.md', 'LICENSE']).toContain(shipped);
    expect(paths.filter((p) => p.startsWith('build/internal'))).toEqual([]);
    // Measured 7.3 MB (printed above), 4.3 MB of it Argo CD's generated classes and schemas, whose .js carries no
    // doc comments (the .d.ts keeps them): 7.8 MB with them. Before this package layout: 6.6 MB, mostly tests, bench, dist/.
    expect(unpackedSize).toBeLessThan(7_500_000);
  });

  test('cdk8s and constructs are peers, installed once, beside cdk8s-plus-33', async () => {
    expect(Object.keys(pkg.peerDependencies).sort()).toEqual(['cdk8s', 'constructs']);
    expect(pkg.dependencies.cdk8s).toBeUndefined();
    expect(fs.existsSync(path.join(app, 'node_modules', 'opkit', 'node_modules', 'cdk8s'))).toBe(false);
    expect(fs.existsSync(path.join(app, 'node_modules', 'cdk8s-plus-33'))).toBe(true);
  });

  test('main.ts type-checks under cdk8s init\'s tsconfig, unchanged (no skipLibCheck)', async () => {
    const tsconfig = JSON.parse(fs.readFileSync(path.join(app, 'tsconfig.json'), 'utf8'));
    expect(tsconfig.compilerOptions).toMatchObject({ target: 'ES2017', lib: ['es2016'], strict: true, noUnusedLocals: true, noUnusedParameters: true });
    expect(tsconfig.compilerOptions.skipLibCheck).toBeUndefined();
    const tsc = await run(app, 'npx', ['tsc', '--noEmit', '-p', '.']);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });

  test('cdk8s synth with the ts-node runner, and the compiled JavaScript, write the same manifests', async () => {
    fs.writeFileSync(path.join(app, 'cdk8s.yaml'), 'language: typescript\napp: npx ts-node main.ts\n');
    const synth = await run(app, 'npx', ['cdk8s', 'synth']);
    expect(synth.status, synth.stderr).toBe(0);
    const crd = fs.readFileSync(path.join(app, 'dist', 'crds.k8s.yaml'), 'utf8');
    expect(crd).toContain('kind: CustomResourceDefinition');
    expect(crd).toContain('partitions must be at least replicas');
    const viaTsNode = fs.readFileSync(path.join(app, 'dist', 'operator.k8s.yaml'), 'utf8');
    expect(viaTsNode).toContain('kind: ServiceMonitor');

    const compile = await run(app, 'npx', ['tsc', '-p', '.']);
    expect(compile.status, compile.stdout).toBe(0);
    const node = await run(app, process.execPath, ['main.js']);
    expect(node.status, node.stderr).toBe(0);
    expect(fs.readFileSync(path.join(app, 'dist', 'operator.k8s.yaml'), 'utf8')).toBe(viaTsNode);
  });

  test('the validation plugin from node_modules/opkit knows the library\'s kinds and fails an invalid CR with its CEL message', async () => {
    fs.writeFileSync(path.join(app, 'cdk8s.yaml'), [
      'language: typescript', 'app: node main.js', 'validations:',
      `  - package: ./node_modules/opkit`, `    version: ${pkg.version}`, '    class: OpkitValidation',
      '    properties:', '      strictSchemas: true', '',
    ].join('\n'));
    const valid = await run(app, 'npx', ['cdk8s', 'synth']);
    expect(valid.status, valid.stdout + valid.stderr).toBe(0);
    expect(valid.stdout + valid.stderr).not.toContain('no schema known');

    const invalid = await run(app, 'npx', ['cdk8s', 'synth'], { PARTITIONS: '1' });
    expect(invalid.status).not.toBe(0);
    expect(invalid.stdout + invalid.stderr).toContain('Invalid value: "object": partitions must be at least replicas');
  });

  test('npx opkit validate checks the synthesized manifests, with the CEL message for an invalid CR', async () => {
    // A fresh dist/: cdk8s synth with validations leaves construct-metadata.json (not a manifest) in it.
    fs.rmSync(path.join(app, 'dist'), { recursive: true, force: true });
    const ok = await run(app, process.execPath, ['main.js']);
    expect(ok.status, ok.stderr).toBe(0);
    const valid = await run(app, 'npx', ['opkit', 'validate', 'dist']);
    expect(valid.stdout + valid.stderr).not.toContain('no schema known');
    expect(valid.status, valid.stdout + valid.stderr).toBe(0);

    expect((await run(app, process.execPath, ['main.js'], { PARTITIONS: '1' })).status).toBe(0);
    const invalid = await run(app, 'npx', ['opkit', 'validate', 'dist']);
    expect(invalid.status).toBe(1);
    expect(invalid.stdout + invalid.stderr).toContain('Queue default/orders: spec: Invalid value: "object": partitions must be at least replicas [cel.rule]');
  });
});
