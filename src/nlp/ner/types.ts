import type { IobTag } from './model.js';

/** IOB2 tags for one sentence, with a 0..1 confidence per token. */
export interface LabelledSentence {
  tags: IobTag[];
  confidence: Float32Array;
}

/** Token-level input a recognizer may use besides the forms (filled by analyze() when available). */
export interface TokenHints {
  upos?: (string | undefined)[];
  /** Per token: written without a space before it ("Nagorno-Karabakh" split into three tokens). */
  glued?: boolean[];
}

/** One language's entity recognizer: labels the sentences of one document together. */
export interface Recognizer {
  /** `withConfidence: false` skips the confidences (empty arrays): the tags-only CoNLL path. */
  label(sentences: readonly (readonly string[])[], hints?: readonly TokenHints[], withConfidence?: boolean): LabelledSentence[];
  /** False when label() never reads hints: callers need not build them. */
  readonly readsHints?: boolean;
}
