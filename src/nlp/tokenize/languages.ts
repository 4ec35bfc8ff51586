// The tokenizer languages. Adding a language: a folder with its data (see nl/, en/) and one line here.
import type { Lang } from '../../model/index.js';
import type { TokenizerLanguage } from './language.js';
import { en } from './en/index.js';
import { nl } from './nl/index.js';

export const LANGUAGES: Readonly<Record<Lang, TokenizerLanguage>> = { nl, en };
