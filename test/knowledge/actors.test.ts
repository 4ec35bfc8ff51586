import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sentences } from './sentences.js';
import { findActors, guessActorType, actorDictionary } from '../../src/resolve/index.js';
import { SHARED_DIR } from '../../src/paths.js';
import type { Lang } from '../../src/model/index.js';

/** "surface -> actor id" for each actor mention (ids null for actors not in the dictionary). */
function actors(text: string, lang: Lang, context = text): string[] {
  const doc = { sentences: sentences(text) };
  return doc.sentences.flatMap((s) => findActors(s, lang, { context })).map((m) => `${m.text} -> ${m.actor.id}`);
}

test('dictionary aliases, compounds and persons in Dutch', () => {
  assert.deepEqual(actors('Volgens een Taliban-woordvoerder hebben Talibanstrijders de stad omsingeld.', 'nl'), [
    'Taliban-woordvoerder -> afg-taliban',
    'Talibanstrijders -> afg-taliban',
  ]);
  assert.deepEqual(actors('Amrullah Saleh en Ahmad Massoud riepen de Noordelijke Alliantie op tot verzet.', 'nl'), [
    'Amrullah Saleh -> afg-amrullah-saleh',
    'Ahmad Massoud -> afg-ahmad-massoud',
    'Noordelijke Alliantie -> afg-northern-alliance',
  ]);
  // The longest alias wins: the father, not the son.
  assert.deepEqual(actors('Een foto van Ahmad Shah Massoud hing aan de muur.', 'nl'), ['Ahmad Shah Massoud -> afg-ahmad-shah-massoud']);
  // Lowercase "taliban" is written that way in Dutch papers.
  assert.deepEqual(actors('Volgens de taliban is de stad gevallen.', 'nl'), ['taliban -> afg-taliban']);
});

test('demonym + role noun, from the country adjectives and role nouns', () => {
  const ms = sentences('Afghaanse militairen en Russische troepen hielden Tadzjiekse grenswachten tegen.').flatMap((s) =>
    findActors(s, 'nl'),
  );
  assert.deepEqual(
    ms.map((m) => [m.text, m.actor.id, m.actor.type, m.actor.country]),
    [
      ['Afghaanse militairen', 'afg-military', 'state_military', 'AFG'],
      ['Russische troepen', 'rus-military', 'state_military', 'RUS'],
      ['Tadzjiekse grenswachten', 'tjk-border_guard', 'state_military', 'TJK'],
    ],
  );
  // A country without dictionary entries gets an actor made from the role template.
  const [m] = sentences('Mongoolse soldaten kwamen aan.').flatMap((s) => findActors(s, 'nl'));
  assert.deepEqual([m!.actor.id, m!.actor.name], ['mng-military', 'Military Forces of Mongolia']);
  assert.deepEqual(actors('Afghan security forces and Tajik border guards met Pakistani troops.', 'en'), [
    'Afghan security forces -> afg-military',
    'Tajik border guards -> tjk-border_guard',
    'Pakistani troops -> pak-military',
  ]);
});

test('descriptive aliases need a definite article and score lower; outside the country context they name a new actor of that kind', () => {
  const ctx = 'In Afghanistan rukken de Taliban op.';
  const doc = { sentences: sentences('De jihadisten namen een district in. Jihadisten zijn er overal.') };
  const ms = doc.sentences.flatMap((s) => findActors(s, 'nl', { context: ctx }));
  assert.deepEqual(ms.map((m) => [m.text, m.actor.id, m.via]), [['jihadisten', 'afg-taliban', 'descriptive']]);
  assert.ok(ms[0]!.confidence <= 0.6);
  const elsewhere = sentences('De extremisten vielen aan.').flatMap((s) => findActors(s, 'nl', { context: 'In Mali is het onrustig.' }));
  assert.ok(elsewhere[0]!.confidence < 0.5);
  // Rebels in Mali are no Taliban: the mention stays an actor of the Taliban's kind, with no id and no country.
  assert.deepEqual(elsewhere.map((m) => [m.text, m.actor.id, m.actor.type, m.actor.country]), [['extremisten', null, 'rebel_group', null]]);
});

test('bare role nouns resolve to the article country; foreign troops do not', () => {
  const ctx = 'Het nieuws uit Afghanistan: de Afghaanse regering en de Taliban.';
  assert.deepEqual(actors('Volgens het leger is de aanval afgeslagen.', 'nl', ctx), ['leger -> afg-military']);
  assert.deepEqual(actors('De Taliban eisen het vertrek van buitenlandse troepen.', 'nl', ctx), [
    'Taliban -> afg-taliban',
    'buitenlandse troepen -> null',
  ]);
  assert.deepEqual(actors('Het Rode Leger trok zich terug.', 'nl', ctx), ['Rode Leger -> sun-military']);
});

