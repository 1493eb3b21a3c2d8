import { describe, expect, test } from 'vitest';
import { crdManifestCheck, validateCustomResourceDefinition } from '../lib';
import { errorsAfter, ROOT, SPEC, specSchema, validCrd } from './crd-validation-helpers';

const DNS1035 = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic "
  + "character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is "
  + "'[a-z]([-a-z0-9]*[a-z0-9])?')";

describe('validateCustomResourceDefinition: the API server rules', () => {
  test('a valid CRD has no findings, and findings name the CRD object', () => {
    expect(validateCustomResourceDefinition(validCrd())).toEqual([]);
    const [f] = validateCustomResourceDefinition({ ...validCrd(), metadata: { name: 'wrong.example.com' } });
    expect(f).toMatchObject({ severity: 'error', rule: 'crd.metadata.name', field: 'metadata.name',
      object: { kind: 'CustomResourceDefinition', name: 'wrong.example.com' } });
  });

  describe('names', () => {
    test('metadata.name must be <plural>.<group>', () => {
      expect(errorsAfter((c) => { c.metadata.name = 'widget.example.com'; })).toEqual([
        'metadata.name: Invalid value: "widget.example.com": must be spec.names.plural+"."+spec.group',
      ]);
    });

    test('the group needs a dot', () => {
      expect(errorsAfter((c) => { c.spec.group = 'example'; c.metadata.name = 'widgets.example'; })).toEqual([
        'spec.group: Invalid value: "example": should be a domain with at least one dot',
      ]);
    });

    test('plural and singular are lowercase DNS-1035 labels', () => {
      expect(errorsAfter((c) => { c.spec.names.singular = 'Widget'; })).toEqual([
        `spec.names.singular: Invalid value: "Widget": ${DNS1035}`,
      ]);
      expect(errorsAfter((c) => { c.spec.names.plural = 'wid_gets'; c.metadata.name = 'wid-gets.example.com'; })).toEqual([
        'metadata.name: Invalid value: "wid-gets.example.com": must be spec.names.plural+"."+spec.group',
        `spec.names.plural: Invalid value: "wid_gets": ${DNS1035}`,
      ]);
    });

    test('short names and categories are lowercase DNS-1035 labels', () => {
      expect(errorsAfter((c) => { c.spec.names.shortNames = ['wg', 'WG']; c.spec.names.categories = ['all', '1st']; })).toEqual([
        `spec.names.shortNames[1]: Invalid value: "WG": ${DNS1035}`,
        `spec.names.categories[1]: Invalid value: "1st": ${DNS1035}`,
      ]);
    });

    test('singular and listKind default to the lowercased kind and kind + "List", as the API server fills them', () => {
      expect(errorsAfter((c) => { delete c.spec.names.singular; delete c.spec.names.listKind; })).toEqual([]);
      expect(errorsAfter((c) => { c.spec.names.singular = ''; c.spec.names.listKind = ''; })).toEqual([]);
    });

    test('a defaulted singular is validated like a given one; kind is still required', () => {
      expect(errorsAfter((c) => { delete c.spec.names.singular; c.spec.names.kind = 'Wid_get'; c.spec.names.listKind = 'WidgetList'; })).toEqual([
        `spec.names.singular: Invalid value: "wid_get": ${DNS1035}`,
        `spec.names.kind: Invalid value: "Wid_get": may have mixed case, but should otherwise match: ${DNS1035}`,
      ]);
      expect(errorsAfter((c) => { delete c.spec.names.kind; delete c.spec.names.singular; delete c.spec.names.listKind; })).toEqual([
        'spec.names.singular: Required value',
        'spec.names.kind: Required value',
        'spec.names.listKind: Required value',
      ]);
    });

    test('kind and listKind differ', () => {
      expect(errorsAfter((c) => { c.spec.names.listKind = 'Widget'; })).toEqual([
        'spec.names.listKind: Invalid value: "Widget": kind and listKind may not be the same',
      ]);
    });
  });

  describe('versions', () => {
    const second = (c: Record<string, any>, v: Record<string, any>) => c.spec.versions.push({ ...c.spec.versions[0], ...v });

    test('version names are unique', () => {
      expect(errorsAfter((c) => second(c, { storage: false }))).toEqual([
        'spec.versions: Invalid value: ["v1","v1"]: must contain unique version names',
      ]);
    });

    test('version names are DNS-1035 labels', () => {
      expect(errorsAfter((c) => { c.spec.versions[0].name = 'V1'; })).toEqual([
        `spec.versions[0].name: Invalid value: "V1": ${DNS1035}`,
      ]);
    });

    test('exactly one version is the storage version', () => {
      const msg = 'spec.versions: Invalid value: ["v1","v2"]: must have exactly one version marked as storage version';
      expect(errorsAfter((c) => second(c, { name: 'v2' }))).toEqual([msg]);
      expect(errorsAfter((c) => second(c, { name: 'v2', storage: false }))).toEqual([]);
      expect(errorsAfter((c) => { second(c, { name: 'v2', storage: false }); c.spec.versions[0].storage = false; })).toEqual([msg]);
    });

    test('a deprecation warning needs a deprecated version', () => {
      expect(errorsAfter((c) => { c.spec.versions[0].deprecationWarning = 'use v2'; })).toEqual([
        'spec.versions[0].deprecationWarning: Invalid value: "use v2": can only be set for deprecated versions',
      ]);
    });
  });

  describe('structural schema', () => {
    test('the root is type object', () => {
      expect(errorsAfter((c) => {
        c.spec.versions[0].subresources = undefined;
        c.spec.versions[0].schema.openAPIV3Schema = { type: 'string' };
      })).toEqual([`${ROOT}.type: Invalid value: "string": must be object at the root`]);
    });

    test('the root is not nullable', () => {
      expect(errorsAfter((c) => {
        c.spec.versions[0].subresources = undefined;
        c.spec.versions[0].schema.openAPIV3Schema.nullable = true;
      })).toEqual([`${ROOT}.nullable: Forbidden: nullable cannot be true at the root`]);
    });

    test('with the status subresource the root holds only structure and validations', () => {
      expect(errorsAfter((c) => { c.spec.versions[0].schema.openAPIV3Schema['x-kubernetes-map-type'] = 'atomic'; })[0])
        .toMatch(new RegExp(`^${escape(ROOT)}: Invalid value: \\["x-kubernetes-map-type"\\]: only \\[description type .*\\] `
          + 'fields are allowed at the root of the schema if the status subresource is enabled$'));
    });

    test('every node has a type, unless int-or-string or preserve-unknown-fields', () => {
      expect(errorsAfter((c) => {
        specSchema(c).properties.size = { description: 'no type' };
        specSchema(c).properties.tags.items = {};
        specSchema(c).properties.port = { 'x-kubernetes-int-or-string': true };
        specSchema(c).properties.extra = { 'x-kubernetes-preserve-unknown-fields': true };
      })).toEqual([
        `${SPEC}.properties[size].type: Required value: must not be empty for specified object fields`,
        `${SPEC}.properties[tags].items.type: Required value: must not be empty for specified array items`,
      ]);
    });

    test('properties and additionalProperties are exclusive, and additionalProperties is never false', () => {
      expect(errorsAfter((c) => { specSchema(c).additionalProperties = { type: 'string' }; })).toEqual([
        `${SPEC}.additionalProperties: Forbidden: additionalProperties and properties are mutual exclusive`,
      ]);
      expect(errorsAfter((c) => { specSchema(c).properties.labels = { type: 'object', additionalProperties: false }; })).toEqual([
        `${SPEC}.properties[labels].additionalProperties: Forbidden: additionalProperties cannot be set to false`,
      ]);
    });

    test('metadata at the root may only constrain name and generateName', () => {
      const meta = (c: Record<string, any>) => c.spec.versions[0].schema.openAPIV3Schema.properties;
      expect(errorsAfter((c) => { meta(c).metadata = { type: 'object', properties: { name: { type: 'string', maxLength: 40 } } }; })).toEqual([]);
      expect(errorsAfter((c) => { meta(c).metadata = { type: 'object', properties: { labels: { type: 'object' } } }; })).toEqual([
        `${ROOT}.properties[metadata]: Forbidden: must not specify anything other than name and generateName, but metadata is implicitly specified`,
      ]);
      expect(errorsAfter((c) => { meta(c).metadata = { type: 'object', properties: { name: { type: 'string', default: 'x' } } }; })).toEqual([
        `${ROOT}.properties[metadata].properties[name].default: Forbidden: must not be set in top-level metadata`,
      ]);
    });

    test.each([
      ['$ref', { $ref: '#/definitions/Size' }, '$ref: Forbidden: $ref is not supported'],
      ['definitions', { type: 'object', definitions: { a: { type: 'string' } } }, 'definitions: Forbidden: definitions is not supported'],
      ['dependencies', { type: 'object', dependencies: { a: ['b'] } }, 'dependencies: Forbidden: dependencies is not supported'],
      ['patternProperties', { type: 'object', patternProperties: { '^a': { type: 'string' } } }, 'patternProperties: Forbidden: patternProperties is not supported'],
      ['additionalItems', { type: 'array', items: { type: 'string' }, additionalItems: false }, 'additionalItems: Forbidden: additionalItems is not supported'],
      ['uniqueItems', { type: 'array', items: { type: 'string' }, uniqueItems: true },
        'uniqueItems: Forbidden: uniqueItems cannot be set to true since the runtime complexity becomes quadratic'],
      ['array-form items', { type: 'array', items: [{ type: 'string' }] }, 'items: Forbidden: items must be a schema object and not an array'],
      ['type null', { type: 'null' }, 'type: Forbidden: type cannot be set to null, use nullable as an alternative'],
    ])('%s is forbidden', (_, schema, error) => {
      const errors = errorsAfter((c) => { specSchema(c).properties.size = schema; });
      expect(errors).toContain(`${SPEC}.properties[size].${error}`);
      // $ref also leaves the node without a type; everything else is exactly one error.
      expect(errors).toHaveLength(_ === '$ref' ? 2 : 1);
    });

    test.each([
      ['type', { type: 'string' }, 'type: Forbidden: must be empty to be structural'],
      ['default', { default: 'a' }, 'default: Forbidden: must be undefined to be structural'],
      ['description', { description: 'd' }, 'description: Forbidden: must be empty to be structural'],
      ['nullable', { nullable: true }, 'nullable: Forbidden: must be false to be structural'],
      ['x-kubernetes-int-or-string', { 'x-kubernetes-int-or-string': true }, 'x-kubernetes-int-or-string: Forbidden: must be false to be structural'],
      ['x-kubernetes-list-type', { 'x-kubernetes-list-type': 'set' }, 'x-kubernetes-list-type: Forbidden: must be undefined to be structural'],
    ])('a junctor may not carry %s', (_, keyword, error) => {
      for (const junctor of ['allOf[0]', 'anyOf[0]', 'oneOf[0]', 'not']) {
        const sub = { pattern: '^a', ...keyword };
        const errors = errorsAfter((c) => {
          const size = specSchema(c).properties.size;
          if (junctor === 'not') size.not = sub; else size[junctor.slice(0, 5)] = [sub];
        });
        expect(errors).toEqual([`${SPEC}.properties[size].${junctor}.${error}`]);
      }
    });

    test('embedded resources are objects with properties or preserved fields; extensions do not contradict', () => {
      expect(errorsAfter((c) => { specSchema(c).properties.template = { type: 'object', 'x-kubernetes-embedded-resource': true }; })).toEqual([
        `${SPEC}.properties[template].properties: Required value: must not be empty if x-kubernetes-embedded-resource is true without x-kubernetes-preserve-unknown-fields`,
      ]);
      expect(errorsAfter((c) => { specSchema(c).properties.extra = { type: 'object', 'x-kubernetes-preserve-unknown-fields': false }; })).toEqual([
        `${SPEC}.properties[extra].x-kubernetes-preserve-unknown-fields: Invalid value: false: must be true or undefined`,
      ]);
      expect(errorsAfter((c) => {
        specSchema(c).properties.port = { 'x-kubernetes-int-or-string': true, 'x-kubernetes-preserve-unknown-fields': true };
      })).toEqual([
        `${SPEC}.properties[port].x-kubernetes-preserve-unknown-fields: Invalid value: true: must be false if x-kubernetes-int-or-string is true`,
      ]);
    });

    test('additionalProperties is not allowed at the root', () => {
      expect(errorsAfter((c) => {
        c.spec.versions[0].subresources = undefined;
        c.spec.versions[0].schema.openAPIV3Schema = { type: 'object', additionalProperties: { type: 'string' } };
      })).toEqual([`${ROOT}.additionalProperties: Forbidden: must not be used at the root`]);
    });

    test('what a junctor constrains is defined structurally too', () => {
      expect(errorsAfter((c) => { specSchema(c).anyOf = [{ required: ['size'] }, { properties: { size: { minLength: 2 } } }]; })).toEqual([]);
      expect(errorsAfter((c) => { specSchema(c).oneOf = [{ properties: { colour: { pattern: '^#' } } }]; })).toEqual([
        `${SPEC}.properties[colour]: Required value: because it is defined in ${SPEC}.oneOf[0].properties[colour]`,
      ]);
    });

    test('int-or-string keeps its anyOf of integer and string, as controller-gen emits it', () => {
      expect(errorsAfter((c) => {
        specSchema(c).properties.port = { 'x-kubernetes-int-or-string': true, anyOf: [{ type: 'integer' }, { type: 'string' }] };
      })).toEqual([]);
    });
  });

  describe('list types', () => {
    const users = (item: Record<string, any>, keys = ['name']) => (c: Record<string, any>) => {
      specSchema(c).properties.users = { type: 'array', 'x-kubernetes-list-type': 'map', 'x-kubernetes-list-map-keys': keys, items: item };
    };
    const item = (name: Record<string, any>, required = ['name']) => ({ type: 'object', required, properties: { name, role: { type: 'string' } } });
    const USERS = `${SPEC}.properties[users]`;

    test('list-map keys are required or defaulted', () => {
      expect(errorsAfter(users(item({ type: 'string' })))).toEqual([]);
      expect(errorsAfter(users(item({ type: 'string', default: 'admin' }, [])))).toEqual([]);
      expect(errorsAfter(users(item({ type: 'string' }, [])))).toEqual([
        `${USERS}.items.properties[name].default: Required value: this property is in x-kubernetes-list-map-keys, so it must have a default or be a required property`,
      ]);
    });

    test('list-map keys are scalars that exist', () => {
      expect(errorsAfter(users(item({ type: 'object' })))).toEqual([
        `${USERS}.items.properties[name].type: Invalid value: "object": must be a scalar type if parent array's x-kubernetes-list-type is map`,
      ]);
      expect(errorsAfter(users(item({ type: 'string' }), ['name', 'uid']))).toEqual([
        `${USERS}.x-kubernetes-list-map-keys: Invalid value: ["name","uid"]: entries must all be names of item properties`,
      ]);
    });

    test('list-map keys only with list-type map, and list-type map needs keys', () => {
      expect(errorsAfter((c) => {
        specSchema(c).properties.tags['x-kubernetes-list-map-keys'] = ['name'];
      })).toEqual([`${SPEC}.properties[tags].x-kubernetes-list-type: Required value: must be map if x-kubernetes-list-map-keys is non-empty`]);
      expect(errorsAfter((c) => {
        Object.assign(specSchema(c).properties.tags, { 'x-kubernetes-list-type': 'set', 'x-kubernetes-list-map-keys': ['name'] });
      })).toEqual([`${SPEC}.properties[tags].x-kubernetes-list-type: Invalid value: "set": must be map if x-kubernetes-list-map-keys is non-empty`]);
      expect(errorsAfter(users(item({ type: 'string' }), []))).toEqual([
        `${USERS}.x-kubernetes-list-map-keys: Required value: must not be empty if x-kubernetes-list-type is map`,
      ]);
    });

    test('list-type is only for arrays, map-type only for objects', () => {
      expect(errorsAfter((c) => { specSchema(c).properties.size['x-kubernetes-list-type'] = 'atomic'; })).toEqual([
        `${SPEC}.properties[size].type: Invalid value: "string": must be array if x-kubernetes-list-type is specified`,
      ]);
      expect(errorsAfter((c) => { specSchema(c).properties.size['x-kubernetes-map-type'] = 'atomic'; })).toEqual([
        `${SPEC}.properties[size].type: Invalid value: "string": must be object if x-kubernetes-map-type is specified`,
      ]);
    });
  });

  describe('paths into the schema', () => {
    const v0 = (c: Record<string, any>) => c.spec.versions[0];

    test('printer-column JSONPaths that kubectl cannot parse or that resolve to nothing are warnings, as the API server accepts them', () => {
      const crd = validCrd();
      v0(crd).additionalPrinterColumns = [
        { name: 'Ready', type: 'integer', jsonPath: '.status.readyReplicas' },
        { name: 'Bad', type: 'string', jsonPath: '.spec.tags[a]' },
        { name: 'Open', type: 'string', jsonPath: '.spec.tags[0' },
        { name: 'Empty', type: 'string', jsonPath: '' },
      ];
      expect(validateCustomResourceDefinition(crd).map((f) => `${f.severity}: ${f.field}: ${f.message}`)).toEqual([
        'warning: spec.versions[0].additionalPrinterColumns[0].JSONPath: Invalid value: ".status.readyReplicas": does not exist in the schema (the column would always be empty): .status has no field "readyReplicas"',
        'warning: spec.versions[0].additionalPrinterColumns[1].JSONPath: Invalid value: ".spec.tags[a]": is not a JSONPath kubectl can print (invalid array index a): '
          + 'the API server accepts the CRD but logs "unrecognized column definition" and prints only the default columns',
        'warning: spec.versions[0].additionalPrinterColumns[2].JSONPath: Invalid value: ".spec.tags[0": is not a JSONPath kubectl can print (unterminated array): '
          + 'the API server accepts the CRD but logs "unrecognized column definition" and prints only the default columns',
        'error: spec.versions[0].additionalPrinterColumns[3].JSONPath: Required value',
      ]);
    });

    test('printer-column JSONPaths in kubectl syntax: \\. escapes in names, filters, wildcards, unions, recursive descent', () => {
      const crd = validCrd();
      crd.spec.versions[0].schema.openAPIV3Schema.properties.status.properties.conditions = {
        type: 'array', items: { type: 'object', properties: { type: { type: 'string' }, status: { type: 'string' } } },
      };
      v0(crd).additionalPrinterColumns = [
        { name: 'App', type: 'string', jsonPath: '.metadata.labels.app\\.kubernetes\\.io/name' },
        { name: 'Ready', type: 'string', jsonPath: '.status.conditions[?(@.type=="Ready")].status' },
        { name: 'Ready2', type: 'string', jsonPath: ".status.conditions[?(@.type=='Ready')].status" },
        { name: 'Tags', type: 'string', jsonPath: '.spec.tags[*]' },
        { name: 'Some', type: 'string', jsonPath: '.spec.tags[0,1]' },
        { name: 'Last', type: 'string', jsonPath: '.spec.tags[-1:]' },
        { name: 'Any', type: 'string', jsonPath: '..ready' },
        { name: 'Key', type: 'string', jsonPath: ".metadata.annotations['note']" },
      ];
      expect(validateCustomResourceDefinition(crd).map((f) => `${f.field}: ${f.message}`)).toEqual([]);
      v0(crd).additionalPrinterColumns = [{ name: 'Bad', type: 'string', jsonPath: '.status.conditions[?(@.type=="Ready")].reason' }];
      expect(validateCustomResourceDefinition(crd).map((f) => `${f.severity}: ${f.message}`)).toEqual([
        'warning: Invalid value: ".status.conditions[?(@.type==\\"Ready\\")].reason": does not exist in the schema (the column would always be empty): '
          + '.status.conditions[*] has no field "reason"',
      ]);
    });

    test('printer-column JSONPaths exist in the schema', () => {
      expect(errorsAfter((c) => {
        v0(c).additionalPrinterColumns = [
          { name: 'Replicas', type: 'integer', jsonPath: '.spec.replicas' },
          { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' },
          { name: 'First tag', type: 'string', jsonPath: '.spec.tags[0]' },
          { name: 'Ready', type: 'integer', jsonPath: '.status.readyReplicas' },
          { name: 'Bad', type: 'string', jsonPath: 'spec.size' },
        ];
      })).toEqual([
        'spec.versions[0].additionalPrinterColumns[3].JSONPath: Invalid value: ".status.readyReplicas": does not exist in the schema (the column would always be empty): .status has no field "readyReplicas"',
        'spec.versions[0].additionalPrinterColumns[4].JSONPath: Invalid value: "spec.size": must be a simple json path starting with .',
      ]);
    });

    test('printer columns have a known type', () => {
      expect(errorsAfter((c) => { v0(c).additionalPrinterColumns = [{ name: 'Size', type: 'text', jsonPath: '.spec.size' }]; })).toEqual([
        'spec.versions[0].additionalPrinterColumns[0].type: Invalid value: "text": must be one of boolean,date,integer,number,string',
      ]);
    });

    test('scale paths exist, under .spec/.status, and point to integers', () => {
      const scale = (s: Record<string, any>) => (c: Record<string, any>) => { v0(c).subresources.scale = s; };
      expect(errorsAfter(scale({ specReplicasPath: '.spec.replicas', statusReplicasPath: '.status.ready', labelSelectorPath: '.status.selector' }))).toEqual([]);
      expect(errorsAfter(scale({ specReplicasPath: '.spec.count', statusReplicasPath: '.spec.replicas' }))).toEqual([
        'spec.versions[0].subresources.scale.specReplicasPath: Invalid value: ".spec.count": does not exist in the schema: .spec has no field "count"',
        'spec.versions[0].subresources.scale.statusReplicasPath: Invalid value: ".spec.replicas": should be a json path under .status',
      ]);
      expect(errorsAfter(scale({ specReplicasPath: '.spec.size', statusReplicasPath: '.status.ready' }))).toEqual([
        'spec.versions[0].subresources.scale.specReplicasPath: Invalid value: ".spec.size": must point to a field of type integer, but it is string',
      ]);
    });

    test('selectable fields exist and are scalar', () => {
      const fields = (...paths: string[]) => (c: Record<string, any>) => { v0(c).selectableFields = paths.map((jsonPath) => ({ jsonPath })); };
      expect(errorsAfter(fields('.spec.size', '.spec.replicas'))).toEqual([]);
      expect(errorsAfter(fields('.spec.tags', '.spec.colour', '.spec.tags[0]'))).toEqual([
        'spec.versions[0].selectableFields[0].jsonPath: Invalid value: ".spec.tags": must point to a field of type string, boolean or integer. Enum string fields and strings with formats are allowed.',
        'spec.versions[0].selectableFields[1].jsonPath: Invalid value: ".spec.colour": is an invalid path: .spec has no field "colour"',
        'spec.versions[0].selectableFields[2].jsonPath: Invalid value: ".spec.tags[0]": is an invalid path: array notation is not allowed',
      ]);
    });
  });

  describe('conversion and CEL rule shape', () => {
    test('a webhook conversion names a service and a ConversionReview version', () => {
      expect(errorsAfter((c) => {
        c.spec.conversion = { strategy: 'Webhook', webhook: { clientConfig: { service: { name: 'hook', namespace: 'ns', port: 70000 } } } };
      })).toEqual([
        'spec.conversion.webhook.clientConfig.service.port: Invalid value: 70000: port is not valid: must be between 1 and 65535, inclusive',
        'spec.conversion.webhook.conversionReviewVersions: Required value',
      ]);
    });

    test('a CEL rule is not empty', () => {
      expect(errorsAfter((c) => { specSchema(c)['x-kubernetes-validations'] = [{ rule: '  ' }]; })).toEqual([
        `${SPEC}.x-kubernetes-validations[0].rule: Required value: rule is not specified`,
      ]);
    });

    test('patterns are RE2: no look-around, worded as Go\'s regexp says it', () => {
      expect(errorsAfter((c) => { specSchema(c).properties.size.pattern = '^(?!tmp).*$'; })).toEqual([
        `${SPEC}.properties[size].pattern: Invalid value: "^(?!tmp).*$": must be a valid regular expression, but isn't: error parsing regexp: invalid or unsupported Perl syntax: \`(?!\``,
      ]);
      expect(errorsAfter((c) => { specSchema(c).properties.size.pattern = '+'; })).toEqual([
        `${SPEC}.properties[size].pattern: Invalid value: "+": must be a valid regular expression, but isn't: error parsing regexp: missing argument to repetition operator: \`+\``,
      ]);
    });

    test('patterns are RE2: Go flag groups, \\z, \\pN and POSIX classes are valid though JavaScript rejects or misreads them', () => {
      for (const pattern of ['^(?i)(abort|warn)?$', '^[[:alpha:]]+\\z', '^\\pN+$', '(?P<major>\\d+)', '(?s).*']) {
        expect(errorsAfter((c) => { specSchema(c).properties.size.pattern = pattern; }), pattern).toEqual([]);
      }
    });

    test('a pattern under a junctor is checked too', () => {
      expect(errorsAfter((c) => { specSchema(c).anyOf = [{ properties: { size: { pattern: '(a' } } }]; })).toEqual([
        `${SPEC}.anyOf[0].properties[size].pattern: Invalid value: "(a": must be a valid regular expression, but isn't: error parsing regexp: missing closing ): \`(a\``,
      ]);
    });
  });

  describe('defaults are valid against their schema (by default, with the validator\'s value check)', () => {
    test('a default outside the bounds of its own schema is an error naming the default', () => {
      const errors = errorsAfter((c) => {
        specSchema(c).properties.replicas.maximum = 9;
        specSchema(c).properties.replicas.default = 20;
      });
      expect(errors).toEqual([
        `${SPEC}.properties[replicas].default: Invalid value: 20: ${SPEC}.properties[replicas].default in body should be less than or equal to 9`,
      ]);
    });

    test('a default of the wrong type is an error', () => {
      const errors = errorsAfter((c) => { specSchema(c).properties.size.default = 3; });
      expect(errors).toEqual([`${SPEC}.properties[size].default: Invalid value: "integer": ${SPEC}.properties[size].default in body must be of type string: "integer"`]);
    });
  });

  describe('pluggable checks', () => {
    test('the default validator is called for every default with its schema and path', () => {
      const seen: Array<[unknown, unknown, string]> = [];
      const errors = errorsAfter((c) => {
        specSchema(c).properties.size.default = 'large';
        specSchema(c).properties.tags.items.default = 'x';
      }, {
        defaultValidator: (schema, value, path) => {
          seen.push([schema.type, value, path]);
          return value === 'large' ? [{ severity: 'error', rule: 'test.default', field: path, message: 'Invalid value: "large": too big' }] : [];
        },
      });
      expect(seen).toEqual([
        ['integer', 1, `${SPEC}.properties[replicas].default`],
        ['string', 'large', `${SPEC}.properties[size].default`],
        ['string', 'x', `${SPEC}.properties[tags].items.default`],
      ]);
      expect(errors).toEqual([`${SPEC}.properties[size].default: Invalid value: "large": too big`]);
    });

    test('as a ManifestCheck it validates only CRDs and keeps their origin', () => {
      const bad = validCrd();
      bad.spec.names.listKind = 'Widget';
      const findings = crdManifestCheck()([
        { object: validCrd(), origin: { file: 'ok.yaml', documentIndex: 0 } },
        { object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } }, origin: { file: 'cm.yaml' } },
        { object: bad, origin: { file: 'crds.yaml', documentIndex: 2 } },
      ], {});
      expect(findings).toEqual([{
        severity: 'error', rule: 'crd.names', field: 'spec.names.listKind', message: 'Invalid value: "Widget": kind and listKind may not be the same',
        object: { apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', name: 'widgets.example.com' },
        origin: { file: 'crds.yaml', documentIndex: 2 },
      }]);
    });

    test('extra checks see the manifest and their findings are returned', () => {
      const errors = errorsAfter(() => undefined, {
        extraChecks: [(crd) => [{ severity: 'error', rule: 'test.extra', field: 'spec.group', message: `Invalid value: "${crd.spec.group}": checked` }]],
      });
      expect(errors).toEqual(['spec.group: Invalid value: "example.com": checked']);
    });
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
