import * as fs from 'node:fs';
import * as path from 'node:path';
import { App, AppProps } from 'cdk8s';

/** Props of {@link GitOpsApp}. */
export interface GitOpsAppProps extends Omit<AppProps, 'outdir'> {
  /**
   * The committed output folder that Argo CD syncs.
   * @default 'dist'
   */
  readonly outdir?: string;
}

/**
 * A cdk8s App whose `synth()` never leaves a half-written output folder: it synthesizes into a staging folder
 * beside `outdir` and only then swaps it in place of the previous output.
 *
 * `cdk8s synth` deletes its own output folder before it runs the app, so `cdk8s.yaml` points the CLI at a
 * scratch folder (CDK8S_OUTDIR) and this app mirrors the result there after `outdir` is safely replaced.
 */
export class GitOpsApp extends App {
  /** The final output folder (absolute). */
  public readonly target: string;
  private readonly staging: string;

  constructor(props: GitOpsAppProps = {}) {
    const target = path.resolve(props.outdir ?? 'dist');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const staging = fs.mkdtempSync(path.join(path.dirname(target), `.${path.basename(target)}.staging-`));
    fs.chmodSync(staging, 0o755); // mkdtemp creates 0700; the output is an ordinary folder
    super({ ...props, outdir: staging });
    this.target = target;
    this.staging = staging;
  }

  public synth(): void {
    try {
      super.synth();
      // cdk8s writes construct metadata when a validation plugin is configured; it is not a manifest.
      fs.rmSync(path.join(this.staging, 'construct-metadata.json'), { force: true });
      replaceDir(this.staging, this.target);
    } catch (err) {
      fs.rmSync(this.staging, { recursive: true, force: true });
      throw err;
    }
    const mirror = process.env.CDK8S_OUTDIR;
    if (mirror && path.resolve(mirror) !== this.target) {
      fs.rmSync(mirror, { recursive: true, force: true });
      fs.cpSync(this.target, mirror, { recursive: true });
    }
  }
}

/**
 * Replace `target` by `staging` with two renames on one file system. The window between them is only
 * between two system calls; a leftover `<target>.previous` from a crash there is restored on the next run.
 */
export function replaceDir(staging: string, target: string): void {
  const previous = `${target}.previous`;
  if (!fs.existsSync(target) && fs.existsSync(previous)) fs.renameSync(previous, target);
  fs.rmSync(previous, { recursive: true, force: true });
  if (fs.existsSync(target)) fs.renameSync(target, previous);
  fs.renameSync(staging, target);
  fs.rmSync(previous, { recursive: true, force: true });
}
