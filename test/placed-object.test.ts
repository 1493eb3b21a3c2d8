import { ApiObject, App, Chart, IResolver, Lazy, ResolutionContext, Testing } from 'cdk8s';
import { describe, expect, test } from 'vitest';
import { annotationsOf } from '../lib/gitops/placed-object';

const object = (app: App, annotations?: Record<string, any>) =>
  new ApiObject(new Chart(app, `c${app.node.children.length}`), 'o', {
    apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'o', ...(annotations ? { annotations } : {}) },
  });
const rendered = (o: ApiObject) => o.metadata.toJson().annotations ?? {};

/** A user's resolver that rewrites every string it meets: rendering changes the annotations. */
class Uppercase implements IResolver {
  resolve(context: ResolutionContext): void {
    if (typeof context.value === 'string' && context.value !== context.value.toUpperCase()) context.replaceValue(context.value.toUpperCase());
  }
}

describe('annotationsOf reads what the metadata renders', () => {
  test('stored string annotations, added before and after construction', () => {
    const o = object(Testing.app(), { b: '2', a: 'one' });
    o.metadata.addAnnotation('argocd.argoproj.io/sync-wave', '-5');
    expect(annotationsOf(o)).toEqual(rendered(o));
    expect(annotationsOf(o)).toEqual({ a: 'one', b: '2', 'argocd.argoproj.io/sync-wave': '-5' });
    expect(annotationsOf(object(Testing.app()))).toEqual({});
  });

  test('a copy: changing the result changes nothing in the object', () => {
    const o = object(Testing.app(), { a: '1' });
    annotationsOf(o).a = 'changed';
    expect(rendered(o)).toEqual({ a: '1' });
  });

  test('values that rendering changes: a Lazy, a dropped undefined', () => {
    const o = object(Testing.app(), { lazy: Lazy.any({ produce: () => 'produced' }), gone: undefined, kept: 'x' });
    expect(annotationsOf(o)).toEqual({ lazy: 'produced', kept: 'x' });
    expect(annotationsOf(o)).toEqual(rendered(o));
  });

  test('a custom resolver, given at construction or added later, is applied as rendering applies it', () => {
    const app = new App({ resolvers: [new Uppercase()] });
    const o = object(app, { wave: 'low' });
    expect(annotationsOf(o)).toEqual({ wave: 'LOW' });
    const later = Testing.app();
    const p = object(later, { wave: 'low' });
    expect(annotationsOf(p)).toEqual({ wave: 'low' });
    later.resolvers.unshift(new Uppercase());
    expect(annotationsOf(p)).toEqual({ wave: 'LOW' });
    expect(annotationsOf(p)).toEqual(rendered(p));
  });
});
