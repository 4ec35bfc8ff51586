// Feature extraction for the sequence labeller. Language-independent: what differs per language
// (gazetteer, word clusters) arrives as `Lexicons` data loaded from the language's model folder.
import { hashString, mix, mixBits, SEQ_SEED } from './hash.js';

/** Label bits used by gazetteers and document memory. */
export const TYPE_BITS: Record<string, number> = { PER: 1, ORG: 2, LOC: 4, MISC: 8 };
export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

export interface Lexicons {
  /** hashSeq of lowercased token hashes -> bitmask of TYPE_BITS. */
  gazetteer: Map<number, number>;
  gazMaxLen: number;
  /** hashSeq of every proper prefix of a gazetteer name: the longest-match search stops at a sequence not in it. Absent: search to gazMaxLen. */
  gazPrefixes?: Set<number>;
  /** hash of the lowercased word -> cluster path packed as (bits << 5) | length. */
  clusters: Map<number, number>;
  /** Lowercase hashes of given names (first words of multi-word person names); empty: no such features. */
  firstNames: Set<number>;
  /** Words of multi-word gazetteer names: lowercase hash -> type bits as first word (low nibble) and as a later word (next nibble). */
  gazWords?: Map<number, number>;
  /** Training-label lexicon: lowercase hash -> packed code (trainLexCode) of how the word was labelled in the training data. */
  trainLex?: Map<number, number>;
}

/** Counts per word in the training data: index 0 outside names, 1-4 inside a PER, ORG, LOC, MISC name. */
export function trainLexCode(c: readonly number[]): number {
  const n = c.reduce((a, b) => a + b, 0);
  let dom = 0;
  for (let k = 1; k < 5; k++) if (c[k]! > c[dom]!) dom = k;
  const share = c[dom]! / n;
  const ratio = share >= 0.95 ? 3 : share >= 0.75 ? 2 : share >= 0.5 ? 1 : 0;
  const freq = n >= 10 ? 3 : n >= 4 ? 2 : n >= 2 ? 1 : 0;
  let mask = 0;
  for (let k = 0; k < 5; k++) if (c[k]! / n >= 0.1) mask |= 1 << k;
  return (dom << 9) | (ratio << 7) | (freq << 5) | mask;
}

export const EMPTY_LEXICONS: Lexicons = { gazetteer: new Map(), gazMaxLen: 0, clusters: new Map(), firstNames: new Set() };

/** What the rest of the document says about a word (CoNLL documents, or one analysed article). */
export interface DocContext {
  /**
   * Lowercase hashes of words seen capitalised away from the sentence start. The hashes of capMid, lowerSeen and
   * neighbours are kept as signed int32 (hash | 0): small integers to V8, where hashes above 2^31 would each be a
   * heap number in the set.
   */
  capMid: Set<number>;
  /** Lowercase hashes of words seen entirely in lower case. */
  lowerSeen: Set<number>;
  /** Capitalised words: lowercase hash -> hashes of the words before (side 1) and after (side 2) its mentions in the document. */
  neighbours?: Map<number, number[]>;
  /** Stage-2 memory: lowercase hash -> bitmask of entity types predicted for that word in the document. */
  labels?: Map<number, number>;
  /** Stage-2 memory also for the neighbouring words (models trained with `memContext`). */
  memContext?: boolean;
}

const enum Cap {
  Lower = 0,
  Init = 1,
  All = 2,
  Other = 3,
}

function capType(w: string): Cap {
  const c = w.charCodeAt(0);
  // ASCII fast path; the same answers as the general case below
  if (c < 128) {
    if (c >= 97 && c <= 122) return Cap.Lower;
    if (c < 65 || c > 90) return Cap.Other;
    return w.length > 1 && isAllCaps(w) ? Cap.All : Cap.Init;
  }
  const first = w[0]!;
  const isUp = first !== first.toLowerCase();
  if (!isUp) return first !== first.toUpperCase() ? Cap.Lower : Cap.Other;
  if (w.length > 1 && isAllCaps(w)) return Cap.All;
  return Cap.Init;
}

