import { describe, expect, test } from 'vitest';
import { checkCrdUpgrade, crdUpgradeCheck } from '../lib';

type Node = Record<string, any>;

/** A CRD with two versions (v1alpha1 served, v1 served and stored) and a schema exercising every keyword. */
function baseCrd(): Node {
  const schema = () => ({
    type: 'object',
    properties: {
      spec: {
        type: 'object',
        required: ['size'],
        properties: {
          size: { type: 'integer', minimum: 1, maximum: 9, default: 3 },
          ratio: { type: 'number', minimum: 0, exclusiveMinimum: false },
          name: { type: 'string', minLength: 1, maxLength: 63, pattern: '^[a-z]+$' },
          mode: { type: 'string', enum: ['fast', 'safe'] },
          free: { type: 'string' },
          endpoint: { type: 'string', format: 'uri' },
          labels: { type: 'object', additionalProperties: { type: 'string' }, maxProperties: 10, minProperties: 0 },
          tags: { type: 'array', items: { type: 'string' }, maxItems: 5, minItems: 0, 'x-kubernetes-list-type': 'set' },
          users: {
            type: 'array', 'x-kubernetes-list-type': 'map', 'x-kubernetes-list-map-keys': ['name'],
            items: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, role: { type: 'string' } } },
          },
          note: { type: 'string', nullable: true },
          extra: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
          selector: { type: 'object', 'x-kubernetes-map-type': 'atomic', properties: { app: { type: 'string' } } },
          limit: { 'x-kubernetes-int-or-string': true, anyOf: [{ type: 'integer' }, { type: 'string' }] },
        },
        'x-kubernetes-validations': [{ rule: 'self.size <= 9' }],
      },
    },
  });
  return {
    apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition',
    metadata: { name: 'widgets.example.com' },
    spec: {
      group: 'example.com', scope: 'Namespaced',
      names: { plural: 'widgets', singular: 'widget', kind: 'Widget', listKind: 'WidgetList' },
      versions: [
        { name: 'v1alpha1', served: true, storage: false, schema: { openAPIV3Schema: schema() } },
        { name: 'v1', served: true, storage: true, schema: { openAPIV3Schema: schema() } },
      ],
    },
  };
}

/** The `spec` schema of version v1 (index 1). */
const spec = (crd: Node): Node => crd.spec.versions[1].schema.openAPIV3Schema.properties.spec;
const props = (crd: Node): Node => spec(crd).properties;
const SPEC = 'spec.versions[1].schema.openAPIV3Schema.properties[spec]';

/** `rule field` per finding of upgrading the base CRD to `mutate(base)`. */
function changes(mutate: (crd: Node) => void, prepare: (crd: Node) => void = () => {}): string[] {
  const old = baseCrd();
  prepare(old);
  const next = structuredClone(old);
  mutate(next);
  return checkCrdUpgrade(old, next).map((f) => `${f.severity} ${f.rule} ${f.field}`);
}

interface Case {
  readonly rule: string;
  readonly safe: (crd: Node) => void;
  readonly breaking: (crd: Node) => void;
  readonly expected: string[];
  readonly prepare?: (crd: Node) => void;
}

