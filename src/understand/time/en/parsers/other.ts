// Sets ("every Monday", "on Mondays", "daily") and vague references ("soon", "recently").
import type { TimeParser } from '../../types.js';
import { alt, B, E, lookup } from '../../util.js';
import { EVERY, SET_WORDS, VAGUE, WEEKDAYS } from '../constants.js';

export const everyWeekday: TimeParser = {
  name: 'en.everyWeekday',
  gate: /day/,
  pattern: new RegExp(`${B}(?:(?:${alt(EVERY)})\\s+(${alt(Object.keys(WEEKDAYS))})|on\\s+(${alt(Object.keys(WEEKDAYS))})s)${E}`, 'gu'),
  extract: (m) => ({ k: 'set', value: `XXXX-WXX-${lookup(WEEKDAYS, m[1] ?? m[2])}`, precision: 'day' }),
};

export const setWord: TimeParser = {
  name: 'en.set',
  // Lower case only: "Daily", "Monthly" are mostly names of papers.
  cased: true,
  pattern: new RegExp(`${B}(?:${alt(Object.keys(SET_WORDS))})${E}`, 'gu'),
  extract: (m) => {
    const [value, precision] = lookup(SET_WORDS, m[0])!;
    return { k: 'set', value, precision };
  },
};

export const vague: TimeParser = {
  name: 'en.vague',
  pattern: new RegExp(`${B}(?:${alt(Object.keys(VAGUE))})${E}`, 'gu'),
  extract: (m) => ({ k: 'vague', value: lookup(VAGUE, m[0])! }),
};
