// Durations: "drie weken", "anderhalf jaar", "48 uur", "enkele dagen", "decennialang".
import type { TimeParser } from '../../types.js';
import { alt, B, E, lookup } from '../../util.js';
import { LONG, NUMBER_WORD_SRC, UNITS, VAGUE_COUNTS } from '../constants.js';
import { count } from './count.js';

export const duration: TimeParser = {
  name: 'nl.duration',
  gate: /seconde|minu|uur|uren|etma|dag|week|weken|maand|kwarta|jaar|jaren|decenni|eeuw/,
  pattern: new RegExp(
    `(?<!\\d[.,:])${B}(\\d+(?:,\\d+)?|${NUMBER_WORD_SRC}|${alt(VAGUE_COUNTS)}|een\\s+half|anderhalve|anderhalf|een)\\s+(${alt(Object.keys(UNITS))})${E}`,
    'gu',
  ),
  extract: (m) => {
    const n = count(m[1]);
    if (n === undefined) return null;
    return { k: 'dur', unit: lookup(UNITS, m[2])!, n };
  },
};

export const longFor: TimeParser = {
  name: 'nl.long',
  gate: /lang/,
  pattern: new RegExp(`${B}(${alt(Object.keys(LONG))})${E}`, 'gu'),
  extract: (m) => ({ k: 'dur', unit: lookup(LONG, m[1])!, n: null }),
};
