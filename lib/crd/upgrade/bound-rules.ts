import { formatValue } from '../../apimachinery/field-errors';
import { child } from '../../apimachinery/field-path';
import { Node } from '../validation/schema-node';
import { PairRule, SchemaPair, Violation } from './schema-pair';

/**
 * Bounds. A lower bound raised (or added), an upper bound lowered (or added), or a bound made exclusive, makes
 * stored values between the old and the new bound fail their next update. Looser or removed bounds pass.
 */

type Direction = 'lower' | 'upper';

/** The size and count bounds; `minimum` and `maximum` also depend on their `exclusive*` flag, below. */
const SIMPLE_BOUNDS: readonly [keyword: string, direction: Direction][] = [
  ['minLength', 'lower'], ['maxLength', 'upper'], ['minItems', 'lower'], ['maxItems', 'upper'],
  ['minProperties', 'lower'], ['maxProperties', 'upper'],
];

/** A bound with its exclusiveness (OpenAPI v3.0: `exclusiveMinimum: true` makes `minimum` exclusive). */
interface Bound { readonly value: number; readonly exclusive: boolean }

function boundOf(node: Node, keyword: string, exclusiveKeyword?: string): Bound | undefined {
  if (typeof node[keyword] !== 'number') return undefined;
  return { value: node[keyword], exclusive: exclusiveKeyword ? node[exclusiveKeyword] === true : false };
}

/** Whether `next` rejects a value `old` accepted. */
function tighter(old: Bound | undefined, next: Bound | undefined, direction: Direction): boolean {
  if (!next) return false;
  if (!old) return true;
  if (next.value !== old.value) return direction === 'lower' ? next.value > old.value : next.value < old.value;
  return next.exclusive && !old.exclusive;
}

function describe(b: Bound | undefined, keyword: string): string {
  return b ? `${keyword} ${b.value}${b.exclusive ? ' (exclusive)' : ''}` : `no ${keyword}`;
}

function compare(pair: SchemaPair, keyword: string, direction: Direction, exclusiveKeyword?: string): Violation[] {
  const old = boundOf(pair.old, keyword, exclusiveKeyword);
  const next = boundOf(pair.new, keyword, exclusiveKeyword);
  if (!tighter(old, next, direction)) return [];
  const field = old && next && old.value === next.value ? child(pair.path, exclusiveKeyword!) : child(pair.path, keyword);
  return [{
    rule: `crd-upgrade.${keyword}`, field,
    message: `Invalid value: ${formatValue(next!.value)}: ${keyword} tightened in version ${pair.version} `
      + `(was ${describe(old, keyword)}, now ${describe(next, keyword)}): stored values outside the new bound fail `
      + 'their next update',
  }];
}

export const boundsTightened: PairRule = (pair) => [
  ...compare(pair, 'minimum', 'lower', 'exclusiveMinimum'),
  ...compare(pair, 'maximum', 'upper', 'exclusiveMaximum'),
  ...SIMPLE_BOUNDS.flatMap(([keyword, direction]) => compare(pair, keyword, direction)),
];
