import type { Doc, Extraction } from '../model/index.js';
import { baselineExtractor } from './baseline/index.js';
import { parsedExtractor } from './parsed/index.js';
import type { ArticleContext, Extractor } from './types.js';

export type { ArticleContext, Extractor } from './types.js';
export { baselineExtractor } from './baseline/index.js';

/** The extractor the pipeline uses. The parser-based extractor (issue 7) replaces it here. */
export const defaultExtractor: Extractor = parsedExtractor;

export function extract(doc: Doc, article: ArticleContext): Extraction {
  return defaultExtractor.extract(doc, article);
}