const CASES: Record<string, Case> = {
  'existing field removed': {
    rule: 'crd-upgrade.field-removed',
    safe: (c) => { props(c).added = { type: 'string' }; },
    breaking: (c) => { delete props(c).free; },
    expected: [`error crd-upgrade.field-removed ${SPEC}.properties[free]`],
  },
  'map values removed': {
    rule: 'crd-upgrade.field-removed',
    safe: (c) => { props(c).labels.additionalProperties = { description: 'a label value', type: 'string' }; },
    breaking: (c) => { delete props(c).labels.additionalProperties; },
    expected: [`error crd-upgrade.field-removed ${SPEC}.properties[labels].additionalProperties`],
  },
  'type changed': {
    rule: 'crd-upgrade.type-changed',
    safe: (c) => { props(c).ratio.type = 'number'; props(c).free = { 'x-kubernetes-int-or-string': true, anyOf: undefined }; },
    breaking: (c) => { props(c).size.type = 'string'; delete props(c).size.minimum; delete props(c).size.maximum; props(c).size.default = '3'; },
    expected: [`error crd-upgrade.type-changed ${SPEC}.properties[size].type`, `error crd-upgrade.default-changed ${SPEC}.properties[size].default`],
  },
  'new required field in an existing object': {
    rule: 'crd-upgrade.required-added',
    safe: (c) => { props(c).tier = { type: 'string', default: 'gold' }; spec(c).required.push('tier'); },
    breaking: (c) => { spec(c).required.push('free'); },
    expected: [`error crd-upgrade.required-added ${SPEC}.required`],
  },
  'required field in a new object': {
    rule: 'crd-upgrade.required-added',
    safe: (c) => { props(c).tls = { type: 'object', required: ['secret'], properties: { secret: { type: 'string' } } }; },
    breaking: (c) => { props(c).users.items.required.push('role'); },
    expected: [`error crd-upgrade.required-added ${SPEC}.properties[users].items.required`],
  },
  'enum value removed': {
    rule: 'crd-upgrade.enum-value-removed',
    safe: (c) => { props(c).mode.enum.push('turbo'); },
    breaking: (c) => { props(c).mode.enum = ['safe']; },
    expected: [`error crd-upgrade.enum-value-removed ${SPEC}.properties[mode].enum`],
  },
  'enum added to a field without one': {
    rule: 'crd-upgrade.enum-added',
    safe: (c) => { delete props(c).mode.enum; },
    breaking: (c) => { props(c).free.enum = ['a', 'b']; },
    expected: [`error crd-upgrade.enum-added ${SPEC}.properties[free].enum`],
  },
  'minimum raised': {
    rule: 'crd-upgrade.minimum',
    safe: (c) => { props(c).size.minimum = 0; },
    breaking: (c) => { props(c).size.minimum = 2; },
    expected: [`error crd-upgrade.minimum ${SPEC}.properties[size].minimum`],
  },
  'minimum made exclusive': {
    rule: 'crd-upgrade.minimum',
    safe: (c) => { props(c).ratio.minimum = -1; props(c).ratio.exclusiveMinimum = true; },
    breaking: (c) => { props(c).ratio.exclusiveMinimum = true; },
    expected: [`error crd-upgrade.minimum ${SPEC}.properties[ratio].exclusiveMinimum`],
  },
  'maximum lowered or added': {
    rule: 'crd-upgrade.maximum',
    safe: (c) => { props(c).size.maximum = 99; },
    breaking: (c) => { props(c).size.maximum = 5; props(c).ratio.maximum = 1; },
    expected: [`error crd-upgrade.maximum ${SPEC}.properties[size].maximum`, `error crd-upgrade.maximum ${SPEC}.properties[ratio].maximum`],
  },
  'maximum made exclusive': {
    rule: 'crd-upgrade.maximum',
    safe: (c) => { props(c).size.exclusiveMaximum = false; },
    breaking: (c) => { props(c).size.exclusiveMaximum = true; },
    expected: [`error crd-upgrade.maximum ${SPEC}.properties[size].exclusiveMaximum`],
  },
  'minLength raised': {
    rule: 'crd-upgrade.minLength',
    safe: (c) => { delete props(c).name.minLength; },
    breaking: (c) => { props(c).name.minLength = 3; },
    expected: [`error crd-upgrade.minLength ${SPEC}.properties[name].minLength`],
  },
  'maxLength lowered or added': {
    rule: 'crd-upgrade.maxLength',
    safe: (c) => { props(c).name.maxLength = 253; },
    breaking: (c) => { props(c).free.maxLength = 10; },
    expected: [`error crd-upgrade.maxLength ${SPEC}.properties[free].maxLength`],
  },
  'minItems raised': {
    rule: 'crd-upgrade.minItems',
    safe: (c) => { delete props(c).tags.minItems; },
    breaking: (c) => { props(c).tags.minItems = 1; },
    expected: [`error crd-upgrade.minItems ${SPEC}.properties[tags].minItems`],
  },
  'maxItems lowered': {
    rule: 'crd-upgrade.maxItems',
    safe: (c) => { props(c).tags.maxItems = 50; },
    breaking: (c) => { props(c).tags.maxItems = 4; },
    expected: [`error crd-upgrade.maxItems ${SPEC}.properties[tags].maxItems`],
  },
  'minProperties raised': {
    rule: 'crd-upgrade.minProperties',
    safe: (c) => { delete props(c).labels.minProperties; },
    breaking: (c) => { props(c).labels.minProperties = 1; },
    expected: [`error crd-upgrade.minProperties ${SPEC}.properties[labels].minProperties`],
  },
  'maxProperties lowered': {
    rule: 'crd-upgrade.maxProperties',
    safe: (c) => { delete props(c).labels.maxProperties; },
    breaking: (c) => { props(c).labels.maxProperties = 2; },
    expected: [`error crd-upgrade.maxProperties ${SPEC}.properties[labels].maxProperties`],
  },
  'pattern changed or added': {
    rule: 'crd-upgrade.pattern',
    safe: (c) => { delete props(c).name.pattern; },
    breaking: (c) => { props(c).name.pattern = '^[a-z0-9]+$'; props(c).free.pattern = '^x'; },
    expected: [`error crd-upgrade.pattern ${SPEC}.properties[name].pattern`, `error crd-upgrade.pattern ${SPEC}.properties[free].pattern`],
  },
  'format changed or added': {
    rule: 'crd-upgrade.format',
    safe: (c) => { delete props(c).endpoint.format; },
    breaking: (c) => { props(c).free.format = 'date-time'; },
    expected: [`error crd-upgrade.format ${SPEC}.properties[free].format`],
  },
  'default changed': {
    rule: 'crd-upgrade.default-changed',
    safe: (c) => { props(c).size.description = 'documented now'; props(c).added = { type: 'integer', default: 1 }; },
    breaking: (c) => { props(c).size.default = 5; },
    expected: [`error crd-upgrade.default-changed ${SPEC}.properties[size].default`],
  },
  'default added to an existing field': {
    rule: 'crd-upgrade.default-added',
    safe: (c) => { props(c).free.default = undefined; },
    breaking: (c) => { props(c).free.default = 'x'; },
    expected: [`error crd-upgrade.default-added ${SPEC}.properties[free].default`],
  },
  'default removed': {
    rule: 'crd-upgrade.default-removed',
    safe: (c) => { props(c).size.default = 3; },
    breaking: (c) => { delete props(c).size.default; },
    expected: [`error crd-upgrade.default-removed ${SPEC}.properties[size].default`],
  },
  'nullable removed': {
    rule: 'crd-upgrade.nullable-removed',
    safe: (c) => { props(c).free.nullable = true; },
    breaking: (c) => { delete props(c).note.nullable; },
    expected: [`error crd-upgrade.nullable-removed ${SPEC}.properties[note].nullable`],
  },
  'preserve-unknown-fields removed': {
    rule: 'crd-upgrade.preserve-unknown-fields-removed',
    safe: (c) => { props(c).free2 = { type: 'object', 'x-kubernetes-preserve-unknown-fields': true }; },
    breaking: (c) => { delete props(c).extra['x-kubernetes-preserve-unknown-fields']; },
    expected: [`error crd-upgrade.preserve-unknown-fields-removed ${SPEC}.properties[extra].x-kubernetes-preserve-unknown-fields`],
  },
  'list type changed': {
    rule: 'crd-upgrade.list-type',
    safe: (c) => { props(c).free2 = { type: 'array', items: { type: 'string' } }; },
    breaking: (c) => { props(c).tags['x-kubernetes-list-type'] = 'atomic'; },
    expected: [`error crd-upgrade.list-type ${SPEC}.properties[tags].x-kubernetes-list-type`],
  },
  'list map keys changed': {
    rule: 'crd-upgrade.list-map-keys',
    safe: (c) => { props(c).users['x-kubernetes-list-map-keys'] = ['name']; },
    breaking: (c) => { props(c).users['x-kubernetes-list-map-keys'] = ['name', 'role']; props(c).users.items.required.push('role'); },
    expected: [`error crd-upgrade.list-map-keys ${SPEC}.properties[users].x-kubernetes-list-map-keys`, `error crd-upgrade.required-added ${SPEC}.properties[users].items.required`],
  },
  'map type changed': {
    rule: 'crd-upgrade.map-type',
    safe: (c) => { props(c).labels['x-kubernetes-map-type'] = 'granular'; },
    breaking: (c) => { delete props(c).selector['x-kubernetes-map-type']; },
    expected: [`error crd-upgrade.map-type ${SPEC}.properties[selector].x-kubernetes-map-type`],
  },
  'CEL rule added (a warning: ratcheting depends on the data)': {
    rule: 'crd-upgrade.cel-rule-added',
    safe: (c) => { spec(c)['x-kubernetes-validations'] = []; },
    breaking: (c) => { props(c).name['x-kubernetes-validations'] = [{ rule: 'self != "admin"' }]; },
    expected: [`warning crd-upgrade.cel-rule-added ${SPEC}.properties[name].x-kubernetes-validations[0].rule`],
  },
  'value validation added': {
    rule: 'crd-upgrade.value-validation',
    safe: (c) => { props(c).limit.anyOf = [{ type: 'integer' }, { type: 'string' }]; },
    breaking: (c) => { props(c).free.not = { enum: ['x'] }; },
    expected: [`warning crd-upgrade.value-validation ${SPEC}.properties[free].not`],
  },
  'scope changed': {
    rule: 'crd-upgrade.scope-changed',
    safe: (c) => { c.spec.scope = 'Namespaced'; },
    breaking: (c) => { c.spec.scope = 'Cluster'; },
    expected: ['error crd-upgrade.scope-changed spec.scope'],
  },
  'kind changed': {
    rule: 'crd-upgrade.kind-changed',
    safe: (c) => { c.spec.names.shortNames = ['wd']; },
    breaking: (c) => { c.spec.names.kind = 'Gadget'; },
    expected: ['error crd-upgrade.kind-changed spec.names.kind'],
  },
  'served version removed': {
    rule: 'crd-upgrade.served-version-removed',
    safe: (c) => { c.spec.versions.push({ ...structuredClone(c.spec.versions[1]), name: 'v2', storage: false }); },
    breaking: (c) => { c.spec.versions.splice(0, 1); },
    expected: ['error crd-upgrade.served-version-removed spec.versions'],
  },
  'version no longer served': {
    rule: 'crd-upgrade.served-version-removed',
    safe: (c) => { c.spec.versions[0].deprecated = true; c.spec.versions[0].deprecationWarning = 'use v1'; },
    breaking: (c) => { c.spec.versions[0].served = false; },
    expected: ['error crd-upgrade.served-version-removed spec.versions[0].served'],
  },
  'version in status.storedVersions removed': {
    rule: 'crd-upgrade.stored-version-removed',
    // Not served any more and not stored: dropping it is the last step of the upgrade workflow.
    prepare: (c) => { c.spec.versions[0].served = false; c.status = { storedVersions: ['v1alpha1', 'v1'] }; },
    safe: (c) => { c.spec.versions[0].deprecated = true; },
    breaking: (c) => { c.spec.versions.splice(0, 1); },
    expected: ['error crd-upgrade.stored-version-removed status.storedVersions[0]'],
  },
  'previous storage version removed (always stored)': {
    rule: 'crd-upgrade.stored-version-removed',
    prepare: (c) => { c.spec.versions[0].served = false; },
    safe: (c) => { c.spec.versions.splice(0, 1); },
    breaking: (c) => { c.spec.versions[1].served = false; c.spec.versions[1].storage = false; c.spec.versions[0].storage = true; c.spec.versions[0].served = true; c.spec.versions.splice(1, 1); },
    expected: ['error crd-upgrade.served-version-removed spec.versions', 'error crd-upgrade.stored-version-removed spec.versions'],
  },
  'storage moved without a conversion path': {
    rule: 'crd-upgrade.storage-without-conversion',
    safe: (c) => {
      c.spec.versions[0].storage = true; c.spec.versions[1].storage = false;
      c.spec.conversion = { strategy: 'Webhook', webhook: { conversionReviewVersions: ['v1'], clientConfig: { url: 'https://conv.example.com' } } };
    },
    breaking: (c) => { c.spec.versions[0].storage = true; c.spec.versions[1].storage = false; },
    prepare: (c) => { delete c.spec.versions[0].schema.openAPIV3Schema.properties.spec.properties.free; },
    expected: ['error crd-upgrade.storage-without-conversion spec.conversion.strategy'],
  },
};

