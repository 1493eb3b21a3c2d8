// kubectl-validate's own test cases (../shared/conformance/kubectl-validate): each must end as upstream
// expects it, verdict and field of each cause (see conformance-cases.ts for how a case is read and compared).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CASES_DIR, caseFiles, runCase } from './conformance-cases';

const present = fs.existsSync(CASES_DIR);
if (!present) console.warn(`conformance-kubectl-validate.test: ${CASES_DIR} is absent: kubectl-validate's cases are skipped`);

/**
 * Cases that need the API server's Go-coded validation of built-in kinds (issue 13 item 4, done in another
 * branch): the OpenAPI documents say neither that a container's image is required nor which port protocols
 * exist (kubectl-validate patches both into its 1.23 schemas). And one case that needs the CRD rules of issue 12:
 * the API server defaults `listKind` (cause 4) and reports a v1 CRD's schema errors at `spec.validation` when
 * every version has the same schema (v1 → internal conversion hoists it).
 */
const NEEDS_OTHER_WORK: Record<string, string> = {
  'error_missing_image.yaml': 'Go-coded rule: a container image is required (ValidatePodSpec, issue 13 item 4)',
  'error_enum_invalid.yaml': 'Go-coded rule: port protocol must be SCTP, TCP or UDP (validateContainerPorts, issue 13 item 4)',
  'error_crd_typo.yaml': 'CRD rules: listKind defaulted (issue 12 cause 4) and schema errors at spec.validation for identical per-version schemas',
};

describe.skipIf(!present)('kubectl-validate conformance cases', () => {
  const files = present ? caseFiles() : [];

  test('the cases are there', () => {
    expect(files.length).toBeGreaterThanOrEqual(31);
  });

  for (const file of files) {
    const name = path.basename(file);
    const reason = NEEDS_OTHER_WORK[name];
    test.skipIf(!!reason)(`${name}${reason ? ` (skipped: ${reason})` : ''}`, () => {
      expect(runCase(file).problems).toEqual([]);
    });
  }
});
