import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sentences } from './sentences.js';
import { findPlaces, type PlaceMention } from '../../src/resolve/index.js';
import { SHARED_DIR } from '../../src/paths.js';
import type { Lang } from '../../src/model/index.js';

/** All place mentions of a text as "surface -> top id" (adjectives marked). */
function places(text: string, lang: Lang, context = text): string[] {
  const doc = { sentences: sentences(text) };
  return doc.sentences.flatMap((s) => findPlaces(s, lang, context)).map(show);
}
const show = (m: PlaceMention) => `${m.text}${m.adjectival ? ' (adj)' : ''} -> ${m.candidates[0]?.id ?? 'none'}`;

test('Dutch: adjectives, feature cues and a district in a named province', () => {
  const got = places('Gisteren trokken Afghaanse militairen zich terug uit het district Khash in de provincie Badakhshan.', 'nl');
  assert.deepEqual(got, ['Afghaanse (adj) -> country:AFG', 'Khash -> AF1705', 'Badakhshan -> AF17']);
});

test('offsets point at the mention in the article text', () => {
  const text = 'Een konvooi reed van Kabul naar Mazar-e Sjarif.';
  const doc = { sentences: sentences(text) };
  const ms = doc.sentences.flatMap((s) => findPlaces(s, 'nl', text));
  assert.deepEqual(ms.map((m) => text.slice(m.start, m.end)), ['Kabul', 'Mazar-e Sjarif']);
  assert.equal(ms[1]!.candidates[0]!.admin1, 'Balkh');
});

test('relative regions: "het noorden" needs a country; "het noorden van X" names it', () => {
  const ctx = 'Het Afghaanse leger verloor terrein in Afghanistan.';
  assert.deepEqual(places('De Taliban rukten op in het noorden.', 'nl', ctx), ['het noorden -> region:AFG-north']);
  assert.deepEqual(places('De Taliban rukten op in het noorden.', 'nl', 'Geen land genoemd.'), []);
  assert.deepEqual(places('Er werd gevochten in het noorden van Irak.', 'nl'), ['het noorden van Irak -> region:IRQ-north']);
  assert.deepEqual(places('Koerden vochten in Noord-Irak.', 'nl'), ['Noord-Irak -> region:IRQ-north']);
  assert.deepEqual(places('Fighting continued in northern Iraq.', 'en'), ['northern Iraq -> region:IRQ-north']);
});

test('a part of a town the gazetteer lacks is placed in the town: "Rotterdam-Zuid", "Den Haag-Centrum", "Rotterdam-Feijenoord"', () => {
  assert.deepEqual(places('Een man is in Rotterdam-Zuid opgepakt.', 'nl'), ['Rotterdam-Zuid -> geonames:2747891']);
  assert.deepEqual(places('Er werd geschoten in Den Haag-Centrum en in Amsterdam-Nieuw-West.', 'nl'), ['Den Haag-Centrum -> geonames:2747373', 'Amsterdam-Nieuw-West -> geonames:2759794']);
  // A province whose name has a direction is the province, not a part of a town.
  assert.deepEqual(places('Zij woont in Noord-Holland.', 'nl'), ['Noord-Holland -> admin1:NLD-NH']);
  // A borough by name ("Town-Name", as Dutch writes them); two places joined are a route or a race, not a borough.
  assert.deepEqual(places('Een woning in Rotterdam-Feijenoord is beschoten.', 'nl'), ['Rotterdam-Feijenoord -> geonames:2747891']);
  assert.deepEqual(places('Hij won Parijs-Roubaix.', 'nl'), []);
});

