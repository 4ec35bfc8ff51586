// Registry of time locales: adding a language means adding a folder and a line here.
import type { Lang } from '../../model/index.js';
import type { TimeLocale } from './types.js';
import { nl } from './nl/index.js';
import { en } from './en/index.js';

export const locales: Record<Lang, TimeLocale> = { nl, en };
