// Expressions relative to the reference: "gisteren", "vorige week", "afgelopen weekend", "komende maandag", "zondag".
import type { TimeParser } from '../../types.js';
import { alt, B, E, gateOf, lookup } from '../../util.js';
import { DAY_PARTS, DAY_WORDS, REL, REL_AFTER, REL_UNITS, WEEKDAYS } from '../constants.js';

const WEEKDAY = `(${alt(Object.keys(WEEKDAYS))})(?:${alt(DAY_PARTS)})?`;

// "morgen" is tomorrow, but not in "'s morgens" or "de morgen" (the morning).
export const dayWord: TimeParser = {
  name: 'nl.dayWord',
  gate: gateOf(Object.keys(DAY_WORDS)),
  pattern: new RegExp(`(?<!(?<![\\p{L}])(?:de|deze|die|elke|iedere|van|goede|'s)\\s{1,3})${B}(${alt(Object.keys(DAY_WORDS))})${E}`, 'gu'),
  extract: (m) => ({ k: 'rel', unit: 'day', n: lookup(DAY_WORDS, m[1])! }),
};

export const relUnit: TimeParser = {
  name: 'nl.relUnit',
  gate: gateOf(Object.keys(REL_UNITS)),
  pattern: new RegExp(`${B}(${alt(Object.keys(REL))})\\s+(${alt(Object.keys(REL_UNITS))})${E}`, 'gu'),
  extract: (m) => ({ k: 'rel', unit: lookup(REL_UNITS, m[2])!, n: lookup(REL, m[1])! }),
};

export const relWeekday: TimeParser = {
  name: 'nl.relWeekday',
  gate: /dag/,
  pattern: new RegExp(`${B}(?:(${alt(Object.keys(REL))})\\s+${WEEKDAY}|${WEEKDAY}\\s+(${alt(Object.keys(REL_AFTER))}))(?![\\p{L}\\p{N}])`, 'gu'),
  extract: (m) => {
    if (m[1]) {
      const rel = lookup(REL, m[1])!;
      return { k: 'weekday', wd: lookup(WEEKDAYS, m[2])!, ...(rel === 0 ? { rel: 0, week: 0 } : { rel }) };
    }
    return { k: 'weekday', wd: lookup(WEEKDAYS, m[3])!, rel: lookup(REL_AFTER, m[4])! };
  },
};

/** A weekday on its own; plural ("zondagen") is a set, handled elsewhere. */
export const weekdayAlone: TimeParser = {
  name: 'nl.weekday',
  gate: /dag/,
  pattern: new RegExp(`${B}${WEEKDAY}${E}`, 'gu'),
  extract: (m) => ({ k: 'weekday', wd: lookup(WEEKDAYS, m[1])!, rel: 0 }),
};

const HOURS: Record<string, number> = {
  een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
};
const PM = /^'s\s+(?:middags|avonds)$/i;

/** Clock times: "18.00 uur", "om 9 uur", "rond tien uur 's avonds" (a bare "9 uur" is a duration). */
export const clock: TimeParser = {
  name: 'nl.clock',
  gate: /uur|\d[.:]\d|middernacht/,
  pattern: new RegExp(
    `(?<![\\p{L}\\p{N}.,:])(?:([01]?\\d|2[0-3])[.:]([0-5]\\d)\\s*uur|(?<=(?:om|rond|omstreeks|tegen|vanaf|tot|na)\\s{1,3})([01]?\\d|2[0-3])[.:]([0-5]\\d)|(?<=(?:om|rond|omstreeks|tegen|vanaf)\\s{1,3})([01]?\\d|2[0-3]|${alt(Object.keys(HOURS))})\\s*uur)(\\s+'s\\s+(?:ochtends|morgens|middags|avonds|nachts))?(?![\\p{L}\\p{N}]|[.:]\\d)|(?<![\\p{L}])(middernacht|middaguur)(?![\\p{L}])`,
    'gu',
  ),
  extract: (m) => {
    if (m[7]) return { k: 'clock', h: m[7] === 'middernacht' ? 0 : 12, min: 0 };
    let h = Number(m[1] ?? m[3] ?? (m[5] !== undefined ? (HOURS[m[5].toLowerCase()] ?? m[5]) : 0));
    if (m[6] && PM.test(m[6].trim()) && h < 12) h += 12;
    return { k: 'clock', h, min: Number(m[2] ?? m[4] ?? 0) };
  },
};

/** "in de nacht van zaterdag op zondag": dated by the evening it starts. */
export const nightOf: TimeParser = {
  name: 'nl.nightOf',
  gate: /nacht/,
  pattern: new RegExp(`${B}(?:in\\s+)?de\\s+nacht\\s+van\\s+(${alt(Object.keys(WEEKDAYS))})\\s+op\\s+(${alt(Object.keys(WEEKDAYS))})${E}`, 'gu'),
  extract: (m) => ({ k: 'weekday', wd: lookup(WEEKDAYS, m[1])!, rel: 0, night: true }),
};

/** "in het weekend": the weekend around the reference, the one gone in a past-tense sentence. */
export const theWeekend: TimeParser = {
  name: 'nl.theWeekend',
  gate: /weekend|weekeinde/,
  pattern: new RegExp(`${B}het\\s+(?:weekend|weekeinde)${E}`, 'gu'),
  extract: () => ({ k: 'rel', unit: 'weekend', n: 0 }),
};
