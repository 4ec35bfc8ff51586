// The actors of the 2019 news in the dictionary: Dutch cabinet and party leaders, parties and institutions, heads of
// state and government abroad, armed groups. Own sentences; the surname-only and common-word rules per actor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentences } from './sentences.js';
import { actorDictionary, findActors } from '../../src/resolve/index.js';
import { only, run } from '../extract/helpers.js';
import type { Lang } from '../../src/model/index.js';

/** "surface -> actor id" for each dictionary mention. */
function actors(text: string, lang: Lang = 'nl', date: string | null = '2019-03'): string[] {
  return sentences(text)
    .flatMap((s) => findActors(s, lang, { context: text, date }))
    .map((m) => `${m.text} -> ${m.actor.id}`);
}

test('nl Dutch ministers, party leaders and parties', () => {
  assert.deepEqual(actors('Minister Wopke Hoekstra en Wouter Koolmees verdedigden het pensioenakkoord tegen Thierry Baudet.'), [
    'Wopke Hoekstra -> nld-wopke-hoekstra',
    'Wouter Koolmees -> nld-wouter-koolmees',
    'Thierry Baudet -> nld-thierry-baudet',
  ]);
  assert.deepEqual(actors('Volgens Jetten en Klaver moeten VVD, CDA, D66 en GroenLinks samen optrekken tegen Forum voor Democratie.'), [
    'Jetten -> nld-rob-jetten',
    'Klaver -> nld-jesse-klaver',
    'VVD -> nld-vvd',
    'CDA -> nld-cda',
    'D66 -> nld-d66',
    'GroenLinks -> nld-groenlinks',
    'Forum voor Democratie -> nld-fvd',
  ]);
  const baudet = actorDictionary().byId.get('nld-thierry-baudet');
  assert.deepEqual([baudet?.type, baudet?.affiliations], ['person', ['nld-fvd']]);
  assert.equal(actorDictionary().byId.get('nld-fvd')?.type, 'party');
});

test('nl surnames that are Dutch words or phrases need a first name or a title', () => {
  // "de jonge" is a phrase, "blok" and "snel" are words: only with the first name or the office.
  assert.deepEqual(actors('De jonge vrouw zag een blok beton vallen.'), []);
  assert.deepEqual(actors('Minister De Jonge sprak met Hugo de Jonge en Stef Blok.'), [
    'Minister De Jonge -> nld-hugo-de-jonge',
    'Hugo de Jonge -> nld-hugo-de-jonge',
    'Stef Blok -> nld-stef-blok',
  ]);
  // Lowercase "kamer" is a room; "Tweede Kamer" and "Eerste Kamer" are the chambers.
  assert.deepEqual(actors('In de kamer zat de voorzitter van de Tweede Kamer naast een lid van de Eerste Kamer.'), [
    'Tweede Kamer -> nld-tweede-kamer',
    'Eerste Kamer -> nld-eerste-kamer',
  ]);
});

test('nl Dutch institutions: AIVD, MIVD, OM, NCTV, Marechaussee; acronyms only in capitals', () => {
  assert.deepEqual(actors('De AIVD, de MIVD en het Openbaar Ministerie waarschuwen samen met de NCTV en de Koninklijke Marechaussee.'), [
    'AIVD -> nld-aivd',
    'MIVD -> nld-mivd',
    'Openbaar Ministerie -> nld-om',
    'NCTV -> nld-nctv',
    'Koninklijke Marechaussee -> nld-kmar',
  ]);
  assert.deepEqual(actors('Het OM eist vier jaar cel. Om tien uur begon de zitting.'), ['OM -> nld-om']);
  // "de Nederlandse inlichtingendienst" is the AIVD (the Dutch actor with the role intelligence).
  assert.deepEqual(actors('Dat meldt de Nederlandse inlichtingendienst.'), ['Nederlandse inlichtingendienst -> nld-aivd']);
});

test('nl heads of government abroad in Dutch spelling; "May" only with a first name or a title', () => {
  assert.deepEqual(actors('Premier Theresa May sprak met Donald Trump, Poetin en Viktor Orbán.'), [
    'Premier Theresa May -> gbr-theresa-may',
    'Donald Trump -> usa-donald-trump',
    'Poetin -> rus-vladimir-putin',
    'Viktor Orbán -> hun-viktor-orban',
  ]);
  assert.deepEqual(actors('Premier May en Erdoğan; Porosjenko en Trump.'), [
    'Premier May -> gbr-theresa-may',
    'Erdoğan -> tur-recep-tayyip-erdogan',
    'Porosjenko -> ukr-petro-poroshenko',
    'Trump -> usa-donald-trump',
  ]);
  // The month in English is not the prime minister.
  assert.deepEqual(actors('In May the talks resumed.', 'en'), []);
  const may = actorDictionary().byId.get('gbr-theresa-may');
  assert.deepEqual(may?.roles?.[0], { title: 'prime minister', of: 'gbr-government', from: '2016-07-13', to: '2019-07-24' });
});

test('armed groups active around 2019, Dutch and English names', () => {
  assert.deepEqual(actors('Boko Haram en ISWAP vielen aan; in Somalië sloeg al-Shabaab toe en in Jemen de Houthi\'s.'), [
    'Boko Haram -> nga-boko-haram',
    'ISWAP -> nga-iswap',
    'al-Shabaab -> som-al-shabaab',
    "Houthi's -> yem-houthis",
  ]);
  assert.deepEqual(actors('The PKK, the YPG, Abu Sayyaf and the ELN were named.', 'en'), [
    'PKK -> tur-pkk',
    'YPG -> syr-ypg',
    'Abu Sayyaf -> phl-abu-sayyaf',
    'ELN -> col-eln',
  ]);
  // Compounds headed by a group's name are the group.
  assert.deepEqual(actors('Al-Shabaab-strijders trokken zich terug.'), ['Al-Shabaab-strijders -> som-al-shabaab']);
});

test('nl in the pipeline: a Dutch minister and a foreign prime minister act as the linked actor', () => {
  const x = run('Minister Ferdinand Grapperhaus zei dinsdag dat de grens dicht blijft.', 'nl', { value: '2019-06-12', precision: 'day' });
  assert.equal(only(x.facts, (f) => f.kind === 'claim', 'the claim').actor?.id, 'nld-ferdinand-grapperhaus');
  const y = run('Premier Theresa May heeft de Russische diplomaten het land uitgezet.', 'nl', { value: '2019-03-20', precision: 'day' });
  const f = only(y.facts, (f) => f.kind === 'event', 'the expulsion');
  assert.equal(f.actor?.id, 'gbr-theresa-may');
});
