/**
 * A CronJob's schedule as the API server parses it: github.com/robfig/cron/v3 `ParseStandard` (five fields
 * minute hour day-of-month month day-of-week, or an `@` descriptor), returning its error text. Hand-written:
 * the npm cron parsers accept other grammars (seconds fields, `L`, `W`, `#`, `7` for Sunday) and word their
 * errors differently, and the API server's message is robfig's error string.
 */

interface Bounds { readonly min: number; readonly max: number; readonly names?: Record<string, number> }
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const FIELDS: Bounds[] = [
  { min: 0, max: 59 }, // minute
  { min: 0, max: 23 }, // hour
  { min: 1, max: 31 }, // day of month
  { min: 1, max: 12, names: Object.fromEntries(MONTHS.map((m, i) => [m, i + 1])) },
  { min: 0, max: 6, names: Object.fromEntries(DAYS.map((d, i) => [d, i])) },
];
const DESCRIPTORS = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly']);

class CronError extends Error {}

/** strconv.Atoi's accept/reject and error text (the numbers here never exceed int64 in practice). */
function atoi(s: string): number {
  if (!/^[+-]?\d+$/.test(s)) throw new CronError(`failed to parse int from ${s}: strconv.Atoi: parsing ${JSON.stringify(s)}: invalid syntax`);
  const n = Number(s);
  if (!Number.isSafeInteger(n)) throw new CronError(`failed to parse int from ${s}: strconv.Atoi: parsing ${JSON.stringify(s)}: value out of range`);
  if (n < 0) throw new CronError(`negative number (${n}) not allowed: ${s}`);
  return n;
}

const intOrName = (s: string, b: Bounds) => b.names?.[s.toLowerCase()] ?? atoi(s);

/** getRange: `*`, `?`, `N`, `N-M`, each optionally `/step`. */
function checkRange(expr: string, b: Bounds): void {
  const rangeAndStep = expr.split('/');
  const lowAndHigh = rangeAndStep[0].split('-');
  let start: number;
  let end: number;
  if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') {
    start = b.min;
    end = b.max;
  } else {
    start = intOrName(lowAndHigh[0], b);
    if (lowAndHigh.length === 1) end = start;
    else if (lowAndHigh.length === 2) end = intOrName(lowAndHigh[1], b);
    else throw new CronError(`too many hyphens: ${expr}`);
  }
  let step = 1;
  if (rangeAndStep.length === 2) {
    step = atoi(rangeAndStep[1]);
    if (lowAndHigh.length === 1) end = b.max; // "N/step" means "N-max/step"
  } else if (rangeAndStep.length > 2) {
    throw new CronError(`too many slashes: ${expr}`);
  }
  if (start < b.min) throw new CronError(`beginning of range (${start}) below minimum (${b.min}): ${expr}`);
  if (end > b.max) throw new CronError(`end of range (${end}) above maximum (${b.max}): ${expr}`);
  if (start > end) throw new CronError(`beginning of range (${start}) beyond end of range (${end}): ${expr}`);
  if (step === 0) throw new CronError(`step of range should be a positive number: ${expr}`);
}

/** Go's time.ParseDuration accept/reject and error text, for `@every <duration>`. */
function checkDuration(s: string): void {
  const quoted = JSON.stringify(s);
  let rest = s.replace(/^[-+]/, '');
  if (rest === '0') return;
  if (rest === '') throw new CronError(`time: invalid duration ${quoted}`);
  while (rest !== '') {
    const m = /^(\d*)(\.\d*)?/.exec(rest)!;
    if (m[0] === '' || m[0] === '.') throw new CronError(`time: invalid duration ${quoted}`);
    rest = rest.slice(m[0].length);
    const unit = /^[^\d.]*/.exec(rest)![0];
    if (unit === '') throw new CronError(`time: missing unit in duration ${quoted}`);
    if (!['ns', 'us', 'µs', 'μs', 'ms', 's', 'm', 'h'].includes(unit)) throw new CronError(`time: unknown unit ${JSON.stringify(unit)} in duration ${quoted}`);
    rest = rest.slice(unit.length);
  }
}

/** The error robfig/cron/v3 ParseStandard returns for `spec`, or undefined when it parses. */
export function cronScheduleError(spec: string): string | undefined {
  try {
    let s = spec;
    if (s === '') throw new CronError('empty spec string');
    if (s.startsWith('TZ=') || s.startsWith('CRON_TZ=')) {
      // the location is robfig's to load; the API server rejects TZ in schedules with its own message anyway
      const i = s.indexOf(' ');
      s = i < 0 ? '' : s.slice(i).trim();
    }
    if (s.startsWith('@')) {
      if (DESCRIPTORS.has(s)) return undefined;
      if (s.startsWith('@every ')) {
        try {
          checkDuration(s.slice('@every '.length));
        } catch (e) {
          throw new CronError(`failed to parse duration ${s}: ${(e as Error).message}`);
        }
        return undefined;
      }
      throw new CronError(`unrecognized descriptor: ${s}`);
    }
    const fields = s.split(/\s+/).filter((f) => f !== '');
    if (fields.length !== 5) throw new CronError(`expected exactly 5 fields, found ${fields.length}: [${fields.join(' ')}]`);
    fields.forEach((f, i) => {
      for (const expr of f.split(',').filter((r) => r !== '')) checkRange(expr, FIELDS[i]);
    });
    return undefined;
  } catch (e) {
    if (e instanceof CronError) return e.message;
    throw e;
  }
}
