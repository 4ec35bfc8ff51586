import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../src/paths.js';
import { nerConll } from '../../src/cli/commands/ner.js';
import { InputError } from '../../src/model/index.js';

const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const run = (args: string[], input: string) => spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });

test('conll: -DOCSTART- passes through, blank lines kept, one token<TAB>tag line per token', () => {
  const input = '-DOCSTART- -DOCSTART- O\n\nMinister\nAnne\nde\nWit\nbezocht\nUtrecht\n.\n\n\nZe\nvertrok\n';
  const out = nerConll(input, 'nl');
  assert.equal(out, '-DOCSTART- -DOCSTART- O\n\nMinister\tO\nAnne\tB-PER\nde\tI-PER\nWit\tI-PER\nbezocht\tO\nUtrecht\tB-LOC\n.\tO\n\n\nZe\tO\nvertrok\tO\n');
});

test('conll: further columns are ignored, CRLF accepted', () => {
  assert.equal(nerConll('Kabul N B-LOC\r\nvalt V O\r\n', 'nl'), 'Kabul\tB-LOC\nvalt\tO\n');
});

test('conll: empty input and blank-only input come back as they are', () => {
  assert.equal(nerConll('', 'nl'), '');
  assert.equal(nerConll('\n\n', 'en'), '\n\n');
  assert.equal(nerConll('-DOCSTART- -X- O\n', 'nl'), '-DOCSTART- -X- O\n');
});

test('conll: a line starting with whitespace is an InputError naming the line', () => {
  assert.throws(() => nerConll('De\n  stad\n', 'nl'), (e: unknown) => e instanceof InputError && /standard input:2/.test(e.message));
});

test('CLI: conll round trip, text JSON, malformed input exits 2 with the line', () => {
  const ok = run(['ner', '--lang', 'en', '--input-format', 'conll'], 'He\nflew\nto\nKabul\n\n');
  assert.equal(ok.status, 0, ok.stderr);
  assert.equal(ok.stdout, 'He\tO\nflew\tO\nto\tO\nKabul\tB-LOC\n\n');
  const txt = run(['ner', '--lang', 'nl', '--input-format', 'text'], 'Premier Mark Rutte reisde naar Kabul.');
  assert.equal(txt.status, 0, txt.stderr);
  const ents = JSON.parse(txt.stdout) as { label: string; text: string; start: number }[];
  assert.deepEqual(ents.map((e) => [e.label, e.text, e.start]), [['PER', 'Mark Rutte', 8], ['LOC', 'Kabul', 31]]);
  const bad = run(['ner', '--lang', 'nl', '--input-format', 'conll'], 'a\n\tb\n');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /standard input:2: line starts with whitespace/);
  assert.doesNotMatch(bad.stderr, /at .*\.js/);
  const lang = run(['ner', '--lang', 'fr', '--input-format', 'conll'], 'a\n');
  assert.equal(lang.status, 2);
  assert.match(lang.stderr, /unsupported language "fr"/);
});
