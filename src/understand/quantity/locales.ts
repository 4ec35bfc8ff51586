// Registry of quantity locales: adding a language means adding a folder and a line here.
import type { Lang } from '../../model/index.js';
import type { QuantityLocale } from './types.js';
import { nl } from './nl/index.js';
import { en } from './en/index.js';

export const locales: Record<Lang, QuantityLocale> = { nl, en };
