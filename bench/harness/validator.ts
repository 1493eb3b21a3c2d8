// The validator (lib/validate, built in parallel) as the bench uses it, feature-detected: the bench runs on a
// tree without it and says so, and measures it as soon as it is merged.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { GitOpsAppProps } from '../../lib';
import type { Finding } from '../../lib/report/finding';
import { ROOT } from './env';

/** Printed (and recorded) wherever a figure needs the validator and it is absent. */
export const VALIDATOR_MISSING = 'validator not present (lib/validate)';

/** Validates plain objects as `opkit validate` would, returning its findings. */
export type ValidateObjects = (objects: readonly Record<string, any>[]) => Finding[];

function library(): Record<string, any> | undefined {
  if (!fs.existsSync(path.join(ROOT, 'lib', 'validate'))) return undefined;
  // A computed path: this file must type-check on a tree where lib/ exports no validator yet.
  const lib = require(path.join(ROOT, 'lib'));
  return typeof lib.createValidator === 'function' ? lib : undefined;
}

/** Whether lib/validate is present and exported. */
export function validatorPresent(): boolean {
  return library() !== undefined;
}

/** A validator that knows the CRDs in `crdFiles` (besides the built-in kinds and the project's own CRDs). */
export function loadValidator(crdFiles: readonly string[]): ValidateObjects | undefined {
  const lib = library();
  if (!lib) return undefined;
  const validator = lib.createValidator({ crds: crdFiles.map((f) => fs.readFileSync(f, 'utf8')) });
  return (objects) => validator.validate(objects);
}

/** GitOpsApp props that make synth run the validator's checks (none when the validator is absent). */
export function synthChecks(): Partial<GitOpsAppProps> {
  const lib = library();
  if (!lib) return {};
  return { checks: [lib.createValidator({}).check] } as Partial<GitOpsAppProps>;
}
