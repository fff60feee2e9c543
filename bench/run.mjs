// Runs every benchmark in bench/ (files named *.bench.mjs), one after another, and prints their reports.
// Each benchmark reads public data from ../shared/data when it is there and says plainly when it is not.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const dir = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const benches = readdirSync(dir).filter((f) => f.endsWith('.bench.mjs')).filter((f) => !only.length || only.some((o) => f.includes(o))).sort();
let failed = 0;
for (const f of benches) {
  console.log(`\n=== ${f} ===`);
  const r = spawnSync(process.execPath, ['--expose-gc', path.join(dir, f)], { stdio: 'inherit' });
  if (r.status !== 0) { failed++; console.log(`${f} exited with ${r.status}`); }
}
process.exit(failed ? 1 : 0);
