import * as path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { createValidator, Finding, formatFinding, importedSchemaFiles, Manifest, readInputs, RuleEngine, SchemaRegistry, validationCheck } from '../lib/internal';

const FIXTURES = path.join(__dirname, 'fixtures', 'validate');
const read = (...files: string[]) => readInputs(files.map((f) => path.join(FIXTURES, f)));
const row = (f: Finding) => [path.basename(f.origin?.file ?? ''), f.origin?.documentIndex, f.origin?.line, f.object?.name, f.field, f.message];
const m = (object: Record<string, any>, file = 'mem.yaml'): Manifest => ({ object, origin: { file } });
const cm = (name: string, extra: Record<string, any> = {}) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, ...extra } });

describe('custom resources against the CRDs beside them', () => {
  test('valid widgets (both served versions, embedded resource, preserved fields) pass', () => {
    const r = read('widget-crd.yaml', 'widgets-valid.yaml');
    expect(createValidator().validate(r.manifests)).toEqual([]);
  });

  test('each invalid widget is rejected with the API server message, its document and its line', () => {
    const r = read('widget-crd.yaml', 'widgets-invalid.yaml');
    expect(createValidator().validate(r.manifests).map(row)).toEqual([
      ['widgets-invalid.yaml', 0, 5, 'no-version', 'spec.version', 'Required value'],
      ['widgets-invalid.yaml', 1, 10, 'too-many', 'spec.replicas', 'Invalid value: 50: spec.replicas in body should be less than or equal to 10'],
      ['widgets-invalid.yaml', 2, 15, 'bad-tier', 'spec.tier', 'Unsupported value: "x": supported values: "a", "b"'],
      ['widgets-invalid.yaml', 3, 22, 'typo', 'spec.sise', 'field not declared in schema'],
      ['widgets-invalid.yaml', 4, 29, 'dup-port', 'spec.ports[1]', 'Duplicate value: {"name":"a"}'],
      ['widgets-invalid.yaml', 5, 33, 'Bad_Name', 'metadata.name', expect.stringMatching(/^Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain must consist of/)],
      ['widgets-invalid.yaml', 6, 41, 'embedded', 'spec.template.apiVersion', 'Required value: must not be empty'],
      ['widgets-invalid.yaml', 6, 41, 'embedded', 'spec.template.kind', 'Required value: must not be empty'],
    ]);
  });

  test('CRDs can also be given as options, and compact schemas.json maps work the same way', () => {
    const crd = read('widget-crd.yaml').manifests[0].object;
    const bad = m({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' }, spec: { version: '1.0', replicas: 0 } });
    expect(createValidator({ crds: [crd] }).validate([bad]).map((f) => f.message))
      .toEqual(['Invalid value: 0: spec.replicas in body should be greater than or equal to 1']);
    const registry = new SchemaRegistry();
    registry.addSchemaMap({ 'example.com/v1/Widget': crd.spec.versions[0].schema.openAPIV3Schema }, 'imports/example.com.schemas.json');
    expect(createValidator({ registry }).validate([bad]).map((f) => f.field)).toEqual(['spec.replicas']);
  });

  test('a custom resource\'s metadata is ObjectMeta (unknown fields refused) plus the CRD\'s own name rules', () => {
    const crdWithName = JSON.parse(JSON.stringify(read('widget-crd.yaml').manifests[0].object));
    crdWithName.spec.versions[0].schema.openAPIV3Schema.properties.metadata = { type: 'object', properties: { name: { type: 'string', maxLength: 5 } } };
    const w = (metadata: Record<string, unknown>) => m({ apiVersion: 'example.com/v1', kind: 'Widget', metadata, spec: { version: '1.0' } });
    expect(createValidator({ crds: [crdWithName] }).validate([w({ name: 'toolong', lables: {} }), w({ name: 'ok', labels: { a: 1 } })])
      .map((f) => `${f.object?.name} ${f.field}: ${f.message}`)).toEqual([
      // An unknown field fails strict decoding before validation, so it is the only error of its object.
      'toolong metadata.lables: field not declared in schema',
      'ok metadata.labels.a: Invalid value: "integer": metadata.labels.a in body must be of type string: "integer"',
    ]);
    expect(createValidator({ crds: [crdWithName] }).validate([w({ name: 'toolong' })]).map((f) => `${f.field}: ${f.message}`))
      .toEqual(['metadata.name: Too long: may not be longer than 5']);
  });

  test('an object whose kind has no schema is a warning, an error with strictSchemas', () => {
    const o = m({ apiVersion: 'example.com/v9', kind: 'Gadget', metadata: { name: 'g' } });
    const [w] = createValidator().validate([o]);
    expect(w).toMatchObject({ severity: 'warning', rule: 'schema.unknown-kind',
      message: 'no schema known for example.com/v9 Gadget: pass its CustomResourceDefinition (opkit validate --crd FILE) so the object is checked' });
    expect(createValidator({ strictSchemas: true }).validate([o])[0].severity).toBe('error');
  });

  test('a malformed schema is reported on its objects instead of crashing', () => {
    const registry = new SchemaRegistry();
    registry.addSchemaMap({ 'example.com/v1/Odd': { type: 'object', properties: { a: { type: 'string', enum: 'x' as any } } } }, 'odd.schemas.json');
    const f = createValidator({ registry }).validate([m({ apiVersion: 'example.com/v1', kind: 'Odd', metadata: { name: 'o' } })]);
    expect(f.map((x) => [x.rule, x.message])).toEqual([['schema.invalid', expect.stringMatching(/^the schema of example\.com\/v1 Odd \(from odd\.schemas\.json\) is malformed: /)]]);
  });

  test('the items of a v1 List are checked one by one, each with its own line', () => {
    const r = readInputs(['-'], { readStdin: () => Buffer.from('apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: a}\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: B}\n') });
    expect(r.manifests.map((x) => [x.object.metadata.name, x.origin.line])).toEqual([['a', 4], ['B', 7]]);
    expect(createValidator().validate(r.manifests).map((x) => [x.origin?.line, x.field])).toEqual([[9, 'metadata.name']]);
  });

  test('objects without apiVersion or kind are reported', () => {
    expect(createValidator().validate([m({ metadata: { name: 'x' } })]).map((f) => `${f.field}: ${f.message}`)).toEqual([
      'apiVersion: Required value: every Kubernetes object needs apiVersion and kind',
      'kind: Required value: every Kubernetes object needs apiVersion and kind',
    ]);
  });
});

describe('built-in kinds (schemas of the selected Kubernetes release, schemas/kubernetes)', () => {
  test('a Deployment with a misspelt field is rejected for it alone (strict decoding); without it, for its wrong type', () => {
    const [deployment] = read('deployment-invalid.yaml').manifests;
    expect(createValidator().validate([deployment]).map(row)).toEqual([
      ['deployment-invalid.yaml', 0, 16, 'web', 'spec.template.spec.containers[0].imagePulPolicy', 'field not declared in schema'],
    ]);
    const fixed = JSON.parse(JSON.stringify(deployment.object));
    delete fixed.spec.template.spec.containers[0].imagePulPolicy;
    expect(createValidator().validate([{ ...deployment, object: fixed }]).map(row)).toEqual([
      ['deployment-invalid.yaml', 0, 1, 'web', 'spec.replicas', 'Invalid value: "string": spec.replicas in body must be of type integer: "string"'],
    ]);
  });

  test('valid ConfigMaps and Services pass, and every folder of the reference dist/ is valid', () => {
    expect(createValidator({ requireNamespace: true }).validate(read('valid.yaml').manifests)).toEqual([]);
    // One folder is what one Argo CD Application syncs; the same objects recur in each environment's folder.
    const imports = path.join(__dirname, '..', 'imports');
    for (const folder of ['dev', 'prod/eu-west-1', 'prod/us-east-1', 'argocd']) {
      const manifests = readInputs([path.join(__dirname, '..', 'dist', folder)]).manifests;
      expect(manifests.length, folder).toBeGreaterThan(0);
      const findings = createValidator({ requireNamespace: true, strictSchemas: true, schemaFiles: importedSchemaFiles(imports) }).validate(manifests);
      expect(findings, folder).toEqual([]);
    }
  });

  test('name rules follow the kind: Services are DNS-1035 labels, RBAC names path segments', () => {
    const svc = m({ apiVersion: 'v1', kind: 'Service', metadata: { name: '1web' }, spec: { ports: [{ port: 80 }] } });
    const role = m({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'system:Admin' } });
    const f = createValidator().validate([svc, role]);
    expect(f.map((x) => `${x.object?.kind} ${x.field}: ${x.message}`)).toEqual([
      "Service metadata.name: Invalid value: \"1web\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
    ]);
  });

  test('metadata: labels, annotation size, generateName and unknown metadata fields', () => {
    const f = createValidator().validate([
      m(cm('a', { labels: { 'app.kubernetes.io/name': 'x'.repeat(64) } })),
      m(cm('b', { annotations: { big: 'x'.repeat(256 * 1024) } })),
      m({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { generateName: 'job-' } }),
      m({ apiVersion: 'v1', kind: 'ConfigMap', metadata: {} }),
      m(cm('c', { lables: { a: 'b' } })),
    ]);
    expect(f.map((x) => `${x.object?.name ?? '-'} ${x.field}: ${x.message}`)).toEqual([
      `a metadata.labels: Invalid value: "${'x'.repeat(64)}": must be no more than 63 characters`,
      'b metadata.annotations: Too long: must have at most 262144 bytes',
      '- metadata.name: Required value: name or generateName is required',
      'c metadata.lables: field not declared in schema',
    ]);
  });

  test('a kube version outside the shipped releases is refused, naming them', () => {
    expect(() => createValidator({ kubeVersion: '1.26' })).toThrow('no built-in schemas for Kubernetes 1.26: opkit ships 1.27–1.35; choose one of them');
    expect(() => createValidator({ kubeVersion: 'latest' })).toThrow("kubeVersion 'latest' is not a Kubernetes version such as 1.30");
    expect(createValidator({ kubeVersion: 'v1.30.4' }).validate([m(cm('a'))])).toEqual([]);
  });
});

describe('checks across objects', () => {
  test('two objects with the same identity are reported naming both origins', () => {
    const a = { object: cm('same', { namespace: 'x' }), origin: { file: 'a.yaml', documentIndex: 0, line: 1 } };
    const b = { object: { ...cm('same', { namespace: 'x' }), data: {} }, origin: { file: 'b.yaml', documentIndex: 2, line: 9 } };
    const other = { object: cm('same', { namespace: 'y' }), origin: { file: 'c.yaml' } };
    const f = createValidator().validate([a, b, other]);
    expect(f.map((x) => [x.origin?.file, x.message])).toEqual([
      ['b.yaml', 'Duplicate value: the same object (group, kind, namespace, name) is also defined at a.yaml:1 (document 1); the later one would overwrite it'],
    ]);
  });

  test('duplicates are per folder (one Argo CD Application each) unless asked for globally', () => {
    const at = (file: string) => ({ object: cm('same', { namespace: 'x' }), origin: { file } });
    const manifests = [at('dist/dev/a.yaml'), at('dist/prod/a.yaml'), at('dist/prod/eu/a.yaml'), at('dist/dev/b.yaml')];
    expect(createValidator().validate(manifests).map((x) => [x.origin?.file, x.rule])).toEqual([['dist/dev/b.yaml', 'object.duplicate']]);
    expect(createValidator({ duplicates: 'global' }).validate(manifests).map((x) => x.origin?.file))
      .toEqual(['dist/prod/a.yaml', 'dist/prod/eu/a.yaml', 'dist/dev/b.yaml']);
  });

  test('synthesized duplicates name both construct paths', () => {
    const a = { object: cm('same', { namespace: 'x' }), origin: { constructPath: 'web/Settings' } };
    const b = { object: cm('same', { namespace: 'x' }), origin: { constructPath: 'api/Settings' } };
    expect(createValidator().validate([a, b]).map(formatFinding)).toEqual([
      'api/Settings ConfigMap x/same: Duplicate value: the same object (group, kind, namespace, name) is also defined at web/Settings; the later one would overwrite it',
    ]);
  });

  test('requireNamespace reports namespaced kinds without a namespace, never cluster-scoped ones', () => {
    const f = createValidator({ requireNamespace: true }).validate([m(cm('a')), m({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'apps' } })]);
    expect(f.map((x) => `${x.object?.kind} ${x.field}: ${x.message}`)).toEqual([
      'ConfigMap metadata.namespace: Required value: ConfigMap is namespaced: set the namespace explicitly, GitOps output applies no default namespace',
    ]);
  });

  test('extra checks (e.g. lib/crd) run over the same manifests', () => {
    const check = vi.fn(() => [{ severity: 'error' as const, rule: 'crd.test', message: 'from the hook' }]);
    const f = createValidator({ checks: [check] }).validate([m(cm('a'))], { previous: [] });
    expect(f.map((x) => x.message)).toEqual(['from the hook']);
    expect(check).toHaveBeenCalledWith([m(cm('a'))], { previous: [] });
  });

  test('validationCheck is a ManifestCheck with the same findings', () => {
    expect(validationCheck()([m(cm('Bad'))], {}).map((f) => f.field)).toEqual(['metadata.name']);
  });
});

