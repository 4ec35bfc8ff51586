// Character classes for the scanner: one table lookup per UTF-16 code unit, no per-character
// string allocation or regex call. Built once at load (~65k regex tests, a few ms).

export const LETTER = 1;
export const UPPER = 2;
export const LOWER = 4;
export const DIGIT = 8;
/** Whitespace, including control characters and zero-width spaces: they separate tokens. */
export const SPACE = 16;
/** Line break (counts towards paragraph detection). */
export const NEWLINE = 32;
/** Part of a surrogate pair (emoji, rare scripts): kept inside whatever token it touches. */
export const ASTRAL = 64;

export const CLASS = new Uint8Array(65536);

(function build(): void {
  const letter = /[\p{L}\p{M}]/u;
  const upper = /[\p{Lu}\p{Lt}]/u;
  const lower = /\p{Ll}/u;
  const digit = /\p{Nd}/u;
  const space = /[\s\p{Cc}]/u;
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      CLASS[c] = ASTRAL;
      continue;
    }
    const ch = String.fromCharCode(c);
    let k = 0;
    if (letter.test(ch)) k |= LETTER;
    if (upper.test(ch)) k |= UPPER;
    if (lower.test(ch)) k |= LOWER;
    if (digit.test(ch)) k |= DIGIT;
    if (space.test(ch)) k |= SPACE;
    CLASS[c] = k;
  }
  // Invisible separators that are not \s in JS: zero width space, word joiner, BOM.
  for (const c of [0x200b, 0x2060, 0xfeff]) CLASS[c] = SPACE;
  // Soft hyphen and zero-width (non-)joiners live inside words.
  for (const c of [0x00ad, 0x200c, 0x200d]) CLASS[c] = LETTER;
  for (const c of [0x0a, 0x0b, 0x0c, 0x85, 0x2028, 0x2029]) CLASS[c] = SPACE | NEWLINE;
})();

/** Letters and digits: the characters a word is made of. */
export const ALNUM = LETTER | DIGIT | ASTRAL;

export const isAlnum = (c: number): boolean => (CLASS[c]! & ALNUM) !== 0;
export const isLetter = (c: number): boolean => (CLASS[c]! & LETTER) !== 0;
export const isDigit = (c: number): boolean => (CLASS[c]! & DIGIT) !== 0;
export const isUpper = (c: number): boolean => (CLASS[c]! & UPPER) !== 0;
export const isLower = (c: number): boolean => (CLASS[c]! & LOWER) !== 0;

/** Build a 65536-entry membership table for a set of characters. */
export function charSet(chars: string): Uint8Array {
  const t = new Uint8Array(65536);
  for (let i = 0; i < chars.length; i++) t[chars.charCodeAt(i)] = 1;
  return t;
}

/** Quotes and brackets that open: split off the front of a word. Apostrophes are decided separately. */
export const OPENERS = charSet('([{<„“‟‘‚«‹"\'`´¿¡’”»›');
/** Closing quotes, brackets and punctuation split off the end of a word. */
export const CLOSERS = charSet(')]}>”“’‘\'"»«›‹,;:´`');
/** Brackets: each is a token of its own, even in a run ("((" is two tokens). */
export const BRACKETS = charSet('()[]{}');
/** Currency signs split off a number ("$ 20,000", "€ 5"). */
export const CURRENCY = charSet('$€£¥₹₽');
/** Sentence-final punctuation; runs of them ("?!", "...") form one token. */
export const TERMINATORS = charSet('.!?…‼⁇⁈⁉。');
/** Apostrophe-like characters: ' ’ ‘ ` ´. */
export const APOSTROPHES = charSet('\'’‘`´');
/** List bullets at the front of a line or word. */
export const BULLETS = charSet('•·▪▫►‣◦●○■□◆◇✓✔➢➤→*');
/** Dashes used as punctuation: hyphen-minus, en dash, em dash, horizontal bar, minus sign. */
export const DASHES = charSet('-–—―−‐‑‒');
/** Quote characters that never join a word from inside it. */
export const INNER_QUOTES = charSet('„“”«»‹›"‟‚');
