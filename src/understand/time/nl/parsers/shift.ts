// Counted distances from the reference: "twee dagen geleden", "een week geleden", "over drie maanden".
import type { TimeParser } from '../../types.js';
import { alt, B, E, lookup } from '../../util.js';
import { NUMBER_WORD_SRC, UNITS, VAGUE_COUNTS } from '../constants.js';
import { count } from './count.js';

const COUNT = `(\\d+(?:,\\d+)?|${NUMBER_WORD_SRC}|${alt(VAGUE_COUNTS)}|een\\s+half|een|anderhalve|anderhalf)`;
const UNIT = `(${alt(Object.keys(UNITS))})`;

export const ago: TimeParser = {
  name: 'nl.ago',
  pattern: new RegExp(`${B}(?:${COUNT}\\s+)?${UNIT}\\s+geleden${E}`, 'giu'),
  extract: (m) => {
    const n = m[1] === undefined ? null : count(m[1]);
    if (n === undefined) return null;
    return { k: 'shift', unit: lookup(UNITS, m[2])!, n, dir: -1 };
  },
};

export const inFuture: TimeParser = {
  name: 'nl.over',
  pattern: new RegExp(`${B}over\\s+${COUNT}\\s+${UNIT}${E}`, 'giu'),
  extract: (m) => {
    const n = count(m[1]);
    if (n === undefined) return null;
    return { k: 'shift', unit: lookup(UNITS, m[2])!, n, dir: 1 };
  },
};
