// Tokenizer and sentence splitter for news text. Offsets always point into the original text:
// `text.slice(token.start, token.end) === token.form`. Conventions follow the UD treebanks the
// tagger and parser are trained on (see docs/TOKENIZER.md).
import { InputError, type Lang, type Sentence } from '../../model/index.js';
import { LANGUAGES } from './languages.js';
import { scan } from './scanner.js';
import { sentences } from './sentences.js';

export type { TokenizerLanguage } from './language.js';

/** Splits text into sentences of tokens. Empty or blank text gives no sentences. Linear time. */
export function tokenize(text: string, lang: Lang): Sentence[] {
  if (typeof text !== 'string') throw new InputError('text', `expected a string, got ${text === null ? 'null' : typeof text}`);
  const language = Object.hasOwn(LANGUAGES, lang) ? LANGUAGES[lang] : undefined;
  if (!language) throw new InputError('language', `no tokenizer for "${String(lang)}" (known: ${Object.keys(LANGUAGES).join(', ')})`);
  return sentences(text, scan(text, language), language);
}
