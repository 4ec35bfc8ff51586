// Sentences for the knowledge tests, made here so these tests do not depend on the state of the
// nlp stage: tokens are letter/digit runs (hyphenated words kept together) and single punctuation marks.
import type { Sentence, Token } from '../../src/model/index.js';

const TOKEN = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*\.?(?<=\p{Lu}\.)|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const END = /[.!?]["'”’)]*\s+(?=["'“‘(]?[\p{Lu}\p{N}])|\n\s*\n+/gu;

export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end <= start) return;
    const slice = text.slice(start, end);
    const tokens: Token[] = [];
    for (const m of slice.matchAll(TOKEN)) tokens.push({ i: tokens.length, form: m[0], start: start + m.index!, end: start + m.index! + m[0].length });
    out.push({ index: out.length, start, end, text: slice, tokens });
  };
  for (const m of text.matchAll(END)) {
    push(from, m.index! + 1);
    from = m.index! + m[0].length;
  }
  push(from, text.length);
  return out;
}
