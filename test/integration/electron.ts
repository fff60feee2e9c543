// Runs the integration suite in desktop VS Code through @vscode/test-electron (`npm run test:electron`).
// It downloads VS Code first, so it needs internet access; offline, `npm run test:integration` runs the same
// suite in the VS Code server that ships with code-server (scripts/e2e).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

async function main(): Promise<number> {
  const repo = path.resolve(__dirname, '../../..'); // out/test/integration -> repository root
  let vscodeExecutablePath: string;
  try {
    // `timeout` is an idle timeout: a blocked network fails in seconds instead of hanging.
    vscodeExecutablePath = await downloadAndUnzipVSCode({ version: process.env.FACTLENS_VSCODE_VERSION || 'stable', timeout: 15000 });
  } catch (err) {
    console.error(`test:electron could not download VS Code (${err instanceof Error ? err.message : String(err)}).`);
    console.error('It needs access to update.code.visualstudio.com. Offline, run `npm run test:integration` instead:');
    console.error('the same suite in a real VS Code server, installed from npm and Debian packages.');
    return 2;
  }

  // A copy of the fixtures, so tests that edit a document never touch test/fixtures.
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'factlens-electron-'));
  for (const f of fs.readdirSync(path.join(repo, 'test/fixtures'))) fs.copyFileSync(path.join(repo, 'test/fixtures', f), path.join(workspace, f));
  try {
    return await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: repo,
      extensionTestsPath: path.join(__dirname, 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } catch (err) {
    console.error(`integration tests failed: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code));