function isAllCaps(w: string): boolean {
  return w === w.toUpperCase() && w !== w.toLowerCase();
}

/** Short word shape hash: X for upper, x for lower, d for digit, other characters as is; runs collapsed. */
function shapeHash(w: string): number {
  let h = 0x811c9dc5;
  let prev = -1;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    let k: number;
    if (c >= 48 && c <= 57) k = 100;
    else if (c >= 65 && c <= 90) k = 88;
    else if (c >= 97 && c <= 122) k = 120;
    else if (c < 128) k = c;
    else {
      const ch = w[i]!;
      k = ch !== ch.toLowerCase() ? 88 : ch !== ch.toUpperCase() ? 120 : c;
    }
    if (k === prev) continue;
    prev = k;
    h = Math.imul(h ^ k, 0x01000193);
  }
  return (h ^ Math.min(w.length, 12)) >>> 0;
}

/** Build the document memory from all sentences of one document. */
export function docContext(sentences: readonly (readonly string[])[], neighbours: NeighbourMode = 0): DocContext {
  const capMid = new Set<number>();
  const lowerSeen = new Set<number>();
  const nb = neighbours ? new Map<number, number[]>() : undefined;
  const wide = neighbours === 2;
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const w = s[i]!;
      const ct = capType(w);
      if (ct === Cap.Lower) lowerSeen.add(hashString(w) | 0);
      else if ((ct === Cap.Init || ct === Cap.All) && i > 0 && !isOpener(s[i - 1]!)) capMid.add(hashString(w.toLowerCase()) | 0);
      if (nb && (ct === Cap.Init || ct === Cap.All)) {
        // the words around each capitalised mention: "minister X" here, "X zei" there
        const key = hashString(w.toLowerCase()) | 0;
        const list = nb.get(key) ?? nb.set(key, []).get(key)!;
        if (list.length >= (wide ? 24 : 12)) continue;
        const ctxKey = (k: number, side: number) => {
          if (k < 0 || k >= s.length) return mixBits(side, PAD_BEFORE);
          const c = capType(s[k]!);
          return mixBits(side, c === Cap.Init || c === Cap.All ? CAPPED : hashString(s[k]!.toLowerCase()));
        };
        const keys = [ctxKey(i - 1, 1), ctxKey(i + 1, 2)];
        if (wide) {
          // two words away, and the capitalised neighbours themselves ("Velmora" next to "Logistiek")
          keys.push(ctxKey(i - 2, 3), ctxKey(i + 2, 4));
          for (const [k, side] of [[i - 1, 5], [i + 1, 6]] as const) {
            const c = k >= 0 && k < s.length ? capType(s[k]!) : Cap.Other;
            if (c === Cap.Init || c === Cap.All) keys.push(mixBits(side, hashString(s[k]!.toLowerCase())));
          }
        }
        for (const h of keys) if (!list.includes(h)) list.push(h);
      }
    }
  }
  return nb ? { capMid, lowerSeen, neighbours: nb } : { capMid, lowerSeen };
}

/** Document neighbour lists: 0 none, 1 (or true) the words right before and after, 2 also two words away and the capitalised neighbours themselves. */
export type NeighbourMode = 0 | 1 | 2 | boolean;

