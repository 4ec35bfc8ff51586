// Sets ("elke maandag", "dagelijks") and vague references ("binnenkort", "onlangs").
import type { TimeParser } from '../../types.js';
import { alt, B, E, gateOf, lookup } from '../../util.js';
import { EVERY, SET_WORDS, VAGUE, WEEKDAYS } from '../constants.js';

export const everyWeekday: TimeParser = {
  name: 'nl.everyWeekday',
  gate: /dag/,
  pattern: new RegExp(`${B}(?:(?:${alt(EVERY)})\\s+(${alt(Object.keys(WEEKDAYS))})(?:en)?|op\\s+(${alt(Object.keys(WEEKDAYS))})en|'s\\s+(${alt(Object.keys(WEEKDAYS))})s)${E}`, 'gu'),
  extract: (m) => ({ k: 'set', value: `XXXX-WXX-${lookup(WEEKDAYS, m[1] ?? m[2] ?? m[3])}`, precision: 'day' }),
};

export const setWord: TimeParser = {
  name: 'nl.set',
  gate: gateOf(Object.keys(SET_WORDS)),
  pattern: new RegExp(`${B}(?:${alt(Object.keys(SET_WORDS))})${E}`, 'gu'),
  extract: (m) => {
    const [value, precision] = lookup(SET_WORDS, m[0])!;
    return { k: 'set', value, precision };
  },
};

export const vague: TimeParser = {
  name: 'nl.vague',
  gate: gateOf(Object.keys(VAGUE)),
  // "op het moment dat ..." is a conjunction ("when"), not the present.
  pattern: new RegExp(`${B}(?:${alt(Object.keys(VAGUE))})${E}(?!\\s+(?:dat|waarop|van)(?![\\p{L}]))`, 'gu'),
  extract: (m) => ({ k: 'vague', value: lookup(VAGUE, m[0])! }),
};
