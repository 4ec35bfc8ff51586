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

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

function step(h: number, v: number): number {
  h = Math.imul(h ^ v, 0x9e3779b1);
  return (h << 13) | (h >>> 19);
}

// Keys are never 0: 0 marks an empty slot in the frozen model's table.
export function f1(t: number, a: number): number {
  return fmix(step(step(0x2545f491, t), a)) || 1;
}
export function f2(t: number, a: number, b: number): number {
  return fmix(step(step(step(0x2545f491, t), a), b)) || 1;
}
export function f3(t: number, a: number, b: number, c: number): number {
  return fmix(step(step(step(step(0x2545f491, t), a), b), c)) || 1;
}
export function f4(t: number, a: number, b: number, c: number, d: number): number {
  return fmix(step(step(step(step(step(0x2545f491, t), a), b), c), d)) || 1;
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