/** docContext from the sentences as WordTable ids: the same sets and lists, from the cached hashes. */
export function docContextIds(table: WordTable, sentences: readonly Int32Array[], neighbours: NeighbourMode = 0): DocContext {
  const capMid = new Set<number>();
  const lowerSeen = new Set<number>();
  const nb = neighbours ? new Map<number, number[]>() : undefined;
  const wide = neighbours === 2;
  const h = table.hashes, m = table.meta, lw = table.lw;
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const id = s[i]!;
      const ct = m[id * M]!;
      if (ct === Cap.Lower) { lowerSeen.add(h[id * 4]! | 0); continue; }
      if (ct !== Cap.Init && ct !== Cap.All) continue;
      const key = h[id * 4 + 1]! | 0;
      if (i > 0 && !isOpener(lw[s[i - 1]!]!)) capMid.add(key);
      if (!nb) continue;
      const list = nb.get(key) ?? nb.set(key, []).get(key)!;
      if (list.length >= (wide ? 24 : 12)) continue;
      // same keys in the same order as docContext
      const last = wide ? 4 : 2;
      for (let side = 1; side <= last; side++) {
        const k = side === 1 ? i - 1 : side === 2 ? i + 1 : side === 3 ? i - 2 : i + 2;
        let v: number;
        if (k < 0 || k >= s.length) v = mixBits(side, PAD_BEFORE);
        else {
          const c = m[s[k]! * M]!;
          v = mixBits(side, c === Cap.Init || c === Cap.All ? CAPPED : h[s[k]! * 4 + 1]!);
        }
        if (!list.includes(v)) list.push(v);
      }
      if (wide) {
        for (let side = 5; side <= 6; side++) {
          const k = side === 5 ? i - 1 : i + 1;
          if (k < 0 || k >= s.length) continue;
          const c = m[s[k]! * M]!;
          if (c !== Cap.Init && c !== Cap.All) continue;
          const v = mixBits(side, h[s[k]! * 4 + 1]!);
          if (!list.includes(v)) list.push(v);
        }
      }
    }
  }
  return nb ? { capMid, lowerSeen, neighbours: nb } : { capMid, lowerSeen };
}

/** Tokens after which capitalisation says nothing (sentence-like starts). */
function isOpener(w: string): boolean {
  return w === '"' || w === "'" || w === ':' || w === '(' || w === '-' || w === '“' || w === '‘' || w === '„';
}

/** Feature hashes per token: feats[offs[i] .. offs[i+1]) belong to token i. */
export interface FeatureList {
  n: number;
  feats: Uint32Array;
  offs: Uint32Array;
}

/** Features of one sentence, with what stage 2 needs to add its document-memory features. */
export interface SentenceFeatures extends FeatureList {
  /** Lowercase hash per token. */
  lower: Uint32Array;
  /** Per token: bit 0 capitalised, bit 1 at a sentence start. */
  flags: Uint8Array;
}

// Template ids (stable: changing them invalidates the model).
const T = {
  bias: 1, word: 2, lower: 3, shape: 4, pre: 10, suf: 20,
  lowM1: 30, lowP1: 31, lowM2: 32, lowP2: 33,
  shM1: 34, shP1: 35, shM1sh: 36, shshP1: 37, shM1shshP1: 38,
  lowM1low: 39, lowlowP1: 40, lowM1sh: 41, shlowP1: 42, initShape: 43, sufM1: 44, sufP1: 45,
  docCapMid: 50, docLower: 51, docInitUnknown: 52,
  gaz: 60, gazM1: 61, gazP1: 62, gazShape: 63,
  cl: 70, clM1: 74, clP1: 76,
  mem: 80, memShape: 81, capRun: 82, wordLen: 83,
  first: 94, firstM1: 95, firstP1: 96, memCtx: 97,
  tlex: 100, tlexMask: 101, tlexCap: 102, gazWord: 103, capSuf: 104, docNb: 105,
  wordM1: 84, wordP1: 85, lowM2lowM1: 86, lowP1lowP2: 87, runFirst: 88, runLast: 89,
} as const;

const PAD_BEFORE = 0x5bd1e995;
const PAD_AFTER = 0x1b873593;
const CAPPED = 0x2f6b3c1d;
const CLUSTER_PREFIXES = [4, 8, 12, 16];
const PREFIX_MAX = 5;
const SUFFIX_MAX = 6;

/** A sentence's tokens as ids into a WordTable. */
export interface WordIds {
  table: WordTable;
  ids: Int32Array;
}

