// The labeller: hashed linear scores per token and label, first-order label transitions, and Viterbi
// decoding restricted to valid IOB2 sequences (I-X only after B-X or I-X).
import { gunzipSync, gzipSync } from 'node:zlib';
import type { FeatureList } from './features.js';

export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type IobTag = (typeof LABELS)[number];
export const NL = LABELS.length;

/** allowed[(prev + 1) * NL + cur]: prev = -1 is the sentence start. */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((NL + 1) * NL);
  for (let p = -1; p < NL; p++) {
    for (let c = 0; c < NL; c++) {
      const cur = LABELS[c]!;
      let ok = true;
      if (cur.startsWith('I-')) ok = p >= 0 && LABELS[p]!.slice(2) === cur.slice(2);
      a[(p + 1) * NL + c] = ok ? 1 : 0;
    }
  }
  return a;
})();

/** For each label, its allowed predecessor labels (not the start): PREV_LIST[PREV_START[c] .. PREV_START[c+1]). */
const PREV_START = new Int32Array(NL + 1);
const PREV_LIST: Int8Array = (() => {
  const list: number[] = [];
  for (let c = 0; c < NL; c++) {
    PREV_START[c] = list.length;
    for (let p = 0; p < NL; p++) if (ALLOWED[(p + 1) * NL + c]) list.push(p);
  }
  PREV_START[NL] = list.length;
  return Int8Array.from(list);
})();

export interface ModelInfo {
  lang: string;
  /** Free-form training record (data, epochs, dev F1), kept in the file for provenance. */
  trained: Record<string, unknown>;
}

export class NerModel {
  readonly mask: number;
  constructor(
    readonly bits: number,
    /** weights[(hash & mask) * NL + label] * scale; int16 when loaded from a file (half the memory, no conversion). */
    readonly weights: Float32Array | Int16Array,
    /** trans[(prev + 1) * NL + cur] */
    readonly trans: Float32Array,
    readonly info: ModelInfo,
    readonly scale = 1,
  ) {
    this.mask = (1 << bits) - 1;
  }

  /** Emission scores: scores[i * NL + label], from the sentence's features plus optional extra ones. */
  emissions(sf: FeatureList, scores = new Float32Array(sf.n * NL), extra?: FeatureList): Float32Array {
    const w = this.weights, mask = this.mask, scale = this.scale;
    for (let i = 0; i < sf.n; i++) {
      const base = i * NL;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
      for (let pass = 0; pass < 2; pass++) {
        const fl = pass === 0 ? sf : extra;
        if (!fl) break;
        const { feats, offs } = fl;
        for (let k = offs[i]!, e = offs[i + 1]!; k < e; k++) {
          const o = (feats[k]! & mask) * NL;
          s0 += w[o]!; s1 += w[o + 1]!; s2 += w[o + 2]!; s3 += w[o + 3]!; s4 += w[o + 4]!;
          s5 += w[o + 5]!; s6 += w[o + 6]!; s7 += w[o + 7]!; s8 += w[o + 8]!;
        }
      }
      scores[base] = s0 * scale; scores[base + 1] = s1 * scale; scores[base + 2] = s2 * scale; scores[base + 3] = s3 * scale;
      scores[base + 4] = s4 * scale; scores[base + 5] = s5 * scale; scores[base + 6] = s6 * scale; scores[base + 7] = s7 * scale;
      scores[base + 8] = s8 * scale;
    }
    return scores;
  }

  /** Best valid IOB2 label sequence (label indices into LABELS). */
  decode(sf: FeatureList, extra?: FeatureList): Int32Array {
    return viterbi(this.emissions(sf, undefined, extra), sf.n, this.trans);
  }

  serialize(): Buffer {
    // int16 quantisation keeps the file small; the scale keeps relative weights exact to ~1e-4
    let max = 0;
    for (let i = 0; i < this.weights.length; i++) max = Math.max(max, Math.abs(this.weights[i]! * this.scale));
    const scale = max > 0 ? max / 32767 : 1;
    const q = new Int16Array(this.weights.length);
    for (let i = 0; i < q.length; i++) q[i] = Math.round((this.weights[i]! * this.scale) / scale);
    const header = Buffer.from(JSON.stringify({ format: 'sitrep-ner/1', bits: this.bits, labels: LABELS, scale, info: this.info }));
    const len = Buffer.alloc(4);
    len.writeUInt32LE(header.length);
    const trans = Buffer.from(this.trans.buffer, this.trans.byteOffset, this.trans.byteLength);
    return gzipSync(Buffer.concat([len, header, trans, Buffer.from(q.buffer, q.byteOffset, q.byteLength)]), { level: 9 });
  }

