// A trained recognizer: stage 1 labels each document; stage 2 (when its model exists) labels it again
// with what stage 1 said about the same words elsewhere in the document (document memory).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODELS_DIR } from '../../paths.js';
import {
  docContext, docContextIds, intrinsicFeatures, memoryFeatures, NEIGHBOURS, neighbourFeatures, sentenceFeatures, TYPE_BITS, WordTable,
  type FeatureList, type Lexicons, type SentenceFeatures,
} from './features.js';
import { loadLexicons } from './lexicons.js';
import { LABELS, NL, NerModel, confidences, viterbi, viterbiLattice, type IobTag } from './model.js';
import { spans } from './conll.js';
import type { LabelledSentence, Recognizer, TokenHints } from './types.js';

export class StatisticalRecognizer implements Recognizer {
  /**
   * Both stages' weights interleaved per bucket (stage 1's 9 labels, then stage 2's): the shared
   * features are looked up once for both stages, one cache line instead of two. Scoring is memory-bound,
   * so this nearly halves the time of a two-stage run. Only the buckets with a weight are kept (about a
   * quarter), in bucket order: bucket b is row rowOf(b) (see `live`, `rank`), a table a quarter the size.
   */
  private readonly pair: Int16Array | null = null;
  /** Bit b set when bucket b has a non-zero weight. */
  private readonly live = new Int32Array(0);
  /** rank[w]: the live buckets before bucket 32 * w (the row of the first live one from there). */
  private readonly rank = new Int32Array(0);
  /** Word forms seen (ids, hashes) and, per id, the summed paired weights of its word-intrinsic features. */
  private readonly words: WordTable;
  /**
   * sums[(id * (1 + NEIGHBOURS) + r) * 2 * NL + l]: stage 1 then stage 2, of the word's intrinsic features (r = 0)
   * and of its features in each neighbour role (r = 1 + role of neighbourFeatures); integers, so adding them in
   * this grouping gives the same scores as adding each feature's weights.
   */
  private sums = new Int32Array(2 * NL * (1 + NEIGHBOURS) * 4096);
  /** The same sums for no word in a neighbour role (the sentence edges): edge[role * 2 * NL + l]. */
  private readonly edge = new Int32Array(2 * NL * NEIGHBOURS);
  /** Scratch of labelPaired: per token, the sums of its neighbours' roles. */
  private near = new Int32Array(2 * NL * 256);

  readonly stage1: NerModel;
  readonly stage2: NerModel | null;
  readonly readsHints = false;

  constructor(
    stage1: NerModel,
    stage2: NerModel | null,
    readonly lex: Lexicons,
  ) {
    this.stage1 = stage1;
    this.stage2 = stage2;
    this.words = new WordTable(lex);
    const w1 = stage1.weights, w2 = stage2?.weights;
    if (stage2 && w1 instanceof Int16Array && w2 instanceof Int16Array && stage2.bits === stage1.bits) {
      const buckets = w1.length / NL;
      const live = new Int32Array(Math.ceil(buckets / 32));
      let rows = 0;
      for (let b = 0; b < buckets; b++) {
        for (let l = 0; l < NL; l++) {
          if (w1[b * NL + l] !== 0 || w2[b * NL + l] !== 0) {
            live[b >>> 5]! |= 1 << (b & 31);
            rows++;
            break;
          }
        }
      }
      const rank = new Int32Array(live.length);
      for (let w = 1; w < live.length; w++) rank[w] = rank[w - 1]! + popcount(live[w - 1]!);
      const pair = new Int16Array(rows * 2 * NL);
      for (let b = 0, row = 0; b < buckets; b++) {
        if (!((live[b >>> 5]! >>> (b & 31)) & 1)) continue;
        const src = b * NL, dst = row++ * 2 * NL;
        for (let l = 0; l < NL; l++) {
          pair[dst + l] = w1[src + l]!;
          pair[dst + NL + l] = w2[src + l]!;
        }
      }
      this.pair = pair;
      this.live = live;
      this.rank = rank;
      // the separate tables are no longer needed: keep transitions and scales only
      const strip = (m: NerModel) => new NerModel(m.bits, new Int16Array(0), m.trans, m.info, m.scale);
      this.stage1 = strip(stage1);
      this.stage2 = strip(stage2);
      for (let r = 0; r < NEIGHBOURS; r++) {
        const f = WORD_SCRATCH;
        f.length = 0;
        neighbourFeatures(r, null, f);
        this.sumInto(f, this.edge, r * 2 * NL);
      }
    }
  }

