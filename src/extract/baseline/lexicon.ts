import type { Lang } from '../../model/index.js';
import type { CategoryName } from './categories.js';
import en from './en.js';
import nl from './nl.js';

/**
 * One trigger: a lower-cased token form pattern (anchored), optionally a separable particle or a
 * second word that must follow later in the same sentence ("namen ... in", "gaven zich ... over").
 */
export interface TriggerEntry {
  form: RegExp;
  /** A token that must occur after the trigger in the sentence (Dutch separable particles). */
  then?: RegExp;
  category: CategoryName;
}

/** Per-language trigger lists: adding a language is adding a module next to nl.ts and en.ts. */
export const LEXICONS: Record<Lang, TriggerEntry[]> = { nl, en };
