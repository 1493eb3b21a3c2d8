import * as fs from 'node:fs';
import * as path from 'node:path';
import { UserError } from '../report/user-error';

/**
 * Where the output folder really is. A symbolic link (`dist -> ../deploy/operator`) is followed: the folder it
 * points to is replaced, atomically, beside itself, and the link stays as it is. The link's target need not exist
 * (first synth, or a replace interrupted between its renames); the folder that holds it must. Anything else at the
 * output path (a file) is refused.
 */
export function realOutputDir(target: string, display: string): string {
  let current = target;
  for (let hops = 0; ; hops++) {
    let st: fs.Stats;
    try {
      st = fs.lstatSync(current);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      return inRealParent(current, target, display); // not there (yet): written where the path leads
    }
    if (st.isDirectory()) return inRealParent(current, target, display);
    if (!st.isSymbolicLink()) throw new UserError(`${display} is not a folder: move it away, or choose another outdir`);
    if (hops >= 40) throw new UserError(`${display}: too many levels of symbolic links`);
    current = path.resolve(path.dirname(current), fs.readlinkSync(current));
  }
}

function inRealParent(p: string, target: string, display: string): string {
  const parent = path.dirname(p);
  if (p !== target && !fs.existsSync(parent)) {
    throw new UserError(`${display} is a symbolic link to ${p}, whose folder ${parent} does not exist: create it, or remove the link`);
  }
  fs.mkdirSync(parent, { recursive: true });
  return path.join(fs.realpathSync(parent), path.basename(p));
}