  /** The row of bucket b in `pair`, -1 when b has no weight. */
  private rowOf(b: number): number {
    const w = this.live[b >>> 5]!;
    return (w >>> (b & 31)) & 1 ? this.rank[b >>> 5]! + popcount(w & ((1 << (b & 31)) - 1)) : -1;
  }

  /** Sets out[at, at + 2 * NL) to the paired weights summed over the features f. */
  private sumInto(f: number[], out: Int32Array, at: number, from = 0, to = f.length): void {
    const pair = this.pair!, mask = this.stage1.mask, W = 2 * NL;
    for (let l = 0; l < W; l++) out[at + l] = 0;
    for (let k = from; k < to; k++) {
      const r = this.rowOf(f[k]! & mask);
      if (r < 0) continue;
      const o = r * W;
      for (let l = 0; l < W; l++) out[at + l]! += pair[o + l]!;
    }
  }

  /** Loads `<lang>-stage1.bin.gz` (required), `<lang>-stage2.bin.gz`, gazetteer and clusters from models/ner/. */
  static load(lang: string, dir = join(MODELS_DIR, 'ner')): StatisticalRecognizer {
    const f1 = join(dir, `${lang}-stage1.bin.gz`);
    if (!existsSync(f1)) throw new Error(`NER model ${f1} is missing: run npm run train:ner`);
    const f2 = join(dir, `${lang}-stage2.bin.gz`);
    const m1 = NerModel.deserialize(readFileSync(f1), f1);
    // optional lexicon features are used only when the model was trained with them
    const trained = m1.info.trained;
    const lex = loadLexicons(join(dir, `${lang}-gazetteer.tsv`), join(dir, `${lang}-clusters.tsv`), join(dir, `${lang}-firstnames.txt`), [],
      trained.trainLex === true ? join(dir, `${lang}-trainlex.tsv`) : '');
    if (trained.gazWords !== true) delete lex.gazWords;
    return new StatisticalRecognizer(m1, existsSync(f2) ? NerModel.deserialize(readFileSync(f2), f2) : null, lex);
  }

  /** Labels the sentences of one document; confidences are computed only when asked for. */
  label(sentences: readonly (readonly string[])[], _hints?: readonly TokenHints[], withConfidence = true): LabelledSentence[] {
    const nbm = this.stage1.info.trained.docNeighbours;
    const neighbours = nbm === true || nbm === 1 ? 1 : nbm === 2 ? 2 : 0;
    if (this.pair && this.stage2) {
      if (this.words.size >= WORD_CACHE_MAX) this.words.clear(); // between documents only: ids stay valid within one
      const ids = sentences.map((s) => this.wordIds(s));
      const ctx = docContextIds(this.words, ids, neighbours);
      const feats = sentences.map((s, si) => sentenceFeatures(s, ctx, this.lex, { table: this.words, ids: ids[si]! }, false));
      return this.labelPaired(feats, ids, this.stage2, this.pair, withConfidence);
    }
    const ctx = docContext(sentences, neighbours);
    const feats = sentences.map((s) => sentenceFeatures(s, ctx, this.lex));
    const run = (model: NerModel, sf: SentenceFeatures, extra?: FeatureList): LabelledSentence => {
      if (scratch.length < sf.n * NL) scratch = new Float32Array(sf.n * NL * 2);
      const scores = model.emissions(sf, scratch, extra);
      const best = viterbi(scores, sf.n, model.trans);
      const confidence = withConfidence ? confidences(scores, sf.n, model.trans, best, TEMPERATURE, viterbiLattice()) : NO_CONFIDENCE;
      return { tags: tagsOf(best), confidence };
    };
    let out = feats.map((sf) => run(this.stage1, sf));
    if (this.stage2) {
      // stage 2 adds what stage 1 said about each capitalised word anywhere in the document
      const labels = new Map<number, number>();
      out.forEach((ls, si) => {
        for (const sp of spans(ls.tags)) {
          for (let i = sp.start; i < sp.end; i++) {
            const h = feats[si]!.lower[i]!;
            labels.set(h, (labels.get(h) ?? 0) | TYPE_BITS[sp.label]!);
          }
        }
      });
      const stage2 = this.stage2;
      out = feats.map((sf) => run(stage2, sf, memoryFeatures(sf, labels, stage2.info.trained.memContext === true)));
    }
    return out;
  }

