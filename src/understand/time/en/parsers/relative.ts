// Expressions relative to the reference: "yesterday", "last week", "last weekend", "next Monday", "on Sunday".
import type { TimeParser } from '../../types.js';
import { alt, B, E, lookup } from '../../util.js';
import { DAY_PARTS, DAY_WORDS, REL, REL_UNITS, WEEKDAYS } from '../constants.js';

const title = (w: string): string => w[0].toUpperCase() + w.slice(1);
const WEEKDAY = `(${alt(Object.keys(WEEKDAYS).map(title))})(?:\\s+(?:${alt(DAY_PARTS)}))?`;

export const dayWord: TimeParser = {
  name: 'en.dayWord',
  pattern: new RegExp(`${B}(${alt(Object.keys(DAY_WORDS))})${E}`, 'giu'),
  extract: (m) => ({ k: 'rel', unit: 'day', n: lookup(DAY_WORDS, m[1])! }),
};

export const relUnit: TimeParser = {
  name: 'en.relUnit',
  pattern: new RegExp(`${B}(${alt(Object.keys(REL))})\\s+(${alt(Object.keys(REL_UNITS))})${E}`, 'giu'),
  extract: (m) => ({ k: 'rel', unit: lookup(REL_UNITS, m[2])!, n: lookup(REL, m[1])! }),
};

export const relWeekday: TimeParser = {
  name: 'en.relWeekday',
  pattern: new RegExp(`${B}(last|next|this|coming|previous)\\s+${WEEKDAY}${E}`, 'giu'),
  extract: (m) => ({ k: 'weekday', wd: lookup(WEEKDAYS, m[2])!, rel: lookup(REL, m[1])! }),
};

export const weekdayAlone: TimeParser = {
  name: 'en.weekday',
  pattern: new RegExp(`${B}${WEEKDAY}${E}`, 'gu'),
  extract: (m) => ({ k: 'weekday', wd: lookup(WEEKDAYS, m[1])!, rel: 0 }),
};
