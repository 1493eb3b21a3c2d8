/**
 * ObjectMeta checks of apimachinery's `ValidateObjectMeta`: name or generateName, namespace, label and
 * annotation keys and values, the 256 KiB annotation budget. The type-level checks of metadata are the schema's.
 */
import { Finding } from '../report/finding';
import { invalid, required } from '../apimachinery/field-errors';
import { isDns1123Label, isQualifiedName, isValidLabelValue } from '../apimachinery/name-formats';
import { NameRule } from './kind-name-rules';

/** TotalAnnotationSizeLimitB: the API server's limit on all annotation keys and values together. */
export const TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;

export interface MetadataOptions {
  /** The kind's name rule (see `nameRuleFor`). */
  readonly nameRule: NameRule;
  /** Whether a name (or generateName) is required: true for top-level objects, false for embedded ones. */
  readonly requireName: boolean;
}

export function validateMetadata(meta: unknown, path: string, opts: MetadataOptions, out: Finding[]): void {
  if (meta === undefined || meta === null) {
    if (opts.requireName) out.push(required('metadata.name', `${path}.name`, 'name or generateName is required'));
    return;
  }
  if (typeof meta !== 'object' || Array.isArray(meta)) return; // the schema reports the type
  const m = meta as Record<string, unknown>;
  const name = Object.hasOwn(m, 'name') ? m.name : undefined;
  const generateName = Object.hasOwn(m, 'generateName') ? m.generateName : undefined;
  if (typeof name === 'string' && name !== '') {
    for (const e of opts.nameRule(name)) out.push(invalid('metadata.name', `${path}.name`, name, e));
  } else if (typeof generateName === 'string' && generateName !== '') {
    // The API server appends a random suffix, so a trailing '-' is allowed here (maskTrailingDash).
    const masked = generateName.length > 1 && generateName.endsWith('-') ? `${generateName.slice(0, -1)}a` : generateName;
    for (const e of opts.nameRule(masked)) out.push(invalid('metadata.generateName', `${path}.generateName`, generateName, e));
  } else if (opts.requireName) {
    out.push(required('metadata.name', `${path}.name`, 'name or generateName is required'));
  }
  const ns = Object.hasOwn(m, 'namespace') ? m.namespace : undefined;
  if (typeof ns === 'string' && ns !== '') {
    for (const e of isDns1123Label(ns)) out.push(invalid('metadata.namespace', `${path}.namespace`, ns, e));
  }
  validateLabels(Object.hasOwn(m, 'labels') ? m.labels : undefined, `${path}.labels`, out);
  validateAnnotations(Object.hasOwn(m, 'annotations') ? m.annotations : undefined, `${path}.annotations`, out);
}

/** ValidateLabels: every key a qualified name, every value a label value. */
export function validateLabels(labels: unknown, path: string, out: Finding[]): void {
  if (!isMap(labels)) return;
  for (const [k, v] of Object.entries(labels)) {
    for (const e of isQualifiedName(k)) out.push(invalid('metadata.labels', path, k, e));
    if (typeof v === 'string') for (const e of isValidLabelValue(v)) out.push(invalid('metadata.labels', path, v, e));
  }
}

/** ValidateAnnotations: keys are qualified names (compared lower-cased), the total size at most 256 KiB. */
export function validateAnnotations(annotations: unknown, path: string, out: Finding[]): void {
  if (!isMap(annotations)) return;
  let total = 0;
  for (const [k, v] of Object.entries(annotations)) {
    for (const e of isQualifiedName(k.toLowerCase())) out.push(invalid('metadata.annotations', path, k, e));
    total += Buffer.byteLength(k) + (typeof v === 'string' ? Buffer.byteLength(v) : 0);
  }
  if (total > TOTAL_ANNOTATION_SIZE_LIMIT) {
    out.push({ severity: 'error', rule: 'metadata.annotations', field: path,
      message: `Too long: must have at most ${TOTAL_ANNOTATION_SIZE_LIMIT} bytes` });
  }
}

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
