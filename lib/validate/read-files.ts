/**
 * Reads manifests from files, folders (recursively: .yaml, .yml, .json) and stdin (`-`). Problems with the
 * content of a file are findings; a path that cannot be used at all (missing, unreadable, a folder without
 * YAML) is an `InputError`, which the CLI turns into exit code 2.
 */
import { Finding } from '../report/finding';
import { DEFAULT_LIMITS, ReadLimits } from './read-limits';
import { readFileBounded, readStdinBounded } from './read-bounded';
import { InputError, ioMessage, NotRegularError } from './read-errors';
import { expandPath, InputFile } from './read-paths';
import { collectBatches, parseYamlBatches, ReadResult } from './read-yaml';

export { InputError } from './read-errors';

export interface ReadInputsOptions extends ReadLimits {
  /**
   * Reads stdin for the path `-`; may stop once more than `maxBytes` came (and return undefined or what it read).
   * @default reads file descriptor 0, stopping after `maxBytes + 1` bytes
   */
  readonly readStdin?: (maxBytes: number) => Buffer | undefined;
}

/** Reads every path (file, folder or `-`) into manifests plus findings about their content. */
export function readInputs(paths: readonly string[], opts: ReadInputsOptions = {}): ReadResult {
  return collectBatches((function* () {
    for (const input of inputFiles(paths)) yield* readInputBatches(input, opts);
  })());
}

/**
 * The files `paths` stand for, in reading order, each real file once however many paths or symbolic links lead
 * to it; folders are expanded one path at a time, as they are reached.
 */
export function* inputFiles(paths: readonly string[]): Generator<InputFile> {
  const seen = new Set<string>();
  for (const p of paths) {
    for (const input of expandPath(p)) {
      if (input.realPath !== undefined && !input.problem) {
        if (seen.has(input.realPath)) continue;
        seen.add(input.realPath);
      }
      yield input;
    }
  }
}

/**
 * One input file's bytes (stdin for `-`), or undefined when it is larger than `maxFileBytes` (or stdin gave
 * nothing). Throws {@link InputError} when it cannot be read.
 */
export function readInputBytes(file: string, opts: ReadInputsOptions = {}): Buffer | undefined {
  const max = opts.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes;
  try {
    return file === '-' ? (opts.readStdin ?? readStdinBounded)(max) : readFileBounded(file, max);
  } catch (e) {
    throw new InputError(`${file === '-' ? 'stdin' : file}: ${e instanceof NotRegularError ? e.message : ioMessage(e)}`);
  }
}

/**
 * One input's manifests and findings, a batch of documents at a time (see `parseYamlBatches`): the file is read
 * and decoded at once, and its objects come batch by batch, so that only one batch of them needs to be held.
 */
export function readInputBatches(input: InputFile, opts: ReadInputsOptions = {}): Iterable<ReadResult> {
  if (input.problem) return [fail(input.file, 'read.not-regular', input.problem)];
  return parseInputBatches(input.file, readInputBytes(input.file, opts), opts);
}

/**
 * The manifests and findings of the bytes `readInputBytes` read from `file`, a batch of documents at a time. The
 * bytes are decoded at once (and not kept: only the text is); `batchBytes` is for tests.
 */
export function parseInputBatches(file: string, buf: Buffer | undefined, opts: ReadInputsOptions = {}, batchBytes?: number): Iterable<ReadResult> {
  const max = opts.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes;
  const name = file === '-' ? '<stdin>' : file;
  if (buf === undefined || buf.length > max) return [fail(name, 'read.file-size', `${file === '-' ? 'input' : 'file'} larger than ${max} bytes, the limit for one input`)];
  const text = decode(buf);
  if (typeof text !== 'string') return [{ manifests: [], findings: [{ ...text, origin: { file: name, ...text.origin } }] }];
  if (text.trim() === '') {
    return [{ manifests: [], findings: [{ severity: 'warning', rule: 'read.empty', message: 'file is empty: no objects', origin: { file: name } }] }];
  }
  return parseYamlBatches(text, name, opts, batchBytes);
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
