// Child of the validation case: library throughput on this process's one thread. Prints one JSON line:
// { setupMs, rates: objects/s per round, invalidMessages }.
// Usage: tsx bench/children/validate-throughput.ts <kind> <count> <rounds>
import { formatFinding } from '../../lib/report/finding';
import { KINDS, KindName } from '../fixtures/objects';
import { loadValidator, schemaSources } from '../harness/validator';

const [kindName, count, rounds] = [process.argv[2] as KindName, Number(process.argv[3]), Number(process.argv[4])];
const kind = KINDS[kindName];
if (!kind || !(count > 0) || !(rounds > 0)) throw new Error('usage: validate-throughput.ts <kind> <count> <rounds>');

const setupStart = performance.now();
const { crdFiles, schemaFiles } = schemaSources(kindName);
const validate = loadValidator(crdFiles, schemaFiles);
const setupMs = performance.now() - setupStart;

const objects = Array.from({ length: count }, (_, i) => kind.make(i));
// Warm-up: the first objects through once (JIT, lazily compiled schemas), untimed.
const warm = validate(objects.slice(0, Math.min(count, 500)));
const bad = validate(objects).map(formatFinding);
if (warm.length || bad.length) {
  throw new Error(`the validator reported ${bad.length} finding(s) on valid ${kind.label} fixtures, e.g.:\n${bad.slice(0, 5).join('\n')}`);
}
const rates: number[] = [];
for (let r = 0; r < rounds; r++) {
  const start = performance.now();
  const findings = validate(objects);
  const ms = performance.now() - start;
  if (findings.length) throw new Error(`round ${r}: ${findings.length} finding(s) on valid objects`);
  rates.push(count / (ms / 1000));
}
const invalidMessages = validate([kind.invalid()]).map(formatFinding);
process.stdout.write(`${JSON.stringify({ setupMs, rates, invalidMessages })}\n`);
