import type { Lang, Sentence } from '../model/index.js';
import { tokenize } from './tokenize/index.js';

/** Sentences and tokens of a text (kept for existing callers; new code calls `tokenize` directly). */
export function segment(text: string, lang: Lang = 'nl'): Sentence[] {
  return tokenize(text, lang);
}
