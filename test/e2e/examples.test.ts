import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT } from '../../src/paths.js';
import { sitrep, tempDir } from '../helpers.js';
import { writeFileSync } from 'node:fs';

test('the shipped examples all ingest (every format), in the language their name says', () => {
  const db = join(tempDir(), 'examples.db');
  const r = sitrep(['ingest', join(ROOT, 'examples'), '--db', db]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  const { items } = JSON.parse(sitrep(['articles', '--json', '--db', db]).stdout) as {
    items: { source: string; lang: string; status: string; factCount: number; published: { value: string } }[];
  };
  assert.equal(items.length, 9);
  for (const a of items) {
    const expected = /\.nl\.|feed\.xml/.test(a.source) ? 'nl' : 'en';
    assert.equal(a.lang, expected, a.source);
    assert.equal(a.status, 'analysed');
    assert.match(a.published.value, /^2021-0[789]-\d\d$/, a.source);
  }
  assert.ok(items.filter((a) => a.factCount > 0).length >= 7);
});

test('an article in a language sitrep does not read is stored with a note, not analysed', () => {
  const d = tempDir();
  const db = join(d, 'fr.db');
  writeFileSync(join(d, 'fr.txt'), 'date 2021-08-16\nLes talibans ont pris le contrôle de Kaboul dimanche soir, après la fuite du président hors du pays.');
  const r = sitrep(['ingest', join(d, 'fr.txt'), '--db', db]);
  assert.equal(r.code, 0, r.stderr);
  const [a] = JSON.parse(sitrep(['articles', '--json', '--db', db]).stdout).items;
  assert.equal(a.lang, 'fra');
  assert.equal(a.status, 'skipped');
  assert.equal(a.note, "language 'fra' is not analysed; stored only");
  assert.equal(a.factCount, 0);
  assert.equal(JSON.parse(sitrep(['search', 'Kaboul', '--json', '--db', db]).stdout).length, 1);
});
