// Dutch wording of the long tail (session 16): own sentences, each found with its kind, type and actor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

const published = { value: '2019-03-20', precision: 'day' as const };
const facts = (text: string) => run(text, 'nl', published).facts;

test('nl fleeing somewhere with a separable particle is a movement: "zijn de bergen ingevlucht", "vluchtten het bos in"', () => {
  const a = facts('Veel dorpelingen zijn de bergen ingevlucht, nadat hun huizen waren weggevaagd door modderstromen.').filter((f) => f.kind === 'movement');
  assert.deepEqual(a.map((f) => f.trigger), ['ingevlucht']);
  const b = facts('Honderden dorpelingen vluchtten zondag het bos in.').filter((f) => f.kind === 'movement');
  assert.deepEqual(b.map((f) => [f.trigger, f.actor?.text, f.time?.value]), [['vluchtten … in', 'dorpelingen', '2019-03-17']]);
});

test('nl one subject doing one act and undergoing another ("stak ... dood en werd door de politie doodgeschoten") is two events', () => {
  const x = facts('De dader stak vier mensen dood en werd later zelf door de politie doodgeschoten.').filter((f) => f.kind === 'event');
  assert.deepEqual(x.map((f) => [f.type, f.trigger, f.actor?.text]), [
    ['ASSAULT', 'stak … dood', 'dader'],
    ['ASSAULT', 'doodgeschoten', 'politie'],
  ]);
  // Two acts of the same subject in one clause stay one event.
  assert.equal(facts('Het leger opende het vuur en doodde vijftig mensen.').filter((f) => f.kind === 'event').length, 1);
});

test('nl a compound ending in a word an entry needs counts as that word: "kapvergunningen ingetrokken", "handelsakkoord ondertekend"; a street name does not', () => {
  const typed = (text: string) => facts(text).filter((f) => f.kind === 'event').map((f) => [f.type, f.trigger, f.actor?.text]);
  assert.deepEqual(typed('De gemeente heeft de kapvergunningen van het bedrijf ingetrokken.'), [['SANCTION', 'ingetrokken … kapvergunningen', 'gemeente']]);
  assert.deepEqual(typed('Het kabinet heeft een handelsakkoord met Japan ondertekend.'), [['SUPPORT', 'ondertekend … handelsakkoord', 'kabinet']]);
  assert.deepEqual(typed('Vrijdagavond gingen honderden bewoners de Dorpsstraat op.'), []);
  assert.equal(typed('Vrijdagavond gingen honderden bewoners de straat op.')[0]?.[0], 'PROTEST');
});

test('nl a talk or visit with nobody, nowhere and no time of its own is no meeting; one with a partner, a place or a date is', () => {
  const consult = (text: string) => facts(text).filter((f) => f.type === 'CONSULT').map((f) => f.trigger);
  assert.deepEqual(consult('De wethouder zegt dat hij altijd open staat voor een gesprek.'), []);
  assert.deepEqual(consult('Volgens de directeur moet het gesprek op gang komen.'), []);
  assert.deepEqual(consult('De burgemeester had een gesprek met de bewoners van het pand.'), ['gesprek']);
  assert.deepEqual(consult('De minister is op bezoek in Maleisië.'), ['bezoek']);
  assert.deepEqual(consult('Woensdagmiddag vond het eerste overleg plaats.'), ['overleg']);
});

test('nl a participle with an article of its own names a person, not an act: "de verdachte"; "is een verdachte" tells one', () => {
  const accuse = (text: string) => facts(text).filter((f) => f.type === 'ACCUSE').map((f) => f.trigger);
  assert.deepEqual(accuse('De verdachte van de steekpartij blijft nog twee weken vastzitten.'), []);
  assert.deepEqual(accuse('Een verdachte van winkeldiefstal heeft gisteren een agent geslagen.'), []);
  assert.deepEqual(accuse('De eigenaar van de loods is nog altijd een verdachte.'), ['verdachte']);
});

