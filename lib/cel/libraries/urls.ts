import { CelScalar, celFunc, listType, mapType, type CelFunc } from '@bufbuild/cel';
import { opaque, OPAQUE_MAP, type OpaqueMethod } from './opaque';

/**
 * Kubernetes `urls` library (apiserver pkg/cel/library/urls.go), hand-written. Like Go's url.ParseRequestURI
 * the string must be an absolute URI or an absolute path; the parts are split per RFC 3986 appendix B.
 */
const RFC3986 = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):)?(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/;

interface UrlParts {
  scheme: string;
  host: string;
  path: string;
  query: string;
}

function parseUrl(s: string): UrlParts | undefined {
  const m = RFC3986.exec(s);
  if (!m || /\s/.test(s)) return undefined;
  const [, scheme = '', host = '', path = '', query = ''] = m;
  if (!scheme && !path.startsWith('/')) return undefined;
  if (/[[\]]/.test(host) && !/^\[[0-9a-fA-F:.]+\](:\d*)?$/.test(host)) return undefined;
  return { scheme, host, path, query };
}

function mustParse(s: string): UrlParts {
  const p = parseUrl(s);
  if (!p) throw new Error(`URL parse error during conversion from string: parse "${s}": invalid URI for request`);
  return p;
}

function hostname(host: string): string {
  const h = host.replace(/^[^@]*@/, '');
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']'));
  const colon = h.lastIndexOf(':');
  return colon >= 0 ? h.slice(0, colon) : h;
}

function port(host: string): string {
  const h = host.replace(/^[^@]*@/, '');
  const m = /:(\d*)$/.exec(h.startsWith('[') ? h.slice(h.indexOf(']')) : h);
  return m ? m[1] : '';
}

function query(q: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!q) return out;
  for (const part of q.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const dec = (x: string) => decodeURIComponent(x.replace(/\+/g, ' '));
    const k = dec(eq < 0 ? part : part.slice(0, eq));
    const v = eq < 0 ? '' : dec(part.slice(eq + 1));
    out.set(k, [...(out.get(k) ?? []), v]);
  }
  return out;
}

export const urlFunctions: CelFunc[] = [
  celFunc('url', [CelScalar.STRING], OPAQUE_MAP, (s) => {
    mustParse(s);
    return opaque('kubernetes.URL', s);
  }),
  celFunc('isURL', [CelScalar.STRING], CelScalar.BOOL, (s) => parseUrl(s) !== undefined),
];

const str = (f: (p: UrlParts) => string): OpaqueMethod['impls'] => ({ 'kubernetes.URL': (s: string) => f(mustParse(s)) });
export const urlMethods: OpaqueMethod[] = [
  { name: 'getScheme', args: [], result: CelScalar.STRING, impls: str((p) => p.scheme) },
  { name: 'getHost', args: [], result: CelScalar.STRING, impls: str((p) => p.host.replace(/^[^@]*@/, '')) },
  { name: 'getHostname', args: [], result: CelScalar.STRING, impls: str((p) => hostname(p.host)) },
  { name: 'getPort', args: [], result: CelScalar.STRING, impls: str((p) => port(p.host)) },
  { name: 'getEscapedPath', args: [], result: CelScalar.STRING, impls: str((p) => p.path) },
  {
    name: 'getQuery',
    args: [],
    result: mapType(CelScalar.STRING, listType(CelScalar.STRING)),
    impls: { 'kubernetes.URL': (s: string) => query(mustParse(s).query) },
  },
];
