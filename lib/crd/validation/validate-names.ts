import { Finding } from '../../report/finding';
import { isDns1035Label, isDns1123Subdomain } from '../../apimachinery/name-formats';
import { FieldErrors } from '../../apimachinery/field-errors';
import { child, index } from '../../apimachinery/field-path';

/** metadata.name, spec.group, spec.scope and spec.names, as apiextensions-apiserver validates them. */
export function validateNames(crd: Record<string, any>, errors: FieldErrors): Finding[] {
  const out: Finding[] = [];
  const spec = crd.spec ?? {};
  const names = withNameDefaults(spec.names ?? {});
  const group: string = spec.group ?? '';

  const name: string = crd.metadata?.name ?? '';
  const nameErrs = [...(name ? isDns1123Subdomain(name) : [])];
  if (name !== `${names.plural ?? ''}.${group}`) nameErrs.push('must be spec.names.plural+"."+spec.group');
  if (!name) out.push(errors.required('crd.metadata.name', 'metadata.name', 'name or generateName is required'));
  // ValidateObjectMeta reports each problem of the name as its own error.
  else for (const msg of nameErrs) out.push(errors.invalid('crd.metadata.name', 'metadata.name', name, msg));

  if (!group) out.push(errors.required('crd.group', 'spec.group'));
  else {
    const errs = isDns1123Subdomain(group);
    if (errs.length) out.push(errors.invalid('crd.group', 'spec.group', group, errs.join(',')));
    else if (group.split('.').length < 2) {
      out.push(errors.invalid('crd.group', 'spec.group', group, 'should be a domain with at least one dot'));
    }
  }

  if (!spec.scope) out.push(errors.required('crd.scope', 'spec.scope'));
  else if (spec.scope !== 'Cluster' && spec.scope !== 'Namespaced') {
    out.push(errors.notSupported('crd.scope', 'spec.scope', spec.scope, ['Cluster', 'Namespaced']));
  }

  const path = 'spec.names';
  for (const field of ['plural', 'singular', 'kind', 'listKind']) {
    if (!names[field]) out.push(errors.required('crd.names', child(path, field)));
  }
  const label = (field: string, value: unknown, at: string) => {
    if (typeof value !== 'string' || !value) return;
    const errs = isDns1035Label(value);
    if (errs.length) out.push(errors.invalid('crd.names', at, value, errs.join(',')));
  };
  label('plural', names.plural, child(path, 'plural'));
  label('singular', names.singular, child(path, 'singular'));
  for (const field of ['kind', 'listKind']) {
    const value: string | undefined = names[field];
    const errs = value ? isDns1035Label(value.toLowerCase()) : [];
    if (errs.length) {
      out.push(errors.invalid('crd.names', child(path, field), value,
        `may have mixed case, but should otherwise match: ${errs.join(',')}`));
    }
  }
  (names.shortNames ?? []).forEach((s: string, i: number) => label('shortNames', s, index(child(path, 'shortNames'), i)));
  if (names.kind && names.kind === names.listKind) {
    out.push(errors.invalid('crd.names', child(path, 'listKind'), names.listKind, 'kind and listKind may not be the same'));
  }
  (names.categories ?? []).forEach((c: string, i: number) => label('categories', c, index(child(path, 'categories'), i)));
  return out;
}

/**
 * The names as the API server validates them: apiextensions v1 `SetDefaults_CustomResourceDefinitionSpec` fills
 * an empty `singular` with the lowercased kind and an empty `listKind` with kind + "List" before validation, so
 * neither needs to be written; a given one is validated as it is.
 */
export function withNameDefaults(names: Record<string, any>): Record<string, any> {
  const kind = typeof names.kind === 'string' ? names.kind : '';
  return {
    ...names,
    singular: names.singular || kind.toLowerCase(),
    listKind: names.listKind || (kind ? `${kind}List` : names.listKind),
  };
}
