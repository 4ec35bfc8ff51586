import { test } from 'node:test';
import assert from 'node:assert/strict';
import { geocode } from '../../src/resolve/index.js';

const top = (name: string, opts: Parameters<typeof geocode>[1] = {}) => geocode(name, opts)[0];

test('seed place names resolve to the right unit', () => {
  assert.equal(top('Kabul', { lang: 'nl' })?.id, 'AF01');
  assert.equal(top('Panjshir', { lang: 'nl' })?.id, 'AF08');
  assert.equal(top('Afghanistan', { lang: 'nl' })?.id, 'country:AFG');
  assert.equal(top('Tadzjikistan', { lang: 'nl' })?.id, 'country:TJK');
  assert.equal(top('Noord-Afghanistan', { lang: 'nl' })?.id, 'region:AFG-north');
  assert.equal(top('Centraal-Azië', { lang: 'nl' })?.id, 'region:central-asia');
  assert.equal(top('Panjshir-vallei', { lang: 'nl' })?.id, 'feature:panjshir-valley');
  const vs = top('VS', { lang: 'nl' });
  assert.equal(vs?.id, 'country:USA');
  assert.equal(vs?.precision, 3);
});

test('transliteration and diacritic variants of one province', () => {
  for (const v of ['Panjshir', 'Panjsher', 'Panjšir', 'Pandsjsjir', 'PANJSHIR']) assert.equal(top(v, { lang: 'nl' })?.id, 'AF08', v);
  for (const v of ['Badakhshan', 'Badachsjan']) assert.equal(top(v, { lang: 'nl' })?.id, 'AF17', v);
  // Not in any list: found through the transliteration skeleton, with a lower score.
  const fuzzy = top('Kandahaar', { lang: 'nl' });
  assert.equal(fuzzy?.id, 'AF27');
  assert.equal(fuzzy?.match, 'fuzzy');
  assert.ok(fuzzy!.score < 0.8, `fuzzy score ${fuzzy!.score}`);
  const sj = top('Sjibergan', { lang: 'nl' });
  assert.equal(sj?.admin1, 'Jowzjan');
});

test('a district name shared by two provinces is ambiguous until the context names one', () => {
  const bare = geocode('Arghandab', { lang: 'nl' });
  assert.deepEqual(new Set(bare.slice(0, 2).map((c) => c.admin1)), new Set(['Kandahar', 'Zabul']));
  assert.ok(bare[0]!.score <= 0.55, `no confident answer: ${bare[0]!.score}`);
  const zabul = geocode('Arghandab', { lang: 'nl', context: 'De Taliban rukken op in de provincie Zabul.' });
  assert.equal(zabul[0]?.id, 'AF2605');
  assert.ok(zabul[0]!.score > 0.7);
  const kandahar = geocode('Arghandab', { lang: 'en', context: 'Heavy fighting near Kandahar city.' });
  assert.equal(kandahar[0]?.id, 'AF2702');
});

test('a district name that is also a big city elsewhere: the Afghan context decides', () => {
  // Ghaziabad is a district of Kunar and a city of 1.6 million in India.
  assert.equal(top('Ghaziabad')?.country, 'IND');
  const afg = top('Ghaziabad', { lang: 'en', context: 'Taliban fighters attacked checkpoints in Kunar province, Afghanistan.' });
  assert.equal(afg?.id, 'AF1511');
  // Khash: a district in Badakhshan and a town in Nimruz; neither reading is confident alone.
  const khash = geocode('Khash');
  assert.ok(khash[0]!.score < 0.6 && khash[1]!.score > 0.3);
  assert.equal(top('Khash', { context: 'in Badakhshan' })?.id, 'AF1705');
});

test('feature importance: the province before its town and district of the same name', () => {
  const k = geocode('Kunduz', { lang: 'nl' });
  assert.deepEqual(k.slice(0, 3).map((c) => c.featureType), ['admin1', 'populated_place', 'admin2']);
  assert.deepEqual(k.slice(0, 3).map((c) => c.precision), [3, 1, 2]);
  // Nested readings are one reading: not scored as ambiguous.
  assert.ok(k[0]!.score > 0.9);
});

