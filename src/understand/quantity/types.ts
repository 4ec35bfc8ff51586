// What a language contributes to quantity understanding: word tables and a few pure functions.

/** How a word before a number bounds it. See docs/TIME.md for the min/max convention. */
export type Bound =
  | 'gt' // meer dan, ruim, more than: min = N+1 for counts, max open
  | 'gte' // minstens, zeker, at least: min = N
  | 'lt' // minder dan, fewer than: max = N-1 for counts
  | 'lte' // hooguit, tot wel, up to: max = N
  | 'approx' // ongeveer, zo'n, about: min = max = N, approx
  | 'almost' // bijna, nearly: max = N, min open, approx
  | 'only'; // slechts, amper, only: min = max = N

export interface QuantityLocale {
  /** Digits with this language's separators (one regex source, no groups). */
  digitsSrc: string;
  parseDigits(s: string): number | null;
  /** Number words ("eenentwintig", "two hundred and five"); regex source without groups. */
  wordsSrc: string;
  parseWords(s: string): number | null;
  /** Words that multiply the number before them: "miljoen". */
  multipliers: Record<string, number>;
  /** Vague plurals: "tientallen" = [20, 99]. */
  vague: Record<string, [number, number | null]>;
  /** Collective numbers: "twintigtal" = about 20. */
  approxNouns: Record<string, number>;
  /** Fractions with their article/numerator: "een derde" = 1/3, "de helft" = 1/2. */
  fractions: Record<string, number>;
  /** "van de" between a fraction and what it divides. */
  fractionOfSrc: string;
  /** Between a count and its whole in a ratio, only when a number follows: "zeven op de tien". */
  ratioSrc: string;
  /** Plural multipliers after a vague amount: "tientallen miljoenen". */
  vagueMultipliers: Record<string, number>;
  /** Words before a number and how they bound it; longest first. */
  bounds: [string, Bound, boolean][];
  /** "tussen 20 en 30", "20 tot 30", "20 à 30". */
  rangeOpenSrc: string;
  rangeJoinSrc: string;
  /** Units after a number ("km", "procent") and currency before it ("$"), to canonical symbols. */
  units: Record<string, string>;
  currencies: Record<string, string>;
  /** Words after a number that make it a time span or an age, which findTimes reports. */
  timeUnits: Set<string>;
  /** Number words that are often pronouns ("if one asks"): counted only when a noun follows. */
  weakWords: Set<string>;
  /** Words after which a number is an identifier, not a count: "vraag 3", "nummer 2". */
  labels: Set<string>;
  /** A capitalised place name right after the number ("24 Oktoberplein"): tested on the text after it. */
  placeWord: RegExp;
  /** The counted noun among the words after the number ("Afghaanse militairen" -> "militairen"). */
  headNoun(following: string[]): string | null;
}
