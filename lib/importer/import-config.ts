// Where `opkit import` reads what to import: the `opkit` section of the project's package.json (the npm convention
// for a tool's settings, as jest or prettier do), overridden by command-line flags.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../validate/read-files';
import { ImportOptions } from './import-crds';

/** `"opkit": { "api": "api", "crds": ["crds/", "https://..."], "output": "imports" }` in package.json. */
export interface ImportConfig {
  /** The module that defines the project's CRDs as code. @default "api" (when api.ts or api/index.ts exists) */
  readonly api?: string;
  /** Third-party CRD files, folders and http(s) URLs. @default none */
  readonly crds?: readonly string[];
  /** Where the generated modules go. @default "imports" */
  readonly output?: string;
}

export const DEFAULT_API = 'api';
export const DEFAULT_OUTPUT = 'imports';

/** The `opkit` section of `<projectDir>/package.json`, checked; empty when there is none. */
export function readImportConfig(projectDir: string): ImportConfig {
  const file = path.join(projectDir, 'package.json');
  if (!fs.existsSync(file)) return {};
  let pkg: { opkit?: unknown };
  try {
    pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new InputError(`${file} is not valid JSON: ${(e as Error).message}`);
  }
  const config = pkg.opkit;
  if (config === undefined) return {};
  const where = `${file}: "opkit"`;
  if (typeof config !== 'object' || config === null || Array.isArray(config)) throw new InputError(`${where} must be an object`);
  const c = config as Record<string, unknown>;
  for (const k of ['api', 'output']) {
    if (c[k] !== undefined && typeof c[k] !== 'string') throw new InputError(`${where}.${k} must be a string, got ${JSON.stringify(c[k])}`);
  }
  if (c.crds !== undefined && !(Array.isArray(c.crds) && c.crds.every((s) => typeof s === 'string'))) {
    throw new InputError(`${where}.crds must be a list of file paths or URLs, got ${JSON.stringify(c.crds)}`);
  }
  return c as ImportConfig;
}

/**
 * The import options of a project: flags win over package.json. Without an API module configured, `api` is used
 * when it exists; when nothing at all is configured it is still expected, so its absence is reported.
 */
export function resolveImportOptions(projectDir: string, flags: ImportConfig & { force?: boolean }): Omit<ImportOptions, 'log'> {
  const config = readImportConfig(projectDir);
  const crds = flags.crds?.length ? flags.crds : config.crds ?? [];
  const configured = flags.api ?? config.api;
  const defaultExists = ['api.ts', 'api.js', 'api/index.ts', 'api/index.js'].some((f) => fs.existsSync(path.join(projectDir, f)));
  const api = configured ?? (defaultExists || !crds.length ? DEFAULT_API : undefined);
  return { projectDir, api, crds, output: flags.output ?? config.output ?? DEFAULT_OUTPUT, force: flags.force };
}
