import * as fs from 'node:fs';
import * as path from 'node:path';
import { Finding } from '../report/finding';
import { OutputMirrorError } from './synth-error';

/**
 * `cdk8s synth` tells the app where to write through CDK8S_OUTDIR, and deletes that folder before the app runs.
 * GitOpsApp writes its own output folder atomically and copies the result to CDK8S_OUTDIR for the CLI; these
 * are the two sides of that arrangement.
 */

/** The CLI's output folder, when the app runs under `cdk8s synth`. */
function cliOutdir(env: NodeJS.ProcessEnv): string | undefined {
  return env.CDK8S_OUTDIR ? path.resolve(env.CDK8S_OUTDIR) : undefined;
}

/**
 * A warning when the CLI was pointed at the GitOps output itself (`-o dist`, or `output: dist` in cdk8s.yaml):
 * the CLI deleted it before the app ran, so a failing synth there loses the committed output.
 */
export function cliOutputFindings(target: string, displayOutdir: string, env: NodeJS.ProcessEnv = process.env): Finding[] {
  if (cliOutdir(env) !== target) return [];
  return [{
    severity: 'warning',
    rule: 'gitops.cdk8s-output',
    message: `\`cdk8s synth\` was pointed at ${displayOutdir}/ itself and deleted it before the app ran, so a failed synth `
      + `would have lost it: set \`output: .cdk8s.out\` in cdk8s.yaml and pass no \`-o ${displayOutdir}\`; the app writes `
      + `${displayOutdir}/ itself and copies it to the CLI's folder`,
  }];
}

/** Give `cdk8s synth` a copy of the new output in its folder (nothing to do outside the CLI, or when it is `target`). */
export function copyToCliOutput(target: string, displayOutdir: string, env: NodeJS.ProcessEnv = process.env): void {
  const mirror = cliOutdir(env);
  if (!mirror || mirror === target) return;
  try {
    fs.rmSync(mirror, { recursive: true, force: true });
    fs.cpSync(target, mirror, { recursive: true });
  } catch (err) {
    throw new OutputMirrorError(displayOutdir, env.CDK8S_OUTDIR!, err);
  }
}
