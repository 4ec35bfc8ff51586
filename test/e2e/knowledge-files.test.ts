import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoredFact } from '../../src/store/index.js';
import { sitrep, tempDir } from '../helpers.js';

const dir = tempDir();
const article = join(dir, 'militie.txt');
writeFileSync(article, 'date 2021-09-02\nDe Vrije Bergbrigade heeft woensdag het districtscentrum van Rukha ingenomen.');

test('ingest --actors: a user actor file links a militia the shipped dictionary does not know', () => {
  const actors = join(dir, 'extra-actors.yaml');
  writeFileSync(
    actors,
    [
      'country: AFG',
      'actors:',
      '- id: afg-free-mountain-brigade',
      '  name: Free Mountain Brigade',
      '  type: militia',
      '  aliases:',
      '    nl:',
      '    - Vrije Bergbrigade',
      '    en:',
      '    - Free Mountain Brigade',
      '',
    ].join('\n'),
  );
  const db = join(dir, 'a.db');
  const r = sitrep(['ingest', article, '--actors', actors, '--db', db]);
  assert.equal(r.code, 0, r.stderr);
  const facts = JSON.parse(sitrep(['events', '--json', '--db', db]).stdout) as StoredFact[];
  assert.ok(
    facts.some((f) => f.actor?.id === 'afg-free-mountain-brigade' && f.actor.name === 'Free Mountain Brigade'),
    JSON.stringify(facts.map((f) => f.actor)),
  );
});

test('ingest with a malformed actor or gazetteer file fails before storing anything, naming the file', () => {
  const bad = join(dir, 'bad-actors.yaml');
  writeFileSync(bad, 'actors:\n- id: x\n  type: dragon\n');
  const db = join(dir, 'b.db');
  const r = sitrep(['ingest', article, '--actors', bad, '--db', db]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^sitrep: .*bad-actors\.yaml.*/);
  assert.equal(r.stderr.trim().split('\n').length, 1);
  const badGaz = join(dir, 'bad-gazetteer.json');
  writeFileSync(badGaz, '{"entries": [{"id": "x"}]}');
  const g = sitrep(['ingest', article, '--gazetteer', badGaz, '--db', db]);
  assert.equal(g.code, 2);
  assert.match(g.stderr, /bad-gazetteer\.json/);
  assert.equal(JSON.parse(sitrep(['articles', '--json', '--db', db]).stdout).total, 0);
});
