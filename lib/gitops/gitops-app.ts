import * as fs from 'node:fs';
import * as path from 'node:path';
import { ApiObject, App, AppProps, Chart } from 'cdk8s';
import { crdUpgradeCheck } from '../crd/upgrade/check-crd-upgrade';
import { Finding } from '../report/finding';
import { folderOf, Manifest, ManifestCheck } from '../report/manifest';
import { applyPasses, ARGO_CD_PASSES } from './argocd-conventions';
import { cliOutputFindings, copyToCliOutput } from './cdk8s-cli-output';
import { validateConstructs } from './construct-validation';
import { defaultChecks } from './default-checks';
import { directorySourceFindings } from './directory-source';
import { KnownFile, readManifestTree } from './manifest-files';
import { planOutputFiles } from './output-layout';
import { groupBy, ObjectPass } from './placed-object';
import { findPrevious } from './previous-object';
import { stringifyDocuments } from './plain-yaml';
import { lockOutput } from './output-lock';
import { realOutputDir } from './output-target';
import { renderCharts } from './render-charts';
import { discardRemovedFiles, keepRemovedFiles } from './removed-files';
import { recoverInterruptedReplace, removeStaleStaging, replaceDir, stagingPrefix } from './replace-dir';
import { SynthError } from './synth-error';
import { formatSummary, SynthResult } from './synth-summary';

/** Props of {@link GitOpsApp}. */
export interface GitOpsAppProps extends Omit<AppProps, 'outdir' | 'yamlOutputType' | 'outputFileExtension' | 'recordConstructMetadata'> {
  /**
   * The committed output folder that Argo CD syncs.
   * @default 'dist'
   */
  readonly outdir?: string;
  /**
   * Checks run over the synthesized objects before the output is replaced, once per output folder (see
   * `runChecksPerFolder`). A finding with severity `error` fails the synth (all of them are listed); warnings
   * are printed in the summary. Opting out is explicit: `checks: []`.
   * @default defaultChecks(): schemas and CEL, CRD rules, policy, unique objects per folder
   */
  readonly checks?: readonly ManifestCheck[];
  /**
   * Compare every CRD with the same CRD in the committed output (what the cluster has now) and fail the synth
   * on a change that breaks stored objects or clients (`crd-upgrade.*` findings; see docs/upgrades.md). Accept
   * a deliberate one on the CRD with `acceptFinding(crd, '<rule-id>', '<reason>')`.
   * @default true
   */
  readonly crdUpgradeChecks?: boolean;
  /**
   * The Kubernetes release of the cluster each output folder is applied to, keyed by the folder relative to
   * `outdir` (`dev`, `prod/eu-west-1`, ...): the checks of that folder validate for it (context `kubeVersion`).
   * A folder not listed is checked at the checks' own default.
   * @default none
   */
  readonly kubeVersions?: Readonly<Record<string, string>>;
  /**
   * Passes over the ApiObjects run before rendering (sync waves, ordering, sync options).
   * @default ARGO_CD_PASSES
   */
  readonly passes?: readonly ObjectPass[];
  /**
   * Where the summary goes.
   * @default standard output
   */
  readonly log?: (text: string) => void;
}

/**
 * A cdk8s App for GitOps: `synth()` writes one `.yaml` file per chart into a folder tree that mirrors the
 * construct tree (see `planOutputFiles`), with Argo CD sync waves and options set, and replaces `outdir` only
 * when rendering, writing and every check succeeded. On any failure the previous `outdir` is untouched and a
 * {@link SynthError} says so. Output bytes depend only on the app: no timestamps, no construct metadata file.
 *
 * `cdk8s synth` deletes its own output folder before it runs the app, so `cdk8s.yaml` points the CLI at a
 * scratch folder (CDK8S_OUTDIR) and this app mirrors the result there after `outdir` is safely replaced.
 */
export class GitOpsApp extends App {
  /** The final output folder (absolute). */
  public readonly target: string;
  private readonly checks: readonly ManifestCheck[];
  private readonly kubeVersions: Readonly<Record<string, string>>;
  private readonly passes: readonly ObjectPass[];
  private readonly log: (text: string) => void;

