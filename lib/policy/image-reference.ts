/**
 * Image references, checked the way a production rollout needs them: pinned by tag or digest, never `latest`.
 * Written by hand: the reference grammar (distribution/reference) has no maintained TypeScript port.
 */

/** The parts of an image reference that matter for pinning. */
export interface ImageReference {
  /** Everything before the tag or digest, e.g. `ghcr.io/opkit/cache-operator`. */
  readonly repository: string;
  /** The tag, when there is one. */
  readonly tag?: string;
  /** `sha256:<64 hex>` */
  readonly digest?: string;
}

const DIGEST = /^sha256:[a-f0-9]{64}$/;
const TAG = /^[\w][\w.-]{0,127}$/;

/** Splits `repo[:tag][@digest]`; the registry's `host:port` is not mistaken for a tag. */
export function parseImageReference(image: string): ImageReference {
  const at = image.indexOf('@');
  const name = at >= 0 ? image.slice(0, at) : image;
  const digest = at >= 0 ? image.slice(at + 1) : undefined;
  const lastSlash = name.lastIndexOf('/');
  const colon = name.indexOf(':', lastSlash + 1);
  return colon >= 0
    ? { repository: name.slice(0, colon), tag: name.slice(colon + 1), digest }
    : { repository: name, digest };
}

/**
 * Why `image` is not pinned, or undefined when it is: a digest, or a tag other than `latest`.
 * The message ends with how to fix it.
 */
export function imagePinningProblem(image: string): string | undefined {
  const ref = parseImageReference(image);
  if (ref.repository === '') return `image "${image}" has no repository`;
  if (ref.digest !== undefined && !DIGEST.test(ref.digest)) {
    return `image "${image}" has a malformed digest: expected sha256: and 64 lowercase hex digits`;
  }
  if (ref.tag !== undefined && !TAG.test(ref.tag)) return `image "${image}" has a malformed tag "${ref.tag}"`;
  if (ref.digest) return undefined;
  if (ref.tag === undefined) {
    return `image "${image}" has no tag: pin it with a version tag (e.g. "${ref.repository}:v1.2.3") or a digest ("${ref.repository}@sha256:...")`;
  }
  if (ref.tag === 'latest') {
    return `image "${image}" uses the mutable tag "latest": pin it with a version tag (e.g. "${ref.repository}:v1.2.3") or a digest ("${ref.repository}@sha256:...")`;
  }
  return undefined;
}
