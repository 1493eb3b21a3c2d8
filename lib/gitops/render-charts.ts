import { ApiObject, App, Chart } from 'cdk8s';
import { IConstruct } from 'constructs';

/** The app's charts in dependency order (what `app.charts` returns) and each chart's rendered objects. */
export interface RenderedCharts {
  readonly charts: Chart[];
  readonly rendered: Map<Chart, any[]>;
  /** Per chart, the ApiObject each rendered object came from (same index); known only on the `direct` path. */
  readonly sources?: Map<Chart, ApiObject[]>;
  /** `direct` where the order was computed here, `cdk8s` where cdk8s's own synthesis ran (see {@link renderCharts}). */
  readonly via: 'direct' | 'cdk8s';
}

/**
 * Render every chart of `app` in the order cdk8s 2.x writes its objects, and list the charts in `app.charts` order.
 *
 * cdk8s's own path (`chart.toJson()` for each chart, then `app.charts`) turns every construct dependency into
 * object-to-object edges (`caches.node.addDependency(operator)`: one edge per Custom Resource and controller
 * object), re-resolves the whole app once per chart, and checks each edge for a cycle by a graph search: at
 * 10,000 objects that was a third of a synth. This computes the same order directly: the same edges (explicit
 * dependencies first, then those cdk8s derives from construct dependencies, in cdk8s's insertion order), the same
 * depth-first topology with the same roots, each vertex visited once. It adds the chart-to-chart dependencies cdk8s
 * adds, but not the derived object-to-object ones.
 *
 * Where the app is outside what this models exactly (nested charts, an ApiObject inside an ApiObject, a construct
 * other than a chart depending on a chart, a dependency outside any chart, a top-level construct id that is an
 * array index, which reorders cdk8s's path-keyed vertices) or has a dependency cycle, it runs cdk8s's path
 * instead, which then also reports the cycle as cdk8s does. test/render-charts.test.ts compares both on random
 * construct trees and dependencies.
 *
 * cdk8s's synthesis runs the constructs' validations; the direct path does not: the caller runs them first
 * (`validateConstructs`), as GitOpsApp does.
 */
export function renderCharts(app: App): RenderedCharts {
  const direct = directOrder(app);
  if (!direct) return renderWithCdk8s(app);
  const rendered = new Map(direct.objects.map(([chart, objects]) => [chart, objects.map((o) => o.toJson())] as const));
  return { charts: direct.charts, rendered, sources: new Map(direct.objects), via: 'direct' };
}

/** cdk8s's own synthesis, as GitOpsApp rendered before: every chart's toJson, then the app's chart order. */
export function renderWithCdk8s(app: App): RenderedCharts {
  // Render in any order (the `charts` getter sorts the whole dependency graph: once, below, is enough).
  const all = app.node.findAll().filter((c): c is Chart => Chart.isChart(c));
  const rendered = new Map(all.map((chart) => [chart, chart.toJson()] as const));
  // Rendering resolved the construct dependencies into chart dependencies: only now is this order final.
  return { charts: app.charts, rendered, via: 'cdk8s' };
}

/** Thrown inside `directOrder` where cdk8s's path must decide (outside the model, or a cycle). */
const USE_CDK8S = Symbol('use cdk8s');
const ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;

function directOrder(app: App): { charts: Chart[]; objects: [Chart, ApiObject[]][] } | undefined {
  try {
    return computeOrder(app);
  } catch (err) {
    if (err === USE_CDK8S) return undefined;
    throw err;
  }
}

function useCdk8s(): never {
  throw USE_CDK8S;
}

