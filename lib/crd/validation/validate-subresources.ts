import { Finding } from '../../report/finding';
import { FieldErrors } from '../../apimachinery/field-errors';
import { child, index } from '../../apimachinery/field-path';
import { parseColumnJsonPath } from './jsonpath';
import { resolveSchemaPath, resolveSchemaSegments } from './schema-path';

const warning = (f: Finding): Finding => ({ ...f, severity: 'warning' });

type Node = Record<string, any>;

const COLUMN_TYPES = ['boolean', 'date', 'integer', 'number', 'string'];
const COLUMN_FORMATS = ['byte', 'date', 'date-time', 'double', 'float', 'int32', 'int64', 'password'];
const MAX_SELECTABLE_FIELDS = 8;

/** `must be a simple json path starting with .`, the API server's syntax check of every CRD JSONPath. */
function simpleJsonPath(p: unknown, at: string, rule: string, errors: FieldErrors): Finding[] {
  if (typeof p !== 'string' || p.length === 0) return [errors.invalid(rule, at, p ?? '', 'must not be empty')];
  if (!p.startsWith('.')) return [errors.invalid(rule, at, p, 'must be a simple json path starting with .')];
  return [];
}

/** Scale subresource paths: syntax and prefix as the API server checks them, then that they exist with the right type. */
export function validateScale(version: Node, at: string, errors: FieldErrors): Finding[] {
  const scale = version.subresources?.scale;
  if (!scale) return [];
  const rule = 'crd.scale';
  const out: Finding[] = [];
  const root = version.schema?.openAPIV3Schema ?? {};
  const check = (field: string, prefixes: string[], under: string, type: string, required: boolean) => {
    const p = scale[field];
    const fieldAt = `${at}.subresources.scale.${field}`;
    if (!p) {
      if (required) out.push(errors.required(rule, fieldAt));
      return;
    }
    const syntax = simpleJsonPath(p, fieldAt, rule, errors);
    if (syntax.length) return void out.push(...syntax);
    if (!prefixes.some((prefix) => p.startsWith(prefix))) return void out.push(errors.invalid(rule, fieldAt, p, `should be a json path under ${under}`));
    const r = resolveSchemaPath(root, p);
    if ('error' in r) out.push(errors.invalid(rule, fieldAt, p, `does not exist in the schema: ${r.error}`));
    else if (r.schema && r.schema.type !== type) {
      out.push(errors.invalid(rule, fieldAt, p, `must point to a field of type ${type}, but it is ${r.schema.type ?? 'untyped'}`));
    }
  };
  check('specReplicasPath', ['.spec.'], '.spec', 'integer', true);
  check('statusReplicasPath', ['.status.'], '.status', 'integer', true);
  check('labelSelectorPath', ['.spec.', '.status.'], 'either .spec or .status', 'string', false);
  return out;
}

/**
 * Printer columns: name, type, format and JSONPath as the API server checks them (ValidateCustomResourceColumnDefinition:
 * errors), then, as warnings, that kubectl's JSONPath parser reads the path and that it resolves in the schema.
 */
export function validatePrinterColumns(version: Node, at: string, errors: FieldErrors): Finding[] {
  const rule = 'crd.printer-columns';
  const out: Finding[] = [];
  const root = version.schema?.openAPIV3Schema ?? {};
  (version.additionalPrinterColumns ?? []).forEach((col: Node, i: number) => {
    const colAt = index(child(at, 'additionalPrinterColumns'), i);
    if (!col.name) out.push(errors.required(rule, child(colAt, 'name')));
    if (!col.type) out.push(errors.required(rule, child(colAt, 'type'), `must be one of ${COLUMN_TYPES.join(',')}`));
    else if (!COLUMN_TYPES.includes(col.type)) out.push(errors.invalid(rule, child(colAt, 'type'), col.type, `must be one of ${COLUMN_TYPES.join(',')}`));
    if (col.format && !COLUMN_FORMATS.includes(col.format)) {
      out.push(errors.invalid(rule, child(colAt, 'format'), col.format, `must be one of ${COLUMN_FORMATS.join(',')}`));
    }
    // The API server names this field JSONPath (the Go field) in its errors.
    const pathAt = child(colAt, 'JSONPath');
    if (!col.jsonPath) return void out.push(errors.required(rule, pathAt));
    const syntax = simpleJsonPath(col.jsonPath, pathAt, rule, errors);
    if (syntax.length) return void out.push(...syntax);
    // Beyond that the API server accepts the CRD; its table convertor parses the path with client-go's JSONPath
    // and, if that fails, prints the default columns only. Both are warnings: the cluster takes the CRD.
    const parsed = parseColumnJsonPath(col.jsonPath);
    if ('error' in parsed) {
      out.push(warning(errors.invalid(rule, pathAt, col.jsonPath, `is not a JSONPath kubectl can print (${parsed.error}): `
        + `the API server accepts the CRD but logs "unrecognized column definition" and prints only the default columns`)));
      return;
    }
    const r = resolveSchemaSegments(root, parsed.segments);
    if ('error' in r) {
      out.push(warning(errors.invalid(rule, pathAt, col.jsonPath, `does not exist in the schema (the column would always be empty): ${r.error}`)));
    }
  });
  return out;
}

/** Selectable fields: paths without array notation, outside metadata, to a string, boolean or integer field. */
export function validateSelectableFields(version: Node, at: string, errors: FieldErrors): Finding[] {
  const rule = 'crd.selectable-fields';
  const fields: Node[] = version.selectableFields ?? [];
  const out: Finding[] = [];
  const root = version.schema?.openAPIV3Schema ?? {};
  const unique = new Set<string>();
  fields.forEach((f, i) => {
    const fAt = child(index(child(at, 'selectableFields'), i), 'jsonPath');
    const p = f.jsonPath;
    if (!p) return void out.push(errors.required(rule, fAt));
    if (p.includes('[')) return void out.push(errors.invalid(rule, fAt, p, 'is an invalid path: array notation is not allowed'));
    const r = resolveSchemaPath(root, p);
    if ('error' in r) return void out.push(errors.invalid(rule, fAt, p, `is an invalid path: ${r.error}`));
    if (p.startsWith('.metadata')) out.push(errors.invalid(rule, fAt, p, 'must not point to fields in metadata'));
    if (!r.schema || !['string', 'boolean', 'integer'].includes(r.schema.type)) {
      out.push(errors.invalid(rule, fAt, p, 'must point to a field of type string, boolean or integer. Enum string fields and strings with formats are allowed.'));
    }
    if (unique.has(p)) out.push(errors.duplicate(rule, fAt, p));
    unique.add(p);
  });
  if (unique.size > MAX_SELECTABLE_FIELDS) out.push(errors.tooMany(rule, child(at, 'selectableFields'), unique.size, MAX_SELECTABLE_FIELDS));
  return out;
}
