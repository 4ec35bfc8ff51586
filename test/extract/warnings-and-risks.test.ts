// Warnings, risks and words that only look like acts: PLOVER's THREATEN is a coercive warning addressed to a party, not
// a warning about a danger or something that is at risk; compounds that merely end in a trigger noun name no act.
// Own sentences, nl and en.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Fact } from '../../src/model/index.js';
import { only, run } from './helpers.js';

const published = { value: '2019-04-10', precision: 'day' as const };
const facts = (text: string, lang: 'nl' | 'en' = 'nl') => run(text, lang, published).facts;
const events = (text: string, lang: 'nl' | 'en' = 'nl') => facts(text, lang).filter((f): f is Fact & { kind: 'event' } => f.kind === 'event');
const types = (text: string, lang: 'nl' | 'en' = 'nl') => events(text, lang).map((f) => f.type);

test('nl a warning about a danger is a claim, not a threat', () => {
  const text = 'De inspectie waarschuwt dat het lerarentekort de komende jaren verder zal groeien.';
  assert.deepEqual(types(text), []);
  const claim = only(facts(text).filter((f) => f.kind === 'claim'), () => true, 'the claim');
  assert.equal(claim.kind === 'claim' && claim.cue, 'waarschuwt');
  assert.deepEqual(types('Economen waarschuwen voor de gevolgen van een nieuwe heffing op vliegtickets.'), []);
});

test('nl a warning addressed to a party is a threat', () => {
  const threat = only(events('De Iraanse president waarschuwde Israël dat elke aanval op de kerncentrales beantwoord zal worden.'), (f) => f.type === 'THREATEN', 'the threat');
  assert.equal(threat.recipient?.id, 'isr');
});

test('nl "dreigen" without an infinitive and with a thing as subject says what is at risk', () => {
  assert.deepEqual(facts('Er dreigt een ernstig tekort aan kraamverzorgsters.'), []);
  assert.deepEqual(types('Bij de gemeenteraadsverkiezingen dreigt een groot verlies voor de coalitie.'), []);
  // Someone threatening with something stays a threat.
  assert.ok(types('De vakbonden dreigen met een landelijke staking.').includes('THREATEN'));
  const trump = only(events('Trump dreigde met nieuwe heffingen op Europese kaas.'), (f) => f.type === 'THREATEN', 'the threat');
  assert.equal(trump.actor?.id, 'usa-donald-trump');
});

test('nl "een bedreiging vormen voor" is a danger; uttered threats are acts', () => {
  assert.deepEqual(types('Volgens de onderzoekers vormt de droogte een bedreiging voor de oogst.'), []);
  assert.deepEqual(types('Een demonstrant heeft zaterdag doodsbedreigingen geuit aan het adres van de burgemeester.'), ['THREATEN']);
});

test('nl words that only end in a trigger noun name no act', () => {
  assert.deepEqual(types('De immigratie uit Zuid-Europa nam vorig jaar toe.'), []);
  assert.deepEqual(types('Tijdens de wedstrijd tegen Feyenoord staken supporters vuurwerk af.').filter((t) => t === 'ASSAULT'), []);
  assert.deepEqual(types('De politie vond de bestanden op een usb-stick in de woning.').filter((t) => t === 'RETREAT'), []);
  assert.deepEqual(types('Na een sollicitatiegesprek kreeg ze de baan.'), []);
});

test('en a warning of force is a threat; one about a danger is not; "met with" is no meeting', () => {
  const t = types('The United States warned that any attack on its bases would be met with a massive military response.', 'en');
  assert.ok(t.includes('THREATEN') && !t.includes('CONSULT'), t.join());
  assert.deepEqual(types('Economists warned that prices would rise sharply next year.', 'en'), []);
  assert.deepEqual(types('The delegation warned Iran that its enrichment programme would not be tolerated.', 'en'), ['THREATEN']);
});
