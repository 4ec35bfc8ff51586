import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Article, Event, Extraction } from '../../src/model/index.js';
import { openStore, periodOf } from '../../src/store/index.js';
import { tempDir } from '../helpers.js';

function article(text: string, published = { value: '2021-08', precision: 'month' as const }): Article {
  return { id: text.length.toString(16).padStart(32, '0'), source: 'test', url: null, title: 'T', published, lang: 'nl', text };
}

function event(articleId: string, over: Partial<Event> = {}): Event {
  return {
    kind: 'event',
    type: 'COERCE',
    mode: 'seize',
    acled: { event_type: 'Battles', sub_event_type: 'Non-state actor overtakes territory' },
    cameo: '19',
    actor: { text: 'de Taliban', id: 'taliban', name: 'Taliban', type: 'rebel_group', country: 'AFG' },
    recipient: null,
    location: { text: 'Kunduz', name: 'Kunduz', country: 'AFG', admin1: 'Kunduz', admin2: null, lat: 36.7, lon: 68.9, precision: 1 },
    time: { text: '', value: '2021-08', precision: 'month' },
    quantities: [],
    modality: 'asserted',
    source: { article: articleId, sentence: 0, start: 0, end: 5, text: 'De Taliban namen Kunduz in.' },
    confidence: 0.5,
    ...over,
  };
}

test('save, duplicate, read back with sentences, mentions and facts', async () => {
  const store = openStore(join(tempDir(), 'a.db'));
  const a = article('De Taliban namen Kunduz in.');
  const ex: Extraction = { mentions: [{ kind: 'place', text: 'Kunduz', start: 17, end: 23, sentence: 0, resolved: 'Kunduz' }], facts: [event(a.id)] };
  assert.equal(await store.saveArticle(a, [{ index: 0, start: 0, end: a.text.length, text: a.text }], ex, { status: 'analysed', note: null }), 'new');
  assert.equal(await store.saveArticle(a, [], { mentions: [], facts: [] }, { status: 'analysed', note: null }), 'duplicate');
  const back = await store.getArticle(a.id);
  assert.equal(back?.sentences.length, 1);
  assert.equal(back?.mentions[0]?.text, 'Kunduz');
  assert.equal(back?.facts[0]?.actor?.name, 'Taliban');
  assert.equal(back?.factCount, 1);
  await store.close();
});

test('a save that fails half-way leaves nothing behind (one transaction)', async () => {
  const store = openStore(join(tempDir(), 'b.db'));
  const a = article('Een artikel dat niet bewaard kan worden.');
  const bad = event(a.id, { confidence: 1n as unknown as number }); // BigInt: JSON.stringify throws after the article row is written
  await assert.rejects(store.saveArticle(a, [{ index: 0, start: 0, end: 5, text: 'Een a' }], { mentions: [], facts: [bad] }, { status: 'analysed', note: null }));
  assert.equal(await store.hasArticle(a.id), false);
  assert.equal((await store.listArticles()).total, 0);
  assert.deepEqual(await store.search('artikel'), []);
  await store.close();
});

test('fact filters: since/until honour the period a month-precision date covers; place and actor match names', async () => {
  const store = openStore(join(tempDir(), 'c.db'));
  const a = article('Twee feiten in een artikel over de stad en het leger.');
  await store.saveArticle(a, [], {
    mentions: [],
    facts: [
      event(a.id),
      event(a.id, {
        type: 'ASSAULT',
        time: { text: '', value: '2021-07-04', precision: 'day' },
        actor: { text: 'het leger', id: 'afg-military', name: 'Military Forces of Afghanistan', type: 'state_military', country: 'AFG' },
        location: { text: 'Herat', name: 'Herat', country: 'AFG', admin1: 'Herat', admin2: null, lat: 34.3, lon: 62.2, precision: 1 },
      }),
    ],
  }, { status: 'analysed', note: null });
  assert.equal((await store.facts({ since: '2021-08-15' })).total, 1, 'August (month precision) overlaps a mid-August bound');
  assert.equal((await store.facts({ since: '2021-09' })).total, 0);
  assert.equal((await store.facts({ until: '2021-07' })).items[0]?.type, 'ASSAULT');
  assert.equal((await store.facts({ place: 'herat' })).total, 1);
  assert.equal((await store.facts({ place: 'AFG' })).total, 2);
  assert.equal((await store.facts({ actor: 'Taliban' })).items[0]?.type, 'COERCE');
  assert.equal((await store.facts({ type: 'assault' })).total, 1);
  assert.equal((await store.facts({ limit: 1, offset: 1 })).items.length, 1);
  await store.close();
});

test('full-text search: diacritics folded, hits marked, FTS syntax in user input is harmless', async () => {
  const store = openStore(join(tempDir(), 'd.db'));
  const a = article('De vluchtelingen bereikten Tadzjikistan via de brug over de Panj. Centraal-Azië maakt zich zorgen.');
  await store.saveArticle(a, [], { mentions: [], facts: [] }, { status: 'analysed', note: null });
  const hits = await store.search('tadzjikistan');
  assert.equal(hits.length, 1);
  assert.match(hits[0]!.snippet, /\[\[Tadzjikistan\]\]/);
  assert.equal((await store.search('centraal-azie')).length, 1);
  assert.deepEqual(await store.search('"unbalanced AND OR ( *'), []);
  assert.deepEqual(await store.search('   '), []);
  await store.close();
});

test('periodOf: the days a partial date covers', () => {
  assert.deepEqual(periodOf('2021-02'), ['2021-02-01', '2021-02-28']);
  assert.deepEqual(periodOf('2021'), ['2021-01-01', '2021-12-31']);
  assert.deepEqual(periodOf('2021-W27'), ['2021-07-05', '2021-07-11']);
  assert.deepEqual(periodOf('1990/1999'), ['1990-01-01', '1999-12-31']);
  assert.equal(periodOf('soon'), null);
});
