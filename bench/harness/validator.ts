// The validator as the bench uses it: the library's own, with CEL (its default rule engine).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { createValidator, Finding, GitOpsAppProps, validationCheck } from 'opkit';
import { KINDS, KindName } from '../fixtures/objects';
import { ROOT, sharedCrd } from './env';

/** Validates plain objects as `opkit validate` would, returning its findings. */
export type ValidateObjects = (objects: readonly Record<string, any>[]) => Finding[];

/** The CRD objects in YAML files. */
function readCrds(files: readonly string[]): Record<string, any>[] {
  return files.flatMap((f) => parseAllDocuments(fs.readFileSync(f, 'utf8')).map((d) => d.toJS()))
    .filter((o) => o?.kind === 'CustomResourceDefinition');
}

/**
 * A validator that knows the built-in kinds, the CRDs in `crdFiles` and the compact schemas in `schemaFiles`
 * (`imports/<group>.schemas.json`), with CEL.
 */
export function loadValidator(crdFiles: readonly string[], schemaFiles: readonly string[] = []): ValidateObjects {
  const validator = createValidator({ crds: readCrds(crdFiles), schemaFiles: [...schemaFiles] });
  return (objects) => validator.validate(objects.map((object) => ({ object, origin: {} })));
}

/**
 * GitOpsApp props that make synth validate every object (the CRDs among them provide the CRs' schemas), as
 * GitOps output: namespaces required.
 */
export function synthChecks(): Partial<GitOpsAppProps> {
  return { checks: [validationCheck({ requireNamespace: true })] };
}

/** Where a fixture kind's schema comes from, as absolute paths: CRD files, and compact schema files. */
export function schemaSources(kind: KindName): { crdFiles: string[]; schemaFiles: string[] } {
  return {
    crdFiles: KINDS[kind].sharedCrds.map(sharedCrd),
    schemaFiles: KINDS[kind].schemaFiles.map((f) => path.join(ROOT, f)),
  };
}
