/**
 * Reading with a byte limit: reading stops after `maxBytes + 1` bytes (the one byte more says the input is too
 * large: `undefined`), so 4 GB on stdin costs what 64 MiB does. Files are opened non-blocking and checked to be
 * regular files on the open descriptor, so a FIFO swapped in after the folder walk cannot block either.
 */
import * as fs from 'node:fs';
import { notRegularMessage, NotRegularError } from './read-errors';

const CHUNK = 1024 * 1024;

/** The content of the regular file `file`, or undefined when it is larger than `maxBytes`. Throws on a non-regular file. */
export function readFileBounded(file: string, maxBytes: number): Buffer | undefined {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw new NotRegularError(notRegularMessage(st));
    if (st.size > maxBytes) return undefined;
    return readBounded(fd, maxBytes);
  } finally {
    fs.closeSync(fd);
  }
}

/** Standard input, or undefined when it is larger than `maxBytes`. */
export function readStdinBounded(maxBytes: number): Buffer | undefined {
  return readBounded(0, maxBytes);
}

/** Reads `fd` to its end, or undefined once more than `maxBytes` bytes came. */
export function readBounded(fd: number, maxBytes: number): Buffer | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total <= maxBytes) {
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
    let n: number;
    try {
      n = fs.readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      // A non-blocking pipe (stdin of some shells and runners) with no data yet: wait a little, read again.
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') { sleep(5); continue; }
      throw e;
    }
    if (n === 0) break;
    chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    total += n;
  }
  return total > maxBytes ? undefined : Buffer.concat(chunks, total);
}

const pause = new Int32Array(new SharedArrayBuffer(4));
function sleep(ms: number): void {
  Atomics.wait(pause, 0, 0, ms);
}