/** Per-token precomputed hashes, reused by all templates. */
interface TokenInfo {
  word: Uint32Array;
  lower: Uint32Array;
  shape: Uint32Array;
  suf3: Uint32Array;
  cap: Uint8Array;
  gaz: Uint32Array; // packed gazetteer evidence per token: bits per type for B (low nibble) and I (next nibble)
  cluster: Int32Array; // -1 when unknown
}

/**
 * What depends on the word form alone: its hashes and its word-intrinsic features (bias, word, lower,
 * shape, prefixes, suffixes, clusters). Cached per form by the recognizer, so a repeated word is
 * hashed once and its intrinsic weights summed once.
 */
export interface WordEntry {
  lw: string;
  word: number;
  lower: number;
  shape: number;
  suf3: number;
  cap: number;
  cluster: number;
  /** Lexicons.gazWords bits (0 none). */
  gazWord: number;
  /** Lexicons.trainLex code, -1 when the word is not in it. */
  trainLex: number;
}

export function wordEntry(w: string, lex: Lexicons): WordEntry {
  const lw = w.toLowerCase();
  const lower = hashString(lw);
  const cl = lex.clusters.get(lower);
  return {
    lw, word: hashString(w), lower, shape: shapeHash(w), suf3: hashString(lw, Math.max(0, lw.length - 3)),
    cap: capType(w), cluster: cl === undefined ? -1 : cl,
    gazWord: lex.gazWords?.get(lower) ?? 0, trainLex: lex.trainLex?.get(lower) ?? -1,
  };
}

/** Int32 slots per word in WordTable.meta. */
const M = 4;

/**
 * Word forms seen so far, each with an id and its hashes in flat arrays (one cache line or two per
 * word, no objects to chase): the recognizer maps tokens to ids once and keeps per-id data beside.
 */
export class WordTable {
  readonly ids = new Map<string, number>();
  lw: string[] = [];
  /** word, lower, shape, suf3 hashes: hashes[id * 4 + k]. */
  hashes = new Uint32Array(4 * 4096);
  /** cap type, cluster (-1 unknown), gazetteer word bits, training lexicon code: meta[id * M + k]. */
  meta = new Int32Array(M * 4096);
  size = 0;

  constructor(readonly lex: Lexicons) {}

  id(w: string): number {
    const known = this.ids.get(w);
    if (known !== undefined) return known;
    const e = wordEntry(w, this.lex);
    const id = this.size++;
    if (id * 4 >= this.hashes.length) {
      const h = new Uint32Array(this.hashes.length * 2); h.set(this.hashes); this.hashes = h;
      const m = new Int32Array(this.meta.length * 2); m.set(this.meta); this.meta = m;
    }
    this.hashes[id * 4] = e.word; this.hashes[id * 4 + 1] = e.lower; this.hashes[id * 4 + 2] = e.shape; this.hashes[id * 4 + 3] = e.suf3;
    const mb = id * M;
    this.meta[mb] = e.cap; this.meta[mb + 1] = e.cluster; this.meta[mb + 2] = e.gazWord; this.meta[mb + 3] = e.trainLex;
    this.lw.push(e.lw);
    this.ids.set(w, id);
    return id;
  }

  clear(): void {
    this.ids.clear();
    this.lw = [];
    this.size = 0;
  }

  entry(id: number): WordEntry {
    const h = this.hashes, m = this.meta;
    return {
      lw: this.lw[id]!, word: h[id * 4]!, lower: h[id * 4 + 1]!, shape: h[id * 4 + 2]!, suf3: h[id * 4 + 3]!,
      cap: m[id * M]!, cluster: m[id * M + 1]!, gazWord: m[id * M + 2]!, trainLex: m[id * M + 3]!,
    };
  }
}

