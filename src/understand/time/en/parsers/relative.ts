// Expressions relative to the reference: "yesterday", "last week", "last weekend", "next Monday", "on Sunday".
import type { TimeParser } from '../../types.js';
import { alt, B, E, lookup } from '../../util.js';
import { DAY_PARTS, DAY_WORDS, REL, REL_UNITS, WEEKDAYS } from '../constants.js';

const WEEKDAY = `(${alt(Object.keys(WEEKDAYS))})(?:\\s+(?:${alt(DAY_PARTS)}))?`;

export const dayWord: TimeParser = {
  name: 'en.dayWord',
  pattern: new RegExp(`${B}(${alt(Object.keys(DAY_WORDS))})${E}`, 'gu'),
  extract: (m) => ({ k: 'rel', unit: 'day', n: lookup(DAY_WORDS, m[1])! }),
};

export const relUnit: TimeParser = {
  name: 'en.relUnit',
  pattern: new RegExp(`${B}(${alt(Object.keys(REL))})\\s+(${alt(Object.keys(REL_UNITS))})${E}`, 'gu'),
  extract: (m) => ({ k: 'rel', unit: lookup(REL_UNITS, m[2])!, n: lookup(REL, m[1])! }),
};

export const relWeekday: TimeParser = {
  name: 'en.relWeekday',
  gate: /day/,
  pattern: new RegExp(`${B}(last|next|this|coming|previous)\\s+${WEEKDAY}${E}`, 'gu'),
  extract: (m) => {
    const rel = lookup(REL, m[1])!;
    return { k: 'weekday', wd: lookup(WEEKDAYS, m[2])!, ...(rel === 0 ? { rel: 0, week: 0 } : { rel }) };
  },
};

export const weekdayAlone: TimeParser = {
  name: 'en.weekday',
  gate: /day/,
  pattern: new RegExp(`${B}${WEEKDAY}${E}`, 'gu'),
  extract: (m) => ({ k: 'weekday', wd: lookup(WEEKDAYS, m[1])!, rel: 0 }),
};

/** Clock times: "3 pm", "10:30 a.m.", "14:00", "noon". */
export const clock: TimeParser = {
  name: 'en.clock',
  gate: /\d|noon|midnight/,
  pattern: /(?<![\p{L}\p{N}.,:])(?:(1[0-2]|0?[1-9])(?:[.:]([0-5]\d))?\s*(a\.?m\.?|p\.?m\.?)(?![\p{L}])|([01]?\d|2[0-3]):([0-5]\d)(?![\p{N}]|[.:]\d)|(noon|midnight)(?![\p{L}]))/gu,
  extract: (m) => {
    if (m[6]) return { k: 'clock', h: m[6].toLowerCase() === 'noon' ? 12 : 0, min: 0 };
    if (m[4]) return { k: 'clock', h: Number(m[4]), min: Number(m[5]) };
    const h = Number(m[1]) % 12;
    return { k: 'clock', h: /^p/i.test(m[3]) ? h + 12 : h, min: Number(m[2] ?? 0) };
  },
};

/** "over the weekend": the weekend around the reference, the one gone in a past-tense sentence. */
export const theWeekend: TimeParser = {
  name: 'en.theWeekend',
  gate: /weekend/,
  pattern: new RegExp(`${B}the\\s+weekend${E}`, 'gu'),
  extract: () => ({ k: 'rel', unit: 'weekend', n: 0 }),
};
