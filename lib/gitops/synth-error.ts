import { documentLabel, Finding, formatFinding } from '../report/finding';
import { OutputLockedError } from './output-lock';

/** One finding on one line: the check's own message, its rule and the output file it is in. */
export function findingLine(f: Finding): string {
  const file = f.origin?.file
    ? ` (${f.origin.file}${f.origin.documentIndex !== undefined ? `, ${documentLabel(f.origin.documentIndex)}` : ''})`
    : '';
  return `${formatFinding(f)} [${f.rule}]${file}`;
}

/**
 * A synth that did not replace the output folder: failed checks (all their findings) or an exception in the
 * app or on disk. A user error: `runApp` prints the message without a stack trace.
 */
export class SynthError extends Error {
  /** The error findings (empty when an exception stopped the synth; see `cause`). */
  public readonly findings: readonly Finding[];

  constructor(outdir: string, findings: readonly Finding[], cause?: unknown) {
    // A synth that found the output locked never touched it, but the synth holding the lock may be changing it.
    const unchanged = cause instanceof OutputLockedError ? `this run did not touch ${outdir}/` : `${outdir}/ was left unchanged`;
    const message = findings.length > 0
      ? `synth failed with ${findings.length} error${findings.length === 1 ? '' : 's'}; ${unchanged}:\n`
        + findings.map((f) => `  ${findingLine(f)}`).join('\n')
      : `synth failed; ${unchanged}: ${cause instanceof Error ? cause.message : String(cause)}`;
    super(message, { cause });
    this.name = 'SynthError';
    this.findings = findings;
  }
}

/**
 * The output folder was replaced, but copying it to CDK8S_OUTDIR for `cdk8s synth` failed afterwards. Unlike a
 * {@link SynthError}, the output folder holds the new output.
 */
export class OutputMirrorError extends Error {
  constructor(outdir: string, mirror: string, cause: unknown) {
    super(`${outdir}/ was replaced with the new output, but copying it to ${mirror} for \`cdk8s synth\` failed: `
      + `${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'OutputMirrorError';
  }
}
