// `npm run build`: tsc compiles lib/**/*.ts only; the committed generated modules of lib/generated/ (compiled
// .js + .d.ts, and their compact schemas) are copied to build/generated/ beside the compiled code that requires them.
const fs = require('node:fs');
const path = require('node:path');

const from = path.join(__dirname, '..', 'lib', 'generated');
const to = path.join(__dirname, '..', 'build', 'generated');
fs.mkdirSync(to, { recursive: true });
for (const file of fs.readdirSync(from)) {
  if (/\.(js|d\.ts|schemas\.json)$/.test(file)) fs.copyFileSync(path.join(from, file), path.join(to, file));
}
