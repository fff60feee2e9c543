// Plain mocha runner for the integration suite: VS Code calls run() inside a real extension host,
// whether started by the code-server driver (scripts/e2e) or by @vscode/test-electron.
import * as fs from 'fs';
import * as path from 'path';
import Mocha = require('mocha');

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, reporter: 'spec' });
  const grep = process.env.FACTLENS_TEST_GREP;
  if (grep) mocha.grep(grep);
  // In web mode Fact Lens runs in the web worker extension host, out of reach of the other suites' API calls.
  const webOnly = process.env.FACTLENS_E2E_MODE === 'web';
  for (const f of fs.readdirSync(__dirname).sort()) {
    if (f.endsWith('.test.js') && (!webOnly || /^\d+-web\b/.test(f))) mocha.addFile(path.join(__dirname, f));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      if (failures > 0) reject(new Error(`${failures} integration tests failed.`));
      // Nothing run is a broken build or a grep that matches nothing, not a pass.
      else if (runner.total === 0) reject(new Error(`no integration tests ${grep ? `match ${JSON.stringify(grep)}` : `in ${__dirname}`}.`));
      else resolve();
    });
  });
}
