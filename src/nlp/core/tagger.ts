// UPOS tagger (greedy left-to-right averaged perceptron) and a morphological-feature classifier
// per UPOS (the full FEATS string is one class among those seen with that UPOS).
import { f1, f2, f3, rng, shuffle } from './hash.js';
import { argmax, LinearModel, PerceptronTrainer, type FrozenWeights } from './linear.js';
import { HEAD_CLASS, lexical, type Clusters, type HeadTags, type Lexical, type WordClasses } from './lexical.js';

// UD's closed classes: a word the treebank never showed is no new determiner, pronoun or adposition (an unseen verb
// form, "doodde", had been tagged DET).
const CLOSED = new Set(['ADP', 'AUX', 'CCONJ', 'DET', 'PART', 'PRON', 'SCONJ']);

const NONE = 0x1b873593;
const START = 0x7a3f5c21;
const MAX_KEYS = 56;

/**
 * Tagger features of token i's own word form (and whether it starts the sentence): the same whenever the
 * form comes again, so the tagger remembers their integer score sums per form (FormMemo).
 */
function formKeys(x: Lexical, i: number, keys: Int32Array, k: number): number {
  const n = x.n;
  const { w, suf, pre, shape } = x;
  const wi = w[i]!;
  keys[k++] = f1(1, 0);
  keys[k++] = f1(2, wi);
  for (let a = 0; a < 5; a++) keys[k++] = f1(3 + a, suf[a * n + i]!);
  for (let a = 0; a < 3; a++) keys[k++] = f1(8 + a, pre[a * n + i]!);
  keys[k++] = f1(11, shape[i]!);
  keys[k++] = f2(23, i === 0 ? 1 : 0, shape[i]!);
  keys[k++] = f2(28, i === 0 ? 1 : 0, wi);
  const c0 = x.cl[i]!;
  if (c0) {
    keys[k++] = f1(29, c0 >> 8);
    keys[k++] = f1(30, c0 >> 4);
    keys[k++] = f1(31, c0);
  }
  // The tag of the known word a compound ends in ("zondagnacht": nacht, NOUN).
  const hd = x.hd[i]!;
  if (hd) {
    keys[k++] = f1(36, hd >> 8);
    keys[k++] = f1(38, hd); // with the modifier's tag: "grens|wachten" (NOUN|VERB) is a noun, "af|treden" a verb
  }
  // The word's classes in the language's lexicon (TaggerData.lexicon), also with its shape ("Devoted", "devoted").
  const lx = x.lx[i]!;
  if (lx) {
    keys[k++] = f1(47, lx);
    keys[k++] = f2(48, shape[i]!, lx);
  }
  return k;
}

/**
 * Tagger features of token i's context that involve its tag history or two words at once (ids + 1 of the tags to
 * its left, 0 = start); the single neighbours' features are neighbourKeys.
 */
function contextKeys(x: Lexical, i: number, t1: number, t2: number, keys: Int32Array, k: number): number {
  const n = x.n;
  const { w, suf, shape } = x;
  const wi = w[i]!;
  const wm1 = i > 0 ? w[i - 1]! : START;
  const wp1 = i + 1 < n ? w[i + 1]! : NONE;
  keys[k++] = f1(12, t1);
  keys[k++] = f2(13, t1, t2);
  keys[k++] = f2(14, t1, wi);
  keys[k++] = f2(15, t1, suf[2 * n + i]!);
  keys[k++] = f2(24, wm1, wi);
  keys[k++] = f2(25, wi, wp1);
  keys[k++] = f3(26, t1, wi, wp1);
  keys[k++] = f2(27, i > 0 ? shape[i - 1]! : START, shape[i]!);
  const c0 = x.cl[i]!;
  if (c0) keys[k++] = f2(32, t1, c0 >> 4);
  const hd = x.hd[i]!;
  if (hd) keys[k++] = f2(37, hd >> 8, t1);
  const lx = x.lx[i]!;
  if (lx) keys[k++] = f2(52, t1, lx);
  return k;
}

