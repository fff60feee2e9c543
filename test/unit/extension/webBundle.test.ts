// The web extension host gives an extension no Node API: the browser bundle must load with nothing but
// `vscode`, and the engine inside it must give the same analysis as under Node.
import * as assert from 'assert';
import { buildSync } from 'esbuild';
import * as path from 'path';
import * as vm from 'vm';
import { analyze } from '../../../src/core';
import { readFixture, SAMPLE_ORIGINAL } from '../helpers';

const ROOT = path.join(__dirname, '../../..');

/**
 * A stand-in for the vscode module: any property is a constructible, callable no-op. Its prototype answers
 * any property too, because the bundle's CommonJS interop copies the module onto an object inheriting from it.
 */
function vscodeStub(): unknown {
  const anyProperty: object = new Proxy({}, { get: (_t, key) => (key === Symbol.toPrimitive ? () => '' : stub) });
  const stub: unknown = new Proxy(function () { /* stand-in */ }, {
    get: (_t, key) => (key === Symbol.toPrimitive ? () => '' : stub),
    getPrototypeOf: () => anyProperty,
    apply: () => stub,
    construct: () => stub as object,
  });
  return stub;
}

describe('web extension bundle', () => {
  it('loads in a bare context that offers only the vscode module', () => {
    const out = buildSync({
      entryPoints: [path.join(ROOT, 'src/extension/extension.ts')], bundle: true, platform: 'browser', format: 'cjs',
      external: ['vscode', 'worker_threads'], write: false, logLevel: 'silent',
    });
    const required: string[] = [];
    const module = { exports: {} as Record<string, unknown> };
    const context = vm.createContext({
      module, exports: module.exports,
      require: (name: string) => { required.push(name); if (name === 'vscode') return vscodeStub(); throw new Error(`no ${name} in a web host`); },
    });
    vm.runInContext(out.outputFiles[0].text, context);
    assert.deepStrictEqual([...new Set(required)], ['vscode']);
    assert.strictEqual(typeof module.exports.activate, 'function');
    assert.strictEqual(typeof module.exports.deactivate, 'function');
  });

  it('runs the engine in a bare context with the same result as under Node', () => {
    const out = buildSync({
      entryPoints: [path.join(ROOT, 'src/core/index.ts')], bundle: true, platform: 'browser', format: 'iife',
      globalName: 'engine', write: false, logLevel: 'silent',
    });
    const context = vm.createContext({ text: readFixture(SAMPLE_ORIGINAL) });
    vm.runInContext(out.outputFiles[0].text, context);
    const bare = JSON.parse(vm.runInContext('JSON.stringify(engine.analyze(text))', context));
    const node = JSON.parse(JSON.stringify(analyze(readFixture(SAMPLE_ORIGINAL))));
    assert.ok(node.entities.length > 20 && node.quotes.length === 10, 'the sample gives a real analysis');
    assert.deepStrictEqual(bare, node);
  });
});
