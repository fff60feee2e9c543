// CoNLL-like tokens for the tagger: words (hyphenated compounds kept whole), dotted abbreviations
// ("U.S."), numbers, clitics split off ("Ukraine’s" → "Ukraine" "’s") and each punctuation mark alone.
// The recogniser re-tokenises the text itself so that it sees at run time what it saw in training,
// whatever the engine's general tokenizer does.

/** Token boundaries of a text, and where sentences start (by token index). */
export interface TaggerTokens {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** 1 where a token begins a sentence. */
  sentenceStart: Uint8Array;
}

// Order matters: dotted abbreviations, then words with their inner apostrophes (clitics are cut below),
// then any other single non-space character.
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-&'’.,:/][\p{L}\p{M}\p{N}]+)*|\S/gu;
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/**
 * Where a clitic ends the word text[start, end) ("Clinton's" → the apostrophe's offset), else -1. It
 * is split off, as CoNLL does ("Clinton 's"; "do n't" comes out as "don 't", close enough).
 */
function cliticAt(text: string, start: number, end: number): number {
  if (end - start < 3) return -1;
  const last = text.charCodeAt(end - 1) | 32;
  if (isApostrophe(text.charCodeAt(end - 2)) && (last === 115 /* s */ || last === 100 /* d */ || ((last === 109 /* m */ || last === 116 /* t */) && text.charCodeAt(end - 1) >= 97))) return end - 2;
  if (end - start > 3 && isApostrophe(text.charCodeAt(end - 3))) {
    const pair = text.slice(end - 2, end);
    if (pair === 'll' || pair === 're' || pair === 've') return end - 3;
  }
  return -1;
}

// Token offsets of the last call made with `reuse`, kept to spare the allocations.
let sharedStarts = new Int32Array(1024);
let sharedEnds = new Int32Array(1024);

/**
 * Tokenises `text`. `sentenceStarts` are character offsets where sentences begin (any order); a new
 * line always begins one too. With `reuse`, the offsets live in buffers that the next such call
 * overwrites.
 */
export function tokenizeForTagger(text: string, sentenceStarts: readonly number[], reuse = false): TaggerTokens {
  let starts = reuse ? sharedStarts : new Int32Array(64);
  let ends = reuse ? sharedEnds : new Int32Array(64);
  let cap = starts.length;
  let count = 0;
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) {
    if (count + 2 > cap) {
      cap *= 2;
      const ns = new Int32Array(cap); ns.set(starts); starts = ns;
      const ne = new Int32Array(cap); ne.set(ends); ends = ne;
    }
    const s = m.index;
    const e = s + m[0].length;
    const cut = cliticAt(text, s, e);
    if (cut > s) { starts[count] = s; ends[count++] = cut; starts[count] = cut; ends[count++] = e; }
    else { starts[count] = s; ends[count++] = e; }
  }
  if (reuse) { sharedStarts = starts; sharedEnds = ends; }
  const sentenceStart = new Uint8Array(count);
  if (count) sentenceStart[0] = 1;
  // A line break before a token starts a sentence.
  for (let i = 1; i < count; i++) {
    for (let c = ends[i - 1]; c < starts[i]; c++) {
      const ch = text.charCodeAt(c);
      if (ch === 10 || ch === 13) { sentenceStart[i] = 1; break; }
    }
  }
  if (sentenceStarts.length) {
    const sorted = Array.from(sentenceStarts).sort((a, b) => a - b);
    let t = 0;
    for (const off of sorted) {
      while (t < count && starts[t] < off) t++;
      if (t < count) sentenceStart[t] = 1;
    }
  }
  return { count, starts: starts.subarray(0, count), ends: ends.subarray(0, count), sentenceStart };
}
