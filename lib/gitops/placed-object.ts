import { ApiObject, App, Chart } from 'cdk8s';
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

/** The annotations of an object as they will be rendered. */
export function annotationsOf(apiObject: ApiObject): Record<string, string> {
  return apiObject.metadata.toJson().annotations ?? {};
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
