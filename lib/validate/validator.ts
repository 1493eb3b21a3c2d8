import { celRuleEngine } from '../cel/cel-rule-engine';
import { ManifestCheck } from '../report/manifest';
import { buildValidator, Validator, ValidatorOptions } from './validator-core';

export { DuplicateScope, Validator, ValidatorOptions } from './validator-core';

/** The validator, with lib/cel evaluating `x-kubernetes-validations` unless `options.ruleEngine` says otherwise. */
export function createValidator(options: ValidatorOptions = {}): Validator {
  return buildValidator(options, () => celRuleEngine);
}

/** A ManifestCheck for GitOpsApp and other pipelines: `createValidator(options).validate`. */
export function validationCheck(options: ValidatorOptions = {}): ManifestCheck {
  const validator = createValidator(options);
  return (manifests, context) => validator.validate(manifests, context);
}
