// ts-node (cdk8s's default runner, `npx ts-node main.ts`) does not honour tsconfig.json's `paths`; this registers
// them (tsconfig-paths) from this repository's tsconfig.json, wherever ts-node runs from, so `opkit` is lib/.
const path = require('node:path');
const { loadConfig, register } = require('tsconfig-paths');

const config = loadConfig(path.join(__dirname, '..'));
if (config.resultType !== 'success') throw new Error(`scripts/ts-node-paths.js: ${config.message}`);
register({ baseUrl: config.absoluteBaseUrl, paths: config.paths });
