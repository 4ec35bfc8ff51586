// Sentence anchors: a short hash of every annotated sentence, so a change in sitrep's sentence splitter
// that shifts the indices of a gold document is caught (the hash, never the text, is stored).
import { createHash } from 'node:crypto';
import type { Lang } from '../model/index.js';
import { tokenize } from '../nlp/tokenize/index.js';
import { loadDocument, type DocRoots, DEFAULT_ROOTS } from './docs.js';
import type { GoldSet } from './run.js';

/** doc -> sentence index -> 8 hex digits of sha256 over the white-space-folded sentence text. */
export type Anchors = Record<string, Record<string, string>>;

export function sentenceHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 8);
}

/** The sentences of a gold document as sitrep splits it (the same splitter as `analyze`). */
export function goldSentences(ref: string, roots: DocRoots = DEFAULT_ROOTS): string[] {
  const a = loadDocument(ref, roots);
  return tokenize(a.text, a.lang as Lang).map((s) => s.text);
}

/** Anchors for every sentence the sets annotate (facts and scope ends). */
export function computeAnchors(sets: GoldSet[], roots: DocRoots = DEFAULT_ROOTS): Anchors {
  const out: Anchors = {};
  for (const set of sets) {
    for (const ref of set.docs) {
      const sentences = goldSentences(ref, roots);
      const idx = new Set(set.facts.filter((f) => f.doc === ref).map((f) => f.sentence));
      for (const s of set.scopes.filter((x) => x.doc === ref)) {
        idx.add(s.first);
        idx.add(s.last);
      }
      const own: Record<string, string> = {};
      for (const i of [...idx].sort((a, b) => a - b)) if (i < sentences.length) own[String(i)] = sentenceHash(sentences[i]!);
      out[ref] = own;
    }
  }
  return out;
}
