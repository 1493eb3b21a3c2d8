// Preloaded (NODE_OPTIONS=--require) into measured children when GNU time is absent: appends the process's
// peak RSS in KiB to $OPKIT_BENCH_RSS_FILE at exit. Every node process of the command (tsx starts two) appends
// a line; the harness takes the largest.
const fs = require('node:fs');
process.on('exit', () => {
  fs.appendFileSync(process.env.OPKIT_BENCH_RSS_FILE, `${process.resourceUsage().maxRSS}\n`);
});
