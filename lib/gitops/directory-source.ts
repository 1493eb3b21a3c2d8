import * as path from 'node:path';
import { Finding } from '../report/finding';
import { listFiles } from './manifest-files';

/** Files that turn an Argo CD directory source into a Kustomize or Helm source. */
const TOOL_MARKERS = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization', 'Chart.yaml']);

/**
 * Argo CD reads a folder of plain manifests (a directory source) only while it holds no Kustomize or Helm
 * marker file, and it reads only `.yaml`, `.yml` and `.json` files; opkit writes `.yaml` only. Checks the output
 * tree `dir`, named `displayDir` in messages.
 */
export function directorySourceFindings(dir: string, displayDir: string): Finding[] {
  return listFiles(dir).flatMap((rel): Finding[] => {
    const file = path.posix.join(displayDir, rel);
    if (TOOL_MARKERS.has(path.posix.basename(rel))) {
      return [{ severity: 'error', rule: 'gitops.directory-source', origin: { file },
        message: `${file} would make Argo CD read its folder as a Kustomize or Helm source, not as plain manifests` }];
    }
    if (!rel.endsWith('.yaml')) {
      return [{ severity: 'error', rule: 'gitops.directory-source', origin: { file },
        message: `${file} is not a .yaml manifest; Argo CD would ignore or misread it` }];
    }
    return [];
  });
}
