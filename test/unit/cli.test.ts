import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { buildSync } from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/main';
import { WorkerPool, threadCount } from '../../src/cli/pool';
import { BatchingRenderer, type Engine, type RenderJob } from '../../src/cli/render';
import { GROUP_CHARS as BATCH_CHARS, GROUP_DOCUMENTS as BATCH } from '../../src/core/analyze';
import { analyze, analyzeMany } from '../../src/core/analyze';
import { FIXTURES, readFixture, SAMPLE_ORIGINAL, SAMPLE_REWRITE } from './helpers';

const ROOT = path.join(__dirname, '../..');
const encode = (s: string): Uint8Array => new TextEncoder().encode(s);

interface Run { status: number; stdout: string; stderr: string }

/** Runs the command line in-process on an in-memory file system. */
async function run(argv: string[], files: Record<string, Uint8Array | string> = {}, options: { stdin?: string; isTTY?: boolean; renderer?: CliIo['startRenderer'] } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (s) => { stdout += s; },
    stderr: (s) => { stderr += s; },
    readFile: async (p) => {
      const f = files[p];
      if (f === undefined) throw new Error(`ENOENT: no such file or directory, open '${p}'`);
      return typeof f === 'string' ? encode(f) : f;
    },
    readStdin: async () => encode(options.stdin ?? ''),
    isTTY: options.isTTY ?? false,
    startRenderer: options.renderer,
  };
  const status = await main(argv, io);
  return { status, stdout, stderr };
}

const SAMPLES = { 'a.txt': readFixture(SAMPLE_ORIGINAL), 'b.txt': readFixture(SAMPLE_REWRITE) };

