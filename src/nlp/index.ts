import type { Doc, Lang } from '../model/index.js';
import { segment } from './segment.js';

export interface AnalyzeOptions {
  lang: Lang;
}

/**
 * Text -> Doc: sentences, tokens with offsets, and whatever linguistic layers the
 * language's models provide (tags, lemmas, dependencies, entities).
 *
 * PLACEHOLDER (issue 2): only sentence splitting and tokenization by `segment`.
 * The linguistic core (issue 3) replaces the internals behind this same signature.
 */
export function analyze(text: string, opts: AnalyzeOptions): Doc {
  return { text, lang: opts.lang, sentences: segment(text), entities: [] };
}
