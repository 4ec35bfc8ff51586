// Durations: "three weeks", "for two years", "48 hours", "a few days", "for decades", "decades-long".
import type { TimeParser } from '../../types.js';
import { alt, B, E, lookup } from '../../util.js';
import { LONG, NUMBER_WORD_SRC, UNITS, VAGUE_COUNTS } from '../constants.js';
import { count } from './count.js';

export const duration: TimeParser = {
  name: 'en.duration',
  gate: /second|minute|hour|day|week|month|quarter|year|decade|centur/,
  pattern: new RegExp(
    `(?<!\\d[.,:])${B}(\\d+(?:\\.\\d+)?|${NUMBER_WORD_SRC}|${alt(VAGUE_COUNTS)}|one\\s+and\\s+a\\s+half|an?|half\\s+a)[\\s-]+(${alt(Object.keys(UNITS))})${E}`,
    'gu',
  ),
  extract: (m) => {
    const n = count(m[1]);
    if (n === undefined) return null;
    return { k: 'dur', unit: lookup(UNITS, m[2])!, n };
  },
};

export const longFor: TimeParser = {
  name: 'en.long',
  gate: /for |long/,
  pattern: new RegExp(`${B}(${alt(Object.keys(LONG))})${E}`, 'gu'),
  extract: (m) => ({ k: 'dur', unit: lookup(LONG, m[1])!, n: null }),
};