// Neighbour roles: the word before the token, two before, after, two after; and where that word is.
const NEIGHBOURS = 4;
const OFFSET = [-1, -2, 1, 2];

/**
 * Tagger features of token j in one neighbour role of the token it is next to (j outside the sentence: its edge):
 * a function of j's form alone, remembered per form like formKeys.
 */
function neighbourKeys(x: Lexical, j: number, role: number, keys: Int32Array, k: number): number {
  const n = x.n;
  const { w, suf, shape, cl: c } = x;
  const has = j >= 0 && j < n;
  const lx = has ? x.lx[j]! : 0;
  switch (role) {
    case 0:
      keys[k++] = f1(16, has ? w[j]! : START);
      keys[k++] = f1(17, has ? suf[2 * n + j]! : START);
      keys[k++] = f1(33, has ? c[j]! >> 4 : -1);
      if (lx) keys[k++] = f1(49, lx);
      break;
    case 1:
      keys[k++] = f1(18, has ? w[j]! : START);
      break;
    case 2:
      keys[k++] = f1(19, has ? w[j]! : NONE);
      keys[k++] = f1(20, has ? suf[2 * n + j]! : NONE);
      keys[k++] = f1(22, has ? shape[j]! : NONE);
      keys[k++] = f1(34, has ? c[j]! >> 4 : -1);
      keys[k++] = f1(35, has ? c[j]! : -1);
      if (lx) keys[k++] = f1(50, lx);
      break;
    case 3:
      keys[k++] = f1(21, has ? w[j]! : NONE);
      if (lx) keys[k++] = f1(51, lx);
      break;
  }
  return k;
}

/**
 * Tagger features for token i given the tags already predicted to its left (ids + 1, 0 = start). Their order does
 * not matter: training sums integer weights (exact in any order), run time sums them as integers.
 */
function tagKeys(x: Lexical, i: number, t1: number, t2: number, keys: Int32Array): number {
  let k = contextKeys(x, i, t1, t2, keys, formKeys(x, i, keys, 0));
  for (let r = 0; r < NEIGHBOURS; r++) k = neighbourKeys(x, i + OFFSET[r]!, r, keys, k);
  return k;
}

/** Second-pass features: the first pass's tags of this word and the two to its right. */
function rightKeys(first: Int32Array, w: Int32Array, i: number, t1: number, keys: Int32Array, k: number): number {
  const n = first.length;
  const p0 = first[i]! + 1;
  const r1 = i + 1 < n ? first[i + 1]! + 1 : 0;
  const r2 = i + 2 < n ? first[i + 2]! + 1 : 0;
  keys[k++] = f1(41, r1);
  keys[k++] = f2(42, r1, r2);
  keys[k++] = f2(43, t1, r1);
  keys[k++] = f2(44, w[i]!, r1);
  keys[k++] = f2(45, p0, r1);
  keys[k++] = f3(46, t1, p0, r1);
  return k;
}

/** Feature-classifier features of token i's own form (and whether it starts the sentence); the UPOS is fixed (one model per UPOS). */
function featFormKeys(x: Lexical, i: number, keys: Int32Array, k: number): number {
  const n = x.n;
  const { w, suf, pre, shape } = x;
  keys[k++] = f1(1, 0);
  keys[k++] = f1(2, w[i]!);
  for (let a = 0; a < 5; a++) keys[k++] = f1(3 + a, suf[a * n + i]!);
  for (let a = 0; a < 2; a++) keys[k++] = f1(8 + a, pre[a * n + i]!);
  keys[k++] = f1(11, shape[i]!);
  keys[k++] = f1(18, i === 0 ? 1 : 0);
  return k;
}

