export * from './compile';
export * from './evaluate';
export * from './crd-rules-check';
export { schemaCelType, typeName, type SchemaCelType } from './schema-types';
export * from './kube-version';
export { estimateRuleCost, maxCardinality, STATIC_ESTIMATED_COST_LIMIT, STATIC_ESTIMATED_CRD_COST_LIMIT } from './static-cost';
export { PER_CALL_COST_LIMIT } from './cost-guard';
export { kubernetesEnv } from './environment';
