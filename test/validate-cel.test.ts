import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Chart, Testing } from 'cdk8s';
import { describe, expect, test } from 'vitest';
import { CacheApi } from '../api';
import { createValidator, Finding, Manifest, readInputs } from '../lib';
import { ROOT } from './helpers';

// CEL (`x-kubernetes-validations`) evaluated by the validator itself (createValidator's default rule engine) and
// through `opkit validate`: gated by the Kubernetes version, transition rules against previous objects, runaway
// rules stopped. volume-crd.yaml holds the rules; volumes.yaml one valid and one invalid Volume.
const F = path.join(__dirname, 'fixtures', 'validate');
const rel = (f: string) => path.relative(ROOT, path.join(F, f));
const crd = readInputs([path.join(F, 'volume-crd.yaml')]).manifests[0].object;
const volumes = readInputs([path.join(F, 'volumes.yaml')]).manifests;
const line = (f: Finding) => `${f.object?.name} ${f.field ?? ''}: ${f.message} [${f.rule}]`;
const opkit = (args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, 'bin', 'opkit.js'), 'validate', ...args], { encoding: 'utf8', cwd: ROOT });

const QUANTITY_AT_1_27 = 'openAPIV3Schema.properties[spec].x-kubernetes-validations[0].rule: Invalid value: "!quantity(self.size).isGreaterThan(quantity(\'10Gi\'))": '
  + "compilation failed: ERROR: <input>:1:2: undeclared reference to 'quantity' (in container '')";
const TOO_BIG = 'huge spec: Invalid value: "object": size may be at most 10Gi, got 1Ti [cel.rule]';

describe('CEL through the validator (library)', () => {
  test('a library function Kubernetes 1.27 lacks (quantity, 1.28) is a compile error at 1.27, said once per kind', () => {
    const findings = createValidator({ crds: [crd], kubeVersion: '1.27' }).validate(volumes);
    expect(findings.map(line)).toEqual([expect.stringContaining(
      'data : rule not checked: the schema of Volume (from volumes.example.com) has a rule Kubernetes 1.27 cannot compile, so its API server would refuse the CRD '
      + `(change the rule, or validate for the cluster's version): ${QUANTITY_AT_1_27}`)]);
    expect(findings[0]).toMatchObject({ severity: 'error', rule: 'cel.compile' });
  });

  test('at 1.28 the same rule compiles and is evaluated: the valid Volume passes, the other fails with its messageExpression', () => {
    expect(createValidator({ crds: [crd], kubeVersion: '1.28' }).validate(volumes).map(line)).toEqual([TOO_BIG]);
  });

  test('transition rules compare with the previous object of the same identity, and are skipped without one (create)', () => {
    const previous = readInputs([path.join(F, 'volumes-previous.yaml')]).manifests;
    const v = createValidator({ crds: [crd], kubeVersion: '1.28' });
    expect(v.validate(volumes, { previous }).map(line)).toEqual([
      'data spec.storageClassName: Invalid value: "string": storageClassName is immutable [cel.rule]',
      TOO_BIG,
    ]);
    expect(v.validate(volumes, { previous: [] }).map(line)).toEqual([TOO_BIG]);
  });

  test('schema defaults are applied first, as the API server stores the object: rules see defaulted fields', () => {
    const chart = new Chart(Testing.app(), 'api');
    new CacheApi(chart, 'Api');
    const v = createValidator({ crds: Testing.synth(chart).filter((o) => o.kind === 'CustomResourceDefinition') });
    const cache = (spec: Record<string, unknown>): Manifest => ({ object: { apiVersion: 'cache.opkit.dev/v1', kind: 'CacheCluster', metadata: { name: 'c', namespace: 'apps' }, spec }, origin: {} });
    // `self.engine != 'redis' || ...` reads engine, which only the default (valkey) supplies
    expect(v.validate([cache({ version: '8.0' })]).map(line)).toEqual([]);
    expect(v.validate([cache({ version: '8.0', engine: null })]).map(line)).toEqual([]);
    expect(v.validate([cache({ version: '8.0', engine: 'redis' })]).map(line)).toEqual([
      'c spec: Invalid value: "object": engine redis is only supported in 7.x (later releases are not open source), got 8.0 [cel.rule]',
    ]);
    const written = cache({ version: '8.0' });
    v.validate([written]);
    expect(written.object.spec).toEqual({ version: '8.0' }); // the manifest itself is left as written
  });

  test('after a blocking error (type, enum, required, too long, too many) CEL is skipped, and the API server says so', () => {
    const v = createValidator({ crds: [crd], kubeVersion: '1.28' });
    const withSpec = (spec: Record<string, unknown>): Manifest => ({ object: { ...volumes[1].object, spec }, origin: {} });
    const NOT_CHECKED = 'huge : Invalid value: "null": some validation rules were not checked because the object was invalid; '
      + 'correct the existing errors to complete validation [cel.not-checked]';
    expect(v.validate([withSpec({ size: '1Ti', storageClassName: 7 })]).map(line)).toEqual([
      'huge spec.storageClassName: Invalid value: "integer": spec.storageClassName in body must be of type string: "integer" [schema.type]',
      NOT_CHECKED,
    ]);
    expect(v.validate([withSpec({ size: '1Ti' })]).map(line)).toEqual(['huge spec.storageClassName: Required value [schema.required]', NOT_CHECKED]);
    expect(v.validate([withSpec({ size: '1Ti'.padEnd(20, '0'), storageClassName: 'fast' })]).map(line)).toEqual([
      'huge spec.size: Too long: may not be longer than 16 [schema.max-length]', NOT_CHECKED,
    ]);
  });

  test('after a non-blocking error (bounds, pattern, format, duplicates) CEL still runs, so both are reported at once', () => {
    const bounded = structuredClone(crd);
    const spec = bounded.spec.versions[0].schema.openAPIV3Schema.properties.spec;
    spec.properties.storageClassName.pattern = '^[a-z]+$';
    const object = { ...volumes[1].object, spec: { size: '1Ti', storageClassName: 'Fast' } };
    expect(createValidator({ crds: [bounded], kubeVersion: '1.28' }).validate([{ object, origin: {} }]).map(line)).toEqual([
      "huge spec.storageClassName: Invalid value: \"Fast\": spec.storageClassName in body should match '^[a-z]+$' [schema.pattern]",
      TOO_BIG,
    ]);
  });

  test('a rule that runs away on a large list is stopped by the cost limit with a clear error, quickly', () => {
    const runaway = structuredClone(crd);
    runaway.spec.versions[0].schema.openAPIV3Schema.properties.spec = {
      type: 'object',
      properties: { items: { type: 'array', items: { type: 'string' } } },
      'x-kubernetes-validations': [{ rule: 'self.items.all(a, self.items.all(b, self.items.all(c, a + b + c != "")))', message: 'never empty' }],
    };
    const object = { apiVersion: 'example.com/v1', kind: 'Volume', metadata: { name: 'big', namespace: 'apps' },
      spec: { items: Array.from({ length: 1000 }, (_, i) => `item-${i}`) } };
    const started = performance.now();
    const findings = createValidator({ crds: [runaway] }).validate([{ object, origin: { file: 'big.yaml' } }]);
    expect(performance.now() - started).toBeLessThan(10_000); // a billion iterations without the limit
    expect(findings.map(line)).toEqual([
      "big spec: Invalid value: \"object\": 'operation cancelled: actual cost limit exceeded': no further validation rules will be run due to call cost exceeds limit for rule: never empty [cel.cost]",
    ]);
  });
});

