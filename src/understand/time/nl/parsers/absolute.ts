// Calendar dates: "4 juli", "op 15 augustus 2021", "15-08-2021", "juli 2021", "mei", "2019", "9/11".
import type { Spec, TimeParser } from '../../types.js';
import { alt, B, E, gateOf, lookup } from '../../util.js';
import { MONTHS, MONTH_ABBR, NAMED_DATES } from '../constants.js';

const MONTH = alt(Object.keys(MONTHS));
const ABBR = alt(Object.keys(MONTH_ABBR));
// A year must be 4 digits; longer digit runs are caught and rejected (no "31 december 99999" -> 31 december).
const YEAR = '(?:\\s+(?:van\\s+)?(\\d{4,}|\'\\d{2}))?';

function year(s: string | undefined): number | undefined | null {
  if (s === undefined) return undefined;
  if (s.startsWith("'")) {
    const yy = Number(s.slice(1));
    return yy < 40 ? 2000 + yy : 1900 + yy;
  }
  return s.length === 4 ? Number(s) : null;
}

function date(y: number | undefined | null, m: number, d?: number): Spec | null {
  if (y === null) return null;
  return { k: 'date', y, m, d };
}

export const dayMonth: TimeParser = {
  name: 'nl.dayMonth',
  gate: gateOf([...Object.keys(MONTHS), ...Object.keys(MONTH_ABBR)]),
  blockOnReject: true,
  pattern: new RegExp(`${B}(\\d{1,2})(?:e|ste|de)?\\s+(?:(${MONTH})|(${ABBR})\\.?)${YEAR}${E}`, 'gu'),
  extract: (m) => {
    const mo = m[2] ? lookup(MONTHS, m[2]) : lookup(MONTH_ABBR, m[3]);
    return mo ? date(year(m[4]), mo, Number(m[1])) : null;
  },
};

export const monthYear: TimeParser = {
  name: 'nl.monthYear',
  gate: gateOf(Object.keys(MONTHS)),
  blockOnReject: true,
  pattern: new RegExp(`${B}(${MONTH})\\s+(?:van\\s+)?(\\d{4,})${E}`, 'gu'),
  extract: (m) => date(year(m[2]), lookup(MONTHS, m[1])!),
};

/** A month on its own. Title case only at a sentence start ("Mei" mid-sentence is more likely a name). */
export const monthAlone: TimeParser = {
  name: 'nl.month',
  gate: gateOf(Object.keys(MONTHS)),
  cased: true,
  pattern: new RegExp(`${B}(${MONTH})${E}`, 'gu'),
  extract: (m) => ({ k: 'date', m: MONTHS[m[1]] }),
};

export const numericDate: TimeParser = {
  name: 'nl.numeric',
  gate: /\d[-\/.]\d/,
  blockOnReject: true,
  pattern: /(?<![\p{L}\p{N}.\/-])(?:(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})|(\d{4})-(\d{2})-(\d{2}))(?![\p{L}\p{N}]|[.\/-]\d)/gu,
  extract: (m) =>
    m[1] !== undefined
      ? { k: 'date', y: Number(m[3]), m: Number(m[2]), d: Number(m[1]) }
      : { k: 'date', y: Number(m[4]), m: Number(m[5]), d: Number(m[6]) },
};

export const namedDate: TimeParser = {
  name: 'nl.named',
  gate: /11/,
  pattern: new RegExp(`(?<![\\p{L}\\p{N}/-])(?:${alt(Object.keys(NAMED_DATES))})(?![\\p{L}\\p{N}]|/\\d)`, 'gu'),
  extract: (m) => {
    const [y, mo, d] = NAMED_DATES[m[0].toLowerCase()].split('-').map(Number);
    return { k: 'date', y, m: mo, d };
  },
};