/** Feature-classifier features of token i's context: the neighbours' forms and tags. */
function featContextKeys(x: Lexical, tags: Int32Array, i: number, keys: Int32Array, k: number): number {
  const n = x.n;
  const { w, suf } = x;
  keys[k++] = f1(12, i > 0 ? tags[i - 1]! : -1);
  keys[k++] = f1(13, i + 1 < n ? tags[i + 1]! : -1);
  keys[k++] = f1(14, i > 0 ? w[i - 1]! : START);
  keys[k++] = f1(15, i + 1 < n ? w[i + 1]! : NONE);
  keys[k++] = f2(16, i > 0 ? tags[i - 1]! : -1, suf[1 * n + i]!);
  keys[k++] = f2(17, i > 1 ? w[i - 2]! : START, i > 0 ? w[i - 1]! : START);
  return k;
}

/** All feature-classifier features of token i (training; in any order, as tagKeys). */
function featKeys(x: Lexical, tags: Int32Array, i: number, keys: Int32Array): number {
  return featContextKeys(x, tags, i, keys, featFormKeys(x, i, keys, 0));
}

// The ids a word form's features depend on: w, 5 suffixes, 3 prefixes, shape, cluster, compound split, first.
const FORM_IDS = 13;
// 2^16 entries of ~500 bytes (33 MB): 400 news articles have ~20,000 word forms, which at 2^14 entries took over
// each other's entries for 4.4% of the lookups, each a recomputation of ~40 features (nlp A/B 1.04-1.07 with the
// parser's memo at 2^16 too).
const MEMO_BITS = 16;
// Fields of a memo entry after the ids: what is valid (bits HAVE_*), the lexicon lookups, the UPOS of the FEATS sums.
const HAVE = FORM_IDS;
const LEX = FORM_IDS + 1;
const FEATS_TAG = FORM_IDS + 2;
/** The LexicalMemo form number << 1 | first of the entry's token (-1 none), and the memo's generation. */
const FORM = FORM_IDS + 3;
const GEN = FORM_IDS + 4;
const SUMS = FORM_IDS + 5;
const HAVE_UPOS = 1;
const HAVE_FEATS = 2;
const HAVE_LEX = 4;
/** HAVE_ROLE << role: the UPOS sums of the word in that neighbour role are valid. */
const HAVE_ROLE = 8;

/**
 * Integer score sums of the form features (formKeys, featFormKeys) of recent word forms: news repeats its
 * words, and about half of the tagger's lookups are of these. Direct-mapped; an entry holds all the ids
 * the features are computed from, compared in full, so a hit gives exactly the sums a lookup would. An
 * entry is one run of the array (ids, flags, UPOS sums, FEATS sums): a few adjacent cache lines.
 */
class FormMemo {
  readonly data: Int32Array;
  readonly stride: number;

  constructor(readonly nUpos: number, nFeats: number) {
    this.stride = SUMS + (1 + NEIGHBOURS) * nUpos + nFeats;
    this.data = new Int32Array(this.stride << MEMO_BITS);
  }

  /** Offset in an entry of the UPOS sums of the word in a neighbour role. */
  role(r: number): number {
    return SUMS + (1 + r) * this.nUpos;
  }

  /** Offset in an entry of the FEATS sums. */
  get feats(): number {
    return SUMS + (1 + NEIGHBOURS) * this.nUpos;
  }

  /**
   * The offset of token i's entry, taken over (with nothing valid) when it held another form. A token of a
   * LexicalMemo (Lexical.e) is found by its form's number and the memo's generation: the ids are a function of
   * the form, so the number stands for them, one comparison instead of thirteen.
   */
  entry(x: Lexical, i: number): number {
    const first = i === 0 ? 1 : 0;
    const f = x.e[i]!;
    if (f < 0) return this.entryByIds(x, i, first);
    const key = (f << 1) | first;
    // Fibonacci hashing spreads consecutive numbers evenly: the forms (numbered as they come) rarely collide.
    // Sentence-initial tokens go elsewhere, by a scrambled number.
    const h = first ? Math.imul(f, 0x85ebca6b) ^ 0x5bd1e995 : f;
    const o = (Math.imul(h, 0x9e3779b1) >>> (32 - MEMO_BITS)) * this.stride;
    const d = this.data;
    if (d[o + FORM] !== key || d[o + GEN] !== x.gen) {
      this.fill(x, i, first, o);
      d[o + FORM] = key;
      d[o + GEN] = x.gen;
    }
    return o;
  }

