import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { formatCrdFinding, validateCustomResourceDefinition } from '../lib';
import { ROOT } from './helpers';

// Real CRDs the API server accepts (prometheus-operator, cert-manager, Argo CD): the validator must not reject them.
const DIR = path.join(ROOT, '..', 'shared', 'crds');
const exists = fs.existsSync(DIR);
if (!exists) console.warn(`crd-third-party.test.ts: skipped, the folder of real CRDs ${DIR} is missing`);

describe.skipIf(!exists)('validateCustomResourceDefinition on real third-party CRDs', () => {
  const files = exists ? fs.readdirSync(DIR).filter((f) => f.endsWith('.yaml')) : [];
  test('there are CRDs to check', () => expect(files.length).toBeGreaterThanOrEqual(8));
  test.each(files)('%s has no findings', (file) => {
    const crds = parseAllDocuments(fs.readFileSync(path.join(DIR, file), 'utf8')).map((d) => d.toJS())
      .filter((d) => d?.kind === 'CustomResourceDefinition');
    expect(crds.length).toBeGreaterThan(0);
    for (const crd of crds) expect(validateCustomResourceDefinition(crd).map((f) => formatCrdFinding(f, crd))).toEqual([]);
  });
});