  static deserialize(gz: Buffer, where: string): NerModel {
    const buf = gunzipSync(gz);
    const hlen = buf.readUInt32LE(0);
    const header = JSON.parse(buf.subarray(4, 4 + hlen).toString('utf8')) as {
      format: string; bits: number; labels: string[]; scale: number; info: ModelInfo;
    };
    if (header.format !== 'sitrep-ner/1' || header.labels.join() !== LABELS.join()) {
      throw new Error(`${where}: not a sitrep NER model of this version`);
    }
    let off = 4 + hlen;
    const trans = new Float32Array((NL + 1) * NL);
    for (let i = 0; i < trans.length; i++, off += 4) trans[i] = buf.readFloatLE(off);
    const size = (1 << header.bits) * NL;
    if (buf.length < off + size * 2) throw new Error(`${where}: truncated model file`);
    // int16 views need 2-byte alignment: copy only when the decompressed buffer is misaligned
    const aligned = (buf.byteOffset + off) % 2 === 0;
    const q = aligned ? new Int16Array(buf.buffer, buf.byteOffset + off, size) : new Int16Array(buf.buffer.slice(buf.byteOffset + off, buf.byteOffset + off + size * 2));
    return new NerModel(header.bits, q, trans, header.info, header.scale);
  }
}

// viterbi's unrolled scan assumes nine labels with O first and B-X at odd indices, allowed after anything
for (let c = 0; c < NL; c++) {
  if ((c === 0 || (c & 1) === 1) && PREV_START[c + 1]! - PREV_START[c]! !== NL) throw new Error('viterbi: label layout changed');
}
if (NL !== 9) throw new Error('viterbi: label layout changed');

let vDelta = new Float64Array(1024 * NL);
let vBack = new Int8Array(1024 * NL);

/** Viterbi over emission scores with IOB2-constrained transitions. */
export function viterbi(scores: Float32Array | Float64Array, n: number, trans: Float32Array | Float64Array): Int32Array {
  const out = new Int32Array(n);
  if (n === 0) return out;
  // lattice buffers reused across calls (single-threaded): no allocation per sentence
  if (vDelta.length < n * NL) {
    vDelta = new Float64Array(n * NL * 2);
    vBack = new Int8Array(n * NL * 2);
  }
  const delta = vDelta, back = vBack;
  for (let c = 0; c < NL; c++) delta[c] = ALLOWED[c] ? scores[c]! + trans[c]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * NL;
    // the previous column in locals: read once for all nine labels
    const d0 = delta[prev]!, d1 = delta[prev + 1]!, d2 = delta[prev + 2]!, d3 = delta[prev + 3]!, d4 = delta[prev + 4]!;
    const d5 = delta[prev + 5]!, d6 = delta[prev + 6]!, d7 = delta[prev + 7]!, d8 = delta[prev + 8]!;
    for (let c = 0; c < NL; c++) {
      let best = -Infinity, arg = 0;
      if (c === 0 || (c & 1) === 1) {
        // O and B-X: every label may precede, in increasing order (same ties as a full scan)
        let v = d0 + trans[NL + c]!; if (v > best) { best = v; arg = 0; }
        v = d1 + trans[2 * NL + c]!; if (v > best) { best = v; arg = 1; }
        v = d2 + trans[3 * NL + c]!; if (v > best) { best = v; arg = 2; }
        v = d3 + trans[4 * NL + c]!; if (v > best) { best = v; arg = 3; }
        v = d4 + trans[5 * NL + c]!; if (v > best) { best = v; arg = 4; }
        v = d5 + trans[6 * NL + c]!; if (v > best) { best = v; arg = 5; }
        v = d6 + trans[7 * NL + c]!; if (v > best) { best = v; arg = 6; }
        v = d7 + trans[8 * NL + c]!; if (v > best) { best = v; arg = 7; }
        v = d8 + trans[9 * NL + c]!; if (v > best) { best = v; arg = 8; }
      } else {
        // allowed predecessors only, in increasing order
        for (let k = PREV_START[c]!, e = PREV_START[c + 1]!; k < e; k++) {
          const p = PREV_LIST[k]!;
          const v = delta[prev + p]! + trans[(p + 1) * NL + c]!;
          if (v > best) { best = v; arg = p; }
        }
      }
      delta[i * NL + c] = best + scores[i * NL + c]!;
      back[i * NL + c] = arg;
    }
  }
  let best = -Infinity, arg = 0;
  for (let c = 0; c < NL; c++) if (delta[(n - 1) * NL + c]! > best) { best = delta[(n - 1) * NL + c]!; arg = c; }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * NL + out[i]!]!;
  return out;
}

/**
 * Confidence of each decoded label: the score margin between the best path and the best path that
 * gives this token another label (max-marginals from a forward and a backward Viterbi pass), through
 * a logistic with the given temperature. No exponentials inside the lattice: cheap enough to run always.
 */
