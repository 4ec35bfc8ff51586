// The English quantity locale: 150,000 and 1.5 (comma groups thousands, dot is the decimal mark).
import type { QuantityLocale } from '../types.js';
import { LABELS, APPROX_NOUNS, BOUNDS, CURRENCIES, FRACTIONS, IRREGULAR_PLURALS, MULTIPLIERS, NOT_NOUNS, SKIP, TIME_UNITS, UNITS, VAGUE } from './constants.js';
import { NUMBER_WORD_SRC, parseNumberWords } from './numbers.js';

export const en: QuantityLocale = {
  digitsSrc: '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?',
  parseDigits: (s) => {
    const n = Number(s.replace(/,/g, ''));
    return Number.isFinite(n) ? n : null;
  },
  // "one" alone is often a pronoun ("one of them"); keep it only as a count before a noun (headNoun decides).
  wordsSrc: `${NUMBER_WORD_SRC}|a(?=\\s+(?:million|billion|thousand|hundred))|half\\s+a(?=\\s+(?:million|billion))`,
  parseWords: (s) => {
    const w = s.toLowerCase().replace(/\s+/g, ' ');
    if (w === 'a') return 1;
    if (w === 'half a') return 0.5;
    return parseNumberWords(w);
  },
  multipliers: MULTIPLIERS,
  vague: VAGUE,
  approxNouns: APPROX_NOUNS,
  fractions: FRACTIONS,
  fractionOfSrc: 'of\\s+(?:the|all|its|their)|of',
  ratioSrc: 'in|out\\s+of|in\\s+every',
  vagueMultipliers: { thousands: 1e3, millions: 1e6, billions: 1e9, 'of thousands': 1e3, 'of millions': 1e6 },
  bounds: BOUNDS,
  rangeOpenSrc: 'between|from',
  rangeJoinSrc: '-|–|to|and|or',
  units: UNITS,
  currencies: CURRENCIES,
  timeUnits: TIME_UNITS,
  labels: LABELS,
  weakWords: new Set(['one']),
  placeWord: /^\s+\p{Lu}\p{L}*\s+(?:Street|Avenue|Road|Square|Boulevard|Lane|Drive)(?!\p{L})/u,
  headNoun: (words) => {
    // "dozens of civilians", "hundreds of the people": the noun follows "of".
    let from = 0;
    if (words[0]?.toLowerCase() === 'of') from = words[1]?.toLowerCase() === 'the' ? 2 : 1;
    while (from < words.length && SKIP.has(words[from].toLowerCase())) from++;
    const ws = words.slice(from, from + 3);
    if (ws.length === 0 || NOT_NOUNS.has(ws[0].toLowerCase())) return null;
    // English adjectives do not inflect: the head is the first plural ("Afghan soldiers"), else the first word.
    for (const w of ws) {
      const lw = w.toLowerCase();
      if (NOT_NOUNS.has(lw)) break;
      if (IRREGULAR_PLURALS.has(lw) || (/[^s']s$/.test(lw) && lw.length > 3)) return w;
    }
    return ws[0];
  },
};
