/**
 * The string formats the API server checks in custom resources: apiextensions-apiserver's `supportedFormats`
 * (validated by go-openapi strfmt). Any other format (int32, int64, float, ...) is documentation only and is not
 * checked, exactly as upstream. The checks are written by hand after strfmt's definitions because the JavaScript
 * format libraries (ajv-formats) follow the JSON Schema RFCs, which accept and refuse different strings.
 */
import { isIP, isIPv4, isIPv6 } from 'node:net';

const rx = (s: RegExp) => (v: string) => s.test(v);

const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
const UUID3 = /^[0-9a-f]{8}-?[0-9a-f]{4}-?3[0-9a-f]{3}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
const UUID4 = /^[0-9a-f]{8}-?[0-9a-f]{4}-?4[0-9a-f]{3}-?[89ab][0-9a-f]{3}-?[0-9a-f]{12}$/i;
const UUID5 = /^[0-9a-f]{8}-?[0-9a-f]{4}-?5[0-9a-f]{3}-?[89ab][0-9a-f]{3}-?[0-9a-f]{12}$/i;
const HOSTNAME = /^([a-zA-Z0-9\p{S}\p{L}]((-?[a-zA-Z0-9\p{S}\p{L}]{0,62})?)|([a-zA-Z0-9\p{S}\p{L}](([a-zA-Z0-9-\p{S}\p{L}]{0,61}[a-zA-Z0-9\p{S}\p{L}])?)(\.)){1,}([a-zA-Z\p{L}]){2,63})$/u;
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+$/;
const CREDIT_CARD = /^(?:4[0-9]{12}(?:[0-9]{3})?|5[1-5][0-9]{14}|6(?:011|5[0-9][0-9])[0-9]{12}|3[47][0-9]{13}|3(?:0[0-5]|[68][0-9])[0-9]{11}|(?:2131|1800|35\d{3})\d{11})$/;
const SSN = /^\d{3}[- ]?\d{2}[- ]?\d{4}$/;
const HEX_COLOR = /^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
const RGB_PART = '\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*';
const RGB_COLOR = new RegExp(`^rgb\\(${RGB_PART},${RGB_PART},${RGB_PART}\\)$`);
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const BSON_OBJECT_ID = /^[0-9a-fA-F]{24}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?$/;
// strfmt's ParseDuration: Go durations plus long unit names and days/weeks ("3d", "1 week").
const DURATION = /^\s*(-?\d+(\.\d+)?\s*(ns|us|µs|ms|s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|wk|wks|week|weeks)\s*)+$/;
const MAC_COLON = /^([0-9a-fA-F]{2}[:-]){5}[0-9a-fA-F]{2}$|^([0-9a-fA-F]{2}[:-]){7}[0-9a-fA-F]{2}$|^([0-9a-fA-F]{2}[:-]){19}[0-9a-fA-F]{2}$/;
const MAC_DOT = /^([0-9a-fA-F]{4}\.){2}[0-9a-fA-F]{4}$|^([0-9a-fA-F]{4}\.){3}[0-9a-fA-F]{4}$|^([0-9a-fA-F]{4}\.){9}[0-9a-fA-F]{4}$/;

function validDate(y: string, m: string, d: string): boolean {
  const date = new Date(Date.UTC(+y, +m - 1, +d));
  return date.getUTCFullYear() === +y && date.getUTCMonth() === +m - 1 && date.getUTCDate() === +d;
}

function isbn10(v: string): boolean {
  const s = v.replace(/[\s-]/g, '');
  if (!/^\d{9}[\dX]$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (s[i] === 'X' ? 10 : +s[i]) * (10 - i);
  return sum % 11 === 0;
}

function isbn13(v: string): boolean {
  const s = v.replace(/[\s-]/g, '');
  if (!/^\d{13}$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += +s[i] * (i % 2 === 0 ? 1 : 3);
  return sum % 10 === 0;
}

function cidr(v: string): boolean {
  const slash = v.indexOf('/');
  if (slash < 0) return false;
  const ip = v.slice(0, slash);
  const bits = v.slice(slash + 1);
  if (!/^\d{1,3}$/.test(bits)) return false;
  const family = isIP(ip);
  return family !== 0 && +bits <= (family === 4 ? 32 : 128);
}

// go's url.ParseRequestURI: an absolute URI (scheme:...) or an absolute path, no spaces.
const uri = (v: string) => /^([a-zA-Z][a-zA-Z0-9+.-]*:[^\s]*|\/[^\s]*)$/.test(v);

/** Format name → check. Names as upstream spells them; `date-time` is accepted as an alias of `datetime`. */
export const SUPPORTED_FORMATS: Readonly<Record<string, (v: string) => boolean>> = {
  bsonobjectid: rx(BSON_OBJECT_ID),
  uri,
  email: rx(EMAIL),
  hostname: (v) => v.length <= 255 && HOSTNAME.test(v),
  ipv4: (v) => isIPv4(v),
  ipv6: (v) => isIPv6(v),
  cidr,
  mac: (v) => MAC_COLON.test(v) || MAC_DOT.test(v),
  uuid: rx(UUID),
  uuid3: rx(UUID3),
  uuid4: rx(UUID4),
  uuid5: rx(UUID5),
  isbn: (v) => isbn10(v) || isbn13(v),
  isbn10,
  isbn13,
  creditcard: (v) => CREDIT_CARD.test(v.replace(/[\s-]/g, '')),
  ssn: rx(SSN),
  hexcolor: rx(HEX_COLOR),
  rgbcolor: rx(RGB_COLOR),
  byte: rx(BASE64),
  password: () => true,
  date: (v) => { const m = DATE.exec(v); return !!m && validDate(m[1], m[2], m[3]); },
  duration: rx(DURATION),
  datetime: (v) => { const m = DATE_TIME.exec(v); return !!m && validDate(m[1], m[2], m[3]) && +m[4] < 24 && +m[5] < 60 && +m[6] < 61; },
};

/** The check for a schema's `format`, or undefined when the API server does not check that format. */
export function formatCheck(format: string | undefined): ((v: string) => boolean) | undefined {
  if (!format) return undefined;
  return SUPPORTED_FORMATS[format === 'date-time' ? 'datetime' : format];
}
