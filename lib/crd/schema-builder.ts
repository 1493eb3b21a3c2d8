import { JSONSchemaProps, ValidationRule } from '../schema/json-schema-props';

/** Options every schema node accepts (the generic controller-gen markers). */
export interface CommonOptions<T> {
  /**
   * What the field means, shown by `kubectl explain` and in generated classes.
   * @default none
   */
  readonly description?: string;
  /**
   * A short title.
   * @default none
   */
  readonly title?: string;
  /**
   * The value the API server fills in when the field is absent (`+kubebuilder:default`).
   * @default none
   */
  readonly default?: T;
  /**
   * Whether `null` is accepted (and kept instead of pruned).
   * @default false
   */
  readonly nullable?: boolean;
  /**
   * CEL rules (`x-kubernetes-validations`); see {@link Cel} for common idioms.
   * @default none
   */
  readonly validations?: ValidationRule[];
  /**
   * An example value, for documentation.
   * @default none
   */
  readonly example?: T;
}

/** OpenAPI formats the API server knows for strings; other values are allowed but not checked by it. */
export type StringFormat = 'date-time' | 'date' | 'duration' | 'byte' | 'binary' | 'password' | 'uri' | 'email'
| 'hostname' | 'ipv4' | 'ipv6' | 'cidr' | 'mac' | 'uuid' | 'uuid3' | 'uuid4' | 'uuid5' | 'isbn' | 'creditcard'
| 'hexcolor' | 'rgbcolor' | 'ssn' | 'bsonobjectid' | (string & {});

/** Options of {@link Schema.string}. */
export interface StringOptions extends CommonOptions<string> {
  /**
   * A regular expression the value must match (`+kubebuilder:validation:Pattern`).
   * @default none
   */
  readonly pattern?: string;
  /** @default none */
  readonly minLength?: number;
  /** @default none */
  readonly maxLength?: number;
  /**
   * The only accepted values (`+kubebuilder:validation:Enum`).
   * @default any string
   */
  readonly enum?: string[];
  /**
   * The OpenAPI format, e.g. `date-time`.
   * @default none
   */
  readonly format?: StringFormat;
}

/** Options of {@link Schema.integer} and {@link Schema.number}. */
export interface NumberOptions extends CommonOptions<number> {
  /** @default none */
  readonly minimum?: number;
  /** @default none */
  readonly maximum?: number;
  /**
   * Whether `minimum` itself is excluded.
   * @default false
   */
  readonly exclusiveMinimum?: boolean;
  /**
   * Whether `maximum` itself is excluded.
   * @default false
   */
  readonly exclusiveMaximum?: boolean;
  /** @default none */
  readonly multipleOf?: number;
  /**
   * The only accepted values.
   * @default any number
   */
  readonly enum?: number[];
  /**
   * `int32`/`int64` for integers, `float`/`double` for numbers.
   * @default none
   */
  readonly format?: 'int32' | 'int64' | 'float' | 'double';
}

/** Options of {@link Schema.object}. */
export interface ObjectOptions<P extends Record<string, JSONSchemaProps>> extends CommonOptions<Record<string, unknown>> {
  /** The fields of the object. */
  readonly properties?: P;
  /**
   * The fields that must be present (`+required`); only names of `properties` type-check.
   * @default none (all optional)
   */
  readonly required?: Array<keyof P & string>;
  /** @default none */
  readonly minProperties?: number;
  /** @default none */
  readonly maxProperties?: number;
  /**
   * `atomic` replaces the whole object on server-side apply; `granular` merges field by field.
   * @default granular (the API server's default)
   */
  readonly mapType?: 'atomic' | 'granular';
  /**
   * Keep fields that are not in `properties` instead of pruning them.
   * @default false
   */
  readonly preserveUnknownFields?: boolean;
}

/** Options of {@link Schema.map}. */
export interface MapOptions extends CommonOptions<Record<string, unknown>> {
  /** @default none */
  readonly minProperties?: number;
  /** @default none */
  readonly maxProperties?: number;
  /**
   * `atomic` or `granular` merge on server-side apply.
   * @default granular
   */
  readonly mapType?: 'atomic' | 'granular';
}

