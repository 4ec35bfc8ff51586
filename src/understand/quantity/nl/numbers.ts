// Dutch number words: "zes", "eenentwintig", "tweeënveertig", "driehonderd", "tienduizend", "anderhalf".
// Used by both time ("drie weken") and quantity ("duizend militairen").

export const UNITS: Record<string, number> = {
  een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9,
  tien: 10, elf: 11, twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16,
  zeventien: 17, achttien: 18, negentien: 19,
};
export const TENS: Record<string, number> = {
  twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90,
};
/** Separate words that multiply the number before them: "twee miljoen". */
export const MULTIPLIERS: Record<string, number> = {
  duizend: 1e3, miljoen: 1e6, miljard: 1e9, mln: 1e6, 'mln.': 1e6, mld: 1e9, 'mld.': 1e9, biljoen: 1e12,
};
/** Words that are a number on their own but not compositional. */
export const SPECIAL: Record<string, number> = { anderhalf: 1.5, anderhalve: 1.5, half: 0.5, halve: 0.5, dozijn: 12, nul: 0 };

// Regex source for one (possibly compound) number word, validated by parseNumberWord. Built as a grammar
// (tens, hundreds, thousands) rather than a repeated list of parts: "achttien" must not also be tried as
// "acht" + "tien", or a long run of such parts takes exponential time.
const UNIT_W = '(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)';
const TEN_W = '(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)';
const B100 = `(?:${UNIT_W}(?:en|ën)${TEN_W}|${TEN_W}|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|tien|elf|twaalf|${UNIT_W})`;
const H1000 = `(?:${B100}?honderd(?:en)?${B100}?|${B100})`;
export const NUMBER_WORD_SRC = `(?:${H1000}?duizend(?:en)?${H1000}?|${H1000}|anderhalf|anderhalve)`;

function below100(w: string): number | null {
  if (w in UNITS) return UNITS[w];
  if (w in TENS) return TENS[w];
  const m = /^(een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën)(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)$/.exec(w);
  return m ? UNITS[m[1]] + TENS[m[2]] : null;
}

function below1000(w: string): number | null {
  if (w === '') return 0;
  const i = w.indexOf('honderd');
  if (i < 0) return below100(w);
  const left = w.slice(0, i);
  const right = w.slice(i + 7).replace(/^en/, '');
  const l = left === '' ? 1 : below100(left);
  const r = right === '' ? 0 : below100(right);
  return l !== null && r !== null && l > 0 ? l * 100 + r : null;
}

/** Value of one Dutch number word, or null: "tweeduizend" = 2000, "eenentwintig" = 21. */
export function parseNumberWord(word: string): number | null {
  const w = word.toLowerCase();
  if (w in SPECIAL) return SPECIAL[w];
  if (w.length > 60) return null;
  const i = w.lastIndexOf('duizend');
  if (i < 0) return below1000(w);
  const left = w.slice(0, i);
  const right = w.slice(i + 7).replace(/^en/, '');
  const l = left === '' ? 1 : below1000(left);
  const r = right === '' ? 0 : below1000(right);
  if (l === null || r === null || l === 0) return null;
  return l * 1000 + r;
}
