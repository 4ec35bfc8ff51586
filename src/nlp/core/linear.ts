// Multiclass linear models over hashed features.
// Training: averaged perceptron, rows allocated only when a feature is first updated.
// Run time: an open-addressing table from feature key to a sparse, quantised row.

/**
 * Averaged perceptron under training. Keys are 32-bit feature hashes (see hash.ts).
 * Optional domains ("frustratingly easy" domain adaptation, Daume 2007): an instance of domain d
 * updates the shared row of each feature and a domain-specific copy; the frozen model is the
 * shared weights plus the copies of the target domain (domain 0), so it costs nothing at run time.
 */
export class PerceptronTrainer {
  private readonly rows = new Map<number, number>();
  private readonly domainRows: Map<number, number>[];
  private w: Float32Array;
  private u: Float32Array; // sum of (instance counter * delta): averaged = w - u / c
  private nRows = 0;
  private c = 1;

  constructor(
    readonly nClasses: number,
    domains = 0,
  ) {
    this.w = new Float32Array(1024 * nClasses);
    this.u = new Float32Array(1024 * nClasses);
    this.domainRows = Array.from({ length: domains }, () => new Map<number, number>());
  }

  score(keys: Int32Array, n: number, out: Float32Array, domain = -1): void {
    const C = this.nClasses;
    out.fill(0, 0, C);
    const dm = domain >= 0 ? this.domainRows[domain] : undefined;
    for (let k = 0; k < n; k++) {
      const r = this.rows.get(keys[k]!);
      if (r !== undefined) {
        const base = r * C;
        for (let j = 0; j < C; j++) out[j]! += this.w[base + j]!;
      }
      if (dm) {
        const rd = dm.get(keys[k]!);
        if (rd === undefined) continue;
        const base = rd * C;
        for (let j = 0; j < C; j++) out[j]! += this.w[base + j]!;
      }
    }
  }

  private row(map: Map<number, number>, key: number): number {
    let r = map.get(key);
    if (r === undefined) {
      r = this.nRows++;
      if (this.nRows * this.nClasses > this.w.length) {
        const w = new Float32Array(this.w.length * 2);
        w.set(this.w);
        this.w = w;
        const u = new Float32Array(this.u.length * 2);
        u.set(this.u);
        this.u = u;
      }
      map.set(key, r);
    }
    return r;
  }

  private bump(base: number, right: number, wrong: number): void {
    this.w[base + right]! += 1;
    this.u[base + right]! += this.c;
    this.w[base + wrong]! -= 1;
    this.u[base + wrong]! -= this.c;
  }

  /** Moves weight from `wrong` to `right` for every active feature. */
  update(keys: Int32Array, n: number, right: number, wrong: number, domain = -1): void {
    if (right === wrong) return;
    const C = this.nClasses;
    const dm = domain >= 0 ? this.domainRows[domain] : undefined;
    for (let k = 0; k < n; k++) {
      this.bump(this.row(this.rows, keys[k]!) * C, right, wrong);
      if (dm) this.bump(this.row(dm, keys[k]!) * C, right, wrong);
    }
  }

  /** Call once per training instance (the clock of the averaging). */
  tick(): void {
    this.c++;
  }

  get size(): number {
    return this.rows.size;
  }