describe('the rule engine seam (CEL)', () => {
  const crd = read('widget-crd.yaml').manifests[0].object;
  const widget = (replicas: unknown) => ({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w', namespace: 'a' }, spec: { version: '1.0', replicas } });

  test('compiles once per schema, runs only on structurally valid objects, and gets the previous object', () => {
    const compile = vi.fn(() => 'compiled');
    const evaluate = vi.fn((_c: unknown, value: any, old?: any): Finding[] =>
      old && value.spec.replicas < old.spec.replicas ? [{ severity: 'error', rule: 'cel', field: 'spec.replicas', message: 'Invalid value: "integer": replicas may not shrink' }] : []);
    const engine: RuleEngine<string> = { compile, evaluate };
    const v = createValidator({ crds: [crd], ruleEngine: engine, kubeVersion: '1.27' });
    const previous = [m(widget(5))];
    const f = v.validate([m(widget(3)), m({ ...widget('x'), metadata: { name: 'v', namespace: 'a' } })], { previous });
    expect(f.map((x) => `${x.object?.name} ${x.field}: ${x.message}`)).toEqual([
      'w spec.replicas: Invalid value: "integer": replicas may not shrink',
      'v spec.replicas: Invalid value: "string": spec.replicas in body must be of type integer: "string"',
    ]);
    expect(compile).toHaveBeenCalledTimes(1);
    expect(compile).toHaveBeenCalledWith(crd.spec.versions[0].schema.openAPIV3Schema, { kubeVersion: '1.27' });
    expect(evaluate).toHaveBeenCalledTimes(1);
    expect(evaluate.mock.calls[0][2]).toEqual(widget(5));
  });
});