/** Appends the word-intrinsic features of one token (those sentenceFeatures skips with `intrinsic: false`). */
export function intrinsicFeatures(e: WordEntry, out: number[]): void {
  const lw = e.lw;
  out.push(T.bias, mix(T.word, e.word), mix(T.lower, e.lower), mix(T.shape, e.shape));
  // prefixes and suffixes of the lowercased word, hashed incrementally
  let hp = 0x811c9dc5;
  for (let k = 0; k < PREFIX_MAX && k < lw.length; k++) {
    hp = Math.imul(hp ^ lw.charCodeAt(k), 0x01000193);
    out.push(mix(T.pre + k, hp >>> 0));
  }
  let hs = 0x811c9dc5;
  for (let k = 0; k < SUFFIX_MAX && k < lw.length; k++) {
    hs = Math.imul(hs ^ lw.charCodeAt(lw.length - 1 - k), 0x01000193);
    out.push(mix(T.suf + k, hs >>> 0));
  }
  const c = e.cluster;
  if (c >= 0) {
    const len = c & 31, bits = c >>> 5;
    for (const p of CLUSTER_PREFIXES) {
      if (p > len) break;
      out.push(mix(T.cl, (bits >>> (len - p)) | (p << 24)));
    }
    out.push(mix(T.cl + 3, c));
  }
  const capd = e.cap === Cap.Init || e.cap === Cap.All;
  // suffixes of capitalised words apart: "-stad", "-berg" in names, "-se" in adjectives of names
  if (capd) {
    let h = 0x811c9dc5;
    for (let k = 0; k < 4 && k < lw.length; k++) {
      h = Math.imul(h ^ lw.charCodeAt(lw.length - 1 - k), 0x01000193);
      if (k >= 1) out.push(mix(mix(T.capSuf + k, h >>> 0), e.cap));
    }
    if (e.gazWord) out.push(mix(T.gazWord, e.gazWord));
  }
  // how the word was labelled in the training data (out of fold while training)
  const t = e.trainLex;
  if (t >= 0) {
    out.push(mix(T.tlex, t >>> 5), mix(T.tlexMask, (t & 31) | (e.cap << 5)), mix(mix(T.tlexCap, t >>> 7), e.cap));
  }
}

/** Neighbour roles of neighbourFeatures: the word before the token, after it, two before, two after. */
export const NEIGHBOURS = 4;

/**
 * Appends the features of a token that depend only on the word in one neighbour role (0: i - 1, 1: i + 1,
 * 2: i - 2, 3: i + 2), the same hashes as sentenceFeatures; e null for no word there (the sentence edge).
 */
export function neighbourFeatures(role: number, e: WordEntry | null, out: number[]): void {
  const pad = role === 0 || role === 2 ? PAD_BEFORE : PAD_AFTER;
  const lower = e ? e.lower : pad;
  if (role >= 2) {
    out.push(mix(role === 2 ? T.lowM2 : T.lowP2, lower));
    return;
  }
  const before = role === 0;
  out.push(mix(before ? T.lowM1 : T.lowP1, lower), mix(before ? T.shM1 : T.shP1, e ? e.shape : pad));
  out.push(mix(before ? T.sufM1 : T.sufP1, e ? e.suf3 : pad), mix(before ? T.wordM1 : T.wordP1, e ? e.word : pad));
  const c = e ? e.cluster : -2;
  if (c !== -1) out.push(mix(before ? T.clM1 : T.clP1, c === -2 ? pad : clusterPrefix(c, 8)));
}

