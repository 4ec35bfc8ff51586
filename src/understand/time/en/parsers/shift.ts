// Counted distances from the reference: "two days ago", "a week ago", "in three months".
import type { TimeParser } from '../../types.js';
import { alt, B, E, lookup } from '../../util.js';
import { NUMBER_WORD_SRC, UNITS, VAGUE_COUNTS } from '../constants.js';
import { count } from './count.js';

export const COUNT = `(\\d+(?:\\.\\d+)?|${NUMBER_WORD_SRC}|${alt(VAGUE_COUNTS)}|an?)`;
const UNIT = `(${alt(Object.keys(UNITS))})`;

export const ago: TimeParser = {
  name: 'en.ago',
  pattern: new RegExp(`${B}(?:${COUNT}\\s+)?${UNIT}\\s+ago${E}`, 'giu'),
  extract: (m) => {
    const n = m[1] === undefined ? null : count(m[1]);
    if (n === undefined) return null;
    return { k: 'shift', unit: lookup(UNITS, m[2])!, n, dir: -1 };
  },
};

export const inFuture: TimeParser = {
  name: 'en.in',
  pattern: new RegExp(`${B}(?:in|within)\\s+${COUNT}\\s+${UNIT}(?:'\\s*time)?${E}`, 'giu'),
  extract: (m) => {
    const n = count(m[1]);
    if (n === undefined) return null;
    return { k: 'shift', unit: lookup(UNITS, m[2])!, n, dir: 1 };
  },
};
