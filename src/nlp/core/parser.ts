// Transition-based dependency parser: arc-hybrid, greedy, trained with a dynamic oracle
// (Goldberg & Nivre 2013). The transition (shift / left arc / right arc) and the arc label are
// two averaged perceptrons; the label is chosen as soon as an arc is made, so later decisions
// see it. Rich Zhang & Nivre (2011) style features over stack, buffer and attached children.
import { f1, f2, f3, f4, finishKeys, hashStr, imul, M, rng, SEED, shuffle } from './hash.js';
import { argmax, LinearModel, PerceptronTrainer, SmallLinearModel, type FrozenWeights } from './linear.js';

const SHIFT = 0;
const LEFT = 1;
const RIGHT = 2;
const NONE = 0x3c6ef372;
const ROOT_ID = 0x510e527f;
const MAX_KEYS = 112;

/** Token-level inputs of the parser, one entry per word plus the root at index n. */
export interface ParserInput {
  n: number;
  w: Int32Array; // lowercase form hash
  t: Int32Array; // UPOS id
  f: Int32Array; // UPOS + FEATS hash
  c: Int32Array; // word cluster (see lexical.ts), 0 = none
  l: Int32Array; // lemma hash (before particle joining)
  /** Whether token d and the verb at h make a separable verb the language knows (absent: never). */
  joins?: (h: number, d: number) => boolean;
}

export function parserInput(
  w: Int32Array,
  cl: Int32Array,
  upos: string[],
  feats: string[],
  lemmas: string[],
  joins?: (h: number, d: number) => boolean,
): ParserInput {
  const n = upos.length;
  // One buffer (see lexical.ts, empty()).
  const b = new Int32Array(5 * (n + 1));
  const W = b.subarray(0, n + 1);
  const T = b.subarray(n + 1, 2 * (n + 1));
  const F = b.subarray(2 * (n + 1), 3 * (n + 1));
  const C = b.subarray(3 * (n + 1), 4 * (n + 1));
  const Lm = b.subarray(4 * (n + 1));
  C.set(cl.subarray(0, n));
  C[n] = -1;
  for (let i = 0; i < n; i++) {
    W[i] = w[i]!;
    T[i] = hashStr(upos[i]!);
    F[i] = hashStr(feats[i]!) ^ T[i]!;
    Lm[i] = hashStr(lemmas[i]!);
  }
  Lm[n] = ROOT_ID;
  W[n] = ROOT_ID;
  T[n] = ROOT_ID;
  F[n] = ROOT_ID;
  return { n, w: W, t: T, f: F, c: C, l: Lm, joins };
}

class State {
  n = 0;
  readonly stack: Int32Array;
  sp = 0;
  b = 0;
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  readonly lc1: Int32Array;
  readonly lc2: Int32Array;
  readonly rc1: Int32Array;
  readonly rc2: Int32Array;
  readonly nl: Int32Array;
  readonly nr: Int32Array;
  readonly lset: Int32Array;
  readonly rset: Int32Array;

  /** A state for n words; `capacity` (>= n) lets the parser reuse it for shorter sentences. */
  constructor(n: number, capacity = n) {
    const c = capacity + 1;
    this.stack = new Int32Array(c);
    this.heads = new Int32Array(c);
    this.labels = new Int32Array(c);
    this.lc1 = new Int32Array(c);
    this.lc2 = new Int32Array(c);
    this.rc1 = new Int32Array(c);
    this.rc2 = new Int32Array(c);
    this.nl = new Int32Array(c);
    this.nr = new Int32Array(c);
    this.lset = new Int32Array(c);
    this.rset = new Int32Array(c);
    this.reset(n);
  }

  get capacity(): number {
    return this.stack.length - 1;
  }

  /** The initial configuration for a sentence of n words (n <= capacity). */
  reset(n: number): void {
    const c = n + 1;
    this.n = n;
    this.sp = 0;
    this.b = 0;
    this.heads.fill(-1, 0, c);
    this.labels.fill(-1, 0, c);
    this.lc1.fill(-1, 0, c);
    this.lc2.fill(-1, 0, c);
    this.rc1.fill(-1, 0, c);
    this.rc2.fill(-1, 0, c);
    this.nl.fill(0, 0, c);
    this.nr.fill(0, 0, c);
    this.lset.fill(0, 0, c);
    this.rset.fill(0, 0, c);
    this.stack[this.sp++] = n; // the root sits at the bottom of the stack
  }

  get terminal(): boolean {
    return this.b >= this.n && this.sp === 1;
  }

  valid(ok: Uint8Array): void {
    const hasB = this.b < this.n;
    ok[SHIFT] = hasB ? 1 : 0;
    ok[LEFT] = hasB && this.sp >= 2 ? 1 : 0;
    // Only the last word left may attach to the root: exactly one root per sentence.
    ok[RIGHT] = this.sp >= 3 || (this.sp === 2 && !hasB) ? 1 : 0;
  }

  /** Head and dependent of an arc transition. */
  arc(tr: number): [number, number] {
    const d = this.stack[this.sp - 1]!;
    return [tr === LEFT ? this.b : this.stack[this.sp - 2]!, d];
  }

  apply(tr: number, label: number): void {
    if (tr === SHIFT) {
      this.stack[this.sp++] = this.b++;
      return;
    }
    const [h, d] = this.arc(tr);
    this.sp--;
    this.heads[d] = h;
    this.labels[d] = label;
    const bit = 1 << (label & 31);
    if (d < h) {
      this.nl[h]!++;
      this.lset[h]! |= bit;
      const l1 = this.lc1[h]!;
      if (l1 < 0 || d < l1) {
        this.lc2[h] = l1;
        this.lc1[h] = d;
      } else if (this.lc2[h]! < 0 || d < this.lc2[h]!) this.lc2[h] = d;
    } else {
      this.nr[h]!++;
      this.rset[h]! |= bit;
      const r1 = this.rc1[h]!;
      if (r1 < 0 || d > r1) {
        this.rc2[h] = r1;
        this.rc1[h] = d;
      } else if (this.rc2[h]! < 0 || d > this.rc2[h]!) this.rc2[h] = d;
    }
  }
}

/** Value of a per-token array, NONE for a missing position (-1). */
function at(a: Int32Array, i: number): number {
  return i < 0 ? NONE : a[i]!;
}

