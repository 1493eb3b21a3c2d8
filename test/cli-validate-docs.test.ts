import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from './helpers';

/** Every ```console example of a doc: `$ command` then its output, `...` standing for elided lines. */
const examplesOf = (doc: string) => [...fs.readFileSync(path.join(ROOT, 'docs', doc), 'utf8').matchAll(/```console\n\$ (.*)\n([\s\S]*?)```/g)]
  .map(([, command, output]) => ({ command, expected: output.trimEnd().split('\n') }));
const examples = [...examplesOf('validate.md'), ...examplesOf('upgrades.md')];

describe('docs/validate.md and docs/upgrades.md examples', () => {
  test('there are examples', () => expect(examples.length).toBeGreaterThanOrEqual(3));

  test.each(examples)('$command', ({ command, expected }) => {
    const r = spawnSync('bash', ['-c', command.replace(/\bnpx opkit\b/g, `"${process.execPath}" bin/opkit.js`)], { cwd: ROOT, encoding: 'utf8' });
    const actual = r.stdout.trimEnd().split('\n');
    const gap = expected.indexOf('...');
    if (gap < 0) {
      expect(actual).toEqual(expected);
    } else {
      expect(actual.slice(0, gap)).toEqual(expected.slice(0, gap));
      expect(actual.slice(actual.length - (expected.length - gap - 1))).toEqual(expected.slice(gap + 1));
    }
  });
});
