// Token scanner: text -> token boundaries with layout flags. Linear time: every loop step consumes at
// least one character, and whole-word lookups (abbreviations, exceptions) only look at short words.
import {
  ALNUM, APOSTROPHES, BRACKETS, BULLETS, CLASS, CLOSERS, CURRENCY, DASHES, INNER_QUOTES, NEWLINE, OPENERS, SPACE, TERMINATORS,
  isAlnum, isDigit, isLetter, isLower, isUpper,
} from './chars.js';
import type { Abbreviation, TokenizerLanguage } from './language.js';

/** One line break before the token. */
export const F_NEWLINE = 1;
/** A blank line (or paragraph separator) before the token. */
export const F_PARAGRAPH = 2;
/** Whitespace before the token. */
export const F_SPACE = 4;
/** An abbreviation keeping its period ("o.a."). */
export const F_ABBREV = 8;
/** An abbreviation that can end a sentence ("enz."). */
export const F_ABBREV_FINAL = 16;
/** A list marker at the start of a line ("1.", "•", "-"). */
export const F_LIST = 32;
/**
 * An abbreviation in capitals ("U.S.") or an initial ("P." in "Jan P."): may end a sentence, which
 * is assumed before a typical sentence starter word ("Hij", "The").
 */
export const F_ACRONYM = 64;

/** Token boundaries as parallel arrays (no object per token until the end). */
export interface Scan {
  starts: number[];
  ends: number[];
  flags: number[];
}

const MAX_WORD_LOOKUP = 24;
const PERIOD = 0x2e;
const COMMA = 0x2c;
const HYPHEN = 0x2d;
const APOSTROPHE = 0x27;
const RIGHT_SINGLE = 0x2019;
const LEFT_SINGLE = 0x2018;
const BACKTICK = 0x60;
const CLOSE_PAREN = 0x29;
const OPEN_PAREN = 0x28;
const EM_DASH = 0x2014;
const EN_DASH = 0x2013;
const ELLIPSIS = 0x2026;
const SEMICOLON = 0x3b;
const COLON = 0x3a;
const SLASH = 0x2f;

