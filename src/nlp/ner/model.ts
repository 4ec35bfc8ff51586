// The labeller: hashed linear scores per token and label, first-order label transitions, and Viterbi
// decoding restricted to valid IOB2 sequences (I-X only after B-X or I-X).
import { gunzipSync, gzipSync } from 'node:zlib';
import type { SentenceFeatures } from './features.js';

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

export interface ModelInfo {
  lang: string;
  /** Free-form training record (data, epochs, dev F1), kept in the file for provenance. */
  trained: Record<string, unknown>;
}

export class NerModel {
  readonly mask: number;
  constructor(
    readonly bits: number,
    /** weights[(hash & mask) * NL + label] */
    readonly weights: Float32Array,
    /** trans[(prev + 1) * NL + cur] */
    readonly trans: Float32Array,
    readonly info: ModelInfo,
  ) {
    this.mask = (1 << bits) - 1;
  }

  /** Emission scores: scores[i * NL + label]. */
  emissions(sf: SentenceFeatures, scores = new Float32Array(sf.n * NL)): Float32Array {
    const { feats, offs } = sf;
    const w = this.weights, mask = this.mask;
    for (let i = 0; i < sf.n; i++) {
      const base = i * NL;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
      for (let k = offs[i]!, e = offs[i + 1]!; k < e; k++) {
        const o = (feats[k]! & mask) * NL;
        s0 += w[o]!; s1 += w[o + 1]!; s2 += w[o + 2]!; s3 += w[o + 3]!; s4 += w[o + 4]!;
        s5 += w[o + 5]!; s6 += w[o + 6]!; s7 += w[o + 7]!; s8 += w[o + 8]!;
      }
      scores[base] = s0; scores[base + 1] = s1; scores[base + 2] = s2; scores[base + 3] = s3; scores[base + 4] = s4;
      scores[base + 5] = s5; scores[base + 6] = s6; scores[base + 7] = s7; scores[base + 8] = s8;
    }
    return scores;
  }

  /** Best valid IOB2 label sequence (label indices into LABELS). */
  decode(sf: SentenceFeatures): Int32Array {
    return viterbi(this.emissions(sf), sf.n, this.trans);
  }

  serialize(): Buffer {
    // int16 quantisation keeps the file small; the scale keeps relative weights exact to ~1e-4
    let max = 0;
    for (let i = 0; i < this.weights.length; i++) max = Math.max(max, Math.abs(this.weights[i]!));
    const scale = max > 0 ? max / 32767 : 1;
    const q = new Int16Array(this.weights.length);
    for (let i = 0; i < q.length; i++) q[i] = Math.round(this.weights[i]! / scale);
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
    const q = new Int16Array(buf.buffer.slice(buf.byteOffset + off, buf.byteOffset + off + size * 2));
    const weights = new Float32Array(size);
    for (let i = 0; i < size; i++) weights[i] = q[i]! * header.scale;
    return new NerModel(header.bits, weights, trans, header.info);
  }
}

/** Viterbi over emission scores with IOB2-constrained transitions. */
export function viterbi(scores: Float32Array | Float64Array, n: number, trans: Float32Array | Float64Array): Int32Array {
  const out = new Int32Array(n);
  if (n === 0) return out;
  const delta = new Float64Array(n * NL);
  const back = new Int8Array(n * NL);
  for (let c = 0; c < NL; c++) delta[c] = ALLOWED[c] ? scores[c]! + trans[c]! : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let c = 0; c < NL; c++) {
      let best = -Infinity, arg = 0;
      for (let p = 0; p < NL; p++) {
        const t = (p + 1) * NL + c;
        if (!ALLOWED[t]) continue;
        const v = delta[(i - 1) * NL + p]! + trans[t]!;
        if (v > best) { best = v; arg = p; }
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
 * Per-token label probabilities (forward-backward over the same constrained lattice, scores divided by
 * `temperature`): marg[i * NL + label]. Used as the confidence of a decoded label.
 */
export function marginals(scores: Float32Array, n: number, trans: Float32Array, temperature: number): Float64Array {
  const alpha = new Float64Array(n * NL), beta = new Float64Array(n * NL), marg = new Float64Array(n * NL);
  if (n === 0) return marg;
  const lse = (xs: Float64Array | number[], len: number) => {
    let m = -Infinity;
    for (let k = 0; k < len; k++) if (xs[k]! > m) m = xs[k]!;
    if (m === -Infinity) return m;
    let s = 0;
    for (let k = 0; k < len; k++) s += Math.exp(xs[k]! - m);
    return m + Math.log(s);
  };
  const tmp = new Float64Array(NL);
  for (let c = 0; c < NL; c++) alpha[c] = ALLOWED[c] ? (scores[c]! + trans[c]!) / temperature : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let c = 0; c < NL; c++) {
      for (let p = 0; p < NL; p++) {
        const t = (p + 1) * NL + c;
        tmp[p] = ALLOWED[t] ? alpha[(i - 1) * NL + p]! + trans[t]! / temperature : -Infinity;
      }
      alpha[i * NL + c] = lse(tmp, NL) + scores[i * NL + c]! / temperature;
    }
  }
  for (let c = 0; c < NL; c++) beta[(n - 1) * NL + c] = 0;
  for (let i = n - 2; i >= 0; i--) {
    for (let p = 0; p < NL; p++) {
      for (let c = 0; c < NL; c++) {
        const t = (p + 1) * NL + c;
        tmp[c] = ALLOWED[t] ? trans[t]! / temperature + scores[(i + 1) * NL + c]! / temperature + beta[(i + 1) * NL + c]! : -Infinity;
      }
      beta[i * NL + p] = lse(tmp, NL);
    }
  }
  const z = lse(alpha.subarray((n - 1) * NL, n * NL), NL);
  for (let k = 0; k < n * NL; k++) marg[k] = Math.exp(alpha[k]! + beta[k]! - z);
  return marg;
}