// A bare 4-digit number is a year after a time word ("in 2019") or when no noun follows it
// ("2000 militairen" is a count). Followers that are verbs or function words keep it a year.
const YEAR_BEFORE = '(?:in|sinds|sedert|vanaf|tot|van|na|voor|vóór|rond|omstreeks|begin|eind|einde|medio|halverwege|midden|jaar|jaren|uit|t/m|tussen|en|of|het|najaar|voorjaar|zomer|winter|herfst|lente|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)';
const YEAR_AFTER_OK = new Set([
  'is', 'was', 'werd', 'wordt', 'zijn', 'waren', 'had', 'heeft', 'hebben', 'zal', 'kwam', 'ging', 'en', 'of', 'tot', 'al', 'nog', 'werden', 'bleek',
  'moet', 'kan', 'stond', 'zag', 'begon', 'gaat', 'daalde', 'steeg', 'telde', 'verloor', 'won', 'kreeg', 'bracht', 'nam', 'liet',
  'hebben', 'kwamen', 'gingen', 'stonden', 'zagen', 'begonnen', 'kregen', 'namen', 'lieten', 'vielen', 'bleven', 'wonnen', 'verloren',
  'worden', 'moeten', 'kunnen', 'zullen', 'willen', 'mogen', 'openen', 'sluiten', 'volgen', 'beginnen', 'eindigen', 'meer', 'minder',
  'ongeveer', 'ruim', 'bijna', 'alleen', 'opnieuw', 'weer', 'even', 'boven', 'tegen', 'sinds', 'samen', 'binnen', 'buiten', 'zeven', 'tien',
]);
const YEAR_BEFORE_RE = new RegExp(`^${YEAR_BEFORE}$`, 'iu');
export const yearAlone: TimeParser = {
  name: 'nl.year',
  gate: /\d{4}/,
  cased: true,
  pattern: /(?<![\p{L}\p{N}.,€$£]|\p{L}-)(1[0-9]{3}|20[0-9]{2})(?![\p{N}]|[.,]\d|\s*(?:%|procent|euro|dollar|km|kilometer|meter|kilo|ton|uur|mensen|doden))(?=(\s+\p{L}+)?)/gu,
  extract: (m) => {
    const y = Number(m[1]);
    const input = (m as RegExpExecArray & { input: string }).input;
    const prev = /(\p{L}+|[''(])\s*$/u.exec(input.slice(Math.max(0, m.index - 15), m.index))?.[1]?.toLowerCase();
    // "tussen de 600 en 1000": the other end of a number range is no year, so neither is this.
    const prevNum = /(\d[\d.,]*)\s+(?:en|tot|à|of)\s+$/u.exec(input.slice(Math.max(0, m.index - 20), m.index))?.[1];
    if (prevNum !== undefined && !/^(?:1[1-9]|20)\d\d$/.test(prevNum)) return null;
    if (prev && YEAR_BEFORE_RE.test(prev)) return { k: 'date', y };
    const next = m[2]?.trim();
    if (!next) return { k: 'date', y };
    if (/^\p{Lu}/u.test(next) || YEAR_AFTER_OK.has(next.toLowerCase())) return { k: 'date', y };
    // A count is followed by a plural noun ("2000 militairen", "1500 euro's"); anything else keeps the year.
    return /(?:en|s|'s|’s)$/i.test(next) ? null : { k: 'date', y };
  },
};

/** "van 1 tot 5 juli", "1-3 augustus 2021": days sharing one month. */
export const dayRange: TimeParser = {
  name: 'nl.dayRange',
  gate: /\d/,
  blockOnReject: true,
  pattern: new RegExp(`${B}(?:(?:van|tussen)\\s+)?(\\d{1,2})(?:e|ste|de)?\\s*(?:-|–|tot(?:\\s+en\\s+met)?|t/m|en)\\s*(\\d{1,2})(?:e|ste|de)?\\s+(${MONTH})${YEAR}${E}`, 'gu'),
  extract: (m) => {
    const mo = lookup(MONTHS, m[3])!;
    const y = year(m[4]);
    const a = date(y, mo, Number(m[1]));
    const b = date(y, mo, Number(m[2]));
    return a && b && Number(m[1]) < Number(m[2]) ? { k: 'range', from: a, to: b } : null;
  },
};

/** A day-month citation in brackets, as letters pages write it: "(Brieven 18-3)", "(AD, 20/3)". */
export const citedDayMonth: TimeParser = {
  name: 'nl.citedDayMonth',
  gate: /\d[-\/]\d{1,2}\)/,
  blockOnReject: true,
  pattern: /(?<=[\s,])(\d{1,2})[-/](\d{1,2})(?=\))/gu,
  extract: (m) => {
    // Only inside brackets that open with a word: "(Brieven 18-3)"; scores like "(2-1)" have no word.
    const open = m.input.lastIndexOf('(', m.index);
    if (open < 0 || m.index - open > 40 || m.input.slice(open, m.index).includes(')') || !/^\(\p{L}/u.test(m.input.slice(open, open + 2))) return null;
    const d = Number(m[1]);
    const mo = Number(m[2]);
    return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? { k: 'date', m: mo, d } : null;
  },
};
