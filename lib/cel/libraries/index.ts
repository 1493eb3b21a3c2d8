import type { CelFunc } from '@bufbuild/cel';
import { strings } from '@bufbuild/cel/ext';
import { kubeMinor } from '../kube-version';
import { extListsLibrary } from './ext-lists';
import { formatFunctions, formatMethods } from './format';
import { ipCidrFunctions, ipCidrMethods } from './ip-cidr';
import { listsLibrary } from './lists';
import { opaqueMethods, type OpaqueMethod } from './opaque';
import { optionalFunctions, optionalMethods, optionalSyntaxFunctions } from './optional';
import { quantityFunctions, quantityMethods } from './quantity';
import { regexLibrary } from './regex';
import { semverFunctions, semverMethods } from './semver';
import { setsLibrary } from './sets';
import { urlFunctions, urlMethods } from './urls';

/**
 * The function libraries of the API server's CEL environment at a Kubernetes version, following the
 * introduction versions of apiserver `pkg/cel/environment/base.go`:
 * 1.0 strings (v0), urls, regex, lists; 1.28 optionals, quantity; 1.29 strings v2 (quote, format), sets;
 * 1.30 ip, cidr; 1.31 format; 1.33 semver; 1.34 cel-go lists extension v3 (ext-lists.ts). Two-variable comprehensions (1.32) are expanded by
 * two-var-comprehensions.ts. (No image library exists in the API server's CRD environment.)
 * The strings extension is @bufbuild/cel's own; the rest is hand-written (the engine has no equivalent).
 */
export function kubernetesLibraries(kubeVersion?: string): CelFunc[] {
  const minor = kubeMinor(kubeVersion);
  const funcs: CelFunc[] = [...strings.filter((f) => minor >= 29 || (f.name !== 'strings.quote' && f.name !== 'format'))];
  funcs.push(...listsLibrary, ...regexLibrary, ...urlFunctions);
  const methods: OpaqueMethod[] = [...urlMethods];
  if (minor >= 28) {
    funcs.push(...optionalFunctions, ...optionalSyntaxFunctions, ...quantityFunctions);
    methods.push(...optionalMethods, ...quantityMethods);
  }
  if (minor >= 29) funcs.push(...setsLibrary);
  if (minor >= 30) {
    funcs.push(...ipCidrFunctions);
    methods.push(...ipCidrMethods);
  }
  if (minor >= 31) {
    funcs.push(...formatFunctions);
    methods.push(...formatMethods);
  }
  if (minor >= 33) {
    funcs.push(...semverFunctions);
    methods.push(...semverMethods);
  }
  if (minor >= 34) funcs.push(...extListsLibrary);
  return [...funcs, ...opaqueMethods(methods)];
}
