import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { MAX_BODY_BYTES } from '../../src/server/app.js';
import { openStore, type Store } from '../../src/store/index.js';
import { seeds, tempDir } from '../helpers.js';

let server: RunningServer;
let store: Store;

before(async () => {
  store = openStore(join(tempDir(), 'api.db'));
  server = await startServer(store, { port: 0, host: '127.0.0.1' });
});
after(async () => {
  await server.close();
  await store.close();
});

const get = async (path: string) => {
  const r = await fetch(server.url + path);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: r.status, body: (await r.json()) as any };
};
const post = async (body: string, type = 'application/json') => {
  const r = await fetch(server.url + '/api/articles', { method: 'POST', body, headers: { 'content-type': type } });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: r.status, body: (await r.json()) as any };
};

const seed = seeds()[0]!;
let seedId = '';

test('the server listens on 127.0.0.1', () => {
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
});

test('POST /api/articles stores and analyses an article; the same text again is already known', async () => {
  const first = await post(JSON.stringify({ title: 'Juli', text: seed.text, published_at: seed.date, url: 'https://example.org/juli' }));
  assert.equal(first.status, 201);
  assert.equal(first.body.result, 'new');
  assert.equal(first.body.lang, 'nl');
  assert.ok(first.body.facts > 0);
  seedId = first.body.id;
  const again = await post(JSON.stringify({ text: seed.text }));
  assert.equal(again.status, 200);
  assert.equal(again.body.result, 'already known');
  assert.equal(again.body.id, seedId);
});

test('GET /api/health, /api/articles, /api/articles/:id with fact spans', async () => {
  assert.deepEqual((await get('/api/health')).body, { status: 'ok', articles: 1 });
  const list = await get('/api/articles');
  assert.equal(list.body.total, 1);
  assert.equal(list.body.items[0].published.value, '2021-07');
  const one = await get(`/api/articles/${seedId}`);
  assert.equal(one.status, 200);
  assert.equal(one.body.text, seed.text.trim());
  assert.ok(one.body.mentions.length > 0);
  for (const m of one.body.mentions) assert.equal(one.body.text.slice(m.start, m.end), m.text);
  for (const f of one.body.facts) assert.equal(one.body.sentences[f.source.sentence].text, f.source.text);
  assert.equal((await get('/api/articles/0123456789abcdef0123456789abcdef')).status, 404);
  assert.equal((await get('/api/articles/not-an-id')).status, 400);
});

test('GET /api/events filters and paginates; bad filters are 400 with a message', async () => {
  const all = await get('/api/events?limit=1000');
  assert.ok(all.body.total > 0);
  const page = await get('/api/events?limit=2&offset=1');
  assert.equal(page.body.items.length, 2);
  assert.deepEqual(page.body.items[0], all.body.items[1]);
  const coerce = await get('/api/events?type=COERCE');
  assert.ok(coerce.body.items.length > 0 && coerce.body.items.every((f: { type: string }) => f.type === 'COERCE'));
  assert.equal((await get('/api/events?since=2021-09')).body.total, 0);
  const bad = await get('/api/events?since=yesterday');
  assert.equal(bad.status, 400);
  assert.match(bad.body.error, /since: expected YYYY/);
  assert.equal((await get('/api/events?limit=0')).status, 400);
  assert.equal((await get('/api/events?colour=red')).status, 400);
});

test('GET /api/search and /api/openapi.json', async () => {
  const s = await get('/api/search?q=grensdistricten');
  assert.equal(s.body.items[0].id, seedId);
  assert.equal((await get('/api/search')).status, 400);
  const doc = await get('/api/openapi.json');
  assert.equal(doc.body.openapi, '3.1.0');
  for (const p of ['/api/health', '/api/articles', '/api/articles/{id}', '/api/events', '/api/search']) assert.ok(doc.body.paths[p], p);
});

test('bad POST bodies get a 4xx with a JSON error, never a 500, and store nothing', async () => {
  const cases: [string, string, number, RegExp][] = [
    ['{not json', 'application/json', 400, /not valid JSON/],
    [JSON.stringify({ title: 'no text' }), 'application/json', 400, /'text' is missing/],
    [JSON.stringify({ text: 'Een tekst.', published_at: '31/12/2021' }), 'application/json', 400, /unknown date format/],
    [JSON.stringify({ text: 'Een tekst.', published_at: '2021-02-31' }), 'application/json', 400, /unknown date format/],
    [JSON.stringify({ text: 42 }), 'application/json', 400, /'text' must be a string/],
    [JSON.stringify([1, 2]), 'application/json', 400, /expected a JSON object/],
    [JSON.stringify({ text: 'x', url: 'javascript:alert(1)' }), 'application/json', 400, /not an http/],
    ['text=hello', 'application/x-www-form-urlencoded', 415, /application\/json/],
  ];
  for (const [body, type, status, message] of cases) {
    const r = await post(body, type);
    assert.equal(r.status, status, body);
    assert.match(r.body.error, message);
  }
  const invalidUtf8 = await fetch(server.url + '/api/articles', {
    method: 'POST',
    body: Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]),
    headers: { 'content-type': 'application/json' },
  });
  assert.equal(invalidUtf8.status, 400);
  const huge = await post(JSON.stringify({ text: 'a'.repeat(MAX_BODY_BYTES + 10) }));
  assert.equal(huge.status, 413);
  assert.equal((await get('/api/health')).body.articles, 1);
});

test('GET / serves the web page with a strict content security policy', async () => {
  const r = await fetch(server.url + '/');
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-security-policy') ?? '', /script-src 'self'/);
  assert.match(await r.text(), /<script type="module" src="\/app.js">/);
  assert.equal((await fetch(server.url + '/app.js')).status, 200);
  assert.equal((await fetch(server.url + '/nope')).status, 404);
  assert.ok(readFileSync(new URL('../../../src/web/static/app.js', import.meta.url), 'utf8').length > 0);
});
