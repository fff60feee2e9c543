// Bundles the command line (Node) and, once src/extension exists, the extension for the Node and web hosts.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const common = { bundle: true, sourcemap: !production, minify: production, target: 'es2022', logLevel: 'warning' };

const jobs = [
  build({ ...common, entryPoints: ['src/cli.ts'], platform: 'node', format: 'cjs', outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  // The engine alone, for benchmarks and scripts that call it from Node.
  build({ ...common, entryPoints: ['src/core/index.ts'], platform: 'neutral', format: 'cjs', outfile: 'dist/core.js' }),
];
if (existsSync('src/extension/extension.ts')) {
  jobs.push(
    build({ ...common, entryPoints: ['src/extension/extension.ts'], platform: 'node', format: 'cjs', external: ['vscode'], outfile: 'dist/extension.js' }),
    build({ ...common, entryPoints: ['src/extension/extension.ts'], platform: 'browser', format: 'cjs', external: ['vscode'], outfile: 'dist/web/extension.js' }),
  );
}
await Promise.all(jobs);
