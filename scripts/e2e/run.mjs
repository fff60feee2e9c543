// Runs the integration suite (out/test/integration, built by scripts/build.mjs) inside a real VS Code: the VS Code
// server from code-server, with headless Chromium as the workbench. The tests run in the server's Node extension
// host; their output (mocha's report) comes back through the smoke-test driver hooks of the page.
//
//   node scripts/e2e/run.mjs [--mode dev|vsix|web] [--vsix FILE] [--grep PATTERN] [--timeout SECONDS]
//
//   --mode dev   the extension runs from the repository (extensionDevelopmentPath = repository root)
//   --mode vsix  `npm run package` (unless --vsix FILE), install the .vsix into the run's extensions folder, and
//                run that copy: the development path is an empty folder, so only the installed one exists.
//   --mode web   the extension's web bundle runs in the browser's web worker extension host, as in the web editor,
//                beside the test-only probe (scripts/e2e/web-probe); the tests still run in the Node host and only
//                the web suite (test/integration/5*-web*) is loaded (see index.ts).
//
// Environment seen by the tests: FACTLENS_E2E_MODE (dev|vsix|web), FACTLENS_SCREENSHOT_DIR (see support.screenshot),
// FACTLENS_EXPECT_INSTALLED=1 and FACTLENS_INSTALLED_PATH in vsix mode, FACTLENS_TEST_GREP with --grep.
// Screenshots land in test-results/screenshots/<mode>-<name>.png. Run folders (logs) are under .runs/.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM, REPO, WEB_PROBE } from './paths.mjs';
import { WEB_HOST_SETTINGS, assertInstalled, installVsix, makeRunFolder, startServer } from './server.mjs';

const { values: opts } = util.parseArgs({
  options: {
    mode: { type: 'string', default: 'dev' },
    vsix: { type: 'string' },
    grep: { type: 'string' },
    timeout: { type: 'string', default: process.env.FACTLENS_E2E_TIMEOUT || '600' },
  },
});
if (!['dev', 'vsix', 'web'].includes(opts.mode)) throw new Error(`--mode must be dev, vsix or web, not ${opts.mode}`);
const mode = opts.mode;
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const say = (msg) => console.log(`[e2e ${mode}] ${msg}`);

// Workbench chatter that is not about the tests: connection set-up, the offline marketplace, chat and account
// services. It still goes to the run's workbench.log; FACTLENS_E2E_VERBOSE=1 prints it too.
const NOISE = new RegExp([
  /^\[(AgentHost|ChatModelSelection|AccountPolicyGate|DefaultAccount|reconnection-grace-time|Service Worker)/,
  /^(Resolv(ing|ed) connection token|Creating a socket|Updating additional builtin extensions|Canceled)/,
  /^No search provider registered|ENOTFOUND|open-vsx\.org|authentication provider '\w+' to register/,
].map((r) => r.source).join('|'));
/** Pause before a screenshot: decorations travel from the extension host to the renderer asynchronously. */
const SCREENSHOT_DELAY_MS = Number(process.env.FACTLENS_SCREENSHOT_DELAY_MS || 750);

assertInstalled();
const testsIndex = path.join(REPO, 'out/test/integration/index.js');
if (!fs.existsSync(testsIndex)) throw new Error(`${path.relative(REPO, testsIndex)} is missing: run npm run build first`);

const run = makeRunFolder(mode, mode === 'web' ? { settings: WEB_HOST_SETTINGS } : {});
const screenshotDir = path.join(run.dir, 'screenshots');
const resultsDir = path.join(REPO, 'test-results', 'screenshots');
fs.mkdirSync(screenshotDir);
fs.mkdirSync(resultsDir, { recursive: true });

const testEnv = { FACTLENS_E2E_MODE: mode, FACTLENS_SCREENSHOT_DIR: screenshotDir };
if (opts.grep) testEnv.FACTLENS_TEST_GREP = opts.grep;
let developmentPath = REPO;
if (mode === 'web') {
  // The tests stay in the Node host: VS Code runs them in the host of the extension whose folder holds them, else
  // (a vscode-remote path) in the remote Node host; so Fact Lens is loaded from a folder of its own, not the
  // repository root, which holds out/test. The workbench keeps one development path (the payload is a map): the
  // test-only probe is installed instead, copied into the extensions folder, which the server scans on its first
  // start; with only a "browser" entry it runs in the web worker too.
  developmentPath = webExtensionFolder(run.dir);
  fs.cpSync(WEB_PROBE, path.join(run.extensions, 'factlens-test.factlens-web-probe-0.0.0'), { recursive: true });
} else if (mode === 'vsix') {
  const vsix = opts.vsix ? path.resolve(opts.vsix) : packageVsix();
  const installed = installVsix(run, vsix);
  say(`installed ${path.relative(REPO, vsix)} -> ${path.relative(REPO, installed)} (${elapsed()})`);
  developmentPath = path.join(run.dir, 'no-extension'); // no package.json: VS Code loads no extension from here
  fs.mkdirSync(developmentPath);
  Object.assign(testEnv, { FACTLENS_EXPECT_INSTALLED: '1', FACTLENS_INSTALLED_PATH: installed });
}

let server;
let browser;
// Ctrl+C ends the wait for the tests; the finally below stops the browser and the server. A second one exits at
// once (the server's process group is still killed on exit, see server.mjs).
let stopSignal;
let interrupt;
const interrupted = new Promise((resolve) => { interrupt = resolve; });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopSignal) process.exit(130);
    stopSignal = signal;
    say(`${signal}: stopping`);
    interrupt('interrupted');
  });
}

