/**
 * Findings are values: every check in the library (CRD rules, schema and CEL validation, policy) returns them,
 * and one reporter prints them. Nothing deep inside throws a string for a user error.
 */

/** Identity of a Kubernetes object a finding is about. */
export interface ObjectRef {
  readonly apiVersion?: string;
  readonly kind?: string;
  readonly namespace?: string;
  readonly name?: string;
}

/** Where an object came from: a construct in a cdk8s app, or a document in a file. */
export interface Origin {
  /** The construct path, e.g. `cache-operator/Api/CacheCluster/Resource`. */
  readonly constructPath?: string;
  /** The file, as given by the user. */
  readonly file?: string;
  /** 0-based index of the YAML document in the file; messages show it 1-based ({@link documentLabel}). */
  readonly documentIndex?: number;
  /** 1-based line of the document (or of the field, when known). */
  readonly line?: number;
  /** 1-based column, when known. */
  readonly column?: number;
}

export type Severity = 'error' | 'warning';

/** One problem found by a check. */
export interface Finding {
  readonly severity: Severity;
  /** A stable identifier of the rule that produced it, e.g. `crd.names.plural` or `schema.maximum`. */
  readonly rule: string;
  /**
   * The field path inside the object (or schema), in kubectl's form: `spec.versions[0].name`,
   * `spec.containers[name="manager"]`... Empty for the object as a whole.
   */
  readonly field?: string;
  /** The message, in the API server's style: `Invalid value: 50: must be less than or equal to 10`. */
  readonly message: string;
  readonly object?: ObjectRef;
  readonly origin?: Origin;
}

/**
 * `spec.size: Invalid value: 50: ...`, the line kubectl prints for a field error, after the construct path and
 * object. The body of every finding line: opkit validate's text and JUnit, synth errors, CRD findings.
 */
export function formatFinding(f: Finding): string {
  const where = [f.origin?.constructPath, describeObject(f.object)].filter(Boolean).join(' ');
  const field = f.field ? `${f.field}: ` : '';
  return `${where ? `${where}: ` : ''}${field}${f.message}`;
}

/**
 * `document 3` for the document at 0-based index 2: numbered from 1, as editors and kubeconform show documents.
 * Every message numbers documents this way (opkit validate's text and JUnit, synth errors, duplicate objects).
 */
export function documentLabel(documentIndex: number): string {
  return `document ${documentIndex + 1}`;
}

/** `CacheCluster apps/sessions`, or as much of it as is known. */
export function describeObject(ref: ObjectRef | undefined): string {
  if (!ref) return '';
  const name = ref.name ? (ref.namespace ? `${ref.namespace}/${ref.name}` : ref.name) : '';
  return [ref.kind, name].filter(Boolean).join(' ');
}
