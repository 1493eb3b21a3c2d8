// `opkit validate` reads and validates file by file (lib/cli/validate-stream.ts): its reports must be the ones
// it gave when it read every input first. test/fixtures/validate-stream/expected/ holds those, as written by that
// implementation (commit 7478107), for inputs where the order matters: custom resources before their CRD (in a
// later file, in another folder, on stdin given last, one spelt with a JSON escape), a broken CRD, duplicates
// within a file, across files of a folder and across folders, invalid documents, an empty file, a List, stdin.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from './helpers';

const F = path.relative(ROOT, path.join(__dirname, 'fixtures', 'validate-stream'));

const VARIANTS: Record<string, { stdin: string; args: string[] }> = {
  'default': { stdin: 'stdin.yaml', args: ['-', `${F}/app-a`, `${F}/app-b`] },
  'duplicates-global': { stdin: 'stdin.yaml', args: ['--duplicates', 'global', '-', `${F}/app-a`, `${F}/app-b`] },
  'policy': { stdin: 'stdin.yaml', args: ['--policy', '-', `${F}/app-a`, `${F}/app-b`] },
  'previous': { stdin: 'stdin.yaml', args: ['--previous', `${F}/previous`, '--strict-schemas', `${F}/app-a`, `${F}/app-b`, '-'] },
  'crd-on-stdin-last': { stdin: 'app-b/gadget-crd.json', args: [`${F}/app-a/b-widgets.yaml`, `${F}/app-b/nested`, '-'] },
};
const FORMATS = { text: 'txt', json: 'json', junit: 'xml' } as const;

describe('opkit validate, file by file, reports what it reported reading every input first', () => {
  for (const [name, { stdin, args }] of Object.entries(VARIANTS)) {
    for (const [format, ext] of Object.entries(FORMATS)) {
      test(`${name}, --output ${format}`, () => {
        // The built CLI, as the lazily required checks (CEL, CRDs, policy) need it; stdin can be read once only.
        const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'opkit.js'), 'validate', '--output', format, ...args],
          { encoding: 'utf8', cwd: ROOT, input: fs.readFileSync(path.join(ROOT, F, stdin)) });
        expect(r.stderr).toBe('');
        expect(r.stdout).toBe(fs.readFileSync(path.join(ROOT, F, 'expected', `${name}.${ext}`), 'utf8'));
        expect(r.status).toBe(1);
      });
    }
  }

  test('the fixtures hold what the cases are about', () => {
    const text = fs.readFileSync(path.join(ROOT, F, 'expected', 'default.txt'), 'utf8');
    expect(text).not.toContain('[schema.unknown-kind]'); // every CRD found, wherever it came
    expect(text).toContain('Gadget apps/g2: spec: Invalid value: "object": no large gadgets [cel.rule]'); // the escaped CRD
    expect(text).toContain('[crd.schema]');
    expect(text).toContain('[object.duplicate]');
    const global = fs.readFileSync(path.join(ROOT, F, 'expected', 'duplicates-global.txt'), 'utf8');
    expect(global.split('[object.duplicate]').length).toBeGreaterThan(text.split('[object.duplicate]').length);
    expect(fs.readFileSync(path.join(ROOT, F, 'expected', 'previous.txt'), 'utf8')).toContain('[crd-upgrade.enum-value-removed]');
    const policy = fs.readFileSync(path.join(ROOT, F, 'expected', 'policy.txt'), 'utf8');
    expect(policy).toContain('Deployment apps/lost: spec.template.spec.serviceAccountName: Not found: "ghost"'); // across files
    expect(policy).not.toContain('Deployment apps/web: spec.template.spec.serviceAccountName');
  });
});
