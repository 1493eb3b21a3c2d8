import { describe, expect, it } from 'vitest';
import { checkCrdCelRules, type JSONSchemaProps } from '../lib/internal';
import { maxCardinality, maxElements, minSerializedSize } from '../lib/cel/schema-sizes';

const crd = (spec: JSONSchemaProps) => ({
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: { name: 'shapes.example.com' },
  spec: { versions: [{ name: 'v1', schema: { openAPIV3Schema: { type: 'object', properties: { spec } } } }] },
});
const messages = (spec: JSONSchemaProps) => checkCrdCelRules(crd(spec), { kubeVersion: '1.30' }).map((f) => `${f.field}: ${f.message.replace(/ \(try simplifying.*?\)/, '')}`);
const list = (items: JSONSchemaProps, maxItems?: number): JSONSchemaProps => ({ type: 'array', items, ...(maxItems === undefined ? {} : { maxItems }) });
const map = (value: JSONSchemaProps, maxProperties?: number): JSONSchemaProps => ({ type: 'object', additionalProperties: value, ...(maxProperties === undefined ? {} : { maxProperties }) });
const obj = (properties: Record<string, JSONSchemaProps>, rules: string[] = [], required?: string[]): JSONSchemaProps => ({
  type: 'object',
  properties,
  ...(required ? { required } : {}),
  ...(rules.length ? { 'x-kubernetes-validations': rules.map((rule) => ({ rule })) } : {}),
});
const str: JSONSchemaProps = { type: 'string' };
/** An istio-style "at most one of" rule: cheap, but deep under unbounded lists. */
const atMostOne = obj({ simple: str, consistentHash: obj({ key: str }) }, ['(has(self.simple) ? 1 : 0) + (has(self.consistentHash) ? 1 : 0) <= 1']);

describe('CRD rule cost: how often a rule runs (apiextensions CELSchemaContext.MaxCardinality, getExpressionCost)', () => {
  it('sizes values as the API server (MinSerializedSize, MaxElements, maxCardinality)', () => {
    expect(minSerializedSize(str)).toBe(2);
    expect(minSerializedSize({ type: 'boolean' })).toBe(4);
    expect(minSerializedSize({ type: 'integer' })).toBe(1);
    expect(minSerializedSize({ type: 'string', format: 'date-time' })).toBe(21);
    // `{}` plus `"name":"",` for a required property without default; optional ones cost nothing
    expect(minSerializedSize(obj({ name: str, other: str }, [], ['name']))).toBe(2 + 4 + 4 + 2);
    expect(minSerializedSize(obj({ name: { ...str, default: 'x' } }, [], ['name']))).toBe(2);
    expect(maxElements(list(str))).toBe(Math.floor((3 * 1024 * 1024 - 2) / 3));
    expect(maxElements(map(str))).toBe(Math.floor((3 * 1024 * 1024 - 2) / 8));
    expect(maxElements(list(str, 7))).toBe(7);
    expect(maxCardinality(atMostOne)).toBe(Math.floor((3 * 1024 * 1024) / 3));
  });

  it('accepts cheap rules under nested unbounded lists and maps: the rule runs at most as often as its values fit in a request', () => {
    // istio DestinationRule shape: subsets[].trafficPolicy.portLevelSettings[].loadBalancer
    const destinationRule = obj({ subsets: list(obj({ trafficPolicy: obj({ portLevelSettings: list(obj({ loadBalancer: atMostOne })) }) })) });
    expect(messages(destinationRule)).toEqual([]);
    // crossplane / prometheus-operator shape: lists of maps of lists, rules at every depth
    const pipeline = obj({
      pipeline: list(obj({ step: str, input: map(list(obj({ name: str, value: str }, ["self.name != ''"]))) }, ["self.step != ''"])),
    });
    expect(messages(pipeline)).toEqual([]);
  });

  it('still rejects a rule that is itself too expensive at depth', () => {
    const nested = obj({ outer: list(obj({ names: list(str) }, ['self.names.all(n, n.size() < 10)'])) });
    expect(messages(nested)).toEqual([
      'spec.versions[0].schema.openAPIV3Schema.properties[spec].properties[outer].items.x-kubernetes-validations[0].rule: Forbidden: estimated rule cost exceeds budget by factor of more than 100x (CRD shapes.example.com version v1)',
      'spec.versions[0].schema.openAPIV3Schema.properties[spec].properties[outer].items.x-kubernetes-validations[0].rule: Forbidden: contributed to estimated rule & messageExpression cost total exceeding cost limit for entire OpenAPIv3 schema (CRD shapes.example.com version v1)',
      'spec.versions[0].schema.openAPIV3Schema: Forbidden: x-kubernetes-validations estimated rule & messageExpression cost total for entire OpenAPIv3 schema exceeds budget by factor of more than 100x (CRD shapes.example.com version v1)',
    ]);
  });

  it('multiplies bounded parents (maxItems × maxProperties), and switches to the rule\'s own size once one is unbounded', () => {
    // rule cost 4; under bounded parents 100 × 200 = 20,000 runs; nothing to report
    expect(messages(obj({ a: list(map(atMostOne, 200), 100) }))).toEqual([]);
    // a rule of cost ~5,000 (1,000 items × 5): bounded parents 10 × 10 keep it at 500k; 10,000 × 10 → 500M
    const tags = obj({ tags: list({ ...str, maxLength: 10 }, 1000) }, ["self.tags.all(t, t != '')"]);
    expect(messages(obj({ a: list(map(tags, 10), 10) }))).toEqual([]);
    expect(messages(obj({ a: list(map(tags, 10), 10_000) }))[0]).toMatch(/items.additionalProperties.x-kubernetes-validations\[0\].rule: Forbidden: estimated rule cost exceeds budget by factor of 50.0x/);
    // unbounded outer list: × how many `tags` objects fit in 3 MiB (~1M), not 10,000 × 10
    expect(messages(obj({ a: list(map(tags, 10)) }))[0]).toMatch(/estimated rule cost exceeds budget by factor of more than 100x/);
    // a required property makes each value bigger, so fewer fit: 3 MiB / (2 + 4+4+2 + 1) = 241,979 runs × 4
    const big = { ...atMostOne, required: ['name'], properties: { ...atMostOne.properties, name: str } };
    expect(maxCardinality(big)).toBe(241_979);
    expect(messages(obj({ a: list(big) }))).toEqual([]);
  });

  it('sums every rule for the per-CRD limit, even when each one is within the per-rule limit', () => {
    // each atMostOne costs 4 × 1,048,576 ≈ 4.2M; 24 of them ≈ 100.7M > 100M
    const props = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i}`, list(atMostOne)]));
    expect(messages(obj(props(23)))).toEqual([]);
    const over = messages(obj(props(24)));
    expect(over).toHaveLength(5); // the 4 most expensive rules and the total
    expect(over[4]).toMatch(/^spec.versions\[0\].schema.openAPIV3Schema: Forbidden: x-kubernetes-validations estimated rule & messageExpression cost total for entire OpenAPIv3 schema exceeds budget by factor of 1.00\d+x/);
  });
});
