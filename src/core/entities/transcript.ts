// Speaker labels of a transcript: "TRUMP: No, I don't.", "JAKE TAPPER: …". A paragraph that opens with a name in
// capitals and a colon gives the words of the person so named; the name recogniser, trained on prose, reads such
// labels poorly ("HOLT" a place, "TRUMP" nothing). Read only where two paragraphs or more open so (a transcript), and
// never for the labels of news pages ("UPDATE:", "EDITOR'S NOTE:", "Q:").
import type { DocumentStructure, NameSpan } from '../types';
import { KNOWN_ORGS, PLACES } from './lexicon';

const LABEL = /^([A-Z][A-Z.'’-]*[A-Z.](?: [A-Z][A-Z.'’-]*[A-Z.]){0,2}):[ \u00a0]+\S/;

/** Words of labels that name no one. */
const NOT_SPEAKERS: ReadonlySet<string> = new Set([
  'UPDATE', 'UPDATES', 'UPDATED', 'PREVIOUSLY', 'NOTE', "EDITOR'S", 'EDITOR’S', 'EDITORS', 'CORRECTION', 'CLARIFICATION',
  'WATCH', 'READ', 'MORE', 'RELATED', 'PHOTO', 'PHOTOS', 'VIDEO', 'SOURCE', 'SOURCES', 'BREAKING', 'NEWS', 'LIVE', 'QUESTION',
  'ANSWER', 'UNIDENTIFIED', 'MALE', 'FEMALE', 'CROWD', 'AUDIENCE', 'MODERATOR', 'ANNOUNCER', 'NARRATOR', 'REPORTER',
  'SPEAKER', 'VOICE', 'OFF', 'CAMERA', 'END', 'TRANSCRIPT', 'BEGIN', 'COMMERCIAL', 'BREAK', 'APPLAUSE', 'LAUGHTER',
  'CROSSTALK', 'INAUDIBLE', 'SUMMARY', 'ANALYSIS', 'OPINION', 'ABSTRACT', 'EXCERPT', 'EXCERPTS', 'UPDATE', 'ALERT', 'TIP',
  'WARNING', 'DISCLAIMER', 'CAPTION', 'CREDIT', 'CONTACT', 'EMAIL', 'PHONE', 'WEB', 'TWITTER', 'FACEBOOK', 'BOTTOM', 'LINE',
  // The labels of fact-checks and explainers ("CLAIM:", "VERDICT:", "THE FACTS:").
  'EXCLUSIVE', 'GALLERY', 'LISTEN', 'PODCAST', 'POLL', 'FACT', 'FACTS', 'CHECK', 'VERDICT', 'CLAIM', 'CLAIMS', 'RATING', 'RULING',
  'TIMELINE', 'BACKGROUND', 'CONTEXT', 'WHY', 'WHAT', 'HOW', 'WHO', 'WHEN', 'WHERE', 'THE', 'KEY', 'POINTS', 'TAKEAWAY',
  'TAKEAWAYS', 'IMPORTANT', 'DEVELOPING', 'LATEST', 'ALSO', 'PLUS', 'MEANWHILE', 'BOTTOMLINE', 'OUR', 'TRUE', 'FALSE', 'MISLEADING',
]);

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
    if (words.some((w) => NOT_SPEAKERS.has(w)) || KNOWN_ORGS.has(m[1].toLowerCase()) || PLACES.has(m[1].toLowerCase())) continue;
    out.push({ start: p.start, end: p.start + m[1].length, type: 'person' });
  }
  return out.length >= 2 ? out : [];
}
