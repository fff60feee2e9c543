// Paragraphs, sentences and tokens. FIRST VERSION: to be replaced by the structure module's owner.
import type { DocumentStructure, Paragraph, Sentence, Token } from './types';

export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\r\n]+/g;
  let m: RegExpExecArray | null;
  let line = 0;
  let lastEnd = 0;
  while ((m = re.exec(text))) {
    for (let i = lastEnd; i < m.index; i++) if (text[i] === '\n') line++;
    lastEnd = m.index;
    if (m[0].trim() === '') continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], index: out.length, kind: 'prose', line });
  }
  return out;
}

export function splitSentences(text: string, paragraphs: Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  for (const p of paragraphs) {
    const re = /[^.!?]+(?:[.!?]+["”’]?|$)/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(p.text))) {
      if (m[0] === '') { re.lastIndex++; continue; }
      const lead = m[0].length - m[0].trimStart().length;
      const body = m[0].trim();
      if (!body) continue;
      const start = p.start + m.index + lead;
      out.push({ start, end: start + body.length, text: body, index: out.length, paragraph: p.index });
    }
  }
  return out;
}

export function tokenize(text: string, sentences: Sentence[]): Token[] {
  const out: Token[] = [];
  for (const s of sentences) {
    const re = /[\p{L}\p{N}]+(?:[.'’\-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s.text))) {
      const start = s.start + m.index;
      out.push({ start, end: start + m[0].length, text: m[0], sentence: s.index });
    }
  }
  return out;
}

export function parseStructure(text: string): DocumentStructure {
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, paragraphs);
  return { text, paragraphs, sentences, tokens: tokenize(text, sentences) };
}
