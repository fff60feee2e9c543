// Real news text for the throughput and duplicate benchmarks: PolNeAR article texts (train, then dev)
// and CNN/DailyMail `article` fields, from the public data folder. Returns null when the data is absent.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** The public data folder: $FACTLENS_DATA, else ../shared/data next to the repository. */
export function dataDir() {
  return process.env.FACTLENS_DATA || path.resolve(HERE, '../../../shared/data');
}

/** News articles as strings, in a fixed order, or null when none of the data is there. */
export function newsArticles() {
  const out = [];
  for (const split of ['train', 'dev']) {
    const dir = path.join(dataDir(), 'polnear', split, 'text');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) out.push(readFileSync(path.join(dir, f), 'utf8'));
  }
  const cnndm = path.join(dataDir(), 'cnndm', 'dev.jsonl');
  if (existsSync(cnndm)) {
    for (const line of readFileSync(cnndm, 'utf8').split('\n')) if (line.trim()) out.push(JSON.parse(line).article);
  }
  return out.length ? out : null;
}

/** The two sample articles of test/fixtures, the fallback when the data is absent. */
export function fixtureArticles() {
  const dir = path.resolve(HERE, '../../test/fixtures');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(dir, f), 'utf8'));
}
