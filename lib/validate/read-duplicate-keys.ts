/**
 * Duplicate mapping keys, found in linear time: one set of key values per mapping. yaml's `uniqueKeys` option
 * compares every key with all keys before it, quadratic in the keys of one mapping. Keys are equal as yaml's
 * default compares them: scalars with the same value (so `1` and `"1"` differ, as they do for go-yaml).
 */
import { isCollection, isMap, isPair, isScalar, Node } from 'yaml';

/** Offsets of every key that repeats an earlier key of its mapping, anywhere in `root`; iterative. */
export function duplicateKeys(root: unknown): number[] {
  const found: number[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isCollection(node)) continue;
    const keys = isMap(node) ? new Set<unknown>() : undefined;
    for (const item of node.items) {
      if (isPair(item)) {
        const key = item.key;
        if (keys && isScalar(key)) {
          if (keys.has(key.value)) found.push((key as Node).range?.[0] ?? 0);
          else keys.add(key.value);
        }
        stack.push(key, item.value);
      } else {
        stack.push(item);
      }
    }
  }
  return found.sort((a, b) => a - b);
}
