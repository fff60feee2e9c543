// Starts the VS Code server from code-server's lib/vscode in a run folder of its own (user data, extensions,
// XDG and temp folders), so runs are independent and leave nothing in $HOME. Used by run.mjs and start.mjs.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { EXTENSION_ID, MARKER, NODE, REPO, SERVER_MAIN } from './paths.mjs';

/** User settings for a quiet workbench: the editor fills the screenshots, nothing phones home. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'editor.wordWrap': 'on', // articles are one paragraph per line
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'git.enabled': false,
  // The browser workbench saves edits after a second by default (desktop VS Code does not): the tests edit the
  // fixture articles and undo, and a save in between would leave the copy on disk for a revert to bring back.
  'files.autoSave': 'off',
  // The server's extension host otherwise scans /proc for listening ports every few seconds (a remote feature a
  // desktop VS Code does not have): 20-110 ms stretches the typing benchmark counted against the extension.
  'remote.autoForwardPorts': false,
  'remote.autoForwardPortsSource': 'output',
};

/**
 * User settings that make Fact Lens run in the browser's web worker extension host, as in the web editor. The
 * workbench picks each extension's host from its extension kinds; this overrides the kind deduced from the manifest
 * ("main" makes it "workspace": the server's Node host). The payload's extensionDevelopmentKind=web would say the
 * same for a development extension, but the browser workbench of VS Code 1.139 ignores it (its environment service
 * does not expose the value).
 */
export const WEB_HOST_SETTINGS = { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } };

export function assertInstalled() {
  if (!fs.existsSync(MARKER) || !fs.existsSync(SERVER_MAIN)) {
    throw new Error(`the VS Code server is not installed; run: node ${path.relative(process.cwd(), path.join(REPO, 'scripts/e2e/setup.mjs'))}`);
  }
}

/**
 * Creates `.runs/<name>-<time>/` holding the server's folders and a workspace with copies of test/fixtures;
 * `settings` are added to the user settings. Deletes run folders beyond the newest `keep`, unless younger than half
 * an hour: another run may be using it.
 */
export function makeRunFolder(name, { settings = {}, keep = 8 } = {}) {
  const runs = path.join(REPO, '.runs');
  fs.mkdirSync(runs, { recursive: true });
  const byAge = fs.readdirSync(runs).map((d) => ({ dir: path.join(runs, d), mtime: fs.statSync(path.join(runs, d)).mtimeMs }))
    .sort((a, b) => a.mtime - b.mtime);
  for (const { dir, mtime } of byAge.slice(0, Math.max(0, byAge.length - keep + 1))) {
    if (Date.now() - mtime > 30 * 60 * 1000) fs.rmSync(dir, { recursive: true, force: true });
  }

  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.(\d+)Z$/, '$1');
  const dir = fs.mkdtempSync(path.join(runs, `${name}-${stamp}-`));
  const folders = {
    dir,
    userData: path.join(dir, 'user-data'),
    extensions: path.join(dir, 'extensions'),
    serverData: path.join(dir, 'server-data'),
    xdg: path.join(dir, 'xdg'),
    tmp: path.join(dir, 'tmp'),
    workspace: path.join(dir, 'workspace'),
    serverLog: path.join(dir, 'server.log'),
  };
  for (const d of [folders.userData, folders.extensions, folders.serverData, folders.xdg, folders.tmp, folders.workspace]) fs.mkdirSync(d, { recursive: true });
  fs.mkdirSync(path.join(folders.userData, 'User'));
  fs.writeFileSync(path.join(folders.userData, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2));
  const fixtures = path.join(REPO, 'test', 'fixtures');
  for (const f of fs.readdirSync(fixtures)) fs.copyFileSync(path.join(fixtures, f), path.join(folders.workspace, f));
  return folders;
}

function serverArgs(run) {
  return ['--user-data-dir', run.userData, '--extensions-dir', run.extensions, '--server-data-dir', run.serverData];
}

function serverEnv(run, extra) {
  return { ...process.env, TMPDIR: run.tmp, XDG_CONFIG_HOME: run.xdg, XDG_DATA_HOME: run.xdg, XDG_CACHE_HOME: path.join(run.xdg, 'cache'), ...extra };
}

/** Installs a .vsix into the run's extensions folder; returns the folder it was unpacked to. */
export function installVsix(run, vsix) {
  const out = execFileSync(NODE, [SERVER_MAIN, ...serverArgs(run), '--install-extension', vsix, '--force'], { encoding: 'utf8', env: serverEnv(run) });
  fs.appendFileSync(run.serverLog, out);
  if (!/successfully installed/i.test(out)) throw new Error(`installing ${vsix} failed:\n${out}`);
  const dirs = fs.readdirSync(run.extensions).filter((d) => fs.statSync(path.join(run.extensions, d)).isDirectory());
  if (dirs.length !== 1) throw new Error(`expected one installed extension in ${run.extensions}, found: ${dirs.join(', ') || 'none'}`);
  return path.join(run.extensions, dirs[0]);
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the server with `--enable-smoke-test-driver` (without it the workbench ignores the extension development
 * and tests paths of the URL payload). `env` reaches the extension host, which the server forks with its own
 * environment. Resolves once it listens; `stop()` ends it and everything it started (own process group).
 */
export async function startServer(run, { port, env = {}, timeoutMs = 60000 } = {}) {
  port ??= Number(process.env.FACTLENS_E2E_PORT) || (await freePort());
  const log = fs.createWriteStream(run.serverLog, { flags: 'a' });
  const child = spawn(NODE, [SERVER_MAIN, ...serverArgs(run), '--host', '127.0.0.1', '--port', String(port),
    '--without-connection-token', '--accept-server-license-terms', '--enable-smoke-test-driver',
    '--disable-telemetry', '--disable-workspace-trust'], { stdio: ['ignore', 'pipe', 'pipe'], env: serverEnv(run, env), detached: true });
  child.stdout.pipe(log);
  child.stderr.pipe(log);

  let exited = false;
  // Last resort when this process ends any other way (uncaught error, process.exit): end the server's group.
  const killGroup = () => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* nothing left */ } };
  process.once('exit', killGroup);
  child.once('exit', () => { exited = true; });
  const stop = async () => {
    if (!exited) {
      const gone = new Promise((r) => child.once('exit', r));
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
      await Promise.race([gone, new Promise((r) => setTimeout(r, 5000))]);
    }
    killGroup(); // whatever is left of the group: extension host, pty host, file watcher
    process.off('exit', killGroup);
  };

  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the VS Code server did not start within ${timeoutMs / 1000} s; log: ${run.serverLog}`)), timeoutMs);
    let seen = '';
    child.stdout.on('data', (d) => {
      seen = (seen + d).slice(-4096);
      if (/Extension host agent listening on/.test(seen)) { clearTimeout(timer); resolve(); }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the VS Code server exited (${signal ?? code}); log: ${run.serverLog}`));
    });
  }).catch(async (err) => { await stop(); throw err; });

  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  /** Address of the workbench on `folder`, with an optional payload (extension development / tests paths). */
  const url = (folder, payload = []) => {
    const q = `folder=${encodeURIComponent(folder)}`;
    return `http://127.0.0.1:${port}/?${q}${payload.length ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : ''}`;
  };
  return { port, child, remote, url, stop };
}