test('adjectives and demonyms geocode to their country', () => {
  assert.equal(top('Afghaanse', { lang: 'nl' })?.id, 'country:AFG');
  assert.equal(top('Afghaanse', { lang: 'nl' })?.match, 'adjective');
  assert.equal(top('Tadzjiekse', { lang: 'nl' })?.id, 'country:TJK');
  assert.equal(top('Tajik', { lang: 'en' })?.id, 'country:TJK');
  assert.equal(top('Oezbeken', { lang: 'nl' })?.id, 'country:UZB');
  assert.equal(top('Amerikaanse', { lang: 'nl' })?.id, 'country:USA');
});

test('Dutch exonyms of world cities', () => {
  assert.equal(top('Moskou', { lang: 'nl' })?.country, 'RUS');
  assert.equal(top('Doesjanbe', { lang: 'nl' })?.country, 'TJK');
  assert.equal(top('Den Haag', { lang: 'nl' })?.country, 'NLD');
  assert.equal(top('Mazar-e Sjarif', { lang: 'nl' })?.admin1, 'Balkh');
});

test('unknown, empty, huge and odd input: empty results, no crash', () => {
  assert.deepEqual(geocode(''), []);
  assert.deepEqual(geocode('   '), []);
  assert.deepEqual(geocode('Xqzwvrtplk'), []);
  assert.deepEqual(geocode('a'.repeat(10_000)), []);
  assert.deepEqual(geocode('Kabul '.repeat(2_000)), []);
  for (const odd of ['\u0000', '\uD800', '\u202E\u202D', '🙂🙂', '\u0301\u0301', 'Ka\u200Bbul'.slice(0, 3), '\uFEFF']) {
    assert.ok(Array.isArray(geocode(odd)), JSON.stringify(odd));
  }
  // Zero-width characters inside a name are ignored, not a new name.
  assert.equal(top('Ka\u200Bbul')?.id, 'AF01');
  // A huge context is read linearly and does not change the answer for an unambiguous name.
  assert.equal(top('Herat', { context: 'Kabul en Herat. '.repeat(5_000) })?.id, 'AF32');
});

test('a direction of a country without an entry of its own', () => {
  assert.equal(top('Noord-Irak', { lang: 'nl' })?.id, 'region:IRQ-north');
  assert.equal(top('northern Syria', { lang: 'en' })?.id, 'region:SYR-north');
  assert.equal(top('Noord-Korea', { lang: 'nl' })?.id, 'country:PRK');
  assert.equal(top('Iraqis', { lang: 'en' })?.id, 'country:IRQ');
});

test('a city outside Afghanistan and the Netherlands has its first-level unit, named as the unit is on its own', () => {
  assert.equal(top('Bordeaux', { lang: 'nl' })?.admin1, 'Nouvelle-Aquitaine');
  assert.equal(top('Parijs', { lang: 'nl' })?.admin1, 'Île-de-France');
  assert.equal(top('Istanbul', { lang: 'en' })?.admin1, 'Istanbul Province');
  // admin1-world.json names the governorate "Nineveh Governorate": the city says the same.
  assert.equal(top('Mosul', { lang: 'en' })?.admin1, 'Nineveh Governorate');
  assert.equal(top('Mosul', { lang: 'en' })?.admin1, top('Nineveh', { lang: 'en' })?.name);
  assert.equal(top('Kyiv', { lang: 'en' })?.admin1, 'Kyiv');
});

test('a town adjective is an adjectival mention of the town; a country adjective stays the country', () => {
  const utrechtse = geocode('Utrechtse', { lang: 'nl' })[0];
  assert.equal(utrechtse?.name, 'Utrecht');
  assert.equal(utrechtse?.featureType, 'populated_place');
  assert.equal(geocode('Haagse', { lang: 'nl' })[0]?.name, 'The Hague');
  assert.equal(geocode('Franse', { lang: 'nl' })[0]?.id, 'country:FRA');
});
