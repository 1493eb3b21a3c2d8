/**
 * The files a path given to `opkit validate` stands for. Folders are walked recursively for .yaml, .yml and
 * .json, following symbolic links but entering each real folder once, so link cycles (`ln -s .. up`) end and a
 * self-link does not read the same files again. Nothing is opened here: a FIFO, socket or device with a YAML
 * name inside a folder is reported, an argument that is one is refused before anything could block on it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError, ioMessage, notRegularMessage } from './read-errors';

const EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** One input: a file to read (with its real path, to read it once), or one that cannot be read and why. */
export interface InputFile {
  readonly file: string;
  /** Absent for stdin. */
  readonly realPath?: string;
  /** Why the file is not read (a FIFO in a folder, a broken link): an error finding, not an abort. */
  readonly problem?: string;
}

/** The files `p` stands for, in a stable order (sorted by path). Throws {@link InputError} for an unusable path. */
export function expandPath(p: string): InputFile[] {
  if (p === '-') return [{ file: '-' }];
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch (e) {
    throw new InputError(`${p}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : ioMessage(e)}`);
  }
  if (st.isFile()) return [{ file: p, realPath: realPath(p) }];
  if (!st.isDirectory()) throw new InputError(`${p}: ${notRegularMessage(st)}`);
  const found: InputFile[] = [];
  try {
    walk(p, new Set(), found);
  } catch (e) {
    throw new InputError(`${e instanceof WalkError ? e.where : p}: ${ioMessage(e instanceof WalkError ? e.cause : e)}`);
  }
  if (found.length === 0) throw new InputError(`${p}: folder contains no .yaml, .yml or .json file`);
  return found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

class WalkError extends Error {
  constructor(readonly where: string, cause: unknown) {
    super(String(cause), { cause });
  }
}

/** Depth-first, each real folder once (`visited` holds real paths): cycles through links end. */
function walk(dir: string, visited: Set<string>, out: InputFile[]): void {
  let real: string;
  let entries: fs.Dirent[];
  try {
    real = fs.realpathSync(dir);
    if (visited.has(real)) return;
    visited.add(real);
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new WalkError(dir, e);
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    const isYaml = EXTENSIONS.has(path.extname(entry.name).toLowerCase());
    let st: fs.Stats | undefined;
    if (entry.isSymbolicLink()) {
      try {
        st = fs.statSync(full);
      } catch (e) {
        if (isYaml) out.push({ file: full, problem: `symbolic link that cannot be followed (${linkProblem(e)}), so it was not read` });
        continue;
      }
    }
    const isDir = st ? st.isDirectory() : entry.isDirectory();
    const isFile = st ? st.isFile() : entry.isFile();
    if (isDir) walk(full, visited, out);
    else if (!isYaml) continue;
    else if (isFile) out.push({ file: full, realPath: realPath(full) });
    else out.push({ file: full, problem: notRegularMessage(st ?? fs.lstatSync(full)) });
  }
}

function linkProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'its target does not exist' : ioMessage(e);
}

function realPath(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p); // reading it will say what is wrong
  }
}
