import * as fs from 'node:fs';
import * as path from 'node:path';
import { listFiles } from './manifest-files';

/** Files of the old output that the new one does not have, and where copies of them were kept. */
export interface RemovedFiles {
  /** Relative to the output folder, in byte order. */
  readonly files: readonly string[];
  /** The folder with the copies, as shown to the user: `dist.removed/<time>`. */
  readonly backup: string;
  /** The same folder, absolute. */
  readonly backupPath: string;
}

/**
 * The output is replaced as a whole, so a file in it that this synth does not write (a chart that was removed,
 * or a file added by hand) disappears from it. Nothing goes silently: each such file is copied to
 * `<outdir>.removed/<UTC time>/` first, and the summary names them and the copy.
 */
export function keepRemovedFiles(target: string, staging: string, displayOutdir: string): RemovedFiles | undefined {
  const written = new Set(listFiles(staging));
  const files = listFiles(target).filter((f) => !written.has(f));
  if (files.length === 0) return undefined;
  const root = `${target}.removed`;
  fs.mkdirSync(root, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const backup = fs.mkdtempSync(path.join(root, `${stamp}-`));
  for (const f of files) {
    const to = path.join(backup, ...f.split('/'));
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(path.join(target, ...f.split('/')), to);
  }
  return { files, backup: `${displayOutdir}.removed/${path.basename(backup)}`, backupPath: backup };
}

/** Delete the copies again, for a synth that failed after all: the output still has those files. */
export function discardRemovedFiles(removed: RemovedFiles): void {
  fs.rmSync(removed.backupPath, { recursive: true, force: true });
  const root = path.dirname(removed.backupPath);
  if (fs.readdirSync(root).length === 0) fs.rmdirSync(root);
}
