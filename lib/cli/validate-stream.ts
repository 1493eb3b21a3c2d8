/**
 * `opkit validate`'s inputs read and validated file by file, and within a file a batch of documents at a time
 * (`parseYamlBatches`, about 1 MiB of text each), so memory follows the largest file's text and one batch of
 * objects, not the file's objects or the corpus: each batch's objects are validated and dropped, keeping only
 * what the checks across objects need.
 *
 * A first pass reads every file's bytes and parses (batch by batch, keeping the CRDs alone) only the files that
 * can hold a CustomResourceDefinition, so each CRD is registered before any custom resource is checked, wherever
 * it comes in the input order. Kept to the end: those CRDs (for the CRD checks and `--previous`), the identity
 * and origin of each object (for duplicates), what the report needs of each object (see `ObjectTally`), the
 * findings, and with `keepAll` (`--policy`, whose rules look across objects: PDBs, service accounts, RBAC) every
 * object.
 */
import { Finding } from '../report/finding';
import { Manifest } from '../report/manifest';
import { InputFile } from '../validate/read-paths';
import { inputFiles, parseInputBatches, readInputBatches, readInputBytes, ReadInputsOptions } from '../validate/read-files';
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
      for (const { manifests } of parseInputBatches(input.file, bytes, opts)) {
        for (const m of manifests) if (m.object?.kind === 'CustomResourceDefinition') crds.push(m);
      }
    }
  }
  const crdFindings = pass.registerCrds(crds);

  const readFindings: Finding[] = [];
  const objectFindings: Finding[] = [];
  const all: Manifest[] = [];
  for (const file of files) {
    const batches = file.stdin ? parseInputBatches('-', file.stdin.bytes, opts) : readInputBatches(file.input, opts);
    file.stdin = undefined;
    for (const { manifests, findings } of batches) {
      for (const f of findings) readFindings.push(f);
      for (const f of pass.check(manifests)) objectFindings.push(f);
      tally.add(manifests);
      if (keepAll) for (const m of manifests) all.push(m);
    }
  }
  return { readFindings, crdFindings, objectFindings, crds, kept: keepAll ? all : crds };
}
