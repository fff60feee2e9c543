// Word lists for attributions: reporting verbs (cues), pronouns, words that sit between a source and its
// cue, and nouns that name a source by role ("the senator", "officials").

/** Reporting verbs as lemmas; `cueForms` expands the regular inflections, `IRREGULAR` the rest. */
const CUE_LEMMAS = [
  'say', 'tell', 'add', 'state', 'write', 'ask', 'reply', 'respond', 'warn', 'note', 'argue', 'explain', 'declare',
  'insist', 'claim', 'call', 'describe', 'remark', 'tweet', 'post', 'announce', 'acknowledge', 'admit', 'assert',
  'contend', 'suggest', 'predict', 'promise', 'vow', 'pledge', 'urge', 'emphasize', 'emphasise', 'stress', 'express',
  'complain', 'recall', 'joke', 'conclude', 'report', 'testify', 'quip', 'shout', 'yell', 'concede', 'counter',
  'charge', 'allege', 'maintain', 'agree', 'observe', 'comment', 'caution', 'lament', 'muse', 'boast', 'brag',
  'demand', 'thank', 'label', 'dub', 'brand', 'praise', 'criticize', 'criticise', 'accuse', 'denounce', 'mock',
  'confirm', 'deny', 'reiterate', 'continue', 'tout', 'recount', 'proclaim', 'exclaim', 'whisper', 'plead', 'mention',
  'wonder', 'worry', 'scoff', 'retort', 'snap', 'chide', 'blast', 'slam', 'hail', 'pronounce', 'question', 'characterize',
  'quote', 'cite', 'read', 'answer', 'advise', 'inform', 'assure', 'reassure', 'remind', 'rule', 'find',
  'signal', 'indicate', 'hint', 'refer', 'term', 'deride',
  // Added from the cues of PolNeAR train's direct quotes that the list missed.
  'chant', 'interject', 'elaborate', 'imply', 'retweet', 'fume', 'gush', 'surmise', 'vent', 'decry', 'bemoan', 'bark',
  'confess', 'echo', 'email', 'rant', 'scold', 'opine', 'rail', 'marvel', 'reveal', 'scream', 'beam', 'enthuse',
];

const IRREGULAR: Record<string, string[]> = {
  say: ['said'], tell: ['told'], write: ['wrote', 'written'], read: ['read'], begin: ['began', 'begun'],
  find: ['found'], snap: ['snapped', 'snapping'], dub: ['dubbed', 'dubbing'], quip: ['quipped', 'quipping'],
  brag: ['bragged', 'bragging'], plead: ['pled'], refer: ['referred', 'referring'], term: ['termed'],
  admit: ['admitted', 'admitting'], echo: ['echoes'],
};

function inflect(lemma: string): string[] {
  const out = [lemma, ...(IRREGULAR[lemma] ?? [])];
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  if (/(?:s|sh|ch|x|z)$/.test(lemma)) out.push(lemma + 'es');
  else if (/[^aeiou]y$/.test(lemma)) out.push(lemma.slice(0, -1) + 'ies');
  else out.push(lemma + 's');
  if (!IRREGULAR[lemma]?.some((f) => f.endsWith('ed'))) {
    if (/[^aeiou]y$/.test(lemma)) out.push(lemma.slice(0, -1) + 'ied');
    else out.push(stem + 'ed');
  }
  if (!IRREGULAR[lemma]?.some((f) => f.endsWith('ing'))) out.push(stem + 'ing');
  return out;
}

/** Inflected forms that are nouns far more often than verbs: "1,300 Clinton emails". */
const NOUN_FORMS = new Set(['emails']);

/** Every inflected reporting verb, lower case. */
export const CUE_WORDS: ReadonlySet<string> = new Set(CUE_LEMMAS.flatMap(inflect).filter((f) => !NOUN_FORMS.has(f)));
/** The bare forms, which are nouns as often as verbs ("a tweet", "the report"). */
export const CUE_LEMMA_SET: ReadonlySet<string> = new Set(CUE_LEMMAS);
/** Reporting verbs whose -s form is as often a plural noun ("the tweets were", "reports say"). */
export const NOUN_LIKE_CUES: ReadonlySet<string> = new Set([
  'tweets', 'posts', 'reports', 'calls', 'quotes', 'claims', 'notes', 'states', 'comments', 'remarks', 'questions',
  'answers', 'charges', 'demands', 'promises', 'pledges', 'labels', 'brands', 'signals', 'terms', 'rules', 'reads',
  'finds', 'vows', 'jokes', 'boasts', 'praises', 'counters', 'replies', 'responds', 'blasts', 'slams', 'hails', 'cites',
  'mentions', 'echoes', 'chants', 'rants', 'vents', 'retweets', 'reveals',
]);
/** Words after which a bare reporting verb is a verb: "they say", "did not say", "will tweet". */
export const BEFORE_BARE_VERB: ReadonlySet<string> = new Set([
  'i', 'we', 'they', 'you', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'did', 'do', 'does',
  'not', "n't", 'to', 'also', 'often', 'never', 'who', 'and', 'or', 'people', 'police',
]);

