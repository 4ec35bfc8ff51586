import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoredFact } from '../../src/store/index.js';
import { SEEDS_DIR, seeds, sitrep, tempDir } from '../helpers.js';

const db = join(tempDir(), 'seeds.db');

test('sitrep ingest ../shared/seeds stores both articles, dated to the month, in Dutch', () => {
  const r = sitrep(['ingest', SEEDS_DIR, '--db', db]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^2 new, 0 already known, 0 failed; \d+ facts extracted/);
  const list = JSON.parse(sitrep(['articles', '--json', '--db', db]).stdout);
  assert.equal(list.total, 2);
  const byDate = Object.fromEntries(list.items.map((a: { published: { value: string; precision: string }; lang: string }) => [a.published.value, a]));
  assert.equal(byDate['2021-07'].lang, 'nl');
  assert.equal(byDate['2021-07'].published.precision, 'month');
  assert.equal(byDate['2021-08'].lang, 'nl');
});

test('re-ingesting the seeds is a no-op reported as already known', () => {
  const r = sitrep(['ingest', SEEDS_DIR, '--db', db]);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^0 new, 2 already known, 0 failed/);
  assert.equal(JSON.parse(sitrep(['articles', '--json', '--db', db]).stdout).total, 2);
});

test('events --json: facts for both seeds, each traceable to its sentence in the article text', () => {
  const facts: StoredFact[] = JSON.parse(sitrep(['events', '--json', '--limit', '1000', '--db', db]).stdout);
  const texts = new Map(seeds().map((s) => [s.date, s.text.trim()]));
  const articles = JSON.parse(sitrep(['articles', '--json', '--db', db]).stdout).items as { id: string; published: { value: string } }[];
  for (const a of articles) {
    const own = facts.filter((f) => f.source.article === a.id);
    assert.ok(own.length >= 5, `expected events for the ${a.published.value} seed, got ${own.length}`);
    const text = texts.get(a.published.value)!;
    for (const f of own) {
      assert.ok(text.includes(f.source.text), 'the provenance sentence is a sentence of the article');
      const sentenceStart = text.indexOf(f.source.text);
      assert.ok(f.source.start >= sentenceStart && f.source.end <= sentenceStart + f.source.text.length, 'the span lies in the sentence');
      if (f.time?.text === '' && f.modality === 'historical') {
        // Background without a date of its own: undated, not the article's date.
        assert.deepEqual(f.time, { text: '', value: null, precision: 'unknown' });
      } else if (f.time?.text === '') {
        // No time expression in the sentence: the article's date, with its (month) precision, never a guessed day.
        assert.equal(f.time.value, a.published.value);
        assert.equal(f.time.precision, 'month');
      } else {
        assert.ok(f.source.text.includes(f.time!.text), 'a time expression of the sentence');
      }
    }
  }
  // The taking of districts in the July seed: a territory event whose trigger span is the verb.
  const july = articles.find((a) => a.published.value === '2021-07')!;
  const taken = facts.find((f) => f.source.article === july.id && f.type === 'COERCE' && f.source.text.includes('grensdistricten'));
  assert.ok(taken, 'a COERCE (seize) event for the districts taken');
  assert.equal(taken.mode, 'seize');
  assert.equal(texts.get('2021-07')!.slice(taken.source.start, taken.source.end), 'namen');
  // Soldiers fleeing across the border: a movement.
  assert.ok(facts.some((f) => f.source.article === july.id && f.kind === 'movement' && f.source.text.includes('grens over')));
});

test('events filters and export formats work on the seeds', () => {
  const since = JSON.parse(sitrep(['events', '--json', '--since', '2021-08-01', '--db', db]).stdout) as StoredFact[];
  assert.ok(since.length > 0 && since.every((f) => f.time!.value! >= '2021-08'));
  const csv = sitrep(['export', '--format', 'csv', '--db', db]);
  assert.equal(csv.code, 0, csv.stderr);
  const [header, first] = csv.stdout.split('\n');
  assert.ok(header!.startsWith('event_date,event_type,sub_event_type,actor1,actor2,country,admin1,admin2,location,latitude,longitude,notes,source'));
  assert.match(first!, /^2021-0[78],/);
  const jsonl = sitrep(['export', '--format', 'jsonl', '--db', db]).stdout.trim().split('\n');
  assert.ok(jsonl.length > 5 && jsonl.every((l) => JSON.parse(l).source.article.length === 32));
  const geo = JSON.parse(sitrep(['export', '--format', 'geojson', '--db', db]).stdout);
  assert.equal(geo.type, 'FeatureCollection');
  assert.equal(geo.features.length + geo.skipped, jsonl.length);
  const bad = sitrep(['export', '--format', 'xlsx', '--db', db]);
  assert.notEqual(bad.code, 0);
  assert.match(bad.stderr, /xlsx/);
});

test('search finds seed text', () => {
  const r = sitrep(['search', 'Panjshir', '--json', '--db', db]);
  const hits = JSON.parse(r.stdout);
  assert.equal(hits.length, 1);
  assert.equal(hits[0].published.value, '2021-08');
});

test('a batch with bad files: each named on one line, the rest ingests, exit code non-zero, nothing stored is changed', () => {
  const d = tempDir();
  writeFileSync(join(d, 'good.txt'), 'date 2021-08-20\nThe militia withdrew from the district centre after a week of clashes with government forces.');
  writeFileSync(join(d, 'empty.txt'), '');
  writeFileSync(join(d, 'lines.jsonl'), '{"text": "De militie trok zich terug uit het districtscentrum na een week van gevechten."}\nnot json\n');
  writeFileSync(join(d, 'bad.xml'), 'this is not xml');
  const before = JSON.parse(sitrep(['articles', '--json', '--db', db]).stdout);
  const r = sitrep(['ingest', d, join(d, 'missing.txt'), '--db', db]);
  assert.equal(r.code, 1);
  const lines = r.stderr.trim().split('\n');
  assert.deepEqual(lines.map((l) => l.replace(d, 'D')).sort(), [
    'sitrep: D/bad.xml: not a well-formed XML feed (line 1: char \'t\' is not expected.)',
    'sitrep: D/empty.txt: empty file',
    'sitrep: D/lines.jsonl:2: not valid JSON (Unexpected token \'o\', "not json" is not valid JSON)',
    'sitrep: D/missing.txt: no such file or directory',
  ].sort());
  assert.match(r.stdout, /^2 new, 0 already known, 4 failed/);
  const after = JSON.parse(sitrep(['articles', '--json', '--limit', '100', '--db', db]).stdout);
  assert.equal(after.total, before.total + 2);
  for (const a of before.items) assert.ok(after.items.some((b: { id: string; factCount: number }) => b.id === a.id && b.factCount === a.factCount));
});

test('every command has --help; bad options give one clear line and exit non-zero', () => {
  for (const c of ['ingest', 'articles', 'search', 'events', 'export', 'serve']) {
    const r = sitrep([c, '--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, new RegExp(`Usage: sitrep ${c}`));
  }
  const r = sitrep(['events', '--since', 'last tuesday', '--db', db]);
  assert.equal(r.code, 2);
  assert.equal(r.stderr.trim(), "sitrep: --since: expected YYYY, YYYY-MM or YYYY-MM-DD, got 'last tuesday'");
});
