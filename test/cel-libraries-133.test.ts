import { describe, expect, it } from 'vitest';
import { compileSchemaRules, evaluateRules, formatFinding, type JSONSchemaProps } from '../lib/internal';
import { parseSemver } from '../lib/cel/libraries/semver';

const schema = (rules: string[]): JSONSchemaProps => ({
  type: 'object',
  properties: { spec: { type: 'object', properties: { version: { type: 'string' } }, 'x-kubernetes-validations': rules.map((rule) => ({ rule })) } },
});

describe('semver library (apiserver library.SemverLib, Kubernetes 1.33+)', () => {
  it('parses SemVer 2.0 strictly, and with normalize also v-prefixed, short and zero-padded versions', () => {
    expect(parseSemver('1.2.3-rc.1+build.5')).toEqual({ major: 1n, minor: 2n, patch: 3n, pre: ['rc', '1'] });
    for (const bad of ['v1.2.3', '1.2', '01.2.3', '1.2.3-01', '1.2.3-', 'x']) expect(parseSemver(bad)).toBeUndefined();
    expect(parseSemver('v1.2', true)).toEqual({ major: 1n, minor: 2n, patch: 0n, pre: [] });
    expect(parseSemver('01.02.03', true)).toEqual({ major: 1n, minor: 2n, patch: 3n, pre: [] });
  });

  const rules = [
    'isSemver(self.version)',
    "semver(self.version).isGreaterThan(semver('1.0.0'))",
    "semver(self.version).major() == 1 && semver(self.version).minor() >= 2 && semver(self.version).patch() >= 0",
    "semver('1.2.3-alpha').isLessThan(semver('1.2.3-alpha.1')) && semver('1.2.3-alpha.1').isLessThan(semver('1.2.3-beta')) && semver('1.2.3-rc.1').isLessThan(semver('1.2.3'))",
    "semver('1.2.3-2').compareTo(semver('1.2.3-10')) == -1 && semver('1.2.3+a') == semver('1.2.3+b')",
    "isSemver('v1.2', true) && !isSemver('v1.2') && semver('v1.2', true) == semver('1.2.0')",
  ];

  it('checks and evaluates rules that use it from 1.33', () => {
    const c = compileSchemaRules(schema(rules), { kubeVersion: '1.33' });
    expect(c.findings).toEqual([]);
    expect(evaluateRules(c, { spec: { version: '1.4.0' } })).toEqual([]);
    expect(evaluateRules(c, { spec: { version: 'latest' } }).map(formatFinding)).toEqual([
      'spec: Invalid value: "object": failed rule: isSemver(self.version)',
      expect.stringMatching(/^spec: Invalid value: "object": could not parse semver: "latest" is not a valid semantic version evaluating rule: semver\(self.version\).isGreaterThan/),
      expect.stringMatching(/could not parse semver/),
    ]);
  });

  it('is not declared before 1.33, and its methods apply only to semvers', () => {
    const old = compileSchemaRules(schema(['isSemver(self.version)']), { kubeVersion: '1.32' });
    expect(old.findings.map(formatFinding)).toEqual([expect.stringMatching(/undeclared reference to 'isSemver'/)]);
    const wrong = compileSchemaRules(schema(["semver('1.0.0').isLessThan(quantity('1'))", "quantity('1').major() == 1"]), { kubeVersion: '1.33' });
    expect(wrong.findings).toHaveLength(1); // quantity has no major(); isLessThan(quantity) fails at runtime
    expect(formatFinding(wrong.findings[0])).toMatch(/found no matching overload for 'major'/);
  });
});

describe("cel-go lists extension v3 (ext.Lists(ext.ListsVersion(3)), Kubernetes 1.34+)", () => {
  const s: JSONSchemaProps = {
    type: 'object',
    properties: {
      spec: {
        type: 'object',
        properties: { xs: { type: 'array', items: { type: 'integer' } } },
        'x-kubernetes-validations': [
          { rule: 'self.xs.slice(1, 3) == [2, 3] && [[1], [2, 3]].flatten() == [1, 2, 3] && [[[1]], [[2]]].flatten(2) == [1, 2]' },
          { rule: 'lists.range(3) == [0, 1, 2] && self.xs.distinct() == [1, 2, 3] && self.xs.reverse() == [2, 3, 2, 1]' },
          { rule: "self.xs.sort() == [1, 2, 2, 3] && self.xs.first().value() == 1 && self.xs.last().orValue(0) == 2 && [].first().orValue(7) == 7" },
        ],
      },
    },
  };
  it('evaluates from 1.34, and is undeclared before', () => {
    const c = compileSchemaRules(s, { kubeVersion: '1.34' });
    expect(c.findings.map(formatFinding)).toEqual([]);
    expect(evaluateRules(c, { spec: { xs: [1, 2, 3, 2] } })).toEqual([]);
    expect(evaluateRules(c, { spec: { xs: [1, 2, 2, 3] } }).map(formatFinding)).toEqual([
      expect.stringMatching(/failed rule: self.xs.slice\(1, 3\) == \[2, 3\]/), // [2, 2]
      expect.stringMatching(/failed rule: lists.range\(3\)/), // reverse is [3, 2, 2, 1]
      expect.stringMatching(/failed rule: self.xs.sort\(\)/), // last is 3
    ]);
    expect(compileSchemaRules(s, { kubeVersion: '1.33' }).findings).toHaveLength(3);
  });
});
