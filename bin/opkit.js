#!/usr/bin/env node
// Runs the bundled CLI (built by `npm run build`, which `npm ci` runs through `prepare`).
const { main } = require('../build/opkit.js');
Promise.resolve(main(process.argv.slice(2))).then((code) => { process.exitCode = code; });
