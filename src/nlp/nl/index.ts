import type { LanguageRules } from '../languages.js';

export const nl: LanguageRules = {
  // UD Dutch (Alpino conversion): particle + "_" + verb lemma, particle lowercased ("Aan" -> "aan_komen").
  particleVerbLemma(verb, particle) {
    const p = particle.toLowerCase();
    return verb.startsWith(p + '_') ? verb : `${p}_${verb}`;
  },
};
