/** Errors of the reader that are the user's to fix, and how system errors are worded for them. */
import type { Stats } from 'node:fs';
import { UserError } from '../report/user-error';

/** A path the user gave that cannot be read: a usage or I/O error, not a finding about a manifest. */
export class InputError extends UserError {}

/** A path that is not a regular file (a FIFO, a socket, a device): reading it could block or never end. */
export class NotRegularError extends Error {}

/** What a non-regular, non-folder file is, for messages: `a FIFO (named pipe)`, `a socket`, ... */
export function fileKind(st: Stats): string {
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isDirectory()) return 'a folder';
  return 'not a regular file';
}

/** The message for a path that is not a regular file: what it is and what to do instead. */
export function notRegularMessage(st: Stats): string {
  return `not a regular file but ${fileKind(st)}, which is not read (it could block); pipe its content to stdin instead: opkit validate - < PATH`;
}

export function ioMessage(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'EACCES' || err.code === 'EPERM') return 'permission denied';
  if (err.code === 'EISDIR') return 'is a folder';
  if (err.code === 'ENOTDIR') return 'not found: a part of the path is a file, not a folder';
  if (err.code === 'ELOOP') return 'too many levels of symbolic links';
  if (err.code === 'ENAMETOOLONG') return 'path too long';
  return err.message ?? String(e);
}