let exitCode = 1;
try {
  server = await startServer(run, { env: testEnv });
  say(`server on port ${server.port} (${elapsed()})`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Signals are ours to handle: Playwright's own SIGINT handler would exit before the server is stopped.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  const hostLog = fs.createWriteStream(path.join(run.dir, 'workbench.log'));

  let screenshots = Promise.resolve();
  const takeScreenshot = (name) => {
    screenshots = screenshots.then(async () => {
      if (!/^[\w.-]+$/.test(name)) throw new Error(`screenshot name must be letters, digits, '.', '-' or '_': ${JSON.stringify(name)}`);
      await page.waitForTimeout(SCREENSHOT_DELAY_MS);
      const png = await page.screenshot();
      const kept = path.join(resultsDir, `${mode}-${name}.png`);
      writeAtomically(kept, png);
      writeAtomically(path.join(screenshotDir, `${name}.png`), png); // support.screenshot() waits for this one
      say(`screenshot ${path.relative(REPO, kept)}`);
    }).catch((err) => console.error(`[e2e ${mode}] screenshot ${name} failed: ${err.message}`));
  };

  let finish;
  const finished = new Promise((resolve) => { finish = resolve; });
  // Called by the workbench for renderer and extension host console lines (only with the smoke-test driver on).
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = typeof args[0] === 'string' ? util.format(...args) : args.map((a) => JSON.stringify(a)).join(' ');
    hostLog.write(`[${type}] ${line}\n`);
    const request = /^FACTLENS_SCREENSHOT (\S+)/.exec(line);
    if (request) takeScreenshot(request[1]);
    else if (process.env.FACTLENS_E2E_VERBOSE || !NOISE.test(line)) console.log(line);
  });
  // Called once the extensionTestsPath's run() settles, with the process exit code it would have had.
  await page.exposeFunction('codeAutomationExit', (code) => finish(code));
  page.on('console', (m) => hostLog.write(`[browser ${m.type()}] ${m.text()}\n`));
  page.on('pageerror', (e) => console.error(`[e2e ${mode}] page error: ${e.message}`));

  const payload = [
    ['extensionDevelopmentPath', server.remote(developmentPath)],
    ['extensionTestsPath', server.remote(testsIndex)],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  await page.goto(server.url(run.workspace, payload));
  const timeoutMs = Number(opts.timeout) * 1000;
  let timer;
  const code = await Promise.race([finished, interrupted, new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), timeoutMs); })]);
  clearTimeout(timer);
  await screenshots;
  if (code === 'timeout') say(`no result after ${opts.timeout} s: timed out`);
  if (code !== 0 && code !== 'interrupted') {
    const failure = path.join(resultsDir, `${mode}-failure.png`);
    await page.screenshot({ path: failure }).then(() => say(`workbench at the end: ${path.relative(REPO, failure)}`), () => {});
  }
  exitCode = code === 0 ? 0 : 1;
} catch (err) {
  console.error(`[e2e ${mode}] ${err.stack ?? err}`);
} finally {
  await browser?.close().catch(() => {});
  await server?.stop();
}
if (stopSignal) process.exit(130);

if (exitCode === 0) say(`passed in ${elapsed()}`);
else say(`FAILED after ${elapsed()}; logs in ${path.relative(process.cwd(), run.dir)}/: server.log, workbench.log (renderer and extension host console), user-data/logs/ (extension host, output channels)`);
process.exit(exitCode);

function writeAtomically(file, data) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

/**
 * Fact Lens as the web host loads it, in a folder of the run: copies of package.json, the web bundle and media/
 * (the VS Code server skips a development folder whose package.json is a symbolic link).
 */
function webExtensionFolder(runDir) {
  const dir = path.join(runDir, 'web-extension');
  if (!fs.existsSync(path.join(REPO, 'dist/web/extension.js'))) throw new Error('dist/web/extension.js is missing: run npm run build first');
  for (const entry of ['package.json', 'dist/web', 'media', 'README.md', 'LICENSE']) {
    fs.cpSync(path.join(REPO, entry), path.join(dir, entry), { recursive: true });
  }
  return dir;
}

/** Builds the .vsix the way a release would (`npm run package`) and returns its path. */
function packageVsix() {
  const { version } = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  const vsix = path.join(REPO, 'dist', `factlens-${version}.vsix`);
  fs.rmSync(vsix, { force: true });
  say('npm run package');
  execFileSync('npm', ['run', '--silent', 'package'], { cwd: REPO, stdio: 'inherit' });
  if (!fs.existsSync(vsix)) throw new Error(`npm run package did not produce ${path.relative(REPO, vsix)}`);
  return vsix;
}