  /** entry() for a token of lexical(): by all the ids. */
  private entryByIds(x: Lexical, i: number, first: number): number {
    const n = x.n;
    const { w, suf, pre, shape, cl, hd } = x;
    const e = Math.imul(w[i]! ^ Math.imul(shape[i]!, 0x9e3779b1) ^ Math.imul(hd[i]! + first, 0x85ebca6b), 0x27d4eb2d) >>> (32 - MEMO_BITS);
    const d = this.data;
    const o = e * this.stride;
    let same = d[o] === w[i] && d[o + 9] === shape[i] && d[o + 10] === cl[i] && d[o + 11] === hd[i] && d[o + 12] === first;
    for (let a = 0; a < 5 && same; a++) same = d[o + 1 + a] === suf[a * n + i];
    for (let a = 0; a < 3 && same; a++) same = d[o + 6 + a] === pre[a * n + i];
    if (!same) this.fill(x, i, first, o);
    return o;
  }

  /** Takes over the entry at o for token i, with nothing valid (and no form number). */
  private fill(x: Lexical, i: number, first: number, o: number): void {
    const n = x.n;
    const d = this.data;
    d[o] = x.w[i]!;
    for (let a = 0; a < 5; a++) d[o + 1 + a] = x.suf[a * n + i]!;
    for (let a = 0; a < 3; a++) d[o + 6 + a] = x.pre[a * n + i]!;
    d[o + 9] = x.shape[i]!;
    d[o + 10] = x.cl[i]!;
    d[o + 11] = x.hd[i]!;
    d[o + 12] = first;
    d[o + HAVE] = 0;
    d[o + FORM] = -1;
  }
}

export interface TaggerData {
  /** Word clusters used as features (may be empty). */
  clusters: Clusters;
  /** Lowercase-form hash -> UPOS id of frequent words that (nearly) always have that tag. */
  tagDict: Map<number, number>;
  /**
   * Known words (lowercase-form hash) -> most frequent UPOS id (| HEAD_CLASS for compound heads, lexical.ts); may be
   * empty. When not empty, a word not in it never gets a closed-class tag.
   */
  heads: HeadTags;
  /** Word classes from a lexicon of the language (features of the word and its neighbours); may be empty. */
  lexicon: WordClasses;
  uposNames: string[];
  upos: FrozenWeights;
  /** Optional second pass that also sees the first pass's tags to the right. */
  upos2: FrozenWeights | null;
  /** Per UPOS index: the FEATS strings seen with it, and a model when there is more than one. */
  feats: { names: string[]; weights: FrozenWeights | null }[];
}

export class Tagger {
  private readonly upos: LinearModel;
  private readonly upos2: LinearModel | null;
  private readonly feats: { names: string[]; model: LinearModel | null }[];
  private readonly keys = new Int32Array(MAX_KEYS);
  private readonly scores: Float32Array;
  /** Closed-class UPOS ids, masked for unknown words when the model has its vocabulary (data.heads). */
  private readonly closed: number[];
  private readonly acc: Int32Array;
  private readonly memo: FormMemo;
  /** UPOS sums of the neighbour roles at the sentence edges (no word there), C per role. */
  private readonly edges: Int32Array;
  /** Per token of the sentence being tagged: the UPOS sums of the features that do not depend on the tags. */
  private base = new Int32Array(1024);

