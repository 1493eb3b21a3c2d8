/**
 * Limits on untrusted input. Each is reported as a finding naming the limit when hit, never a crash.
 */
export interface ReadLimits {
  /**
   * Largest file (or stdin) read, in bytes.
   * @default 64 MiB
   */
  readonly maxFileBytes?: number;
  /**
   * Largest single YAML document, in bytes: the API server refuses requests above 3 MiB.
   * @default 3 MiB
   */
  readonly maxDocumentBytes?: number;
  /**
   * Deepest nesting of mappings and sequences. Stricter than the API server's 10,000 so that no check
   * (all are recursive) can exhaust the stack; real manifests stay far below 100.
   * @default 1000
   */
  readonly maxDepth?: number;
  /**
   * Most alias dereferences per document (yaml's `maxAliasCount`): stops "billion laughs" expansion.
   * @default 100
   */
  readonly maxAliasCount?: number;
}

export const DEFAULT_LIMITS: Required<ReadLimits> = {
  maxFileBytes: 64 * 1024 * 1024,
  maxDocumentBytes: 3 * 1024 * 1024,
  maxDepth: 1000,
  maxAliasCount: 100,
};
