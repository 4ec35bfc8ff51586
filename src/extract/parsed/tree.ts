// Small, linear-time views of one sentence's dependency tree. The parser can be wrong (cycles, odd heads):
// every walk is bounded and marks what it has visited.
import type { Sentence, Token } from '../../model/index.js';
import { tokenLowers } from '../../resolve/normalize.js';

/** Relations that start a clause of their own: a walk for a predicate's arguments stops there. */
const CLAUSAL = new Set(['ccomp', 'advcl', 'acl:relcl', 'acl', 'conj', 'parataxis', 'xcomp', 'csubj', 'list', 'appos']);

export interface Tree {
  s: Sentence;
  tokens: Token[];
  kids: number[][];
  /** Depth-bounded head of token i (or -1). */
  head(i: number): number;
  rel(i: number): string;
  /** Token i's form in lower case (i in range); each form is lower-cased once per tree. */
  lower(i: number): string;
  /** Token i's lemma in lower case, '' without one (i in range). */
  lemma(i: number): string;
  /** The lower-cased part of token i's form after its last hyphen ("IS-bolwerk": bolwerk), null without one (i in range). */
  hyphenHead(i: number): string | null;
}

/** The dependents of a leaf; every kids list is read only. */
const NO_KIDS: number[] = Object.freeze([]) as unknown as number[];

export function tree(s: Sentence): Tree {
  const n = s.tokens.length;
  // Leaves share one empty list (most tokens are leaves): one array per head, not per token.
  const kids: number[][] = new Array<number[]>(n).fill(NO_KIDS);
  for (const t of s.tokens) {
    const h = t.head ?? -1;
    if (h < 0 || h >= n || h === t.i) continue;
    if (kids[h] === NO_KIDS) kids[h] = [t.i];
    else kids[h]!.push(t.i);
  }
  let lowers: readonly string[] | undefined;
  let lemmas: string[] | undefined;
  let heads: (string | null)[] | undefined;
  return {
    s,
    tokens: s.tokens,
    kids,
    head: (i) => {
      const h = s.tokens[i]?.head ?? -1;
      return h >= 0 && h < n && h !== i ? h : -1;
    },
    rel: (i) => s.tokens[i]?.deprel ?? '',
    lower: (i) => (lowers ??= tokenLowers(s.tokens))[i]!,
    lemma: (i) => (lemmas ??= s.tokens.map((t) => (t.lemma ?? '').toLowerCase()))[i]!,
    hyphenHead: (i) => (heads ??= s.tokens.map(({ form }) => hyphenHead(form)))[i] ?? null,
  };
}

/**
 * Token i is a noun: tagged one, or tagged a verb with an article or a number of its own, a noun the tagger missed
 * ("Twee raketten ... kwamen neer", "toen een raket een huis trof").
 */
export function nounLike(t: Tree, i: number): boolean {
  const upos = t.tokens[i]!.upos;
  if (upos === 'NOUN') return true;
  return upos === 'VERB' && t.kids[i]!.some((c) => t.rel(c) === 'det' || t.rel(c) === 'nummod');
}

/** The lower-cased part of a form after its last hyphen, null without one. */
function hyphenHead(form: string): string | null {
  const dash = form.lastIndexOf('-');
  return dash > 0 ? form.slice(dash + 1).toLowerCase() : null;
}

/** Token indexes of i's subtree; with `clause`, nested clauses (ccomp, advcl, relative clauses, conjuncts) are left out. */
export function subtree(t: Tree, i: number, clause = false): number[] {
  const out: number[] = [];
  const seen = new Uint8Array(t.tokens.length);
  const stack = [i];
  while (stack.length) {
    const k = stack.pop()!;
    if (seen[k]) continue;
    seen[k] = 1;
    out.push(k);
    for (const c of t.kids[k]!) {
      if (clause && CLAUSAL.has(t.rel(c))) continue;
      stack.push(c);
    }
  }
  return out;
}

export function children(t: Tree, i: number, rel?: (r: string) => boolean): number[] {
  return rel ? t.kids[i]!.filter((c) => rel(t.rel(c))) : t.kids[i]!;
}

/** The chain of heads from i up to the root (bounded: a malformed tree cannot loop). */
export function ancestors(t: Tree, i: number): number[] {
  const out: number[] = [];
  const seen = new Set<number>([i]);
  let k = t.head(i);
  while (k >= 0 && !seen.has(k) && out.length < 64) {
    out.push(k);
    seen.add(k);
    k = t.head(k);
  }
  return out;
}

/** The preposition (case child) of a nominal, lower case, or null. */
export function caseOf(t: Tree, i: number): string | null {
  for (const c of t.kids[i]!) {
    const r = t.rel(c);
    // (Not a comparative the parser took for one: "more than a dozen missiles", "meer dan duizend militairen".)
    if (r === 'case' && !fixedAdverbial(t, c) && t.tokens[c]!.upos !== 'ADJ' && t.tokens[c]!.upos !== 'ADV') return t.lower(c);
  }
  // Parsers sometimes attach the preposition to the wrong word: the token right before a nominal.
  const prev = t.tokens[i - 1];
  if (prev && prev.upos === 'ADP') return t.lower(i - 1);
  return null;
}

/** A preposition that opens a fixed adverbial the parser hung on a noun ("voor het eerst een gesprek"), not its preposition. */
function fixedAdverbial(t: Tree, c: number): boolean {
  const fixed = t.kids[c]!.filter((x) => t.rel(x) === 'fixed');
  const last = fixed.length ? t.tokens[fixed[fixed.length - 1]!]! : null;
  return last !== null && (last.upos === 'ADJ' || last.upos === 'ADV');
}

/** A hyphen inside a word ("a one-year state of emergency"), touching both neighbours: no clause break. */
function wordHyphen(t: Tree, k: number): boolean {
  const tok = t.tokens[k]!;
  const prev = t.tokens[k - 1];
  const next = t.tokens[k + 1];
  return tok.form === '-' && !!prev && !!next && prev.end === tok.start && tok.end === next.start;
}

/**
 * The tokens around i that belong to its clause by position: up to punctuation or a clause-joining word.
 * A fallback for particles and multiword triggers when the parser attached them elsewhere.
 */
export function clauseWindow(t: Tree, i: number, breaks: Set<string>, reach = 10): [number, number] {
  let lo = i;
  while (lo > 0 && i - lo < reach && !isBreak(t, lo - 1, breaks)) lo--;
  let hi = i;
  while (hi < t.tokens.length - 1 && hi - i < reach && !isBreak(t, hi + 1, breaks)) hi++;
  return [lo, hi];
}

/** Whether token k ends a clause window (a module function, not a closure: clauseWindow runs for every candidate trigger). */
function isBreak(t: Tree, k: number, breaks: Set<string>): boolean {
  const tok = t.tokens[k]!;
  if (tok.upos === 'PUNCT' && /^[,;:()\[\]—–-]$|^[.!?]$/.test(tok.form)) return !wordHyphen(t, k);
  if (!breaks.has(t.lower(k))) return false;
  // "en" joining two nouns ("alle passagiers en bemanningsleden") does not end the clause.
  const h = t.head(k);
  return !(tok.upos === 'CCONJ' && t.rel(k) === 'cc' && h > k && (t.tokens[h]!.upos === 'NOUN' || t.tokens[h]!.upos === 'PROPN'));
}