// Roles of single tokens in a configuration; features of one token in one role are cached at run time.
const S0 = 0;
const S1 = 1;
const S2 = 2;
const B0 = 3;
const B1 = 4;
const B2 = 5;
const ROLES = 6;
// 2^16 entries of 112 bytes (7 MB): fewer words of a stream of news take over each other's entries than at 2^14.
const MEMO_BITS = 16;
// Memo bits (after the ROLES role bits) of the features of a word without children on the stack / in the buffer.
const BARE_S0 = 1 << ROLES;
const BARE_B0 = 1 << (ROLES + 1);
// A memo entry (Parser.memo): 5 ids, the bits, 2 x 2 integer sums, 3 scores per role.
const M_HAVE = 5;
const M_SUMS = 6;
const M_ROLES = 10;
const MEMO_STRIDE = M_ROLES + 3 * ROLES;

/** Features that depend on one token (index i, -1 = none) in one role only; appended at keys[k]. */
function roleKeys(x: ParserInput, role: number, i: number, keys: Int32Array, k: number): number {
  const { w: W, t: T, f: F, c: C } = x;
  const w = at(W, i);
  const t = at(T, i);
  switch (role) {
    case S0:
      keys[k++] = f1(1, w);
      keys[k++] = f1(2, t);
      keys[k++] = f2(3, w, t);
      keys[k++] = f1(4, at(F, i));
      keys[k++] = f1(81, C[i]! >> 4);
      break;
    case S1:
      keys[k++] = f1(5, w);
      keys[k++] = f1(6, t);
      keys[k++] = f2(7, w, t);
      break;
    case S2:
      keys[k++] = f1(16, t);
      break;
    case B0:
      keys[k++] = f1(8, w);
      keys[k++] = f1(9, t);
      keys[k++] = f2(10, w, t);
      keys[k++] = f1(11, at(F, i));
      keys[k++] = f1(82, i >= 0 ? C[i]! >> 4 : -2);
      break;
    case B1:
      keys[k++] = f1(12, w);
      keys[k++] = f1(13, t);
      keys[k++] = f2(14, w, t);
      keys[k++] = f1(86, i >= 0 ? C[i]! >> 4 : -2);
      break;
    case B2:
      keys[k++] = f1(15, t);
      break;
  }
  return k;
}

/**
 * All features of a configuration; without the single-token ones when `unigrams` is false. The order of
 * the keys does not matter: training sums integer weights (exact in any order) and updates each key's
 * own row, and run time sums them as integers.
 */
function transitionKeys(x: ParserInput, s: State, keys: Int32Array, unigrams = true): number {
  let k = 0;
  if (unigrams) {
    const sp = s.sp;
    const n = x.n;
    k = roleKeys(x, S0, s.stack[sp - 1]!, keys, k);
    k = roleKeys(x, S1, sp >= 2 ? s.stack[sp - 2]! : -1, keys, k);
    k = roleKeys(x, S2, sp >= 3 ? s.stack[sp - 3]! : -1, keys, k);
    k = roleKeys(x, B0, s.b < n ? s.b : -1, keys, k);
    k = roleKeys(x, B1, s.b + 1 < n ? s.b + 1 : -1, keys, k);
    k = roleKeys(x, B2, s.b + 2 < n ? s.b + 2 : -1, keys, k);
  }
  k = stackKeys(x, s, keys, k);
  k = bufferKeys(x, s, keys, k);
  return pairKeys(x, s, keys, k);
}

// The key builders below (all but roleKeys, whose scores are memoised) write fN(t, a, b, ...) out in place:
//   hk = imul(SEED ^ t, M); hk = imul((hk << 13 | hk >>> 19) ^ a, M); ...; keys[k++] = imul(... ^ last, M);
// and finishKeys turns these states into fN's keys. Repetitive on purpose: the optimiser inlines only ~900
// bytes of bytecode into one compiled function (about four calls of f1-f4, whose bytecode is ~130-240 bytes),
// so with 11-30 keys a function most fN stayed real calls; written out, nothing is left to inline
// (ab nlp x1.07 against the calls).
/**
 * Features of the stack alone: s0, s1, s2 and their children. The words below s0 and their children
 * cannot change while s0 is on the stack, and s0's children only grow, so these keys are a function of
 * (s0, its number of children): the parser caches their scores on that.
 */
function stackKeys(x: ParserInput, s: State, keys: Int32Array, k: number): number {
  return stackBelowKeys(x, s, keys, stackOwnKeys(x, s, keys, k));
}

/**
 * The stack features of s0 and its children only: for a word without children a function of the word
 * (and whether it is the first), remembered across sentences.
 */
function stackOwnKeys(x: ParserInput, s: State, keys: Int32Array, k: number): number {
  const k0 = k;
  let hk: number;
  const { w: W, t: T, n } = x;
  const s0 = s.stack[s.sp - 1]!;
  const L = s.labels;
  const s0w = at(W, s0), s0t = at(T, s0);
  const s0l = s.lc1[s0]!, s0l2 = s.lc2[s0]!, s0r = s.rc1[s0]!, s0r2 = s.rc2[s0]!;
  // valency
  hk = imul(SEED ^ 47, M); hk = imul((hk << 13 | hk >>> 19) ^ s0w, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ s.nr[s0]!, M);
  hk = imul(SEED ^ 48, M); hk = imul((hk << 13 | hk >>> 19) ^ s0t, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ s.nr[s0]!, M);
  hk = imul(SEED ^ 49, M); hk = imul((hk << 13 | hk >>> 19) ^ s0w, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ s.nl[s0]!, M);
  hk = imul(SEED ^ 50, M); hk = imul((hk << 13 | hk >>> 19) ^ s0t, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ s.nl[s0]!, M);
  // children
  hk = imul(SEED ^ 53, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ at(W, s0l), M);
  hk = imul(SEED ^ 54, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ at(T, s0l), M);
  hk = imul(SEED ^ 55, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ at(L, s0l), M);
  hk = imul(SEED ^ 56, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ at(W, s0r), M);
  hk = imul(SEED ^ 57, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ at(T, s0r), M);
  hk = imul(SEED ^ 58, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ at(L, s0r), M);
  hk = imul(SEED ^ 59, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ at(T, s0l2), M);
  hk = imul(SEED ^ 60, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ at(L, s0l2), M);
  hk = imul(SEED ^ 61, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ at(T, s0r2), M);
  hk = imul(SEED ^ 62, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ at(L, s0r2), M);
  hk = imul(SEED ^ 70, M); hk = imul((hk << 13 | hk >>> 19) ^ s0t, M); hk = imul((hk << 13 | hk >>> 19) ^ at(T, s0l), M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ at(T, s0l2), M);
  hk = imul(SEED ^ 71, M); hk = imul((hk << 13 | hk >>> 19) ^ s0t, M); hk = imul((hk << 13 | hk >>> 19) ^ at(T, s0r), M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ at(T, s0r2), M);
  // label sets
  hk = imul(SEED ^ 73, M); hk = imul((hk << 13 | hk >>> 19) ^ s0t, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ s.lset[s0]!, M);
  hk = imul(SEED ^ 74, M); hk = imul((hk << 13 | hk >>> 19) ^ s0t, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ s.rset[s0]!, M);
  hk = imul(SEED ^ 76, M); hk = imul((hk << 13 | hk >>> 19) ^ s0w, M); hk = imul((hk << 13 | hk >>> 19) ^ s.lset[s0]!, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ s.rset[s0]!, M);
  hk = imul(SEED ^ 78, M); hk = imul((hk << 13 | hk >>> 19) ^ s0t, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ (s0 === n ? 1 : s0 === 0 ? 2 : 0), M);
  hk = imul(SEED ^ 87, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ x.l[s0]!, M);
  finishKeys(keys, k0, k);
  return k;
}

