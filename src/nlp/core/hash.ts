// Integer feature hashing: every feature is a 32-bit key built from per-token string hashes and
// a template id, so the hot loops never build strings.

/** FNV-1a over the UTF-16 code units of s[from, to). */
export function hashStr(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// Keys are never 0: 0 marks an empty slot in the frozen model's table.
// A key is fmix(step(...step(step(SEED, t), a)...)), with step(h, v) = rotl(imul(h ^ v, 0x9e3779b1), 13) and fmix
// murmur3's finaliser, written out flat in f1-f4: the parser and tagger build ~150 keys a token at a few hundred
// call sites, and the optimiser inlines only so much bytecode into one function; nested calls to step and fmix used
// up that budget, leaving most key builders as real calls (ab nlp +7% when flattened).
export const SEED = 0x2545f491;
/** The multiplier of a step. */
export const M = 0x9e3779b1;
// Math.imul through a module constant: smaller bytecode (the inlining budget counts bytecode), the same machine code.
export const imul = Math.imul;

/**
 * For key builders with the steps written out in place of fN (the parser's): keys[from, to) hold the state
 * after the last imul of a step, `imul(... ^ v, M)`; turned here into the keys fN gives (rotation and fmix).
 */
export function finishKeys(keys: Int32Array, from: number, to: number): void {
  for (let j = from; j < to; j++) {
    let h = keys[j]!;
    h = (h << 13) | (h >>> 19);
    h = imul(h ^ (h >>> 16), 0x85ebca6b);
    h = imul(h ^ (h >>> 13), 0xc2b2ae35);
    keys[j] = h ^ (h >>> 16) || 1;
  }
}
export function f1(t: number, a: number): number {
  let h = imul(SEED ^ t, 0x9e3779b1);
  h = imul(((h << 13) | (h >>> 19)) ^ a, 0x9e3779b1);
  h = (h << 13) | (h >>> 19);
  h = imul(h ^ (h >>> 16), 0x85ebca6b);
  h = imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16) || 1;
}
export function f2(t: number, a: number, b: number): number {
  let h = imul(SEED ^ t, 0x9e3779b1);
  h = imul(((h << 13) | (h >>> 19)) ^ a, 0x9e3779b1);
  h = imul(((h << 13) | (h >>> 19)) ^ b, 0x9e3779b1);
  h = (h << 13) | (h >>> 19);
  h = imul(h ^ (h >>> 16), 0x85ebca6b);
  h = imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16) || 1;
}
export function f3(t: number, a: number, b: number, c: number): number {
  let h = imul(SEED ^ t, 0x9e3779b1);
  h = imul(((h << 13) | (h >>> 19)) ^ a, 0x9e3779b1);
  h = imul(((h << 13) | (h >>> 19)) ^ b, 0x9e3779b1);
  h = imul(((h << 13) | (h >>> 19)) ^ c, 0x9e3779b1);
  h = (h << 13) | (h >>> 19);
  h = imul(h ^ (h >>> 16), 0x85ebca6b);
  h = imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16) || 1;
}
export function f4(t: number, a: number, b: number, c: number, d: number): number {
  let h = imul(SEED ^ t, 0x9e3779b1);
  h = imul(((h << 13) | (h >>> 19)) ^ a, 0x9e3779b1);
  h = imul(((h << 13) | (h >>> 19)) ^ b, 0x9e3779b1);
  h = imul(((h << 13) | (h >>> 19)) ^ c, 0x9e3779b1);
  h = imul(((h << 13) | (h >>> 19)) ^ d, 0x9e3779b1);
  h = (h << 13) | (h >>> 19);
  h = imul(h ^ (h >>> 16), 0x85ebca6b);
  h = imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16) || 1;
}

/** Deterministic PRNG (mulberry32) for shuffling training data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(xs: T[], rand: () => number): void {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const tmp = xs[i]!;
    xs[i] = xs[j]!;
    xs[j] = tmp;
  }
}