describe('cli', () => {
  it('writes the json contract for each file, offsets into the file text', async () => {
    const r = await run(['annotate', '--format', 'json', 'a.txt', 'b.txt'], SAMPLES);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(r.stderr, '');
    const out = JSON.parse(r.stdout);
    assert.strictEqual(out.version, 1);
    assert.deepStrictEqual(out.documents.map((d: { path: string }) => d.path), ['a.txt', 'b.txt']);
    for (const doc of out.documents) {
      const text = SAMPLES[doc.path as keyof typeof SAMPLES];
      for (const key of ['entities', 'quotes', 'duplicates', 'summary']) assert.ok(Array.isArray(doc[key]), key);
      for (const e of doc.entities) {
        for (const k of ['id', 'type', 'name', 'aliases', 'roles', 'value', 'mentions']) assert.ok(k in e, `entity.${k}`);
        for (const m of e.mentions) assert.strictEqual(text.slice(m.start, m.end), m.text);
      }
      for (const q of doc.quotes) {
        assert.strictEqual(text.slice(q.start, q.end), q.text);
        assert.ok('speaker' in q && 'speakerName' in q && 'source' in q && 'cue' in q);
        for (const s of [q.source, q.cue]) if (s) assert.strictEqual(text.slice(s.start, s.end), s.text);
      }
      for (const s of doc.summary) assert.strictEqual(text.slice(s.start, s.end), s.text);
    }
    const dups = out.documents[1].duplicates;
    assert.deepStrictEqual(dups.map((d: { original: { line: number }; duplicate: { line: number } }) => [d.original.line, d.duplicate.line]), [[2, 4], [7, 11], [8, 12], [9, 13], [10, 14]]);
    assert.deepStrictEqual(Object.keys(dups[0]).slice(0, 4), ['kind', 'similarity', 'original', 'duplicate']);
    assert.deepStrictEqual(dups[0].original.path, 'b.txt');
    assert.strictEqual(SAMPLES['b.txt'].slice(dups[0].duplicate.start, dups[0].duplicate.end), 'Zelensky Urges Stronger US Support Amid Tensions with Trump');
    assert.strictEqual(out.documents[0].summary.length, 3);
    assert.strictEqual(out.documents[0].bom, false);
  });

  it('honours --sentences and the --opt=value form', async () => {
    const r = await run(['annotate', '--format=json', '--sentences=1', 'a.txt'], SAMPLES);
    assert.strictEqual(JSON.parse(r.stdout).documents[0].summary.length, 1);
  });

  it('writes text for people, and by default when the output is a terminal', async () => {
    const r = await run(['annotate', 'b.txt'], SAMPLES, { isTTY: true });
    assert.strictEqual(r.status, 0);
    assert.throws(() => JSON.parse(r.stdout));
    assert.match(r.stdout, /^== b\.txt ==/);
    assert.match(r.stdout, /Duplicated paragraphs \(5\)/);
    assert.match(r.stdout, /line 4 repeats line 2 \(exact copy\)/);
    assert.match(r.stdout, /Summary\n {2}1\. /);
    const piped = await run(['annotate', 'b.txt'], SAMPLES);
    assert.strictEqual(JSON.parse(piped.stdout).documents.length, 1);
  });

  it('lists every entity and quote of the json output in the text output', async () => {
    const doc = JSON.parse((await run(['annotate', '--format', 'json', 'a.txt'], SAMPLES)).stdout).documents[0];
    const text = (await run(['annotate', '--format', 'text', 'a.txt'], SAMPLES)).stdout;
    assert.match(text, new RegExp(`Entities \\(${doc.entities.length}\\)`));
    assert.match(text, new RegExp(`Quotes \\(${doc.quotes.length}\\)`));
    const lines = text.split('\n');
    for (const e of doc.entities) {
      const n = e.mentions.length;
      assert.ok(lines.some((l) => l.includes(` ${e.type} `) && l.includes(`  ${e.name}  (${n} mention${n === 1 ? '' : 's'}`)), `entity ${e.id}`);
    }
    for (const q of doc.quotes) assert.ok(lines.some((l) => l.startsWith(`  line ${q.line}: `) && l.includes(q.text.replace(/\s+/g, ' ').slice(0, 40))), `quote ${q.text}`);
  });

  it('writes no summary with --sentences 0', async () => {
    const r = await run(['annotate', '--sentences', '0', 'a.txt'], SAMPLES);
    assert.deepStrictEqual(JSON.parse(r.stdout).documents[0].summary, []);
  });

  it('reads standard input for "-" and strips a UTF-8 byte-order mark', async () => {
    const r = await run(['annotate', '-'], {}, { stdin: '\uFEFFMr. Smith said “it works.” It did.' });
    assert.strictEqual(r.status, 0);
    const doc = JSON.parse(r.stdout).documents[0];
    assert.strictEqual(doc.path, '-');
    assert.strictEqual(doc.bom, true);
    assert.deepStrictEqual(doc.summary.map((s: { start: number; text: string }) => [s.start, s.text]).slice(0, 1), [[0, 'Mr. Smith said “it works.”']]);
  });

  it('exits 2 with the usage on stderr for usage errors', async () => {
    for (const argv of [[], ['frobnicate', 'a.txt'], ['annotate'], ['annotate', '--bogus', 'a.txt'], ['annotate', '--format', 'xml', 'a.txt'],
      ['annotate', '--sentences', 'many', 'a.txt'], ['annotate', '--sentences', '-1', 'a.txt'], ['annotate', 'a.txt', '--format'],
      ['annotate', '--jobs', '0', 'a.txt'], ['annotate', '--jobs=two', 'a.txt']]) {
      const r = await run(argv, SAMPLES);
      assert.strictEqual(r.status, 2, argv.join(' '));
      assert.strictEqual(r.stdout, '');
      assert.match(r.stderr, /^factlens: .+\n\nUsage: factlens annotate/, argv.join(' '));
    }
  });

  it('prints help on --help and exits 0', async () => {
    const r = await run(['--help']);
    assert.strictEqual(r.status, 0);
    assert.match(r.stdout, /^Usage: factlens annotate/);
  });

  it('exits 1 naming a binary, badly encoded or missing file, and still outputs the others', async () => {
    const files = { ...SAMPLES, 'img.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'latin1.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x2e]) };
    const r = await run(['annotate', 'img.png', 'a.txt', 'latin1.txt', 'gone.txt'], files);
    assert.strictEqual(r.status, 1);
    assert.deepStrictEqual(JSON.parse(r.stdout).documents.map((d: { path: string }) => d.path), ['a.txt']);
    assert.match(r.stderr, /img\.png: binary file/);
    assert.match(r.stderr, /latin1\.txt: not valid UTF-8/);
    assert.match(r.stderr, /gone\.txt: cannot read/);
  });

  it('writes the documents in the order given when they are done out of order, and releases the renderer', async () => {
    const delays: Record<string, number> = { 'a.txt': 40, 'b.txt': 0, 'c.txt': 15 };
    let asked: unknown;
    let closed = 0;
    const renderer: CliIo['startRenderer'] = (request) => {
      asked = request;
      return {
        render: (job) => new Promise((resolve) => setTimeout(() => resolve(JSON.stringify({ path: job.path, length: job.text.length })), delays[job.path])),
        close: async () => { closed++; },
      };
    };
    const r = await run(['annotate', '--jobs', '3', 'a.txt', 'b.txt', 'c.txt'], { 'a.txt': 'one', 'b.txt': 'three', 'c.txt': 'fifteen' }, { renderer });
    assert.strictEqual(r.status, 0, r.stderr);
    assert.deepStrictEqual(asked, { jobs: 3, files: ['a.txt', 'b.txt', 'c.txt'] });
    assert.deepStrictEqual(JSON.parse(r.stdout).documents, [{ path: 'a.txt', length: 3 }, { path: 'b.txt', length: 5 }, { path: 'c.txt', length: 7 }]);
    assert.strictEqual(closed, 1);
  });

  it('in its own thread analyses the files it has read together, a group at most, with the output of one at a time', async () => {
    let stdout = '';
    const writtenWhenRead: Record<string, number> = {};
    const texts = Array.from({ length: BATCH + 4 }, (_, i) => (i % 2 ? readFixture(SAMPLE_REWRITE) : `Mr. Smith${i} said “yes.” ${readFixture(SAMPLE_ORIGINAL).slice(0, 40 * i)}`));
    const names = texts.map((_, i) => `f${i}.txt`);
    const io: CliIo = {
      stdout: (chunk) => { stdout += chunk; },
      stderr: () => undefined,
      readFile: async (p) => { writtenWhenRead[p] = stdout.split('"path"').length - 1; return encode(texts[names.indexOf(p)]); },
      readStdin: async () => encode(''),
      isTTY: false,
    };
    assert.strictEqual(await main(['annotate', ...names], io), 0);
    // A group's files are read before any document is written.
    assert.deepStrictEqual(names.slice(0, BATCH).map((n) => writtenWhenRead[n]), new Array(BATCH).fill(0));
    const documents = JSON.parse(stdout).documents;
    assert.deepStrictEqual(documents.map((d: { path: string }) => d.path), names);
    const alone = await Promise.all(names.map((n, i) => run(['annotate', n], { [n]: texts[i] })));
    assert.deepStrictEqual(documents, alone.map((r) => JSON.parse(r.stdout).documents[0]));
  });

  it('renders the documents given in one turn together, a group at most, and alone when that fails, each failure its own', async () => {
    const calls: number[] = [];
    const engine: Engine = {
      analyze: (text, options) => { if (text === 'bad') throw new Error('analysis failed'); return analyze(text, options); },
      analyzeMany: (texts, options) => { calls.push(texts.length); if (texts.includes('bad')) throw new Error('analysis failed'); return analyzeMany(texts, options); },
    };
    const renderer = new BatchingRenderer(engine);
    const job = (text: string, i: number): RenderJob => ({ path: `${i}.txt`, text, bom: false, format: 'json' });
    const outputs = await Promise.all(Array.from({ length: BATCH + 4 }, (_, i) => renderer.render(job(`Ms. Jones${i} said “no.”`, i))));
    assert.deepStrictEqual(calls, [BATCH, 4]);
    assert.deepStrictEqual(outputs.map((o) => JSON.parse(o).path), Array.from({ length: BATCH + 4 }, (_, i) => `${i}.txt`));
    const results = await Promise.allSettled(['good one', 'bad', 'good two'].map((t, i) => renderer.render(job(t, i))));
    assert.deepStrictEqual(results.map((r) => r.status), ['fulfilled', 'rejected', 'fulfilled']);
    assert.match(String((results[1] as PromiseRejectedResult).reason), /analysis failed/);
    await renderer.close();
  });

  it('renders a group as soon as its text reaches the bound, and holds no more text than two groups\' worth in its own thread', async () => {
    const calls: number[] = [];
    const long = 'word '.repeat(Math.ceil(BATCH_CHARS / 5));
    const engine: Engine = {
      analyze: (text, options) => analyze(text.length > 1000 ? 'A long one.' : text, options),
      analyzeMany: (texts, options) => { calls.push(texts.length); return analyzeMany(texts.map((t) => (t.length > 1000 ? 'A long one.' : t)), options); },
    };
    const renderer = new BatchingRenderer(engine);
    const job = (text: string, i: number): RenderJob => ({ path: `${i}.txt`, text, bom: false, format: 'json' });
    const outputs = await Promise.all(['one.', 'two.', long, 'three.', 'four.'].map((t, i) => renderer.render(job(t, i))));
    assert.deepStrictEqual(calls, [3, 2], 'the long text closes its group');
    assert.strictEqual(outputs.length, 5);
    // The command line waits for outputs once that much text is in flight: with long files, two at a time.
    const read: string[] = [];
    let written = 0;
    const io: CliIo = {
      stdout: (chunk) => { written += chunk.split('"path"').length - 1; },
      stderr: () => undefined,
      readFile: async (p) => { read.push(`${p}@${written}`); return encode(long); },
      readStdin: async () => encode(''),
      isTTY: false,
      startRenderer: () => renderer,
    };
    assert.strictEqual(await main(['annotate', 'a.txt', 'b.txt', 'c.txt', 'd.txt'], io), 0);
    assert.deepStrictEqual(read, ['a.txt@0', 'b.txt@0', 'c.txt@1', 'd.txt@2']);
  });

  it('exits 1 naming a document the engine failed on, still outputs the others whole, and releases the renderer', async () => {
    let closed = 0;
    const renderer: CliIo['startRenderer'] = () => ({
      render: async (job) => { if (job.path === 'b.txt') throw new Error('analysis failed'); return JSON.stringify({ path: job.path }); },
      close: async () => { closed++; },
    });
    const r = await run(['annotate', 'a.txt', 'b.txt', 'c.txt'], { 'a.txt': 'x', 'b.txt': 'y', 'c.txt': 'z' }, { renderer });
    assert.strictEqual(r.status, 1);
    assert.deepStrictEqual(JSON.parse(r.stdout).documents, [{ path: 'a.txt' }, { path: 'c.txt' }]);
    assert.match(r.stderr, /^factlens: b\.txt: could not be analysed: analysis failed$/m);
    assert.strictEqual(closed, 1);
  });

  it('starts one thread for every 8 MB of text by default, up to one per processor and 8, and as many as asked otherwise', () => {
    const MB = 1_000_000;
    assert.strictEqual(threadCount({ files: 1000, bytes: 100 * MB, processors: 2 }), 2);
    assert.strictEqual(threadCount({ files: 1000, bytes: 100 * MB, processors: 32 }), 8);
    assert.strictEqual(threadCount({ files: 1000, bytes: 20 * MB, processors: 32 }), 3);
    assert.strictEqual(threadCount({ files: 1000, bytes: 5 * MB, processors: 32 }), 1);
    assert.strictEqual(threadCount({ files: 1, bytes: 100 * MB, processors: 32 }), 1);
    assert.strictEqual(threadCount({ files: 3, bytes: 100 * MB, processors: 1 }), 1);
    assert.strictEqual(threadCount({ jobs: 4, files: 1000, bytes: 0, processors: 1 }), 4);
    assert.strictEqual(threadCount({ jobs: 4, files: 2, bytes: 0, processors: 8 }), 2);
    assert.strictEqual(threadCount({ jobs: 1, files: 1000, bytes: 100 * MB, processors: 8 }), 1);
  });

  it('fails the documents of a thread that stops, then and afterwards, rather than waiting for them', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlens-pool-'));
    const script = path.join(dir, 'broken.js');
    fs.writeFileSync(script, "throw new Error('the engine did not load');\n");
    const pool = new WorkerPool(script, 1);
    try {
      const job = { path: 'a.txt', text: 'Text.', bom: false, format: 'json' as const };
      await assert.rejects(pool.render(job), /the engine did not load/);
      await new Promise((resolve) => setTimeout(resolve, 50)); // the thread's exit
      await assert.rejects(pool.render(job), /the engine did not load/);
    } finally {
      await pool.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('as a process', function () {
    this.timeout(60000);
    // The command line bundled as `npm run build` bundles it: its worker threads run the bundle itself.
    let tmp: string;
    let bundle: string;
    const cli = (args: string[], input?: string) => spawnSync(process.execPath, [bundle, ...args], { cwd: ROOT, input, encoding: 'utf8' });
    before(() => {
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factlens-cli-'));
      bundle = path.join(tmp, 'cli.js');
      buildSync({ entryPoints: [path.join(ROOT, 'src/cli.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'es2022', outfile: bundle, logLevel: 'warning' });
    });
    after(() => fs.rmSync(tmp, { recursive: true, force: true }));

    it('annotates files and standard input, reporting a binary file on stderr with exit 1', () => {
      const binary = path.join(tmp, 'data.bin');
      fs.writeFileSync(binary, Buffer.from([0, 1, 2, 3, 255]));
      const sample = path.join(FIXTURES, SAMPLE_REWRITE);
      const r = cli(['annotate', '--format', 'json', binary, sample, '-'], 'Short text from a pipe. It has two sentences.');
      assert.strictEqual(r.status, 1, r.stderr);
      assert.match(r.stderr, /data\.bin: binary file/);
      const out = JSON.parse(r.stdout);
      assert.deepStrictEqual(out.documents.map((d: { path: string }) => d.path), [sample, '-']);
      assert.strictEqual(out.documents[0].duplicates.length, 5);
    });

    it('writes the same output from worker threads as from one thread, in the order given', () => {
      const binary = path.join(tmp, 'data.bin');
      fs.writeFileSync(binary, Buffer.from([0, 1, 2, 3, 255]));
      const files = [path.join(FIXTURES, SAMPLE_REWRITE), binary, '-', path.join(FIXTURES, SAMPLE_ORIGINAL), path.join(FIXTURES, SAMPLE_REWRITE)];
      const input = 'A text from a pipe. “It works,” said Ada Lovelace.';
      const one = cli(['annotate', '--format', 'json', '--jobs', '1', ...files], input);
      const pool = cli(['annotate', '--format', 'json', '--jobs', '3', ...files], input);
      assert.strictEqual(pool.status, 1, pool.stderr);
      assert.match(pool.stderr, /data\.bin: binary file/);
      assert.deepStrictEqual(JSON.parse(pool.stdout).documents.map((d: { path: string }) => d.path), files.filter((f) => f !== binary));
      assert.strictEqual(pool.stdout, one.stdout);
      const text = cli(['annotate', '--format', 'text', '--jobs', '2', ...files], input);
      assert.strictEqual(text.stdout, cli(['annotate', '--format', 'text', '--jobs', '1', ...files], input).stdout);
    });

    it('exits 2 on a usage error', () => {
      const r = cli(['annotate', '--nope']);
      assert.strictEqual(r.status, 2);
      assert.match(r.stderr, /unknown option: --nope/);
    });
  });
});
