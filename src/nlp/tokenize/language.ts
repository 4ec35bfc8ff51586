/** What the shared tokenizer engine needs to know about one language. Built from the files in nl/, en/. */

export interface Abbreviation {
  /** Can end a sentence ("enz.", "etc."): a capitalised next word then starts a new sentence. */
  endsSentence: boolean;
  /** Only an abbreviation before a number ("jan. 2021", "No. 5"); otherwise a word plus a period. */
  beforeNumber: boolean;
}

export interface TokenizerLanguage {
  /** Abbreviations with their final period, as written: "o.a.", "Gen.", "v.Chr.". */
  abbreviations: ReadonlyMap<string, Abbreviation>;
  /** Words that keep a leading apostrophe ("'s", "'t", "'n"): the apostrophe is not a quote. Lower case, without the apostrophe. */
  elisions: ReadonlySet<string>;
  /** Clitics split off the end of a word, lower case with ASCII apostrophe: "n't", "'s". ’ matches ' too. */
  clitics: readonly string[];
  /** Whole words split into parts of the given lengths: "cannot" -> [3, 3]. Keys lower case. */
  splits: ReadonlyMap<string, readonly number[]>;
  /** Whether a hyphen between letters is its own token (UD EWT) or stays inside the word (UD Dutch). */
  splitHyphens: boolean;
  /** Whether a slash between words is its own token ("and / or", UD EWT) or stays ("en/of", UD Dutch). */
  splitSlashes: boolean;
  /**
   * Capitalised words that begin sentences far more often than they follow an acronym inside one
   * ("The", "De"): after "U.S." such a word starts a new sentence. Lower case.
   */
  sentenceStarters: ReadonlySet<string>;
  /** With splitHyphens: prefixes whose hyphen stays ("e-mail", "non-violent"). Lower case. */
  hyphenPrefixes: ReadonlySet<string>;
}

/**
 * Parses an abbreviation list: whitespace-separated forms (each ends in a period); words without a
 * period on the same line are flags for every form on it: `final` (can end a sentence), `number`
 * (only an abbreviation before a number). `#` starts a comment.
 */
export function parseAbbreviations(list: string): Map<string, Abbreviation> {
  const out = new Map<string, Abbreviation>();
  for (const raw of list.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const words = line.split(/\s+/);
    const flags = words.filter((w) => !w.endsWith('.'));
    const rule = { endsSentence: flags.includes('final'), beforeNumber: flags.includes('number') };
    for (const w of words) if (w.endsWith('.')) out.set(w, rule);
  }
  return out;
}

/** Splits a whitespace-separated word list into a set. */
export function wordSet(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}
