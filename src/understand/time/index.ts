import type { DatePrecision, Lang, PartialDate } from '../../model/index.js';
import { addDays, isoDay, toRef } from './calendar.js';
import { locales } from './locales.js';
import { mergeAdjacent } from './refiners/merge.js';
import { applyModifiers } from './refiners/modifiers.js';
import { removeOverlaps } from './refiners/overlap.js';
import { resolve, type Tense } from './resolve.js';
import { tenseAround } from './tense.js';
import type { Candidate } from './types.js';

/** A temporal expression found in text, normalised against a reference date. */
export interface TimeExpression {
  text: string;
  /** Character offsets into the text given to findTimes. */
  start: number;
  end: number;
  type: 'date' | 'interval' | 'duration' | 'set' | 'vague';
  /** ISO 8601: YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www, start/end for intervals, P.. for durations; null if unresolvable. */
  value: string | null;
  precision: DatePrecision;
  /** The reference date value it was resolved against, or null when absolute. */
  anchored_to: string | null;
  /** Qualifier the preposition adds: "before" ("voor 11 september"), "after"/"since" ("sinds mei"), "approx". */
  mod?: 'before' | 'after' | 'since' | 'until' | 'approx' | 'start' | 'mid' | 'end' | null;
}

export interface FindTimesOptions {
  lang: Lang;
  /** Publication date of the article, with its precision. */
  ref: PartialDate;
  /**
   * The tense of the verb an expression at [start, end) belongs to, when the caller knows it from a parse ("zijn
   * zaterdag de straat opgegaan": past); null leaves it to the words around the expression.
   */
  tenseAt?: (start: number, end: number) => 'past' | 'future' | null;
}

/**
 * Finds and normalises the temporal expressions in `text` (a sentence or a whole article).
 * Never throws on text: impossible dates ("31 februari", year 99999) are skipped. Linear in the text.
 * An unknown language is a programming error (the CLI validates user input first).
 */
export function findTimes(text: string, opts: FindTimesOptions): TimeExpression[] {
  const loc = locales[opts.lang];
  if (!loc) throw new Error(`findTimes: no time locale for language "${opts.lang}"`);
  if (!text) return [];
  const ref = toRef(opts.ref);
  // The same text comes twice in a row (the extractor's times, then findQuantities' own with no reference
  // date): the expressions found do not depend on the reference, only their values do.
  const found = last && last.text === text && last.loc === loc ? last : (last = { text, loc, cands: candidates(text, loc), tenses: [] });
  const cands = found.cands;
  if (cands.length === 0) return [];
  const out: TimeExpression[] = [];
  let focusDay: string | null = null; // the last day (or month) mentioned, for clock times and "een dag later"
  cands.forEach((c, n) => {
    const needsTense = c.spec.k === 'date' || c.spec.k === 'weekday' || c.spec.k === 'range' || c.spec.k === 'shift' || c.spec.k === 'holiday' || (c.spec.k === 'rel' && c.spec.unit === 'weekend');
    const tense = needsTense && ref ? (opts.tenseAt?.(c.start, c.end) ?? (found.tenses[n] ??= tenseAround(text, c.start, c.end, loc))) : null;
    const r = resolve(c, ref, tense, focusDay);
    if (!r) return;
    if ((r.precision === 'day' || r.precision === 'month') && r.type === 'date' && r.value) focusDay = r.value.slice(0, r.precision === 'day' ? 10 : 7);
    // After "de nacht van donderdag op vrijdag", "om vier uur" is on Friday.
    if (c.spec.k === 'weekday' && c.spec.night && focusDay?.length === 10) focusDay = nextDay(focusDay);
    out.push({ text: text.slice(c.start, c.end), start: c.start, end: c.end, ...r });
  });
  return out;
}

type Locale = (typeof locales)[keyof typeof locales];
let last: { text: string; loc: Locale; cands: Candidate[]; tenses: Tense[] } | null = null;