describe('CRD revision checks: one safe and one breaking change per rule', () => {
  for (const [name, c] of Object.entries(CASES)) {
    test(`${name} [${c.rule}]`, () => {
      expect(changes(c.safe, c.prepare)).toEqual([]);
      const found = changes(c.breaking, c.prepare);
      expect(found).toEqual(c.expected);
      expect(found.some((line) => line.split(' ')[1] === c.rule)).toBe(true);
    });
  }

  test('the same CRD, key order and documentation aside, has no findings', () => {
    const next = baseCrd();
    const reversed = (v: unknown): unknown => (Array.isArray(v) ? v.map(reversed)
      : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversed(x)])) : v);
    next.spec.versions[1].schema.openAPIV3Schema = reversed(next.spec.versions[1].schema.openAPIV3Schema);
    expect(Object.keys(props(next))[0]).toBe('limit');
    spec(next).description = 'The desired state.';
    expect(checkCrdUpgrade(baseCrd(), next)).toEqual([]);
  });

  test('storage moved between versions with identical schemas needs no conversion', () => {
    expect(changes((c) => { c.spec.versions[0].storage = true; c.spec.versions[1].storage = false; })).toEqual([]);
  });

  test('a finding names the CRD, the version and the schema path, with a message', () => {
    const old = baseCrd();
    const next = structuredClone(old);
    props(next).mode.enum = ['safe'];
    expect(checkCrdUpgrade(old, next)).toEqual([{
      severity: 'error', rule: 'crd-upgrade.enum-value-removed', field: `${SPEC}.properties[mode].enum`,
      object: { apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', name: 'widgets.example.com' },
      message: 'Unsupported value: "fast": enum value removed in version v1: stored objects with it fail their next update; '
        + 'keep it (and migrate objects away from it) until no object uses it',
    }]);
  });
});

