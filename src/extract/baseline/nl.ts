import type { TriggerEntry } from './lexicon.js';

// Dutch surface triggers for the baseline. Inflected forms by regex because there is no lemmatizer here.
const nl: TriggerEntry[] = [
  { form: /^(veroverd|veroverde|veroverden|verovert|veroveren|verovering|ingenomen|inname|innemen|overgenomen)$/, category: 'territory' },
  { form: /^(nam|namen|neemt|nemen)$/, then: /^in$/, category: 'territory' },
  { form: /^(aanval|aanvallen|aanvalt|offensief|beschoten|beschoot|bestookt|bestookten|gevechten|vochten|bombardement|bombardeerden|aanslag)$/, category: 'attack' },
  { form: /^(vielen|viel)$/, then: /^aan$/, category: 'attack' },
  { form: /^(gedood|doodden|doodde|vermoord|vermoordde|omgekomen|gesneuveld|doden)$/, category: 'kill' },
  { form: /^(vluchtten|vluchtte|gevlucht|gevluchte|vluchten|vlucht|ontvlucht|ontvluchtten)$/, category: 'flee' },
  { form: /^(renden|rende|staken|stak)$/, then: /^over$/, category: 'flee' },
  { form: /^(overgave|overgegeven)$/, category: 'surrender' },
  { form: /^(gaven|gaf|geven|geeft)$/, then: /^over$/, category: 'surrender' },
  { form: /^(gevangengenomen|gearresteerd|arresteerde|arresteerden|opgepakt|aangehouden|gevangen)$/, category: 'arrest' },
  { form: /^(eisen|eist|eiste|eisten|verzocht|verzoek|riep|roept)$/, category: 'demand' },
  { form: /^(dreigt|dreigde|dreigen|dreigden|waarschuwen|waarschuwt|waarschuwde|waarschuwden)$/, category: 'threaten' },
  { form: /^(deal|akkoord|overeenkomst|wapenstilstand|vredesakkoord)$/, category: 'agree' },
  { form: /^(asiel|noodhulp|hulpgoederen|tentenkampen)$/, category: 'aid' },
  { form: /^(tegenoffensief|mobiliseert|mobiliseerde|troepen)$/, then: /^(sturen|stuurt|stuurde|inzetten|beginnen|gestuurd)$/, category: 'mobilize' },
];
export default nl;
