// The files `opkit init` writes: a new operator project laid out as `cdk8s init typescript-app` lays it out
// (its tsconfig, ts-node), with one API type, its Custom Resource, the Operator and a GitOpsApp. Plain text
// templates: no generator library does this for cdk8s, and the project must be writable offline.

/** What the templates are filled with. */
export interface InitValues {
  /** npm package name of the new project, also the operator's name. */
  readonly name: string;
  /** API group of the CRD, e.g. `example.com`. */
  readonly group: string;
  /** Kind of the CRD, e.g. `Widget`. */
  readonly kind: string;
  /** Version specifiers of the project's dependencies. */
  readonly versions: Readonly<Record<'opkit' | 'cdk8s' | 'constructs' | 'cdk8s-cli' | 'typescript' | 'ts-node' | '@types/node', string>>;
}

/** Relative path → content, in the order they are written. */
export function initFiles(v: InitValues): Record<string, string> {
  const plural = `${v.kind.toLowerCase()}s`;
  const module = `./imports/${v.group}`;
  return {
    'package.json': `${JSON.stringify({
      name: v.name, version: '0.1.0', private: true, license: 'Apache-2.0',
      scripts: {
        // `npm install` runs prepare: the typed classes of the project's own CRDs exist before the first synth.
        prepare: 'opkit import',
        import: 'opkit import',
        synth: 'ts-node main.ts',
        test: 'tsc --noEmit && ts-node test/app.test.ts',
      },
      dependencies: { 'cdk8s': v.versions.cdk8s, 'constructs': v.versions.constructs, 'opkit': v.versions.opkit },
      // What `opkit import` reads: the module that defines the CRDs (and third-party CRD files under "crds").
      opkit: { api: `api/${v.kind.toLowerCase()}-crd`, output: 'imports' },
      devDependencies: {
        '@types/node': v.versions['@types/node'], 'cdk8s-cli': v.versions['cdk8s-cli'],
        'ts-node': v.versions['ts-node'], 'typescript': v.versions.typescript,
      },
    }, null, 2)}\n`,
    // cdk8s init typescript-app's compiler options, unchanged.
    'tsconfig.json': `${JSON.stringify({
      compilerOptions: {
        alwaysStrict: true, declaration: true, experimentalDecorators: true, inlineSourceMap: true,
        inlineSources: true, lib: ['es2016'], module: 'CommonJS', noEmit: false, noEmitOnError: true, noFallthroughCasesInSwitch: true,
        noImplicitAny: true, noImplicitReturns: true, noImplicitThis: true, noUnusedLocals: true, noUnusedParameters: true,
        resolveJsonModule: true, strict: true, strictNullChecks: true, strictPropertyInitialization: true,
        stripInternal: true, target: 'ES2017',
      },
      include: ['**/*.ts'],
      exclude: ['node_modules', 'cdk8s.out', 'dist'],
    }, null, 2)}\n`,
    'cdk8s.yaml': [
      'language: typescript',
      '# The app writes dist/ itself, atomically, after every check passed; cdk8s synth mirrors it here.',
      'app: npx ts-node main.ts',
      'output: .cdk8s.out',
      '# imports/ is generated from api/ by `npm run import` (opkit import, configured in package.json).',
      'imports: []',
      '',
    ].join('\n'),
    '.gitignore': ['node_modules/', '.cdk8s.out/', '*.js', '*.d.ts', '.dist.lock', 'dist.removed/', ''].join('\n'),
    [`api/${v.kind.toLowerCase()}-crd.ts`]: `import { Construct } from 'constructs';
import { Cel, conditionsSchema, CustomResourceDefinition, observedGenerationSchema, Schema } from 'opkit';

/** The ${v.kind} API: its spec is the desired state, its status what the controller observed. */
export class ${v.kind}Api extends Construct {
  public readonly crd: CustomResourceDefinition;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.crd = new CustomResourceDefinition(this, '${v.kind}', {
      group: '${v.group}',
      kind: '${v.kind}',
      versions: [{
        name: 'v1alpha1',
        statusSubresource: true,
        scale: { specReplicasPath: '.spec.replicas', statusReplicasPath: '.status.replicas' },
        schema: Schema.resource({
          required: ['spec'],
          spec: Schema.object({
            required: ['image'],
            validations: [Cel.rule('self.replicas <= self.maxReplicas', { message: 'replicas must not exceed maxReplicas' })],
            properties: {
              image: Schema.string({ minLength: 1 }),
              replicas: Schema.integer({ minimum: 0, default: 1 }),
              maxReplicas: Schema.integer({ minimum: 1, default: 10 }),
            },
          }),
          status: Schema.object({
            properties: { replicas: Schema.integer(), conditions: conditionsSchema(), observedGeneration: observedGenerationSchema() },
          }),
        }),
      }],
    });
  }
}
`,
    'main.ts': `// The operator: its CRD, the controller's manifests and one Custom Resource, synthesized into dist/dev/.
import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { GitOpsApp, GitOpsAppProps, Operator, runApp } from 'opkit';
import { ${v.kind}Api } from './api/${v.kind.toLowerCase()}-crd';
import { ${v.kind} } from '${module}';

/** The environments the operator is delivered to, each with the Kubernetes release of its cluster. */
export const ENVIRONMENTS = [{ name: 'dev', kubeVersion: '1.33', replicas: 2 }];

export function createApp(props: GitOpsAppProps = {}): GitOpsApp {
  const app = new GitOpsApp({ kubeVersions: Object.fromEntries(ENVIRONMENTS.map((e) => [e.name, e.kubeVersion])), ...props });
  for (const env of ENVIRONMENTS) {
    const scope = new Construct(app, env.name);
    const crds = new Chart(scope, 'crds');
    const api = new ${v.kind}Api(crds, 'api');
    const controller = new Chart(scope, 'operator');
    new Operator(controller, 'operator', {
      name: '${v.name}', image: 'ghcr.io/example/${v.name}:0.1.0', namespace: '${v.name}-system', crds: [api.crd],
      watchNamespaces: ['default'],
    });
    const resources = new Chart(scope, 'resources');
    new ${v.kind}(resources, 'example', {
      metadata: { name: 'example', namespace: 'default' },
      spec: { image: 'nginx:1.27', replicas: env.replicas, maxReplicas: 5 },
    });
    controller.addDependency(crds);
    resources.addDependency(controller);
  }
  return app;
}

if (require.main === module) {
  runApp(() => createApp().synth());
}
`,
    'test/app.test.ts': `// npm test: the app synthesizes, every check passes, and the CEL rule of the CRD rejects a bad resource.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { createApp, ENVIRONMENTS } from '../main';

const outdir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'synth-'));

test('the app synthesizes the CRD, the controller and the ${v.kind} into dist/dev/', () => {
  const dir = outdir();
  const result = createApp({ outdir: dir, log: () => {} }).synth();
  const kinds = result.manifests.map((m) => m.object.kind);
  assert.ok(kinds.includes('CustomResourceDefinition'));
  assert.ok(kinds.includes('Deployment'));
  assert.ok(kinds.includes('${v.kind}'));
  assert.ok(fs.readdirSync(path.join(dir, 'dev')).length > 0);
});

test('a ${v.kind} that breaks the CEL rule fails the synth with the rule\\'s message', () => {
  const dir = outdir();
  ENVIRONMENTS[0].replicas = 50;
  try {
    assert.throws(() => createApp({ outdir: dir, log: () => {} }).synth(), /replicas must not exceed maxReplicas/);
  } finally {
    ENVIRONMENTS[0].replicas = 2;
  }
});
`,
    'README.md': `# ${v.name}

A Kubernetes operator's manifests, written with [cdk8s](https://cdk8s.io) and opkit: the ${v.kind} CRD
(\`api/\`), the controller's Deployment, RBAC and network policy, and a ${v.kind} resource, synthesized into \`dist/\`
and checked first as the API server would check them.

\`\`\`sh
npm install && npm run synth   # write dist/ (validated first; a failed synth leaves dist/ as it was)
npm install && npm test        # type-check and run the tests
\`\`\`

Change the API in \`api/\`, run \`npm run import\` (\`opkit import\`, configured by the \`opkit\` section of
package.json) to regenerate the typed classes in \`imports/\`, then synthesize.
Commit \`dist/\`; Argo CD (or \`kubectl apply -f dist/dev\`) applies it.
`,
    '.ci/run': `#!/usr/bin/env bash
# CI: install, then run the README's test command.
set -euo pipefail
cd "$(dirname "$0")/.."
npm install --no-audit --no-fund
npm test
`,
  };
}