test('states, IGOs and media; acronyms only in capitals', () => {
  assert.deepEqual(actors('De VS en de NAVO spraken met de BBC en persbureau Reuters.', 'nl'), [
    'VS -> usa',
    'NAVO -> igo-nato',
    'BBC -> media-bbc',
    'persbureau Reuters -> media-reuters',
  ]);
  assert.deepEqual(actors('Het team speelde vs het andere team.', 'nl'), []);
  assert.deepEqual(actors('The UN and NATO condemned the attack, AP reported.', 'en'), ['UN -> igo-un', 'NATO -> igo-nato', 'AP -> media-ap']);
});

test('the seed articles: all the actors named in the issue are found', () => {
  const dir = join(SHARED_DIR, 'seeds');
  const found = new Map<string, string>();
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(dir, f), 'utf8').replace(/^\s*date\s+\S+\s*/, '');
    for (const a of actors(text, 'nl')) {
      const [surface, id] = a.split(' -> ') as [string, string];
      if (!found.has(surface)) found.set(surface, id);
    }
  }
  const want: Record<string, string> = {
    Taliban: 'afg-taliban',
    taliban: 'afg-taliban',
    Talibanstrijders: 'afg-taliban',
    'Taliban-woordvoerder': 'afg-taliban',
    jihadisten: 'afg-taliban',
    extremisten: 'afg-taliban',
    'Afghaanse militairen': 'afg-military',
    'Afghaanse strijdkrachten': 'afg-military',
    leger: 'afg-military',
    'Tadzjiekse grenswachten': 'tjk-border_guard',
    'Noordelijke Alliantie': 'afg-northern-alliance',
    'Hamdullah Mohib': 'afg-hamdullah-mohib',
    'Amrullah Saleh': 'afg-amrullah-saleh',
    'Ahmad Massoud': 'afg-ahmad-massoud',
    'Ahmad Shah Massoud': 'afg-ahmad-shah-massoud',
    'Suhail Shaheen': 'afg-suhail-shaheen',
    VS: 'usa',
    Tadzjikistan: 'tjk',
    BBC: 'media-bbc',
    RIA: 'media-ria',
  };
  for (const [surface, id] of Object.entries(want)) assert.equal(found.get(surface), id, `${surface}: ${[...found].join(', ')}`);
});

test('actors not in the dictionary get a type guessed from the head noun', () => {
  assert.equal(guessActorType('de strijders van een lokale militie', 'nl'), 'rebel_group');
  assert.equal(guessActorType('een lokale militie', 'nl'), 'militia');
  assert.equal(guessActorType('de regeringswoordvoerder', 'nl'), 'person');
  assert.equal(guessActorType('Pakistani protesters', 'en'), 'civilians');
  assert.equal(guessActorType('the provincial police', 'en'), 'police');
  assert.equal(guessActorType('de Chinese telecomfabrikant', 'nl'), 'company');
  assert.equal(guessActorType('the Chinese telecoms firm', 'en'), 'company');
  assert.equal(guessActorType('Zwarte Wolven', 'nl'), 'unknown');
});

test('the dictionary: every actor has a known type, ISO3 country, and unique id', () => {
  const d = actorDictionary();
  assert.ok(d.actors.length >= 80, `actors: ${d.actors.length}`);
  const types = new Set(['state', 'state_military', 'police', 'government', 'rebel_group', 'militia', 'party', 'igo', 'ngo', 'media', 'company', 'civilians', 'ethnic_group', 'person']);
  for (const a of d.actors) {
    assert.ok(types.has(a.type), `${a.id}: ${a.type}`);
    if (a.country) assert.match(a.country, /^[A-Z]{3}$/);
  }
  assert.equal(d.byId.get('afg-military')?.valid, '2004-2021');
  assert.deepEqual(d.byId.get('afg-hamdullah-mohib')?.roles?.[0]?.title, 'national security adviser');
});

test('bad input in sentences: huge tokens, odd Unicode, object-property words', () => {
  const long = 'T' + 'a'.repeat(10_000);
  assert.deepEqual(actors(`${long} en de Taliban.`, 'nl'), ['Taliban -> afg-taliban']);
  assert.deepEqual(actors('\u202E\u0000🙂 \uD800 \u0301\u0301 ...', 'nl'), []);
  assert.deepEqual(actors('de constructor van het prototype', 'nl'), []);
  assert.equal(guessActorType('', 'nl'), 'unknown');
  assert.equal(guessActorType('x'.repeat(10_000), 'en'), 'unknown');
});

test('the article date picks the actor valid then', () => {
  const at = (text: string, date: string | null) =>
    sentences(text).flatMap((s) => findActors(s, 'nl', { context: text, date })).map((m) => `${m.text} -> ${m.actor.id}`);
  assert.deepEqual(at('De Afghaanse regering ontkende het bericht.', '2021-07'), ['Afghaanse regering -> afg-government']);
  assert.deepEqual(at('De Afghaanse regering ontkende het bericht.', '2023-02'), ['Afghaanse regering -> afg-taliban-government']);
  assert.deepEqual(at('Afghaanse militairen patrouilleren in Kabul.', '2022'), ['Afghaanse militairen -> afg-taliban-military']);
  assert.deepEqual(at('Afghaanse militairen patrouilleren in Kabul.', null), ['Afghaanse militairen -> afg-military']);
});
