// Small views on a sentence's tokens that the claim rules share: punctuation, quotation marks,
// noun-phrase extents, dependency children.
import type { Sentence, Token } from '../../model/index.js';

// Quotation marks: typographic (Dutch „…” ‘…’, English “…” ‘…’), straight, guillemets, and typed ,,…'' and ``…''.
const QUOTE = /^(?:[„“”‘’‚'"«»‹›]|,,|''|``)$/u;
const PUNCT = /^[\p{P}\p{S}]+$/u;
const NP_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'X']);

// (Every mark is one or two code units: longer forms need no test.)
export const isQuote = (t: Token | undefined) => !!t && t.form.length <= 2 && QUOTE.test(t.form);
export const isPunct = (t: Token | undefined) => !!t && (t.upos === 'PUNCT' || PUNCT.test(t.form));

/** An opening quotation mark: white space (or nothing) before it and a word right after it. */
export function opensQuote(text: string, offset: number, t: Token): boolean {
  if (!isQuote(t)) return false;
  const before = t.start - offset > 0 ? text[t.start - offset - 1]! : ' ';
  const after = text[t.end - offset] ?? ' ';
  return /[\s([]/u.test(before) && !/\s/u.test(after);
}

/** A closing quotation mark: a word or punctuation right before it. */
export function closesQuote(text: string, offset: number, t: Token): boolean {
  if (!isQuote(t)) return false;
  const before = t.start - offset > 0 ? text[t.start - offset - 1]! : ' ';
  return !/\s/u.test(before);
}

/** Token i stands inside a quotation that opened before it in the sentence (and has not closed yet). */
export function insideQuote(s: Sentence, i: number): boolean {
  let open = false;
  for (let j = 0; j < i; j++) {
    const t = s.tokens[j]!;
    if (!open && opensQuote(s.text, s.start, t)) open = true;
    else if (open && closesQuote(s.text, s.start, t)) open = false;
  }
  return open;
}

/** Token i is quoted: a quotation opened before it, or one that opened in an earlier sentence closes after it. */
export function quoted(s: Sentence, i: number): boolean {
  if (insideQuote(s, i)) return true;
  for (let j = i + 1; j < s.tokens.length; j++) {
    const t = s.tokens[j]!;
    if (opensQuote(s.text, s.start, t)) return false;
    if (closesQuote(s.text, s.start, t)) return true;
  }
  return false;
}

/** Tokens that can make up a noun phrase, by UPOS (possessive pronouns included). */
export function nominal(t: Token | undefined): boolean {
  if (!t) return false;
  if (NP_POS.has(t.upos ?? '')) return !isPunct(t);
  // Participles used as adjectives: "a televised speech", "de gevluchte regering".
  if (t.upos === 'VERB' && t.feats?.VerbForm === 'Part' && t.deprel === 'amod') return true;
  return t.upos === 'PRON' && (t.feats?.Poss === 'Yes' || t.deprel === 'nmod:poss' || t.deprel === 'det');
}

/** The children of token i (dependency heads). */
export function children(s: Sentence, i: number): Token[] {
  return s.tokens.filter((t) => t.head === i);
}

/**
 * Index of the last token of the noun phrase starting at i (i - 1 when there is none): a run of noun-ish
 * tokens that ends where a determiner starts the next phrase ("Massoud junior | de wereld").
 */
export function npEnd(s: Sentence, i: number, limit: number): number {
  let j = i;
  let head = false;
  for (;;) {
    // Before the head, a premodifier with its own phrase ("de door de VS gesteunde strijdkrachten"): skipped whole.
    if (!head && j > i && s.tokens[j]?.upos === 'ADP') {
      const k = premodifierEnd(s, j, limit);
      if (k < 0) break;
      j = k + 1;
      continue;
    }
    if (!(j < limit && nominal(s.tokens[j]))) break;
    const t = s.tokens[j]!;
    // After its head noun a phrase goes on only with names and nouns ("Hamdullah Mohib", "persbureau RIA").
    if (head && !(t.upos === 'NOUN' || t.upos === 'PROPN' || t.upos === 'X')) break;
    if (t.upos === 'NOUN' || t.upos === 'PROPN') head = true;
    j++;
  }
  return j - 1;
}

/**
 * Last token of a premodifier that starts with the preposition at j and ends in a participle or adjective
 * modifying a noun after it ("door de VN erkende | regering"), or -1.
 */
function premodifierEnd(s: Sentence, j: number, limit: number): number {
  const object = s.tokens[j]!.head ?? -1;
  for (let k = j + 1; k < limit && k <= j + 6; k++) {
    const t = s.tokens[k]!;
    const h = t.head ?? -1;
    const modifier = (t.upos === 'ADJ' || (t.upos === 'VERB' && t.feats?.VerbForm === 'Part')) && h > k && h < limit;
    // The preposition's own noun lies inside (before the modifier), the modified noun after it.
    if (modifier && object > j && object < k && (s.tokens[h]!.upos === 'NOUN' || s.tokens[h]!.upos === 'PROPN')) return k;
    if (!nominal(t) && !(t.upos === 'VERB' && t.feats?.VerbForm === 'Part')) return -1;
  }
  return -1;
}

/** Character text of tokens [a, b] (inclusive) as in the sentence. */
export function spanText(s: Sentence, a: number, b: number): string {
  if (b < a) return '';
  return s.text.slice(s.tokens[a]!.start - s.start, s.tokens[b]!.end - s.start);
}
