import { Finding, ObjectRef, formatFinding } from '../../report/finding';
import { ManifestCheck } from '../../report/manifest';
import { checkCrdCelRules } from '../../cel/crd-rules-check';
import { validateValue } from '../../validate/validate-value';
import { JSONSchemaProps } from '../../schema/json-schema-props';
import { FieldErrors } from '../../apimachinery/field-errors';
import { child, index, key } from '../../apimachinery/field-path';
import { validateConversion } from './validate-conversion';
import { validateNames } from './validate-names';
import { validateVersionSchema } from './validate-schema';
import { validatePrinterColumns, validateScale, validateSelectableFields } from './validate-subresources';
import { validateVersions } from './validate-versions';

/** A check over a whole CRD manifest, e.g. compiling its CEL rules. */
export type CrdCheck = (crd: Record<string, any>) => Finding[];

/**
 * Checks one `default` value against the schema node that declares it. `path` is the field path of the
 * `default` keyword, e.g. `spec.versions[0].schema.openAPIV3Schema.properties[spec].properties[replicas].default`.
 */
export type CrdDefaultValidator = (schema: JSONSchemaProps, value: unknown, path: string) => Finding[];

/** Options of {@link validateCustomResourceDefinition}. */
export interface ValidateCrdOptions {
  /**
   * More checks to run over the manifest, after the built-in ones (which include compiling every CEL rule).
   * @default none
   */
  readonly extraChecks?: CrdCheck[];
  /**
   * Validates every `default` against its schema; called once per `default` found outside value validations.
   * @default the validator's structural value check (`validateValue`), as the API server checks defaults
   */
  readonly defaultValidator?: CrdDefaultValidator;
  /**
   * The Kubernetes version whose CEL environment compiles the rules (libraries differ between versions).
   * @default '1.27'
   */
  readonly kubeVersion?: string;
}

/**
 * Validates an apiextensions.k8s.io/v1 CustomResourceDefinition as the API server would on create: names, versions,
 * structural schemas, list/map extensions, subresources, printer columns, selectable fields and conversion. Pure: it
 * reads only the manifest (as JSON), so it runs on synthesized constructs and on CRD files alike.
 */
export function validateCustomResourceDefinition(crd: Record<string, any>, options: ValidateCrdOptions = {}): Finding[] {
  const object: ObjectRef = { apiVersion: crd.apiVersion, kind: crd.kind ?? 'CustomResourceDefinition', name: crd.metadata?.name };
  const errors = new FieldErrors(object);
  const out: Finding[] = [...validateNames(crd, errors), ...validateVersions(crd, errors)];
  (crd.spec?.versions ?? []).forEach((v: Record<string, any>, i: number) => {
    const at = index('spec.versions', i);
    const schema = v.schema?.openAPIV3Schema;
    if (schema) out.push(...validateVersionSchema(schema, `${at}.schema.openAPIV3Schema`, !!v.subresources?.status, errors));
    out.push(...validateScale(v, at, errors), ...validatePrinterColumns(v, at, errors), ...validateSelectableFields(v, at, errors));
    if (schema) {
      const checkDefault = options.defaultValidator ?? validateValue;
      for (const d of findDefaults(schema, `${at}.schema.openAPIV3Schema`)) {
        out.push(...checkDefault(d.schema, d.schema.default, d.path).map((f) => ({ ...f, object: f.object ?? object })));
      }
    }
  });
  out.push(...validateConversion(crd, errors));
  // CEL rules compile and type-check against their schema, within the API server's cost limits.
  out.push(...checkCrdCelRules(crd, { kubeVersion: options.kubeVersion }));
  for (const check of options.extraChecks ?? []) out.push(...check(crd));
  return out;
}

/**
 * The CRD rules as a {@link ManifestCheck}: validates every CustomResourceDefinition among the manifests (files
 * read by `opkit validate`, or a synthesized output) and tags each finding with where the CRD came from.
 */
export function crdManifestCheck(options: ValidateCrdOptions = {}): ManifestCheck {
  return (manifests, context) => {
    const opts = context?.kubeVersion ? { ...options, kubeVersion: context.kubeVersion } : options;
    return manifests
      .filter((m) => m.object.kind === 'CustomResourceDefinition' && String(m.object.apiVersion).startsWith('apiextensions.k8s.io/'))
      .flatMap((m) => validateCustomResourceDefinition(m.object, opts).map((f) => ({ ...f, origin: f.origin ?? m.origin })));
  };
}

/** A `default` in a schema: the node that holds it and the field path of the `default` keyword. */
export interface SchemaDefault {
  readonly schema: JSONSchemaProps;
  readonly path: string;
}

/**
 * Every `default` that the API server applies: in properties, additionalProperties and items, but not under
 * allOf/anyOf/oneOf/not (forbidden there) nor in top-level metadata (forbidden there too).
 */
export function findDefaults(schema: Record<string, any>, path: string, isRoot = true): SchemaDefault[] {
  const out: SchemaDefault[] = [];
  if (schema.default !== undefined) out.push({ schema: schema as JSONSchemaProps, path: child(path, 'default') });
  for (const [name, prop] of Object.entries<Record<string, any>>(schema.properties ?? {})) {
    if (isRoot && name === 'metadata') continue;
    out.push(...findDefaults(prop, key(child(path, 'properties'), name), false));
  }
  if (typeof schema.additionalProperties === 'object') out.push(...findDefaults(schema.additionalProperties, child(path, 'additionalProperties'), false));
  if (typeof schema.items === 'object' && !Array.isArray(schema.items)) out.push(...findDefaults(schema.items, child(path, 'items'), false));
  return out;
}

/**
 * One line per finding, naming the CRD and, for findings inside a version, the version by name:
 * `CustomResourceDefinition cacheclusters.cache.opkit.dev (version v1alpha1): spec.versions[0]...: Forbidden: ...`.
 */
export function formatCrdFinding(f: Finding, crd: Record<string, any>): string {
  const m = /^spec\.versions\[(\d+)\]/.exec(f.field ?? '');
  const version = m ? crd.spec?.versions?.[Number(m[1])]?.name : undefined;
  const line = formatFinding({ ...f, object: undefined });
  return `CustomResourceDefinition ${crd.metadata?.name ?? '<unnamed>'}${version ? ` (version ${version})` : ''}: ${line}`;
}