/** Options of {@link Schema.array}, {@link Schema.set} and {@link Schema.listMap}. */
export interface ArrayOptions extends CommonOptions<unknown[]> {
  /** @default none */
  readonly minItems?: number;
  /** @default none */
  readonly maxItems?: number;
}

/** Options of {@link Schema.array}. */
export interface ListOptions extends ArrayOptions {
  /**
   * `atomic` (replaced as a whole on server-side apply) or `set` (unique scalar items, merged).
   * Use {@link Schema.listMap} for `map`.
   * @default none (atomic)
   */
  readonly listType?: 'atomic' | 'set';
}

/** Options of {@link Schema.intOrString}. */
export interface IntOrStringOptions extends CommonOptions<number | string> {
  /**
   * A pattern the string form must match, e.g. a percentage.
   * @default none
   */
  readonly pattern?: string;
}

/** A schema for an object whose properties are statically known, so `required` and list-map keys type-check. */
export type ObjectSchema<P extends Record<string, JSONSchemaProps>> = JSONSchemaProps & {
  readonly type: 'object';
  readonly properties: P;
};

/**
 * Builds structural OpenAPI v3 schemas, one function per controller-gen marker family. Every function returns
 * a plain {@link JSONSchemaProps}, so the result serialises unchanged and can be mixed with hand-written nodes.
 */
export class Schema {
  /** A string (`type: string`). */
  public static string(options: StringOptions = {}): JSONSchemaProps {
    return node('string', options, {
      pattern: options.pattern, minLength: options.minLength, maxLength: options.maxLength,
      enum: options.enum, format: options.format,
    });
  }

  /** A string restricted to `values` (a Go string enum). */
  public static enum(values: string[], options: Omit<StringOptions, 'enum'> = {}): JSONSchemaProps {
    return Schema.string({ ...options, enum: values });
  }

  /** An integer (`type: integer`). */
  public static integer(options: NumberOptions = {}): JSONSchemaProps {
    return node('integer', options, numberKeywords(options));
  }

  /** A floating-point number (`type: number`). */
  public static number(options: NumberOptions = {}): JSONSchemaProps {
    return node('number', options, numberKeywords(options));
  }

  /** A boolean. */
  public static boolean(options: CommonOptions<boolean> = {}): JSONSchemaProps {
    return node('boolean', options, {});
  }

  /** An object with known fields (a Go struct). */
  public static object<P extends Record<string, JSONSchemaProps>>(options: ObjectOptions<P> = {}): ObjectSchema<P> {
    return node('object', options, {
      properties: options.properties ?? ({} as P),
      required: options.required?.length ? [...options.required] : undefined,
      minProperties: options.minProperties,
      maxProperties: options.maxProperties,
      'x-kubernetes-map-type': options.mapType,
      'x-kubernetes-preserve-unknown-fields': options.preserveUnknownFields || undefined,
    }) as ObjectSchema<P>;
  }

  /** A map from string keys to `values` (a Go `map[string]T`, `additionalProperties`). */
  public static map(values: JSONSchemaProps, options: MapOptions = {}): JSONSchemaProps {
    return node('object', options, {
      additionalProperties: values,
      minProperties: options.minProperties,
      maxProperties: options.maxProperties,
      'x-kubernetes-map-type': options.mapType,
    });
  }

  /** A list of `items` (a Go slice). */
  public static array(items: JSONSchemaProps, options: ListOptions = {}): JSONSchemaProps {
    return node('array', options, {
      items, minItems: options.minItems, maxItems: options.maxItems, 'x-kubernetes-list-type': options.listType,
    });
  }

  /** A list of unique scalars, merged item by item on server-side apply (`+listType=set`). */
  public static set(items: JSONSchemaProps, options: ArrayOptions = {}): JSONSchemaProps {
    return Schema.array(items, { ...options, listType: 'set' });
  }

