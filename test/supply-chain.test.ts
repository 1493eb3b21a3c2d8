import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from './helpers';

// cdk8s-plus-27 lists `backport` (the cdk8s team's release tool, never loaded at run time) as an optional
// dependency: ~145 packages, axios among them, and a postinstall that writes to $HOME. package.json `overrides`
// (`"backport": "$backport"`, the devDependency `file:scripts/no-backport`) replaces it with an empty package, so
// `npm ci` never fetches or runs it (measured: `npm ci` adds 241 packages instead of 385). Users' installs are not
// affected by our overrides; there cdk8s-plus-27 still brings it.
test('npm ci installs no backport from the registry, nor anything only it needs', () => {
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
  const packages: Record<string, { resolved?: string; link?: boolean }> = lock.packages;
  expect(packages['node_modules/backport']).toEqual({ resolved: 'scripts/no-backport', link: true });
  expect(packages['scripts/no-backport']).toMatchObject({ name: 'backport', version: '0.0.0-opkit-empty' });
  const stub = JSON.parse(fs.readFileSync(path.join(ROOT, 'scripts', 'no-backport', 'package.json'), 'utf8'));
  expect(stub.dependencies ?? {}).toEqual({});
  expect(stub.scripts ?? {}).toEqual({});
  expect(Object.keys(packages).filter((p) => /(^|\/)(axios|backport)$/.test(p) && p !== 'node_modules/backport')).toEqual([]);
  expect(Object.keys(packages).length).toBeLessThan(320);
});
