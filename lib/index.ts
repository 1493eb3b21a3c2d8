export * from './crd/schema';
export * from './crd/custom-resource-definition';
export * from './operator/operator';
export * from './gitops/gitops-app';
export * from './report/finding';
export * from './report/manifest';
export * from './cel';
