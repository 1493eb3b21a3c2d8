/**
 * Reads manifests from files, folders (recursively: .yaml, .yml, .json) and stdin (`-`). Problems with the
 * content of a file are findings; a path that cannot be used at all (missing, unreadable, a folder without
 * YAML) is an `InputError`, which the CLI turns into exit code 2.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Finding } from '../report/finding';
import { Manifest } from '../report/manifest';
import { DEFAULT_LIMITS, ReadLimits } from './read-limits';
import { parseYaml, ReadResult } from './read-yaml';

/** A path the user gave that cannot be read: a usage or I/O error, not a finding about a manifest. */
export class InputError extends Error {}

const EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

export interface ReadInputsOptions extends ReadLimits {
  /** Reads stdin for the path `-`. @default reads file descriptor 0 */
  readonly readStdin?: () => Buffer;
}

/** Reads every path (file, folder or `-`) into manifests plus findings about their content. */
export function readInputs(paths: readonly string[], opts: ReadInputsOptions = {}): ReadResult {
  const manifests: Manifest[] = [];
  const findings: Finding[] = [];
  for (const p of paths) {
    for (const file of expand(p)) {
      const r = readOne(file, opts);
      manifests.push(...r.manifests);
      findings.push(...r.findings);
    }
  }
  return { manifests, findings };
}

/** The files a path stands for, in a stable order. */
function expand(p: string): string[] {
  if (p === '-') return ['-'];
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch (e) {
    throw new InputError(`${p}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : ioMessage(e)}`);
  }
  if (!st.isDirectory()) return [p];
  let entries: string[];
  try {
    entries = (fs.readdirSync(p, { recursive: true }) as string[])
      .filter((f) => EXTENSIONS.has(path.extname(f).toLowerCase()))
      .map((f) => path.join(p, f))
      .filter((f) => fs.statSync(f).isFile())
      .sort();
  } catch (e) {
    throw new InputError(`${p}: ${ioMessage(e)}`);
  }
  if (entries.length === 0) throw new InputError(`${p}: folder contains no .yaml, .yml or .json file`);
  return entries;
}

function readOne(file: string, opts: ReadInputsOptions): ReadResult {
  const max = opts.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes;
  let buf: Buffer;
  try {
    if (file === '-') {
      buf = (opts.readStdin ?? (() => fs.readFileSync(0)))();
    } else {
      if (fs.statSync(file).size > max) return fail(file, 'read.file-size', `file larger than ${max} bytes, the limit for one input`);
      buf = fs.readFileSync(file);
    }
  } catch (e) {
    throw new InputError(`${file === '-' ? 'stdin' : file}: ${ioMessage(e)}`);
  }
  const name = file === '-' ? '<stdin>' : file;
  if (buf.length > max) return fail(name, 'read.file-size', `input larger than ${max} bytes, the limit for one input`);
  const text = decode(buf);
  if (typeof text !== 'string') return { manifests: [], findings: [{ ...text, origin: { file: name, ...text.origin } }] };
  if (text.trim() === '') {
    return { manifests: [], findings: [{ severity: 'warning', rule: 'read.empty', message: 'file is empty: no objects', origin: { file: name } }] };
  }
  return parseYaml(text, name, opts);
}

/** UTF-8 text, or a finding saying where the input stops being UTF-8 (binary files are refused as such). */
export function decode(buf: Buffer): string | Finding {
  const nul = buf.indexOf(0);
  if (nul >= 0) return { severity: 'error', rule: 'read.encoding', message: 'binary content (a NUL byte), not YAML', origin: position(buf, nul) };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    const at = firstInvalidUtf8(buf);
    return { severity: 'error', rule: 'read.encoding', message: 'not valid UTF-8 (YAML manifests must be UTF-8); re-encode the file', origin: position(buf, at) };
  }
}

function position(buf: Buffer, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) if (buf[i] === 10) { line++; lineStart = i + 1; }
  return { line, column: offset - lineStart + 1 };
}

/** The byte offset of the first invalid UTF-8 sequence. */
function firstInvalidUtf8(buf: Buffer): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= buf.length || (buf[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return i;
}

function fail(file: string, rule: string, message: string): ReadResult {
  return { manifests: [], findings: [{ severity: 'error', rule, message, origin: { file } }] };
}

function ioMessage(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'EACCES' || err.code === 'EPERM') return 'permission denied';
  if (err.code === 'EISDIR') return 'is a folder';
  if (err.code === 'ENOTDIR') return 'not found: a part of the path is a file, not a folder';
  if (err.code === 'ELOOP') return 'too many levels of symbolic links';
  if (err.code === 'ENAMETOOLONG') return 'path too long';
  return err.message ?? String(e);
}
