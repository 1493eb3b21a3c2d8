export * from './compile';
export * from './evaluate';
export * from './crd-rules-check';
export { schemaCelType, type SchemaCelType } from './schema-cel-type';
export { estimateRuleCost, STATIC_ESTIMATED_COST_LIMIT, STATIC_ESTIMATED_CRD_COST_LIMIT } from './static-cost';
export { PER_CALL_COST_LIMIT as CEL_PER_CALL_COST_LIMIT } from './cost-guard';
export { kubernetesEnv as kubernetesCelEnv } from './environment';
export * from './cel-rule-engine';
