// Per-token lexical ids, computed once per sentence and shared by tagger, feature classifier
// and lemmatizer: lowercase form, affixes and word shape, all as 32-bit hashes.
import { hashStr } from './hash.js';

export const MAX_AFFIX = 5;

export interface Lexical {
  n: number;
  lower: string[];
  w: Int32Array; // lowercase form
  /** suf[k * n + i]: suffix of length k+1 of token i (the whole word when shorter). */
  suf: Int32Array;
  pre: Int32Array; // prefixes of length 1..3, same layout
  shape: Int32Array;
  /** Word-cluster bit path + 1 (0 = no cluster): distributional class of the word. */
  cl: Int32Array;
}

/** Lowercase-form hash -> cluster bit path (12 bits, 4 per level; prefixes are coarser clusters). */
export type Clusters = Map<number, number>;

export function lexical(forms: string[], clusters?: Clusters): Lexical {
  const n = forms.length;
  const lower = new Array<string>(n);
  const w = new Int32Array(n);
  const suf = new Int32Array(n * MAX_AFFIX);
  const pre = new Int32Array(n * 3);
  const shape = new Int32Array(n);
  const cl = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const f = forms[i]!;
    const lw = f.toLowerCase();
    lower[i] = lw;
    w[i] = hashStr(lw);
    const len = lw.length;
    for (let k = 0; k < MAX_AFFIX; k++) suf[k * n + i] = hashStr(lw, Math.max(0, len - k - 1), len) ^ (k + 1);
    for (let k = 0; k < 3; k++) pre[k * n + i] = hashStr(lw, 0, Math.min(len, k + 1)) ^ (k + 17);
    shape[i] = shapeHash(f);
    if (clusters) cl[i] = (clusters.get(w[i]!) ?? -1) + 1;
  }
  return { n, lower, w, suf, pre, shape, cl };
}

// Character classes with runs collapsed: "Noord-Afghanistan" -> "Xx-Xx", "150.000" -> "d.d".
function shapeHash(s: string): number {
  let h = 0x811c9dc5;
  let prev = -1;
  let count = 0;
  for (let i = 0; i < s.length && count < 8; i++) {
    const ch = s.charCodeAt(i);
    let c: number;
    if (ch >= 48 && ch <= 57) c = 1;
    else {
      const chr = s[i]!;
      const lo = chr.toLowerCase();
      const up = chr.toUpperCase();
      if (lo !== up) c = chr === up ? 2 : 3;
      else c = 16 + (ch & 0xffff);
    }
    if (c === prev) continue;
    prev = c;
    count++;
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  return (h ^ Math.min(s.length, 12)) | 0;
}