export function confidences(
  scores: Float32Array, n: number, trans: Float32Array, best: Int32Array, temperature: number,
  /** The forward pass when already computed: viterbiLattice() right after viterbi() on the same scores. */
  forward?: Float64Array,
): Float32Array {
  const out = new Float32Array(n);
  if (n === 0) return out;
  // lattices reused across calls (single-threaded); the maxima run over the allowed transitions only
  // (the same values as a scan that skips the disallowed ones, so the same results)
  if (cFwd.length < n * NL) {
    cFwd = new Float64Array(n * NL * 2);
    cBwd = new Float64Array(n * NL * 2);
  }
  const fwd = forward ?? cFwd, bwd = cBwd;
  if (!forward) forwardPass(scores, n, trans, fwd);
  for (let c = 0; c < NL; c++) bwd[(n - 1) * NL + c] = 0;
  for (let i = n - 2; i >= 0; i--) {
    const next = (i + 1) * NL;
    // The next column's O and B-X scores and backward values in locals, read once for all nine labels: each label
    // may be followed by O and any B-X, and by the I- of its own type (see the layout check below), maximised
    // over in increasing order as a scan of NEXT_LIST would (the same sums, the same maximum).
    const s0 = scores[next]!, s1 = scores[next + 1]!, s3 = scores[next + 3]!, s5 = scores[next + 5]!, s7 = scores[next + 7]!;
    const b0 = bwd[next]!, b1 = bwd[next + 1]!, b3 = bwd[next + 3]!, b5 = bwd[next + 5]!, b7 = bwd[next + 7]!;
    for (let p = 0; p < NL; p++) {
      const t = (p + 1) * NL;
      let m = -Infinity;
      let v = trans[t]! + s0 + b0; if (v > m) m = v;
      v = trans[t + 1]! + s1 + b1; if (v > m) m = v;
      if (p === 1 || p === 2) { v = trans[t + 2]! + scores[next + 2]! + bwd[next + 2]!; if (v > m) m = v; }
      v = trans[t + 3]! + s3 + b3; if (v > m) m = v;
      if (p === 3 || p === 4) { v = trans[t + 4]! + scores[next + 4]! + bwd[next + 4]!; if (v > m) m = v; }
      v = trans[t + 5]! + s5 + b5; if (v > m) m = v;
      if (p === 5 || p === 6) { v = trans[t + 6]! + scores[next + 6]! + bwd[next + 6]!; if (v > m) m = v; }
      v = trans[t + 7]! + s7 + b7; if (v > m) m = v;
      if (p === 7 || p === 8) { v = trans[t + 8]! + scores[next + 8]! + bwd[next + 8]!; if (v > m) m = v; }
      bwd[i * NL + p] = m;
    }
  }
  for (let i = 0; i < n; i++) {
    const b = best[i]!;
    const mine = fwd[i * NL + b]! + bwd[i * NL + b]!;
    let other = -Infinity;
    for (let c = 0; c < NL; c++) if (c !== b) other = Math.max(other, fwd[i * NL + c]! + bwd[i * NL + c]!);
    out[i] = 1 / (1 + Math.exp(-(mine - other) / temperature));
  }
  return out;
}

/** Max-product forward lattice: the same values as viterbi's (both maximise over the allowed moves). */
function forwardPass(scores: Float32Array, n: number, trans: Float32Array, fwd: Float64Array): void {
  for (let c = 0; c < NL; c++) fwd[c] = ALLOWED[c] ? scores[c]! + trans[c]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * NL;
    for (let c = 0; c < NL; c++) {
      let m = -Infinity;
      for (let k = PREV_START[c]!, e = PREV_START[c + 1]!; k < e; k++) {
        const p = PREV_LIST[k]!;
        const v = fwd[prev + p]! + trans[(p + 1) * NL + c]!;
        if (v > m) m = v;
      }
      fwd[i * NL + c] = m + scores[i * NL + c]!;
    }
  }
}

/** The forward lattice of the last viterbi() call (reused by the next one): see confidences(). */
export function viterbiLattice(): Float64Array {
  return vDelta;
}

let cFwd = new Float64Array(256 * NL);
let cBwd = new Float64Array(256 * NL);

/** For each label, the labels allowed to follow it: NEXT_LIST[NEXT_START[p] .. NEXT_START[p+1]). */
const NEXT_START = new Int32Array(NL + 1);
const NEXT_LIST: Int8Array = (() => {
  const list: number[] = [];
  for (let p = 0; p < NL; p++) {
    NEXT_START[p] = list.length;
    for (let c = 0; c < NL; c++) if (ALLOWED[(p + 1) * NL + c]) list.push(c);
  }
  NEXT_START[NL] = list.length;
  return Int8Array.from(list);
})();

// confidences' unrolled backward pass assumes that label p may be followed by O, every B-X, and I-X of its own type only
for (let p = 0; p < NL; p++) {
  const next = Array.from(NEXT_LIST.subarray(NEXT_START[p]!, NEXT_START[p + 1]!)).join();
  const own = p > 0 ? ((p + 1) >> 1) * 2 : -1;
  const expected = [0, 1, 2, 3, 4, 5, 6, 7, 8].filter((c) => c === 0 || (c & 1) === 1 || c === own).join();
  if (next !== expected) throw new Error('confidences: label layout changed');
}
