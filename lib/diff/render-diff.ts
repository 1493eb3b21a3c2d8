import { describeChange, ObjectChange, ObjectDiff } from './object-diff';
import { FieldChange } from './value-diff';

export type DiffFormat = 'text' | 'markdown';

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
const value = (v: unknown) => JSON.stringify(v);

function counts(diff: ObjectDiff): string {
  const n = (s: ObjectChange['status']) => diff.changes.filter((c) => c.status === s).length;
  return `${n('added')} added, ${n('removed')} removed, ${n('changed')} changed, ${diff.unchanged} unchanged`;
}

function summary(diff: ObjectDiff): string {
  return diff.changes.length === 0
    ? `no differences: ${plural(diff.unchanged, 'object')}`
    : `${plural(diff.changes.length, 'object')} ${diff.changes.length === 1 ? 'differs' : 'differ'}: ${counts(diff)}`;
}

/** `spec.replicas: 2 → 3`, `spec.paused: (none) → true` */
function fieldLine(f: FieldChange): string {
  const show = (v: unknown) => (v === undefined ? '(none)' : value(v));
  return `${f.path || '(whole object)'}: ${show(f.old)} → ${show(f.new)}`;
}

const MARK = { added: '+', removed: '-', changed: '~' } as const;

/** One line per object, its changed fields indented below it, and a summary line. */
export function renderDiffText(diff: ObjectDiff): string {
  const lines: string[] = [];
  for (const c of diff.changes) {
    lines.push(`${MARK[c.status]} ${c.status} ${describeChange(c)}`);
    for (const f of c.fields) lines.push(`    ${fieldLine(f)}`);
  }
  lines.push(summary(diff));
  return `${lines.join('\n')}\n`;
}

/** Text as code in a table cell, with what would break the table or the HTML escaped. */
const code = (text: string) => `<code>${text.replace(/[&<>|]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '|': '&#124;' })[ch]!)}</code>`;
/** A value cell: JSON as code, empty where the field is missing. */
const cell = (v: unknown) => (v === undefined ? '' : code(value(v)));

const title = (text: string) => text.replace(/[`*_[\]<>|]/g, (ch) => `\\${ch}`);

/** Markdown for a pull-request comment: a summary, then one table of fields per changed object. */
export function renderDiffMarkdown(diff: ObjectDiff): string {
  const out = ['## opkit diff', '', `**${summary(diff)}**`];
  const section = (status: ObjectChange['status'], heading: string) => {
    const of = diff.changes.filter((c) => c.status === status);
    if (of.length === 0) return;
    out.push('', `### ${heading} (${of.length})`, '');
    if (status !== 'changed') {
      out.push(...of.map((c) => `- ${title(describeChange(c))}`));
      return;
    }
    for (const c of of) {
      out.push(`#### ${title(describeChange(c))}`, '', '| field | old | new |', '|---|---|---|');
      out.push(...c.fields.map((f) => `| ${code(f.path || '(whole object)')} | ${cell(f.old)} | ${cell(f.new)} |`));
      out.push('');
    }
    if (out.at(-1) === '') out.pop();
  };
  section('changed', 'Changed');
  section('added', 'Added');
  section('removed', 'Removed');
  return `${out.join('\n')}\n`;
}

export function renderDiff(format: DiffFormat, diff: ObjectDiff): string {
  return format === 'markdown' ? renderDiffMarkdown(diff) : renderDiffText(diff);
}
