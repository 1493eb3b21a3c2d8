import type { RuleEngine } from '../schema/rule-engine';
import { compileSchemaRules, CompiledSchemaRules } from './compile';
import { evaluateRules } from './evaluate';

/** The validator's CEL seam, backed by this module: rules compiled once per schema, evaluated per object. */
export const celRuleEngine: RuleEngine<CompiledSchemaRules> = {
  compile: (schema, { kubeVersion }) => compileSchemaRules(schema, { kubeVersion }),
  evaluate: (compiled, value, oldValue) => evaluateRules(compiled, value, oldValue),
  problems: (compiled) => compiled.findings,
};
