import { Finding } from '../report/finding';
import { Manifest } from '../report/manifest';
import { RemovedFiles } from './removed-files';
import { findingLine } from './synth-error';
import { SYNC_WAVE_ANNOTATION } from './sync-waves';

/** What a successful synth wrote. */
export interface SynthResult {
  /** The output folder, as shown to the user (e.g. `dist`). */
  readonly outdir: string;
  /** Files written, relative to `outdir`, in byte order. */
  readonly files: readonly string[];
  /** Every object written, with its output file as origin. */
  readonly manifests: readonly Manifest[];
  /** Warnings of the checks; errors fail the synth instead. */
  readonly warnings: readonly Finding[];
  /** Files of the old output that this synth no longer writes, and where copies of them are. */
  readonly removed?: RemovedFiles;
  /** Wall-clock time of the synth. */
  readonly durationMs: number;
}

/**
 * The report printed after a synth: per file, its objects by sync wave and kind; the warnings; the time taken.
 *
 *     dist/ synthesized in 120 ms: 2 files, 6 objects
 *       dev/00-crds.yaml      wave -10: CustomResourceDefinition
 *       dev/01-operator.yaml  wave -5: ClusterRole, ServiceAccount · wave -3: Deployment
 */
export function formatSummary(result: SynthResult): string {
  const rows = result.files.map((file) => {
    const inFile = result.manifests.filter((m) => m.origin.file === `${result.outdir}/${file}`);
    return [file, describeWaves(inFile.map((m) => m.object))] as const;
  });
  const width = Math.max(0, ...rows.map(([file]) => file.length));
  const lines = [
    `${result.outdir}/ synthesized in ${Math.round(result.durationMs)} ms: ${plural(result.files.length, 'file')}, `
    + `${plural(result.manifests.length, 'object')}`,
    ...rows.map(([file, waves]) => `  ${file.padEnd(width)}  ${waves}`),
  ];
  if (result.removed) {
    lines.push(`${plural(result.removed.files.length, 'file')} no longer written, removed from ${result.outdir}/ `
      + `(copies in ${result.removed.backup}/):`, ...result.removed.files.map((f) => `  ${f}`));
  }
  if (result.warnings.length > 0) {
    lines.push(`${plural(result.warnings.length, 'warning')}:`, ...result.warnings.map((w) => `  ${findingLine(w)}`));
  }
  return `${lines.join('\n')}\n`;
}

/** `wave -5: 2 ClusterRole, ServiceAccount · wave -3: Deployment`, waves ascending, kinds in first-seen order. */
export function describeWaves(objects: readonly Record<string, any>[]): string {
  const waves = new Map<string, Map<string, number>>();
  for (const o of objects) {
    const wave = o.metadata?.annotations?.[SYNC_WAVE_ANNOTATION] ?? '0';
    const kinds = waves.get(wave) ?? new Map<string, number>();
    kinds.set(o.kind, (kinds.get(o.kind) ?? 0) + 1);
    waves.set(wave, kinds);
  }
  return [...waves.entries()]
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([wave, kinds]) => `wave ${wave}: ${[...kinds].map(([k, n]) => (n > 1 ? `${n} ${k}` : k)).join(', ')}`)
    .join(' · ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
