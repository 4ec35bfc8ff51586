// Which side of the reference a sentence talks about, from the cue nearest to the expression.
import type { Tense } from './resolve.js';
import type { TimeLocale } from './types.js';

const SENTENCE_END = /[.!?](?=\s+[\p{Lu}\d"'‘“(])|\n/gu;

/** Bounds of the sentence around [start, end): the last sentence end before, the first after. */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  const MAX = 400; // a sentence longer than this is cut: keeps the cost per expression constant
  const lo = Math.max(0, start - MAX);
  const hi = Math.min(text.length, end + MAX);
  let a = lo;
  SENTENCE_END.lastIndex = lo;
  for (let m = SENTENCE_END.exec(text); m && m.index < start; m = SENTENCE_END.exec(text)) a = m.index + 1;
  let b = hi;
  SENTENCE_END.lastIndex = end;
  const m = SENTENCE_END.exec(text);
  if (m && m.index < hi) b = m.index + 1;
  return [a, b];
}

export function tenseAround(text: string, start: number, end: number, loc: TimeLocale): Tense {
  const [a, b] = sentenceAround(text, start, end);
  const sentence = text.slice(a, b);
  const at = start - a;
  let best: Tense = null;
  let bestDist = Infinity;
  for (const [re, tense] of [
    [loc.futureCues, 'future'],
    [loc.pastCues, 'past'],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const s = m.index;
      const e = s + m[0].length;
      if (s >= at && e <= at + (end - start)) continue; // the expression's own words don't count twice
      if (tense === 'past' && e <= at && loc.reportedClause?.test(sentence.slice(e, at))) continue;
      const dist = e <= at ? at - e : s - (at + (end - start));
      if (dist < bestDist) {
        bestDist = dist;
        best = tense;
      }
    }
  }
  return best;
}
