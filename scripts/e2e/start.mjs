// Starts the VS Code server with Fact Lens loaded from this repository (extension development mode) and a
// workspace holding copies of the sample articles, then prints the address to open in a browser. No tests;
// runs until Ctrl+C. `npm start` installs (scripts/e2e/setup.mjs) and builds first.
//
//   node scripts/e2e/start.mjs [--port 8080] [--web]
//
//   --web  Fact Lens runs in the browser's web worker extension host, as in the web editor (`npm start -- --web`).
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { REPO } from './paths.mjs';
import { WEB_HOST_SETTINGS, assertInstalled, makeRunFolder, startServer } from './server.mjs';

const { values: opts } = util.parseArgs({
  options: { port: { type: 'string', default: process.env.FACTLENS_E2E_PORT || '8080' }, web: { type: 'boolean', default: false } },
});

assertInstalled();
if (!fs.existsSync(path.join(REPO, 'dist/extension.js'))) throw new Error('dist/extension.js is missing: run npm run build first');
const run = makeRunFolder(opts.web ? 'start-web' : 'start', opts.web ? { settings: WEB_HOST_SETTINGS } : {});
const server = await startServer(run, { port: Number(opts.port) });

const url = server.url(run.workspace, [['extensionDevelopmentPath', server.remote(REPO)], ['skipWelcome', 'true']]);
console.log(`
Fact Lens is running in VS Code at:

  ${url}

The workspace holds copies of the sample articles (${fs.readdirSync(run.workspace).join(', ')}): open one from the
Explorer. The extension is loaded from ${REPO}${opts.web ? ' into the web worker extension host' : ''}; after \`npm run build\`, reload the browser page to pick up changes.
Server log: ${path.relative(process.cwd(), run.serverLog)}. Stop with Ctrl+C.`);

const onExit = (code, signal) => {
  console.error(`the VS Code server exited (${signal ?? code}); log: ${run.serverLog}`);
  process.exit(1);
};
server.child.once('exit', onExit);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.child.off('exit', onExit);
    server.stop().finally(() => process.exit(0));
  });
}