function tokenInfo(tokens: readonly string[], lex: Lexicons, lowers: string[], words?: WordIds): TokenInfo {
  const n = tokens.length;
  // views of one buffer: a typed array of more than 64 bytes is an off-heap allocation of its own (~300 ns)
  const buf = new ArrayBuffer(25 * n);
  const u32 = (k: number) => new Uint32Array(buf, 4 * k * n, n);
  const info: TokenInfo = {
    word: u32(0), lower: u32(1), shape: u32(2), suf3: u32(3),
    gaz: u32(4), cluster: new Int32Array(buf, 20 * n, n), cap: new Uint8Array(buf, 24 * n, n),
  };
  const prefixes = lex.gazPrefixes;
  if (words) {
    const { table, ids } = words;
    const h = table.hashes, m = table.meta, lw = table.lw;
    for (let i = 0; i < n; i++) {
      const id = ids[i]!;
      lowers.push(lw[id]!);
      info.word[i] = h[id * 4]!;
      info.lower[i] = h[id * 4 + 1]!;
      info.shape[i] = h[id * 4 + 2]!;
      info.suf3[i] = h[id * 4 + 3]!;
      info.cap[i] = m[id * M]!;
      info.cluster[i] = m[id * M + 1]!;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const e = wordEntry(tokens[i]!, lex);
      lowers.push(e.lw);
      info.word[i] = e.word;
      info.lower[i] = e.lower;
      info.shape[i] = e.shape;
      info.suf3[i] = e.suf3;
      info.cap[i] = e.cap;
      info.cluster[i] = e.cluster;
    }
  }
  if (lex.gazMaxLen > 0) {
    for (let i = 0; i < n; i++) {
      const ct = info.cap[i]!;
      if (ct !== Cap.Init && ct !== Cap.All) continue;
      // longest match only; the sequence hash grows one token at a time (same value as hashSeq)
      const maxLen = Math.min(lex.gazMaxLen, n - i);
      let h = SEQ_SEED, bestLen = 0, bestBits = 0;
      for (let len = 1; len <= maxLen; len++) {
        h = mix(h, info.lower[i + len - 1]!);
        const bits = lex.gazetteer.get(h);
        if (bits !== undefined) { bestLen = len; bestBits = bits; }
        if (prefixes && !prefixes.has(h)) break; // no longer name starts with these words
      }
      if (bestLen) {
        info.gaz[i] |= bestBits;
        for (let j = i + 1; j < i + bestLen; j++) info.gaz[j] |= bestBits << 4;
      }
    }
  }
  return info;
}

/**
 * Extract the features of one sentence. Pure: the same tokens and context give the same hashes.
 * `words`: the tokens as ids of a WordTable (else hashed here); `intrinsic: false` leaves out the features
 * that depend on one word only, the token's own (intrinsicFeatures) and those of one neighbour
 * (neighbourFeatures), for a caller that has their weights summed per word already.
 */
