// A trained recognizer: stage 1 labels each document; stage 2 (when its model exists) labels it again
// with what stage 1 said about the same words elsewhere in the document (document memory).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODELS_DIR } from '../../paths.js';
import { docContext, memoryFeatures, sentenceFeatures, TYPE_BITS, type FeatureList, type Lexicons, type SentenceFeatures } from './features.js';
import { loadLexicons } from './lexicons.js';
import { LABELS, NerModel, confidences, viterbi } from './model.js';
import { spans } from './conll.js';
import type { LabelledSentence, Recognizer, TokenHints } from './types.js';

export class StatisticalRecognizer implements Recognizer {
  constructor(
    readonly stage1: NerModel,
    readonly stage2: NerModel | null,
    readonly lex: Lexicons,
  ) {}

  /** Loads `<lang>-stage1.bin.gz` (required), `<lang>-stage2.bin.gz`, gazetteer and clusters from models/ner/. */
  static load(lang: string, dir = join(MODELS_DIR, 'ner')): StatisticalRecognizer {
    const f1 = join(dir, `${lang}-stage1.bin.gz`);
    if (!existsSync(f1)) throw new Error(`NER model ${f1} is missing: run npm run train:ner`);
    const f2 = join(dir, `${lang}-stage2.bin.gz`);
    return new StatisticalRecognizer(
      NerModel.deserialize(readFileSync(f1), f1),
      existsSync(f2) ? NerModel.deserialize(readFileSync(f2), f2) : null,
      loadLexicons(join(dir, `${lang}-gazetteer.tsv`), join(dir, `${lang}-clusters.tsv`)),
    );
  }

  /** Labels the sentences of one document; confidences are computed only when asked for. */
  label(sentences: readonly (readonly string[])[], _hints?: readonly TokenHints[], withConfidence = true): LabelledSentence[] {
    const ctx = docContext(sentences);
    const feats = sentences.map((s) => sentenceFeatures(s, ctx, this.lex));
    const run = (model: NerModel, sf: SentenceFeatures, extra?: FeatureList): LabelledSentence => {
      const scores = model.emissions(sf, undefined, extra);
      const best = viterbi(scores, sf.n, model.trans);
      const confidence = withConfidence ? confidences(scores, sf.n, model.trans, best, TEMPERATURE) : NO_CONFIDENCE;
      return { tags: Array.from(best, (l) => LABELS[l]!), confidence };
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
      out = feats.map((sf) => run(stage2, sf, memoryFeatures(sf, labels)));
    }
    return out;
  }
}

const NO_CONFIDENCE = new Float32Array(0);

/** Logistic temperature for score margins (averaged-perceptron units), chosen so dev confidence tracks dev precision. */
const TEMPERATURE = 4;
