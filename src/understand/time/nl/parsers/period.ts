// Longer periods: "de jaren negentig", "de twintigste eeuw", "vorige eeuw" (via relUnit), "afgelopen zomer".
import type { TimeParser } from '../../types.js';
import { alt, B, E, gateOf, lookup } from '../../util.js';
import { DECADE_WORDS, HALVES, HOLIDAYS, ORDINAL_CENTURIES, QUARTERS, REL, SEASONS } from '../constants.js';

export const decade: TimeParser = {
  name: 'nl.decade',
  gate: /jaren/,
  pattern: new RegExp(`${B}(?:de\\s+)?jaren\\s+(?:(${alt(Object.keys(DECADE_WORDS))})|'?(\\d0)|(1\\d|20)(\\d0))${E}`, 'gu'),
  extract: (m) => {
    if (m[1]) return { k: 'decade', yy: lookup(DECADE_WORDS, m[1])! };
    if (m[2]) return { k: 'decade', yy: Number(m[2]) };
    return { k: 'decade', start: Number(m[3] + m[4]) };
  },
};

export const century: TimeParser = {
  name: 'nl.century',
  gate: /eeuw/,
  pattern: new RegExp(`${B}(?:de\\s+)?(?:(${alt(Object.keys(ORDINAL_CENTURIES))})|(\\d{2})(?:e|ste|de))\\s+eeuw${E}`, 'gu'),
  extract: (m) => ({ k: 'century', c: m[1] ? lookup(ORDINAL_CENTURIES, m[1])! : Number(m[2]) }),
};

export const season: TimeParser = {
  name: 'nl.season',
  gate: /lente|voorjaar|zomer|herfst|najaar|winter/,
  pattern: new RegExp(
    `${B}(?:(${alt(Object.keys(REL))})\\s+(${alt(Object.keys(SEASONS))})|(?:de\\s+|het\\s+)?(${alt(Object.keys(SEASONS))})\\s+van\\s+(\\d{4}))${E}`,
    'gu',
  ),
  extract: (m) =>
    m[1] ? { k: 'season', s: lookup(SEASONS, m[2])!, rel: lookup(REL, m[1])! } : { k: 'season', s: lookup(SEASONS, m[3])!, y: Number(m[4]) },
};

/** Holidays, optionally with a relative word or a year: "Koningsdag", "vorige kerst", "Pasen 2020". */
export const holiday: TimeParser = {
  name: 'nl.holiday',
  gate: gateOf(Object.keys(HOLIDAYS)),
  pattern: new RegExp(`${B}(?:(${alt(Object.keys(REL))})\\s+)?(${alt(Object.keys(HOLIDAYS))})(?:\\s+(?:van\\s+)?(\\d{4}))?${E}`, 'gu'),
  extract: (m) => {
    // "carnaval" alone is mostly the feast, not its date: only with a time word before it.
    if (m[2] === 'carnaval' && !m[1] && !/(?:met|tijdens|rond|na|voor|vóór|sinds|tot|vorige|afgelopen)\s+$/.test(m.input.slice(Math.max(0, m.index - 12), m.index))) return null;
    const h = lookup(HOLIDAYS, m[2])!;
    return { k: 'holiday', ...h, rel: m[1] ? lookup(REL, m[1]) : undefined, y: m[3] ? Number(m[3]) : undefined };
  },
};

/** "het eerste kwartaal van 2021", "de tweede helft van dit jaar", "het laatste kwartaal". */
export const quarter: TimeParser = {
  name: 'nl.quarter',
  gate: /kwartaal|helft/,
  pattern: new RegExp(
    `${B}(?:het|de)\\s+(${alt(Object.keys(QUARTERS))})\\s+(kwartaal|helft|jaarhelft)(?:\\s+van\\s+(?:(\\d{4})|(${alt(Object.keys(REL))})\\s+jaar|het\\s+(?:(${alt(Object.keys(REL))})\\s+)?jaar))?${E}`,
    'gu',
  ),
  extract: (m) => {
    const half = m[2] !== 'kwartaal';
    const q = half ? lookup(HALVES, m[1]) : lookup(QUARTERS, m[1]);
    if (q === undefined) return null;
    // "van het jaar" without a determiner is this year.
    const rel = m[4] ?? m[5];
    return { k: 'quarter', q, half, y: m[3] ? Number(m[3]) : undefined, yrel: rel ? lookup(REL, rel) : 0 };
  },
};
