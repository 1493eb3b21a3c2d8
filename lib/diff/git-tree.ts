import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { InputError } from '../validate/read-files';

/** A folder or file as it was at a git commit, written to a temporary folder; `cleanup` removes it. */
export interface GitSnapshot {
  /** The path of the snapshot of what was asked for (file or folder) inside the temporary folder. */
  readonly path: string;
  readonly cleanup: () => void;
}

function git(cwd: string, args: string[]): Buffer {
  try {
    return execFileSync('git', args, { cwd, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const err = e as { stderr?: Buffer; code?: string; message: string };
    if (err.code === 'ENOENT') throw new InputError('git is not installed (needed to read a commit)');
    const detail = err.stderr?.toString().trim().split('\n')[0] || err.message;
    throw new InputError(`git ${args[0]}: ${detail}`);
  }
}

/**
 * Writes `target` (a file or folder of the working tree's repository, relative to the working folder) as it
 * is at `ref` (any commit-ish: a branch, tag, `HEAD~1`, a hash) into a temporary folder, with `git ls-tree` and
 * `git show`: nothing in the working tree or the index is touched.
 */
export function snapshotAtRef(ref: string, target: string, cwd = process.cwd()): GitSnapshot {
  const abs = path.resolve(cwd, target);
  const existing = fs.existsSync(abs) ? (fs.statSync(abs).isDirectory() ? abs : path.dirname(abs)) : cwd;
  let top: string;
  try {
    top = git(existing, ['rev-parse', '--show-toplevel']).toString().trim();
  } catch (e) {
    throw new InputError(`${target}: not inside a git repository, so it has no content at ${ref} (${(e as Error).message})`);
  }
  const rel = path.relative(fs.realpathSync(top), fs.existsSync(abs) ? fs.realpathSync(abs) : abs).split(path.sep).join('/');
  if (rel.startsWith('..')) throw new InputError(`${target}: not inside the git repository ${top}`);
  try {
    git(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new InputError(`${ref}: not a commit of the repository ${top} (a branch, tag, HEAD~1 or commit hash)`);
  }
  const files = git(top, ['ls-tree', '-r', '-z', '--name-only', ref, '--', rel || '.']).toString().split('\0').filter(Boolean);
  if (files.length === 0) throw new InputError(`${target}: does not exist at ${ref}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opkit-git-'));
  const cleanup = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    for (const file of files) {
      const dest = path.join(dir, file);
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      fs.writeFileSync(dest, git(top, ['show', `${ref}:${file}`]));
    }
  } catch (e) {
    cleanup();
    throw e;
  }
  return { path: path.join(dir, rel), cleanup };
}