export function scan(text: string, lang: TokenizerLanguage): Scan {
  const starts: number[] = [];
  const ends: number[] = [];
  const flags: number[] = [];
  const n = text.length;
  const code = (i: number): number => text.charCodeAt(i);

  let lead = 0; // layout flags for the next token emitted
  const emit = (s: number, e: number, extra = 0): void => {
    starts.push(s);
    ends.push(e);
    flags.push(lead | extra);
    lead = 0;
  };

  // Suffix tokens are collected in reverse while peeling, then emitted after the word.
  const sufStart: number[] = [];
  const sufEnd: number[] = [];

  /** The next non-space character after position i is a digit (for "jan. 2021", "No. 5"). */
  const numberFollows = (i: number): boolean => {
    for (let k = i; k < n && k < i + 8; k++) {
      const c = code(k);
      if (CLASS[c]! & SPACE) continue;
      return isDigit(c);
    }
    return false;
  };

  /** The next word after position i starts with two capitals (text in capitals: "DHR. JANSEN"). */
  const capitalsFollow = (i: number): boolean => {
    let k = i;
    while (k < n && k < i + 8 && CLASS[code(k)]! & SPACE) k++;
    return k + 1 < n && isUpper(code(k)) && isUpper(code(k + 1));
  };

  /** If text[a, b) (ending in a period) is an abbreviation, its rule; else null. */
  const abbreviation = (a: number, b: number): Abbreviation | null => {
    const len = b - a;
    if (len < 2 || len > MAX_WORD_LOOKUP) return null;
    // An initial: one capital and a period ("J.").
    if (len === 2 && isUpper(code(a))) return INITIAL;
    const w = text.slice(a, b);
    let rule = lang.abbreviations.get(w);
    if (!rule && isUpper(code(a))) {
      const rest = w.slice(1);
      // Capitalised at a sentence start ("Dhr.", "Bijv."). All capitals ("GEN.", "DHR.") only inside
      // text in capitals, and a lower-case entry only from three letters on: "ING." before "De" is the
      // bank ending a sentence, and "VS." never becomes "vs." (versus).
      if (rest === rest.toLowerCase()) rule = lang.abbreviations.get(w[0]!.toLowerCase() + rest);
      else if (w === w.toUpperCase() && capitalsFollow(b)) {
        rule = lang.abbreviations.get(w[0] + rest.toLowerCase());
        if (!rule && len >= 4) rule = lang.abbreviations.get(w.toLowerCase());
      }
    }
    if (rule) return rule.beforeNumber && !numberFollows(b) ? null : rule;
    return DOTTED.test(w) ? DOTTED_RULE : null;
  };

  /** text[a..] starts with apostrophe + an elided word ("'s", "’t") or a year ("'80"): keep the apostrophe. */
  const isElision = (a: number, b: number): boolean => {
    if (a + 1 >= b) return false;
    // A year: two digits, maybe a plural s ("'80", "'90s"); "'1000" is a quote before a number.
    if (isDigit(code(a + 1))) {
      let e = a + 1;
      while (e < b && isDigit(code(e))) e++;
      if (e < b && code(e) === 0x73) e++;
      const digits = e - a - 1 - (code(e - 1) === 0x73 ? 1 : 0);
      const more = e + 1 < b && (code(e) === PERIOD || code(e) === COMMA) && isDigit(code(e + 1)); // '42.000
      return digits === 2 && !more && (e === b || !isAlnum(code(e)));
    }
    let k = a + 1;
    while (k < b && k < a + 5 && isLetter(code(k))) k++;
    if (k === a + 1 || (k < b && isLetter(code(k)))) return false;
    // "'s-Hertogenbosch" and "'s avonds" keep it; "‘surrender’" does not.
    return lang.elisions.has(text.slice(a + 1, k).toLowerCase()) && (k === b || !isApostrophe(code(k)));
  };

  /** The ')' at b-1 closes a '(' inside the word ("partij(en)"): keep it. */
  const closesInside = (a: number, b: number): boolean => {
    if (b - a > 64) return false;
    let depth = 0;
    for (let k = a; k < b - 1; k++) {
      const c = code(k);
      if (c === OPEN_PAREN) depth++;
      else if (c === CLOSE_PAREN && depth > 0) depth--;
    }
    return depth > 0;
  };

  /** A clitic at the end of text[a, b) (English "n't", "'s"): its length, else 0. */
  const cliticLength = (a: number, b: number): number => {
    // Quick reject: every clitic has an apostrophe among the last three characters.
    let apostrophe = false;
    for (let k = b - 1; k >= a && k >= b - 3 && !apostrophe; k--) apostrophe = code(k) === APOSTROPHE || code(k) === RIGHT_SINGLE;
    if (!apostrophe) return 0;
    for (const cl of lang.clitics) {
      const len = cl.length;
      if (b - a <= len) continue;
      let ok = true;
      for (let k = 0; k < len && ok; k++) {
        const want = cl.charCodeAt(k);
        const got = code(b - len + k);
        ok = want === APOSTROPHE ? got === APOSTROPHE || got === RIGHT_SINGLE : (got | 0x20) === want;
      }
      // "n't" needs a letter before it; "'s" a letter or digit ("the 1990's").
      if (ok && isAlnum(code(b - len - 1))) return len;
    }
    return 0;
  };

  /** Emits the middle of a word, splitting the few things that join words without a space. */
  const emitCore = (a: number, b: number, extra: number): void => {
    if (a >= b) return;
    const len = b - a;
    if (len <= MAX_WORD_LOOKUP && lang.splits.size) {
      const parts = lang.splits.get(text.slice(a, b).toLowerCase());
      if (parts) {
        let s = a;
        for (const p of parts) emit(s, (s += p));
        return;
      }
    }
    if (isLink(text, a, b)) {
      emit(a, b, extra);
      return;
    }
    let s = a; // start of the current piece
    let run = a; // start of the current run of letters/digits
    for (let k = a; k < b; k++) {
      const c = code(k);
      if (CLASS[c]! & ALNUM) continue;
      const prev = k > a ? code(k - 1) : 0;
      const next = k + 1 < b ? code(k + 1) : 0;
      let cut = 0; // length of a separate token starting at k
      if (c === EM_DASH || c === ELLIPSIS || c === SEMICOLON || INNER_QUOTES[c]) cut = 1;
      else if (c === EN_DASH) cut = isDigit(prev) && isDigit(next) ? 0 : 1;
      else if (c === LEFT_SINGLE) cut = 1;
      else if (c === HYPHEN && next === HYPHEN) cut = runOf(k, b, HYPHEN);
      else if (c === PERIOD && next === PERIOD) cut = prev === HYPHEN ? 0 : runOf(k, b, PERIOD); // "2004-..." stays
      else if (c === COMMA && next === COMMA) cut = runOf(k, b, COMMA);
      else if (c === COLON) cut = next === COMMA || INNER_QUOTES[next] ? 1 : 0;
      else if (c === COMMA) cut = isDigit(prev) && isDigit(next) ? 0 : isAlnum(prev) && isLetter(next) ? 1 : 0;
      else if (c === PERIOD) {
        // "zege.De": a sentence end missing its space.
        cut = k - run >= 2 && isLower(prev) && isLower(code(k - 2)) && isUpper(next) && k + 2 < b && isLower(code(k + 2)) ? 1 : 0;
      } else if (c === SLASH && lang.splitSlashes) {
        // "and/or", "Mozilla/Firefox" split; "b/c", "9/11" stay.
        cut = k - run >= 2 && isLetter(prev) && k + 2 < b && isLetter(next) && isLetter(code(k + 2)) ? 1 : 0;
      } else if (c === HYPHEN && lang.splitHyphens && prev === PERIOD && isLetter(next)) {
        cut = 1; // "U.S.-backed"
      } else if (c === HYPHEN && lang.splitHyphens && isAlnum(prev) && isAlnum(next)) {
        const numeric = isDigit(prev) && isDigit(next);
        cut = numeric || lang.hyphenPrefixes.has(text.slice(run, k).toLowerCase()) ? 0 : 1;
      }
      if (cut) {
        if (k > s) emit(s, k);
        emit(k, k + cut);
        s = k + cut;
        k += cut - 1;
      }
      run = k + 1;
    }
    if (s < b) emit(s, b, extra);
  };

  const runOf = (k: number, b: number, c: number): number => {
    let e = k;
    while (e < b && code(e) === c) e++;
    return e - k;
  };

  /** One whitespace-delimited chunk: peel openers off the front, closers off the back, split the middle. */
  const chunk = (a: number, b: number, lineStart: boolean): void => {
    // A run of one punctuation mark (",,", "''", "--", "!!!", "==="): one token. Brackets stay single.
    if (b - a > 1 && !(CLASS[code(a)]! & ALNUM) && !BRACKETS[code(a)] && runOf(a, b, code(a)) === b - a) {
      if (b - a === 3 && code(a) === COMMA) emit(a, ++a); // ",,," is a comma and an opening ,,
      emit(a, b, lineStart && DASHES[code(a)] ? F_LIST : 0);
      return;
    }
    // Front.
    while (a < b) {
      const c = code(a);
      if (b - a === 1) break;
      if (APOSTROPHES[c] && isElision(a, b)) break;
      if (c === COMMA && code(a + 1) === COMMA) {
        const e = a + runOf(a, b, COMMA);
        if (e === b) break;
        emit(a, e);
        a = e;
        continue;
      }
      if (c === BACKTICK && code(a + 1) === BACKTICK) {
        emit(a, a + 2);
        a += 2;
        continue;
      }
      if (OPENERS[c] || (CURRENCY[c] && isDigit(code(a + 1)))) {
        emit(a, a + 1);
        a++;
        continue;
      }
      if (TERMINATORS[c] && TERMINATORS[code(a + 1)]) {
        let e = a;
        while (e < b && TERMINATORS[code(e)]) e++;
        if (e === b) break;
        emit(a, e);
        a = e;
        continue;
      }
      if (c === ELLIPSIS) {
        emit(a, a + 1);
        a++;
        continue;
      }
      if (BULLETS[c] && c !== 0x2a) {
        emit(a, a + 1, lineStart ? F_LIST : 0);
        a++;
        continue;
      }
      if (DASHES[c]) {
        const next = code(a + 1);
        // "-De" (a dash glued to a capital) and "—zei" split; "-5" and "-ie" stay.
        if (c === HYPHEN ? isUpper(next) || OPENERS[next] : !isDigit(next)) {
          emit(a, a + 1, lineStart ? F_LIST : 0);
          a++;
          continue;
        }
      }
      break;
    }
    if (a >= b) return;
    // A bullet or dash alone at the start of a line.
    if (lineStart && b - a === 1 && (BULLETS[code(a)] || DASHES[code(a)])) {
      emit(a, b, F_LIST);
      return;
    }
    // A numbered list item at the start of a line: "1." stays one token.
    if (lineStart && b - a <= 4 && code(b - 1) === PERIOD && b - a >= 2) {
      let k = a;
      while (k < b - 1 && isDigit(code(k))) k++;
      if (k === b - 1) {
        emit(a, b, F_LIST);
        return;
      }
    }
    // Back.
    sufStart.length = 0;
    sufEnd.length = 0;
    let extra = 0;
    let cliticDone = lang.clitics.length === 0;
    while (b > a) {
      const c = code(b - 1);
      if (TERMINATORS[c]) {
        let r = b - 1;
        while (r > a && TERMINATORS[code(r - 1)]) r--;
        if (r === a) break; // the whole rest is punctuation: one token
        if (c === PERIOD && r === b - 1) {
          const abbr = abbreviation(a, b);
          if (abbr) {
            extra = F_ABBREV | (abbr.endsSentence ? F_ABBREV_FINAL : 0) | (isCapitals(text, a, b) ? F_ACRONYM : 0);
            break;
          }
        }
        sufStart.push(r);
        sufEnd.push(b);
        b = r;
        continue;
      }
      if (CLOSERS[c]) {
        if (b - a === 1) break;
        if (c === CLOSE_PAREN && closesInside(a, b)) break;
        // '' closing quote; ,, opening quote glued to the word before ("Koerts:,,")
        const twin = (c === APOSTROPHE || c === COMMA) && code(b - 2) === c && b - a > 2;
        const r = twin ? b - 2 : b - 1;
        sufStart.push(r);
        sufEnd.push(b);
        b = r;
        continue;
      }
      if (!cliticDone) {
        cliticDone = true;
        const len = cliticLength(a, b);
        if (len) {
          sufStart.push(b - len);
          sufEnd.push(b);
          b -= len;
          continue;
        }
      }
      break;
    }
    emitCore(a, b, extra);
    for (let k = sufStart.length - 1; k >= 0; k--) emit(sufStart[k]!, sufEnd[k]!);
  };

  // Walk the text: whitespace sets the layout flags of the next token, chunks are tokenized.
  let i = 0;
  let newlines = 0;
  let lineStart = true;
  while (i < n) {
    const c = code(i);
    const k = CLASS[c]!;
    if (k & SPACE) {
      // A lone \r (old Mac files) is a line break too; in \r\n the \n counts.
      if (k & NEWLINE || (c === 0x0d && code(i + 1) !== 0x0a)) {
        newlines += c === 0x2029 || c === 0x0c ? 2 : 1;
        lineStart = true;
      }
      lead |= F_SPACE;
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && !(CLASS[code(j)]! & SPACE)) j++;
    if (newlines >= 2) lead |= F_PARAGRAPH;
    else if (newlines === 1) lead |= F_NEWLINE;
    chunk(i, j, lineStart);
    lead = 0;
    newlines = 0;
    lineStart = false;
    i = j;
  }
  return { starts, ends, flags };
}