  /** Word ids of a sentence; new words get their weight sums (intrinsic and neighbour roles). */
  private wordIds(tokens: readonly string[]): Int32Array {
    const words = this.words, ids = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const before = words.size;
      const id = (ids[i] = words.id(tokens[i]!));
      if (id === before) this.addSums(id);
    }
    return ids;
  }

  private addSums(id: number): void {
    const W = 2 * NL, R = 1 + NEIGHBOURS;
    if ((id + 1) * R * W > this.sums.length) {
      const bigger = new Int32Array(this.sums.length * 2);
      bigger.set(this.sums);
      this.sums = bigger;
    }
    const e = this.words.entry(id);
    const f = WORD_SCRATCH, ends = ROLE_ENDS;
    f.length = 0;
    intrinsicFeatures(e, f);
    ends[0] = f.length;
    for (let r = 0; r < NEIGHBOURS; r++) {
      neighbourFeatures(r, e, f);
      ends[r + 1] = f.length;
    }
    // all the buckets touched first, so that their cache misses overlap (a new word's ~30 features)
    const pair = this.pair!, mask = this.stage1.mask;
    let touch = 0;
    for (let k = 0; k < f.length; k++) touch += pair[Math.max(0, this.rowOf(f[k]! & mask)) * W]!;
    sink = touch;
    for (let r = 0; r < R; r++) this.sumInto(f, this.sums, (id * R + r) * W, r ? ends[r - 1]! : 0, ends[r]!);
  }

  /** Two stages over the interleaved table: stage-2 base scores come from stage 1's pass. */
  private labelPaired(feats: SentenceFeatures[], ids: Int32Array[], stage2: NerModel, pair: Int16Array, withConfidence: boolean): LabelledSentence[] {
    const s1 = this.stage1;
    const memContext = stage2.info.trained.memContext === true;
    const mask = s1.mask, sc1 = s1.scale, sc2 = stage2.scale, W = 2 * NL;
    const base2: Float32Array[] = [];
    // the stage-2 base scores of all the sentences in one buffer (one allocation)
    let total = 0;
    for (const sf of feats) total += sf.n * NL;
    const all2 = new Float32Array(total);
    let at2 = 0;
    const first = feats.map((sf, si) => {
      if (scratch.length < sf.n * NL) scratch = new Float32Array(sf.n * NL * 2);
      const e1 = scratch, e2 = all2.subarray(at2, (at2 += sf.n * NL));
      const { feats: f, offs } = sf;
      const wid = ids[si]!, sums = this.sums;
      // the buckets with a weight (a quarter of the lookups go to empty ones), found in a small bitset
      // without branches: their offsets into the table go to `rows`, token i's from `starts[i]`
      const live = this.live, rank = this.rank;
      if (rows.length < f.length) rows = new Int32Array(f.length * 2);
      if (starts.length <= sf.n) starts = new Int32Array(sf.n * 2 + 1);
      let m = 0;
      for (let i = 0; i < sf.n; i++) {
        starts[i] = m;
        for (let k = offs[i]!, end = offs[i + 1]!; k < end; k++) {
          const b = f[k]! & mask, w = live[b >>> 5]!;
          rows[m] = (rank[b >>> 5]! + popcount(w & ((1 << (b & 31)) - 1))) * W; // rowOf(b) when b is live
          m += (w >>> (b & 31)) & 1;
        }
      }
      starts[sf.n] = m;
      // touch every bucket of the sentence first in a tight loop: the loads are independent, so the
      // CPU keeps many cache misses in flight; the scoring loop below then reads from the cache
      let touch = 0;
      for (let k = 0; k < m; k++) {
        const o = rows[k]!;
        touch += pair[o]! + pair[o + W - 1]!;
      }
      // the same for each word's sums (its own and its neighbour roles: R * W int32, 6 cache lines), read below
      const R = 1 + NEIGHBOURS, n = sf.n, edge = this.edge;
      for (let i = 0; i < n; i++) {
        const u = wid[i]! * R * W;
        for (let c = 0; c < R * W; c += 16) touch += sums[u + c]!;
        touch += sums[u + R * W - 1]!;
      }
      sink = touch;
      // the sums of each token's neighbours in their roles (or of the sentence edge)
      if (this.near.length < n * W) this.near = new Int32Array(n * W * 2);
      const near = this.near;
      for (let i = 0; i < n; i++) {
        for (let r = 0; r < NEIGHBOURS; r++) {
          const j = i + (r === 0 ? -1 : r === 1 ? 1 : r === 2 ? -2 : 2);
          const src = j >= 0 && j < n ? sums : edge;
          const o = j >= 0 && j < n ? (wid[j]! * R + 1 + r) * W : r * W;
          const d = i * W;
          if (r === 0) for (let l = 0; l < W; l++) near[d + l] = src[o + l]!;
          else for (let l = 0; l < W; l++) near[d + l]! += src[o + l]!;
        }
      }
      for (let i = 0; i < sf.n; i++) {
        const u = wid[i]! * R * W;
        const v = i * W;
        let a0 = sums[u]! + near[v]!, a1 = sums[u + 1]! + near[v + 1]!, a2 = sums[u + 2]! + near[v + 2]!;
        let a3 = sums[u + 3]! + near[v + 3]!, a4 = sums[u + 4]! + near[v + 4]!, a5 = sums[u + 5]! + near[v + 5]!;
        let a6 = sums[u + 6]! + near[v + 6]!, a7 = sums[u + 7]! + near[v + 7]!, a8 = sums[u + 8]! + near[v + 8]!;
        let b0 = sums[u + 9]! + near[v + 9]!, b1 = sums[u + 10]! + near[v + 10]!, b2 = sums[u + 11]! + near[v + 11]!;
        let b3 = sums[u + 12]! + near[v + 12]!, b4 = sums[u + 13]! + near[v + 13]!, b5 = sums[u + 14]! + near[v + 14]!;
        let b6 = sums[u + 15]! + near[v + 15]!, b7 = sums[u + 16]! + near[v + 16]!, b8 = sums[u + 17]! + near[v + 17]!;
        for (let k = starts[i]!, end = starts[i + 1]!; k < end; k++) {
          const o = rows[k]!;
          a0 += pair[o]!; a1 += pair[o + 1]!; a2 += pair[o + 2]!; a3 += pair[o + 3]!; a4 += pair[o + 4]!;
          a5 += pair[o + 5]!; a6 += pair[o + 6]!; a7 += pair[o + 7]!; a8 += pair[o + 8]!;
          b0 += pair[o + 9]!; b1 += pair[o + 10]!; b2 += pair[o + 11]!; b3 += pair[o + 12]!; b4 += pair[o + 13]!;
          b5 += pair[o + 14]!; b6 += pair[o + 15]!; b7 += pair[o + 16]!; b8 += pair[o + 17]!;
        }
        const j = i * NL;
        e1[j] = a0 * sc1; e1[j + 1] = a1 * sc1; e1[j + 2] = a2 * sc1; e1[j + 3] = a3 * sc1; e1[j + 4] = a4 * sc1;
        e1[j + 5] = a5 * sc1; e1[j + 6] = a6 * sc1; e1[j + 7] = a7 * sc1; e1[j + 8] = a8 * sc1;
        e2[j] = b0 * sc2; e2[j + 1] = b1 * sc2; e2[j + 2] = b2 * sc2; e2[j + 3] = b3 * sc2; e2[j + 4] = b4 * sc2;
        e2[j + 5] = b5 * sc2; e2[j + 6] = b6 * sc2; e2[j + 7] = b7 * sc2; e2[j + 8] = b8 * sc2;
      }
      base2.push(e2);
      return viterbi(e1, sf.n, s1.trans);
    });
    // every token inside a span carries its span's type in a valid IOB2 sequence (what Viterbi
    // returns), so the memory is read off the label indices: 1-2 PER, 3-4 ORG, 5-6 LOC, 7-8 MISC
    const labels = new Map<number, number>();
    first.forEach((best, si) => {
      const lower = feats[si]!.lower;
      for (let i = 0; i < best.length; i++) {
        const l = best[i]!;
        if (l === 0) continue;
        const h = lower[i]!;
        labels.set(h, (labels.get(h) ?? 0) | LABEL_TYPE_BIT[l]!);
      }
    });
    return feats.map((sf, si) => {
      const scores = base2[si]!;
      const mem = memoryFeatures(sf, labels, memContext);
      for (let i = 0; i < sf.n; i++) {
        for (let k = mem.offs[i]!, end = mem.offs[i + 1]!; k < end; k++) {
          const r = this.rowOf(mem.feats[k]! & mask);
          if (r < 0) continue; // no weight: adds nothing
          const o = r * W + NL;
          for (let l = 0; l < NL; l++) scores[i * NL + l]! += pair[o + l]! * sc2;
        }
      }
      const best = viterbi(scores, sf.n, stage2.trans);
      const confidence = withConfidence ? confidences(scores, sf.n, stage2.trans, best, TEMPERATURE, viterbiLattice()) : NO_CONFIDENCE;
      return { tags: tagsOf(best), confidence };
    });
  }
}

