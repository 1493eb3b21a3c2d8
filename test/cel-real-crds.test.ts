import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkCrdCelRules, compileSchemaRules, evaluateRules, formatFinding, type Finding, type JSONSchemaProps } from '../lib/internal';
import { ROOT } from './helpers';

const CRDS = path.join(ROOT, '..', 'shared', 'crds');
const present = fs.existsSync(CRDS);
if (!present) console.warn(`cel-real-crds: ${CRDS} is absent; the real Prometheus/Issuer CEL rule tests are skipped`);

function load(file: string) {
  const crd = parse(fs.readFileSync(path.join(CRDS, file), 'utf8'));
  const schema = crd.spec.versions[0].schema.openAPIV3Schema as JSONSchemaProps;
  return { crd, schema };
}
const lines = (fs: Finding[]) => fs.map(formatFinding);

describe.skipIf(!present)('real CRD rules (needs ../shared/crds)', () => {
  describe('monitoring.coreos.com Prometheus (5 rules)', () => {
    const { crd, schema } = present ? load('monitoring.coreos.com_prometheuses.yaml') : ({} as never);
    const prom = (spec: object) => ({ apiVersion: 'monitoring.coreos.com/v1', kind: 'Prometheus', metadata: { name: 'k8s' }, spec });

    it('compiles every rule, passes the CRD-level checks', () => {
      const compiled = compileSchemaRules(schema);
      expect(compiled.ruleCount).toBe(5);
      expect(compiled.findings).toEqual([]);
      expect(checkCrdCelRules(crd)).toEqual([]);
    });

    it('accepts valid objects', () => {
      const compiled = compileSchemaRules(schema);
      const valid = prom({
        shards: 3,
        shardingStrategy: { mode: 'Topology', topology: { values: ['a', 'b', 'c'] } },
        updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } },
        remoteWrite: [{ url: 'https://rw.example.com', sigv4: { roleArn: 'arn:aws:iam::1:role/x', externalId: 'e' } }],
      });
      expect(evaluateRules(compiled, valid)).toEqual([]);
      expect(evaluateRules(compiled, prom({}))).toEqual([]);
    });

    it('reports each violated rule with the API server message and path', () => {
      const compiled = compileSchemaRules(schema);
      const invalid = prom({
        shards: 2,
        shardingStrategy: { mode: 'Classic', topology: { values: ['a', 'b', 'c'] } },
        updateStrategy: { type: 'OnDelete', rollingUpdate: { maxUnavailable: '10%' } },
        remoteWrite: [{ url: 'https://ok' }, { url: 'https://rw', sigv4: { externalId: 'e' } }],
        alerting: { alertmanagers: [{ name: 'am', namespace: 'mon', port: 'web', sigv4: { externalId: 'x' } }] },
      });
      expect(lines(evaluateRules(compiled, invalid))).toEqual([
        'spec.alerting.alertmanagers[0].sigv4: Invalid value: "object": externalId can only be used when roleArn is specified',
        'spec.remoteWrite[1].sigv4: Invalid value: "object": externalId can only be used when roleArn is specified',
        "spec.shardingStrategy: Invalid value: \"object\": topology can only be defined when mode is set to 'Topology'",
        'spec.updateStrategy: Invalid value: "object": rollingUpdate requires type to be RollingUpdate',
      ]);
      const tooFewShards = prom({ shards: 2, shardingStrategy: { mode: 'Topology', topology: { values: ['a', 'b', 'c'] } } });
      expect(lines(evaluateRules(compiled, tooFewShards))).toEqual([
        'spec: Invalid value: "object": shards must be greater than or equal to the number of topology values when sharding strategy mode is Topology',
      ]);
      // shards defaults to 1 in the rule when unset
      expect(evaluateRules(compiled, prom({ shardingStrategy: { mode: 'Topology', topology: { values: ['a', 'b'] } } }))).toHaveLength(1);
    });
  });

  it('validates many objects without recompiling (smoke check; the throughput target is measured elsewhere)', () => {
    const { schema } = load('monitoring.coreos.com_prometheuses.yaml');
    const compiled = compileSchemaRules(schema);
    const objects = Array.from({ length: 1000 }, (_, i) => ({
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'Prometheus',
      metadata: { name: `p${i}` },
      spec: { shards: 2, shardingStrategy: { mode: 'Topology', topology: { values: ['a', 'b'] } }, remoteWrite: [{ url: 'https://x', sigv4: { roleArn: 'r' } }] },
    }));
    const started = performance.now();
    for (const o of objects) expect(evaluateRules(compiled, o)).toEqual([]);
    // ~10,000/s warm on one core; a loose bound that still catches per-object compilation (~100 ms each)
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(compileSchemaRules(schema)).toBe(compiled);
  });

  describe('cert-manager.io Issuer (1 rule)', () => {
    const { crd, schema } = present ? load('cert-manager.io_issuers.yaml') : ({} as never);
    const issuer = (venafi: object) => ({ apiVersion: 'cert-manager.io/v1', kind: 'Issuer', metadata: { name: 'v' }, spec: { venafi } });

    it('compiles and passes the CRD-level checks', () => {
      expect(compileSchemaRules(schema).ruleCount).toBe(1);
      expect(checkCrdCelRules(crd)).toEqual([]);
    });

    it('requires exactly one of tpp, cloud, ngts', () => {
      const compiled = compileSchemaRules(schema);
      const tpp = { url: 'https://tpp', credentialsRef: { name: 'c' } };
      const cloud = { apiTokenSecretRef: { name: 't' } };
      expect(evaluateRules(compiled, issuer({ zone: 'z', tpp }))).toEqual([]);
      const message = 'spec.venafi: Invalid value: "object": exactly one of tpp, cloud, or ngts must be configured';
      expect(lines(evaluateRules(compiled, issuer({ zone: 'z', tpp, cloud })))).toEqual([message]);
      expect(lines(evaluateRules(compiled, issuer({ zone: 'z' })))).toEqual([message]);
    });
  });
});
