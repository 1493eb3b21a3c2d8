import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Replace `target` by `staging` with two renames on one file system. If the second rename fails, the first is
 * undone, so `target` is as it was. The window between them is only between two system calls; a
 * `<target>.previous` left by a crash there is restored by {@link recoverInterruptedReplace}, which this and
 * every GitOpsApp synth run first. Callers hold the output lock (`lockOutput`).
 */
export function replaceDir(staging: string, target: string): void {
  recoverInterruptedReplace(target);
  const previous = `${target}.previous`;
  try {
    removeTree(previous);
  } catch (err) {
    throw new Error(`cannot remove ${previous}, left by an earlier synth: ${err instanceof Error ? err.message : String(err)}; `
      + 'remove it by hand', { cause: err });
  }
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
    removeTree(previous);
  } catch {
    // best effort, see above
  }
}

/** Undo a {@link replaceDir} that stopped between its two renames: put `<target>.previous` back. */
export function recoverInterruptedReplace(target: string): void {
  const previous = `${target}.previous`;
  if (!fs.existsSync(target) && fs.existsSync(previous)) fs.renameSync(previous, target);
}

/** The prefix of staging folders beside `target`: `.<name>.staging-`. */
export function stagingPrefix(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.staging-`);
}

/**
 * Remove the staging folders of killed synths. Only the lock holder calls this, and only the lock holder creates
 * staging folders, so none of them is in use.
 */
export function removeStaleStaging(target: string): void {
  const prefix = path.basename(stagingPrefix(target));
  const parent = path.dirname(target);
  if (!fs.existsSync(parent)) return;
  for (const name of fs.readdirSync(parent)) {
    if (name.startsWith(prefix)) removeTree(path.join(parent, name));
  }
}

/**
 * `rm -rf` that also removes read-only folders (a dist/ made read-only, e.g. `chmod -R a-w`): deleting an entry
 * needs write permission on its folder, so on EACCES the folders are made writable for their owner (us) first.
 */
export function removeTree(dir: string): void {
  try {
    fs.rmSync(dir, { recursive: true, force: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EACCES' && code !== 'EPERM') throw err;
    makeFoldersWritable(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** chmod u+rwx on `dir` and every folder below it (links are not followed); iterative. */
function makeFoldersWritable(dir: string): void {
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop()!;
    const st = fs.lstatSync(d);
    if (!st.isDirectory()) continue;
    fs.chmodSync(d, st.mode | 0o700);
    for (const e of fs.readdirSync(d, { withFileTypes: true })) if (e.isDirectory()) stack.push(path.join(d, e.name));
  }
}