export function sentenceFeatures(
  tokens: readonly string[], ctx: DocContext, lex: Lexicons, words?: WordIds, intrinsic = true,
): SentenceFeatures {
  const n = tokens.length;
  const lowers: string[] = [];
  const ti = tokenInfo(tokens, lex, lowers, words);
  FN = 0;
  // views of one buffer, as in tokenInfo
  const buf = new ArrayBuffer(4 * (3 * n + 1) + n);
  const offs = new Uint32Array(buf, 0, n + 1);
  const flags = new Uint8Array(buf, 4 * (3 * n + 1), n);
  const memFlags = ctx.labels ? flagsOf(ti.cap, tokens) : null;
  // bounds of each run of capitalised tokens, in one pass each way (linear in long runs too)
  const runStart = new Uint32Array(buf, 4 * (n + 1), n), runEnd = new Uint32Array(buf, 4 * (2 * n + 1), n);
  const capd = (k: number) => ti.cap[k] === Cap.Init || ti.cap[k] === Cap.All;
  for (let k = 0; k < n; k++) runStart[k] = k > 0 && capd(k) && capd(k - 1) ? runStart[k - 1]! : k;
  for (let k = n - 1; k >= 0; k--) runEnd[k] = k + 1 < n && capd(k) && capd(k + 1) ? runEnd[k + 1]! : k;
  const low = (i: number) => (i < 0 ? PAD_BEFORE : i >= n ? PAD_AFTER : ti.lower[i]!);
  const sh = (i: number) => (i < 0 ? PAD_BEFORE : i >= n ? PAD_AFTER : ti.shape[i]!);
  for (let i = 0; i < n; i++) {
    offs[i] = FN;
    const L = ti.lower[i]!;
    const S = ti.shape[i]!;
    const cap = ti.cap[i]!;
    const atStart = i === 0 || isOpener(tokens[i - 1]!);
    flags[i] = (cap === Cap.Init || cap === Cap.All ? 1 : 0) | (atStart ? 2 : 0);
    if (intrinsic) {
      INTR.length = 0;
      intrinsicFeatures(words ? words.table.entry(words.ids[i]!) : wordEntry(tokens[i]!, lex), INTR);
      for (let k = 0; k < INTR.length; k++) put(INTR[k]!);
    }
    const lm1 = low(i - 1), lp1 = low(i + 1), sm1 = sh(i - 1), sp1 = sh(i + 1);
    // `one`: the features of a single neighbour (neighbourFeatures), left out with the intrinsic ones
    const one = intrinsic;
    if (one) { put(mixBits(T.lowM1, lm1)); put(mixBits(T.lowP1, lp1)); put(mixBits(T.lowM2, low(i - 2))); put(mixBits(T.lowP2, low(i + 2))); put(mixBits(T.shM1, sm1)); put(mixBits(T.shP1, sp1)); }
    { put(mixBits(mixBits(T.shM1sh, sm1), S)); put(mixBits(mixBits(T.shshP1, S), sp1)); put(mixBits(mixBits(mixBits(T.shM1shshP1, sm1), S), sp1)); put(mixBits(mixBits(T.lowM1low, lm1), L)); put(mixBits(mixBits(T.lowlowP1, L), lp1)); put(mixBits(mixBits(T.lowM1sh, lm1), S)); put(mixBits(mixBits(T.shlowP1, S), lp1)); put(mixBits(mixBits(T.initShape, atStart ? 1 : 0), S)); }
    if (one) { put(mixBits(T.sufM1, i > 0 ? ti.suf3[i - 1]! : PAD_BEFORE)); put(mixBits(T.sufP1, i + 1 < n ? ti.suf3[i + 1]! : PAD_AFTER)); put(mixBits(T.wordM1, i > 0 ? ti.word[i - 1]! : PAD_BEFORE)); put(mixBits(T.wordP1, i + 1 < n ? ti.word[i + 1]! : PAD_AFTER)); }
    { put(mixBits(mixBits(T.lowM2lowM1, low(i - 2)), lm1)); put(mixBits(mixBits(T.lowP1lowP2, lp1), low(i + 2))); }
    // run of capitalised tokens around this one: names come in runs
    if (cap === Cap.Init || cap === Cap.All) {
      const a = runStart[i]!, b = runEnd[i]!;
      put(mixBits(T.capRun, Math.min(i - a, 3) * 8 + Math.min(b - i, 3) + (atStart ? 64 : 0)));
      if (b > a) { put(mixBits(T.runFirst, ti.lower[a]!)); put(mixBits(T.runLast, ti.lower[b]!)); }
      // document memory: a sentence-initial capital is informative only if the word is capitalised elsewhere
      const Li = L | 0; // as DocContext keeps hashes
      if (atStart) {
        const mid = ctx.capMid.has(Li), lowSeen = ctx.lowerSeen.has(Li);
        put(mixBits(T.docInitUnknown, (mid ? 1 : 0) + (lowSeen ? 2 : 0)));
      } else if (ctx.lowerSeen.has(Li)) put(mixBits(T.docLower, 1));
      if (ctx.capMid.has(Li)) put(mixBits(T.docCapMid, atStart ? 1 : 2));
      const nbs = ctx.neighbours?.get(Li);
      if (nbs) for (let k = 0; k < nbs.length; k++) put(mixBits(T.docNb, nbs[k]!));
    }
    // gazetteer evidence for this token and its neighbours
    const g = ti.gaz[i]!;
    if (g) {
      for (let b = 0; b < 8; b++) if (g & (1 << b)) {
        { put(mixBits(T.gaz, b)); put(mixBits(mixBits(T.gazShape, b), S)); }
      }
    }
    if (i > 0 && ti.gaz[i - 1]) put(mixBits(T.gazM1, ti.gaz[i - 1]!));
    if (i + 1 < n && ti.gaz[i + 1]) put(mixBits(T.gazP1, ti.gaz[i + 1]!));
    // given names: "Jan" or a word after "Jan" points to a person, their absence in a lone word less so
    if (lex.firstNames.size && (cap === Cap.Init || cap === Cap.All)) {
      const f = lex.firstNames.has(L) ? 1 : 0, fm = i > 0 && lex.firstNames.has(ti.lower[i - 1]!) ? 1 : 0;
      const fp = i + 1 < n && lex.firstNames.has(ti.lower[i + 1]!) ? 1 : 0;
      put(mixBits(T.first, f * 4 + fm * 2 + fp));
      if (fm) put(mixBits(T.firstM1, S));
      if (f) put(mixBits(T.firstP1, sh(i + 1)));
    }
    // word clusters
    const cm = i > 0 ? ti.cluster[i - 1]! : -2;
    if (one && cm !== -1) put(mixBits(T.clM1, cm === -2 ? PAD_BEFORE : clusterPrefix(cm, 8)));
    const cp = i + 1 < n ? ti.cluster[i + 1]! : -2;
    if (one && cp !== -1) put(mixBits(T.clP1, cp === -2 ? PAD_AFTER : clusterPrefix(cp, 8)));
    if (ctx.labels) memory(ctx.labels, ti.lower, memFlags!, i, ctx.memContext === true);
  }
  offs[n] = FN;
  return { n, feats: FB.slice(0, FN), offs, lower: ti.lower, flags };
}