  /** Averaged, quantised (int16) and pruned: weights far below the largest are dropped. */
  freeze(prune = 4000): FrozenWeights {
    const C = this.nClasses;
    const avgRow = (r: number | undefined, out: Float32Array) => {
      if (r === undefined) return;
      for (let j = 0; j < C; j++) out[j]! += this.w[r * C + j]! - this.u[r * C + j]! / this.c;
    };
    const target = this.domainRows[0];
    const allKeys = new Set(this.rows.keys());
    if (target) for (const k of target.keys()) allKeys.add(k);
    const sorted = [...allKeys].sort((a, b) => a - b);
    const merged = new Float32Array(sorted.length * C);
    const tmp = new Float32Array(C);
    let maxAbs = 0;
    sorted.forEach((key, i) => {
      tmp.fill(0);
      avgRow(this.rows.get(key), tmp);
      if (target) avgRow(target.get(key), tmp);
      for (let j = 0; j < C; j++) {
        merged[i * C + j] = tmp[j]!;
        if (Math.abs(tmp[j]!) > maxAbs) maxAbs = Math.abs(tmp[j]!);
      }
    });
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    const minKeep = maxAbs / prune;
    const keys: number[] = [];
    const ptr: number[] = [0];
    const cls: number[] = [];
    const q: number[] = [];
    sorted.forEach((key, i) => {
      let any = false;
      for (let j = 0; j < C; j++) {
        const v = merged[i * C + j]!;
        if (Math.abs(v) < minKeep) continue;
        const qi = Math.round(v / scale);
        if (qi === 0) continue;
        cls.push(j);
        q.push(qi);
        any = true;
      }
      if (any) {
        keys.push(key);
        ptr.push(cls.length);
      }
    });
    return {
      nClasses: C,
      scale,
      keys: Int32Array.from(keys),
      ptr: Int32Array.from(ptr),
      cls: Uint16Array.from(cls),
      q: Int16Array.from(q),
    };
  }
}

/** The stored form of a trained model. */
export interface FrozenWeights {
  nClasses: number;
  scale: number;
  keys: Int32Array;
  ptr: Int32Array;
  cls: Uint16Array;
  q: Int16Array;
}

/** A trained model ready for scoring. */
export interface Scorer {
  readonly nClasses: number;
  score(keys: Int32Array, n: number, out: Float32Array): void;
}

// Load factor at most 0.7: with 8-byte slots a cache line holds 8, so the short probe runs of linear
// probing stay in one line, and a smaller table means fewer cache and TLB misses.
function tableSize(n: number): number {
  let size = 16;
  while (size * 0.7 < n) size *= 2;
  return size;
}

const slotOf = (key: number, mask: number) => (key ^ (key >>> 15)) & mask;

/**
 * A one-hash Bloom filter of the table's keys, ~16 bits a key (5% false positives), indexed by the
 * key's top bits. About a quarter of the features looked up are absent, and an absent key costs the
 * most: a probe run to an empty slot with an unpredictable end. The filter (a few hundred KB, stays in
 * the cache) rejects most of them with one load.
 */
class KeyFilter {
  readonly bits: Int32Array;
  readonly shift: number;

  constructor(keys: Int32Array) {
    let b = 10;
    while (1 << b < keys.length * 16 && b < 26) b++;
    this.shift = 32 - b;
    this.bits = new Int32Array(1 << (b - 5));
    for (let r = 0; r < keys.length; r++) {
      const h = keys[r]! >>> this.shift;
      this.bits[h >>> 5]! |= 1 << (h & 31);
    }
  }

  /** Copies the keys that may be in the table to `candidates` (branch-free); returns their number. */
  candidates(keys: Int32Array, n: number): number {
    if (candidates.length < n) candidates = new Int32Array(n * 2);
    const { bits, shift } = this;
    const cand = candidates;
    let m = 0;
    for (let k = 0; k < n; k++) {
      const key = keys[k]!;
      const h = key >>> shift;
      cand[m] = key;
      m += (bits[h >>> 5]! >>> (h & 31)) & 1;
    }
    return m;
  }
}

/** Scratch for KeyFilter.candidates (single-threaded; scoring never nests). */
let candidates = new Int32Array(256);

/**
 * Sparse rows: open-addressing slots of 16 bytes [key, pair, pair, start << 8 | length], a pair being
 * (weight << 16 | class), 0 for none. Most rows have one or two weights (labels 88%, UPOS 83%): they
 * are read with the key, one memory access; longer rows continue in one array of pairs. Scores are
 * summed as integers (int16 weights, exact) and scaled once.
 */
export class LinearModel implements Scorer {
  readonly nClasses: number;
  /** Keeps the prefetch loop from being optimised away. */
  sink = 0;
  private readonly mask: number;
  private readonly slots: Int32Array;
  private readonly rest: Int32Array;
  private readonly scale: number;
  private readonly filter: KeyFilter;
  private readonly acc: Int32Array;

