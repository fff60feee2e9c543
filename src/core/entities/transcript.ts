// Speaker labels of a transcript: "TRUMP: No, I don't.", "JAKE TAPPER: …". A paragraph that opens with a name in
// capitals and a colon gives the words of the person so named; the name recogniser, trained on prose, reads such
// labels poorly ("HOLT" a place, "TRUMP" nothing). Read only where two paragraphs or more open so (a transcript), and
// never for the labels of news pages ("UPDATE:", "EDITOR'S NOTE:", "Q:").
import type { DocumentStructure, NameSpan } from '../types';
import { KNOWN_ORGS, PAGE_LABELS, PLACES } from './lexicon';

const LABEL = /^([A-Z][A-Z.'’-]*[A-Z.](?: [A-Z][A-Z.'’-]*[A-Z.]){0,2}):[ \u00a0]+\S/;

/**
 * Words of labels that name no one, beside the page labels (PAGE_LABELS: "UPDATE", "EXCLUSIVE", "VIDEO"): a transcript's
 * other voices, and the labels of fact-checks and explainers ("CLAIM:", "VERDICT:", "THE FACTS:").
 */
const NOT_SPEAKERS: ReadonlySet<string> = new Set([
  'PREVIOUSLY', 'NOTE', "EDITOR'S", 'EDITOR’S', 'EDITORS', 'CORRECTION', 'CLARIFICATION', 'READ', 'MORE', 'SOURCE', 'SOURCES',
  'NEWS', 'LIVE', 'QUESTION', 'ANSWER', 'UNIDENTIFIED', 'MALE', 'FEMALE', 'CROWD', 'AUDIENCE', 'MODERATOR', 'ANNOUNCER', 'NARRATOR',
  'REPORTER', 'SPEAKER', 'VOICE', 'OFF', 'CAMERA', 'END', 'TRANSCRIPT', 'BEGIN', 'COMMERCIAL', 'BREAK', 'APPLAUSE', 'LAUGHTER',
  'CROSSTALK', 'INAUDIBLE', 'SUMMARY', 'EXCERPT', 'EXCERPTS', 'ALERT', 'TIP', 'WARNING', 'DISCLAIMER', 'CAPTION', 'CREDIT',
  'CONTACT', 'EMAIL', 'PHONE', 'WEB', 'TWITTER', 'FACEBOOK', 'BOTTOM', 'LINE', 'PODCAST', 'POLL', 'FACT', 'FACTS', 'CHECK',
  'VERDICT', 'CLAIM', 'CLAIMS', 'RATING', 'RULING', 'TIMELINE', 'BACKGROUND', 'CONTEXT', 'WHY', 'WHAT', 'HOW', 'WHO', 'WHEN',
  'WHERE', 'THE', 'KEY', 'POINTS', 'TAKEAWAY', 'TAKEAWAYS', 'IMPORTANT', 'DEVELOPING', 'LATEST', 'ALSO', 'PLUS', 'MEANWHILE',
  'BOTTOMLINE', 'OUR', 'TRUE', 'FALSE', 'MISLEADING',
]);
const isNotSpeaker = (word: string): boolean => NOT_SPEAKERS.has(word) || PAGE_LABELS.has(word.toLowerCase());

/** The speaker labels of a transcript in `doc`, as people; none when fewer than two paragraphs open with one. */
export function transcriptLabels(doc: DocumentStructure): NameSpan[] {
  const out: NameSpan[] = [];
  for (const p of doc.paragraphs) {
    // Two capitals first, a colon soon after: most paragraphs are passed over without a copy or a match.
    const first = p.text.charCodeAt(0), second = p.text.charCodeAt(1);
    if (p.kind !== 'prose' || first < 65 || first > 90 || second < 65 || second > 90) continue;
    let colon = 2;
    while (colon < 48 && colon < p.text.length && p.text.charCodeAt(colon) !== 58) colon++;
    if (p.text.charCodeAt(colon) !== 58) continue;
    const m = LABEL.exec(p.text.slice(0, colon + 3));
    if (!m || m[1].replace(/[^A-Z]/g, '').length < 3) continue;
    const words = m[1].split(' ');
    if (words.some(isNotSpeaker) || KNOWN_ORGS.has(m[1].toLowerCase()) || PLACES.has(m[1].toLowerCase())) continue;
    out.push({ start: p.start, end: p.start + m[1].length, type: 'person' });
  }
  return out.length >= 2 ? out : [];
}
