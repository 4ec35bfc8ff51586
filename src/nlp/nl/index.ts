import type { LanguageRules } from '../languages.js';
import { PARTICLES } from './morphology.js';

export const nl: LanguageRules = {
  // UD Dutch (Alpino conversion): particle + "_" + verb lemma, particle lowercased ("Aan" -> "aan_komen").
  particleVerbLemma(verb, particle) {
    const p = particle.toLowerCase();
    return verb.startsWith(p + '_') ? verb : `${p}_${verb}`;
  },
  separableParticles: new Set(PARTICLES),
};