/** The stack features that involve s1 or s2. */
function stackBelowKeys(x: ParserInput, s: State, keys: Int32Array, k: number): number {
  const k0 = k;
  let hk: number;
  const { w: W, t: T, f: F } = x;
  const sp = s.sp;
  const s0 = s.stack[sp - 1]!;
  const s1 = sp >= 2 ? s.stack[sp - 2]! : -1;
  const s2 = sp >= 3 ? s.stack[sp - 3]! : -1;
  const L = s.labels;
  const s0w = at(W, s0), s0t = at(T, s0), s0f = at(F, s0);
  const s1w = at(W, s1), s1t = at(T, s1), s1f = at(F, s1);
  const s2t = at(T, s2);
  const s0l = s.lc1[s0]!, s0r = s.rc1[s0]!;
  const s1l = s1 >= 0 ? s.lc1[s1]! : -1, s1r = s1 >= 0 ? s.rc1[s1]! : -1;
  hk = imul(SEED ^ 25, M); hk = imul((hk << 13 | hk >>> 19) ^ s1w, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ s0w, M);
  hk = imul(SEED ^ 26, M); hk = imul((hk << 13 | hk >>> 19) ^ s1t, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ s0t, M);
  hk = imul(SEED ^ 28, M); hk = imul((hk << 13 | hk >>> 19) ^ s1f, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ s0f, M);
  hk = imul(SEED ^ 36, M); hk = imul((hk << 13 | hk >>> 19) ^ s1t, M); hk = imul((hk << 13 | hk >>> 19) ^ s0t, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ at(T, s0l), M);
  hk = imul(SEED ^ 37, M); hk = imul((hk << 13 | hk >>> 19) ^ s1t, M); hk = imul((hk << 13 | hk >>> 19) ^ s0t, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ at(T, s0r), M);
  hk = imul(SEED ^ 38, M); hk = imul((hk << 13 | hk >>> 19) ^ s1t, M); hk = imul((hk << 13 | hk >>> 19) ^ at(T, s1r), M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ s0t, M);
  hk = imul(SEED ^ 39, M); hk = imul((hk << 13 | hk >>> 19) ^ s2t, M); hk = imul((hk << 13 | hk >>> 19) ^ s1t, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ s0t, M);
  hk = imul(SEED ^ 68, M); hk = imul((hk << 13 | hk >>> 19) ^ at(T, s1l), M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ at(L, s1l), M);
  hk = imul(SEED ^ 69, M); hk = imul((hk << 13 | hk >>> 19) ^ at(T, s1r), M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ at(L, s1r), M);
  hk = imul(SEED ^ 77, M); hk = imul((hk << 13 | hk >>> 19) ^ s1t, M); hk = imul((hk << 13 | hk >>> 19) ^ (s1 >= 0 ? s.rset[s1]! : -1), M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ s0t, M);
  hk = imul(SEED ^ 90, M); hk = imul((hk << 13 | hk >>> 19) ^ at(x.l, s1), M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ x.l[s0]!, M);
  finishKeys(keys, k0, k);
  return k;
}

/** Features of the buffer alone: b0-b2 and b0's left children, a function of (b0, its number of children). */
function bufferKeys(x: ParserInput, s: State, keys: Int32Array, k: number): number {
  return bufferNextKeys(x, s, keys, bufferOwnKeys(x, s, keys, k));
}

/**
 * The buffer features of b0 and its left children only: for a word without children a function of the
 * word (and whether it is the last), remembered across sentences.
 */
function bufferOwnKeys(x: ParserInput, s: State, keys: Int32Array, k: number): number {
  const k0 = k;
  let hk: number;
  const { w: W, t: T, n } = x;
  const b0 = s.b < n ? s.b : -1;
  const L = s.labels;
  const b0w = at(W, b0), b0t = at(T, b0);
  const b0l = b0 >= 0 ? s.lc1[b0]! : -1, b0l2 = b0 >= 0 ? s.lc2[b0]! : -1;
  hk = imul(SEED ^ 51, M); hk = imul((hk << 13 | hk >>> 19) ^ b0w, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ (b0 >= 0 ? s.nl[b0]! : -1), M);
  hk = imul(SEED ^ 52, M); hk = imul((hk << 13 | hk >>> 19) ^ b0t, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ (b0 >= 0 ? s.nl[b0]! : -1), M);
  hk = imul(SEED ^ 63, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ at(W, b0l), M);
  hk = imul(SEED ^ 64, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ at(T, b0l), M);
  hk = imul(SEED ^ 65, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ at(L, b0l), M);
  hk = imul(SEED ^ 66, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ at(T, b0l2), M);
  hk = imul(SEED ^ 67, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ at(L, b0l2), M);
  hk = imul(SEED ^ 72, M); hk = imul((hk << 13 | hk >>> 19) ^ b0t, M); hk = imul((hk << 13 | hk >>> 19) ^ at(T, b0l), M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ at(T, b0l2), M);
  hk = imul(SEED ^ 75, M); hk = imul((hk << 13 | hk >>> 19) ^ b0t, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ (b0 >= 0 ? s.lset[b0]! : -1), M);
  hk = imul(SEED ^ 79, M); hk = imul((hk << 13 | hk >>> 19) ^ b0t, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ (b0 === n - 1 ? 1 : 0), M);
  hk = imul(SEED ^ 88, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ at(x.l, b0), M);
  finishKeys(keys, k0, k);
  return k;
}

