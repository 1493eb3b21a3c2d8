import { describe, expect, it } from 'vitest';
import { compileSchemaRules, evaluateRules } from '../lib/internal';
import type { JSONSchemaProps } from '../lib/internal';

/** Evaluates one expression as a rule `<expr> == <expected>` on a string-typed `self`. */
function holds(expr: string, kubeVersion = '1.30', self: unknown = 'x'): string[] {
  const schema: JSONSchemaProps = { type: 'string', 'x-kubernetes-validations': [{ rule: expr }] };
  const compiled = compileSchemaRules(schema, { kubeVersion, resourceRoot: false });
  return [...compiled.findings, ...evaluateRules(compiled, self)].map((f) => f.message);
}

describe('CEL libraries (Kubernetes additions)', () => {
  it.each([
    // strings extension (@bufbuild/cel ext)
    "'hello'.charAt(1) == 'e'",
    "'hello'.indexOf('l') == 2 && 'hello'.lastIndexOf('l') == 3",
    "'Hello'.lowerAscii() == 'hello' && 'Hello'.upperAscii() == 'HELLO'",
    "'a-b-c'.replace('-', '.') == 'a.b.c' && 'a,b'.split(',') == ['a', 'b']",
    "'hello'.substring(1, 3) == 'el' && '  x '.trim() == 'x' && ['a', 'b'].join('-') == 'a-b'",
    // lists
    '[1, 2, 3].isSorted() && ![3, 1].isSorted()',
    '[1, 2, 3].sum() == 6 && [1.5, 2.5].sum() == 4.0',
    "[3, 1, 2].min() == 1 && [3, 1, 2].max() == 3 && ['b', 'a'].min() == 'a'",
    '[1, 2, 1].indexOf(1) == 0 && [1, 2, 1].lastIndexOf(1) == 2 && [1].indexOf(5) == -1',
    // regex
    "'abc 123 def 456'.find('[0-9]+') == '123' && 'abc'.find('[0-9]+') == ''",
    "'abc 123 def 456'.findAll('[0-9]+') == ['123', '456'] && 'a1b2c3'.findAll('[0-9]', 2) == ['1', '2']",
    "'abc'.matches('^a.c$') && !'abc'.matches('^b')",
    "'ab12 x3'.find('[[:digit:]]+') == '12' && 'abca'.findAll('\\Aa') == ['a'] && 'k=v'.find('(?P<key>\\w+)=') == 'k='",
    // url
    "url('https://example.com:8443/a%20b?x=1&x=2&y=z').getScheme() == 'https'",
    "url('https://example.com:8443/path').getHost() == 'example.com:8443' && url('https://example.com:8443/').getHostname() == 'example.com'",
    "url('https://[::1]:80/').getHostname() == '::1' && url('https://example.com:8443/').getPort() == '8443' && url('https://example.com/').getPort() == ''",
    "url('https://example.com/a%20b').getEscapedPath() == '/a%20b' && url('/p?x=1&x=2&y=z').getQuery() == {'x': ['1', '2'], 'y': ['z']}",
    "isURL('https://example.com') && isURL('/absolute/path') && !isURL('relative/path') && !isURL('')",
    // quantity
    "quantity('1Ki') == quantity('1024') && isQuantity('500m') && !isQuantity('1.5.5')",
    "quantity('1Gi').compareTo(quantity('1G')) == 1 && quantity('100m').isLessThan(quantity('1')) && quantity('2k').isGreaterThan(quantity('1999'))",
    "quantity('1k').add(quantity('500')) == quantity('1500') && quantity('1').sub(1) == quantity('0') && quantity('2').add(3).asInteger() == 5",
    "quantity('1.5').asApproximateFloat() == 1.5 && quantity('-3').sign() == -1 && quantity('0').sign() == 0",
    "quantity('5').isInteger() && !quantity('500m').isInteger() && quantity('1e3').asInteger() == 1000",
    // sets
    'sets.contains([1, 2, 3], [1, 3]) && !sets.contains([1], [2])',
    'sets.equivalent([1, 2, 2], [2, 1]) && !sets.equivalent([1], [1, 2])',
    'sets.intersects([1, 2], [2, 5]) && !sets.intersects([1], [2])',
    // ip and cidr
    "isIP('192.168.0.1') && isIP('2001:db8::1') && !isIP('192.168.00.1') && !isIP('::ffff:1.2.3.4') && !isIP('fe80::1%eth0')",
    "ip('192.168.0.1').family() == 4 && ip('::1').family() == 6 && ip('2001:0db8:0:0:0:0:0:1') == ip('2001:db8::1')",
    "string(ip('2001:0db8:0000::0001')) == '2001:db8::1' && ip.isCanonical('2001:db8::1') && !ip.isCanonical('2001:DB8::1')",
    "ip('127.0.0.1').isLoopback() && ip('::1').isLoopback() && ip('0.0.0.0').isUnspecified() && ip('fe80::1').isLinkLocalUnicast()",
    "ip('224.0.0.5').isLinkLocalMulticast() && ip('8.8.8.8').isGlobalUnicast() && !ip('169.254.1.1').isGlobalUnicast()",
    "isCIDR('10.0.0.0/8') && !isCIDR('10.0.0.0/33') && !isCIDR('10.0.0.0')",
    "cidr('10.0.0.0/8').containsIP(ip('10.1.2.3')) && cidr('10.0.0.0/8').containsIP('10.255.0.1') && !cidr('10.0.0.0/8').containsIP('11.0.0.1')",
    "cidr('10.0.0.0/8').containsCIDR('10.1.0.0/16') && !cidr('10.1.0.0/16').containsCIDR(cidr('10.0.0.0/8'))",
    "cidr('192.168.1.5/24').ip() == ip('192.168.1.5') && cidr('192.168.1.5/24').masked() == cidr('192.168.1.0/24') && cidr('::/0').prefixLength() == 0",
    // optionals
    "optional.of(1).hasValue() && !optional.none().hasValue() && optional.none().orValue(5) == 5 && optional.of('a').value() == 'a'",
    "optional.ofNonZeroValue('').orValue('d') == 'd' && optional.none().or(optional.of(2)).value() == 2",
  ])('%s', (expr) => {
    expect(holds(expr)).toEqual([]);
  });

  it('reports library runtime errors with the rule', () => {
    expect(holds("quantity('1.5').asInteger() == 1")).toEqual([
      'Invalid value: "string": cannot convert value to integer evaluating rule: quantity(\'1.5\').asInteger() == 1',
    ]);
    expect(holds('[].min() == 1')).toEqual(['Invalid value: "string": min called on empty list evaluating rule: [].min() == 1']);
    expect(holds("url('not a url').getHost() == ''")[0]).toContain('URL parse error during conversion from string');
    expect(holds("'a'.find('(') == ''")[0]).toContain('invalid regex string');
    expect(holds("ip('1.2.3.04').family() == 4")[0]).toContain('parse error during conversion from string');
    expect(holds("ip('::ffff:1.2.3.4').family() == 6")[0]).toContain('IPv4-mapped IPv6 address is not allowed');
  });

  it('types library values at compile time', () => {
    const errorOf = (expr: string) => holds(expr, '1.31')[0];
    expect(errorOf("quantity('1').getHost() == ''")).toContain(
      "found no matching overload for 'getHost' applied to 'kubernetes.Quantity.()'",
    );
    expect(errorOf("url('https://x').add(1) == url('https://y')")).toContain("found no matching overload for 'add' applied to 'kubernetes.URL.(int)'");
    expect(errorOf("quantity('1').isLessThan('2')")).toContain("found no matching overload for 'isLessThan' applied to 'kubernetes.Quantity.(string)'");
    expect(errorOf("cidr('10.0.0.0/8').family() == 4")).toContain("found no matching overload for 'family' applied to 'net.IPPrefix.()'");
    expect(errorOf("url('https://x').host == ''")).toContain("type 'kubernetes.URL' does not support field selection");
    expect(errorOf("optional.of('a').value() + 1 == 2")).toContain("found no matching overload for '_+_' applied to '(string, int)'");
    expect(holds("ip('10.0.0.1').family() == 4 && cidr('10.0.0.0/8').ip().isLoopback() == false", '1.31')).toEqual([]);
  });

  it('gates libraries by Kubernetes version like the API server environment', () => {
    expect(holds("quantity('1') == quantity('1')", '1.27')).toEqual([
      'Invalid value: "quantity(\'1\') == quantity(\'1\')": compilation failed: ERROR: <input>:1:1: undeclared reference to \'quantity\' (in container \'\'); ERROR: <input>:1:18: undeclared reference to \'quantity\' (in container \'\')',
    ]);
    expect(holds("sets.contains([1], [1])", '1.28')[0]).toContain("undeclared reference to 'sets.contains' (in container '')");
    expect(holds("strings.quote('a') == '\"a\"'", '1.28')[0]).toContain("undeclared reference to 'strings.quote'");
    expect(holds("strings.quote('a') == '\"a\"'", '1.29')).toEqual([]);
    expect(holds('sets.contains([1], [1])', '1.29')).toEqual([]);
    expect(holds("isIP('1.2.3.4')", '1.29')[0]).toContain("undeclared reference to 'isIP'");
    expect(holds("'abc'.charAt(0) == 'a'", '1.27')).toEqual([]);
  });

  describe('format (1.31+)', () => {
    it.each([
      "!format.dns1123Label().validate('my-name').hasValue() && format.dns1123Label().validate('My_Name').hasValue()",
      "!format.dns1123Subdomain().validate('apiextensions.k8s.io').hasValue() && format.dns1123Subdomain().validate('-x').hasValue()",
      "!format.dns1035Label().validate('abc-1').hasValue() && format.dns1035Label().validate('1abc').hasValue()",
      "!format.qualifiedName().validate('example.com/MyName').hasValue() && format.qualifiedName().validate('a/b/c').hasValue()",
      "!format.dns1123LabelPrefix().validate('my-prefix-').hasValue() && format.dns1123Label().validate('my-prefix-').hasValue()",
      "!format.labelValue().validate('').hasValue() && format.labelValue().validate('-x').hasValue()",
      "!format.uri().validate('http://example.com').hasValue() && format.uri().validate('x y').hasValue()",
      "!format.uuid().validate('123e4567-e89b-12d3-a456-426614174000').hasValue() && format.uuid().validate('nope').value() == ['does not match the UUID format']",
      "!format.byte().validate('aGVsbG8=').hasValue() && format.byte().validate('a').value() == ['invalid base64']",
      "!format.date().validate('2024-02-29').hasValue() && format.date().validate('2023-02-29').value() == ['invalid date']",
      "!format.datetime().validate('2021-01-01T00:00:00Z').hasValue() && format.datetime().validate('2021-01-01').value() == ['invalid datetime']",
      "format.named('dns1123Label').hasValue() && !format.named('nope').hasValue() && !format.named('uuid').value().validate('123e4567e89b12d3a456426614174000').hasValue()",
    ])('%s', (expr) => {
      expect(holds(expr, '1.31')).toEqual([]);
    });

    it('returns apimachinery messages, usable in messageExpression', () => {
      const schema: JSONSchemaProps = {
        type: 'string',
        'x-kubernetes-validations': [
          { rule: '!format.dns1123Label().validate(self).hasValue()', messageExpression: "format.dns1123Label().validate(self).value().join('; ')" },
        ],
      };
      const compiled = compileSchemaRules(schema, { kubeVersion: '1.31', resourceRoot: false });
      expect(evaluateRules(compiled, 'A'.repeat(64)).map((f) => f.message)).toEqual([
        "Invalid value: \"string\": must be no more than 63 characters; a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
      ]);
      expect(holds("format.dns1123Label().validate('x').hasValue()", '1.30')[0]).toContain("undeclared reference to 'format.dns1123Label'");
    });
  });

  describe('two-variable comprehensions (1.32+)', () => {
    it.each([
      "['a', 'b'].all(i, v, (i == 0 && v == 'a') || (i == 1 && v == 'b'))",
      "{'a': 1, 'b': 2}.all(k, v, v > 0) && !{'a': 1, 'b': -2}.all(k, v, v > 0)",
      "{'a': 1, 'b': 2}.exists(k, v, k == 'b' && v == 2) && !['x'].exists(i, v, i == 1)",
      "[5, 6, 7].existsOne(i, v, i == v - 5 && v > 6) && ![1, 1].existsOne(i, v, v == 1)",
      "['a', 'b'].transformList(i, v, v + string(i)) == ['a0', 'b1'] && [1, 2, 3].transformList(i, v, v > 1, v * 10) == [20, 30]",
      "{'a': 1, 'b': 2}.transformMap(k, v, v * 2) == {'a': 2, 'b': 4} && {'a': 1, 'b': 2}.transformMap(k, v, v > 1, k) == {'b': 'b'}",
      "[[1, 2], [3]].all(i, xs, xs.all(j, x, x > i))",
    ])('%s', (expr) => {
      expect(holds(expr, '1.32')).toEqual([]);
    });

    it('is not available before 1.32, and bodies still see outer variables', () => {
      expect(holds("['a'].all(i, v, v == 'a')", '1.31')[0]).toContain('compilation failed');
      const schema: JSONSchemaProps = {
        type: 'object',
        properties: { limit: { type: 'integer' }, values: { type: 'object', additionalProperties: { type: 'integer' } } },
        'x-kubernetes-validations': [{ rule: 'self.values.all(name, v, v <= self.limit)', message: 'over limit' }],
      };
      const compiled = compileSchemaRules(schema, { kubeVersion: '1.32', resourceRoot: false });
      expect(compiled.findings).toEqual([]);
      expect(evaluateRules(compiled, { limit: 5, values: { a: 1, b: 5 } })).toEqual([]);
      expect(evaluateRules(compiled, { limit: 5, values: { a: 1, b: 6 } }).map((f) => f.message)).toEqual(['Invalid value: "object": over limit']);
    });
  });
});