  constructor(fw: FrozenWeights) {
    if (fw.nClasses > 255 || fw.q.length >= 1 << 23) throw new Error('LinearModel: too many classes or weights');
    this.nClasses = fw.nClasses;
    this.scale = fw.scale;
    this.acc = new Int32Array(fw.nClasses);
    const size = tableSize(fw.keys.length);
    this.mask = size - 1;
    this.slots = new Int32Array(size * 4);
    const pair = (j: number) => (fw.q[j]! << 16) | fw.cls[j]!;
    let nRest = 0;
    for (let r = 0; r < fw.keys.length; r++) nRest += Math.max(0, fw.ptr[r + 1]! - fw.ptr[r]! - 2);
    this.rest = new Int32Array(nRest);
    let at = 0;
    for (let r = 0; r < fw.keys.length; r++) {
      const key = fw.keys[r]!;
      const from = fw.ptr[r]!;
      const len = fw.ptr[r + 1]! - from;
      let s = slotOf(key, this.mask);
      while (this.slots[s * 4] !== 0) s = (s + 1) & this.mask;
      this.slots[s * 4] = key;
      this.slots[s * 4 + 1] = pair(from);
      this.slots[s * 4 + 2] = len >= 2 ? pair(from + 1) : 0;
      this.slots[s * 4 + 3] = (at << 8) | Math.max(0, len - 2);
      for (let j = from + 2; j < from + len; j++) this.rest[at++] = pair(j);
    }
    this.filter = new KeyFilter(fw.keys);
  }

  score(keys: Int32Array, n: number, out: Float32Array): void {
    // Integer sums in an Int32Array (the same values as summing into the float32 scores: below 2^24).
    const acc = this.acc;
    acc.fill(0);
    this.addSums(keys, n, acc);
    this.scoreSums(acc, 0, out);
  }

  /**
   * Adds the integer weight sums of the features to acc[at + class]: sums of groups of features can be
   * cached and added up exactly, then scored by scoreSums.
   */
  addSums(keys: Int32Array, n: number, acc: Int32Array, at = 0): void {
    const { slots, mask, rest } = this;
    const m = this.filter.candidates(keys, n);
    const cand = candidates;
    // Then independent loads of every candidate's slot, so the cache misses overlap.
    let touch = 0;
    for (let k = 0; k < m; k++) touch |= slots[slotOf(cand[k]!, mask) << 2]!;
    this.sink = touch;
    const m4 = (mask << 2) | 3;
    for (let k = 0; k < m; k++) {
      const key = cand[k]!;
      let s = slotOf(key, mask) << 2;
      for (;;) {
        const t = slots[s]!;
        if (t === key) {
          const p1 = slots[s + 1]!;
          const p2 = slots[s + 2]!; // 0 (adds 0 to class 0) when the row has one weight
          acc[at + (p1 & 0xffff)]! += p1 >> 16;
          acc[at + (p2 & 0xffff)]! += p2 >> 16;
          const p = slots[s + 3]!;
          const end = (p >> 8) + (p & 0xff);
          for (let j = p >> 8; j < end; j++) {
            const v = rest[j]!;
            acc[at + (v & 0xffff)]! += v >> 16;
          }
          break;
        }
        if (t === 0) break;
        s = (s + 4) & m4;
      }
    }
  }

  /** Scores from integer sums at acc[at, at + nClasses) (addSums): the same as score() over all the summed features. */
  scoreSums(acc: Int32Array, at: number, out: Float32Array): void {
    const scale = this.scale;
    for (let j = 0; j < this.nClasses; j++) out[j] = acc[at + j]! * scale;
  }
}

/**
 * Up to 3 classes, for a decision taken by argmax (the parser's transitions): adding the same amount to
 * every class of a feature cannot change the argmax, so a slot keeps the key and the weights of classes
 * 1 and 2 minus that of class 0, as two int16 in one int32: 8 bytes a slot, one memory access per
 * feature, half the table of three float weights (the table is far larger than the caches, so its size
 * is what a lookup costs). Scores come out shifted: class 0 always scores 0.
 */
