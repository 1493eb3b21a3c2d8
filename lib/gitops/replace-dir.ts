import * as fs from 'node:fs';

/**
 * Replace `target` by `staging` with two renames on one file system. The window between them is only
 * between two system calls; a `<target>.previous` left by a crash there is restored by
 * {@link recoverInterruptedReplace}, which this and every GitOpsApp synth run first.
 */
export function replaceDir(staging: string, target: string): void {
  recoverInterruptedReplace(target);
  const previous = `${target}.previous`;
  fs.rmSync(previous, { recursive: true, force: true });
  if (fs.existsSync(target)) fs.renameSync(target, previous);
  fs.renameSync(staging, target);
  fs.rmSync(previous, { recursive: true, force: true });
}

/** Undo a {@link replaceDir} that stopped between its two renames: put `<target>.previous` back. */
export function recoverInterruptedReplace(target: string): void {
  const previous = `${target}.previous`;
  if (!fs.existsSync(target) && fs.existsSync(previous)) fs.renameSync(previous, target);
}