test('signing or concluding an agreement is SUPPORT (PLOVER, CAMEO 057); a promise to sign one is AGREE', () => {
  const typed = (text: string, lang: 'nl' | 'en' = 'nl') => run(text, lang, published).facts.filter((f) => f.kind === 'event').map((f) => [f.type, f.modality]);
  assert.deepEqual(typed('De twee premiers sloten gisteren een akkoord over de grens.'), [['SUPPORT', 'asserted']]);
  assert.deepEqual(typed('De twee landen zullen volgende week een akkoord ondertekenen.'), [['AGREE', 'asserted']]);
  assert.deepEqual(typed('The two governments signed a trade agreement on Monday.', 'en'), [['SUPPORT', 'asserted']]);
});

test('nl shelter and bail-outs are AID; refuting, brushing off, obstructing and insisting on innocence are REJECT', () => {
  const typed = (text: string) => facts(text).filter((f) => f.kind === 'event').map((f) => [f.type, f.trigger]);
  assert.deepEqual(typed('De gemeente biedt de daklozen onderdak in een sporthal.'), [['AID', 'biedt … onderdak']]);
  assert.deepEqual(typed('Ierland werd door de eurolanden met steunpakketten geholpen.'), [['AID', 'geholpen … steunpakketten']]);
  assert.deepEqual(typed('De wethouder wimpelt de kritiek van de oppositie af.'), [['REJECT', 'wimpelt … af']]);
  assert.deepEqual(typed('Frankrijk en Nederland liggen vooralsnog dwars.'), [['REJECT', 'liggen … dwars']]);
  assert.deepEqual(typed('De agenten hielden vol dat ze niets verkeerds hadden gedaan.'), [['REJECT', 'hielden vol']]);
});

test('nl complaints, objections, blame and guilt in idiom are ACCUSE; "met een korrel zout nemen" is none', () => {
  const typed = (text: string) => facts(text).filter((f) => f.kind === 'event').map((f) => [f.type, f.trigger, f.actor?.text ?? null]);
  assert.deepEqual(typed('De buurmannen beklaagden zich bij de gemeenteraad.'), [['ACCUSE', 'beklaagden … zich', 'buurmannen']]);
  assert.deepEqual(typed('De kaasmakers maken bezwaar tegen het nieuwe etiket.'), [['ACCUSE', 'maken … bezwaar', 'kaasmakers']]);
  assert.deepEqual(typed('De premier gaf het parlement de schuld van de impasse.'), [['ACCUSE', 'gaf … schuld', 'premier']]);
  assert.deepEqual(typed('De officier achtte de twee agenten schuldig aan mishandeling.'), [['ACCUSE', 'achtte … schuldig aan', 'officier']]);
  // The subject of "zich schuldig maken aan" is the accused: the recipient, not the actor.
  const guilt = facts('De buurman zou zich schuldig hebben gemaakt aan bedreiging.').filter((f) => f.kind === 'event');
  assert.deepEqual(guilt.map((f) => [f.type, f.modality, f.actor?.text ?? null, f.recipient?.text]), [['ACCUSE', 'reported', null, 'buurman']]);
  assert.deepEqual(typed('Die cijfers moet je met een flinke korrel zout nemen.'), []);
});

test('nl a rocket or shell landing is an attack; a price coming down or lightning striking is none', () => {
  const typed = (text: string) => facts(text).filter((f) => f.kind === 'event').map((f) => [f.type, f.trigger]);
  assert.deepEqual(typed('Een granaat sloeg in op een markt in Aleppo.'), [['ASSAULT', 'sloeg … granaat in']]);
  assert.deepEqual(typed('Twee raketten kwamen neer in een dorp bij Gaza.'), [['ASSAULT', 'kwamen … raketten neer']]);
  assert.deepEqual(typed('De bliksem sloeg in op een boerderij.'), []);
  assert.deepEqual(typed('De koers kwam neer op een daling van twee procent.'), []);
});