const INTR: number[] = [];

/** Feature buffer shared by the extractors (single-threaded), copied out per sentence. */
let FB = new Uint32Array(8192);
let FN = 0;

function put(h: number): void {
  if (FN === FB.length) {
    const bigger = new Uint32Array(FB.length * 2);
    bigger.set(FB);
    FB = bigger;
  }
  FB[FN++] = h;
}

/** Per token: bit 0 capitalised, bit 1 at a sentence start. */
function flagsOf(cap: Uint8Array, tokens: readonly string[]): Uint8Array {
  const f = new Uint8Array(cap.length);
  for (let i = 0; i < cap.length; i++) {
    f[i] = (cap[i] === Cap.Init || cap[i] === Cap.All ? 1 : 0) | (i === 0 || isOpener(tokens[i - 1]!) ? 2 : 0);
  }
  return f;
}

/** Stage-2 document memory: what this word (and, with `context`, its neighbours) was labelled elsewhere in the document. */
function memory(labels: Map<number, number>, lower: Uint32Array, flags: Uint8Array, i: number, context: boolean): void {
  if (flags[i]! & 1) {
    const m = labels.get(lower[i]!);
    if (m !== undefined) { put(mixBits(T.mem, m)); put(mixBits(mixBits(T.memShape, m), flags[i]! & 2 ? 1 : 0)); }
  }
  if (context) {
    const mp = i > 0 && flags[i - 1]! & 1 ? labels.get(lower[i - 1]!) : undefined;
    const mn = i + 1 < lower.length && flags[i + 1]! & 1 ? labels.get(lower[i + 1]!) : undefined;
    if (mp !== undefined || mn !== undefined) put(mixBits(T.memCtx, ((mp ?? 0) << 4) | (mn ?? 0) | ((flags[i]! & 1) << 8)));
  }
}

/** Only the memory features of a sentence, to add to its stage-1 features (same hashes as sentenceFeatures). */
export function memoryFeatures(sf: SentenceFeatures, labels: Map<number, number>, context = false): FeatureList {
  FN = 0;
  const offs = new Uint32Array(sf.n + 1);
  for (let i = 0; i < sf.n; i++) {
    offs[i] = FN;
    memory(labels, sf.lower, sf.flags, i, context);
  }
  offs[sf.n] = FN;
  return { n: sf.n, feats: FB.slice(0, FN), offs };
}

function clusterPrefix(c: number, p: number): number {
  const len = c & 31, bits = c >>> 5;
  return p >= len ? c : ((bits >>> (len - p)) << 5) | p;
}
