import type { TriggerEntry } from './lexicon.js';

// English surface triggers for the baseline.
const en: TriggerEntry[] = [
  { form: /^(seized?|seizing|captured?|capturing|overran|overrun|took|taken|takes|conquered?|fell)$/, category: 'territory' },
  { form: /^(attack|attacks|attacked|attacking|offensive|clashes|clashed|fighting|fought|shelled|shelling|bombed|bombing|airstrikes?|ambush(ed)?)$/, category: 'attack' },
  { form: /^(killed|kills|killing|assassinated|murdered|died|dead)$/, category: 'kill' },
  { form: /^(fled|flee|fleeing|flees|escaped|crossed|evacuated|displaced)$/, category: 'flee' },
  { form: /^(surrender|surrendered|surrendering|surrenders|capitulated)$/, category: 'surrender' },
  { form: /^(arrested|detained|imprisoned|arrests)$/, category: 'arrest' },
  { form: /^(demand|demands|demanded|demanding|urged|requested)$/, category: 'demand' },
  { form: /^(threaten|threatened|threatens|warned|warns|warning)$/, category: 'threaten' },
  { form: /^(deal|agreement|agreed|ceasefire|truce|accord)$/, category: 'agree' },
  { form: /^(asylum|aid|relief)$/, category: 'aid' },
  { form: /^(deployed|deploy|deploys|mobilized|mobilised|counteroffensive|counter-offensive)$/, category: 'mobilize' },
];
export default en;
