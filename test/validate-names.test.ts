import { describe, expect, test } from 'vitest';
import { Finding, validateMetadata } from '../lib/internal';
import { isDns1123Label as dns1123Label, isDns1123Subdomain as dns1123Subdomain, isQualifiedName as qualifiedName, isValidLabelValue as labelValue } from '../lib/apimachinery/name-formats';
import { pathSegmentName } from '../lib/validate/kind-name-rules';

const meta = (m: unknown, requireName = true) => {
  const out: Finding[] = [];
  validateMetadata(m, 'metadata', { nameRule: dns1123Subdomain, requireName }, out);
  return out.map((f) => `${f.field}: ${f.message}`);
};

describe('apimachinery name rules', () => {
  test('DNS-1123 subdomains and labels, with their length limits', () => {
    expect(dns1123Subdomain('web.example-1')).toEqual([]);
    expect(dns1123Subdomain('a'.repeat(254))).toEqual(['must be no more than 253 characters']);
    expect(dns1123Subdomain('-x')[0]).toMatch(/^a lowercase RFC 1123 subdomain must consist of/);
    expect(dns1123Label('a.b')[0]).toMatch(/^a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-'/);
    expect(dns1123Label('a'.repeat(64))).toEqual(['must be no more than 63 characters']);
  });

  test('qualified names: prefix and name parts are checked separately', () => {
    expect(qualifiedName('app.kubernetes.io/name')).toEqual([]);
    expect(qualifiedName('/name')).toEqual(['prefix part must be non-empty']);
    expect(qualifiedName('Example.com/name')[0]).toMatch(/^prefix part a lowercase RFC 1123 subdomain/);
    expect(qualifiedName(`x/${'n'.repeat(64)}`)).toEqual(['name part must be no more than 63 characters']);
    expect(qualifiedName('x/-n')[0]).toMatch(/^name part must consist of alphanumeric characters/);
  });

  test('label values may be empty; RBAC names only exclude path separators', () => {
    expect(labelValue('')).toEqual([]);
    expect(labelValue('a b')[0]).toMatch(/^a valid label must be an empty string or consist of alphanumeric characters/);
    expect(pathSegmentName('system:controller:x')).toEqual([]);
    expect(pathSegmentName('a/b')).toEqual(["may not contain '/'"]);
    expect(pathSegmentName('..')).toEqual(["may not be '..'"]);
  });
});

describe('ObjectMeta', () => {
  test('name or generateName is required at the top level, not for embedded objects', () => {
    expect(meta({})).toEqual(['metadata.name: Required value: name or generateName is required']);
    expect(meta(undefined)).toEqual(['metadata.name: Required value: name or generateName is required']);
    expect(meta({}, false)).toEqual([]);
  });

  test('generateName may end with "-" (the API server appends a suffix) but must otherwise be a valid name', () => {
    expect(meta({ generateName: 'job-' })).toEqual([]);
    expect(meta({ generateName: 'Job-' })[0]).toMatch(/^metadata\.generateName: Invalid value: "Job-": a lowercase RFC 1123 subdomain/);
  });

  test('namespace is a DNS-1123 label; annotation keys are qualified names; annotations are at most 256 KiB', () => {
    expect(meta({ name: 'a', namespace: 'My.NS' })[0]).toMatch(/^metadata\.namespace: Invalid value: "My\.NS": a lowercase RFC 1123 label/);
    expect(meta({ name: 'a', annotations: { 'bad key': 'x' } })[0]).toMatch(/^metadata\.annotations: Invalid value: "bad key": name part must consist of/);
    expect(meta({ name: 'a', annotations: { a: 'x'.repeat(256 * 1024 - 1) } })).toEqual([]);
    expect(meta({ name: 'a', annotations: { a: 'x'.repeat(256 * 1024) } })).toEqual(['metadata.annotations: Too long: must have at most 262144 bytes']);
  });
});