/** The buffer features of b0 with b1 and b2. */
function bufferNextKeys(x: ParserInput, s: State, keys: Int32Array, k: number): number {
  const k0 = k;
  let hk: number;
  const { t: T, n } = x;
  const b0t = at(T, s.b < n ? s.b : -1);
  const b1t = at(T, s.b + 1 < n ? s.b + 1 : -1);
  const b2t = at(T, s.b + 2 < n ? s.b + 2 : -1);
  hk = imul(SEED ^ 24, M); hk = imul((hk << 13 | hk >>> 19) ^ b0t, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ b1t, M);
  hk = imul(SEED ^ 30, M); hk = imul((hk << 13 | hk >>> 19) ^ b0t, M); hk = imul((hk << 13 | hk >>> 19) ^ b1t, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ b2t, M);
  finishKeys(keys, k0, k);
  return k;
}

/** Features that relate the stack to the buffer (computed for every configuration). */
function pairKeys(x: ParserInput, s: State, keys: Int32Array, k: number): number {
  const k0 = k;
  let hk: number;
  const { w: W, t: T, f: F, n } = x;
  const sp = s.sp;
  const s0 = s.stack[sp - 1]!;
  const s1 = sp >= 2 ? s.stack[sp - 2]! : -1;
  const b0 = s.b < n ? s.b : -1;
  const b1 = s.b + 1 < n ? s.b + 1 : -1;
  const s0w = at(W, s0), s0t = at(T, s0), s0f = at(F, s0);
  const s1t = at(T, s1), s1f = at(F, s1);
  const b0w = at(W, b0), b0t = at(T, b0), b0f = at(F, b0);
  const b1t = at(T, b1);
  const s0l = s.lc1[s0]!, s0r = s.rc1[s0]!;
  const b0l = b0 >= 0 ? s.lc1[b0]! : -1;
  const dist = b0 >= 0 && s0 !== n ? Math.min(b0 - s0, 7) : 0;
  // pairs
  hk = imul(SEED ^ 17, M); hk = imul((hk << 13 | hk >>> 19) ^ s0w, M); hk = imul((hk << 13 | hk >>> 19) ^ s0t, M); hk = imul((hk << 13 | hk >>> 19) ^ b0w, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ b0t, M);
  hk = imul(SEED ^ 18, M); hk = imul((hk << 13 | hk >>> 19) ^ s0w, M); hk = imul((hk << 13 | hk >>> 19) ^ s0t, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ b0w, M);
  hk = imul(SEED ^ 19, M); hk = imul((hk << 13 | hk >>> 19) ^ s0w, M); hk = imul((hk << 13 | hk >>> 19) ^ b0w, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ b0t, M);
  hk = imul(SEED ^ 20, M); hk = imul((hk << 13 | hk >>> 19) ^ s0w, M); hk = imul((hk << 13 | hk >>> 19) ^ s0t, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ b0t, M);
  hk = imul(SEED ^ 21, M); hk = imul((hk << 13 | hk >>> 19) ^ s0t, M); hk = imul((hk << 13 | hk >>> 19) ^ b0w, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ b0t, M);
  hk = imul(SEED ^ 22, M); hk = imul((hk << 13 | hk >>> 19) ^ s0w, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ b0w, M);
  hk = imul(SEED ^ 23, M); hk = imul((hk << 13 | hk >>> 19) ^ s0t, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ b0t, M);
  hk = imul(SEED ^ 27, M); hk = imul((hk << 13 | hk >>> 19) ^ s0f, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ b0f, M);
  hk = imul(SEED ^ 29, M); hk = imul((hk << 13 | hk >>> 19) ^ s1f, M); hk = imul((hk << 13 | hk >>> 19) ^ s0f, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ b0f, M);
  // triples
  hk = imul(SEED ^ 31, M); hk = imul((hk << 13 | hk >>> 19) ^ s0t, M); hk = imul((hk << 13 | hk >>> 19) ^ b0t, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ b1t, M);
  hk = imul(SEED ^ 32, M); hk = imul((hk << 13 | hk >>> 19) ^ s1t, M); hk = imul((hk << 13 | hk >>> 19) ^ s0t, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ b0t, M);
  hk = imul(SEED ^ 33, M); hk = imul((hk << 13 | hk >>> 19) ^ s0t, M); hk = imul((hk << 13 | hk >>> 19) ^ at(T, s0l), M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ b0t, M);
  hk = imul(SEED ^ 34, M); hk = imul((hk << 13 | hk >>> 19) ^ s0t, M); hk = imul((hk << 13 | hk >>> 19) ^ at(T, s0r), M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ b0t, M);
  hk = imul(SEED ^ 35, M); hk = imul((hk << 13 | hk >>> 19) ^ s0t, M); hk = imul((hk << 13 | hk >>> 19) ^ b0t, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ at(T, b0l), M);
  hk = imul(SEED ^ 40, M); hk = imul((hk << 13 | hk >>> 19) ^ s1t, M); hk = imul((hk << 13 | hk >>> 19) ^ s0t, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ b1t, M);
  // distance
  hk = imul(SEED ^ 41, M); hk = imul((hk << 13 | hk >>> 19) ^ s0w, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ dist, M);
  hk = imul(SEED ^ 42, M); hk = imul((hk << 13 | hk >>> 19) ^ s0t, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ dist, M);
  hk = imul(SEED ^ 43, M); hk = imul((hk << 13 | hk >>> 19) ^ b0w, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ dist, M);
  hk = imul(SEED ^ 44, M); hk = imul((hk << 13 | hk >>> 19) ^ b0t, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ dist, M);
  hk = imul(SEED ^ 45, M); hk = imul((hk << 13 | hk >>> 19) ^ s0w, M); hk = imul((hk << 13 | hk >>> 19) ^ b0w, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ dist, M);
  hk = imul(SEED ^ 46, M); hk = imul((hk << 13 | hk >>> 19) ^ s0t, M); hk = imul((hk << 13 | hk >>> 19) ^ b0t, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ dist, M);
  hk = imul(SEED ^ 80, M); hk = imul((hk << 13 | hk >>> 19) ^ s0f, M); hk = imul((hk << 13 | hk >>> 19) ^ b0f, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ dist, M);
  const C = x.c;
  const s0c = C[s0]! >> 4;
  const b0c = b0 >= 0 ? C[b0]! >> 4 : -2;
  hk = imul(SEED ^ 83, M); hk = imul((hk << 13 | hk >>> 19) ^ s0c, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ b0c, M);
  hk = imul(SEED ^ 84, M); hk = imul((hk << 13 | hk >>> 19) ^ s0t, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ b0c, M);
  hk = imul(SEED ^ 85, M); hk = imul((hk << 13 | hk >>> 19) ^ s0c, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ b0t, M);
  const LM = x.l;
  const s0L = LM[s0]!;
  const b0L = at(LM, b0);
  hk = imul(SEED ^ 89, M); hk = imul((hk << 13 | hk >>> 19) ^ s0L, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ b0L, M);
  hk = imul(SEED ^ 91, M); hk = imul((hk << 13 | hk >>> 19) ^ s0L, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ b0t, M);
  hk = imul(SEED ^ 92, M); hk = imul((hk << 13 | hk >>> 19) ^ s0t, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ b0L, M);
  finishKeys(keys, k0, k);
  return k;
}

