import type { JSONSchemaProps } from '../schema/json-schema-props';
import { escapeProperty } from './escaping';

/**
 * Size bounds of schema values that the API server's CEL cost estimates rest on (apiserver `pkg/cel/common`
 * SchemaDeclType's MinSerializedSize / MaxElements, `pkg/cel/types.go` size constants, and apiextensions
 * `pkg/apiserver/schema/cel/compilation.go` maxCardinality). All are derived from the request size limit.
 */
export const MAX_REQUEST_SIZE_BYTES = 3 * 1024 * 1024; // apiserver DefaultMaxRequestSizeBytes
const MIN_NUMBER_SIZE = 1; // `0`
const MIN_BOOL_SIZE = 4; // `true`
const MIN_STRING_SIZE = 2; // `""`
const MIN_DURATION_SIZE_JSON = 3; // `"0"`
const JSON_DATE_SIZE = 12; // `"YYYY-MM-DD"`
const MIN_DATETIME_SIZE_JSON = 21; // `"YYYY-MM-DDTHH:MM:SS"`
const MAX_DURATION_SIZE_JSON = 32;
const MAX_DATETIME_SIZE_JSON = 32;

/** Smallest JSON serialisation of a value of the schema (DeclType.MinSerializedSize). */
export function minSerializedSize(s: JSONSchemaProps | undefined): number {
  if (!s || s['x-kubernetes-int-or-string']) return 1;
  switch (s.type) {
    case 'integer':
    case 'number':
      return MIN_NUMBER_SIZE;
    case 'boolean':
      return MIN_BOOL_SIZE;
    case 'string':
      if (s.format === 'duration') return MIN_DURATION_SIZE_JSON;
      if (s.format === 'date') return JSON_DATE_SIZE;
      if (s.format === 'date-time') return MIN_DATETIME_SIZE_JSON;
      return MIN_STRING_SIZE;
    case 'array':
      return 2; // `[]`
    case 'object': {
      if (typeof s.additionalProperties === 'object') return 2; // `{}`
      // `{}` plus each required property without a default: `"name":value,`
      let size = 2;
      const required = new Set(s.required ?? []);
      for (const [name, prop] of Object.entries(s.properties ?? {})) {
        if (required.has(name) && prop.default === undefined) size += name.length + minSerializedSize(prop) + 4;
      }
      return size;
    }
    default:
      return 1;
  }
}

/** Most elements a list or map value of the schema can have (DeclType.MaxElements). */
export function maxElements(s: JSONSchemaProps): number {
  if (s.type === 'array') return s.maxItems ?? Math.floor((MAX_REQUEST_SIZE_BYTES - 2) / (minSerializedSize(s.items) + 1));
  const value = typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined;
  // a map entry is at least `"":<value>,` (estimateMaxAdditionalPropertiesFromMinSize)
  return s.maxProperties ?? Math.floor((MAX_REQUEST_SIZE_BYTES - 2) / (minSerializedSize(value) + 6));
}

/** Longest string value of a string schema: maxLength, the longest enum value, or what fits in a request. */
export function maxStringLength(s: JSONSchemaProps): number {
  if (s.maxLength !== undefined) return s.maxLength;
  if (s.format === 'duration') return MAX_DURATION_SIZE_JSON;
  if (s.format === 'date') return JSON_DATE_SIZE;
  if (s.format === 'date-time') return MAX_DATETIME_SIZE_JSON;
  const enumLengths = (s.enum ?? []).filter((v): v is string => typeof v === 'string').map((v) => v.length);
  if (enumLengths.length) return Math.max(...enumLengths);
  return MAX_REQUEST_SIZE_BYTES - 2;
}

/**
 * How many values of the schema could fit in one request (compilation.go maxCardinality): the number of times a
 * rule can run when some list or map above it is unbounded.
 */
export function maxCardinality(s: JSONSchemaProps): number {
  return Math.floor(MAX_REQUEST_SIZE_BYTES / (minSerializedSize(s) + 1));
}

/**
 * The factor by which a node multiplies how often its children occur (extractMaxElements): maxItems of a list,
 * maxProperties of a map, undefined when those are unset (unbounded), 1 for objects and scalars.
 */
export function childCardinalityFactor(s: JSONSchemaProps): number | undefined {
  if (s.type === 'array') return s.maxItems;
  if (s.type === 'object' && s.additionalProperties !== undefined && s.additionalProperties !== false) return s.maxProperties;
  return 1;
}

/** The schema of field `field` (a CEL name: escaped property or map key) of a value of `s`. */
export function fieldSchema(s: JSONSchemaProps | undefined, field: string): JSONSchemaProps | undefined {
  if (!s) return undefined;
  for (const [name, prop] of Object.entries(s.properties ?? {})) if (escapeProperty(name) === field) return prop;
  return typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined;
}