describe('crdUpgradeCheck', () => {
  const manifest = (object: Node, file: string) => ({ object, origin: { file } });

  test('compares each CRD with its previous revision and drops the findings the new CRD accepts', () => {
    const old = baseCrd();
    const next = structuredClone(old);
    delete props(next).free;
    props(next).size.default = 4;
    const check = crdUpgradeCheck();
    expect(check([manifest(next, 'new.yaml')], { previous: [manifest(old, 'old.yaml')] }).map((f) => [f.rule, f.origin?.file]))
      .toEqual([['crd-upgrade.field-removed', 'new.yaml'], ['crd-upgrade.default-changed', 'new.yaml']]);
    next.metadata.annotations = { 'opkit.dev/accept': 'crd-upgrade.field-removed: no object ever set spec.free (checked in every cluster)' };
    expect(check([manifest(next, 'new.yaml')], { previous: [manifest(old, 'old.yaml')] }).map((f) => f.rule)).toEqual(['crd-upgrade.default-changed']);
  });

  test('a CRD without a previous revision (first install) is not compared; a CRD no longer in the output is a warning', () => {
    const check = crdUpgradeCheck();
    expect(check([manifest(baseCrd(), 'a.yaml')], {})).toEqual([]);
    const other = baseCrd();
    other.metadata.name = 'gadgets.example.com';
    other.spec.scope = 'Cluster';
    expect(check([manifest(baseCrd(), 'a.yaml')], { previous: [manifest(other, 'b.yaml'), manifest(baseCrd(), 'a.yaml')] })).toEqual([{
      severity: 'warning', rule: 'crd-upgrade.crd-removed',
      message: 'the CustomResourceDefinition is no longer in the output: deleting it (e.g. an Argo CD prune) deletes every Widget object in the cluster; keep it, or remove it by hand once no object is left',
      object: { apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', name: 'gadgets.example.com' },
      origin: { file: 'b.yaml' },
    }]);
  });
});