function labelKeys(x: ParserInput, s: State, h: number, d: number, keys: Int32Array): number {
  const { w: W, t: T, f: F, n } = x;
  const dw = W[d]!, dt = T[d]!, df = F[d]!;
  const hw = W[h]!, ht = T[h]!, hf = F[h]!;
  const dir = d < h ? 1 : 2;
  const dist = h === n ? 0 : Math.min(Math.abs(h - d), 8);
  const dl = s.lc1[d]!;
  const dr = s.rc1[d]!;
  const below = s.sp >= 2 ? s.stack[s.sp - 2]! : -1;
  let k = 0;
  let hk: number;
  hk = imul(SEED ^ 1, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ dw, M);
  hk = imul(SEED ^ 2, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ dt, M);
  hk = imul(SEED ^ 3, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ df, M);
  hk = imul(SEED ^ 4, M); hk = imul((hk << 13 | hk >>> 19) ^ dt, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ ht, M);
  hk = imul(SEED ^ 5, M); hk = imul((hk << 13 | hk >>> 19) ^ dt, M); hk = imul((hk << 13 | hk >>> 19) ^ ht, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ dir, M);
  hk = imul(SEED ^ 6, M); hk = imul((hk << 13 | hk >>> 19) ^ dt, M); hk = imul((hk << 13 | hk >>> 19) ^ ht, M); hk = imul((hk << 13 | hk >>> 19) ^ dir, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ dist, M);
  hk = imul(SEED ^ 7, M); hk = imul((hk << 13 | hk >>> 19) ^ df, M); hk = imul((hk << 13 | hk >>> 19) ^ hf, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ dir, M);
  hk = imul(SEED ^ 8, M); hk = imul((hk << 13 | hk >>> 19) ^ dw, M); hk = imul((hk << 13 | hk >>> 19) ^ ht, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ dir, M);
  hk = imul(SEED ^ 9, M); hk = imul((hk << 13 | hk >>> 19) ^ dt, M); hk = imul((hk << 13 | hk >>> 19) ^ hw, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ dir, M);
  hk = imul(SEED ^ 10, M); hk = imul((hk << 13 | hk >>> 19) ^ dw, M); hk = imul((hk << 13 | hk >>> 19) ^ hw, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ dir, M);
  hk = imul(SEED ^ 11, M); hk = imul((hk << 13 | hk >>> 19) ^ hw, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ dir, M);
  hk = imul(SEED ^ 12, M); hk = imul((hk << 13 | hk >>> 19) ^ hf, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ dir, M);
  hk = imul(SEED ^ 13, M); hk = imul((hk << 13 | hk >>> 19) ^ dt, M); hk = imul((hk << 13 | hk >>> 19) ^ s.lset[d]!, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ s.rset[d]!, M);
  hk = imul(SEED ^ 14, M); hk = imul((hk << 13 | hk >>> 19) ^ dt, M); hk = imul((hk << 13 | hk >>> 19) ^ at(W, dl), M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ ht, M);
  hk = imul(SEED ^ 15, M); hk = imul((hk << 13 | hk >>> 19) ^ dt, M); hk = imul((hk << 13 | hk >>> 19) ^ at(T, dl), M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ s.labels[dl < 0 ? n : dl]!, M);
  hk = imul(SEED ^ 16, M); hk = imul((hk << 13 | hk >>> 19) ^ dt, M); hk = imul((hk << 13 | hk >>> 19) ^ at(T, dr), M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ dir, M);
  hk = imul(SEED ^ 17, M); hk = imul((hk << 13 | hk >>> 19) ^ dt, M); hk = imul((hk << 13 | hk >>> 19) ^ ht, M); hk = imul((hk << 13 | hk >>> 19) ^ s.lset[h]!, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ dir, M);
  hk = imul(SEED ^ 18, M); hk = imul((hk << 13 | hk >>> 19) ^ dt, M); hk = imul((hk << 13 | hk >>> 19) ^ ht, M); hk = imul((hk << 13 | hk >>> 19) ^ s.rset[h]!, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ dir, M);
  hk = imul(SEED ^ 19, M); hk = imul((hk << 13 | hk >>> 19) ^ dt, M); hk = imul((hk << 13 | hk >>> 19) ^ (d === 0 ? 1 : 0), M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ ht, M);
  hk = imul(SEED ^ 20, M); hk = imul((hk << 13 | hk >>> 19) ^ dt, M); hk = imul((hk << 13 | hk >>> 19) ^ at(T, d - 1), M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ at(T, d + 1 < n ? d + 1 : -1), M);
  hk = imul(SEED ^ 21, M); hk = imul((hk << 13 | hk >>> 19) ^ dt, M); hk = imul((hk << 13 | hk >>> 19) ^ ht, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ at(T, h === n ? -1 : h + 1 < n ? h + 1 : -1), M);
  hk = imul(SEED ^ 22, M); hk = imul((hk << 13 | hk >>> 19) ^ dt, M); hk = imul((hk << 13 | hk >>> 19) ^ ht, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ at(W, below), M);
  hk = imul(SEED ^ 23, M); hk = imul((hk << 13 | hk >>> 19) ^ dt, M); hk = imul((hk << 13 | hk >>> 19) ^ ht, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ at(W, dl), M);
  hk = imul(SEED ^ 24, M); hk = imul((hk << 13 | hk >>> 19) ^ df, M); hk = imul((hk << 13 | hk >>> 19) ^ ht, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ at(W, dl), M);
  hk = imul(SEED ^ 25, M); hk = imul((hk << 13 | hk >>> 19) ^ (h === n ? 1 : 0), M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ dt, M);
  hk = imul(SEED ^ 26, M); hk = imul((hk << 13 | hk >>> 19) ^ dw, M); hk = imul((hk << 13 | hk >>> 19) ^ at(W, dl), M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ dir, M);
  hk = imul(SEED ^ 27, M); hk = imul((hk << 13 | hk >>> 19) ^ dt, M); hk = imul((hk << 13 | hk >>> 19) ^ ht, M); hk = imul((hk << 13 | hk >>> 19) ^ at(T, below), M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ dir, M);
  hk = imul(SEED ^ 28, M); hk = imul((hk << 13 | hk >>> 19) ^ dt, M); hk = imul((hk << 13 | hk >>> 19) ^ x.l[h]!, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ dir, M);
  hk = imul(SEED ^ 29, M); hk = imul((hk << 13 | hk >>> 19) ^ x.l[d]!, M); hk = imul((hk << 13 | hk >>> 19) ^ ht, M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ dir, M);
  // "liepen ... weg": a known separable verb makes compound:prt likely whatever the particle's tag.
  hk = imul(SEED ^ 30, M); hk = imul((hk << 13 | hk >>> 19) ^ dt, M); hk = imul((hk << 13 | hk >>> 19) ^ (h < n && x.joins?.(h, d) ? 1 : 0), M); keys[k++] = imul((hk << 13 | hk >>> 19) ^ dir, M);
  finishKeys(keys, 0, k);
  return k;
}

