// Dutch quantities, table-driven: our own sentences, each with min/max (and approx, what, unit, share).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../src/understand/quantity/index.js';
import { findTimes } from '../../src/understand/time/index.js';
import { checkQuantity, type QuantityRow } from './table.js';

const bounds: QuantityRow[] = [
  ['Meer dan tweehonderd mensen raakten gewond.', 'Meer dan tweehonderd', 201, null, { approx: false, what: 'mensen' }],
  ['Ruim 150.000 inwoners ontvluchtten de stad.', 'Ruim 150.000', 150001, null, { approx: true, what: 'inwoners' }],
  ['Bijna duizend huizen werden verwoest.', 'Bijna duizend', null, 1000, { approx: true, what: 'huizen' }],
  ['Amper 300 agenten moesten de orde handhaven.', 'Amper 300', 300, 300, { approx: true, what: 'agenten' }],
  ['Ongeveer 40 dorpen liggen in puin.', 'Ongeveer 40', 40, 40, { approx: true, what: 'dorpen' }],
  ['Minstens zeventien burgers kwamen om.', 'Minstens zeventien', 17, null, { what: 'burgers' }],
  ['Zeker 25 doden vielen bij de aanslag.', 'Zeker 25', 25, null, { what: 'doden' }],
  ['Tot wel 500 strijders trokken naar het front.', 'Tot wel 500', null, 500, { what: 'strijders' }],
  ['Minder dan twintig soldaten bleven achter.', 'Minder dan twintig', null, 19, { what: 'soldaten' }],
  ['Hooguit vijftig mensen mogen naar binnen.', 'Hooguit vijftig', null, 50, { what: 'mensen' }],
  ["Zo'n 3.000 militairen blijven in het land.", "Zo'n 3.000", 3000, 3000, { approx: true, what: 'militairen' }],
  ['Slechts vier ziekenhuizen zijn nog open.', 'Slechts vier', 4, 4, { approx: false, what: 'ziekenhuizen' }],
  ['Ruim 60 procent van de kiezers stemde.', 'Ruim 60 procent', 60, null, { unit: '%', what: 'kiezers' }],
  ['Minder dan tien procent van de hulp komt aan.', 'Minder dan tien procent', null, 10, { unit: '%', what: 'hulp' }],
  ['Het dodental steeg tot 150.', '150', 150, 150],
  ['De opkomst lag ruim boven de 50 procent.', 'ruim boven de 50 procent', 50, null, { unit: '%' }],
  ['Het aantal doden is opgelopen tot 73.', '73', 73, 73],
];

const numbers: QuantityRow[] = [
  ['Het leger zette 3,5 miljoen euro opzij.', '3,5 miljoen euro', 3_500_000, 3_500_000, { unit: 'EUR' }],
  ['Twee miljoen mensen zijn op de vlucht.', 'Twee miljoen', 2_000_000, 2_000_000, { what: 'mensen' }],
  ['Anderhalf miljoen kinderen gaan niet naar school.', 'Anderhalf miljoen', 1_500_000, 1_500_000, { what: 'kinderen' }],
  ['Een half miljoen mensen kreeg geen stroom.', 'Een half miljoen', 500_000, 500_000, { what: 'mensen' }],
  ['Eenentwintig militairen sneuvelden.', 'Eenentwintig', 21, 21, { what: 'militairen' }],
  ['Er kwamen tweeënveertig vrachtwagens aan.', 'tweeënveertig', 42, 42, { what: 'vrachtwagens' }],
  ['Driehonderd families kregen hulp.', 'Driehonderd', 300, 300, { what: 'families' }],
  ['Vijfduizend soldaten werden ingezet.', 'Vijfduizend', 5000, 5000, { what: 'soldaten' }],
  ['Tweehonderdvijftig gevangenen kwamen vrij.', 'Tweehonderdvijftig', 250, 250, { what: 'gevangenen' }],
  ['Duizend mensen kwamen kijken.', 'Duizend', 1000, 1000, { what: 'mensen' }],
  ['Er kwamen honderd mensen.', 'honderd', 100, 100, { what: 'mensen' }],
  ['Het gaat om 1.250.000 euro.', '1.250.000 euro', 1_250_000, 1_250_000, { unit: 'EUR' }],
  ['De schade bedraagt € 2,4 miljard.', '€ 2,4 miljard', 2_400_000_000, 2_400_000_000, { unit: 'EUR' }],
  ['Het land telt 38 miljoen inwoners.', '38 miljoen', 38_000_000, 38_000_000, { what: 'inwoners' }],
  ['Het werkloosheidscijfer steeg naar 12,5 procent.', '12,5 procent', 12.5, 12.5, { unit: '%' }],
  ['Het konvooi legde 120 kilometer af.', '120 kilometer', 120, 120, { unit: 'km' }],
  ['Er ontbreekt 300.000 kubieke meter water.', '300.000 kubieke meter', 300_000, 300_000, { unit: 'm3' }],
  ['Er raakten zes Afghaanse agenten gewond.', 'zes', 6, 6, { what: 'agenten' }],
  ['Er zijn 7 doden en 12 gewonden.', '12', 12, 12, { what: 'gewonden' }],
  ['Er zijn 7 doden en 12 gewonden.', '7', 7, 7, { what: 'doden' }],
  ['Maar één brug staat nog overeind.', 'Maar één', 1, 1, { what: 'brug' }],
  ['Hij vond drieduizend zilveren munten.', 'drieduizend', 3000, 3000, { what: 'munten' }],
];

