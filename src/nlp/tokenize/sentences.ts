// Sentence splitter over scanned tokens: decides, token by token, whether a new sentence starts.
import type { Sentence, Token } from '../../model/index.js';
import { APOSTROPHES, BULLETS, DASHES, OPENERS, TERMINATORS, isDigit, isLetter, isLower, isUpper } from './chars.js';
import type { TokenizerLanguage } from './language.js';
import {
  F_ABBREV, F_ABBREV_FINAL, F_ACRONYM, F_LIST, F_NEWLINE, F_PARAGRAPH, F_SPACE, type Scan,
} from './scanner.js';

const OPEN_PAREN = 0x28;
const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const HYPHEN = 0x2d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
/** Quotes and brackets that close: after a sentence end they stay with the sentence. */
const CLOSING = new Set([0x29, 0x5d, 0x7d, 0x201d, 0x2019, 0xbb, 0x203a, QUOTE, APOSTROPHE, 0x201c, 0xab]);

export function sentences(text: string, s: Scan, lang: TokenizerLanguage): Sentence[] {
  const { starts, ends, flags } = s;
  const n = starts.length;
  const out: Sentence[] = [];
  const code = (i: number): number => text.charCodeAt(i);

  /** Could token k begin a sentence: capital, digit, opening quote/bracket, bullet, uncased letter. */
  const opensSentence = (k: number, depth = 0): boolean => {
    const c = code(starts[k]!);
    if (isUpper(c) || isDigit(c) || (flags[k]! & F_LIST) !== 0) return true;
    if (OPENERS[c] || APOSTROPHES[c] || BULLETS[c] || DASHES[c] || c === COMMA) {
      // An opening quote or bracket: decided by the word after it (",, wij" continues the sentence).
      const punctOnly = ends[k]! - starts[k]! <= 2 && !isLetter(code(ends[k]! - 1));
      if (punctOnly && k + 1 < n && depth < 3 && (flags[k + 1]! & (F_NEWLINE | F_PARAGRAPH)) === 0) return opensSentence(k + 1, depth + 1);
      return true;
    }
    // Scripts without case (Arabic, Chinese names in a Latin text) cannot be judged: allow.
    return isLetter(c) && !isLower(c);
  };

  /** A run of sentence-final punctuation ("." "?!" "..."), not an abbreviation. */
  const isTerminator = (k: number): boolean => {
    const a = starts[k]!;
    const b = ends[k]!;
    if (!TERMINATORS[code(a)]) return false;
    for (let i = a + 1; i < b; i++) if (!TERMINATORS[code(i)]) return false;
    return true;
  };

  /** Straight double quotes open and close in turn within a paragraph. */
  let quoteOpen = false;
  /** A closing quote or bracket. Called once per token, in order. */
  const isClosing = (k: number): boolean => {
    const a = starts[k]!;
    const b = ends[k]!;
    const c = code(a);
    if (b - a === 2) return c === APOSTROPHE && code(a + 1) === APOSTROPHE; // ''
    if (b - a !== 1 || !CLOSING.has(c)) return false;
    if (c === QUOTE) {
      quoteOpen = !quoteOpen;
      return !quoteOpen || (flags[k]! & F_SPACE) === 0;
    }
    // A quote after a space opens; a bracket closes either way.
    return (flags[k]! & F_SPACE) === 0 || c === 0x29 || c === 0x5d || c === 0x7d || c === 0x201d || c === 0xbb;
  };

  /** Token k ends a line in a way that continues on the next line (comma, hyphenated word break). */
  const continues = (k: number): boolean => {
    const c = code(ends[k]! - 1);
    return c === COMMA || c === SEMICOLON || c === HYPHEN || c === OPEN_PAREN || (flags[k]! & (F_ABBREV | F_LIST)) === F_ABBREV;
  };

  /** A capitalised sentence starter word ("The", "De") after an acronym: "... in the U.S. The ...". */
  const startsSentenceWord = (k: number): boolean => {
    const a = starts[k]!;
    const b = ends[k]!;
    return b - a <= 12 && isUpper(code(a)) && lang.sentenceStarters.has(text.slice(a, b).toLowerCase());
  };

  let first = 0;
  let ended = false; // the sentence so far ends with a terminator (and maybe closing quotes)
  const close = (last: number): void => {
    const start = starts[first]!;
    const end = ends[last]!;
    const tokens: Token[] = new Array(last - first + 1);
    for (let k = first; k <= last; k++) {
      tokens[k - first] = { i: k - first, form: text.slice(starts[k]!, ends[k]!), start: starts[k]!, end: ends[k]! };
    }
    out.push({ index: out.length, start, end, text: text.slice(start, end), tokens });
  };

  for (let k = 0; k < n; k++) {
    const f = flags[k]!;
    if (f & F_PARAGRAPH) quoteOpen = false;
    const closing = isClosing(k);
    if (k > first) {
      let cut = false;
      if (f & F_PARAGRAPH) cut = true;
      else if (ended && closing) cut = false;
      else if (ended) cut = (f & F_NEWLINE) !== 0 || opensSentence(k);
      else if (f & F_NEWLINE) cut = (f & F_LIST) !== 0 || (opensSentence(k) && !continues(k - 1));
      if (cut) {
        close(k - 1);
        first = k;
        ended = false;
      }
    }
    if (isTerminator(k)) ended = true;
    else if (f & F_ABBREV_FINAL) ended = true;
    else if (f & F_ACRONYM && k + 1 < n && startsSentenceWord(k + 1)) ended = true;
    else if (!(ended && closing)) ended = false;
  }
  if (n > first) close(n - 1);
  return out;
}