export interface ParserData {
  labels: string[];
  transitions: FrozenWeights;
  arcLabels: FrozenWeights;
}

export class Parser {
  private readonly trans: SmallLinearModel;
  private readonly lab: LinearModel;
  private readonly keys = new Int32Array(MAX_KEYS);
  private readonly scores: Float32Array;
  private readonly ok = new Uint8Array(3);
  private readonly roleBuf = new Int32Array(8);
  private readonly roleScores = new Float32Array(3);
  private state = new State(0, 128);
  private roleCache = new Float32Array(ROLES * 130 * 3);
  private roleHave = new Uint8Array(ROLES * 130);
  /** Cached integer sums of stackKeys / bufferKeys per token, valid for the child count in *Ver. */
  private stackSums = new Int32Array(2 * 129);
  private bufferSums = new Int32Array(2 * 129);
  private stackVer = new Int32Array(129);
  private bufferVer = new Int32Array(129);
  private readonly acc = new Int32Array(2);
  /**
   * Role scores across sentences, an entry of MEMO_STRIDE numbers per word (one run, adjacent cache lines):
   * the ids (w, t, f, c, l), a bit per role and BARE_S0 / BARE_B0, the integer sums of stackOwnKeys and
   * bufferOwnKeys of the word without children, 3 float scores per role (the same buffer viewed as floats).
   */
  private readonly memo = new Int32Array(MEMO_STRIDE << MEMO_BITS);
  private readonly memoF = new Float32Array(this.memo.buffer);

  constructor(readonly data: ParserData) {
    this.trans = new SmallLinearModel(data.transitions);
    this.lab = new LinearModel(data.arcLabels);
    this.scores = new Float32Array(Math.max(3, data.labels.length));
  }

  /**
   * The memo entry of word i (0 <= i < n): a word's single-token features depend only on its form, UPOS,
   * FEATS, cluster and lemma, and an entry holds these ids, compared in full, so its values are exact.
   * Direct-mapped: another word takes the entry over, with nothing valid.
   */
  private memoEntry(x: ParserInput, i: number): number {
    const w = x.w[i]!, t = x.t[i]!, f = x.f[i]!, c = x.c[i]!, l = x.l[i]!;
    const e = Math.imul(w ^ Math.imul(t, 0x9e3779b1) ^ Math.imul(f, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35), 0x27d4eb2d) >>> (32 - MEMO_BITS);
    const m = this.memo;
    const o = MEMO_STRIDE * e;
    if (m[o] !== w || m[o + 1] !== t || m[o + 2] !== f || m[o + 3] !== c || m[o + 4] !== l) {
      m[o] = w;
      m[o + 1] = t;
      m[o + 2] = f;
      m[o + 3] = c;
      m[o + 4] = l;
      m[o + M_HAVE] = 0;
    }
    return o;
  }

  /** Where in `cache` the 3 scores of the single-token features of token i in a role are (computed when first asked). */
  private role(x: ParserInput, role: number, i: number, cache: Float32Array, have: Uint8Array): number {
    const slot = role * (x.n + 2) + (i < 0 ? x.n + 1 : i);
    const at3 = slot * 3;
    if (!have[slot]) {
      have[slot] = 1;
      const o = i >= 0 && i < x.n ? this.memoEntry(x, i) : -1;
      const m3 = o + M_ROLES + role * 3;
      const mf = this.memoF;
      if (o >= 0 && this.memo[o + M_HAVE]! & (1 << role)) {
        cache[at3] = mf[m3]!;
        cache[at3 + 1] = mf[m3 + 1]!;
        cache[at3 + 2] = mf[m3 + 2]!;
      } else {
        const k = roleKeys(x, role, i, this.roleBuf, 0);
        this.trans.score(this.roleBuf, k, this.roleScores);
        cache[at3] = this.roleScores[0]!;
        cache[at3 + 1] = this.roleScores[1]!;
        cache[at3 + 2] = this.roleScores[2]!;
        if (o >= 0) {
          mf[m3] = this.roleScores[0]!;
          mf[m3 + 1] = this.roleScores[1]!;
          mf[m3 + 2] = this.roleScores[2]!;
          this.memo[o + M_HAVE]! |= 1 << role;
        }
      }
    }
    return at3;
  }

  /**
   * Adds to sums[at], sums[at + 1] the integer sums of stackOwnKeys (bare = BARE_S0) or bufferOwnKeys (BARE_B0)
   * of word i, which has no children yet (most words when they first come to the top of the stack or the
   * buffer): remembered per word.
   */
  private addBare(x: ParserInput, s: State, i: number, bare: number, sums: Int32Array, at: number): void {
    const o = this.memoEntry(x, i);
    const m = o + M_SUMS + (bare === BARE_S0 ? 0 : 2);
    const ms = this.memo;
    if (!(ms[o + M_HAVE]! & bare)) {
      ms[m] = 0;
      ms[m + 1] = 0;
      const k = bare === BARE_S0 ? stackOwnKeys(x, s, this.keys, 0) : bufferOwnKeys(x, s, this.keys, 0);
      this.trans.addSums(this.keys, k, ms, m);
      ms[o + M_HAVE]! |= bare;
    }
    sums[at]! += ms[m]!;
    sums[at + 1]! += ms[m + 1]!;
  }

