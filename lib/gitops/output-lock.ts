import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { UserError } from '../report/user-error';

/**
 * One synth at a time per output folder: `<parent>/.<name>.lock`, created exclusively (O_EXCL), holding the
 * owner's pid and host. A lock whose process is gone (killed synth) is stale and taken over; a lock of a live
 * process, or of another host (its pid cannot be checked from here), is respected.
 */
export class OutputLockedError extends UserError {
  constructor(public readonly lockFile: string, owner: string) {
    super(`another synth (${owner}) holds the lock of the output folder; wait for it to finish and run again, `
      + `or delete ${lockFile} if no synth is running`);
  }
}

export interface LockOwner {
  readonly pid: number;
  readonly host: string;
}

/** Take the lock of the output folder `target` (an absolute, real path); returns the function that releases it. */
export function lockOutput(target: string): () => void {
  const lockFile = path.join(path.dirname(target), `.${path.basename(target)}.lock`);
  const me: LockOwner = { pid: process.pid, host: os.hostname() };
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = fs.openSync(lockFile, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL, 0o644);
      try {
        fs.writeSync(fd, `${me.pid}\n${me.host}\n`);
      } finally {
        fs.closeSync(fd);
      }
      return () => {
        // Only our own lock: a lock taken over as stale while we ran (it cannot be, we are alive) is not ours.
        if (sameOwner(readOwner(lockFile), me)) fs.rmSync(lockFile, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 2) throw err;
    }
    const owner = readOwner(lockFile);
    if (owner === undefined) continue; // released between our two calls
    if (owner !== 'unreadable' && isStale(owner, me.host)) {
      fs.rmSync(lockFile, { force: true });
      continue;
    }
    throw new OutputLockedError(lockFile, owner === 'unreadable' ? 'its lock file is being written' : `pid ${owner.pid} on ${owner.host}`);
  }
}

/** The owner written in `lockFile`; undefined when there is none; 'unreadable' while it is being written. */
function readOwner(lockFile: string): LockOwner | 'unreadable' | undefined {
  let text: string;
  try {
    text = fs.readFileSync(lockFile, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  const [pid, host] = text.split('\n');
  if (!/^\d+$/.test(pid ?? '') || !host) return staleEmptyLock(lockFile) ? { pid: 0, host: os.hostname() } : 'unreadable';
  return { pid: Number(pid), host };
}

/** A lock file left empty by a process killed right after creating it: empty and older than a few seconds. */
function staleEmptyLock(lockFile: string): boolean {
  try {
    return Date.now() - fs.statSync(lockFile).mtimeMs > 5000;
  } catch {
    return false;
  }
}

function isStale(owner: LockOwner, host: string): boolean {
  if (owner.host !== host) return false;
  if (owner.pid === 0) return true;
  try {
    process.kill(owner.pid, 0); // signal 0: only checks that the process exists
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH'; // EPERM: it exists, owned by someone else
  }
}

function sameOwner(a: LockOwner | 'unreadable' | undefined, b: LockOwner): boolean {
  return typeof a === 'object' && a.pid === b.pid && a.host === b.host;
}
