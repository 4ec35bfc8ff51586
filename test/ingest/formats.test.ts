import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, openSync, writeFileSync, ftruncateSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs, toArticle, articleId, detectLanguage, type ReadResult } from '../../src/ingest/index.js';
import { tempDir } from '../helpers.js';

async function readAll(...paths: string[]): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs(paths)) out.push(r);
  return out;
}

function ok(r: ReadResult) {
  assert.ok(r.ok, `expected an article, got ${!r.ok ? `${r.where}: ${r.problem}` : ''}`);
  return r.article;
}

const dir = tempDir();
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

test('seed format: date marker on the same line as the text, month precision kept', async () => {
  const p = file('seed.txt', ' date 2021-07 De troepen trokken zich zondag terug uit de stad. Niemand raakte gewond.\n\nTweede alinea.');
  const [r] = await readAll(p);
  const a = ok(r!);
  assert.deepEqual(a.published, { value: '2021-07', precision: 'month' });
  assert.ok(a.text.startsWith('De troepen trokken'));
  assert.equal(toArticle(a).lang, 'nl');
});

test('date YYYY-MM-DD on its own line; Markdown heading becomes the title', async () => {
  const p = file('brief.md', 'date 2021-08-15\n# Fighters enter the capital\n\nFighters entered the capital on Sunday after the president left the country by plane.');
  const a = ok((await readAll(p))[0]!);
  assert.deepEqual(a.published, { value: '2021-08-15', precision: 'day' });
  assert.equal(a.title, 'Fighters enter the capital');
  assert.equal(toArticle(a).lang, 'en');
  assert.ok(!a.text.includes('#'));
});

test('plain text without a date: the date is unknown, never invented', async () => {
  const a = ok((await readAll(file('nodate.txt', 'De regering kondigde een onderzoek aan naar de aanslag in de hoofdstad.')))[0]!);
  assert.deepEqual(a.published, { value: null, precision: 'unknown' });
});

test('an unknown date format is a failure naming the file', async () => {
  const [r] = await readAll(file('baddate.txt', 'date 07/2021 Tekst van het artikel.'));
  assert.equal(r!.ok, false);
  assert.match(!r!.ok ? r!.problem : '', /unknown date format '07\/2021'/);
  assert.ok(!r!.ok && r!.where.endsWith('baddate.txt'));
});

test('JSON lines: good lines ingest, a non-JSON line and a line without text fail with their line numbers', async () => {
  const p = file(
    'batch.jsonl',
    [
      JSON.stringify({ title: 'Een', text: 'Het leger heroverde de stad na twee dagen van gevechten.', published_at: '2021-08-10', url: 'https://example.org/a' }),
      '{not json',
      JSON.stringify({ title: 'Zonder tekst', published_at: '2021-08-11' }),
      '',
      JSON.stringify({ text: 'The army retook the town after two days of fighting.', published_at: '2021-08-12T09:30:00Z' }),
    ].join('\n'),
  );
  const rs = await readAll(p);
  assert.equal(rs.length, 4);
  assert.equal(ok(rs[0]!).url, 'https://example.org/a');
  assert.deepEqual(ok(rs[0]!).published, { value: '2021-08-10', precision: 'day' });
  assert.ok(!rs[1]!.ok && rs[1]!.where.endsWith('batch.jsonl:2') && /not valid JSON/.test(rs[1]!.problem));
  assert.ok(!rs[2]!.ok && rs[2]!.where.endsWith('batch.jsonl:3') && /'text' is missing/.test(rs[2]!.problem));
  assert.deepEqual(ok(rs[3]!).published, { value: '2021-08-12', precision: 'day' });
});

test('HTML: main text via Readability with paragraphs kept, navigation dropped, date and canonical URL from meta data', async () => {
  const body = 'De provincie werd na een week van beschietingen door de opstandelingen ingenomen. '.repeat(6);
  const p = file(
    'page.html',
    `<!doctype html><html><head><title>Provincie gevallen</title>
     <meta property="article:published_time" content="2021-08-12T16:00:00+04:30">
     <link rel="canonical" href="https://example.org/provincie"></head>
     <body><nav>Home | Sport | Weer</nav><article><h1>Provincie gevallen</h1><p>${body}</p><p>Tweede alinea met meer details over de gevechten.</p></article>
     <footer>Copyright Krant</footer></body></html>`,
  );
  const a = ok((await readAll(p))[0]!);
  assert.deepEqual(a.published, { value: '2021-08-12', precision: 'day' });
  assert.equal(a.url, 'https://example.org/provincie');
  assert.equal(a.title, 'Provincie gevallen');
  assert.match(a.text, /ingenomen\.\n\nTweede alinea/);
  assert.ok(!a.text.includes('Sport | Weer'));
});

