// The validator (lib/validate, and lib/cel for CEL rules; built in parallel) as the bench uses it,
// feature-detected: the bench runs on a tree without them and says so, and measures them once merged.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { GitOpsAppProps } from '../../lib';
import type { Finding } from '../../lib/report/finding';
import type { Manifest, ManifestCheck } from '../../lib/report/manifest';
import { KINDS, KindName } from '../fixtures/objects';
import { ROOT, sharedCrd } from './env';

/** Printed (and recorded) wherever a figure needs the validator and it is absent. */
export const VALIDATOR_MISSING = 'validator not present (lib/validate)';

/** Validates plain objects as `opkit validate` would, returning its findings. */
export type ValidateObjects = (objects: readonly Record<string, any>[]) => Finding[];

/** The parts of lib's public API the bench calls; typed here because today's lib may not export them yet. */
interface ValidatorApi {
  createValidator(options: Record<string, unknown>): { validate(manifests: readonly Manifest[]): Finding[] };
  validationCheck(options: Record<string, unknown>): ManifestCheck;
  compileSchemaRules?: (schema: unknown, options: { kubeVersion: string }) => unknown;
  evaluateRules?: (compiled: unknown, value: unknown, oldValue?: unknown) => Finding[];
}

function library(): ValidatorApi | undefined {
  if (!fs.existsSync(path.join(ROOT, 'lib', 'validate'))) return undefined;
  // A computed path: this file must type-check on a tree where lib/ exports no validator yet.
  const lib = require(path.join(ROOT, 'lib'));
  return typeof lib.createValidator === 'function' && typeof lib.validationCheck === 'function' ? lib : undefined;
}

/** lib/cel as the validator's RuleEngine (compile once per schema, evaluate per object), when present. */
function ruleEngine(lib: ValidatorApi): object | undefined {
  const { compileSchemaRules, evaluateRules } = lib;
  if (!compileSchemaRules || !evaluateRules) return undefined;
  return {
    compile: (schema: unknown, options: { kubeVersion: string }) => compileSchemaRules(schema, options),
    evaluate: (compiled: unknown, value: unknown, oldValue?: unknown) => evaluateRules(compiled, value, oldValue),
  };
}

/** Whether lib/validate is present and exported. */
export function validatorPresent(): boolean {
  return library() !== undefined;
}

/** Whether CEL rules are evaluated (lib/cel present and exported). */
export function celPresent(): boolean {
  const lib = library();
  return lib !== undefined && ruleEngine(lib) !== undefined;
}

/** The CRD objects in YAML files. */
function readCrds(files: readonly string[]): Record<string, any>[] {
  return files.flatMap((f) => parseAllDocuments(fs.readFileSync(f, 'utf8')).map((d) => d.toJS()))
    .filter((o) => o?.kind === 'CustomResourceDefinition');
}

/**
 * A validator that knows the built-in kinds, the CRDs in `crdFiles` and the compact schemas in `schemaFiles`
 * (`imports/<group>.schemas.json`), with CEL when lib/cel is present.
 */
export function loadValidator(crdFiles: readonly string[], schemaFiles: readonly string[] = []): ValidateObjects | undefined {
  const lib = library();
  if (!lib) return undefined;
  const validator = lib.createValidator({ crds: readCrds(crdFiles), schemaFiles, ruleEngine: ruleEngine(lib) });
  return (objects) => validator.validate(objects.map((object) => ({ object, origin: {} })));
}

/**
 * GitOpsApp props that make synth validate every object (the CRDs among them provide the CRs' schemas), as
 * GitOps output: namespaces required. Empty when the validator is absent.
 */
export function synthChecks(): Partial<GitOpsAppProps> {
  const lib = library();
  if (!lib) return {};
  const checks = [lib.validationCheck({ ruleEngine: ruleEngine(lib), requireNamespace: true })];
  return { checks } as Partial<GitOpsAppProps>;
}

/** Where a fixture kind's schema comes from, as absolute paths: CRD files, and compact schema files. */
export function schemaSources(kind: KindName): { crdFiles: string[]; schemaFiles: string[] } {
  return {
    crdFiles: KINDS[kind].sharedCrds.map(sharedCrd),
    schemaFiles: KINDS[kind].schemaFiles.map((f) => path.join(ROOT, f)),
  };
}