  constructor(props: GitOpsAppProps = {}) {
    const target = path.resolve(props.outdir ?? 'dist');
    super({ resolvers: props.resolvers, outdir: target });
    this.target = target;
    this.checks = [...props.checks ?? defaultChecks(), ...props.crdUpgradeChecks === false ? [] : [crdUpgradeCheck(findPrevious)]];
    this.kubeVersions = props.kubeVersions ?? {};
    this.passes = props.passes ?? ARGO_CD_PASSES;
    this.log = props.log ?? ((text) => process.stdout.write(text));
  }

  /** How the output folder is named in messages: relative to the working folder when below it. */
  public get displayOutdir(): string {
    return displayPath(this.target);
  }

  /**
   * Synthesize, check and replace the output folder; throws {@link SynthError} and leaves it as it was on failure.
   * Throws {@link OutputMirrorError} when only the copy for `cdk8s synth` failed, after the folder was replaced.
   */
  public synth(): SynthResult {
    const started = performance.now();
    const { manifests, files, warnings, removed } = this.synthStaged();
    // dist/ is final from here on: what follows cannot leave it half-written.
    copyToCliOutput(this.target, this.displayOutdir);
    const result: SynthResult = {
      outdir: this.displayOutdir, files, manifests, warnings, removed, durationMs: performance.now() - started,
    };
    this.log(formatSummary(result));
    return result;
  }

  /**
   * Render, write to staging, check, and replace the output folder; on any error it is left as it was. The output
   * folder (a symbolic link's target, see `realOutputDir`) is locked throughout: one synth at a time.
   */
  private synthStaged(): Pick<SynthResult, 'manifests' | 'files' | 'warnings' | 'removed'> {
    let staging: string | undefined;
    let unlock: (() => void) | undefined;
    try {
      const target = realOutputDir(this.target, `${this.displayOutdir}/`);
      unlock = lockOutput(target);
      recoverInterruptedReplace(target);
      removeStaleStaging(target);
      applyPasses(this, this.passes);
      validateConstructs(this);
      // In cdk8s's order, computed without its object-to-object dependency edges where that is exact.
      const { charts: ordered, rendered, sources } = renderCharts(this);
      const charts = ordered.filter((chart) => rendered.get(chart)!.length > 0);
      const plan = planOutputFiles(charts);
      if (plan.findings.length > 0) throw new SynthError(this.displayOutdir, plan.findings);

      staging = fs.mkdtempSync(stagingPrefix(target));
      fs.chmodSync(staging, 0o755); // mkdtemp creates 0700; the output is an ordinary folder
      // Check the rendered objects, not a re-read of the files: cdk8s writes YAML 1.1 that reads back to the same
      // objects (test/gitops-app.test.ts asserts that round trip), and parsing 10,000 documents again would cost more
      // than the synth itself.
      const manifests: Manifest[] = [];
      const writtenFiles: Map<string, KnownFile> = new Map();
      const constructPathOf: (chart: Chart, documentIndex: number, object: Record<string, any>) => string | undefined = sources
        ? (chart, documentIndex) => sources.get(chart)![documentIndex].node.path
        : constructPathsByIdentity(plan.files);
      for (const file of plan.files) {
        const objects = rendered.get(file.chart)!;
        const text = stringifyDocuments(objects); // = cdk8s's Yaml.stringify
        fs.mkdirSync(path.dirname(path.join(staging, file.path)), { recursive: true });
        fs.writeFileSync(path.join(staging, file.path), text);
        const display = path.posix.join(this.displayOutdir, file.path);
        objects.forEach((object, documentIndex) => manifests.push({
          object, origin: { file: display, documentIndex, constructPath: constructPathOf(file.chart, documentIndex, object) },
        }));
        writtenFiles.set(file.path, { text, objects });
      }
      // An unchanged file's previous objects are the ones just rendered: it is not parsed again.
      const previous = fs.existsSync(target) ? readManifestTree(target, this.displayOutdir, writtenFiles) : undefined;
      const findings: Finding[] = [
        ...cliOutputFindings(this.target, this.displayOutdir),
        ...directorySourceFindings(staging, this.displayOutdir),
        ...(previous?.findings ?? []).map((f): Finding => ({ ...f, severity: 'warning',
          message: `the previous output cannot be read for transition rules and CRD upgrade checks: ${f.message}` })),
        ...runChecksPerFolder(this.checks, manifests, previous?.manifests,
          (folder) => this.kubeVersions[path.posix.relative(this.displayOutdir, folder)]),
      ];
      const errors = findings.filter((f) => f.severity === 'error');
      if (errors.length > 0) throw new SynthError(this.displayOutdir, errors);

      const removed = fs.existsSync(target) ? keepRemovedFiles(target, staging, displayPath(target)) : undefined;
      try {
        replaceDir(staging, target);
      } catch (err) {
        if (removed) discardRemovedFiles(removed);
        throw err;
      }
      staging = undefined;
      return {
        manifests,
        files: plan.files.map((f) => f.path).sort(),
        warnings: findings.filter((f) => f.severity === 'warning'),
        removed,
      };
    } catch (err) {
      throw err instanceof SynthError ? err : new SynthError(this.displayOutdir, [], err);
    } finally {
      if (staging) fs.rmSync(staging, { recursive: true, force: true });
      unlock?.();
    }
  }

}

