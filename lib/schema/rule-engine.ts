import { JSONSchemaProps } from './json-schema-props';
import { Finding } from '../report/finding';

/**
 * The seam for `x-kubernetes-validations` (CEL). The validator stays free of CEL: it compiles each schema once
 * with `compile` and, for every object whose structural checks passed (as the API server only runs CEL on
 * structurally valid objects), calls `evaluate` with the object and, for transition rules, the previous object
 * of the same identity. lib/cel provides the implementation (`celRuleEngine`, createValidator's default).
 */
export interface RuleEngine<C = unknown> {
  /** Compiles every rule of the schema (a whole CRD version's openAPIV3Schema). Called once per schema. */
  compile(schema: JSONSchemaProps, options: { readonly kubeVersion: string }): C;
  /** Evaluates the compiled rules on `value`; `oldValue` is the previous version of the object, if any. */
  evaluate(compiled: C, value: unknown, oldValue?: unknown): Finding[];
  /**
   * Problems of the compiled rules: a rule that does not compile for the Kubernetes version (the API server would
   * refuse the CRD) or that cannot be checked. The validator reports them once per kind, on its first object.
   * @default none
   */
  problems?(compiled: C): readonly Finding[];
}