function computeOrder(app: App): { charts: Chart[]; objects: [Chart, ApiObject[]][] } {
  if (app.node.children.some((c) => ARRAY_INDEX.test(c.node.id))) useCdk8s();
  const all = app.node.findAll();
  const chartOf = new Map<IConstruct, Chart>();
  const charts: Chart[] = [];
  const insideApiObject = new Set<IConstruct>();
  // The closest chart of every construct; no chart below a chart, no ApiObject below an ApiObject.
  for (const c of all) {
    if (c === app) continue;
    const parent = c.node.scope!;
    const inApiObject = parent instanceof ApiObject || (parent !== app && insideApiObject.has(parent));
    if (inApiObject) {
      insideApiObject.add(c);
      if (c instanceof ApiObject) useCdk8s();
    }
    if (Chart.isChart(c)) {
      if (chartOf.has(parent)) useCdk8s();
      chartOf.set(c, c);
      charts.push(c);
    } else if (chartOf.has(parent)) chartOf.set(c, chartOf.get(parent)!);
  }
  const dependenciesOf = new Map<IConstruct, IConstruct[]>();
  for (const c of all) {
    const deps = c.node.dependencies;
    if (deps.length === 0) continue;
    // cdk8s asks Chart.of() for both ends of every dependency, which throws outside a chart.
    if (!chartOf.has(c) || deps.some((d) => !chartOf.has(d))) useCdk8s();
    if (!Chart.isChart(c) && deps.some((d) => Chart.isChart(d))) useCdk8s();
    dependenciesOf.set(c, deps);
  }

  // Chart to chart: explicit dependencies, then one per construct dependency across charts, in cdk8s's order.
  for (const [source, deps] of dependenciesOf) {
    for (const target of deps) {
      const [sc, tc] = [chartOf.get(source)!, chartOf.get(target)!];
      if (sc !== tc) sc.node.addDependency(tc);
    }
  }
  const chartOrder = topology(charts, (chart) => chart.node.dependencies.filter((d): d is Chart => Chart.isChart(d)));

  // Within a chart: an ApiObject's explicit dependencies, then the ApiObjects below each construct that its own
  // ancestors (chart first) or itself depend on, as cdk8s's resolveDependencies adds them.
  const apiObjectsBelow = new Map<IConstruct, ApiObject[]>();
  const objectsBelow = (c: IConstruct) => {
    let found = apiObjectsBelow.get(c);
    if (!found) apiObjectsBelow.set(c, found = c.node.findAll().filter((x): x is ApiObject => x instanceof ApiObject));
    return found;
  };
  const derived = new Map<IConstruct, ApiObject[]>(); // per construct: what the ApiObjects below it get
  const derivedOf = (c: IConstruct) => {
    let found = derived.get(c);
    if (!found) {
      found = [];
      for (const target of dependenciesOf.get(c) ?? []) {
        if (chartOf.get(target) === chartOf.get(c)) for (const o of objectsBelow(target)) found.push(o);
      }
      derived.set(c, found);
    }
    return found;
  };
  const objects: [Chart, ApiObject[]][] = [];
  for (const chart of charts) {
    const vertices = chart.node.findAll();
    const inChart = new Set(vertices);
    const shared = internedLists<IConstruct>();
    const outbound = (c: IConstruct): readonly IConstruct[] => {
      const out = new Set<IConstruct>();
      for (const d of dependenciesOf.get(c) ?? []) if (inChart.has(d)) out.add(d);
      if (c instanceof ApiObject) {
        for (const scope of c.node.scopes) {
          if (!inChart.has(scope)) continue; // above the chart: cdk8s's Chart.of would have thrown, checked above
          for (const o of derivedOf(scope)) if (o !== c) out.add(o);
        }
      }
      // 10,000 Custom Resources below one construct that depends on the controller all get the same list.
      return shared(out);
    };
    const order = topology(vertices, outbound);
    objects.push([chart, order.filter((c): c is ApiObject => c instanceof ApiObject)]);
  }
  return { charts: chartOrder, objects };
}

/**
 * One array per distinct sequence of items: the same sequence given again returns the array made the first time.
 * Sequences are kept in a trie keyed by item identity, so looking one up costs one map lookup per item.
 */
function internedLists<T>(): (items: Iterable<T>) => readonly T[] {
  interface TrieNode { list?: T[]; next?: Map<T, TrieNode> }
  const root: TrieNode = {};
  return (items) => {
    let node = root;
    const path: T[] = [];
    for (const item of items) {
      path.push(item);
      node.next ??= new Map();
      let child = node.next.get(item);
      if (!child) node.next.set(item, child = {});
      node = child;
    }
    return node.list ??= path;
  };
}

/**
 * cdk8s's DependencyGraph topology: roots are the vertices nothing depends on, in the given order; each vertex
 * follows its dependencies (depth first, in their order). Visiting a vertex once gives the same order as cdk8s's
 * repeated visits, for a graph without cycles; a cycle leaves the decision (and its error) to cdk8s.
 */
function topology<T>(vertices: readonly T[], outbound: (v: T) => readonly T[]): T[] {
  const edges = new Map<T, readonly T[]>();
  const hasInbound = new Set<T>();
  // Lists are often shared (see internedLists): each list's targets are marked once, and a list whose targets
  // are all done is not walked again, so 10,000 vertices with one shared list cost 10,000 steps, not 10,000 × its length.
  const marked = new Set<readonly T[]>();
  for (const v of vertices) {
    const out = outbound(v);
    edges.set(v, out);
    if (marked.has(out)) continue;
    marked.add(out);
    for (const d of out) hasInbound.add(d);
  }
  const order: T[] = [];
  const state = new Map<T, 'visiting' | 'done'>();
  const doneLists = new Set<readonly T[]>();
  for (const root of vertices) {
    if (hasInbound.has(root) || state.has(root)) continue;
    // Iterative depth-first search: a long chain of dependencies must not overflow the stack.
    const stack: { v: T; next: number }[] = [{ v: root, next: 0 }];
    state.set(root, 'visiting');
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const out = edges.get(top.v)!;
      if (top.next < out.length && !doneLists.has(out)) {
        const d = out[top.next++];
        const s = state.get(d);
        if (s === 'visiting') useCdk8s(); // a cycle
        if (s === undefined) {
          state.set(d, 'visiting');
          stack.push({ v: d, next: 0 });
        }
      } else {
        stack.pop();
        state.set(top.v, 'done');
        order.push(top.v);
        doneLists.add(out); // every target of `out` is done: they were visited before `top.v` finished
      }
    }
  }
  // Vertices on a cycle with no root above them are never reached: cdk8s reports the cycle.
  if (order.length !== vertices.length) useCdk8s();
  return order;
}
