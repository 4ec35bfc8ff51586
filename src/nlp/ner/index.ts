// Named-entity recognition: Doc -> Entity[] (PER, ORG, LOC, MISC), and IOB2 tags for pre-tokenised text.
// Each language is a folder exporting `recognizer()`; adding a language means adding a folder and a line here.
import type { Doc, Entity, Lang } from '../../model/index.js';
import { spans } from './conll.js';
import type { IobTag } from './model.js';
import type { LabelledSentence, Recognizer, TokenHints } from './types.js';
import * as nl from './nl/index.js';
import * as en from './en/index.js';

export type { IobTag } from './model.js';
export type { LabelledSentence, Recognizer, TokenHints } from './types.js';

const LANGS: Record<Lang, { recognizer(): Recognizer }> = { nl, en };
const loaded = new Map<Lang, Recognizer>();

/** The language's recognizer, loaded once (models load in well under a second). */
export function recognizerFor(lang: Lang): Recognizer {
  let r = loaded.get(lang);
  if (!r) {
    const mod = LANGS[lang];
    if (!mod) throw new Error(`no named-entity recognizer for language "${lang}"`);
    r = mod.recognizer();
    loaded.set(lang, r);
  }
  return r;
}

/** IOB2 tags for pre-tokenised sentences; the sentences are read together as one document. */
export function labelSentences(sentences: readonly (readonly string[])[], lang: Lang, hints?: readonly TokenHints[]): IobTag[][] {
  return recognizerFor(lang).label(sentences, hints, false).map((s) => s.tags);
}

/** The named entities of an analysed Doc, with character offsets into doc.text. */
export function findEntities(doc: Doc): Entity[] {
  const forms = doc.sentences.map((s) => s.tokens.map((t) => t.form));
  const r = recognizerFor(doc.lang);
  const hints: TokenHints[] | undefined = r.readsHints === false ? undefined : doc.sentences.map((s) => ({
    upos: s.tokens.map((t) => t.upos),
    glued: s.tokens.map((t, i) => i > 0 && t.start === s.tokens[i - 1]!.end),
  }));
  const labelled: LabelledSentence[] = r.label(forms, hints);
  const out: Entity[] = [];
  doc.sentences.forEach((s, si) => {
    const ls = labelled[si]!;
    for (const sp of spans(ls.tags)) {
      const start = s.tokens[sp.start]!.start, end = s.tokens[sp.end - 1]!.end;
      let conf = 0;
      for (let i = sp.start; i < sp.end; i++) conf += ls.confidence[i]!;
      out.push({
        label: sp.label as Entity['label'],
        text: doc.text.slice(start, end),
        start,
        end,
        sentence: s.index,
        tokenStart: sp.start,
        tokenEnd: sp.end,
        confidence: Math.round((conf / (sp.end - sp.start)) * 1000) / 1000,
      });
    }
  });
  return out;
}