test('border expressions: adjective + border noun, and "de grens met X"', () => {
  const ctx = 'Afghanistan verliest terrein; Afghaanse soldaten vluchten.';
  assert.deepEqual(places('Honderden soldaten staken de Tadzjiekse grens over.', 'nl', ctx), ['Tadzjiekse grens -> border:AFG-TJK']);
  assert.deepEqual(places('Er is een kamp bij de Afghaans-Oezbeekse grens.', 'nl'), ['Afghaans-Oezbeekse grens -> border:AFG-UZB']);
  assert.deepEqual(places('Troepen bewaken de grens met Turkmenistan.', 'nl', ctx), ['grens met Turkmenistan -> border:AFG-TKM']);
  assert.deepEqual(places('Afghan soldiers fled across the Tajik border into Tajikistan.', 'en'), [
    'Afghan (adj) -> country:AFG',
    'Tajik border -> border:AFG-TJK',
    'Tajikistan -> country:TJK',
  ]);
});

test('English names, demonyms and valley names', () => {
  assert.deepEqual(places('The Taliban said they had taken Kunduz province and the Panjshir Valley.', 'en'), [
    'Kunduz -> AF19',
    'Panjshir Valley -> feature:panjshir-valley',
  ]);
  assert.deepEqual(places('Pakistani officials met Iranian diplomats in Doha.', 'en'), [
    'Pakistani (adj) -> country:PAK',
    'Iranian (adj) -> country:IRN',
    'Doha -> geonames:290030',
  ]);
});

test('no false places on common words, persons and groups', () => {
  assert.deepEqual(places('Best is het om te wachten, zei de vrouw.', 'nl'), []);
  assert.deepEqual(places('Meer dan duizend mensen namen deel aan de mars.', 'nl'), []);
  // Persons and organisations are actors, not places, even where a village shares a name part.
  assert.deepEqual(places('Ahmad Shah Massoud en de Taliban.', 'nl'), []);
  assert.deepEqual(places('Best of all, the UN said it would stay.', 'en'), []);
  // Lowercase: not a name ("de zoon van de leeuw").
  assert.deepEqual(places('de kabul', 'nl'), []);
});

test('acronyms must be written as acronyms', () => {
  assert.deepEqual(places('De VS trekken zich terug.', 'nl'), ['VS -> country:USA']);
  assert.deepEqual(places('Het team speelde vs het andere team.', 'nl'), []);
  assert.deepEqual(places('The US embassy stays open, he told us.', 'en'), ['US -> country:USA']);
});

test('the seed articles: regions, borders, provinces and the valley', () => {
  const dir = join(SHARED_DIR, 'seeds');
  const got: string[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(dir, f), 'utf8').replace(/^\s*date\s+\S+\s*/, '');
    got.push(...places(text, 'nl'));
  }
  for (const want of [
    'Noord-Afghanistan -> region:AFG-north',
    'Tadzjiekse grens -> border:AFG-TJK',
    'Centraal-Aziatische (adj) -> region:central-asia',
    'Tadzjikistan -> country:TJK',
    'het noorden -> region:AFG-north',
    'Kabul -> AF01',
    'Panjshir-vallei -> feature:panjshir-valley',
    'Panjshir -> AF08',
    'Afghaanse (adj) -> country:AFG',
  ]) {
    assert.ok(got.includes(want), `${want}\n got: ${got.join(' | ')}`);
  }
  // Every mention resolves to Afghanistan, a neighbour, the US, Russia or Central Asia.
  for (const g of got) assert.match(g, /-> (AF\d+|country:(AFG|TJK|USA|RUS)|region:(AFG-north|central-asia)|border:AFG-TJK|feature:panjshir-valley)$/, g);
});

test('bad input in sentences: huge tokens, odd Unicode, empty sentences', () => {
  const long = 'A' + 'b'.repeat(10_000);
  assert.deepEqual(places(`In ${long} en in Kabul.`, 'nl'), ['Kabul -> AF01']);
  assert.deepEqual(places('\u202E\u0000🙂 \uD800 \u0301\u0301 ...', 'nl'), []);
  assert.deepEqual(places('', 'nl'), []);
  // A word that is also a property of plain objects is just a word.
  assert.deepEqual(places('De constructor en het toString van het noorden.', 'nl', 'geen land'), []);
});