const INITIAL: Abbreviation = { endsSentence: false, beforeNumber: false };
const DOTTED_RULE: Abbreviation = { endsSentence: false, beforeNumber: false };
/** Letters separated by periods: "m.b.t.", "U.S.", "v.Chr.". */
const DOTTED = /^\p{L}{1,2}(?:\.\p{L}{1,3})+\.$/u;

const isApostrophe = (c: number): boolean => APOSTROPHES[c] === 1;

/** Only capitals and periods ("U.S.", "V.N."). */
function isCapitals(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c !== PERIOD && !isUpper(c)) return false;
  }
  return true;
}

const LINK = /^(?:(?:https?|ftp):\/\/|www\.)|^[^\s@]+@[\p{L}\p{N}-]+\.[\p{L}\p{N}.-]+$/iu;

/** URLs and e-mail addresses are one token. */
function isLink(text: string, a: number, b: number): boolean {
  if (b - a < 5) return false;
  // Cheap pre-check before the regex: starts like a URL (h, w, f) or has an "@" inside.
  const c = text.charCodeAt(a) | 0x20;
  let candidate = c === 0x68 || c === 0x77 || c === 0x66;
  for (let k = a + 1; !candidate && k < b - 1; k++) candidate = text.charCodeAt(k) === 0x40;
  return candidate && LINK.test(text.slice(a, b));
}
