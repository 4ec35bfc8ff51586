// Shared quantity engine: finds numbers with a locale's tables, then applies ranges, bounds, units,
// fractions and the counted noun. Language-free: every word it knows comes from the locale.
import type { Quantity } from './index.js';
import type { Bound, QuantityLocale } from './types.js';
import { lowerSameLength } from '../time/index.js';

const alt = (ws: Iterable<string>): string =>
  [...new Set(ws)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');

interface Atom {
  start: number;
  end: number;
  min: number | null;
  max: number | null;
  approx: boolean;
  fraction?: number;
  /** A plain number (may join a range or take a bound). */
  plain: boolean;
}

/** Compiled patterns for one locale (built once). */
export interface Compiled {
  loc: QuantityLocale;
  atom: RegExp;
  boundBefore: RegExp;
  bounds: Map<string, [Bound, boolean]>;
  rangeJoin: RegExp;
  rangeOpen: RegExp;
  unitAfter: RegExp;
  currencyBefore: RegExp;
  fractionOf: RegExp;
  ratio: RegExp;
  nextWords: RegExp;
}

export function compile(loc: QuantityLocale): Compiled {
  // Not inside a word, a number or a code ("F-16", "COVID-19").
  const B = '(?<![\\p{L}\\p{N}]|\\p{N}[.,]|\\p{L}-)';
  const E = '(?![\\p{L}\\p{N}]|[.,]\\p{N})';
  const mult = `(?:\\s+(${alt(Object.keys(loc.multipliers))}))?`;
  const src =
    `${B}(?:` +
    `(${alt(Object.keys(loc.vague))})(?:\\s+(${alt(Object.keys(loc.vagueMultipliers))}))?` + // 1 vague, 2 "miljoenen"
    `|(${alt(Object.keys(loc.fractions))})${mult}` + // 3 fraction, 4 multiplier ("een kwart miljoen")
    `|(${alt(Object.keys(loc.approxNouns))})` + // 5 collective
    `|(${loc.digitsSrc})${mult}` + // 6 digits, 7 multiplier
    `|(${loc.wordsSrc})${mult}` + // 8 words, 9 multiplier
    `)${E}`;
  return {
    loc,
    // Matched against a lower-cased copy of the text: the i flag makes this several times slower.
    atom: new RegExp(src, 'gu'),
    boundBefore: new RegExp(`(?<![\\p{L}\\p{N}])(${alt(loc.bounds.map((b) => b[0]))})\\s+$`, 'iu'),
    bounds: new Map(loc.bounds.map(([w, b, a]) => [norm(w), [b, a]])),
    rangeJoin: new RegExp(`^\\s*(?:${loc.rangeJoinSrc})\\s*$`, 'iu'),
    rangeOpen: new RegExp(`(?<![\\p{L}\\p{N}])(?:${loc.rangeOpenSrc})\\s+$`, 'iu'),
    unitAfter: new RegExp(`^\\s*(${alt(Object.keys(loc.units))})(?![\\p{L}\\p{N}])`, 'iu'),
    currencyBefore: new RegExp(`(${alt(Object.keys(loc.currencies))})\\s*$`, 'u'),
    fractionOf: new RegExp(`^\\s+(?:${loc.fractionOfSrc})\\s+`, 'iu'),
    ratio: new RegExp(`^\\s+(?:${loc.ratioSrc})\\s+`, 'iu'),
    nextWords: /\p{L}(?:[\p{L}'’-]*\p{L})?/gu,
  };
}

function atoms(text: string, c: Compiled): Atom[] {
  const { loc } = c;
  const out: Atom[] = [];
  const lower = lowerSameLength(text);
  c.atom.lastIndex = 0;
  for (let m = c.atom.exec(lower); m; m = c.atom.exec(lower)) {
    const a: Atom = { start: m.index, end: m.index + m[0].length, min: null, max: null, approx: false, plain: false };
    if (m[1]) {
      // "tientallen miljoenen" = 20-99 million.
      const [lo, hi] = loc.vague[norm(m[1])];
      const k = m[2] ? loc.vagueMultipliers[norm(m[2])] : 1;
      Object.assign(a, { min: lo * k, max: hi === null ? null : hi * k, approx: true });
    } else if (m[3] && m[4]) {
      // "een kwart miljoen" is a number, not a share.
      const n = loc.fractions[norm(m[3])] * loc.multipliers[norm(m[4])];
      Object.assign(a, { min: n, max: n, plain: true });
    } else if (m[3]) {
      a.fraction = loc.fractions[norm(m[3])];
    } else if (m[5]) {
      const n = loc.approxNouns[norm(m[5])];
      Object.assign(a, { min: n, max: n, approx: true });
    } else {
      const base = m[6] !== undefined ? loc.parseDigits(m[6]) : loc.parseWords(m[8]);
      if (base === null) continue;
      const mult = m[7] ?? m[9];
      const n = mult ? base * loc.multipliers[norm(mult)] : base;
      if (!Number.isFinite(n)) continue;
      Object.assign(a, { min: n, max: n, plain: true });
    }
    out.push(a);
  }
  return out;
}

const isInt = (n: number): boolean => Number.isInteger(n);

/** Finds quantities; `blocked` are spans (dates, years, times) that are not quantities. */
export function find(text: string, c: Compiled, blocked: [number, number][]): Quantity[] {
  const { loc } = c;
  const list = atoms(text, c);
  const overlaps = spanIndex(blocked);
  const out: Quantity[] = [];
  for (let i = 0; i < list.length; i++) {
    let a = list[i];
    if (overlaps(a)) continue;
    // A leading zero is a code or phone number ("0165-526800"), with whatever is glued to it.
    if (a.plain && /^0\d/.test(text.slice(a.start, a.end))) {
      if (list[i + 1]?.start === a.end + 1 && /[-\/]/.test(text[a.end])) i++;
      continue;
    }
    let start = a.start;
    let end = a.end;
    let { min, max, approx } = a;
    let of: number | null = null;
    const fraction = a.fraction ?? null;
    // Range: "tussen 20 en 30", "20 tot 30", "20-30".
    const b = list[i + 1];
    if (a.plain && b?.plain && b.start - a.end <= 12 && c.rangeJoin.test(text.slice(a.end, b.start))) {
      const open = c.rangeOpen.exec(text.slice(Math.max(0, a.start - 12), a.start));
      const join = norm(text.slice(a.end, b.start).trim());
      // "en"/"of" only make a range after "tussen"; a range goes up ("2-1" is a score).
      const needsOpen = /^\p{L}+$/u.test(join) && !/^(?:tot|to|à|a|through)/.test(join);
      if (!open && !needsOpen && a.min! >= b.min! && /^\s*[-–]\s*$/.test(join)) {
        i++; // "0-0", "3-1": a score, not two counts
        continue;
      }
      if ((open || !needsOpen) && a.min! < b.min!) {
        if (open) start -= open[0].length;
        max = b.max;
        end = b.end;
        i++;
        a = { ...a, plain: false };
      }
    }
    // Share of a whole: "een derde van de 421 districten", "53 van de 136 meldingen".
    let nounFrom = end;
    if (fraction !== null || (a.plain && min === max)) {
      const ofm = c.fractionOf.exec(text.slice(end, end + 20)) ?? (a.plain ? c.ratio.exec(text.slice(end, end + 20)) : null);
      const isRatio = ofm !== null && !c.fractionOf.test(text.slice(end, end + 20));
      if (ofm) {
        nounFrom = end + ofm[0].length;
        const whole = list[i + 1];
        if (whole && whole.plain && whole.start === nounFrom && !overlaps(whole)) {
          of = whole.min;
          if (fraction !== null) {
            const part = Math.round(fraction * whole.min!);
            min = part;
            max = part;
            approx = true;
          }
          end = whole.end;
          nounFrom = end;
          i++;
        } else if (isRatio) {
          nounFrom = end; // "20 op de weg": no ratio after all
        }
      }
    }
    // Unit after or currency before.
    let unit: string | null = null;
    const um = c.unitAfter.exec(text.slice(end, end + 30));
    if (um) {
      unit = loc.units[norm(um[1])] ?? loc.units[um[1]] ?? null;
      end += um[0].length;
      nounFrom = end;
    } else {
      const cm = c.currencyBefore.exec(text.slice(Math.max(0, start - 4), start));
      if (cm) {
        unit = loc.currencies[cm[1]];
        start -= cm[0].length;
      }
    }
    // Bound words before: "meer dan", "ruim", "bijna".
    const bm = a.plain || fraction !== null ? c.boundBefore.exec(text.slice(Math.max(0, start - 24), start)) : null;
    if (bm && min !== null && max !== null && max === min) {
      const [bound, isApprox] = c.bounds.get(norm(bm[1]))!;
      const n = min;
      // Counts are integers: "meer dan duizend" starts at 1001; "meer dan 60 procent" at 60.
      const count = isInt(n) && unit === null;
      start -= bm[0].length;
      approx = approx || isApprox;
      switch (bound) {
        case 'gt': [min, max] = [count ? n + 1 : n, null]; break;
        case 'gte': [min, max] = [n, null]; break;
        case 'lt': [min, max] = [null, count ? n - 1 : n]; break;
        case 'lte': [min, max] = [null, n]; break;
        case 'almost': [min, max] = [null, n]; break;
        case 'approx': case 'only': break;
      }
    }
    // Digits right after a capitalised word name something ("Boeing 737", "Bloeistraat 11"), unless
    // that word starts the sentence.
    if (/^\d/.test(text.slice(a.start, a.end))) {
      const prev = /(\p{Lu}[\p{L}\p{N}'’-]*)\s+$/u.exec(text.slice(Math.max(0, start - 30), start));
      if (prev && !/(?:^|[.!?:;"“‘'(]\s*)$/u.test(text.slice(Math.max(0, start - 30 - 3), start - prev[0].length))) continue;
    }
    // "vraag 3", "de nummer 2": an identifier.
    const label = /(\p{L}+\.?)\s*$/u.exec(text.slice(Math.max(0, start - 20), start));
    if (a.plain && label && loc.labels.has(label[1].toLowerCase())) continue;
    // "het 24 Oktoberplein": a number in a place name.
    if (a.plain && loc.placeWord.test(text.slice(end, end + 40))) continue;
    // "Bernard G. (59)", "(26, Zieuwent)": a bare number opening brackets after a name is an age.
    if (a.plain && text[start - 1] === '(' && (text[end] === ')' || text[end] === ',')) continue;
    // "4:13", "2:1": a time or a score.
    if (a.plain && (text[end] === ':' || (text[start - 1] === ':' && /\d/.test(text[start - 2] ?? '')))) continue;
    // "65-plussers", "3-voudig": the number is part of a word.
    if (/^-\p{L}/u.test(text.slice(end, end + 2))) continue;
    // Counted noun; a time unit after the number makes it a duration or an age (findTimes' job).
    const following = words(text, nounFrom, c);
    if (following.length && loc.timeUnits.has(following[0].toLowerCase())) continue;
    if (/^-?jarig/i.test(text.slice(end, end + 7))) continue;
    let what = unit === null ? loc.headNoun(following) : null;
    // "90 procent van de meldingen": the noun after "van de".
    if (unit === '%' || unit === 'pp') {
      const ofm = c.fractionOf.exec(text.slice(end, end + 20));
      what = ofm ? loc.headNoun(words(text, end + ofm[0].length, c)) : null;
    }
    // "one" before a word in -s is a pronoun with its verb ("if one raises"): the numeral takes a singular noun.
    if (of === null && !bm && loc.weakWords.has(norm(text.slice(a.start, a.end)))) {
      const next = words(text, a.end, c)[0]?.toLowerCase();
      if (what === null || (next !== 'of' && /s$/.test(next ?? ''))) continue;
    }
    // A fraction is a share only with "van"/"of": "een vierde slachtoffer" is an ordinal.
    if (fraction !== null && nounFrom === a.end) continue;
    if (fraction !== null && of === null && what === null) continue;
    const share = fraction !== null ? { fraction, of } : of !== null ? { of } : {};
    out.push({ text: text.slice(start, end), start, end, min, max, approx, unit, what, ...share });
  }
  return out;
}

/** Up to five words right after `from`, stopping at punctuation. */
function words(text: string, from: number, c: Compiled): string[] {
  const tail = text.slice(from, from + 80);
  const stop = tail.search(/[.,;:!?()"“”‘’]|\s-\s/);
  const part = stop >= 0 ? tail.slice(0, stop) : tail;
  return part.match(c.nextWords)?.slice(0, 5) ?? [];
}

/**
 * Overlap test against sorted, non-overlapping spans for queries in non-decreasing start order: a pointer
 * that only moves forward keeps a whole book linear.
 */
function spanIndex(spans: [number, number][]): (a: { start: number; end: number }) => boolean {
  const sorted = [...spans].sort((x, y) => x[0] - y[0]);
  let j = 0;
  return (a) => {
    while (j < sorted.length && sorted[j][1] <= a.start) j++;
    for (let k = j; k < sorted.length && sorted[k][0] < a.end; k++) if (a.start < sorted[k][1]) return true;
    return false;
  };
}
