/**
 * Reads kubectl-validate's test cases (../shared/conformance/kubectl-validate, see its README): every
 * `manifests/*.yaml` file is one case; each YAML document's leading comment is the `Status` the API server
 * answers (no comment, or an empty document: success). Runs `opkit validate` on each file as upstream's
 * TestValidationErrorsIndividually runs kubectl-validate (with the case CRDs as local CRDs) and compares, per
 * document, the verdict and the field of each cause. The CLI is the bundle `npm run build` writes (the test
 * setup builds it), run in-process.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Finding } from '../lib/report/finding';

export const CASES_DIR = path.join(__dirname, '..', '..', 'shared', 'conformance', 'kubectl-validate');

export interface Expected {
  readonly failure: boolean;
  /** The field of each cause: '' for the object as a whole (`<nil>`), undefined when upstream names none. */
  readonly fields: readonly (string | undefined)[];
}

/** The documents of a file as upstream splits them, each with the Status its leading comment holds. */
export function expectations(text: string): Expected[] {
  return text.split(/^---[ \t]*$/m).map((doc) => {
    const comment: string[] = [];
    for (const line of doc.split('\n')) {
      if (comment.length === 0 && line.trim() === '') continue;
      if (!line.startsWith('#')) break;
      comment.push(line.slice(1));
    }
    if (comment.length === 0) return { failure: false, fields: [] };
    // The comment holds the JSON Status followed by free text: take the first balanced JSON object.
    const status = firstJson(comment.join('\n'));
    const failure = status?.status === 'Failure';
    const causes: Array<{ field?: string }> = status?.details?.causes ?? [];
    return { failure, fields: causes.map((c) => (c.field === '<nil>' ? '' : c.field)) };
  });
}

function firstJson(s: string): any {
  const start = s.indexOf('{');
  if (start < 0) return undefined;
  let depth = 0;
  let inString = false;
  for (let i = start; i < s.length; i++) {
    const c = s[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return JSON.parse(s.slice(start, i + 1));
  }
  return undefined;
}

export interface CaseResult {
  readonly name: string;
  readonly pass: boolean;
  readonly problems: string[];
}

/** Runs one case file through `opkit validate --crd crds/ --kube-version <v> --output json`. */
export function runCase(file: string, kubeVersion?: string): CaseResult {
  const out: string[] = [];
  const err: string[] = [];
  const args = ['validate', '--crd', path.join(CASES_DIR, 'crds'), '--output', 'json', ...(kubeVersion ? ['--kube-version', kubeVersion] : []), file];
  const { main } = require(path.join(__dirname, '..', 'build', 'opkit.js')) as { main: (argv: string[], out: (s: string) => void, err: (s: string) => void) => number };
  main(args, (s) => out.push(s), (s) => err.push(s));
  if (err.length) throw new Error(`opkit ${args.join(' ')}: ${err.join('')}`);
  const report = JSON.parse(out.join('')) as { findings: Finding[] };
  // kubectl-validate checks each document alone; opkit's duplicate-object check spans documents and is not an
  // API server rule (applying the same object twice is an update), so it is left out of the comparison.
  const errors = report.findings.filter((f) => f.severity === 'error' && f.origin?.file === file && f.rule !== 'object.duplicate');
  const docs = expectations(fs.readFileSync(file, 'utf8'));
  const problems: string[] = [];
  docs.forEach((want, i) => {
    const got = errors.filter((f) => (f.origin?.documentIndex ?? 0) === i);
    const gotFields = [...new Set(got.map((f) => f.field ?? ''))].sort();
    const describe = () => got.map((f) => `${f.field ?? '<nil>'}: ${f.message}`).join('; ');
    if (!want.failure) {
      if (got.length) problems.push(`document ${i}: expected success, got ${describe()}`);
      return;
    }
    if (got.length === 0) {
      problems.push(`document ${i}: expected failure (${want.fields.join(', ')}), got success`);
      return;
    }
    // A cause without a field (a decoding error) only says that the object is rejected.
    if (want.fields.some((f) => f === undefined)) return;
    const wantFields = [...new Set(want.fields as string[])].sort();
    if (JSON.stringify(wantFields) !== JSON.stringify(gotFields)) {
      problems.push(`document ${i}: expected causes at [${wantFields.join(', ')}], got ${describe()}`);
    }
  });
  return { name: path.basename(file), pass: problems.length === 0, problems };
}

/** The enabled cases (`.disabled` files are disabled upstream). */
export function caseFiles(): string[] {
  const dir = path.join(CASES_DIR, 'manifests');
  return fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => path.join(dir, f));
}