  constructor(readonly data: TaggerData) {
    this.closed = data.heads.size ? data.uposNames.flatMap((u, i) => (CLOSED.has(u) ? [i] : [])) : [];
    this.upos = new LinearModel(data.upos);
    this.upos2 = data.upos2 ? new LinearModel(data.upos2) : null;
    this.feats = data.feats.map((f) => ({ names: f.names, model: f.weights ? new LinearModel(f.weights) : null }));
    let max = data.uposNames.length;
    for (const f of data.feats) max = Math.max(max, f.names.length);
    this.scores = new Float32Array(max);
    this.acc = new Int32Array(max);
    const C = data.uposNames.length;
    this.edges = new Int32Array(NEIGHBOURS * C);
    for (let r = 0; r < NEIGHBOURS; r++) this.upos.addSums(this.keys, neighbourKeys(lexical([]), -1, r, this.keys, 0), this.edges, r * C);
    this.memo = new FormMemo(data.uposNames.length, Math.max(1, ...data.feats.map((f) => f.names.length)));
  }

  get uposNames(): string[] {
    return this.data.uposNames;
  }

  /** Tags a sentence: UPOS ids (into uposNames) and FEATS strings. */
  tag(x: Lexical): { tags: Int32Array; feats: string[] } {
    const n = x.n;
    const dict = this.data.tagDict;
    const tags = new Int32Array(n);
    const C = this.data.uposNames.length;
    const memo = this.memo;
    const acc = this.acc;
    const md = memo.data;
    // First the sums of what does not depend on the tags: per token its own form's features (base[i]), and
    // per form in the token's neighbour roles, added to the base of the token next to it.
    if (this.base.length < n * C) this.base = new Int32Array(n * C * 2);
    const base = this.base;
    for (let i = 0; i < n; i++) {
      const o = memo.entry(x, i);
      if (!(md[o + HAVE]! & HAVE_LEX)) {
        md[o + LEX] = (dict.get(x.w[i]!) ?? -1) + 1 + (this.data.heads.has(x.w[i]!) ? 256 : 0);
        md[o + HAVE]! |= HAVE_LEX;
      }
      const lex = md[o + LEX]!;
      tags[i] = (lex & 255) - 1;
      if (tags[i]! >= 0) continue;
      const at = o + SUMS;
      if (!(md[o + HAVE]! & HAVE_UPOS)) {
        md.fill(0, at, at + C);
        this.upos.addSums(this.keys, formKeys(x, i, this.keys, 0), md, at);
        md[o + HAVE]! |= HAVE_UPOS;
      }
      for (let j = 0; j < C; j++) base[i * C + j] = md[at + j]!;
      // Closed classes masked for unknown words: a flag beside the tag.
      if (!(lex & 256)) tags[i] = -2;
    }
    for (let j = -2; j < n + 2; j++) {
      // The entry again: another word of the sentence may have taken it over since.
      const o = j >= 0 && j < n ? memo.entry(x, j) : -1;
      for (let r = 0; r < NEIGHBOURS; r++) {
        const i = j - OFFSET[r]!;
        if (i < 0 || i >= n || tags[i]! >= 0) continue;
        let at = r * C;
        let from = this.edges;
        if (o >= 0) {
          at = o + memo.role(r);
          from = md;
          if (!(md[o + HAVE]! & (HAVE_ROLE << r))) {
            md.fill(0, at, at + C);
            this.upos.addSums(this.keys, neighbourKeys(x, j, r, this.keys, 0), md, at);
            md[o + HAVE]! |= HAVE_ROLE << r;
          }
        }
        for (let c = 0; c < C; c++) base[i * C + c]! += from[at + c]!;
      }
    }
    let t1 = 0;
    let t2 = 0;
    for (let i = 0; i < n; i++) {
      let t = tags[i]!;
      if (t < 0) {
        const unknown = t === -2;
        for (let j = 0; j < C; j++) acc[j] = base[i * C + j]!;
        this.upos.addSums(this.keys, contextKeys(x, i, t1, t2, this.keys, 0), acc);
        this.upos.scoreSums(acc, 0, this.scores);
        if (this.closed.length && unknown) for (const c of this.closed) this.scores[c] = -Infinity;
        t = argmax(this.scores, C);
      }
      tags[i] = t;
      t2 = t1;
      t1 = t + 1;
    }
    if (this.upos2) {
      const first = tags.slice();
      t1 = 0;
      t2 = 0;
      for (let i = 0; i < n; i++) {
        let t = dict.get(x.w[i]!) ?? -1;
        if (t < 0) {
          const k = rightKeys(first, x.w, i, t1, this.keys, tagKeys(x, i, t1, t2, this.keys));
          this.upos2.score(this.keys, k, this.scores);
          t = argmax(this.scores, C);
        }
        tags[i] = t;
        t2 = t1;
        t1 = t + 1;
      }
    }
    const feats = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const fm = this.feats[tags[i]!];
      if (!fm || fm.names.length === 0) {
        feats[i] = '_';
      } else if (!fm.model) {
        feats[i] = fm.names[0]!;
      } else {
        // The entry again: another word of the sentence may have taken it over since.
        const F = fm.names.length;
        const o = memo.entry(x, i);
        const at = o + memo.feats;
        if (!(md[o + HAVE]! & HAVE_FEATS) || md[o + FEATS_TAG] !== tags[i]) {
          md.fill(0, at, at + F);
          fm.model.addSums(this.keys, featFormKeys(x, i, this.keys, 0), md, at);
          md[o + FEATS_TAG] = tags[i]!;
          md[o + HAVE]! |= HAVE_FEATS;
        }
        for (let j = 0; j < F; j++) acc[j] = md[at + j]!;
        fm.model.addSums(this.keys, featContextKeys(x, tags, i, this.keys, 0), acc);
        fm.model.scoreSums(acc, 0, this.scores);
        feats[i] = fm.names[argmax(this.scores, F)]!;
      }
    }
    return { tags, feats };
  }
}

