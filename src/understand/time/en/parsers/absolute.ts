// Calendar dates: "July 4", "4 July 2021", "July 4th, 2021", "the 4th of July", "May 2020", "2021-07-04", "2019", "9/11".
import type { Spec, TimeParser } from '../../types.js';
import { alt, B, E, lookup } from '../../util.js';
import { MONTHS, MONTH_ABBR, NAMED_DATES } from '../constants.js';

const title = (w: string): string => w[0].toUpperCase() + w.slice(1);
// Month names are capitalised in English; lower case "may"/"march" are verbs.
const MONTH = alt(Object.keys(MONTHS).map(title));
const ABBR = alt(Object.keys(MONTH_ABBR).map(title));
const MON = `(?:(${MONTH})|(${ABBR})\\.?)`;
const ORD = '(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+(\\d{4,}))?';

function month(full: string | undefined, abbr: string | undefined): number | undefined {
  return full ? lookup(MONTHS, full) : abbr ? lookup(MONTH_ABBR, abbr) : undefined;
}
function yearOf(s: string | undefined): number | undefined | null {
  if (s === undefined) return undefined;
  return s.length === 4 ? Number(s) : null;
}
function date(y: number | undefined | null, m: number | undefined, d?: number): Spec | null {
  if (y === null || m === undefined) return null;
  return { k: 'date', y, m, d };
}

export const monthDay: TimeParser = {
  name: 'en.monthDay',
  cased: true,
  blockOnReject: true,
  pattern: new RegExp(`${B}${MON}\\s+(\\d{1,2})${ORD}${YEAR}${E}`, 'gu'),
  extract: (m) => date(yearOf(m[4]), month(m[1], m[2]), Number(m[3])),
};

export const dayMonth: TimeParser = {
  name: 'en.dayMonth',
  cased: true,
  blockOnReject: true,
  pattern: new RegExp(`${B}(?:the\\s+)?(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MON}${YEAR}${E}`, 'gu'),
  extract: (m) => date(yearOf(m[4]), month(m[2], m[3]), Number(m[1])),
};

export const monthYear: TimeParser = {
  name: 'en.monthYear',
  cased: true,
  blockOnReject: true,
  pattern: new RegExp(`${B}(${MONTH})(?:\\s+of)?,?\\s+(\\d{4,})${E}`, 'gu'),
  extract: (m) => date(yearOf(m[2]), lookup(MONTHS, m[1])),
};

const MAY_CUES = alt(
  ['in', 'since', 'until', 'by', 'from', 'before', 'after', 'during', 'early', 'late', 'mid', 'last', 'next', 'this', 'of', 'through', 'till'].flatMap((w) => [w, title(w)]),
);

/** A month on its own; "May" only after a time preposition, since it is also a verb and a name. */
export const monthAlone: TimeParser = {
  name: 'en.month',
  cased: true,
  pattern: new RegExp(`${B}(?:(${alt(Object.keys(MONTHS).filter((w) => w !== 'may').map(title))})|(?<=(?:${MAY_CUES})\\s{1,3})(May))${E}`, 'gu'),
  extract: (m) => ({ k: 'date', m: lookup(MONTHS, m[1] ?? m[2])! }),
};

export const numericDate: TimeParser = {
  name: 'en.numeric',
  gate: /\d[-\/]\d/,
  blockOnReject: true,
  pattern: /(?<![\p{L}\p{N}.\/-])(?:(\d{1,2})\/(\d{1,2})\/(\d{4})|(\d{4})-(\d{2})-(\d{2}))(?![\p{L}\p{N}]|[.\/-]\d)/gu,
  extract: (m) => {
    if (m[1] === undefined) return { k: 'date', y: Number(m[4]), m: Number(m[5]), d: Number(m[6]) };
    // US order (month/day) unless the first number cannot be a month.
    const a = Number(m[1]);
    const b = Number(m[2]);
    return a > 12 ? { k: 'date', y: Number(m[3]), m: b, d: a } : { k: 'date', y: Number(m[3]), m: a, d: b };
  },
};

export const namedDate: TimeParser = {
  name: 'en.named',
  gate: /11/,
  pattern: new RegExp(`(?<![\\p{L}\\p{N}/-])(?:${alt(Object.keys(NAMED_DATES))})(?![\\p{L}\\p{N}]|/\\d)`, 'gu'),
  extract: (m) => {
    const [y, mo, d] = NAMED_DATES[m[0].toLowerCase()].split('-').map(Number);
    return { k: 'date', y, m: mo, d };
  },
};

const YEAR_BEFORE = /^(?:in|since|from|until|till|to|by|before|after|around|early|late|mid|of|and|or|between|year|the|summer|winter|spring|autumn|fall|during|through|january|february|march|april|may|june|july|august|september|october|november|december)$/i;
const YEAR_AFTER_OK = new Set([
  'is', 'was', 'were', 'had', 'has', 'will', 'saw', 'and', 'or', 'to', 'when', 'the', 'a', 'as', 'after', 'before', 'election', 'elections', 'census',
]);
export const yearAlone: TimeParser = {
  name: 'en.year',
  cased: true,
  pattern: /(?<![\p{L}\p{N}.,€$£]|\p{L}-)(1[0-9]{3}|20[0-9]{2})(?![\p{N}]|[.,]\d|s\b|\s*(?:%|percent|euros?|dollars?|km|kilometres?|miles?|people|troops|soldiers|dead))(?=(\s+\p{L}+)?)/gu,
  extract: (m) => {
    const y = Number(m[1]);
    const prev = /(\p{L}+)\s*$/u.exec(m.input.slice(Math.max(0, m.index - 15), m.index))?.[1];
    const prevNum = /(\d[\d.,]*)\s+(?:and|to|or)\s+$/u.exec(m.input.slice(Math.max(0, m.index - 20), m.index))?.[1];
    if (prevNum !== undefined && !/^(?:1[1-9]|20)\d\d$/.test(prevNum)) return null;
    if (prev && YEAR_BEFORE.test(prev)) return { k: 'date', y };
    const next = m[2]?.trim();
    if (!next) return { k: 'date', y };
    if (/^\p{Lu}/u.test(next) || YEAR_AFTER_OK.has(next.toLowerCase())) return { k: 'date', y };
    // A count is followed by a plural noun ("2000 soldiers"); anything else keeps the year.
    return /(?:s|men|people|children|police)$/i.test(next) ? null : { k: 'date', y };
  },
};

export const dayRange: TimeParser = {
  name: 'en.dayRange',
  cased: true,
  blockOnReject: true,
  pattern: new RegExp(`${B}(?:(?:from|between)\\s+)?(?:${MON}\\s+(\\d{1,2})${ORD}\\s*(?:-|–|to|through|until|and)\\s*(\\d{1,2})${ORD}|(\\d{1,2})${ORD}\\s*(?:-|–|to|and)\\s*(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MON})${YEAR}${E}`, 'gu'),
  extract: (m) => {
    const mo = month(m[1] ?? m[7], m[2] ?? m[8]);
    const [a, b] = m[3] ? [Number(m[3]), Number(m[4])] : [Number(m[5]), Number(m[6])];
    const y = yearOf(m[9]);
    const from = date(y, mo, a);
    const to = date(y, mo, b);
    return from && to && a < b ? { k: 'range', from, to } : null;
  },
};
