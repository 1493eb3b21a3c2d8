import { ApiObject, App, Chart, ImplicitTokenResolver, IResolver, LazyResolver, NumberStringUnionResolver } from 'cdk8s';
import { outputFolderOf } from './output-layout';

/** An ApiObject of the app and the output folder it is written to (one Argo CD directory source). */
export interface PlacedObject {
  readonly apiObject: ApiObject;
  /** The folder relative to the output root, POSIX separators, `''` for the root. */
  readonly folder: string;
}

/**
 * A rule applied to the app's objects before synth (setting annotations, adding dependencies).
 *
 * cdk8s has aspects only for the AWS CDK, not for ApiObjects, so GitOpsApp runs these passes over the construct
 * tree just before it renders. Working on ApiObjects (rather than on the written YAML) lets a pass add construct
 * dependencies, which cdk8s turns into the object and file order, and keeps what `Testing.synth` shows equal to
 * what lands in dist/.
 */
export type ObjectPass = (objects: readonly PlacedObject[]) => void;

/** Every ApiObject of the app, in construct-tree order, with its output folder. */
export function placedObjects(app: App): PlacedObject[] {
  return app.node.findAll()
    .filter((c): c is ApiObject => c instanceof ApiObject)
    .map((apiObject) => ({ apiObject, folder: outputFolderOf(Chart.of(apiObject)) }));
}

/**
 * The annotations of an object as its metadata renders them (`metadata.toJson().annotations`).
 *
 * The passes read them for every object, and rendering the metadata to read one annotation cost a tenth of a
 * synth at 10,000 objects. cdk8s has no public getter for annotations (only `getLabel`), so where rendering cannot
 * change them, this reads the map `addAnnotation` writes to: every value a string (resolve() and sanitizeValue()
 * return a string unchanged) and the app using only cdk8s's own resolvers (a custom resolver may rewrite any value).
 * Anything else, or a cdk8s whose metadata keeps them elsewhere, is rendered as before.
 */
export function annotationsOf(apiObject: ApiObject): Record<string, string> {
  const stored = (apiObject.metadata as unknown as { annotations?: unknown }).annotations;
  if (isStringRecord(stored) && onlyBuiltInResolvers(App.of(apiObject))) return { ...stored };
  return apiObject.metadata.toJson().annotations ?? {};
}

function isStringRecord(value: unknown): value is Record<string, string> {
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key in value) if (typeof (value as Record<string, unknown>)[key] !== 'string') return false;
  return true;
}

/** Whether every resolver of the app is one of cdk8s's own (checked each time: the list is a mutable array). */
function onlyBuiltInResolvers(app: App): boolean {
  return app.resolvers.every((r: IResolver) =>
    r instanceof LazyResolver || r instanceof ImplicitTokenResolver || r instanceof NumberStringUnionResolver);
}

/** Group objects by output folder, keeping their order. */
export function byFolder(objects: readonly PlacedObject[]): Map<string, PlacedObject[]> {
  return groupBy(objects, (o) => o.folder);
}

/** Group items by a key, keeping their order (appends in place: linear in the number of items). */
export function groupBy<K, T>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
