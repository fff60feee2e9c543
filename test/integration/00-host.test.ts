// Checks the test host itself before the feature tests run: the right copy of the extension is loaded and
// activates on a plain-text article, the driver's environment reaches the extension host, screenshots work.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { openFixture, screenshot, waitFor } from './support';

const EXTENSION_ID = 'factlens.factlens';

describe('integration host', () => {
  it('activates Fact Lens when a .txt article is opened', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not loaded`);
    const editor = await openFixture('000_9645917036a6f55a.txt');
    assert.strictEqual(editor.document.languageId, 'plaintext');
    await waitFor(() => ext.isActive, `${EXTENSION_ID} to activate`);
  });

  it('runs the copy of the extension that this mode is testing', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    const home = fs.realpathSync(ext.extensionPath);
    if (process.env.FACTLENS_EXPECT_INSTALLED === '1') {
      // vsix mode: the packaged copy, unpacked into the extensions folder, and nothing but the package contents.
      const installed = process.env.FACTLENS_INSTALLED_PATH;
      assert.ok(installed, 'FACTLENS_INSTALLED_PATH is set with FACTLENS_EXPECT_INSTALLED');
      assert.strictEqual(home, fs.realpathSync(installed));
      assert.ok(!fs.existsSync(path.join(home, 'src')), 'the .vsix must not ship src/');
      assert.ok(fs.existsSync(path.join(home, 'dist', 'extension.js')), 'the .vsix ships dist/extension.js');
    } else {
      // dev mode (and @vscode/test-electron): the source tree.
      assert.ok(fs.existsSync(path.join(home, 'src', 'extension')), `${home} is not the repository`);
    }
  });

  it('sees the driver environment and saves a screenshot on request', async function () {
    const dir = process.env.FACTLENS_SCREENSHOT_DIR;
    if (!dir) this.skip(); // not under scripts/e2e (e.g. @vscode/test-electron): no screenshots there
    assert.match(process.env.FACTLENS_E2E_MODE ?? '', /^(dev|vsix)$/);
    await openFixture('001_1d531dcee2f71fe6.txt');
    await screenshot('00-host');
    const png = fs.readFileSync(path.join(dir, '00-host.png'));
    assert.ok(png.length > 10000, `screenshot is ${png.length} bytes: too small to show the editor`);
    assert.strictEqual(png.subarray(1, 4).toString('latin1'), 'PNG');
  });
});