  /** Heads (0-based, -1 root) and label ids; always a single-rooted tree. */
  parse(x: ParserInput): { heads: Int32Array; labels: Int32Array } {
    // State and role caches are reused across sentences (grown when a longer one comes).
    if (this.state.capacity < x.n) {
      this.state = new State(x.n, x.n * 2);
      this.roleCache = new Float32Array(ROLES * (x.n * 2 + 2) * 3);
      this.roleHave = new Uint8Array(ROLES * (x.n * 2 + 2));
      this.stackSums = new Int32Array(2 * (x.n * 2 + 1));
      this.bufferSums = new Int32Array(2 * (x.n * 2 + 1));
      this.stackVer = new Int32Array(x.n * 2 + 1);
      this.bufferVer = new Int32Array(x.n * 2 + 1);
    }
    const s = this.state;
    s.reset(x.n);
    const L = this.data.labels.length;
    const cache = this.roleCache;
    const have = this.roleHave;
    have.fill(0, 0, ROLES * (x.n + 2));
    this.stackVer.fill(-1, 0, x.n + 1);
    this.bufferVer.fill(-1, 0, x.n + 1);
    while (!s.terminal) {
      s.valid(this.ok);
      let tr: number;
      // Only one legal move (empty stack or empty buffer): no need to score.
      if (this.ok[0]! + this.ok[1]! + this.ok[2]! === 1) tr = this.ok[SHIFT] ? SHIFT : this.ok[LEFT] ? LEFT : RIGHT;
      else {
        const sp = s.sp;
        const acc = this.acc;
        acc[0] = 0;
        acc[1] = 0;
        this.trans.addSums(this.keys, pairKeys(x, s, this.keys, 0), acc);
        // Stack and buffer features again only when s0 or b0 changed (or got a child): their sums are cached.
        const s0 = s.stack[sp - 1]!;
        const sv = s.nl[s0]! + s.nr[s0]!;
        if (this.stackVer[s0] !== sv) {
          this.stackVer[s0] = sv;
          this.stackSums[2 * s0] = 0;
          this.stackSums[2 * s0 + 1] = 0;
          // Without children (and not first: a feature says so) the features of s0 alone are the word's.
          if (sv === 0 && s0 > 0 && s0 < x.n) {
            this.addBare(x, s, s0, BARE_S0, this.stackSums, 2 * s0);
            this.trans.addSums(this.keys, stackBelowKeys(x, s, this.keys, 0), this.stackSums, 2 * s0);
          } else this.trans.addSums(this.keys, stackKeys(x, s, this.keys, 0), this.stackSums, 2 * s0);
        }
        acc[0]! += this.stackSums[2 * s0]!;
        acc[1]! += this.stackSums[2 * s0 + 1]!;
        // The buffer is never empty here (two moves are legal), so b0 < n.
        const b0 = s.b;
        const bv = s.nl[b0]!;
        if (this.bufferVer[b0] !== bv) {
          this.bufferVer[b0] = bv;
          this.bufferSums[2 * b0] = 0;
          this.bufferSums[2 * b0 + 1] = 0;
          // The same for b0 without children (and not last: a feature says so).
          if (bv === 0 && b0 < x.n - 1) {
            this.addBare(x, s, b0, BARE_B0, this.bufferSums, 2 * b0);
            this.trans.addSums(this.keys, bufferNextKeys(x, s, this.keys, 0), this.bufferSums, 2 * b0);
          } else this.trans.addSums(this.keys, bufferKeys(x, s, this.keys, 0), this.bufferSums, 2 * b0);
        }
        acc[0]! += this.bufferSums[2 * b0]!;
        acc[1]! += this.bufferSums[2 * b0 + 1]!;
        this.trans.scoreSums(acc, this.scores);
        const r0 = this.role(x, S0, s.stack[sp - 1]!, cache, have);
        const r1 = this.role(x, S1, sp >= 2 ? s.stack[sp - 2]! : -1, cache, have);
        const r2 = this.role(x, S2, sp >= 3 ? s.stack[sp - 3]! : -1, cache, have);
        const r3 = this.role(x, B0, s.b < x.n ? s.b : -1, cache, have);
        const r4 = this.role(x, B1, s.b + 1 < x.n ? s.b + 1 : -1, cache, have);
        const r5 = this.role(x, B2, s.b + 2 < x.n ? s.b + 2 : -1, cache, have);
        // The role scores added in this order in float32 (fround: what adding into a Float32Array does), in
        // registers rather than through memory.
        const f = Math.fround;
        let a = this.scores[0]!, b = this.scores[1]!, c = this.scores[2]!;
        a = f(a + cache[r0]!); b = f(b + cache[r0 + 1]!); c = f(c + cache[r0 + 2]!);
        a = f(a + cache[r1]!); b = f(b + cache[r1 + 1]!); c = f(c + cache[r1 + 2]!);
        a = f(a + cache[r2]!); b = f(b + cache[r2 + 1]!); c = f(c + cache[r2 + 2]!);
        a = f(a + cache[r3]!); b = f(b + cache[r3 + 1]!); c = f(c + cache[r3 + 2]!);
        a = f(a + cache[r4]!); b = f(b + cache[r4 + 1]!); c = f(c + cache[r4 + 2]!);
        a = f(a + cache[r5]!); b = f(b + cache[r5 + 1]!); c = f(c + cache[r5 + 2]!);
        // argmax over the legal moves, the first of equal scores
        const ok = this.ok;
        let best = -Infinity;
        tr = -1;
        if (ok[SHIFT] && a > best) { best = a; tr = SHIFT; }
        if (ok[LEFT] && b > best) { best = b; tr = LEFT; }
        if (ok[RIGHT] && c > best) tr = RIGHT;
      }
      let label = 0;
      if (tr !== SHIFT) {
        const [h, d] = s.arc(tr);
        const k = labelKeys(x, s, h, d, this.keys);
        this.lab.score(this.keys, k, this.scores);
        label = argmax(this.scores, L);
      }
      s.apply(tr, label);
    }
    const heads = s.heads.slice(0, x.n);
    for (let i = 0; i < x.n; i++) if (heads[i] === x.n) heads[i] = -1;
    return { heads, labels: s.labels.slice(0, x.n) };
  }
}

