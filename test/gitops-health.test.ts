import { Chart, Testing } from 'cdk8s';
import { describe, expect, test } from 'vitest';
import { ArgoCdHealthChecks, CONDITIONS_HEALTH_LUA, healthCustomizationKey } from '../lib/internal';

// fengari is a Lua 5.3 VM in JavaScript (devDependency): the health check runs here as Argo CD runs it,
// with the object as the global `obj`. It ships no types.
const { lua, lauxlib, lualib, to_luastring } = require('fengari');

/** A JSON value as a Lua table constructor. */
function toLua(value: unknown): string {
  if (value === null || value === undefined) return 'nil';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `{${value.map(toLua).join(', ')}}`;
  return `{${Object.entries(value as object).map(([k, v]) => `[${JSON.stringify(k)}] = ${toLua(v)}`).join(', ')}}`;
}

/** Run the health check on `obj` and return Argo CD's `{ status, message }`. */
function health(obj: unknown): { status: string; message: string } {
  const L = lauxlib.luaL_newstate();
  lualib.luaL_openlibs(L);
  const source = `obj = ${toLua(obj)}\nlocal function check()\n${CONDITIONS_HEALTH_LUA}\nend\nreturn check()`;
  if (lauxlib.luaL_loadstring(L, to_luastring(source)) !== lua.LUA_OK || lua.lua_pcall(L, 0, 1, 0) !== lua.LUA_OK) {
    throw new Error(lua.lua_tojsstring(L, -1));
  }
  const field = (name: string) => { lua.lua_getfield(L, -1, to_luastring(name)); const v = lua.lua_tojsstring(L, -1); lua.lua_pop(L, 1); return v; };
  return { status: field('status'), message: field('message') };
}

const cond = (type: string, status: string, extra: Record<string, unknown> = {}) => ({ type, status, ...extra });
const withStatus = (status: unknown, generation = 2) => ({ metadata: { name: 'sessions', generation }, status });

describe('the conditions health check (Lua, run in fengari)', () => {
  test('Ready True → Healthy, with the condition message', () => {
    expect(health(withStatus({ observedGeneration: 2, conditions: [cond('Ready', 'True', { message: '3/3 nodes ready' })] })))
      .toEqual({ status: 'Healthy', message: '3/3 nodes ready' });
  });

  test('Available stands in for Ready', () => {
    expect(health(withStatus({ conditions: [cond('Available', 'True', { reason: 'MinimumReplicasAvailable' })] })))
      .toEqual({ status: 'Healthy', message: 'MinimumReplicasAvailable' });
  });

  test('Ready False → Degraded, unless a rollout is Progressing', () => {
    expect(health(withStatus({ observedGeneration: 2, conditions: [cond('Ready', 'False', { reason: 'CrashLoop', message: 'node 2 crash-looping' })] })))
      .toEqual({ status: 'Degraded', message: 'node 2 crash-looping' });
    expect(health(withStatus({ conditions: [cond('Ready', 'False'), cond('Progressing', 'True', { message: 'scaling to 5' })] })))
      .toEqual({ status: 'Progressing', message: 'scaling to 5' });
  });

  test('Ready Unknown → Progressing', () => {
    expect(health(withStatus({ conditions: [cond('Ready', 'Unknown')] }))).toEqual({ status: 'Progressing', message: 'Ready is Unknown' });
  });

  test('a status older than the spec → Progressing, whatever its conditions say', () => {
    expect(health(withStatus({ observedGeneration: 1, conditions: [cond('Ready', 'True')] })))
      .toEqual({ status: 'Progressing', message: 'Waiting for the controller to observe generation 2' });
    expect(health(withStatus({ conditions: [cond('Ready', 'False', { observedGeneration: 1 })] })))
      .toEqual({ status: 'Progressing', message: 'Waiting for the controller to observe generation 2' });
  });

  test('no status, or no Ready/Available condition yet → Progressing', () => {
    expect(health({ metadata: { name: 'x', generation: 1 } }))
      .toEqual({ status: 'Progressing', message: 'Waiting for the controller to report status' });
    expect(health(withStatus({ observedGeneration: 2 })))
      .toEqual({ status: 'Progressing', message: 'Waiting for a Ready or Available condition' });
    expect(health(withStatus({ conditions: [cond('Progressing', 'True', { reason: 'Creating' })] })))
      .toEqual({ status: 'Progressing', message: 'Creating' });
  });
});

test('ArgoCdHealthChecks writes the Lua under argocd-cm resource.customizations.health.<group>_<kind>', () => {
  const chart = new Chart(Testing.app(), 'c');
  new ArgoCdHealthChecks(chart, 'Health', { kinds: [{ group: 'cache.opkit.dev', kind: 'CacheCluster' }, { group: 'db.example.com', kind: 'Database' }] });
  const [cm] = Testing.synth(chart);
  expect(cm).toMatchObject({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'argocd-cm', namespace: 'argocd' } });
  expect(Object.keys(cm.data)).toEqual([
    'resource.customizations.health.cache.opkit.dev_CacheCluster', 'resource.customizations.health.db.example.com_Database',
  ]);
  expect(cm.data[healthCustomizationKey('cache.opkit.dev', 'CacheCluster')]).toBe(CONDITIONS_HEALTH_LUA);
});
