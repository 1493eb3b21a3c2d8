/**
 * Measures JavaScript CEL engines on the optional syntax Kubernetes rules use (1.28+), for lib/cel/README.md:
 * correctness on a fixed set of expressions with known results, and evaluation time of one typical rule.
 * Run: npx tsx scripts/cel-engine-compare.ts [dir with @marcbachmann/cel-js and cel-js installed]
 * (the alternatives are not dependencies of opkit; install them in a scratch folder to compare).
 */
import { createRequire } from 'node:module';
import { compileSchemaRules, evaluateRules, type JSONSchemaProps } from '../lib/internal';

const cases: [string, boolean][] = [
  ["self.?a.b.orValue('none') == 'x'", true],
  ["self.?a.c.orValue('none') == 'none'", true],
  ["self.?z.orValue('none') == 'none'", true],
  ['self.?a.?b.hasValue()', true],
  ["self.m[?'k'].orValue('') == 'v'", true],
  ["self.m[?'q'].orValue('d') == 'd'", true],
  ['self.l[?1].orValue(0) == 2', true],
  ['self.l[?9].orValue(0) == 0', true],
  ['[1, ?self.?a.n, 3].size() == 2', true],
  ["{'x': 1, ?'y': self.?a.n}.size() == 1", true],
  ['optional.of(1).value() == 1 && !optional.none().hasValue()', true],
  ['optional.none().or(optional.of(2)).value() == 2', true],
];
const value = { a: { b: 'x' }, m: { k: 'v' }, l: [1n, 2n] };
const schema: JSONSchemaProps = {
  type: 'object',
  properties: {
    a: { type: 'object', properties: { b: { type: 'string' }, c: { type: 'string' }, n: { type: 'integer' } } },
    z: { type: 'string' },
    m: { type: 'object', additionalProperties: { type: 'string' } },
    l: { type: 'array', items: { type: 'integer' } },
  },
};
const plain = { a: { b: 'x' }, m: { k: 'v' }, l: [1, 2] };

type Engine = { name: string; run: (expr: string) => unknown; time: (expr: string, n: number) => number };
const engines: Engine[] = [];

// opkit: @bufbuild/cel 0.6.1 + lib/cel (optional syntax pre-processed, optionals as library values)
engines.push({
  name: 'opkit lib/cel (@bufbuild/cel 0.6.1)',
  run: (expr) => {
    const c = compileSchemaRules({ ...schema, 'x-kubernetes-validations': [{ rule: expr }] }, { kubeVersion: '1.30' });
    if (c.findings.length) throw new Error(c.findings[0].message);
    return evaluateRules(c, plain).length === 0;
  },
  time: (expr, n) => {
    const c = compileSchemaRules({ ...schema, 'x-kubernetes-validations': [{ rule: expr }] }, { kubeVersion: '1.30' });
    const t = performance.now();
    for (let i = 0; i < n; i++) evaluateRules(c, plain);
    return performance.now() - t;
  },
});

async function main(): Promise<void> {
const dir = process.argv[2];
if (dir) {
  const req = createRequire(`${dir}/package.json`);
  const load = async (name: string) => import(req.resolve(name));
  const marc = await load('@marcbachmann/cel-js').catch(() => undefined);
  if (marc) {
    const env = new marc.Environment({ enableOptionalTypes: true, unlistedVariablesAreDyn: true });
    engines.push({
      name: '@marcbachmann/cel-js',
      run: (expr) => env.evaluate(expr, { self: value }),
      time: (expr, n) => {
        const fn = env.parse(expr);
        const t = performance.now();
        for (let i = 0; i < n; i++) fn({ self: value });
        return performance.now() - t;
      },
    });
  }
  const celjs = await load('cel-js').catch(() => undefined);
  if (celjs) {
    engines.push({
      name: 'cel-js',
      run: (expr) => celjs.evaluate(expr, { self: value }),
      time: (expr, n) => {
        const p = celjs.parse(expr);
        if (!p.isSuccess) throw new Error('parse');
        const t = performance.now();
        for (let i = 0; i < n; i++) celjs.evaluate(p.cst, { self: value });
        return performance.now() - t;
      },
    });
  }
}

}

function report(): void {
const timed = "self.?a.b.orValue('') == 'x' && self.l.all(x, x > 0)";
for (const e of engines) {
  let ok = 0;
  const failed: string[] = [];
  for (const [expr, want] of cases) {
    try {
      if (e.run(expr) === want) ok++;
      else failed.push(expr);
    } catch (err) {
      failed.push(`${expr} (${(err as Error).message.split('\n')[0].slice(0, 60)})`);
    }
  }
  let ms = NaN;
  try {
    ms = e.time(timed, 20000);
  } catch {
    /* engine cannot run the timed rule */
  }
  console.log(`${e.name}: ${ok}/${cases.length} correct; ${(ms / 20).toFixed(2)} µs per evaluation of the timed rule`);
  for (const f of failed) console.log(`  wrong: ${f}`);
}
}

void main().then(report);
