/**
 * Name, label and annotation rules of k8s.io/apimachinery `pkg/util/validation` and `api/validation`,
 * with their exact messages. Written by hand: no npm package carries these (they are small regexes, but the
 * messages must match the API server's word for word).
 */

const DNS1123_LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN = `${DNS1123_LABEL}(\\.${DNS1123_LABEL})*`;
const DNS1035_LABEL = '[a-z]([-a-z0-9]*[a-z0-9])?';
const QUALIFIED_NAME = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const LABEL_VALUE = `(${QUALIFIED_NAME})?`;

const rx = (s: string) => new RegExp(`^${s}$`);
const dns1123LabelRx = rx(DNS1123_LABEL);
const dns1123SubdomainRx = rx(DNS1123_SUBDOMAIN);
const dns1035LabelRx = rx(DNS1035_LABEL);
const qualifiedNameRx = rx(QUALIFIED_NAME);
const labelValueRx = rx(LABEL_VALUE);

const maxLen = (n: number) => `must be no more than ${n} characters`;
const regexError = (msg: string, fmt: string, ...examples: string[]) =>
  `${msg} (e.g. ${examples.map((e) => `'${e}'`).join(',  or ')}, regex used for validation is '${fmt}')`;

/** IsDNS1123Label: 63 characters, lower-case alphanumerics and '-'. */
export function dns1123Label(v: string): string[] {
  const errs: string[] = [];
  if (v.length > 63) errs.push(maxLen(63));
  if (!dns1123LabelRx.test(v)) {
    errs.push(regexError("a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
      DNS1123_LABEL, 'my-name', '123-abc'));
  }
  return errs;
}

/** IsDNS1123Subdomain: 253 characters, dot-separated labels. */
export function dns1123Subdomain(v: string): string[] {
  const errs: string[] = [];
  if (v.length > 253) errs.push(maxLen(253));
  if (!dns1123SubdomainRx.test(v)) {
    errs.push(regexError("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
      DNS1123_SUBDOMAIN, 'example.com'));
  }
  return errs;
}

/** IsDNS1035Label: like a DNS-1123 label but starting with a letter (Service names). */
export function dns1035Label(v: string): string[] {
  const errs: string[] = [];
  if (v.length > 63) errs.push(maxLen(63));
  if (!dns1035LabelRx.test(v)) {
    errs.push(regexError("a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character",
      DNS1035_LABEL, 'my-name', 'abc-123'));
  }
  return errs;
}

/** ValidatePathSegmentName: RBAC objects may use any name that is a valid URL path segment. */
export function pathSegmentName(v: string): string[] {
  if (v === '.' || v === '..') return [`may not be '${v}'`];
  for (const bad of ['/', '%']) if (v.includes(bad)) return [`may not contain '${bad}'`];
  return [];
}

/** IsQualifiedName: label and annotation keys, `[prefix/]name`. */
export function qualifiedName(v: string): string[] {
  const parts = v.split('/');
  let name: string;
  const errs: string[] = [];
  if (parts.length === 1) {
    name = parts[0];
  } else if (parts.length === 2) {
    const [prefix] = parts;
    name = parts[1];
    if (prefix.length === 0) errs.push(`prefix part ${'must be non-empty'}`);
    else for (const e of dns1123Subdomain(prefix)) errs.push(`prefix part ${e}`);
  } else {
    return [regexError("a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
      QUALIFIED_NAME, 'MyName', 'my.name', '123-abc') + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"];
  }
  if (name.length === 0) errs.push('name part must be non-empty');
  else if (name.length > 63) errs.push(`name part ${maxLen(63)}`);
  if (name.length > 0 && !qualifiedNameRx.test(name)) {
    errs.push(`name part ${regexError("must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
      QUALIFIED_NAME, 'MyName', 'my.name', '123-abc')}`);
  }
  return errs;
}

/** IsValidLabelValue. */
export function labelValue(v: string): string[] {
  const errs: string[] = [];
  if (v.length > 63) errs.push(maxLen(63));
  if (!labelValueRx.test(v)) {
    errs.push(regexError("a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
      LABEL_VALUE, 'MyValue', 'my_value', '12345'));
  }
  return errs;
}

/** The name rule the API server applies to a kind (most use DNS-1123 subdomains). */
export type NameRule = (v: string) => string[];

const NAME_RULES: Record<string, NameRule> = {
  Service: dns1035Label,
  Namespace: dns1123Label,
  Role: pathSegmentName,
  ClusterRole: pathSegmentName,
  RoleBinding: pathSegmentName,
  ClusterRoleBinding: pathSegmentName,
};

/** The name rule of a built-in kind; custom resources always use DNS-1123 subdomains. */
export function nameRuleFor(kind: string | undefined, builtin: boolean): NameRule {
  return (builtin && kind && NAME_RULES[kind]) || dns1123Subdomain;
}