describe('CEL through opkit validate', () => {
  test('--kube-version gates the CEL libraries: at 1.27 the CRD is refused and its rule not checked', () => {
    const r = opkit(['--kube-version', '1.27', rel('volume-crd.yaml'), rel('volumes.yaml')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${rel('volume-crd.yaml')}:3:1: error: document 1: CustomResourceDefinition volumes.example.com: spec.versions[0].schema.${QUANTITY_AT_1_27}`);
    expect(r.stdout).toContain(`${rel('volumes.yaml')}:1:1: error: document 1: Volume apps/data: rule not checked: the schema of Volume`);
    expect(r.stdout).not.toContain('size may be at most 10Gi');
  });

  test('--kube-version 1.28 evaluates the rule, with the messageExpression and the line of the object', () => {
    const r = opkit(['--kube-version', '1.28', '--crd', rel('volume-crd.yaml'), rel('volumes.yaml')]);
    expect(r.stdout).toBe(`${rel('volumes.yaml')}:9:1: error: document 2: Volume apps/huge: spec: Invalid value: "object": size may be at most 10Gi, got 1Ti [cel.rule]\n`
      + 'invalid: 2 objects, 1 error, 0 warnings\n');
    expect(r.status).toBe(1);
  });

  test('--previous supplies the objects the cluster has, for transition rules; without it they are skipped', () => {
    const r = opkit(['--kube-version', '1.28', '--crd', rel('volume-crd.yaml'), '--previous', rel('volumes-previous.yaml'), rel('volumes.yaml')]);
    expect(r.stdout).toContain(`${rel('volumes.yaml')}:4:19: error: document 1: Volume apps/data: spec.storageClassName: Invalid value: "string": storageClassName is immutable [cel.rule]`);
    expect(r.stdout).toContain('invalid: 2 objects, 2 errors, 0 warnings');
  });

  test('a CRD given with --crd is itself checked, like one among the inputs', () => {
    const r = opkit(['--kube-version', '1.27', '--crd', rel('volume-crd.yaml'), rel('volumes.yaml')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${rel('volume-crd.yaml')}:3:1: error: document 1: CustomResourceDefinition volumes.example.com: spec.versions[0].schema.${QUANTITY_AT_1_27}`);
  });
});
