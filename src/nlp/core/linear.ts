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

function tableSize(n: number): number {
  let size = 16;
  while (size < n * 2) size *= 2;
  return size;
}

const slotOf = (key: number, mask: number) => (key ^ (key >>> 15)) & mask;

/**
 * Sparse rows: open-addressing slots [key, start, end, -] (16 bytes, one cache line per probe) into one
 * array of (class, weight) pairs, so a feature costs about two memory accesses.
 */
export class LinearModel implements Scorer {
  readonly nClasses: number;
  /** Keeps the prefetch loop from being optimised away. */
  sink = 0;
  private readonly mask: number;
  private readonly slots: Int32Array;
  // (class, weight) pairs in one buffer: classes read through an integer view, weights through a float view
  private readonly cls: Int32Array;
  private readonly w: Float32Array;

  constructor(fw: FrozenWeights) {
    this.nClasses = fw.nClasses;
    const size = tableSize(fw.keys.length);
    this.mask = size - 1;
    this.slots = new Int32Array(size * 4);
    for (let r = 0; r < fw.keys.length; r++) {
      const key = fw.keys[r]!;
      let s = slotOf(key, this.mask);
      while (this.slots[s * 4] !== 0) s = (s + 1) & this.mask;
      this.slots[s * 4] = key;
      this.slots[s * 4 + 1] = fw.ptr[r]! * 2;
      this.slots[s * 4 + 2] = fw.ptr[r + 1]! * 2;
    }
    const buf = new ArrayBuffer(fw.q.length * 8);
    this.cls = new Int32Array(buf);
    this.w = new Float32Array(buf);
    for (let j = 0; j < fw.q.length; j++) {
      this.cls[2 * j] = fw.cls[j]!;
      this.w[2 * j + 1] = fw.q[j]! * fw.scale;
    }
  }

  score(keys: Int32Array, n: number, out: Float32Array): void {
    out.fill(0, 0, this.nClasses);
    const { slots, mask, cls, w } = this;
    // First pass: independent loads of every feature's slot, so the cache misses overlap.
    let touch = 0;
    for (let k = 0; k < n; k++) touch |= slots[slotOf(keys[k]!, mask) * 4]!;
    this.sink = touch;
    for (let k = 0; k < n; k++) {
      const key = keys[k]!;
      let s = slotOf(key, mask);
      for (;;) {
        const t = slots[s * 4]!;
        if (t === key) {
          const end = slots[s * 4 + 2]!;
          for (let j = slots[s * 4 + 1]!; j < end; j += 2) out[cls[j]!]! += w[j + 1]!;
          break;
        }
        if (t === 0) break;
        s = (s + 1) & mask;
      }
    }
  }
}

/** Up to 3 classes: weights stored inline in the slot [key, w0, w1, w2], one memory access per feature. */
export class SmallLinearModel implements Scorer {
  readonly nClasses: number;
  /** Keeps the prefetch loop from being optimised away. */
  sink = 0;
  private readonly mask: number;
  private readonly ikeys: Int32Array;
  private readonly w: Float32Array;

  constructor(fw: FrozenWeights) {
    if (fw.nClasses > 3) throw new Error('SmallLinearModel: at most 3 classes');
    this.nClasses = fw.nClasses;
    const size = tableSize(fw.keys.length);
    this.mask = size - 1;
    const buf = new ArrayBuffer(size * 16);
    this.ikeys = new Int32Array(buf);
    this.w = new Float32Array(buf);
    for (let r = 0; r < fw.keys.length; r++) {
      const key = fw.keys[r]!;
      let s = slotOf(key, this.mask);
      while (this.ikeys[s * 4] !== 0) s = (s + 1) & this.mask;
      this.ikeys[s * 4] = key;
      for (let j = fw.ptr[r]!; j < fw.ptr[r + 1]!; j++) this.w[s * 4 + 1 + fw.cls[j]!] = fw.q[j]! * fw.scale;
    }
  }

  score(keys: Int32Array, n: number, out: Float32Array): void {
    let a = 0;
    let b = 0;
    let c = 0;
    const { ikeys, w, mask } = this;
    // First pass: independent loads of every feature's slot, so the cache misses overlap.
    let touch = 0;
    for (let k = 0; k < n; k++) touch |= ikeys[slotOf(keys[k]!, mask) << 2]!;
    this.sink = touch;
    for (let k = 0; k < n; k++) {
      const key = keys[k]!;
      let s = slotOf(key, mask) << 2;
      const m4 = (mask << 2) | 3;
      for (;;) {
        const t = ikeys[s]!;
        if (t === key) {
          a += w[s + 1]!;
          b += w[s + 2]!;
          c += w[s + 3]!;
          break;
        }
        if (t === 0) break;
        s = (s + 4) & m4;
      }
    }
    out[0] = a;
    out[1] = b;
    out[2] = c;
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
