import type { LanguageRules } from '../languages.js';
import { PARTICLES } from './morphology.js';

export const nl: LanguageRules = {
  // UD Dutch (Alpino conversion): particle + "_" + verb lemma, particle lowercased ("Aan" -> "aan_komen").
  particleVerbLemma(verb, particle) {
    const p = particle.toLowerCase();
    return verb.startsWith(p + '_') ? verb : `${p}_${verb}`;
  },
  separableParticles: new Set(PARTICLES),
  timeNames: new Set(['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'maandagavond', 'dinsdagavond', 'woensdagavond', 'donderdagavond', 'vrijdagavond', 'zaterdagavond', 'zondagavond', 'maandagochtend', 'dinsdagochtend', 'woensdagochtend', 'donderdagochtend', 'vrijdagochtend', 'zaterdagochtend', 'zondagochtend', 'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']),
  timePeriods: new Set(['week', 'maand', 'jaar', 'weekend', 'ochtend', 'middag', 'avond', 'nacht', 'zomer', 'winter', 'lente', 'herfst', 'najaar', 'voorjaar', 'dag']),
  timeModifiers: new Set(['vorige', 'vorig', 'afgelopen', 'komende', 'volgende', 'deze', 'dit', 'die', 'dat']),
};
