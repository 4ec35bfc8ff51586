// Longer periods: "the 1990s", "the nineties", "the 20th century", "last summer".
import type { TimeParser } from '../../types.js';
import { alt, B, E, lookup } from '../../util.js';
import { DECADE_WORDS, HOLIDAYS, ORDINAL_CENTURIES, REL, SEASONS } from '../constants.js';

export const decade: TimeParser = {
  name: 'en.decade',
  gate: /0s|ties/,
  pattern: new RegExp(`${B}(?:the\\s+)?(?:(${alt(Object.keys(DECADE_WORDS))})|'?(\\d0)'?s|(1\\d|20)(\\d0)'?s)${E}`, 'gu'),
  extract: (m) => {
    if (m[1]) return { k: 'decade', yy: lookup(DECADE_WORDS, m[1])! };
    if (m[2]) return { k: 'decade', yy: Number(m[2]) };
    return { k: 'decade', start: Number(m[3] + m[4]) };
  },
};

export const century: TimeParser = {
  name: 'en.century',
  gate: /centur/,
  pattern: new RegExp(`${B}(?:the\\s+)?(?:(${alt(Object.keys(ORDINAL_CENTURIES))})|(\\d{2})(?:st|nd|rd|th))[\\s-]+century${E}`, 'gu'),
  extract: (m) => ({ k: 'century', c: m[1] ? lookup(ORDINAL_CENTURIES, m[1])! : Number(m[2]) }),
};

export const season: TimeParser = {
  name: 'en.season',
  gate: /spring|summer|autumn|fall|winter/,
  pattern: new RegExp(
    `${B}(?:(${alt(Object.keys(REL))})\\s+(${alt(Object.keys(SEASONS))})|(?:the\\s+)?(${alt(Object.keys(SEASONS))})\\s+(?:of\\s+)?(\\d{4}))${E}`,
    'gu',
  ),
  extract: (m) =>
    m[1] ? { k: 'season', s: lookup(SEASONS, m[2])!, rel: lookup(REL, m[1])! } : { k: 'season', s: lookup(SEASONS, m[3])!, y: Number(m[4]) },
};

/** Holidays, optionally with a relative word or a year: "Koningsdag", "vorige kerst", "Pasen 2020". */
export const holiday: TimeParser = {
  name: 'en.holiday',
  pattern: new RegExp(`${B}(?:(${alt(Object.keys(REL))})\\s+)?(${alt(Object.keys(HOLIDAYS))})(?:\\s+(?:of\\s+)?(\\d{4}))?${E}`, 'gu'),
  extract: (m) => {
    // "Christmas wish lists", "Easter eggs": only a date after a time preposition, a relative word or with a year.
    if (!m[1] && !m[3] && !/(?:on|at|by|before|after|since|until|over|for|during|around|till)\s+$/.test(m.input.slice(Math.max(0, m.index - 10), m.index))) return null;
    const h = lookup(HOLIDAYS, m[2])!;
    return { k: 'holiday', ...h, rel: m[1] ? lookup(REL, m[1]) : undefined, y: m[3] ? Number(m[3]) : undefined };
  },
};
