// The validator's public API (lib/index.ts re-exports it). Internals (the compiler, name rules) stay private.
export { KUBE_RELEASES, NEWEST_KUBE_RELEASE } from './kube-releases';
export * from './cdk8s-plugin';
export { validateMetadata } from './metadata';
export * from './read-files';
export * from './read-limits';
export { locateField, parseYaml, ReadResult } from './read-yaml';
export * from './registry';
export * from '../schema/rule-engine';
export * from './compiled-schema';
export * from './validate-value';
export * from './validator';
