/**
 * `opkit validate`'s inputs read and validated file by file, so memory follows the largest file, not the
 * corpus: each file's objects are validated and dropped, keeping only what the checks across objects need.
 *
 * A first pass reads every file's bytes and parses only the files that can hold a CustomResourceDefinition, so
 * each CRD is registered before any custom resource is checked, wherever it comes in the input order. Kept to
 * the end: those CRDs (for the CRD checks and `--previous`), the identity and origin of each object (for
 * duplicates), what the report needs of each object (see `ObjectTally`), the findings, and with `keepAll`
 * (`--policy`, whose rules look across objects: PDBs, service accounts, RBAC) every object.
 */
import { Finding } from '../report/finding';
import { Manifest } from '../report/manifest';
import { InputFile } from '../validate/read-paths';
import { inputFiles, parseInputBytes, readInput, readInputBytes, ReadInputsOptions } from '../validate/read-files';
import { ValidationPass } from '../validate/validator-core';
import { ObjectTally } from './output';

export interface StreamedInputs {
  /** The findings of reading the files, in input order. */
  readonly readFindings: Finding[];
  /** The findings of registering the CRDs among the inputs. */
  readonly crdFindings: Finding[];
  /** The findings of validating each object (duplicates included), in input order. */
  readonly objectFindings: Finding[];
  /** The CustomResourceDefinitions among the inputs, in input order. */
  readonly crds: Manifest[];
  /** Every object, with `keepAll`; else the CRDs alone. */
  readonly kept: readonly Manifest[];
}

export interface StreamOptions extends ReadInputsOptions {
  readonly pass: ValidationPass;
  readonly tally: ObjectTally;
  readonly keepAll: boolean;
}

/**
 * Whether a file's bytes can hold a CustomResourceDefinition: its kind spelt out, or a backslash (an escape
 * in a double-quoted YAML or JSON string can spell any kind). Anchors, tags and block scalars leave it spelt.
 */
const CRD_KIND = Buffer.from('CustomResourceDefinition');
const mayHoldCrd = (bytes: Buffer) => bytes.includes(CRD_KIND) || bytes.includes(0x5c);

/** Reads and validates `paths` (files, folders, `-`) with `pass`, file by file. */
export function validateInputs(paths: readonly string[], opts: StreamOptions): StreamedInputs {
  const { pass, tally, keepAll } = opts;
  // First pass: the files (stdin's bytes kept, as it can be read once) and the CRDs among them.
  const files: Array<{ input: InputFile; stdin?: { bytes: Buffer | undefined } }> = [];
  const crds: Manifest[] = [];
  for (const input of inputFiles(paths)) {
    if (input.problem) {
      files.push({ input });
      continue;
    }
    const bytes = readInputBytes(input.file, opts);
    files.push(input.file === '-' ? { input, stdin: { bytes } } : { input });
    if (bytes && mayHoldCrd(bytes)) {
      crds.push(...parseInputBytes(input.file, bytes, opts).manifests.filter((m) => m.object?.kind === 'CustomResourceDefinition'));
    }
  }
  const crdFindings = pass.registerCrds(crds);

  const readFindings: Finding[] = [];
  const objectFindings: Finding[] = [];
  const all: Manifest[] = [];
  for (const file of files) {
    const { manifests, findings } = file.stdin ? parseInputBytes('-', file.stdin.bytes, opts) : readInput(file.input, opts);
    file.stdin = undefined;
    readFindings.push(...findings);
    objectFindings.push(...pass.check(manifests));
    tally.add(manifests);
    if (keepAll) all.push(...manifests);
  }
  return { readFindings, crdFindings, objectFindings, crds, kept: keepAll ? all : crds };
}
