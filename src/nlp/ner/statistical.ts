// A trained recognizer: stage 1 labels each document; stage 2 (when its model exists) labels it again
// with what stage 1 said about the same words elsewhere in the document (document memory).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODELS_DIR } from '../../paths.js';
import { docContext, sentenceFeatures, TYPE_BITS, type DocContext, type Lexicons } from './features.js';
import { hashString } from './hash.js';
import { loadLexicons } from './lexicons.js';
import { LABELS, NL, NerModel, marginals, viterbi } from './model.js';
import { spans } from './conll.js';
import type { LabelledSentence, Recognizer } from './types.js';

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

  /** Labels the sentences of one document. */
  label(sentences: readonly (readonly string[])[]): LabelledSentence[] {
    const ctx = docContext(sentences);
    let out = sentences.map((s) => this.run(this.stage1, s, ctx));
    if (this.stage2) {
      const labels = new Map<number, number>();
      out.forEach((ls, si) => {
        for (const sp of spans(ls.tags)) {
          for (let i = sp.start; i < sp.end; i++) {
            const h = hashString(sentences[si]![i]!.toLowerCase());
            labels.set(h, (labels.get(h) ?? 0) | TYPE_BITS[sp.label]!);
          }
        }
      });
      const ctx2: DocContext = { ...ctx, labels };
      const stage2 = this.stage2;
      out = sentences.map((s) => this.run(stage2, s, ctx2));
    }
    return out;
  }

  private run(model: NerModel, tokens: readonly string[], ctx: DocContext): LabelledSentence {
    const sf = sentenceFeatures(tokens, ctx, this.lex);
    const scores = model.emissions(sf);
    const best = viterbi(scores, sf.n, model.trans);
    // confidence per token: probability of the chosen label under a softmax over all valid paths
    const marg = marginals(scores, sf.n, model.trans, TEMPERATURE);
    const confidence = new Float32Array(sf.n);
    for (let i = 0; i < sf.n; i++) confidence[i] = marg[i * NL + best[i]!]!;
    return { tags: Array.from(best, (l) => LABELS[l]!), confidence };
  }
}

/** Softmax temperature in averaged-perceptron score units, chosen so dev confidence tracks dev precision. */
const TEMPERATURE = 4;