test('RSS and Atom feeds: one article per item, dates from pubDate/updated, HTML descriptions as text', async () => {
  const rss = file(
    'news.rss',
    `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
      <item><title>Basis verlaten</title><link>https://example.org/1</link><pubDate>Fri, 02 Jul 2021 09:00:00 GMT</pubDate>
        <description><![CDATA[<p>De troepen verlieten de basis.</p><p>Het leger nam het over.</p>]]></description></item>
      <item><title>Leeg</title><description></description></item>
    </channel></rss>`,
  );
  const rs = await readAll(rss);
  assert.equal(rs.length, 2);
  const a = ok(rs[0]!);
  assert.equal(a.title, 'Basis verlaten');
  assert.equal(a.url, 'https://example.org/1');
  assert.deepEqual(a.published, { value: '2021-07-02', precision: 'day' });
  assert.equal(a.text, 'De troepen verlieten de basis.\n\nHet leger nam het over.');
  assert.ok(!rs[1]!.ok && rs[1]!.where.endsWith('news.rss#2'));

  const atom = file(
    'news.atom',
    `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
      <entry><title>Airport attack</title><link rel="alternate" href="https://example.org/2"/><updated>2021-08-26T18:00:00Z</updated>
      <summary type="html">&lt;p&gt;A bomb exploded outside the airport gate.&lt;/p&gt;</summary></entry></feed>`,
  );
  const b = ok((await readAll(atom))[0]!);
  assert.equal(b.url, 'https://example.org/2');
  assert.equal(b.text, 'A bomb exploded outside the airport gate.');
  assert.deepEqual(b.published, { value: '2021-08-26', precision: 'day' });
});

test('bad inputs each fail alone with one clear problem naming the file', async () => {
  const sub = join(dir, 'bad');
  mkdirSync(sub);
  const f = (name: string, content: string | Buffer) => {
    const p = join(sub, name);
    writeFileSync(p, content);
    return p;
  };
  const empty = f('empty.txt', '');
  const binary = f('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
  const latin1 = f('latin1.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e]));
  const notXml = f('feed.xml', '<rss><channel><item>unclosed');
  const huge = join(sub, 'huge.txt');
  const fd = openSync(huge, 'w');
  ftruncateSync(fd, 50 * 1024 * 1024);
  closeSync(fd);
  const missing = join(sub, 'does-not-exist.txt');
  const problems = new Map((await readAll(empty, binary, latin1, notXml, huge, missing)).map((r) => [r.ok ? '' : r.where, r.ok ? 'ok' : r.problem]));
  assert.equal(problems.get(empty), 'empty file');
  assert.equal(problems.get(binary), 'binary file, not text');
  assert.equal(problems.get(latin1), 'not valid UTF-8 text');
  assert.match(problems.get(notXml)!, /not a well-formed XML feed \(line \d+/);
  assert.equal(problems.get(huge), 'file is 50.0 MB; the limit is 32 MB');
  assert.equal(problems.get(missing), 'no such file or directory');
});

test('directories recurse in name order, skipping hidden files and unknown extensions', async () => {
  const d = tempDir();
  mkdirSync(join(d, 'sub'));
  writeFileSync(join(d, 'b.txt'), 'Tweede artikel over het noorden van het land en de gevechten daar.');
  writeFileSync(join(d, 'sub', 'a.txt'), 'Eerste artikel over het zuiden van het land en de gevechten daar.');
  writeFileSync(join(d, '.hidden.txt'), 'verborgen');
  writeFileSync(join(d, 'notes.docx'), 'niet te lezen');
  const rs = await readAll(d);
  assert.deepEqual(rs.map((r) => (r.ok ? r.article.source : r.where)), [join(d, 'b.txt'), join(d, 'sub', 'a.txt')]);
});

test('article id is a hash of the normalised text: white space differences do not matter', () => {
  assert.equal(articleId('De  Taliban\nnamen de stad in.'), articleId('De Taliban namen de stad in. '));
  assert.notEqual(articleId('De Taliban namen de stad in.'), articleId('De Taliban namen de stad niet in.'));
  assert.match(articleId('x'), /^[0-9a-f]{32}$/);
});

test('language detection: nl, en, other languages by ISO 639-3 code, und for too little text', () => {
  assert.equal(detectLanguage('De regering in Kabul heeft maandag gezegd dat de gevechten in het noorden van het land doorgaan.'), 'nl');
  assert.equal(detectLanguage('The government in Kabul said on Monday that fighting in the north of the country continues.'), 'en');
  assert.equal(detectLanguage('Le gouvernement de Kaboul a déclaré lundi que les combats continuent dans le nord du pays.'), 'fra');
  assert.equal(detectLanguage('Kabul'), 'und');
});