/** Cues whose source follows them: "according to X". Matched as two words. */
export const ACCORDING = 'according';

export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/** Words that may stand between a source and its cue: "Trump later said", "she has repeatedly warned". */
export const BETWEEN_SOURCE_AND_CUE: ReadonlySet<string> = new Set([
  'also', 'later', 'then', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'been', 'will', 'would', 'could', 'can',
  'may', 'might', 'should', 'did', 'does', 'do', 'once', 'again', 'often', 'never', 'not', "n't", 'just', 'even', 'still',
  'already', 'further', 'first', 'since', 'earlier', 'now', 'recently', 'previously', 'repeatedly', 'reportedly',
  'famously', 'publicly', 'privately', 'openly', 'simply', 'flatly', 'finally', 'quickly', 'subsequently', 'herself',
  'himself', 'themselves', 'last', 'week', 'year', 'month', 'night', 'today', 'yesterday', 'tonight', 'on', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'evening', 'afternoon', 'this',
]);

/** Capitalised words that start a sentence or clause without being part of a name. */
export const NOT_NAME: ReadonlySet<string> = new Set([
  'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'with', 'without', 'after', 'before', 'when', 'while', 'if',
  'as', 'then', 'also', 'still', 'however', 'meanwhile', 'instead', 'indeed', 'although', 'though', 'because', 'since',
  'asked', 'speaking', 'during', 'from', 'to', 'by', 'of', 'about', 'under', 'over', 'despite', 'later', 'earlier',
  'now', 'today', 'yesterday', 'here', 'there', 'this', 'that', 'these', 'those', 'what', 'which', 'who', 'where',
  'why', 'how', 'it', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'we', 'i', 'you', 'they', 'he', 'she',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'read', 'said', 'says', 'according',
  'a', 'an', 'once', 'twice', 'even', 'only', 'just', 'not', 'no', 'yes', 'well', 'again', 'some', 'many', 'most',
  'maybe', 'perhaps',
]);

/** Small words inside names: "Bank of England", "Ursula von der Leyen". */
export const NAME_LINKS: ReadonlySet<string> = new Set(['of', 'de', 'del', 'der', 'van', 'von', 'al', 'bin', 'la', 'le', 'du', 'da', 'di', 'for', 'the', 'and', '&']);

/** Determiners and possessives that open a descriptive source: "the senator", "a source", "his spokesman". */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'another', 'his', 'her', 'their', 'its', 'one', 'two', 'three', 'some', 'many', 'several', 'most',
  'other', 'both', 'few', 'all', 'this', 'that', 'these', 'those', 'our', 'my', 'no', 'each', 'every',
]);

/** Words a descriptive source cannot contain (clause and phrase boundaries). */
export const NOT_IN_DESCRIPTION: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'and', 'or', 'but', 'as', 'than',
  'what', 'when', 'where', 'how', 'why', 'while', 'if', 'because', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had',
  'not', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'here', 'so', 'also', 'about', 'into', 'after', 'before',
]);

/** Plural nouns that are a source on their own, without a determiner: "officials said". */
export const BARE_SOURCES: ReadonlySet<string> = new Set([
  'officials', 'sources', 'aides', 'experts', 'analysts', 'critics', 'supporters', 'voters', 'people', 'residents',
  'police', 'protesters', 'lawmakers', 'republicans', 'democrats', 'reporters', 'officers', 'witnesses', 'authorities',
  'prosecutors', 'investigators', 'advisers', 'advisors', 'organizers', 'researchers', 'scientists', 'economists',
  'observers', 'diplomats', 'leaders', 'members', 'activists', 'opponents', 'allies', 'doctors', 'administrators',
  'others',
]);

/** Determiners that stand alone as a source: "another said", "some argue", "one added". */
export const PRONOUN_DETERMINERS: ReadonlySet<string> = new Set(['another', 'one', 'some', 'many', 'several', 'both', 'most', 'few', 'all']);