test('common words that are also towns: not at the start of a sentence, yes in the middle', () => {
  assert.deepEqual(places('Leiden tot niets, die gesprekken.', 'nl'), []);
  assert.deepEqual(places('Ze demonstreerden in Leiden en Best.', 'nl'), ['Leiden -> geonames:2751773', 'Best -> geonames:2759040']);
  assert.deepEqual(places('Nice work, he said.', 'en'), []);
  assert.deepEqual(places('The attack in Nice shocked France.', 'en').slice(0, 1), ['Nice -> geonames:2990440']);
  assert.deepEqual(places('Van der Berg zei niets.', 'nl'), []);
});

test('persons named like towns, other-language demonyms, split words', () => {
  assert.deepEqual(places('President Bush met Mary Robinson; Bush said nothing.', 'en'), []);
  assert.deepEqual(places('The convoy drove to Bush and on to Cairo.', 'en'), ['Bush -> geonames:358600', 'Cairo -> geonames:360630']);
  // "Let" is a Latvian in Dutch, a verb in English; "I ran" is not Iran.
  assert.deepEqual(places('Let me think. I ran home.', 'en'), []);
  assert.deepEqual(places('In the West, critics spoke of the north.', 'en', 'Iraq and Syria'), ['the north -> region:IRQ-north']);
});

test('Dutch persons named like towns: an initial after, a name particle before, first names, a quoted imperative', () => {
  // "Jos", "David", "Charlotte": first names that are towns elsewhere; "Geel", "Bree", "Vries" surnames after a particle.
  assert.deepEqual(places('De officier sprak over verdachte Jos B. uit Breda.', 'nl'), ['Breda -> geonames:2758401']);
  assert.deepEqual(places('Dat zegt Van Bree, en trainer Martin van Geel zwijgt.', 'nl'), []);
  assert.deepEqual(places('Volgens Peter R. de Vries en David Gauke is dat onzin.', 'nl'), []);
  // An institution "van" a town keeps the town; a first name after a locative preposition is the town.
  assert.deepEqual(places('Ze studeert aan de Universiteit van Amsterdam.', 'nl'), ['Amsterdam -> geonames:2759794']);
  assert.deepEqual(places('Hij woont in Charlotte.', 'nl').length, 1);
  assert.deepEqual(places('Volgens Gijs de Man en Marc van der Linden is dat onzin.', 'nl'), []);
  // A short word in capitals is an acronym ("ILO"), not a town written so.
  assert.deepEqual(places('De ILO sprak in Genève.', 'nl').map((p) => p.split(' ')[0]), ['Genève']);
  // The football club, the English language and a quoted "Let op!" are no places.
  assert.deepEqual(places("Ajax won van PSV en in het Engels stond 'Let op!' op het bord.", 'nl'), []);
});

test('directional borders: the borders with the neighbours in that direction', () => {
  const ctx = 'Afghanistan: de Taliban en het Afghaanse leger.';
  const got = sentences('De Taliban rukken op langs de noordgrens.').flatMap((s) => findPlaces(s, 'nl', ctx));
  assert.equal(got.length, 1);
  assert.equal(got[0]!.text, 'noordgrens');
  assert.deepEqual(got[0]!.candidates.map((c) => c.id).sort(), ['border:AFG-TJK', 'border:AFG-TKM', 'border:AFG-UZB']);
  const en = sentences('They advanced along the northern border.').flatMap((s) => findPlaces(s, 'en', 'Afghanistan and the Taliban'));
  assert.equal(en[0]?.text, 'northern border');
});

test('a town after its country\'s adjective is a place ("het Franse Lyon"), not a person after a first name', () => {
  const got = places('De betoging in het Franse Lyon liep uit de hand.', 'nl');
  assert.equal(got[0], 'Franse (adj) -> country:FRA');
  assert.match(got[1] ?? '', /^Lyon -> /);
  // A capitalised first name before a town's name still makes a person ("Paris Hilton").
  assert.deepEqual(places('Gisteren sprak Paris Hilton met de pers.', 'nl').filter((p) => p.startsWith('Hilton')), []);
});
