// Word clusters from unlabelled text, for features that generalise from seen to unseen words
// ("Kleinwerve" behaves like other villages). Distributional and hierarchical: each word is a vector of
// its left and right neighbours (the most frequent context words, sqrt counts, unit length), clustered by
// spherical k-means into BRANCH groups, each group again into BRANCH groups, DEPTH levels deep. A word's
// path is its group index at each level, 4 bits per level, so prefixes are coarser clusters.
import { prng } from './hash.js';

export interface ClusterOptions {
  minCount: number;
  contexts: number;
  branch: number;
  depth: number;
  iterations: number;
  seed: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { minCount: 3, contexts: 2000, branch: 16, depth: 3, iterations: 12, seed: 7 };

interface SparseVec {
  idx: Int32Array;
  val: Float32Array;
}

/** Lowercased sentences in -> word -> bit path ("0101..."), deterministic for fixed options. */
export function clusterWords(sentences: Iterable<readonly string[]>, opts: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): Map<string, string> {
  const freq = new Map<string, number>();
  const corpus: string[][] = [];
  for (const s of sentences) {
    const low = s.map((w) => w.toLowerCase());
    corpus.push(low);
    for (const w of low) freq.set(w, (freq.get(w) ?? 0) + 1);
  }
  const byFreq = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const ctxIndex = new Map<string, number>(byFreq.slice(0, opts.contexts).map(([w], i) => [w, i]));
  const words = byFreq.filter(([, c]) => c >= opts.minCount).map(([w]) => w);
  const wordIndex = new Map(words.map((w, i) => [w, i]));
  // counts: left contexts in [0, contexts), right contexts in [contexts, 2*contexts); "other" as the last slot of each side
  const C = opts.contexts + 1;
  const counts: Map<number, number>[] = words.map(() => new Map());
  for (const s of corpus) {
    for (let i = 0; i < s.length; i++) {
      const wi = wordIndex.get(s[i]!);
      if (wi === undefined) continue;
      const m = counts[wi]!;
      const l = i > 0 ? ctxIndex.get(s[i - 1]!) ?? opts.contexts : opts.contexts;
      const r = i + 1 < s.length ? ctxIndex.get(s[i + 1]!) ?? opts.contexts : opts.contexts;
      m.set(l, (m.get(l) ?? 0) + 1);
      m.set(C + r, (m.get(C + r) ?? 0) + 1);
    }
  }
  const dim = 2 * C;
  const vecs: SparseVec[] = counts.map((m) => {
    const keys = [...m.keys()].sort((a, b) => a - b);
    const val = Float32Array.from(keys, (k) => Math.sqrt(m.get(k)!));
    let norm = 0;
    for (const v of val) norm += v * v;
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < val.length; k++) val[k]! /= norm;
    return { idx: Int32Array.from(keys), val };
  });
  const paths = new Map<string, string>();
  const rand = prng(opts.seed);
  const recurse = (members: number[], path: string, level: number) => {
    if (level === opts.depth || members.length <= opts.branch) {
      // leaves: remaining members get distinct-enough codes by their order within the group
      members.forEach((m) => paths.set(words[m]!, path.padEnd(opts.depth * 4, '0')));
      return;
    }
    const groups = kmeans(vecs, members, opts.branch, dim, opts.iterations, rand);
    groups.forEach((g, k) => recurse(g, path + k.toString(2).padStart(4, '0'), level + 1));
  };
  recurse(words.map((_, i) => i), '', 0);
  return paths;
}

/** Spherical k-means (cosine) over a subset of sparse unit vectors; returns the member lists. */
function kmeans(vecs: SparseVec[], members: number[], k: number, dim: number, iterations: number, rand: () => number): number[][] {
  // seeds: k distinct members spread over the frequency order (members are sorted by frequency)
  const centroids: Float32Array[] = [];
  const picked = new Set<number>();
  while (centroids.length < k) {
    const m = members[Math.floor(rand() * members.length)]!;
    if (picked.has(m)) continue;
    picked.add(m);
    const c = new Float32Array(dim);
    const v = vecs[m]!;
    for (let j = 0; j < v.idx.length; j++) c[v.idx[j]!] = v.val[j]!;
    centroids.push(c);
  }
  const assign = new Int32Array(members.length).fill(-1);
  for (let it = 0; it < iterations; it++) {
    let changed = 0;
    members.forEach((m, mi) => {
      const v = vecs[m]!;
      let best = -Infinity, arg = 0;
      for (let c = 0; c < k; c++) {
        const cen = centroids[c]!;
        let dot = 0;
        for (let j = 0; j < v.idx.length; j++) dot += cen[v.idx[j]!]! * v.val[j]!;
        if (dot > best) { best = dot; arg = c; }
      }
      if (assign[mi] !== arg) { assign[mi] = arg; changed++; }
    });
    for (const c of centroids) c.fill(0);
    members.forEach((m, mi) => {
      const v = vecs[m]!, cen = centroids[assign[mi]!]!;
      for (let j = 0; j < v.idx.length; j++) cen[v.idx[j]!]! += v.val[j]!;
    });
    for (const c of centroids) {
      let norm = 0;
      for (let j = 0; j < dim; j++) norm += c[j]! * c[j]!;
      norm = Math.sqrt(norm) || 1;
      for (let j = 0; j < dim; j++) c[j]! /= norm;
    }
    if (changed === 0) break;
  }
  const groups: number[][] = Array.from({ length: k }, () => []);
  members.forEach((m, mi) => groups[assign[mi]!]!.push(m));
  return groups;
}

