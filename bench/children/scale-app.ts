// Child of the scale case: the reference operator (CRDs + controller) plus N CacheClusters, synthesized by
// GitOpsApp into <outdir>, with the validator's checks when lib/validate is present.
// Usage: tsx [--tsconfig bench/tsconfig.installed.json] bench/children/scale-app.ts <N> <outdir> [--no-validation]
// It imports opkit by name, as a user's app does: with bench/tsconfig.installed.json Node resolves it to the
// compiled build/ (what an installed package is), with the repository's tsconfig tsx maps it to lib/ source.
import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { CacheApi } from '../../api';
import { CacheCluster } from '../../imports/cache.opkit.dev';
import { GitOpsApp, Operator } from 'opkit';
import { cacheClusterSpec } from '../fixtures/objects';
import { synthChecks } from '../harness/validator';

const [n, outdir] = [Number(process.argv[2]), process.argv[3]];
if (!Number.isInteger(n) || n < 0 || !outdir) throw new Error('usage: scale-app.ts <N> <outdir>');
// `--library build|lib`: fail unless opkit was loaded from there, so a row never measures the other copy.
const library = process.argv[process.argv.indexOf('--library') + 1];
if (process.argv.includes('--library') && !require.resolve('opkit').includes(`/${library}/index.`)) {
  throw new Error(`opkit was loaded from ${require.resolve('opkit')}, not from ${library}/`);
}

const app = new GitOpsApp({ outdir, ...(process.argv.includes('--no-validation') ? { checks: [] } : synthChecks()) });
const chart = new Chart(app, 'scale');
const api = new CacheApi(chart, 'Api');
const operator = new Operator(chart, 'Operator', {
  name: 'cache-operator', image: 'ghcr.io/opkit/cache-operator:v0.1.0', namespace: 'opkit-system', crds: api.crds,
});
const caches = new Construct(chart, 'Caches');
for (let i = 0; i < n; i++) new CacheCluster(caches, `Cache${i}`, cacheClusterSpec(i));
// As in main.ts: CRDs, then the controller, then the CRs.
operator.node.addDependency(api);
caches.node.addDependency(operator);
app.synth();
