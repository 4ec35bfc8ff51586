// Per-token lexical ids, computed once per sentence and shared by tagger, feature classifier
// and lemmatizer: lowercase form, affixes and word shape, all as 32-bit hashes.
import { hashStr } from './hash.js';

export const MAX_AFFIX = 5;

export interface Lexical {
  n: number;
  lower: string[];
  w: Int32Array; // lowercase form
  /** suf[k * n + i]: suffix of length k+1 of token i (the whole word when shorter). */
  suf: Int32Array;
  pre: Int32Array; // prefixes of length 1..3, same layout
  shape: Int32Array;
  /** Word-cluster bit path + 1 (0 = no cluster): distributional class of the word. */
  cl: Int32Array;
  /**
   * The compound split of the word ("zondag|nacht"): (UPOS id + 1 of the head) << 8 | (UPOS id + 1 of the modifier,
   * 0 = not a known word); 0 = no known head.
   */
  hd: Int32Array;
  /** Word classes of the word from a lexicon of the language (bits, TaggerData.lexicon); 0 = not in it or none. */
  lx: Int32Array;
  /**
   * The number of the token's word form in the LexicalMemo that made this (LexicalMemo.of; -1 from lexical()): what
   * is known per form can be kept in arrays by this number, valid while the memo's generation stays the same.
   */
  e: Int32Array;
  /** LexicalMemo.generation of the numbers in e (-1 from lexical()). */
  gen: number;
}

/** Lowercase-form hash -> cluster bit path (12 bits, 4 per level; prefixes are coarser clusters). */
export type Clusters = Map<number, number>;

/**
 * Known words for compound splitting: lowercase-form hash -> most frequent UPOS id, plus HEAD_CLASS when the word
 * is of a class a compound can end in (noun, verb, adjective).
 */
export type HeadTags = Map<number, number>;

/** Lowercase-form hash -> word classes (bits, defined by the language's lexicon: src/nlp/en/lexicon.ts). */
export type WordClasses = Map<number, number>;
export const HEAD_CLASS = 256;

// A compound's head: at least 3 letters after a modifier of at least 2.
const MIN_HEAD = 3;
const MIN_MODIFIER = 2;

// The ids of one word form, in one array: [w, suf 1..5, pre 1..3, shape, cluster, compound split, word classes].
const IDS = 1 + MAX_AFFIX + 3 + 4;

/** The tag of a known modifier lw[0, k) + 1, also with a linking "s" or hyphen dropped ("oorlogs|misdaad"); 0 = unknown. */
function modifierTag(lw: string, k: number, heads: HeadTags): number {
  let t = heads.get(hashStr(lw, 0, k) | 0);
  if (t === undefined && k > MIN_MODIFIER) {
    const c = lw.charCodeAt(k - 1);
    if (c === 115 /* s */ || c === 45 /* - */) t = heads.get(hashStr(lw, 0, k - 1) | 0);
  }
  return t === undefined ? 0 : (t & (HEAD_CLASS - 1)) + 1;
}

/**
 * The longest known head (noun, verb, adjective) a word ends in after a modifier that is a known word too
 * ("grens|wachten", "af|treden"; not "sch|aarde", "plun|derden"): see Lexical.hd.
 */
function headTag(lw: string, heads: HeadTags | undefined): number {
  if (!heads) return 0;
  for (let k = MIN_MODIFIER; k <= lw.length - MIN_HEAD; k++) {
    const t = heads.get(hashStr(lw, k, lw.length) | 0);
    if (t === undefined || t < HEAD_CLASS) continue;
    const m = modifierTag(lw, k, heads);
    if (m) return (((t & (HEAD_CLASS - 1)) + 1) << 8) | m;
  }
  return 0;
}

function wordIds(f: string, lw: string, clusters: Clusters | undefined, heads: HeadTags | undefined, classes: WordClasses | undefined, out: Int32Array): void {
  const w = hashStr(lw) | 0; // signed, as stored in Int32Array and as the cluster keys are
  out[0] = w;
  const len = lw.length;
  for (let k = 0; k < MAX_AFFIX; k++) out[1 + k] = hashStr(lw, Math.max(0, len - k - 1), len) ^ (k + 1);
  for (let k = 0; k < 3; k++) out[1 + MAX_AFFIX + k] = hashStr(lw, 0, Math.min(len, k + 1)) ^ (k + 17);
  out[IDS - 4] = shapeHash(f);
  out[IDS - 3] = clusters ? (clusters.get(w) ?? -1) + 1 : 0;
  out[IDS - 2] = headTag(lw, heads);
  out[IDS - 1] = classes && classes.size ? (classes.get(w) ?? 0) : 0;
}

