// `npm run build` starts from an empty build/, so no file of a deleted module is ever shipped.
require('node:fs').rmSync(require('node:path').join(__dirname, '..', 'build'), { recursive: true, force: true });
