// scripts/eval.ts as a user runs it: option errors are named and exit 2 before any document is analysed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../src/paths.js';

const EVAL = join(ROOT, 'dist', 'scripts', 'eval.js');
const run = (args: string[]) => spawnSync(process.execPath, [EVAL, ...args], { encoding: 'utf8' });

test('eval --help prints the usage', () => {
  const r = run(['--help']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /usage: npm run eval -- \[--set NAME\]\.\.\. \[--doc REF\]\.\.\. \[--json\] \[--verbose\]/);
});

test('unknown set, document, extractor or option: exit 2 with the problem named', () => {
  const set = run(['--set', 'nope']);
  assert.equal(set.status, 2);
  assert.match(set.stderr, /no gold set nope \(known: en-check, en, nl-news-check, nl-news-check2, nl-news-check3, nl-news-check4, nl-news-check5, nl-news, seeds\)/);
  const doc = run(['--doc', 'news-nl-2019:1']);
  assert.equal(doc.status, 2);
  assert.match(doc.stderr, /no gold for news-nl-2019:1/);
  const ex = run(['--extractor', 'magic']);
  assert.equal(ex.status, 2);
  assert.match(ex.stderr, /unknown extractor magic \(known: default, baseline\)/);
  const opt = run(['--fast']);
  assert.equal(opt.status, 2);
  assert.match(opt.stderr, /unknown option --fast/);
});

test('a gold folder with a bad line: exit 1 naming the file and line', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-gold-'));
  writeFileSync(join(dir, 'x.jsonl'), '{"doc": "gold-en/a.txt", "sentence": 0, "kind": "event", "type": "AID"}\n{"doc": "gold-en/a.txt", "sentence": 1, "kind": "event", "type": "HUG"}\n');
  const r = run(['--gold', dir]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /x\.jsonl:2: type: "HUG" is not a PLOVER type or CONTROL/);
});