/** Stores the ids of token i, from v[at, at + IDS). */
function put(x: Lexical, i: number, v: Int32Array, at = 0): void {
  const n = x.n;
  x.w[i] = v[at]!;
  for (let k = 0; k < MAX_AFFIX; k++) x.suf[k * n + i] = v[at + 1 + k]!;
  for (let k = 0; k < 3; k++) x.pre[k * n + i] = v[at + 1 + MAX_AFFIX + k]!;
  x.shape[i] = v[at + IDS - 4]!;
  x.cl[i] = v[at + IDS - 3]!;
  x.hd[i] = v[at + IDS - 2]!;
  x.lx[i] = v[at + IDS - 1]!;
}

function empty(n: number): Lexical {
  // One buffer for all the ids: a typed array of more than 64 bytes gets its own off-heap allocation, which costs
  // more than the views.
  const b = new Int32Array(n * (IDS + 1));
  const view = (from: number, len: number) => b.subarray(from * n, (from + len) * n);
  return { n, lower: new Array<string>(n), w: view(0, 1), suf: view(1, MAX_AFFIX), pre: view(1 + MAX_AFFIX, 3), shape: view(IDS - 4, 1), cl: view(IDS - 3, 1), hd: view(IDS - 2, 1), lx: view(IDS - 1, 1), e: view(IDS, 1), gen: -1 };
}

export function lexical(forms: string[], clusters?: Clusters, heads?: HeadTags, classes?: WordClasses): Lexical {
  const x = empty(forms.length);
  x.e.fill(-1);
  const buf = new Int32Array(IDS);
  for (let i = 0; i < x.n; i++) {
    x.lower[i] = forms[i]!.toLowerCase();
    wordIds(forms[i]!, x.lower[i]!, clusters, heads, classes, buf);
    put(x, i, buf);
  }
  return x;
}

/** Generations are unique across memos too: what is kept by form number is never taken for another memo's form. */
let nextGeneration = 0;

/**
 * lexical() with the ids of each word form remembered: news repeats its words, and hashing five
 * suffixes, three prefixes and a shape per token was a visible share of the whole analysis.
 */
export class LexicalMemo {
  /**
   * Form -> its number; the ids of number e are ids[e * IDS, (e + 1) * IDS) and its lowercase form lowers[e]: a Map
   * to small integers and one flat array take fewer dependent cache misses than a Map to objects of typed arrays.
   */
  private readonly memo = new Map<string, number>();
  private ids = new Int32Array(1024 * IDS);
  private readonly lowers: string[] = [];
  /** Changes whenever the memo is emptied (the form numbers, Lexical.e, are then given anew); no two memos share one. */
  generation = nextGeneration++;

  constructor(
    private readonly clusters?: Clusters,
    private readonly heads?: HeadTags,
    private readonly classes?: WordClasses,
  ) {}

  /** The number of word forms remembered (their numbers are 0 .. size - 1). */
  get size(): number {
    return this.memo.size;
  }

  of(forms: string[]): Lexical {
    const n = forms.length;
    const x = empty(n);
    const lower = x.lower;
    // Bounded: a long-running process sees an open vocabulary. Emptied between sentences only, so that the form
    // numbers of one sentence are of one generation.
    if (this.memo.size + n > 200_000) {
      this.memo.clear();
      this.lowers.length = 0;
      this.generation = nextGeneration++;
    }
    x.gen = this.generation;
    for (let i = 0; i < n; i++) {
      const f = forms[i]!;
      let e = this.memo.get(f);
      if (e === undefined) {
        e = this.memo.size;
        if ((e + 1) * IDS > this.ids.length) {
          const grown = new Int32Array(this.ids.length * 2);
          grown.set(this.ids);
          this.ids = grown;
        }
        const lw = f.toLowerCase();
        this.lowers.push(lw);
        wordIds(f, lw, this.clusters, this.heads, this.classes, this.ids.subarray(e * IDS, (e + 1) * IDS));
        this.memo.set(f, e);
      }
      lower[i] = this.lowers[e]!;
      x.e[i] = e;
      put(x, i, this.ids, e * IDS);
    }
    return x;
  }
}

// Character classes with runs collapsed: "Noord-Afghanistan" -> "Xx-Xx", "150.000" -> "d.d".
function shapeHash(s: string): number {
  let h = 0x811c9dc5;
  let prev = -1;
  let count = 0;
  for (let i = 0; i < s.length && count < 8; i++) {
    const ch = s.charCodeAt(i);
    let c: number;
    if (ch >= 48 && ch <= 57) c = 1;
    else {
      const chr = s[i]!;
      const lo = chr.toLowerCase();
      const up = chr.toUpperCase();
      if (lo !== up) c = chr === up ? 2 : 3;
      else c = 16 + (ch & 0xffff);
    }
    if (c === prev) continue;
    prev = c;
    count++;
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  return (h ^ Math.min(s.length, 12)) | 0;
}
