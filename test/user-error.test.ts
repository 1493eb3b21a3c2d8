import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { InputError, OutputLockedError, UserError } from '../lib/internal';
import { UsageError } from '../lib/cli/args';
import { ROOT } from './helpers';

describe('one user-error class', () => {
  test('the errors a user fixes from their message are UserErrors', () => {
    for (const e of [new UsageError('u'), new InputError('i'), new OutputLockedError('.dist.lock', 'pid 1 on h')]) {
      expect(e).toBeInstanceOf(UserError);
    }
    expect(new UsageError('u').name).toBe('UsageError');
  });

  // A plain Error reads as internal (runApp adds the --debug hint), so the folders of constructs and props
  // checks throw none: a bad prop must be a UserError.
  test('no construct folder throws a plain Error', () => {
    const offenders: string[] = [];
    for (const folder of ['operator', 'crd', 'policy', 'gitops']) {
      const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
      for (const file of walk(path.join(ROOT, 'lib', folder))) {
        fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
          if (/throw new Error\(/.test(line)) offenders.push(`${path.relative(ROOT, file)}:${i + 1}`);
        });
      }
    }
    // replacing the output folder failed on disk: internal, its stack helps
    expect(offenders.filter((o) => !o.startsWith('lib/gitops/replace-dir.ts:'))).toEqual([]);
  });
});
