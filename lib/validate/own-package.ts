// opkit's own package.json, wherever this module runs from: lib/<folder> (source), build/<folder> (compiled) or
// the build/opkit.js bundle. Below cli and importer, which both read it.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

export interface OwnPackage {
  readonly version: string;
  readonly devDependencies?: Readonly<Record<string, string>>;
}

/** The package.json named "opkit" one or two folders up, or undefined when neither is. */
export function ownPackage(): OwnPackage | undefined {
  for (const rel of ['../../package.json', '../package.json']) {
    const file = path.join(__dirname, rel);
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    if (pkg.name === 'opkit') return pkg;
  }
  return undefined;
}
