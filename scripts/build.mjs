// Bundles the command line (Node) and, once src/extension exists, the extension for the Node and web hosts.
import { build } from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';

const production = process.argv.includes('--production');
const common = { bundle: true, sourcemap: !production, minify: production, target: 'es2022', logLevel: 'warning' };

const jobs = [
  build({ ...common, entryPoints: ['src/cli.ts'], platform: 'node', format: 'cjs', outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  // The engine alone, for benchmarks and scripts that call it from Node.
  build({ ...common, entryPoints: ['src/core/index.ts'], platform: 'neutral', format: 'cjs', outfile: 'dist/core.js' }),
];
// In the Node host the extension and its analysis worker both need the engine, which carries the name
// recogniser's weights (about 1.3 MB): they load the one dist/core.js instead of each bundling a copy.
const sharedEngine = {
  name: 'shared-engine',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/core$/ }, (args) =>
      args.importer.includes('src/extension') ? { path: './core.js', external: true } : undefined);
  },
};
if (existsSync('src/extension/extension.ts')) {
  jobs.push(
    build({ ...common, entryPoints: ['src/extension/extension.ts'], platform: 'node', format: 'cjs', external: ['vscode'], plugins: [sharedEngine], outfile: 'dist/extension.js' }),
    // worker_threads: required only when the host is Node (src/extension/backgroundAnalyzer.ts).
    build({ ...common, entryPoints: ['src/extension/extension.ts'], platform: 'browser', format: 'cjs', external: ['vscode', 'worker_threads'], outfile: 'dist/web/extension.js' }),
    // The engine in a worker thread, for the Node host.
    build({ ...common, entryPoints: ['src/extension/analysisWorker.ts'], platform: 'node', format: 'cjs', plugins: [sharedEngine], outfile: 'dist/analysisWorker.js' }),
  );
}
// The integration suite, loaded by VS Code's extension host (scripts/e2e/run.mjs or test:electron): one CJS file
// per .ts file; packages (vscode, mocha, @vscode/test-electron) stay external, project sources are bundled in.
const integration = readdirSync('test/integration').filter((f) => f.endsWith('.ts')).map((f) => `test/integration/${f}`);
jobs.push(build({
  entryPoints: integration, outdir: 'out/test/integration', bundle: true, packages: 'external',
  platform: 'node', format: 'cjs', target: 'es2022', sourcemap: true, logLevel: 'warning',
}));
await Promise.all(jobs);
