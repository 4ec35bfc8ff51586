// Multiclass linear models over hashed features.
// Training: averaged perceptron, rows allocated only when a feature is first updated.
// Run time: an open-addressing table from feature key to a sparse, quantised row.

/** Averaged perceptron under training. Keys are 32-bit feature hashes (see hash.ts). */
export class PerceptronTrainer {
  private readonly rows = new Map<number, number>();
  private w: Float32Array;
  private u: Float32Array; // sum of (instance counter * delta): averaged = w - u / c
  private nRows = 0;
  private c = 1;

  constructor(readonly nClasses: number) {
    this.w = new Float32Array(1024 * nClasses);
    this.u = new Float32Array(1024 * nClasses);
  }

  score(keys: Int32Array, n: number, out: Float32Array): void {
    const C = this.nClasses;
    out.fill(0, 0, C);
    for (let k = 0; k < n; k++) {
      const r = this.rows.get(keys[k]!);
      if (r === undefined) continue;
      const base = r * C;
      for (let j = 0; j < C; j++) out[j]! += this.w[base + j]!;
    }
  }

  private row(key: number): number {
    let r = this.rows.get(key);
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
      this.rows.set(key, r);
    }
    return r;
  }

  /** Moves weight from `wrong` to `right` for every active feature. */
  update(keys: Int32Array, n: number, right: number, wrong: number): void {
    if (right === wrong) return;
    const C = this.nClasses;
    for (let k = 0; k < n; k++) {
      const base = this.row(keys[k]!) * C;
      this.w[base + right]! += 1;
      this.u[base + right]! += this.c;
      this.w[base + wrong]! -= 1;
      this.u[base + wrong]! -= this.c;
    }
  }

  /** Call once per training instance (the clock of the averaging). */
  tick(): void {
    this.c++;
  }

  get size(): number {
    return this.nRows;
  }

  /** Averaged, quantised (int16) and pruned: weights that round to 0 are dropped. */
  freeze(): FrozenWeights {
    const C = this.nClasses;
    const avg = new Float32Array(this.nRows * C);
    let maxAbs = 0;
    for (let i = 0; i < avg.length; i++) {
      const v = this.w[i]! - this.u[i]! / this.c;
      avg[i] = v;
      if (Math.abs(v) > maxAbs) maxAbs = Math.abs(v);
    }
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    // Drop weights below a small fraction of the largest: they never change a decision in practice.
    const minKeep = maxAbs / 4000;
    const keys: number[] = [];
    const ptr: number[] = [0];
    const cls: number[] = [];
    const q: number[] = [];
    for (const [key, r] of [...this.rows.entries()].sort((a, b) => a[0] - b[0])) {
      let any = false;
      for (let j = 0; j < C; j++) {
        const v = avg[r * C + j]!;
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
    }
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
export class LinearModel {
  readonly nClasses: number;
  private readonly mask: number;
  private readonly table: Int32Array; // key per slot, 0 = empty
  private readonly slotRow: Int32Array;
  private readonly ptr: Int32Array;
  private readonly cls: Uint16Array;
  private readonly w: Float32Array;

  constructor(fw: FrozenWeights) {
    this.nClasses = fw.nClasses;
    let size = 16;
    while (size < fw.keys.length * 2) size *= 2;
    this.mask = size - 1;
    this.table = new Int32Array(size);
    this.slotRow = new Int32Array(size);
    for (let r = 0; r < fw.keys.length; r++) {
      const key = fw.keys[r]!;
      let s = (key ^ (key >>> 15)) & this.mask;
      while (this.table[s] !== 0) s = (s + 1) & this.mask;
      this.table[s] = key;
      this.slotRow[s] = r;
    }
    this.ptr = fw.ptr;
    this.cls = fw.cls;
    this.w = new Float32Array(fw.q.length);
    for (let i = 0; i < fw.q.length; i++) this.w[i] = fw.q[i]! * fw.scale;
  }

  score(keys: Int32Array, n: number, out: Float32Array): void {
    out.fill(0, 0, this.nClasses);
    const { table, mask, slotRow, ptr, cls, w } = this;
    for (let k = 0; k < n; k++) {
      const key = keys[k]!;
      let s = (key ^ (key >>> 15)) & mask;
      let t = table[s]!;
      while (t !== key) {
        if (t === 0) break;
        s = (s + 1) & mask;
        t = table[s]!;
      }
      if (t === 0) continue;
      const r = slotRow[s]!;
      const end = ptr[r + 1]!;
      for (let j = ptr[r]!; j < end; j++) out[cls[j]!]! += w[j]!;
    }
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
