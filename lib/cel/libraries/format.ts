import { CelScalar, celFunc, type CelFunc } from '@bufbuild/cel';
import { opaque, OPAQUE_MAP, type OpaqueMethod } from './opaque';
import { none, some } from './optional';
import { asPrefix, isDns1035Label, isDns1123Label, isDns1123Subdomain, isQualifiedName, isValidLabelValue } from '../../apimachinery/name-formats';

/**
 * Kubernetes `format` library (apiserver pkg/cel/library/format.go, 1.31+), hand-written:
 * `format.<name>()` / `format.named(name)` give a format, `<format>.validate(s)` gives optional.none() when s
 * is valid, else optional.of(list of error strings) with apimachinery's messages.
 */
const URI_RE = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):)?(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/;
const UUID_RE = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32})$/i;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_RE = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

const validDate = (s: string) => {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
};

const FORMATS: Record<string, (s: string) => string[]> = {
  dns1123Label: isDns1123Label,
  dns1123Subdomain: isDns1123Subdomain,
  dns1035Label: isDns1035Label,
  qualifiedName: isQualifiedName,
  dns1123LabelPrefix: asPrefix(isDns1123Label),
  dns1123SubdomainPrefix: asPrefix(isDns1123Subdomain),
  dns1035LabelPrefix: asPrefix(isDns1035Label),
  labelValue: isValidLabelValue,
  uri: (s) => {
    const m = URI_RE.exec(s);
    const ok = !!m && !/\s/.test(s) && (!!m[1] || (m[3] ?? '').startsWith('/'));
    return ok ? [] : [`parse ${JSON.stringify(s)}: invalid URI for request`];
  },
  uuid: (s) => (UUID_RE.test(s) ? [] : ['does not match the UUID format']),
  byte: (s) => (/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s) ? [] : ['invalid base64']),
  date: (s) => (validDate(s) ? [] : ['invalid date']),
  datetime: (s) => (DATETIME_RE.test(s) && validDate(s.slice(0, 10)) && !Number.isNaN(Date.parse(s.replace(' ', 'T'))) ? [] : ['invalid datetime']),
};
const TAG = 'kubernetes.NamedFormat';

export const formatFunctions: CelFunc[] = [
  ...Object.keys(FORMATS).map((name) => celFunc(`format.${name}`, [], OPAQUE_MAP, () => opaque(TAG, name))),
  celFunc('format.named', [CelScalar.STRING], OPAQUE_MAP, (name) => (Object.hasOwn(FORMATS, name) ? some(opaque(TAG, name)) : none())),
];

export const formatMethods: OpaqueMethod[] = [
  {
    name: 'validate',
    args: [CelScalar.STRING],
    result: OPAQUE_MAP,
    impls: {
      [TAG]: (name: string, s: string) => {
        const errs = FORMATS[name](s);
        return errs.length ? some(errs) : none();
      },
    },
  },
];
