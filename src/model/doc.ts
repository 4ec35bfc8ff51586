import type { Lang } from './article.js';

/**
 * One token. Offsets are UTF-16 code unit offsets into the *original* text of the Doc
 * (so `doc.text.slice(t.start, t.end) === t.form` unless the tokenizer normalised the form).
 * Linguistic fields are filled by the analysis components that ran; absent means "not analysed".
 */
export interface Token {
  /** 0-based index within its sentence. */
  i: number;
  form: string;
  start: number;
  end: number;
  /** Universal POS tag (UD). */
  upos?: string;
  /** Language-specific tag, when a model provides one. */
  xpos?: string;
  /** UD morphological features, e.g. { Number: 'Plur', Tense: 'Past' }. */
  feats?: Record<string, string>;
  /** Lemma; Dutch separable verbs follow UD Dutch: "in_nemen". */
  lemma?: string;
  /** 0-based index of the head token within the sentence; -1 for the root. */
  head?: number;
  /** UD dependency relation, e.g. "nsubj", "compound:prt". */
  deprel?: string;
}

/** A named entity span (IOB2 labels PER, ORG, LOC, MISC). */
export interface Entity {
  label: 'PER' | 'ORG' | 'LOC' | 'MISC';
  text: string;
  /** Character offsets into the Doc text. */
  start: number;
  end: number;
  /** Sentence index and token range [tokenStart, tokenEnd) within that sentence. */
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  confidence: number;
}

export interface Sentence {
  /** 0-based index within the Doc. */
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

/** The analysed text: one Doc flows through all analysis components (spaCy style). */
export interface Doc {
  text: string;
  lang: Lang;
  sentences: Sentence[];
  entities: Entity[];
}
