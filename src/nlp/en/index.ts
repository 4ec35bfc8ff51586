import type { LanguageRules } from '../languages.js';

export const en: LanguageRules = {
  // UD English keeps the verb's own lemma for phrasal verbs ("gave up" -> "give" + compound:prt "up").
  particleVerbLemma: () => null,
  separableParticles: new Set(),
  // English is not verb-second: a fronted "On Friday" is no subject candidate.
  timeNames: new Set(),
  timePeriods: new Set(),
  timeModifiers: new Set(),
};
