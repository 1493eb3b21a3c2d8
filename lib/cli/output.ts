/** The three report formats of `opkit validate`: text for people, json for tools, junit for CI dashboards. */
import { describeObject, documentLabel, Finding, formatFinding, Origin } from '../report/finding';
import { Manifest } from '../report/manifest';
import { escapeControls, escapeJsonControls } from './terminal-text';

export type OutputFormat = 'text' | 'json' | 'junit';

export interface Report {
  readonly findings: readonly Finding[];
  readonly objects: ObjectTally;
}

/**
 * What the reports need of the validated objects, collected as they stream past: their number, and for JUnit
 * (one test case per object) each one's suite and case name. Text and JSON keep only the count.
 */
export class ObjectTally {
  count = 0;
  readonly cases: Array<{ readonly suite: string; readonly name: string }> | undefined;

  constructor(format: OutputFormat) {
    this.cases = format === 'junit' ? [] : undefined;
  }

  add(manifests: readonly Manifest[]): void {
    this.count += manifests.length;
    if (!this.cases) return;
    for (const m of manifests) {
      const ref = { kind: m.object?.kind, namespace: m.object?.metadata?.namespace, name: m.object?.metadata?.name };
      this.cases.push({ suite: suiteName(m.origin), name: caseName(m.origin.documentIndex, describeObject(ref)) });
    }
  }
}

const suiteName = (o: Origin | undefined) => o?.file ?? o?.constructPath ?? 'manifests';
const caseName = (doc: number | undefined, obj: string) => `${doc !== undefined ? documentLabel(doc) : 'input'}${obj ? ` ${obj}` : ''}`;

export function render(format: OutputFormat, report: Report): string {
  switch (format) {
    case 'json': return renderJson(report);
    case 'junit': return renderJunit(report);
    default: return renderText(report);
  }
}

/**
 * `file:line:column: error: document 2: Deployment apps/web: spec.replicas: Invalid value: ... [schema.type]`, on
 * one line: names, keys and values come from the input, so control characters are escaped (`\x1b`).
 */
export function textLine(f: Finding): string {
  const o = f.origin;
  const where = o?.file ? `${o.file}${o.line ? `:${o.line}${o.column ? `:${o.column}` : ''}` : ''}: ` : (o?.constructPath ? `${o.constructPath}: ` : '');
  const doc = o?.documentIndex !== undefined ? `${documentLabel(o.documentIndex)}: ` : '';
  // The construct path is not repeated: it is the location above when there is no file.
  return escapeControls(`${where}${f.severity}: ${doc}${formatFinding({ ...f, origin: undefined })} [${f.rule}]`);
}

function summary({ findings, objects }: Report) {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { valid: errors === 0, objects: objects.count, errors, warnings: findings.length - errors };
}

function renderText(report: Report): string {
  const s = summary(report);
  const lines = report.findings.map(textLine);
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  lines.push(`${s.valid ? 'valid' : 'invalid'}: ${plural(s.objects, 'object')}, ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}`);
  return `${lines.join('\n')}\n`;
}

function renderJson(report: Report): string {
  return `${escapeJsonControls(JSON.stringify({ ...summary(report), findings: report.findings }, null, 2))}\n`;
}

const xml = (s: string) => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)
  // eslint-disable-next-line no-control-regex
  .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** One test suite per file, one test case per object; errors are failures, warnings go to system-out. */
function renderJunit(report: Report): string {
  type Case = { name: string; errors: Finding[]; warnings: Finding[] };
  const suites = new Map<string, Map<string, Case>>();
  const caseOf = (file: string, name: string) => {
    if (!suites.has(file)) suites.set(file, new Map());
    const cases = suites.get(file)!;
    if (!cases.has(name)) cases.set(name, { name, errors: [], warnings: [] });
    return cases.get(name)!;
  };
  if (!report.objects.cases) throw new Error('internal error: the objects were tallied for another format than junit');
  for (const { suite, name } of report.objects.cases) caseOf(suite, name);
  for (const f of report.findings) {
    const c = caseOf(suiteName(f.origin), caseName(f.origin?.documentIndex, describeObject(f.object)));
    (f.severity === 'error' ? c.errors : c.warnings).push(f);
  }
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  let tests = 0;
  let failures = 0;
  for (const cases of suites.values()) for (const c of cases.values()) { tests++; if (c.errors.length) failures++; }
  out.push(`<testsuites name="opkit validate" tests="${tests}" failures="${failures}" errors="0">`);
  for (const [file, cases] of suites) {
    const fails = [...cases.values()].filter((c) => c.errors.length).length;
    out.push(`  <testsuite name="${xml(file)}" tests="${cases.size}" failures="${fails}" errors="0">`);
    for (const c of cases.values()) {
      out.push(`    <testcase classname="${xml(file)}" name="${xml(c.name)}">`);
      for (const f of c.errors) out.push(`      <failure type="${xml(f.rule)}" message="${xml(`${f.field ? `${f.field}: ` : ''}${f.message}`)}">${xml(textLine(f))}</failure>`);
      if (c.warnings.length) out.push(`      <system-out>${xml(c.warnings.map(textLine).join('\n'))}</system-out>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}
