// Integer hashing for feature templates: every feature is a 32-bit number built from
// per-token string hashes and a template id, so the hot loop never concatenates strings.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units of s[from, to). */
export function hashString(s: string, from = 0, to = s.length): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Murmur3 finaliser of a combined value: good avalanche for cheap combinations. */
export function mix(a: number, b: number): number {
  let h = (Math.imul(a, 0x9e3779b1) ^ b) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * mix with its bits as a signed int32, for hashes that are only stored in a Uint32Array or mixed again (the same
 * bits there): a value V8 keeps as a small integer, where a call that is not inlined (the feature extractor has
 * dozens) returns an unsigned one above 2^31 as a newly allocated heap number.
 */
export function mixBits(a: number, b: number): number {
  return mix(a, b) | 0;
}

/** Hash of a token sequence (already hashed tokens), order-sensitive. */
export const SEQ_SEED = 0x2545f491;

export function hashSeq(hashes: ArrayLike<number>, from: number, to: number): number {
  let h = SEQ_SEED;
  for (let i = from; i < to; i++) h = mix(h, hashes[i]!);
  return h;
}

/** Deterministic PRNG (mulberry32) for shuffling during training. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
