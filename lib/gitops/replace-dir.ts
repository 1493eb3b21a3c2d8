import * as fs from 'node:fs';

/**
 * Replace `target` by `staging` with two renames on one file system. The window between them is only
 * between two system calls; a leftover `<target>.previous` from a crash there is restored on the next run.
 */
export function replaceDir(staging: string, target: string): void {
  const previous = `${target}.previous`;
  if (!fs.existsSync(target) && fs.existsSync(previous)) fs.renameSync(previous, target);
  fs.rmSync(previous, { recursive: true, force: true });
  if (fs.existsSync(target)) fs.renameSync(target, previous);
  fs.renameSync(staging, target);
  fs.rmSync(previous, { recursive: true, force: true });
}