export interface TaggerExample {
  forms: string[];
  upos: string[];
  feats: string[];
  /** Annotation domain for domain adaptation: 0 = the target conventions, 1 = other. */
  domain?: number;
}

// Compound splitting: the known words; heads are words of the open classes a compound can end in, seen this often.
const HEAD_MIN_COUNT = 2;
const headTags = new Set(['NOUN', 'VERB', 'ADJ']);

/** Trains both models; deterministic for a given seed. */
export function trainTagger(
  data: TaggerExample[],
  clusters: Clusters,
  epochs: number,
  seed: number,
  log: (s: string) => void = () => {},
  /** UPOS of each sentence from a first-pass tagger that did not see it (jackknifed): trains a second pass. */
  firstPass: string[][] | null = null,
  /** Pruning of the UPOS weights at freezing (PerceptronTrainer.freeze); 4000 keeps nearly all. */
  uposPrune = 4000,
  /**
   * The known words kept in the model: 'none'; 'known' (unknown words get no closed-class tag); 'compounds' (also
   * learn from the tag of the known word a word ends in, for languages that write compounds as one word).
   */
  words: 'none' | 'known' | 'compounds' = 'none',
  /** Word classes from a lexicon of the language (src/nlp/en/lexicon.ts); empty: none. */
  lexicon: WordClasses = new Map(),
): TaggerData {
  const domains = data.some((s) => s.domain) ? 2 : 0;
  const uposNames = [...new Set(data.flatMap((s) => s.upos))].sort();
  const uposId = new Map(uposNames.map((u, i) => [u, i]));
  const featNames: string[][] = uposNames.map(() => []);
  const featSeen = uposNames.map(() => new Map<string, number>());
  for (const s of data) {
    for (let i = 0; i < s.forms.length; i++) {
      const u = uposId.get(s.upos[i]!)!;
      const m = featSeen[u]!;
      if (!m.has(s.feats[i]!)) {
        m.set(s.feats[i]!, featNames[u]!.length);
        featNames[u]!.push(s.feats[i]!);
      }
    }
  }
  // Tag dictionary (Honnibal's perceptron tagger): frequent words with one tag skip the model.
  const tagCounts = new Map<number, Int32Array>();
  for (const s of data) {
    const x = lexical(s.forms);
    for (let i = 0; i < x.n; i++) {
      let c = tagCounts.get(x.w[i]!);
      if (!c) tagCounts.set(x.w[i]!, (c = new Int32Array(uposNames.length)));
      c[uposId.get(s.upos[i]!)!]!++;
    }
  }
  const tagDict = new Map<number, number>();
  const heads: HeadTags = new Map();
  for (const [w, c] of tagCounts) {
    const total = c.reduce((a, b) => a + b, 0);
    const top = c.indexOf(Math.max(...c));
    if (total >= 20 && c[top]! >= 0.995 * total) tagDict.set(w, top);
    const head = words === 'compounds' && total >= HEAD_MIN_COUNT && headTags.has(uposNames[top]!);
    if (words !== 'none') heads.set(w, top | (head ? HEAD_CLASS : 0));
  }
  const prepared = data.map((s) => ({
    x: lexical(s.forms, clusters, heads, lexicon),
    gold: Int32Array.from(s.upos.map((u) => uposId.get(u)!)),
    feats: s.feats.map((f, i) => featSeen[uposId.get(s.upos[i]!)!]!.get(f)!),
    domain: domains ? (s.domain ?? 0) : -1,
  }));
  const upos = new PerceptronTrainer(uposNames.length, domains);
  const upos2 = firstPass ? new PerceptronTrainer(uposNames.length, domains) : null;
  const firstIds = firstPass?.map((tags) => Int32Array.from(tags, (t) => uposId.get(t) ?? -1));
  const featModels = featNames.map((names) => (names.length > 1 ? new PerceptronTrainer(names.length, domains) : null));
  const keys = new Int32Array(MAX_KEYS);
  const scores = new Float32Array(Math.max(uposNames.length, ...featNames.map((f) => f.length)));
  const rand = rng(seed);
  const order = prepared.map((_, i) => i);
  for (let ep = 0; ep < epochs; ep++) {
    shuffle(order, rand);
    let right = 0;
    let total = 0;
    for (const idx of order) {
      const { x, gold, feats, domain } = prepared[idx]!;
      let t1 = 0;
      let t2 = 0;
      for (let i = 0; i < x.n; i++) {
        let guess = tagDict.get(x.w[i]!) ?? -1;
        if (guess < 0) {
          const k = tagKeys(x, i, t1, t2, keys);
          upos.score(keys, k, scores, domain);
          guess = argmax(scores, uposNames.length);
          upos.update(keys, k, gold[i]!, guess, domain);
          upos.tick();
        }
        if (guess === gold[i]) right++;
        total++;
        t2 = t1;
        t1 = guess + 1;
      }
      if (upos2 && firstIds) {
        const first = firstIds[idx]!;
        t1 = 0;
        t2 = 0;
        for (let i = 0; i < x.n; i++) {
          let guess = tagDict.get(x.w[i]!) ?? -1;
          if (guess < 0) {
            const k = rightKeys(first, x.w, i, t1, keys, tagKeys(x, i, t1, t2, keys));
            upos2.score(keys, k, scores, domain);
            guess = argmax(scores, uposNames.length);
            upos2.update(keys, k, gold[i]!, guess, domain);
            upos2.tick();
          }
          t2 = t1;
          t1 = guess + 1;
        }
      }
      for (let i = 0; i < x.n; i++) {
        const fm = featModels[gold[i]!];
        if (!fm) continue;
        const k = featKeys(x, gold, i, keys);
        fm.score(keys, k, scores, domain);
        const guess = argmax(scores, fm.nClasses);
        fm.update(keys, k, feats[i]!, guess, domain);
        fm.tick();
      }
    }
    log(`tagger epoch ${ep + 1}: train UPOS ${((100 * right) / total).toFixed(2)}%, ${upos.size} features`);
  }
  return {
    clusters,
    tagDict,
    heads,
    lexicon,
    uposNames,
    upos: upos.freeze(uposPrune),
    upos2: upos2 ? upos2.freeze() : null,
    feats: featNames.map((names, u) => ({ names, weights: featModels[u] ? featModels[u]!.freeze() : null })),
  };
}
