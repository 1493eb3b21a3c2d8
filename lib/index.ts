// opkit's public API: the package root (`import { ... } from 'opkit'`). Named exports only, grouped by the stage
// of an operator's life they serve; everything else under lib/ is internal. A change here changes the API report
// (api-report.md, checked by test/api-report.test.ts): regenerate it with `npm run api-report`.

// Authoring: CustomResourceDefinitions as code, schemas and CEL rules.
export { CustomResourceDefinition, type CustomResourceDefinitionProps } from './crd/custom-resource-definition';
export { type CrdVersion, type PrinterColumn, type ScaleSubresource, type ConversionWebhook } from './crd/crd-version';
export {
  Schema, type ObjectSchema, type CommonOptions, type StringFormat, type StringOptions, type NumberOptions,
  type ObjectOptions, type MapOptions, type ArrayOptions, type ListOptions, type IntOrStringOptions, type ResourceOptions,
} from './crd/schema-builder';
export { Cel, type RuleOptions } from './crd/cel-rules';
export { conditionsSchema, observedGenerationSchema } from './crd/conditions';
export { type JSONSchemaProps, type ValidationRule } from './schema/json-schema-props';

// Operator: the controller's manifests.
export { Operator, type OperatorProps } from './operator/operator';
export { type ControllerOptions } from './operator/controller-deployment';
export { ManagedKinds, Verbs, type Verb, type ManagedKind, type ReconciledKind } from './operator/managed-kinds';
export { type WebhookKind, type WebhookTarget, type WebhookOptions } from './operator/webhook-options';
export { type NetworkPolicyOptions, type PeerSelector } from './operator/controller-network-policy';

// Delivery: the GitOps app, Argo CD objects and conventions.
export { GitOpsApp, type GitOpsAppProps } from './gitops/gitops-app';
export { defaultChecks } from './gitops/default-checks';
export { runApp, type RunAppOptions } from './gitops/run-app';
export { SynthError, OutputMirrorError } from './gitops/synth-error';
export { UserError } from './report/user-error';
export { OutputLockedError } from './gitops/output-lock';
export { type RemovedFiles } from './gitops/removed-files';
export { type SynthResult } from './gitops/synth-summary';
export { EnvironmentApplication, type EnvironmentApplicationProps } from './gitops/environment-application';
export { ClusterFanout, type ClusterFanoutProps } from './gitops/cluster-fanout';
export { DeliveryProject, type DeliveryProjectProps } from './gitops/delivery-project';
export { ArgoCdHealthChecks, type ArgoCdHealthChecksProps, type HealthCheckedKind } from './gitops/argocd-health-checks';
export { type GitSource, type ClusterTarget, IN_CLUSTER } from './gitops/delivery-target';
export { syncPolicy, type SyncPolicyOptions, DEFAULT_SYNC_OPTIONS } from './gitops/sync-policy';
export { SYNC_WAVE_ANNOTATION, type SyncWave } from './gitops/sync-waves';
export { SYNC_OPTIONS_ANNOTATION } from './gitops/sync-options';
export { uniqueObjectsPerFolder } from './gitops/unique-objects-check';

// Validation: as the API server does it, from code, the CLI and the cdk8s plugin.
export { createValidator, validationCheck, type Validator, type ValidatorOptions } from './validate/validator';
export { OpkitValidation, type OpkitValidationProps, type PluginContext } from './validate/cdk8s-plugin';
export { readInputs, InputError, type ReadInputsOptions } from './validate/read-files';
export { type ReadLimits } from './validate/read-limits';
export { SchemaRegistry, importedSchemaFiles, type SchemaEntry } from './validate/registry';
export { KUBE_RELEASES, NEWEST_KUBE_RELEASE } from './validate/kube-releases';
export { type UnknownFieldPolicy } from './validate/compiled-schema';
export { validateCustomResourceDefinition, crdManifestCheck, formatCrdFinding, type ValidateCrdOptions } from './crd/validation/validate-crd';
export { checkPolicy, policyCheck } from './policy/policy-check';
export { ACCEPT_ANNOTATION, acceptFinding } from './policy/accept';
export { formatFinding, type Finding, type ObjectRef, type Origin, type Severity } from './report/finding';
export { type Manifest, type CheckContext, type ManifestCheck } from './report/manifest';

// Upgrades: CRD revision checks (at synth and `opkit validate --previous`) and object-level diffs of output folders.
export { checkCrdUpgrade, crdUpgradeCheck, previousByIdentity, type PreviousLookup } from './crd/upgrade/check-crd-upgrade';
export { diffObjects, type DiffObject, type ObjectChange, type ObjectDiff } from './diff/object-diff';
export { diffValues, type FieldChange } from './diff/value-diff';
export { renderDiff, type DiffFormat } from './diff/render-diff';
