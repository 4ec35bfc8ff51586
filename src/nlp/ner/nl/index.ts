// Dutch: the trained two-stage perceptron (models/ner/nl-*), CoNLL-2002 conventions.
import { StatisticalRecognizer } from '../statistical.js';
import type { Recognizer } from '../types.js';

export function recognizer(): Recognizer {
  return StatisticalRecognizer.load('nl');
}
