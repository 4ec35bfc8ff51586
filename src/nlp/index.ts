// The linguistic core: text -> Doc (sentences, tokens with offsets, UPOS, FEATS, lemma,
// dependency head and relation, named entities). Models load lazily, once per process.
import { InputError, type Doc, type Lang, type Sentence } from '../model/index.js';
import { isAnalysedLang } from '../model/index.js';
import { parseFeats } from './conllu.js';
import type { Annotated } from './core/types.js';
import { findEntities } from './ner/index.js';
import { pipeline } from './pipeline.js';
import { tokenize } from './tokenize/index.js';

export type { Annotated } from './core/types.js';

export interface AnalyzeOptions {
  lang: Lang;
  /** Run named-entity recognition (default true). */
  entities?: boolean;
}

function checkLang(lang: string): asserts lang is Lang {
  if (!isAnalysedLang(lang)) throw new InputError('language', `no analysis models for "${String(lang)}" (known: nl, en)`);
}

/** Text -> Doc: tokenize and split, then tag, lemmatize and parse every sentence, then entities. */
export function analyze(text: string, opts: AnalyzeOptions): Doc {
  checkLang(opts.lang);
  const sentences = tokenize(text, opts.lang);
  annotateSentences(sentences, opts.lang);
  const doc: Doc = { text, lang: opts.lang, sentences, entities: [] };
  if (opts.entities !== false && sentences.length) doc.entities = findEntities(doc);
  return doc;
}

// FEATS strings are few: each is split once (tokens get their own copy, so none shares an object).
const featsMemo = new Map<string, Record<string, string> | undefined>();
function featsOf(s: string): Record<string, string> | undefined {
  let f = featsMemo.get(s);
  if (f === undefined && !featsMemo.has(s)) {
    if (featsMemo.size >= 10_000) featsMemo.clear();
    f = parseFeats(s);
    featsMemo.set(s, f);
  }
  return f && { ...f };
}

/** Fills upos, feats, lemma, head and deprel of already tokenized sentences, in place. */
export function annotateSentences(sentences: Sentence[], lang: Lang): void {
  checkLang(lang);
  const p = pipeline(lang);
  for (const s of sentences) {
    const a = p.annotate(s.tokens.map((t) => t.form));
    s.tokens.forEach((t, i) => {
      t.upos = a.upos[i]!;
      const feats = featsOf(a.feats[i]!);
      if (feats) t.feats = feats;
      else delete t.feats;
      t.lemma = a.lemmas[i]!;
      t.head = a.heads[i]!;
      t.deprel = a.deprels[i]!;
    });
  }
}

/** Tags, lemmatizes and parses one pre-tokenized sentence (the CoNLL-U path). */
export function annotateForms(forms: string[], lang: Lang): Annotated {
  checkLang(lang);
  return pipeline(lang).annotate(forms);
}
