import { describe, expect, test } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { compactSchemas, stripDocs } from '../lib/importer/compact-schemas';

describe('compact validation schemas written beside imports', () => {
  test('drops descriptions and examples but keeps a field that is itself called "description"', () => {
    const schema = {
      type: 'object', description: 'root', example: { a: 1 },
      properties: { description: { type: 'string', description: 'a field named description' } },
    };
    expect(stripDocs(schema)).toEqual({ type: 'object', properties: { description: { type: 'string' } } });
  });

  test('keeps default and enum values verbatim, even objects that contain a "description" key', () => {
    const schema = { type: 'object', default: { description: 'kept' }, enum: [{ description: 'kept' }] };
    expect(stripDocs(schema)).toEqual(schema);
  });

  test('keys each served version as <group>/<version>/<Kind> and skips unserved ones', () => {
    const crd = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: { name: widgets.example.com }
spec:
  group: example.com
  names: { kind: Widget, plural: widgets }
  scope: Namespaced
  versions:
    - { name: v1, served: true, storage: true, schema: { openAPIV3Schema: { type: object, description: x } } }
    - { name: v0, served: false, storage: false, schema: { openAPIV3Schema: { type: object } } }
`;
    expect(compactSchemas(parseAllDocuments(crd).map((d) => d.toJS()))).toEqual({ 'example.com/v1/Widget': { type: 'object' } });
  });
});