export class SmallLinearModel implements Scorer {
  readonly nClasses: number;
  /** Keeps the prefetch loop from being optimised away. */
  sink = 0;
  private readonly mask: number;
  private readonly slots: Int32Array;
  private readonly scale: number;
  private readonly filter: KeyFilter;
  private readonly acc = new Int32Array(2);

  constructor(fw: FrozenWeights) {
    if (fw.nClasses > 3) throw new Error('SmallLinearModel: at most 3 classes');
    this.nClasses = fw.nClasses;
    const size = tableSize(fw.keys.length);
    this.mask = size - 1;
    this.slots = new Int32Array(size * 2);
    this.filter = new KeyFilter(fw.keys);
    const q = new Int32Array(3);
    const diffs = new Int32Array(fw.keys.length * 2);
    let maxAbs = 0;
    for (let r = 0; r < fw.keys.length; r++) {
      q.fill(0);
      for (let j = fw.ptr[r]!; j < fw.ptr[r + 1]!; j++) q[fw.cls[j]!] = fw.q[j]!;
      diffs[2 * r] = q[1]! - q[0]!;
      diffs[2 * r + 1] = q[2]! - q[0]!;
      maxAbs = Math.max(maxAbs, Math.abs(diffs[2 * r]!), Math.abs(diffs[2 * r + 1]!));
    }
    // Differences of int16 weights can need 17 bits: then halve them all (a rounding step, once).
    let shift = 0;
    while (maxAbs >> shift > 32767) shift++;
    this.scale = fw.scale * (1 << shift);
    const div = 1 << shift;
    for (let r = 0; r < fw.keys.length; r++) {
      const key = fw.keys[r]!;
      let s = slotOf(key, this.mask);
      while (this.slots[s * 2] !== 0) s = (s + 1) & this.mask;
      const d1 = Math.round(diffs[2 * r]! / div);
      const d2 = Math.round(diffs[2 * r + 1]! / div);
      this.slots[s * 2] = key;
      this.slots[s * 2 + 1] = (d1 & 0xffff) | (d2 << 16);
    }
  }

  score(keys: Int32Array, n: number, out: Float32Array): void {
    const acc = this.acc;
    acc[0] = 0;
    acc[1] = 0;
    this.addSums(keys, n, acc);
    this.scoreSums(acc, out);
  }

  /**
   * Adds the integer sums of the features' weights (classes 1 and 2, relative to class 0) to acc[at] and
   * acc[at + 1]: sums of groups of features can be cached and added up exactly, then scored by scoreSums.
   */
  addSums(keys: Int32Array, n: number, acc: Int32Array, at = 0): void {
    let a = 0;
    let b = 0;
    const { slots, mask } = this;
    const m = this.filter.candidates(keys, n);
    const cand = candidates;
    // Then independent loads of every candidate's slot, so the cache misses overlap.
    let touch = 0;
    for (let k = 0; k < m; k++) touch |= slots[slotOf(cand[k]!, mask) << 1]!;
    this.sink = touch;
    const m2 = (mask << 1) | 1;
    for (let k = 0; k < m; k++) {
      const key = cand[k]!;
      let s = slotOf(key, mask) << 1;
      for (;;) {
        const t = slots[s]!;
        if (t === key) {
          const p = slots[s + 1]!;
          a += (p << 16) >> 16;
          b += p >> 16;
          break;
        }
        if (t === 0) break;
        s = (s + 2) & m2;
      }
    }
    acc[at]! += a;
    acc[at + 1]! += b;
  }

  /** Scores from integer sums (addSums): the same as score() over all the summed features. */
  scoreSums(acc: Int32Array, out: Float32Array): void {
    out[0] = 0;
    out[1] = acc[0]! * this.scale;
    out[2] = acc[1]! * this.scale;
  }
}

/** Index of the highest score among classes allowed by `ok` (all when ok is null); -1 if none. */
export function argmax(scores: Float32Array, n: number, ok: Uint8Array | null = null): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let j = 0; j < n; j++) {
    if (ok && !ok[j]) continue;
    if (scores[j]! > bestScore) {
      bestScore = scores[j]!;
      best = j;
    }
  }
  return best;
}
