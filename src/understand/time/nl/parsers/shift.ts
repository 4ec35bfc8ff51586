// Counted distances from the reference: "twee dagen geleden", "een week geleden", "over drie maanden".
import type { TimeParser } from '../../types.js';
import { alt, B, E, lookup } from '../../util.js';
import { NUMBER_WORD_SRC, UNITS, VAGUE_COUNTS } from '../constants.js';
import { count } from './count.js';

const COUNT = `(\\d+(?:,\\d+)?|${NUMBER_WORD_SRC}|${alt(VAGUE_COUNTS)}|een\\s+half|een|anderhalve|anderhalf)`;
const UNIT = `(${alt(Object.keys(UNITS))})`;

export const ago: TimeParser = {
  name: 'nl.ago',
  gate: /geleden/,
  pattern: new RegExp(`${B}(?:${COUNT}\\s+)?${UNIT}\\s+geleden${E}`, 'gu'),
  extract: (m) => {
    const n = m[1] === undefined ? null : count(m[1]);
    if (n === undefined) return null;
    return { k: 'shift', unit: lookup(UNITS, m[2])!, n, dir: -1 };
  },
};

export const inFuture: TimeParser = {
  name: 'nl.over',
  gate: /over/,
  pattern: new RegExp(`${B}over\\s+${COUNT}\\s+${UNIT}${E}`, 'gu'),
  extract: (m) => {
    const n = count(m[1]);
    if (n === undefined) return null;
    return { k: 'shift', unit: lookup(UNITS, m[2])!, n, dir: 1 };
  },
};

/** "een dag later", "twee weken eerder": relative to the day the text was just talking about. */
export const later: TimeParser = {
  name: 'nl.later',
  gate: /later|nadien|daarna|erna|eerder|daarvoor|ervoor/,
  pattern: new RegExp(`${B}${COUNT}\\s+${UNIT}\\s+(later|nadien|daarna|erna|eerder|daarvoor|ervoor)${E}`, 'gu'),
  extract: (m) => {
    const n = count(m[1]);
    if (n === undefined || n === null) return null;
    return { k: 'later', unit: lookup(UNITS, m[2])!, n, dir: /^(?:eerder|daarvoor|ervoor)$/i.test(m[3]) ? -1 : 1 };
  },
};

/** "de afgelopen jaren", "de laatste drie maanden", "de komende weken": a stretch up to or from now. */
export const recentSpan: TimeParser = {
  name: 'nl.recentSpan',
  gate: /seconde|minu|uur|uren|etma|dag|week|weken|maand|kwarta|jaar|jaren|decenni|eeuw/,
  pattern: new RegExp(`${B}(?:de|het)\\s+(?:afgelopen|laatste|voorbije|komende|volgende|eerstvolgende)\\s+(?:(?:${COUNT})\\s+${UNIT}|(jaren|maanden|weken|dagen|decennia|eeuwen|uren))${E}`, 'gu'),
  extract: (m) => {
    if (m[3]) return { k: 'dur', unit: lookup(UNITS, m[3])!, n: null };
    const n = count(m[1]);
    if (n === undefined) return null;
    return { k: 'dur', unit: lookup(UNITS, m[2])!, n };
  },
};

/** "al jaren", "na maanden", "sinds weken": a stretch of unknown length. */
export const pluralSpan: TimeParser = {
  name: 'nl.pluralSpan',
  gate: /jaren|maanden|weken|dagen|decennia|eeuwen|uren/,
  pattern: new RegExp(`(?<=(?:al|na|sinds|sedert|binnen|pas\\s+na|nog|ook)\\s{1,3})(jaren|maanden|weken|dagen|decennia|eeuwen|uren)${E}`, 'gu'),
  extract: (m) => ({ k: 'dur', unit: lookup(UNITS, m[1])!, n: null }),
};
