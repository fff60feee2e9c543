// A word view of the tokens, shared by the name recogniser and the role finder: abbreviation dots
// joined back ("U.S.", "Mr.", "J."), the possessive "’s" kept out of the word, case facts computed once.
import type { DocumentStructure, Token } from '../types';

export interface Word {
  start: number;
  /** Excludes a possessive "’s" / "'s". */
  end: number;
  /** source.slice(start, end) */
  text: string;
  lower: string;
  sentence: number;
  /** Starts with an upper-case letter (or is an Arabic-style "al-Name"). */
  cap: boolean;
  /** Two or more letters, all upper case ("NATO", "U.S."). */
  allCaps: boolean;
  /** Has a letter; punctuation tokens are words too, with isWord false. */
  isWord: boolean;
  possessive: boolean;
}

const UPPER_START = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
const ALL_CAPS = /^(?=(?:[^\p{L}]*\p{Lu}){2})[\p{Lu}\p{N}.&'’\-]+$/u;
const PARTICLE_NAME = /^(?:al|el|ul|ad|ar|as|ash|at|az|bin|ibn|abu|abd)-\p{Lu}/u;
// Tokens that take their trailing full stop with them: initials, dotted acronyms, common abbreviations.
const DOTTED = /^(?:\p{Lu}|\p{L}(?:\.\p{L})+|Mr|Mrs|Ms|Mx|Dr|St|Mt|Ft|Jr|Sr|Inc|Corp|Co|Ltd|Bros|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Sen|Rep|Gov|Prof|Rev|Messrs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|Ave|Rd|Mme)$/u;
const POSSESSIVE = /['’]s$/;
const POSSESSIVE_TOKEN = /^['’]s$/;

function makeWord(text: string, start: number, end: number, sentence: number): Word {
  let possessive = false;
  if (end - start > 2 && POSSESSIVE.test(text)) {
    end -= 2;
    text = text.slice(0, -2);
    possessive = true;
  }
  const isWord = LETTER.test(text);
  return {
    start, end, text, lower: text.toLowerCase(), sentence, possessive, isWord,
    cap: isWord && (UPPER_START.test(text) || PARTICLE_NAME.test(text)),
    allCaps: isWord && ALL_CAPS.test(text),
  };
}

/** The words of each sentence, in order; index i holds the words of sentence i. */
export function wordsBySentence(doc: DocumentStructure): Word[][] {
  const out: Word[][] = doc.sentences.map(() => []);
  const { text } = doc;
  const tokens: Token[] = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let end = t.end;
    const next = tokens[i + 1];
    if (next && next.start === t.end && next.text === '.' && next.sentence === t.sentence && DOTTED.test(t.text)) {
      end = next.end;
      i++;
    }
    const list = out[t.sentence];
    if (!list) continue;
    // A clitic "’s" split off by the tokenizer belongs to the word before it.
    const prev = list[list.length - 1];
    if (POSSESSIVE_TOKEN.test(t.text) && prev && !prev.possessive && prev.end === t.start) {
      prev.possessive = true;
      continue;
    }
    list.push(makeWord(text.slice(t.start, end), t.start, end, t.sentence));
  }
  return out;
}