/** The expressions of a text before resolution: matched, overlaps removed, adjacent ones merged, modifiers applied. */
function candidates(text: string, loc: Locale): Candidate[] {
  let cands: Candidate[] = [];
  const lower = lowerSameLength(text);
  const gates = gateScan(loc);
  const passed = scanGates(gates, lower);
  loc.parsers.forEach((p, rank) => {
    const bit = gates.bitOf[rank]!;
    const open = bit >= 0 ? (passed & (1 << bit)) !== 0 : !p.gate || p.gate.test(lower);
    if (!open) return;
    const src = p.cased ? text : lower;
    p.pattern.lastIndex = 0;
    for (let m = p.pattern.exec(src); m; m = p.pattern.exec(src)) {
      if (m[0].length === 0) {
        p.pattern.lastIndex++;
        continue;
      }
      const spec = p.extract(m) ?? (p.blockOnReject ? ({ k: 'invalid' } as const) : null);
      if (spec) cands.push({ start: m.index, end: m.index + m[0].length, spec, rank });
    }
  });
  if (cands.length === 0) return [];
  cands = removeOverlaps(cands).filter((c) => c.spec.k !== 'invalid');
  cands = mergeAdjacent(text, cands, loc);
  return applyModifiers(text, cands, loc);
}

/**
 * The locale's gates that are plain alternations of words, passed or not after one scan of the text instead of one
 * test each (most of a sentence's time was its gates). One pattern of all their words, longest first, finds at each
 * position the longest word there; any other word found at that position is a prefix of it, so each word's mask
 * holds the bits of the gates of its prefixes too.
 */
interface GateScan {
  words: RegExp | null;
  /** Each word's gate bits. */
  masks: Map<string, number>;
  /** Per parser: its gate's bit, -1 when it has no gate or one that is tested on its own. */
  bitOf: number[];
}
const PLAIN_GATE = /^[^\\()[\]{}.*+?^$]+$/;
const gateScans = new WeakMap<Locale, GateScan>();
function gateScan(loc: Locale): GateScan {
  let scan = gateScans.get(loc);
  if (scan) return scan;
  const bits = new Map<string, number>();
  const bitOf = loc.parsers.map(({ gate }) => {
    // 31 bits of an int; gates past those are tested on their own.
    if (!gate || gate.flags || !PLAIN_GATE.test(gate.source) || gate.source.split('|').includes('')) return -1;
    if (!bits.has(gate.source) && bits.size < 31) bits.set(gate.source, bits.size);
    return bits.get(gate.source) ?? -1;
  });
  const words = [...new Set([...bits.keys()].flatMap((g) => g.split('|')))].sort((a, b) => b.length - a.length);
  const masks = new Map<string, number>();
  for (const w of words) {
    let m = 0;
    for (const [g, bit] of bits) if (g.split('|').some((x) => w.startsWith(x))) m |= 1 << bit;
    masks.set(w, m);
  }
  // The words hold no pattern syntax (PLAIN_GATE).
  scan = { words: words.length ? new RegExp(words.join('|'), 'g') : null, masks, bitOf };
  gateScans.set(loc, scan);
  return scan;
}

/** The bits of the plain gates the lower-cased text passes. */
function scanGates(scan: GateScan, lower: string): number {
  const re = scan.words;
  if (!re) return 0;
  let passed = 0;
  re.lastIndex = 0;
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    passed |= scan.masks.get(m[0])!;
    // Words may overlap ("dag" in "vandaag"): the next one may start right after this one's start.
    re.lastIndex = m.index + 1;
  }
  return passed;
}

/**
 * Lower case with offsets kept: the patterns match lower-case words without the i flag (several times
 * faster). The rare letters whose lower case is longer ("İ") stay as they are.
 */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return text.replace(/\p{Lu}/gu, (c) => {
    const l = c.toLowerCase();
    return l.length === c.length ? l : c;
  });
}

function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return isoDay(addDays({ y, m, d }, 1));
}
