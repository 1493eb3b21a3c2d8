import { Chart } from 'cdk8s';
import { Finding } from '../report/finding';

/**
 * The output layout mirrors the construct tree: a chart with path `dev/operator` below the app is written to
 * `dev/operator.yaml`, a chart `prod/eu-west-1/crds` to `prod/eu-west-1/crds.yaml`. Group charts under plain
 * constructs named after the environment (and cluster) to get one folder per Argo CD Application.
 */
export function outputFolderOf(chart: Chart): string {
  return pathBelowApp(chart).slice(0, -1).join('/');
}

function pathBelowApp(chart: Chart): string[] {
  return chart.node.scopes.slice(1).map((s) => s.node.id);
}

/** File names Argo CD reads as a Kustomize or Helm source instead of plain manifests. */
const RESERVED = new Set(['kustomization', 'chart', 'values']);
/** Lowercase DNS labels: safe as file and folder names on every OS and in Argo CD paths. */
const NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** A planned output file: its path relative to the output root and the chart it holds. */
export interface OutputFile {
  readonly path: string;
  readonly chart: Chart;
}

/**
 * Plan one `.yaml` file per chart. Charts are given in dependency order (`app.charts`); where a folder holds
 * several charts, their files are prefixed with their position (`00-crds.yaml`, `01-operator.yaml`), as cdk8s
 * itself does for dependent charts, so `ls` and `kubectl apply -f <folder>` see them in dependency order.
 */
export function planOutputFiles(charts: readonly Chart[]): { files: OutputFile[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const perFolder = new Map<string, Chart[]>();
  const reported = new Set<string>();
  for (const chart of charts) {
    const scopes = chart.node.scopes.slice(1);
    for (const scope of scopes) {
      const segment = scope.node.id;
      if ((NAME.test(segment) && !RESERVED.has(segment)) || reported.has(scope.node.path)) continue;
      reported.add(scope.node.path);
      findings.push({
        severity: 'error',
        rule: 'gitops.output-name',
        message: `construct id '${segment}' names an output ${scope === chart ? 'file' : 'folder'}; `
          + `use a lowercase DNS label (a-z, 0-9, '-') other than ${[...RESERVED].join(', ')}, `
          + 'which Argo CD would read as a Kustomize or Helm source',
        origin: { constructPath: scope.node.path },
      });
    }
    const folder = outputFolderOf(chart);
    perFolder.set(folder, [...(perFolder.get(folder) ?? []), chart]);
  }
  const files: OutputFile[] = [];
  for (const [folder, inFolder] of perFolder) {
    const width = Math.max(2, String(inFolder.length - 1).length);
    inFolder.forEach((chart, i) => {
      const name = inFolder.length > 1 ? `${String(i).padStart(width, '0')}-${chart.node.id}` : chart.node.id;
      files.push({ path: folder ? `${folder}/${name}.yaml` : `${name}.yaml`, chart });
    });
  }
  return { files: files.sort((a, b) => compare(a.path, b.path)), findings };
}

/** Byte order, independent of the locale, so output order is the same on every machine. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
