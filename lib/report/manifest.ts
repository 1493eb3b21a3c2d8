import * as path from 'node:path';
import { Finding, Origin } from './finding';

/** One synthesized (or read) Kubernetes object and where it came from. */
export interface Manifest {
  /** The object as plain JSON (apiVersion, kind, metadata, ...). */
  readonly object: Record<string, any>;
  readonly origin: Origin;
}

/** What a check may know besides the manifests themselves. */
export interface CheckContext {
  /**
   * The objects of the previous output (the committed dist/), for transition rules (`oldSelf`): for GitOps,
   * that is the update the cluster will see. Absent on a first synth.
   */
  readonly previous?: readonly Manifest[];
  /**
   * The Kubernetes release the manifests are applied to (GitOpsApp: the folder's cluster), when known; checks
   * that depend on it (schemas of built-in kinds, served apiVersions, CEL libraries) use it over their default.
   */
  readonly kubeVersion?: string;
}

/**
 * A check over a whole set of manifests (schema validation, policy, ...). GitOpsApp runs every check
 * between synthesizing into staging and replacing dist/; `opkit validate` runs them over files.
 */
export type ManifestCheck = (manifests: readonly Manifest[], context: CheckContext) => Finding[];

/**
 * The output folder a manifest was written to or read from: for GitOps, one folder is what one Argo CD
 * Application syncs (a folder of its own manifests; sub-folders are their own). The synth runs its checks per
 * folder and `opkit validate` looks for duplicate objects per folder, both by this.
 */
export function folderOf(m: Manifest): string {
  return path.posix.dirname(m.origin.file ?? '');
}
