import { CelScalar, celMethod, isCelMap, mapType, type CelFunc, type CelInput, type CelMapType, type CelType, type CelValue } from '@bufbuild/cel';

/**
 * Kubernetes adds opaque CEL types (URL, Quantity, IP, CIDR, Format, optional). @bufbuild/cel 0.6 has no way to
 * declare an opaque type, so a value of one is a one-entry map `{ "@<type>": payload }` whose payload is
 * canonical (so `==` compares the values as upstream does). Hand-written: no library offers these types.
 */
export const OPAQUE_MAP: CelMapType = mapType(CelScalar.STRING, CelScalar.DYN);

export function opaque(tag: string, payload: CelInput): Map<string, CelInput> {
  return new Map([[`@${tag}`, payload]]);
}

/** The payload of `v` if it is an opaque value of type `tag`, else undefined. */
export function payloadOf(v: CelValue, tag: string): CelValue | undefined {
  if (!isCelMap(v) || v.size !== 1) return undefined;
  return v.get(`@${tag}`);
}

export function tagOf(v: CelValue): string | undefined {
  if (!isCelMap(v) || v.size !== 1) return undefined;
  const [k] = v.keys();
  return typeof k === 'string' && k.startsWith('@') ? k.slice(1) : undefined;
}

type Impl = (payload: any, ...args: any[]) => CelInput;
/** One method name + arity, with an implementation per opaque type it applies to. */
export interface OpaqueMethod {
  readonly name: string;
  readonly args: readonly CelType[];
  readonly result: CelType;
  readonly impls: Readonly<Record<string, Impl>>;
}

/**
 * Merges the methods of several opaque types into one CEL method per name and arity, dispatching on the
 * value's tag (two overloads with the same target type would shadow each other in the engine).
 */
export function opaqueMethods(methods: readonly OpaqueMethod[]): CelFunc[] {
  const merged = new Map<string, OpaqueMethod>();
  for (const m of methods) {
    const key = `${m.name}/${m.args.length}`;
    const prev = merged.get(key);
    merged.set(key, prev ? { ...m, result: CelScalar.DYN, impls: { ...prev.impls, ...m.impls } } : m);
  }
  return [...merged.values()].map((m) =>
    celMethod(m.name, OPAQUE_MAP, m.args as CelType[], m.result as CelType, function (this: CelValue, ...args: any[]) {
      const tag = tagOf(this);
      const impl = tag === undefined ? undefined : m.impls[tag];
      if (!impl) throw new Error(`no such overload: ${m.name}`);
      return impl(payloadOf(this, tag!), ...args);
    } as any),
  );
}
