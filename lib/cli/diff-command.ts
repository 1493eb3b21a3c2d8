/**
 * `opkit diff`: the object-level difference between two sets of manifests (files or folders, or a folder and
 * its content at a git commit). Exit codes: 0 equal, 1 different, 2 usage or input error.
 */
import { statSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { DiffObject, diffObjects } from '../diff/object-diff';
import { DiffFormat, renderDiff } from '../diff/render-diff';
import { GitSnapshot, snapshotAtRef } from '../diff/git-tree';
import { InputError, readInputs } from '../validate/read-files';
import { oneOf, reportCliError, UsageError } from './args';
import { textLine } from './output';
import type { CliIO } from './validate-command';

export const DIFF_USAGE = `Usage: opkit diff [options] OLD NEW
       opkit diff [options] --base GIT-REF PATH

Shows what changes between two sets of Kubernetes manifests, object by object: objects added, removed and
changed, and for changed ones each field path with its old and new value. Objects are matched by folder
and identity (API group, kind, namespace, name); key order, formatting and file names do not count.
OLD and NEW are files or folders (read recursively for .yaml, .yml and .json).

Options:
  --base GIT-REF             Compare PATH (e.g. dist) as it is at GIT-REF (a branch, tag, HEAD~1...)
                             with PATH as it is now
  -o, --output text|markdown Report format (default text; markdown for a pull-request comment)
  --debug                    Print stack traces of internal errors
  -h, --help                 Show this help

Exit status: 0 no differences, 1 differences, 2 usage or input error.
`;

/** The objects below `root` (a file or folder), each with its folder relative to `root`. */
function readSide(root: string, shown: string): { objects: DiffObject[]; errors: string[] } {
  const isDir = statSync(root, { throwIfNoEntry: false })?.isDirectory() ?? false;
  const { manifests, findings } = readInputs([root]);
  const errors = findings.filter((f) => f.severity === 'error')
    .map((f) => textLine({ ...f, origin: f.origin && { ...f.origin, file: f.origin.file && path.join(shown, path.relative(isDir ? root : path.dirname(root), f.origin.file)) } }));
  const objects = manifests.map((m): DiffObject => ({
    object: m.object,
    folder: isDir ? path.relative(root, path.dirname(m.origin.file!)).split(path.sep).join('/') : '',
    file: m.origin.file,
    documentIndex: m.origin.documentIndex,
  }));
  return { objects, errors };
}

export function runDiff(argv: string[], io: CliIO): number {
  let debug = argv.includes('--debug');
  let snapshot: GitSnapshot | undefined;
  try {
    const { values, positionals } = parseArgs({
      args: argv, allowPositionals: true, strict: true,
      options: {
        base: { type: 'string' },
        output: { type: 'string', short: 'o' },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    debug = !!values.debug;
    if (values.help) {
      io.out(DIFF_USAGE);
      return 0;
    }
    const format = oneOf('--output', values.output ?? 'text', ['text', 'markdown']) as DiffFormat;
    let oldRoot: string;
    let oldShown: string;
    let newRoot: string;
    if (values.base !== undefined) {
      if (positionals.length !== 1) throw new UsageError(`--base compares one PATH with itself at a commit, got ${positionals.length} paths`);
      newRoot = positionals[0];
      if (!statSync(newRoot, { throwIfNoEntry: false })) throw new InputError(`${newRoot}: no such file or folder`);
      snapshot = snapshotAtRef(values.base, newRoot);
      oldRoot = snapshot.path;
      oldShown = `${values.base}:${newRoot}`;
    } else {
      if (positionals.length !== 2) throw new UsageError(`expected OLD and NEW, got ${positionals.length} path${positionals.length === 1 ? '' : 's'}`);
      [oldRoot, newRoot] = positionals;
      oldShown = oldRoot;
    }
    const old = readSide(oldRoot, oldShown);
    const next = readSide(newRoot, newRoot);
    const errors = [...old.errors, ...next.errors];
    if (errors.length > 0) {
      io.err(`opkit diff: cannot compare: the inputs are not readable manifests:\n${errors.map((e) => `  ${e}`).join('\n')}\n`);
      return 2;
    }
    const diff = diffObjects(old.objects, next.objects);
    io.out(renderDiff(format, diff));
    return diff.changes.length > 0 ? 1 : 0;
  } catch (e) {
    return reportCliError('diff', DIFF_USAGE, e, io.err, debug);
  } finally {
    snapshot?.cleanup();
  }
}
