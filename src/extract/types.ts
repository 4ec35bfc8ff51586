import type { Doc, Extraction, PartialDate } from '../model/index.js';

/** What an extractor knows about the article besides its analysed text. */
export interface ArticleContext {
  id: string;
  published: PartialDate;
}

/**
 * The extraction stage's one narrow signature: an analysed article in, mentions and facts out.
 * The baseline (dictionary-driven) and the parser-based extractor both implement it.
 */
export interface Extractor {
  readonly name: string;
  extract(doc: Doc, article: ArticleContext): Extraction;
}