/** Lifts non-projective arcs to the grandparent until the tree is projective (heads -1 = root). */
export function projectivize(heads: number[]): number[] {
  const h = heads.slice();
  const n = h.length;
  const dominates = (a: number, x: number): boolean => {
    for (let steps = 0; x >= 0 && steps <= n; steps++) {
      if (x === a) return true;
      x = h[x]!;
    }
    return false;
  };
  for (let round = 0; round < n * n; round++) {
    let changed = false;
    for (let d = 0; d < n; d++) {
      const hd = h[d]!;
      if (hd < 0) continue;
      const lo = Math.min(hd, d);
      const hi = Math.max(hd, d);
      for (let k = lo + 1; k < hi; k++) {
        if (!dominates(hd, k)) {
          h[d] = h[hd]!;
          changed = true;
          break;
        }
      }
    }
    if (!changed) break;
  }
  return h;
}

export interface ParserExample {
  input: ParserInput;
  /** Gold heads with the root as -1, projective. */
  heads: number[];
  labels: number[];
  /** Annotation domain for domain adaptation: 0 = the target conventions, 1 = other. */
  domain?: number;
}

export function trainParser(
  data: ParserExample[],
  labels: string[],
  epochs: number,
  seed: number,
  log: (s: string) => void = () => {},
  /** Pruning of the transition and label weights at freezing (PerceptronTrainer.freeze). */
  prune: { transitions: number; labels: number } = { transitions: 4000, labels: 4000 },
): ParserData {
  const domains = data.some((s) => s.domain) ? 2 : 0;
  const trans = new PerceptronTrainer(3, domains);
  const lab = new PerceptronTrainer(labels.length, domains);
  const keys = new Int32Array(MAX_KEYS);
  const scores = new Float32Array(Math.max(3, labels.length));
  const ok = new Uint8Array(3);
  const cost = new Int32Array(3);
  const rand = rng(seed);
  const order = data.map((_, i) => i);
  for (let ep = 0; ep < epochs; ep++) {
    shuffle(order, rand);
    let right = 0;
    let total = 0;
    for (const idx of order) {
      const ex = data[idx]!;
      const n = ex.input.n;
      const dom = domains ? (ex.domain ?? 0) : -1;
      const gh = Int32Array.from(ex.heads, (h) => (h < 0 ? n : h));
      const s = new State(n);
      const inStack = new Uint8Array(n + 1);
      inStack[n] = 1;
      while (!s.terminal) {
        let k = transitionKeys(ex.input, s, keys);
        trans.score(keys, k, scores, dom);
        s.valid(ok);
        oracleCosts(s, gh, inStack, ok, cost);
        const pred = argmax(scores, 3, ok);
        let best = -1;
        let min = Infinity;
        for (let j = 0; j < 3; j++) if (ok[j] && cost[j]! < min) min = cost[j]!;
        let bestScore = -Infinity;
        for (let j = 0; j < 3; j++) {
          if (ok[j] && cost[j] === min && scores[j]! > bestScore) {
            bestScore = scores[j]!;
            best = j;
          }
        }
        if (cost[pred]! > min) trans.update(keys, k, best, pred, dom);
        trans.tick();
        // Explore: after the first epoch, mostly follow the model's own (possibly wrong) choice.
        const next = ep > 0 && rand() < 0.9 ? pred : best;
        let label = 0;
        if (next !== SHIFT) {
          const [h, d] = s.arc(next);
          k = labelKeys(ex.input, s, h, d, keys);
          lab.score(keys, k, scores, dom);
          const guess = argmax(scores, labels.length);
          if (gh[d] === h) {
            const gold = ex.labels[d]!;
            lab.update(keys, k, gold, guess, dom);
            lab.tick();
            label = gold;
            total++;
            if (guess === gold) right++;
          } else label = guess;
          inStack[d] = 0;
        } else inStack[s.b] = 1;
        s.apply(next, label);
      }
    }
    log(`parser epoch ${ep + 1}: train label acc on correct arcs ${((100 * right) / Math.max(1, total)).toFixed(2)}%, ${trans.size} + ${lab.size} features`);
  }
  return { labels, transitions: trans.freeze(prune.transitions), arcLabels: lab.freeze(prune.labels) };
}

/** Arc-hybrid dynamic-oracle costs: gold arcs made unreachable by each transition. */
function oracleCosts(s: State, gh: Int32Array, inStack: Uint8Array, ok: Uint8Array, cost: Int32Array): void {
  const n = s.n;
  const s0 = s.stack[s.sp - 1]!;
  const s1 = s.sp >= 2 ? s.stack[s.sp - 2]! : -1;
  const b0 = s.b;
  // children of s0 still in the buffer
  let s0KidsInBuffer = 0;
  for (let d = b0; d < n; d++) if (gh[d] === s0) s0KidsInBuffer++;
  if (ok[SHIFT]) {
    let c = 0;
    for (let i = 0; i < s.sp; i++) if (gh[s.stack[i]!] === b0) c++;
    const h = gh[b0]!;
    if (inStack[h] && h !== s0) c++;
    cost[SHIFT] = c;
  }
  if (ok[LEFT]) {
    const h = gh[s0]!;
    cost[LEFT] = s0KidsInBuffer + (h !== b0 && (h === s1 || (h > b0 && h < n)) ? 1 : 0);
  }
  if (ok[RIGHT]) {
    const h = gh[s0]!;
    cost[RIGHT] = s0KidsInBuffer + (h >= b0 && h < n ? 1 : 0);
  }
}

/** Follows the dynamic oracle from the initial state (for tests): returns the heads it builds. */
export function oracleHeads(goldHeads: number[]): number[] {
  const n = goldHeads.length;
  const gh = Int32Array.from(goldHeads, (h) => (h < 0 ? n : h));
  const s = new State(n);
  const inStack = new Uint8Array(n + 1);
  inStack[n] = 1;
  const ok = new Uint8Array(3);
  const cost = new Int32Array(3);
  while (!s.terminal) {
    s.valid(ok);
    oracleCosts(s, gh, inStack, ok, cost);
    let best = -1;
    for (let j = 0; j < 3; j++) if (ok[j] && (best < 0 || cost[j]! < cost[best]!)) best = j;
    if (best === SHIFT) inStack[s.b] = 1;
    else inStack[s.arc(best)[1]] = 0;
    s.apply(best, 0);
  }
  return Array.from(s.heads.subarray(0, n), (h) => (h === n ? -1 : h));
}
