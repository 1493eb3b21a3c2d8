import * as fs from 'node:fs';
import { expect, test } from 'vitest';
import { API_REPORT, apiReport } from '../scripts/api-report';

// The package root's public surface is deliberate: a change to lib/index.ts or to an exported type shows up
// as a diff of api-report.md, committed with the change.
test('api-report.md is the public API of lib/index.ts (run `npm run api-report`)', () => {
  const report = apiReport();
  for (const name of ['class CustomResourceDefinition', 'class Operator', 'class GitOpsApp', 'function createValidator', 'class OpkitValidation']) {
    expect(report).toMatch(new RegExp(`^${name}\\b`, 'm'));
  }
  // Internals stay private.
  for (const internal of ['groupBy', 'CompiledCelNode', 'compileSchemaRules', 'placedObjects']) expect(report).not.toMatch(new RegExp(`^\\w+ ${internal}\\b`, 'm'));
  expect(fs.readFileSync(API_REPORT, 'utf8')).toBe(report);
}, 60_000);