  /**
   * A list of objects identified by `keys`, merged by key on server-side apply
   * (`+listType=map`, `+listMapKey=...`). The keys must be scalar fields that are required or defaulted.
   */
  public static listMap<P extends Record<string, JSONSchemaProps>>(items: ObjectSchema<P>,
    keys: Array<keyof P & string>, options: ArrayOptions = {}): JSONSchemaProps {
    return node('array', options, {
      items, minItems: options.minItems, maxItems: options.maxItems,
      'x-kubernetes-list-type': 'map', 'x-kubernetes-list-map-keys': [...keys],
    });
  }

  /** An integer or a string such as `25%` (`intstr.IntOrString`), emitted exactly as controller-gen does. */
  public static intOrString(options: IntOrStringOptions = {}): JSONSchemaProps {
    return node(undefined, options, {
      anyOf: [{ type: 'integer' }, { type: 'string' }],
      pattern: options.pattern,
      'x-kubernetes-int-or-string': true,
    });
  }

  /** Any JSON object, kept as is (`+kubebuilder:pruning:PreserveUnknownFields`). */
  public static preserveUnknownFields(options: CommonOptions<Record<string, unknown>> = {}): JSONSchemaProps {
    return node('object', options, { 'x-kubernetes-preserve-unknown-fields': true });
  }

  /** A complete Kubernetes object (apiVersion, kind, metadata) embedded in this one (`runtime.RawExtension`). */
  public static embeddedResource(options: CommonOptions<Record<string, unknown>> = {}): JSONSchemaProps {
    return node('object', options, {
      'x-kubernetes-embedded-resource': true, 'x-kubernetes-preserve-unknown-fields': true,
    });
  }

  /**
   * The root schema of a custom resource: `apiVersion`, `kind`, `metadata` as controller-gen emits them, then
   * `spec` and `status`.
   */
  public static resource(options: ResourceOptions): JSONSchemaProps {
    return Schema.object({
      description: options.description,
      validations: options.validations,
      required: options.required,
      properties: {
        apiVersion: Schema.string({ description: API_VERSION_DESCRIPTION }),
        kind: Schema.string({ description: KIND_DESCRIPTION }),
        metadata: { type: 'object' },
        spec: options.spec,
        ...(options.status ? { status: options.status } : {}),
      },
    });
  }
}

/** Options of {@link Schema.resource}. */
export interface ResourceOptions {
  /**
   * What the resource is.
   * @default none
   */
  readonly description?: string;
  /** The desired state. */
  readonly spec: JSONSchemaProps;
  /**
   * The observed state, written by the controller.
   * @default no status
   */
  readonly status?: JSONSchemaProps;
  /**
   * Top-level fields that must be present, e.g. `['spec']`.
   * @default none
   */
  readonly required?: Array<'spec' | 'status'>;
  /**
   * CEL rules on the whole object.
   * @default none
   */
  readonly validations?: ValidationRule[];
}

const API_VERSION_DESCRIPTION = 'APIVersion defines the versioned schema of this representation of an object. '
  + 'Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. '
  + 'More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources';
const KIND_DESCRIPTION = 'Kind is a string value representing the REST resource this object represents. '
  + 'Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. '
  + 'More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds';

function numberKeywords(o: NumberOptions): Partial<JSONSchemaProps> {
  return {
    minimum: o.minimum, maximum: o.maximum, exclusiveMinimum: o.exclusiveMinimum || undefined,
    exclusiveMaximum: o.exclusiveMaximum || undefined, multipleOf: o.multipleOf, enum: o.enum, format: o.format,
  };
}

/** One node: the common options, then the type's keywords, without undefined keys (so output stays minimal). */
function node(type: JSONSchemaProps['type'], common: CommonOptions<unknown>, keywords: Partial<JSONSchemaProps>): JSONSchemaProps {
  const all: Record<string, unknown> = {
    type,
    description: common.description,
    title: common.title,
    default: common.default,
    example: common.example,
    nullable: common.nullable || undefined,
    ...keywords,
    'x-kubernetes-validations': common.validations?.length ? [...common.validations] : undefined,
  };
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined)) as JSONSchemaProps;
}
