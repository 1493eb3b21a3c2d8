import * as fs from 'node:fs';

/**
 * Replace `target` by `staging` with two renames on one file system. If the second rename fails, the first is
 * undone, so `target` is as it was. The window between them is only between two system calls; a
 * `<target>.previous` left by a crash there is restored by {@link recoverInterruptedReplace}, which this and
 * every GitOpsApp synth run first.
 */
export function replaceDir(staging: string, target: string): void {
  recoverInterruptedReplace(target);
  const previous = `${target}.previous`;
  fs.rmSync(previous, { recursive: true, force: true });
  const hadTarget = fs.existsSync(target);
  if (hadTarget) fs.renameSync(target, previous);
  try {
    fs.renameSync(staging, target);
  } catch (err) {
    if (hadTarget) fs.renameSync(previous, target);
    throw err;
  }
  // The new output is in place: failing to delete the old one must not fail the synth. A leftover is deleted by
  // the next replace.
  try {
    fs.rmSync(previous, { recursive: true, force: true });
  } catch {
    // best effort, see above
  }
}

/** Undo a {@link replaceDir} that stopped between its two renames: put `<target>.previous` back. */
export function recoverInterruptedReplace(target: string): void {
  const previous = `${target}.previous`;
  if (!fs.existsSync(target) && fs.existsSync(previous)) fs.renameSync(previous, target);
}
