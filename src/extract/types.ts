import type { ActorRef, Doc, Extraction, PartialDate } from '../model/index.js';

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

/**
 * An actor mention after linking and coreference: dictionary alias, demonym + role noun, a named
 * entity kept as a new actor, or a pronoun / short definite description resolved to an earlier actor.
 */
export interface ResolvedActor {
  sentence: number;
  /** Character span in the article text. */
  start: number;
  end: number;
  /** Token range [tokenStart, tokenEnd) in the sentence. */
  tokenStart: number;
  tokenEnd: number;
  actor: ActorRef;
  via: 'dictionary' | 'pattern' | 'entity' | 'coreference';
}