const vague: QuantityRow[] = [
  ['Tientallen journalisten werden opgepakt.', 'Tientallen', 20, 99, { approx: true, what: 'journalisten' }],
  ['Honderden gezinnen sliepen buiten.', 'Honderden', 200, 999, { what: 'gezinnen' }],
  ['Duizenden demonstranten gingen de straat op.', 'Duizenden', 2000, 9999, { what: 'demonstranten' }],
  ['Tienduizenden vluchtelingen wachten aan de grens.', 'Tienduizenden', 20_000, 99_999, { what: 'vluchtelingen' }],
  ['Honderdduizenden mensen zijn ontheemd.', 'Honderdduizenden', 200_000, 999_999, { what: 'mensen' }],
  ['Miljoenen kinderen lijden honger.', 'Miljoenen', 2_000_000, 9_999_999, { what: 'kinderen' }],
  ['Er zijn enkele honderden gevangenen vrijgelaten.', 'enkele honderden', 200, 999, { what: 'gevangenen' }],
  ['Enkele tientallen strijders gaven zich over.', 'Enkele tientallen', 20, 99, { what: 'strijders' }],
  ['Een twintigtal agenten viel de woning binnen.', 'twintigtal', 20, 20, { approx: true, what: 'agenten' }],
  ['Een tiental huizen brandde af.', 'tiental', 10, 10, { approx: true, what: 'huizen' }],
  ['Honderden andere gevluchte burgers wachten.', 'Honderden', 200, 999, { what: 'burgers' }],
  ["Er verdwenen tientallen miljoenen euro's.", 'tientallen miljoenen euro', 20_000_000, 99_000_000, { unit: 'EUR', approx: true }],
  ['Een kwart miljoen mensen sloeg op de vlucht.', 'Een kwart miljoen', 250_000, 250_000, { what: 'mensen' }],
];

const ranges: QuantityRow[] = [
  ['Tussen 20 en 30 mensen raakten gewond.', 'Tussen 20 en 30', 20, 30, { what: 'mensen' }],
  ['Er vielen 15 à 20 doden.', '15 à 20', 15, 20, { what: 'doden' }],
  ['Bij de rellen raakten 40-50 agenten gewond.', '40-50', 40, 50, { what: 'agenten' }],
  ['Er vluchtten tussen de 600 en 1000 mensen.', 'tussen de 600 en 1000', 600, 1000, { what: 'mensen' }],
  ['Er kwamen 30 tot 40 vrachtwagens aan.', '30 tot 40', 30, 40, { what: 'vrachtwagens' }],
];

const shares: QuantityRow[] = [
  ['Een derde van de 30 provincies is onveilig.', 'Een derde van de 30', 10, 10, { approx: true, of: 30, fraction: 1 / 3, what: 'provincies' }],
  ['Twee derde van de 90 zetels ging naar de oppositie.', 'Twee derde van de 90', 60, 60, { of: 90, what: 'zetels' }],
  ['De helft van de 200 gevangenen ontsnapte.', 'De helft van de 200', 100, 100, { of: 200, what: 'gevangenen' }],
  ['Een kwart van de 1.200 scholen is dicht.', 'Een kwart van de 1.200', 300, 300, { of: 1200, what: 'scholen' }],
  ['Ongeveer een derde van de 421 districten is in handen van de rebellen.', 'Ongeveer een derde van de 421', 140, 140, { approx: true, of: 421, what: 'districten' }],
  ['In 53 van de 136 gevallen was de hulp te laat.', '53 van de 136', 53, 53, { of: 136, what: 'gevallen' }],
  ['Zeven op de tien inwoners zijn gevlucht.', 'Zeven op de tien', 7, 7, { of: 10, what: 'inwoners' }],
  ['Driekwart van de 80 dorpen is verlaten.', 'Driekwart van de 80', 60, 60, { of: 80, what: 'dorpen' }],
  ['Meer dan de helft van de inwoners vluchtte.', 'de helft', null, null, { fraction: 0.5, of: null, what: 'inwoners' }],
];

