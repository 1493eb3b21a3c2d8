import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { checkCrdUpgrade } from '../lib';
import { ROOT } from './helpers';

// The revision checks on real CRDs (prometheus-operator, cert-manager, Argo CD): large schemas, every keyword.
const DIR = path.join(ROOT, '..', 'shared', 'crds');
const exists = fs.existsSync(DIR);
if (!exists) console.warn(`crd-upgrade-real.test.ts: skipped, the folder of real CRDs ${DIR} is missing`);

type Node = Record<string, any>;

/** The first leaf property (depth first, sorted names) of a schema with its path of property names. */
function firstLeaf(schema: Node, names: string[] = []): string[] | undefined {
  for (const name of Object.keys(schema.properties ?? {}).sort()) {
    const child = schema.properties[name];
    if (!child.properties && child.type !== 'array') return [...names, name];
    const deeper = firstLeaf(child, [...names, name]);
    if (deeper) return deeper;
  }
  return undefined;
}

describe.skipIf(!exists)('checkCrdUpgrade on real third-party CRDs', () => {
  const crds = exists ? fs.readdirSync(DIR).filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => parseAllDocuments(fs.readFileSync(path.join(DIR, f), 'utf8')).map((d) => d.toJS()))
    .filter((d) => d?.kind === 'CustomResourceDefinition') : [];
  const names = crds.map((c) => c.metadata.name as string);
  test('there are CRDs to compare', () => expect(crds.length).toBeGreaterThanOrEqual(8));

  test.each(names)('%s: the same CRD, documentation rewritten, has no findings', (name) => {
    const crd = crds.find((c) => c.metadata.name === name)!;
    const next = JSON.parse(JSON.stringify(crd), (k, v) => (k === 'description' && typeof v === 'string' ? `${v} (reworded)` : v));
    expect(checkCrdUpgrade(crd, next)).toEqual([]);
  });

  test.each(names)('%s: removing one leaf field is found in every version that had it, and only that', (name) => {
    const crd = crds.find((c) => c.metadata.name === name)!;
    const next = structuredClone(crd);
    const expected: string[] = [];
    next.spec.versions.forEach((v: Node, i: number) => {
      const leaf = firstLeaf(v.schema.openAPIV3Schema);
      if (!leaf) return;
      let parent = v.schema.openAPIV3Schema;
      for (const n of leaf.slice(0, -1)) parent = parent.properties[n];
      delete parent.properties[leaf.at(-1)!];
      // A removed required field is no longer required: that is looser, not a finding.
      if (Array.isArray(parent.required)) parent.required = parent.required.filter((r: string) => r !== leaf.at(-1));
      expected.push(`crd-upgrade.field-removed spec.versions[${i}].schema.openAPIV3Schema${leaf.map((n) => `.properties[${n}]`).join('')}`);
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(checkCrdUpgrade(crd, next).map((f) => `${f.rule} ${f.field}`)).toEqual(expected);
  });
});
