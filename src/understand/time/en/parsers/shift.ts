// Counted distances from the reference: "two days ago", "a week ago", "in three months".
import type { TimeParser } from '../../types.js';
import { alt, B, E, lookup } from '../../util.js';
import { NUMBER_WORD_SRC, UNITS, VAGUE_COUNTS } from '../constants.js';
import { count } from './count.js';

export const COUNT = `(\\d+(?:\\.\\d+)?|${NUMBER_WORD_SRC}|${alt(VAGUE_COUNTS)}|an?)`;
const UNIT = `(${alt(Object.keys(UNITS))})`;

export const ago: TimeParser = {
  name: 'en.ago',
  gate: / ago/,
  pattern: new RegExp(`${B}(?:${COUNT}\\s+)?${UNIT}\\s+ago${E}`, 'gu'),
  extract: (m) => {
    const n = m[1] === undefined ? null : count(m[1]);
    if (n === undefined) return null;
    return { k: 'shift', unit: lookup(UNITS, m[2])!, n, dir: -1 };
  },
};

export const inFuture: TimeParser = {
  name: 'en.in',
  gate: /in |within /,
  pattern: new RegExp(`${B}(?:in|within)\\s+${COUNT}\\s+${UNIT}(?:'\\s*time)?${E}`, 'gu'),
  extract: (m) => {
    const n = count(m[1]);
    if (n === undefined) return null;
    return { k: 'shift', unit: lookup(UNITS, m[2])!, n, dir: 1 };
  },
};

/** "a day later", "two weeks earlier": relative to the day the text was just talking about. */
export const later: TimeParser = {
  name: 'en.later',
  gate: /later|afterwards|earlier/,
  pattern: new RegExp(`${B}${COUNT}\\s+${UNIT}\\s+(later|afterwards|earlier)${E}`, 'gu'),
  extract: (m) => {
    const n = count(m[1]);
    if (n === undefined || n === null) return null;
    return { k: 'later', unit: lookup(UNITS, m[2])!, n, dir: /^earlier$/i.test(m[3]) ? -1 : 1 };
  },
};

/** "the past few years", "the last three months", "the coming weeks". */
export const recentSpan: TimeParser = {
  name: 'en.recentSpan',
  gate: /second|minute|hour|day|week|month|quarter|year|decade|centur/,
  pattern: new RegExp(`${B}the\\s+(?:past|last|coming|next|previous)\\s+(?:(?:${COUNT})\\s+${UNIT}|(years|months|weeks|days|decades|centuries|hours))${E}`, 'gu'),
  extract: (m) => {
    if (m[3]) return { k: 'dur', unit: lookup(UNITS, m[3])!, n: null };
    const n = count(m[1]);
    if (n === undefined) return null;
    return { k: 'dur', unit: lookup(UNITS, m[2])!, n };
  },
};