/** Word forms kept in the cache (about 100 bytes each plus the Map entry): emptied between documents beyond this. */
const WORD_CACHE_MAX = 100_000;
const WORD_SCRATCH: number[] = [];
/** Where each group of a word's features ends in WORD_SCRATCH (addSums): intrinsic, then each neighbour role. */
const ROLE_ENDS = new Int32Array(1 + NEIGHBOURS);

/** The number of bits set in a 32-bit integer. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Keeps the bucket-touching loop from being optimised away. */
export let sink = 0;

/** The IOB2 tags of label indices (a loop: Array.from with a mapping function goes through the iterator protocol). */
function tagsOf(best: Int32Array): IobTag[] {
  const tags = new Array<IobTag>(best.length);
  for (let i = 0; i < best.length; i++) tags[i] = LABELS[best[i]!]!;
  return tags;
}

/** TYPE_BITS of each label's entity type (0 for O). */
const LABEL_TYPE_BIT = Int32Array.from(LABELS, (t) => (t === 'O' ? 0 : TYPE_BITS[t.slice(2)]!));

const NO_CONFIDENCE = new Float32Array(0);
/** Scratch of labelPaired: table offsets of a sentence's live buckets, and where each token's start. */
let rows = new Int32Array(1024);
let starts = new Int32Array(257);
let scratch = new Float32Array(256 * NL);

/** Logistic temperature for score margins (averaged-perceptron units): best log-loss of entity correctness on ned.testa (mean confidence 0.83, precision 0.80). */
const TEMPERATURE = 24;
