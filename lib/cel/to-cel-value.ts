import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { create } from '@bufbuild/protobuf';
import { DurationSchema } from '@bufbuild/protobuf/wkt';
import { celList, celMap, type CelInput } from '@bufbuild/cel';
import { escapeProperty } from './escaping';
import type { SchemaCelType } from './schema-cel-type';

/**
 * Converts a JSON value into the CEL value the API server binds (`UnstructuredToVal`): integers become int64
 * (bigint), date-time strings timestamps, duration strings durations, byte strings bytes; objects keep only
 * their declared fields, under their escaped CEL names (plus everything under dyn). Values that do not fit the type are passed as they are
 * (schema validation reports those). Lists and maps are handed over already wrapped as CelList/CelMap: the
 * engine would otherwise re-wrap a plain object on every field access.
 */
export function toCelValue(value: unknown, type: SchemaCelType): CelInput {
  switch (type.kind) {
    case 'int':
      return typeof value === 'number' && Number.isInteger(value) ? BigInt(value) : (value as CelInput);
    case 'timestamp':
      if (typeof value === 'string') {
        const d = new Date(value);
        if (!Number.isNaN(d.getTime())) return timestampFromDate(d) as CelInput;
      }
      return value as CelInput;
    case 'duration':
      return typeof value === 'string' ? (parseGoDuration(value) ?? value) : (value as CelInput);
    case 'bytes':
      return typeof value === 'string' ? new Uint8Array(Buffer.from(value, 'base64')) : (value as CelInput);
    case 'list':
      return Array.isArray(value) ? celList(value.map((v) => toCelValue(v, type.elem))) : (value as CelInput);
    case 'map':
      if (!isObject(value)) return value as CelInput;
      return mapValues(value, (k) => [k, type.value]);
    case 'object':
      if (!isObject(value)) return value as CelInput;
      return mapValues(value, (k) => objectEntry(type.fields, k));
    default:
      return dyn(value);
  }
}

/** Entries of `value` that `entry` gives a CEL key and type, converted. */
function mapValues(value: Record<string, unknown>, entry: (k: string) => readonly [string, SchemaCelType] | undefined): CelInput {
  const out = new Map<string, CelInput>();
  for (const k in value) {
    const e = value[k] === undefined ? undefined : entry(k);
    if (e) out.set(e[0], toCelValue(value[k], e[1]));
  }
  return celMap(out);
}

/** An object's declared properties under their CEL (escaped) names, as upstream's unstructuredMap for objects. */
function objectEntry(fields: ReadonlyMap<string, SchemaCelType>, k: string): readonly [string, SchemaCelType] | undefined {
  const field = escapeProperty(k);
  const t = field === undefined ? undefined : fields.get(field);
  return t === undefined ? undefined : [field!, t];
}

/** Untyped JSON: integral numbers are int64 as in Kubernetes' unstructured decoding. */
function dyn(value: unknown): CelInput {
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value) : value;
  if (Array.isArray(value)) return celList(value.map(dyn));
  if (isObject(value)) {
    const out = new Map<string, CelInput>();
    for (const k in value) out.set(k, dyn(value[k]));
    return celMap(out);
  }
  return value as CelInput;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const UNIT_NS: Record<string, bigint> = { ns: 1n, us: 1000n, µs: 1000n, ms: 1000000n, s: 1000000000n, m: 60000000000n, h: 3600000000000n };
/** Go's time.ParseDuration ("1h30m", "-2.5s"), the format Kubernetes uses for `format: duration`. */
export function parseGoDuration(s: string): CelInput | undefined {
  const m = /^([+-]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+$/.exec(s);
  if (!m && s !== '0') return undefined;
  let ns = 0n;
  for (const [, num, unit] of s.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g)) {
    const [w, f = ''] = num.split('.');
    const scale = 10n ** BigInt(f.length);
    ns += (BigInt((w || '0') + f) * UNIT_NS[unit]) / scale;
  }
  if (m?.[1] === '-') ns = -ns;
  return create(DurationSchema, { seconds: ns / 1000000000n, nanos: Number(ns % 1000000000n) }) as unknown as CelInput;
}
