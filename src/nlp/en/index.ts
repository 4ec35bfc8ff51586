import type { LanguageRules } from '../languages.js';

export const en: LanguageRules = {
  // UD English keeps the verb's own lemma for phrasal verbs ("gave up" -> "give" + compound:prt "up").
  particleVerbLemma: () => null,
  separableParticles: new Set(),
};
