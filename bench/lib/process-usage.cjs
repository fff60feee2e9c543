// Preloaded with `node --require` by cli.bench.mjs: at exit, writes the process's CPU time and peak memory
// (worker threads included, they share the process) to the file named by FACTLENS_USAGE_FILE.
const { writeFileSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');

if (isMainThread && process.env.FACTLENS_USAGE_FILE) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(process.env.FACTLENS_USAGE_FILE, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssKb: u.maxRSS }));
  });
}