/** A path as shown in messages: relative to the working folder when below it, with `/`. */
function displayPath(p: string): string {
  const rel = path.relative(process.cwd(), p);
  return (rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p).split(path.sep).join('/');
}

/**
 * Run every check once per output folder, with the previous objects of that folder. Each folder is one Argo CD
 * Application applied to its own cluster, so a check sees what one API server sees: that folder's CRDs, its
 * objects (the same object legitimately exists once per environment), their previous versions there, and
 * (from `kubeVersionOf`) the Kubernetes release that cluster runs.
 */
export function runChecksPerFolder(checks: readonly ManifestCheck[], manifests: readonly Manifest[],
  previous: readonly Manifest[] | undefined, kubeVersionOf: (folder: string) => string | undefined = () => undefined): Finding[] {
  // Grouped once (in first-seen order), not filtered again for every check.
  const byFolder = groupBy(manifests, folderOf);
  const previousByFolder = previous && groupBy(previous, folderOf);
  return checks.flatMap((check) => [...byFolder].flatMap(([folder, inFolder]) => {
    const kubeVersion = kubeVersionOf(folder);
    return check(inFolder, { previous: previousByFolder && (previousByFolder.get(folder) ?? []), ...(kubeVersion ? { kubeVersion } : {}) });
  }));
}

/**
 * The construct path of each written object, found by its identity in its file: for apps rendered by cdk8s's own
 * path, which does not say which ApiObject produced which object (two objects of one identity in a file, which the
 * checks reject, share the last one's path).
 */
function constructPathsByIdentity(files: readonly { chart: Chart }[]) {
  const key = (o: { apiVersion?: string; kind?: string; metadata?: { namespace?: string; name?: string } }) =>
    [o.apiVersion, o.kind, o.metadata?.namespace ?? '', o.metadata?.name].join('|');
  const paths = new Map<Chart, Map<string, string>>();
  for (const file of files) {
    const inChart = new Map<string, string>();
    for (const apiObject of file.chart.node.findAll()) {
      if (!(apiObject instanceof ApiObject) || Chart.of(apiObject) !== file.chart) continue;
      const o = { apiVersion: apiObject.apiVersion, kind: apiObject.kind,
        metadata: { namespace: apiObject.metadata.namespace, name: apiObject.name } };
      inChart.set(key(o), apiObject.node.path);
    }
    paths.set(file.chart, inChart);
  }
  return (chart: Chart, _documentIndex: number, object: Record<string, any>) => paths.get(chart)?.get(key(object));
}
