import { Finding } from '../../report/finding';
import { FieldErrors } from '../../apimachinery/field-errors';
import { child, key } from '../../apimachinery/field-path';
import { isObject, Node } from './schema-node';

const RULE = 'crd.schema';

/** x-kubernetes-list-type, x-kubernetes-list-map-keys and x-kubernetes-map-type, as apiextensions-apiserver checks them. */
export function listAndMapRules(s: Node, path: string, errors: FieldErrors, out: Finding[]): void {
  const mapType = s['x-kubernetes-map-type'];
  const listType = s['x-kubernetes-list-type'];
  const keys: unknown[] = s['x-kubernetes-list-map-keys'] ?? [];
  const typeAt = child(path, 'type');
  if (mapType !== undefined && s.type !== 'object') {
    out.push(s.type ? errors.invalid(RULE, typeAt, s.type, 'must be object if x-kubernetes-map-type is specified')
      : errors.required(RULE, typeAt, 'must be object if x-kubernetes-map-type is specified'));
  }
  if (mapType !== undefined && mapType !== 'atomic' && mapType !== 'granular') {
    out.push(errors.notSupported(RULE, child(path, 'x-kubernetes-map-type'), mapType, ['atomic', 'granular']));
  }
  if (listType !== undefined && s.type !== 'array') {
    out.push(s.type ? errors.invalid(RULE, typeAt, s.type, 'must be array if x-kubernetes-list-type is specified')
      : errors.required(RULE, typeAt, 'must be array if x-kubernetes-list-type is specified'));
  }
  if (listType !== undefined && !['atomic', 'set', 'map'].includes(listType)) {
    out.push(errors.notSupported(RULE, child(path, 'x-kubernetes-list-type'), listType, ['atomic', 'set', 'map']));
  }
  const listTypeAt = child(path, 'x-kubernetes-list-type');
  const keysAt = child(path, 'x-kubernetes-list-map-keys');
  if (keys.length > 0 && listType === undefined) {
    out.push(errors.required(RULE, listTypeAt, 'must be map if x-kubernetes-list-map-keys is non-empty'));
  } else if (keys.length > 0 && listType !== 'map') {
    out.push(errors.invalid(RULE, listTypeAt, listType, 'must be map if x-kubernetes-list-map-keys is non-empty'));
  }
  const items = s.items;
  const itemsAt = child(path, 'items');
  if (listType === 'set' && isObject(items) && items.type === 'object' && items['x-kubernetes-map-type'] !== 'atomic') {
    out.push(errors.invalid(RULE, child(itemsAt, 'x-kubernetes-map-type'), items['x-kubernetes-map-type'] ?? null,
      'must be atomic as item of a list with x-kubernetes-list-type=set'));
  }
  if ((listType === 'set' || listType === 'map') && isObject(items) && items.nullable === true) {
    out.push(errors.forbidden(RULE, child(itemsAt, 'nullable'), `cannot be nullable when x-kubernetes-list-type is ${listType}`));
  }
  if (listType !== 'map') return;
  if (keys.length === 0) out.push(errors.required(RULE, keysAt, 'must not be empty if x-kubernetes-list-type is map'));
  if (items === undefined) {
    out.push(errors.required(RULE, itemsAt, 'must have a schema if x-kubernetes-list-type is map'));
    return;
  }
  if (!isObject(items)) return;
  if (items.type !== 'object') {
    out.push(errors.invalid(RULE, child(itemsAt, 'type'), items.type ?? '', "must be object if parent array's x-kubernetes-list-type is map"));
    return;
  }
  const required = new Set<string>(items.required ?? []);
  const seen = new Set<unknown>();
  for (const k of keys) {
    const prop = items.properties?.[k as string];
    const propAt = key(child(itemsAt, 'properties'), String(k));
    if (!prop) out.push(errors.invalid(RULE, keysAt, keys, 'entries must all be names of item properties'));
    else {
      if (prop.type === 'array' || prop.type === 'object') {
        out.push(errors.invalid(RULE, child(propAt, 'type'), prop.type, "must be a scalar type if parent array's x-kubernetes-list-type is map"));
      }
      if (!required.has(k as string) && prop.default === undefined) {
        out.push(errors.required(RULE, child(propAt, 'default'),
          'this property is in x-kubernetes-list-map-keys, so it must have a default or be a required property'));
      }
      if (prop.nullable === true) {
        out.push(errors.forbidden(RULE, child(propAt, 'nullable'), 'this property is in x-kubernetes-list-map-keys, so it cannot be nullable'));
      }
    }
    if (seen.has(k)) out.push(errors.invalid(RULE, keysAt, keys, 'must not contain duplicate entries'));
    seen.add(k);
  }
}
