/** The `app.kubernetes.io/*` labels every object of an operator carries. */

/** What the standard labels are made of. */
export interface OperatorLabelValues {
  /** `app.kubernetes.io/name` and `app.kubernetes.io/part-of`. */
  readonly name: string;
  /** `app.kubernetes.io/instance`: distinguishes installations of the same operator. */
  readonly instance: string;
  /** `app.kubernetes.io/version`, from the image tag. */
  readonly version?: string;
}

export const MANAGED_BY = 'opkit';

/**
 * The labels the controller's pods are selected by. They never change for the life of a Deployment (the
 * selector is immutable), so they hold neither the version nor anything derived from the construct path.
 */
export function selectorLabels(v: OperatorLabelValues): Record<string, string> {
  return { 'app.kubernetes.io/name': v.name, 'app.kubernetes.io/instance': v.instance };
}

/** The full recommended label set for one object of the operator, e.g. component `controller` or `rbac`. */
export function standardLabels(v: OperatorLabelValues, component: string): Record<string, string> {
  return {
    ...selectorLabels(v),
    'app.kubernetes.io/component': component,
    'app.kubernetes.io/part-of': v.name,
    'app.kubernetes.io/managed-by': MANAGED_BY,
    ...(v.version ? { 'app.kubernetes.io/version': v.version } : {}),
  };
}

/** A label value is at most 63 characters of `[A-Za-z0-9._-]`, alphanumeric at both ends. */
export function toLabelValue(s: string): string {
  return s.replace(/[^A-Za-z0-9._-]/g, '-').slice(0, 63).replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
}
