// Averaged structured perceptron (Collins 2002) over the hashed features, with IOB2-constrained Viterbi.
import { prng } from './hash.js';
import { NL, NerModel, viterbi, type ModelInfo } from './model.js';
import type { SentenceFeatures } from './features.js';

export interface TrainExample {
  sf: SentenceFeatures;
  gold: Int32Array;
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  seed: number;
  /** Called after each epoch with the averaged model, e.g. to print dev F1. */
  onEpoch?: (epoch: number, model: NerModel) => void;
}

export function trainPerceptron(data: readonly TrainExample[], opts: TrainOptions, info: ModelInfo): NerModel {
  const size = (1 << opts.bits) * NL;
  const mask = (1 << opts.bits) - 1;
  const w = new Float64Array(size);
  const acc = new Float64Array(size); // sum of c * update, for lazy averaging
  const tw = new Float64Array((NL + 1) * NL);
  const tacc = new Float64Array((NL + 1) * NL);
  const rand = prng(opts.seed);
  const order = data.map((_, i) => i);
  let c = 1;
  let model: NerModel | null = null;
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    for (const idx of order) {
      const { sf, gold } = data[idx]!;
      const scores = new Float64Array(sf.n * NL);
      for (let i = 0; i < sf.n; i++) {
        for (let k = sf.offs[i]!; k < sf.offs[i + 1]!; k++) {
          const o = (sf.feats[k]! & mask) * NL;
          for (let l = 0; l < NL; l++) scores[i * NL + l]! += w[o + l]!;
        }
      }
      const pred = viterbi(scores, sf.n, tw);
      let wrong = false;
      for (let i = 0; i < sf.n; i++) {
        const g = gold[i]!, p = pred[i]!;
        const gp = i > 0 ? gold[i - 1]! : -1, pp = i > 0 ? pred[i - 1]! : -1;
        if (g !== p) {
          wrong = true;
          for (let k = sf.offs[i]!; k < sf.offs[i + 1]!; k++) {
            const o = (sf.feats[k]! & mask) * NL;
            w[o + g]! += 1; acc[o + g]! += c;
            w[o + p]! -= 1; acc[o + p]! -= c;
          }
        }
        if (g !== p || gp !== pp) {
          const tg = (gp + 1) * NL + g, tp = (pp + 1) * NL + p;
          tw[tg]! += 1; tacc[tg]! += c;
          tw[tp]! -= 1; tacc[tp]! -= c;
        }
      }
      if (wrong) errors++;
      c++;
    }
    model = averaged(w, acc, tw, tacc, c, opts.bits, info);
    process.stderr.write(`epoch ${epoch}: ${errors} sentences with errors\n`);
    opts.onEpoch?.(epoch, model);
  }
  return model!;
}

function averaged(w: Float64Array, acc: Float64Array, tw: Float64Array, tacc: Float64Array, c: number, bits: number, info: ModelInfo): NerModel {
  const weights = new Float32Array(w.length);
  for (let i = 0; i < w.length; i++) weights[i] = w[i]! - acc[i]! / c;
  const trans = new Float32Array(tw.length);
  for (let i = 0; i < tw.length; i++) trans[i] = tw[i]! - tacc[i]! / c;
  return new NerModel(bits, weights, trans, info);
}

/** K perceptrons trained on different shuffles, weights averaged: lower variance than any one of them. */
export function trainEnsemble(data: readonly TrainExample[], opts: TrainOptions, k: number, info: ModelInfo): NerModel {
  let sum: NerModel | null = null;
  for (let m = 0; m < k; m++) {
    const model = trainPerceptron(data, { ...opts, seed: opts.seed + 1000 * m, onEpoch: m === k - 1 ? undefined : undefined }, info);
    if (!sum) sum = model;
    else {
      for (let i = 0; i < sum.weights.length; i++) sum.weights[i]! += model.weights[i]!;
      for (let i = 0; i < sum.trans.length; i++) sum.trans[i]! += model.trans[i]!;
    }
  }
  for (let i = 0; i < sum!.weights.length; i++) sum!.weights[i]! /= k;
  for (let i = 0; i < sum!.trans.length; i++) sum!.trans[i]! /= k;
  opts.onEpoch?.(opts.epochs, sum!);
  return sum!;
}
