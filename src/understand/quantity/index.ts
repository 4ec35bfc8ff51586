import type { Lang } from '../../model/index.js';
import { findTimes, type TimeExpression } from '../time/index.js';
import { compile, find, type Compiled } from './engine.js';
import { locales } from './locales.js';

/**
 * A quantity expression: "meer dan duizend" -> {min: 1001, max: null, approx: false}.
 * min/max null means unbounded on that side; min = max for an exact or approximate number.
 */
export interface Quantity {
  text: string;
  start: number;
  end: number;
  min: number | null;
  max: number | null;
  approx: boolean;
  /** Unit of measure ("km", "%", "EUR") when any. */
  unit: string | null;
  /** The counted noun ("militairen", "districten") when found. */
  what: string | null;
  /** For proportions ("een derde van de 421 districten"): the share (1/3) and the whole (421, or null). */
  fraction?: number;
  of?: number | null;
}

export interface FindQuantitiesOptions {
  lang: Lang;
  /** Time expressions already found in the same text (saves a second pass); found here when absent. */
  times?: TimeExpression[];
}

const compiled = new Map<Lang, Compiled>();

/**
 * Finds the quantities in `text`. Years, dates, clock times and durations are not quantities:
 * they are left to findTimes. Never throws on text; linear in its length.
 */
export function findQuantities(text: string, opts: FindQuantitiesOptions): Quantity[] {
  const loc = locales[opts.lang];
  if (!loc) throw new Error(`findQuantities: no quantity locale for language "${opts.lang}"`);
  if (!text || !/\p{N}|\p{L}/u.test(text)) return [];
  let c = compiled.get(opts.lang);
  if (!c) compiled.set(opts.lang, (c = compile(loc)));
  const times = opts.times ?? findTimes(text, { lang: opts.lang, ref: { value: null, precision: 'unknown' } });
  const blocked = times.filter((t) => t.type !== 'vague').map((t) => [t.start, t.end] as [number, number]);
  return find(text, c, blocked);
}
