import { Finding } from '../../report/finding';
import { isDns1035Label } from '../../apimachinery/name-formats';
import { FieldErrors } from '../../apimachinery/field-errors';
import { index } from '../../apimachinery/field-path';

/** spec.versions: valid and unique names, exactly one storage version, schemas present. */
export function validateVersions(crd: Record<string, any>, errors: FieldErrors): Finding[] {
  const out: Finding[] = [];
  const versions: any[] = crd.spec?.versions ?? [];
  if (versions.length === 0) return [errors.required('crd.versions', 'spec.versions', 'must have at least one version')];
  const seen = new Set<string>();
  let unique = true;
  versions.forEach((v, i) => {
    const at = index('spec.versions', i);
    const name: string = v.name ?? '';
    if (seen.has(name)) unique = false;
    seen.add(name);
    const errs = isDns1035Label(name);
    if (errs.length) out.push(errors.invalid('crd.versions', `${at}.name`, name, errs.join(',')));
    if (!v.schema?.openAPIV3Schema) out.push(errors.required('crd.versions', `${at}.schema.openAPIV3Schema`, 'schemas are required'));
    if (v.deprecationWarning !== undefined && !v.deprecated) {
      out.push(errors.invalid('crd.versions', `${at}.deprecationWarning`, v.deprecationWarning,
        'can only be set for deprecated versions'));
    }
  });
  const names = versions.map((v) => v.name);
  if (!unique) out.push(errors.invalid('crd.versions', 'spec.versions', names, 'must contain unique version names'));
  if (versions.filter((v) => v.storage === true).length !== 1) {
    out.push(errors.invalid('crd.versions', 'spec.versions', names, 'must have exactly one version marked as storage version'));
  }
  return out;
}
