// Dutch verb morphology the lemmatizer needs for verb forms it has never seen (stored in lemmas.json by
// the training, see `VerbMorphology` in core/lemmatizer.ts).
import type { VerbMorphology } from '../core/lemmatizer.js';

/**
 * Separable verb particles (scheidbare partikels). In a participle the particle comes before the
 * "ge" of the participle: op+ge+blazen -> op_blazen (UD Dutch lemma convention particle_verb).
 */
export const PARTICLES = [
  'aan', 'achter', 'af', 'bij', 'binnen', 'boven', 'buiten', 'dicht', 'door', 'heen', 'in', 'langs', 'los',
  'mee', 'na', 'neer', 'om', 'onder', 'op', 'over', 'rond', 'samen', 'tegen', 'terug', 'thuis', 'toe',
  'uit', 'vast', 'voor', 'voorbij', 'voort', 'vrij', 'weg', 'weer',
  // Adjectives and adverbs that UD Dutch joins the same way (dood_schieten, gevangen_nemen, uiteen_drijven).
  'dood', 'gevangen', 'uiteen', 'kapot', 'stuk', 'open', 'leeg',
];

export const NL_VERB_MORPHOLOGY: VerbMorphology = {
  upos: ['VERB'],
  particles: PARTICLES,
  participlePrefix: 'ge',
  // Past plural = past singular + "en" (schoot -> schoten, brak -> braken).
  pluralEnding: 'en',
  // Open syllables write a long vowel single (schoot -> schoten) and a short vowel is closed by a
  // doubled consonant (ren -> rennen): both spellings are tried against the known lemmas.
  vowels: 'aeiou',
  // Weak participles: ge + stem + d/t (gerend -> ren -> rennen, gemaakt -> maak -> maken).
  weakEndings: ['d', 't'],
  infinitive: 'en',
  // A diaeresis after "ge" only separates the vowels: geëist -> eist -> eisen, geïnformeerd -> informeren.
  afterPrefix: { 'ë': 'e', 'ï': 'i' },
};
