// What differs per language in the analysis core. Each language is a folder (nl/, en/) exporting
// a `LanguageRules`; shared code never branches on the language.
import type { Lang } from '../model/index.js';
import { nl } from './nl/index.js';
import { en } from './en/index.js';

export interface LanguageRules {
  /**
   * Lemma of a verb whose separable particle is attached to it (UD `compound:prt`), or null to keep
   * the verb's own lemma. Dutch UD writes particle_verb: "namen ... in" -> "in_nemen".
   */
  particleVerbLemma(verbLemma: string, particleLemma: string): string | null;
  /**
   * Separable particles (lower case) that, left by the parser as a preposition (`case`) of a finite verb before
   * them with nothing of their own, are that verb's particle: "renden de grens over". Empty: no such repair.
   */
  separableParticles: ReadonlySet<string>;
  /**
   * Words of time that, bare or with a modifier of `timeModifiers`, open a verb-second clause as an adverbial
   * ("Vrijdag ontmoette minister Hoekstra zijn ambtgenoot"): made the verb's subject, with the real subject after the
   * verb made its object, they are repaired (`timeSubjects` in pipeline.ts). Empty: no such repair.
   */
  timeNames: ReadonlySet<string>;
  /** Nouns of a period that are such an adverbial only with one of `timeModifiers` ("vorige week", "afgelopen nacht"). */
  timePeriods: ReadonlySet<string>;
  timeModifiers: ReadonlySet<string>;
}

export const LANGUAGES: Record<Lang, LanguageRules> = { nl, en };
