// src/core must run in a web extension host: no vscode API and no Node-only module there.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const CORE = path.join(__dirname, '../../../src/core');
const NODE_ONLY = /^(node:|fs$|path$|os$|child_process$|crypto$|util$|stream$|buffer$|zlib$|worker_threads$|url$|http$|https$|net$)/;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []);
}

describe('src/core boundary', () => {
  const files = sources(CORE);
  it('has sources to check', () => assert.ok(files.length > 3));
  for (const file of files) {
    it(`${path.relative(CORE, file)} imports neither vscode nor Node built-ins`, () => {
      const text = fs.readFileSync(file, 'utf8');
      const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]);
      for (const spec of specs) {
        assert.notStrictEqual(spec, 'vscode', `${file} imports vscode`);
        assert.ok(!NODE_ONLY.test(spec), `${file} imports the Node-only module ${spec}`);
      }
      assert.ok(!/\bprocess\.|\bBuffer\.|__dirname|__filename/.test(text), `${file} uses a Node-only global`);
    });
  }
});
