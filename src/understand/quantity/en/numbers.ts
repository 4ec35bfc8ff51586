// English number words: "six", "twenty-one", "two hundred and fifty", "a dozen". Used by time and quantity.

export const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
export const MULTIPLIERS: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, mln: 1e6, bn: 1e9, m: 1e6,
};
export const SPECIAL: Record<string, number> = { dozen: 12, half: 0.5, 'a half': 0.5, 'one and a half': 1.5 };

const SMALL_SRC = Object.keys(SMALL).sort((a, b) => b.length - a.length).join('|');
// One number phrase: "twenty-one", "two hundred and fifty thousand". A fixed grammar without nested
// repetition, so that no input makes the match backtrack exponentially. Validated by parseNumberWords.
const S2 = `(?:${SMALL_SRC})(?:-(?:${SMALL_SRC}))?`;
const H = `${S2}(?:\\s+hundred(?:\\s+(?:and\\s+)?${S2})?)?`;
export const NUMBER_WORD_SRC = `(?:${H}(?:\\s+thousand(?:\\s+(?:and\\s+)?${H})?)?)`;

/** Value of an English number phrase, or null. */
export function parseNumberWords(phrase: string): number | null {
  const parts = phrase.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter((w) => w && w !== 'and');
  if (parts.length === 0 || parts.length > 12) return null;
  let total = 0;
  let cur = 0;
  let seen = false;
  for (const w of parts) {
    if (w in SMALL) {
      cur += SMALL[w];
      seen = true;
    } else if (w === 'hundred') {
      cur = (cur || 1) * 100;
    } else if (w === 'thousand' || w === 'million' || w === 'billion') {
      total += (cur || 1) * MULTIPLIERS[w];
      cur = 0;
    } else return null;
  }
  return seen ? total + cur : null;
}
