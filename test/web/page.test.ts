import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { readInputs, toArticle } from '../../src/ingest/index.js';
import { ingestArticle } from '../../src/pipeline/index.js';
import { startServer, type RunningServer } from '../../src/server/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { SEEDS_DIR, tempDir } from '../helpers.js';

// Debian's chromium, installed by .ci/run; never a browser downloaded by a tool.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let browser: Browser;
let server: RunningServer;
let store: Store;
const ids: string[] = [];

before(async () => {
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} not found: install Debian's chromium (apt-get install chromium), as .ci/run does`);
  store = openStore(join(tempDir(), 'web.db'));
  for await (const r of readInputs([SEEDS_DIR])) {
    if (r.ok) ids.push((await ingestArticle(store, r.article)).article.id);
  }
  server = await startServer(store, { port: 0, host: '127.0.0.1' });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
});

test('the article list links to each seed article', async () => {
  const page = await browser.newPage();
  await page.goto(server.url + '/');
  await page.waitForSelector('#articles tbody tr');
  assert.equal(await page.locator('#articles tbody tr').count(), 2);
  assert.deepEqual((await page.locator('#articles tbody tr td:first-child').allTextContents()).sort(), ['2021-07 (month)', '2021-08 (month)']);
  await page.close();
});

test('an article page shows the text with extracted facts highlighted, and the facts table', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/#/article/${ids[0]}`);
  await page.waitForSelector('#article-text mark.trigger');
  const triggers = await page.locator('#article-text mark.trigger').allTextContents();
  assert.ok(triggers.includes('namen'), `trigger marks: ${triggers.join(', ')}`);
  const rows = await page.locator('table.facts tbody tr').count();
  assert.ok(rows >= 5);
  // The highlighted text is the article text, character for character.
  const shown = await page.locator('#article-text').textContent();
  const api = (await (await fetch(`${server.url}/api/articles/${ids[0]}`)).json()) as { text: string };
  assert.equal(shown, api.text);
  // Clicking a fact points at its sentence in the text.
  const row = page.locator('table.facts tbody tr').first();
  const index = await row.getAttribute('data-sentence');
  await row.click();
  const focused = page.locator('span.sentence.focus');
  assert.equal(await focused.count(), 1);
  assert.equal(await focused.getAttribute('id'), `s${index}`);
  assert.equal(await focused.textContent(), await row.locator('td.sentence').textContent());
  await page.close();
});

test('untrusted article text is rendered as text, never as markup', async () => {
  const hostile = toArticle({
    source: 'test',
    url: null,
    title: '<img src=x onerror="window.pwned=1">',
    published: { value: '2021-08-01', precision: 'day' },
    text: 'De Taliban namen de stad in. <script>window.pwned = 1</script><b id="bold">vet</b> <img src=x onerror="window.pwned=1">',
    lang: 'nl',
  });
  await store.saveArticle(hostile, [], { mentions: [], facts: [] }, { status: 'analysed', note: null });
  const page = await browser.newPage();
  await page.goto(`${server.url}/#/article/${hostile.id}`);
  await page.waitForSelector('#article-text');
  assert.equal(await page.locator('#article-text b, #article-text script, #article-text img, h1 img').count(), 0);
  assert.match((await page.locator('#article-text').textContent()) ?? '', /<script>window\.pwned = 1<\/script>/);
  assert.equal(await page.evaluate(() => (globalThis as { pwned?: number }).pwned), undefined);
  await page.close();
});

test('the events table lists facts with their source sentences', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/#/events`);
  await page.waitForSelector('table.facts tbody tr');
  const sentences = await page.locator('table.facts td.sentence').allTextContents();
  assert.ok(sentences.length >= 10);
  assert.ok(sentences.some((s) => s.includes('grensdistricten')));
  await page.close();
});
