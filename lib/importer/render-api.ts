// The child program `opkit import` runs to render a project's API module (under the project's TypeScript runner):
// `node -r <runner> render-api.js <module file> <export|*> <result.json>`. It instantiates every exported construct
// class (or the one named) as `new X(chart, id)` and writes the CustomResourceDefinitions they define as JSON.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** What the renderer writes: the CRDs of each export, or why the module could not be rendered. */
export interface RenderResult {
  readonly exports: readonly { readonly name: string; readonly crds: readonly Record<string, any>[] }[];
  /** The module's exports that are not construct classes (for the error when none defines a CRD). */
  readonly skipped: readonly string[];
  readonly error?: string;
}

function render(file: string, only: string, workdir: string): RenderResult {
  // cdk8s and constructs as the module sees them: the project's single copy.
  const from = { paths: [path.dirname(file)] };
  const { Construct } = require(require.resolve('constructs', from));
  const { App, Chart } = require(require.resolve('cdk8s', from));
  const mod = require(file);
  const exports: { name: string; crds: Record<string, any>[] }[] = [];
  const skipped: string[] = [];
  for (const [name, value] of Object.entries<any>(mod)) {
    if (only !== '*' && name !== only) continue;
    if (typeof value !== 'function' || !(value.prototype instanceof Construct)) {
      skipped.push(name);
      continue;
    }
    // Nothing is written: the charts are rendered in memory (outdir is the caller's scratch folder).
    const app = new App({ outdir: workdir });
    try {
      new value(new Chart(app, 'api'), name);
    } catch (e) {
      return { exports, skipped, error: `new ${name}(scope, id) failed: ${(e as Error).message}. Export from the API `
        + 'module only constructs that take (scope, id), or name the one to use as MODULE#Export' };
    }
    const objects: Record<string, any>[] = app.charts.flatMap((c: { toJson(): Record<string, any>[] }) => c.toJson());
    exports.push({ name, crds: objects.filter((o) => o.kind === 'CustomResourceDefinition') });
  }
  if (only !== '*' && !exports.length) {
    return { exports, skipped, error: skipped.includes(only) ? `${only} is not a construct class` : `the module has no export named ${only}` };
  }
  return { exports, skipped };
}

if (require.main === module) {
  const [file, only, out] = process.argv.slice(2);
  fs.writeFileSync(out, JSON.stringify(render(file, only, path.dirname(out))));
}
