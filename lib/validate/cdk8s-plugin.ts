/**
 * opkit's validator as a cdk8s validation plugin: list it under `validations:` in cdk8s.yaml and `cdk8s synth`
 * checks every synthesized manifest as the API server would. Only the plugin *shape* of cdk8s-cli is used
 * (structural types below), so this module does not depend on cdk8s-cli at run time.
 */
import { Finding } from '../report/finding';
import { readInputs } from './read-files';
import { UnknownFieldPolicy } from './compiled-schema';
import { createValidator } from './validator';

/** Properties of {@link OpkitValidation}, from `properties:` of the cdk8s.yaml entry. */
export interface OpkitValidationProps {
  /**
   * CRD files or folders whose custom resources are checked (CRDs among the synthesized manifests are used too).
   * @default none
   */
  readonly crds?: string[];
  /**
   * Compact schema files (`imports/<group>.schemas.json`).
   * @default none
   */
  readonly schemaFiles?: string[];
  /**
   * Kubernetes release validated for: built-in kinds' schemas and served apiVersions (1.27–1.35), CEL libraries.
   * @default NEWEST_KUBE_RELEASE ('1.35')
   */
  readonly kubeVersion?: string;
  /**
   * Objects with no known schema are violations instead of log lines.
   * @default false
   */
  readonly strictSchemas?: boolean;
  /**
   * How unknown fields are reported.
   * @default 'error'
   */
  readonly unknownFields?: UnknownFieldPolicy;
  /**
   * Namespaced objects must set metadata.namespace.
   * @default false
   */
  readonly requireNamespace?: boolean;
}

/** The parts of cdk8s-cli's `ValidationContext` the plugin uses. */
export interface PluginContext {
  readonly manifests: readonly string[];
  readonly report: {
    addViolation(v: {
      ruleName: string; recommendation: string; fix: string;
      violatingResources: { resourceName: string; locations: string[]; manifestPath: string }[];
    }): void;
    submit(status: 'success' | 'failure', metadata?: Record<string, string>): void;
  };
  readonly logger: { log(message: string): void };
}

export class OpkitValidation {
  constructor(private readonly props: OpkitValidationProps = {}) {}

  public async validate(context: PluginContext): Promise<void> {
    const crds = this.props.crds?.length ? readInputs(this.props.crds).manifests.map((m) => m.object) : [];
    const validator = createValidator({ ...this.props, crds });
    const input = readInputs(context.manifests);
    const findings = [...input.findings, ...validator.validate(input.manifests)];
    const errors = findings.filter((f) => f.severity === 'error');
    for (const w of findings.filter((f) => f.severity === 'warning')) context.logger.log(`opkit: warning: ${w.field ? `${w.field}: ` : ''}${w.message}`);
    // One violation per rule and message, listing every resource it applies to, as cdk8s-cli's report groups them.
    const groups = new Map<string, Finding[]>();
    for (const f of errors) {
      const key = `${f.rule}\u0000${f.message}`;
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    for (const group of groups.values()) {
      const [first] = group;
      context.report.addViolation({
        ruleName: first.rule,
        recommendation: first.message,
        fix: fixFor(first),
        violatingResources: group.map((f) => ({
          resourceName: f.object?.name ?? '',
          locations: [f.field ? `${f.field}${f.origin?.line ? ` (line ${f.origin.line})` : ''}` : `line ${f.origin?.line ?? '?'}`],
          manifestPath: f.origin?.file ?? '',
        })),
      });
    }
    context.report.submit(errors.length ? 'failure' : 'success', {
      objects: String(input.manifests.length), errors: String(errors.length), warnings: String(findings.length - errors.length),
    });
  }
}

function fixFor(f: Finding): string {
  if (f.rule === 'schema.unknown-field') return 'Remove the field or correct its spelling; the schema does not declare it.';
  if (f.rule === 'schema.unknown-kind') return 'Pass the CRD of this kind in the plugin\'s `crds` property.';
  if (f.rule === 'object.duplicate') return 'Give one of the two objects another name or namespace.';
  return 'Change the value so that it satisfies the schema of its kind.';
}
