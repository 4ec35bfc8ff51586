// The Dutch quantity locale: 150.000 and 3,5 (dot groups thousands, comma is the decimal mark).
import type { QuantityLocale } from '../types.js';
import { LABELS, APPROX_NOUNS, BOUNDS, CURRENCIES, FRACTIONS, MULTIPLIERS, NOT_NOUNS, SKIP, TIME_UNITS, UNITS, VAGUE } from './constants.js';
import { NUMBER_WORD_SRC, parseNumberWord } from './numbers.js';

export const nl: QuantityLocale = {
  digitsSrc: '\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?',
  parseDigits: (s) => {
    const n = Number(s.replace(/\./g, '').replace(',', '.'));
    return Number.isFinite(n) ? n : null;
  },
  // Bare "een" is the article; "één" and "een miljoen" are numbers.
  wordsSrc: `(?!een(?![\\p{L}]))(?:${NUMBER_WORD_SRC})|anderhalf|anderhalve|een\\s+half|een(?=\\s+(?:miljoen|miljard|honderd|duizend))`,
  parseWords: (s) => {
    const w = s.toLowerCase().replace(/\s+/g, ' ');
    if (w === 'een half') return 0.5;
    if (w === 'een' || w === 'één') return 1;
    return parseNumberWord(w);
  },
  multipliers: MULTIPLIERS,
  vague: VAGUE,
  approxNouns: APPROX_NOUNS,
  fractions: FRACTIONS,
  fractionOfSrc: 'van\\s+(?:de|het|alle)|van',
  ratioSrc: 'op\\s+de|op\\s+elke|per',
  vagueMultipliers: { duizenden: 1e3, miljoenen: 1e6, miljarden: 1e9 },
  bounds: BOUNDS,
  rangeOpenSrc: 'tussen(?:\\s+de)?|van',
  rangeJoinSrc: '-|–|tot(?:\\s+en\\s+met)?|à|a|en|of',
  units: UNITS,
  currencies: CURRENCIES,
  timeUnits: TIME_UNITS,
  labels: LABELS,
  weakWords: new Set(),
  placeWord: /^\s+\p{Lu}\p{L}*(?:plein|straat|laan|weg|kade|gracht|dijk|singel|park|markt|steeg|hof)(?!\p{L})/u,
  headNoun: (words) => {
    for (const w of words.slice(0, 4)) {
      const lw = w.toLowerCase();
      if (NOT_NOUNS.has(lw)) return null;
      // Attributive adjectives end in -e in Dutch ("Afghaanse", "andere", "gevluchte"); plural nouns
      // rarely do, and singular -ie/-ee nouns ("provincie") are kept.
      if ((/[^ie]e$/.test(lw) && lw.length > 2) || SKIP.has(lw)) continue;
      return w;
    }
    return null;
  },
};
