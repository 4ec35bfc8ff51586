import type { Sentence, Token } from '../model/index.js';

// PLACEHOLDER segmenter (issue 2), replaced by the real tokenizer/splitter of issue 3.
const TOKEN = /[\p{L}\p{N}]+(?:[-'’./,][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const SENTENCE_END = /[.!?]+["'”’)]*\s+(?=["'“‘(]?[\p{Lu}\p{N}])|\n\s*\n+/gu;

export function segment(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end <= start) return;
    const tokens: Token[] = [];
    const slice = text.slice(start, end);
    for (const m of slice.matchAll(TOKEN)) {
      tokens.push({ i: tokens.length, form: m[0], start: start + m.index!, end: start + m.index! + m[0].length });
    }
    sentences.push({ index: sentences.length, start, end, text: slice, tokens });
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    const cut = m.index! + m[0].trimEnd().length;
    push(from, cut);
    from = m.index! + m[0].length;
  }
  push(from, text.length);
  return sentences;
}