const suites: Record<string, QuantityRow[]> = { bounds, numbers, vague, ranges, shares };
for (const [name, rows] of Object.entries(suites)) {
  test(`nl quantity: ${name} (${rows.length} expressions)`, () => {
    for (const row of rows) checkQuantity('nl', row);
  });
}

test('nl quantity: years, dates, clock times, durations, ages and ordinals are not quantities', () => {
  const texts = (s: string) => findQuantities(s, { lang: 'nl' }).map((q) => q.text);
  assert.deepEqual(texts('In 2019 kwamen er 400 bij.'), ['400']);
  assert.deepEqual(texts('Op 11 september vielen er bijna 3000 doden.'), ['bijna 3000']);
  assert.deepEqual(texts('Het is de derde keer dit jaar.'), []);
  assert.deepEqual(texts('Hij is 45 jaar oud.'), []);
  assert.deepEqual(texts('Een 45-jarige man werd opgepakt.'), []);
  assert.deepEqual(texts('De zitting begint om 15.00 uur.'), []);
  assert.deepEqual(texts('Het beleg duurde drie weken.'), []);
  assert.deepEqual(texts('Hij werd 3e in de race.'), []);
  assert.deepEqual(texts('Tussen 1996 en 2001 heersten de Taliban.'), []);
  assert.deepEqual(texts('Een man kwam binnen.'), []);
  assert.deepEqual(texts('De kerk uit 1095 werd geplunderd.'), []);
});

test('nl quantity: names, scores and phone numbers are not counts', () => {
  const texts = (s: string) => findQuantities(s, { lang: 'nl' }).map((q) => q.text);
  assert.deepEqual(texts('Een Boeing 737 van de maatschappij stortte neer.'), []);
  assert.deepEqual(texts('De film Bloeistraat 11 won een prijs.'), []);
  assert.deepEqual(texts('Het werd 3-1 voor de thuisploeg.'), []);
  assert.deepEqual(texts('Er zijn meer woningen nodig voor 65-plussers.'), []);
  assert.deepEqual(texts('De verdachte (59) zweeg.'), []);
  assert.deepEqual(texts('Het antwoord op vraag 3 stemt tot nadenken.'), []);
  assert.deepEqual(texts('Op het 24 Oktoberplein lagen bloemen.'), []);
  assert.deepEqual(texts('Een vierde slachtoffer overleed later.'), []);
  assert.deepEqual(texts('Zangeres Anna (26, Zieuwent) stond op plek 14.'), []);
  assert.deepEqual(texts('Het album 4:13 verscheen eerder.'), []);
  assert.equal(findQuantities('Twee gingen af in de schuur.', { lang: 'nl' })[0].what, null);
  assert.deepEqual(texts('Bel het nummer 0165-526800 voor meer informatie.'), []);
  assert.deepEqual(texts('Drie van hen werden opgepakt.').length, 1);
  assert.equal(findQuantities('Drie van hen werden opgepakt.', { lang: 'nl' })[0].what, null);
});

test('nl quantity: empty, wordless and huge input', () => {
  assert.deepEqual(findQuantities('', { lang: 'nl' }), []);
  assert.deepEqual(findQuantities('... !!! ---', { lang: 'nl' }), []);
  const huge = 'Ruim 150.000 inwoners. '.repeat(20_000);
  assert.equal(findQuantities(huge, { lang: 'nl' }).length, 20_000);
  const digits = '9'.repeat(400);
  const [q] = findQuantities(digits, { lang: 'nl' });
  assert.ok(q === undefined || q.min === null || Number.isFinite(q.min));
});

// Inputs that made earlier versions backtrack exponentially or scan quadratically: they must simply finish.
test('pathological inputs: long runs of number parts, spaces, digits, brackets', () => {
  const ref = { value: '2021-07-14', precision: 'day' as const };
  for (const lang of ['nl', 'en'] as const) {
    assert.deepEqual(findQuantities('achttien'.repeat(40) + 'x', { lang }), []);
    assert.deepEqual(findQuantities('twenty-'.repeat(2000) + 'x', { lang }), []);
    assert.deepEqual(findQuantities('a' + ' '.repeat(100_000) + 'b', { lang }), []);
    assert.deepEqual(findTimes('a' + ' '.repeat(100_000) + 'b', { lang, ref }), []);
    assert.deepEqual(findQuantities('1'.repeat(50_000), { lang }), []);
  }
  const many = 'Op 4 juli vielen 20 doden. '.repeat(20_000);
  const times = findTimes(many, { lang: 'nl', ref });
  assert.equal(times.length, 20_000);
  assert.equal(findQuantities(many, { lang: 'nl', times }).length, 20_000);
});
