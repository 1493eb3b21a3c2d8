import { Finding } from '../../report/finding';

/** What a rule may depend on besides the object. */
export interface RuleContext {
  /** The Kubernetes release validated for, `X.Y` (some checks changed between releases). */
  readonly kubeVersion: string;
}

/**
 * One of the API server's Go-coded checks of a built-in kind (what its OpenAPI schema cannot express): a pure
 * function of the object, returning findings with the API server's messages and field paths.
 */
export type BuiltinRule = (object: Record<string, any>, ctx: RuleContext) => Finding[];

/** The plain object at `v`, or undefined (the schema has already reported wrong types). */
export const asMap = (v: unknown): Record<string, any> | undefined =>
  (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, any>) : undefined);
export const asList = (v: unknown): any[] => (Array.isArray(v) ? v : []);
export const isSet = (v: unknown): boolean => v !== undefined && v !== null;

/** `1.29` → 129: compares releases (the validator has already checked the `X.Y` form). */
export function minor(kubeVersion: string): number {
  const [major, min] = kubeVersion.split('.').map(Number);
  return (major || 1) * 100 + (min || 0);
}
export const atLeast = (ctx: RuleContext, version: string) => minor(ctx.kubeVersion) >= minor(version);
