// The `sitrep extract` contract: input from files or standard input, the seed date line, --date, --lang, errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seeds, sitrep, tempDir } from '../helpers.js';

const COMMON = ['kind', 'type', 'mode', 'acled', 'cameo', 'actor', 'recipient', 'location', 'time', 'quantities', 'modality', 'source', 'confidence'];
const lines = (stdout: string) => stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>);

test('a seed file: one JSON fact per line, common fields first, dated by the seed date line', () => {
  const seed = seeds()[0]!;
  const r = sitrep(['extract', seed.path]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  const facts = lines(r.stdout);
  assert.ok(facts.length >= 5);
  for (const f of facts) {
    assert.deepEqual(Object.keys(f).slice(0, COMMON.length), COMMON);
    assert.equal(f.source.article.length, 32);
    // Undated background (historical, no date in its sentence) has no time; the rest without a time expression
    // is dated by the seed's date line.
    const undated = f.modality === 'historical' && f.time?.value === null && f.time.precision === 'unknown';
    assert.ok(f.time === null || f.time.text !== '' || undated || (f.time.value === seed.date && f.time.precision === 'month'), JSON.stringify(f.time));
  }
});

test('standard input when no file is given; same text, same facts as the file', () => {
  const seed = seeds()[1]!;
  const fromFile = sitrep(['extract', seed.path]);
  const fromStdin = sitrep(['extract'], { input: ` date ${seed.date} ${seed.text}` });
  assert.equal(fromStdin.code, 0, fromStdin.stderr);
  assert.equal(fromStdin.stdout.replaceAll('"standard input"', ''), fromFile.stdout.replaceAll(JSON.stringify(seed.path), ''));
});

test('--date fills in an undated text and overrides a date line; day precision when a day is given', () => {
  const text = 'De Taliban eisten gisteren dat de buitenlandse soldaten vertrekken.';
  const undated = lines(sitrep(['extract', '--lang', 'nl'], { input: text }).stdout);
  assert.ok(undated.length > 0);
  for (const f of undated) assert.equal(f.time?.value ?? null, null);
  const dated = lines(sitrep(['extract', '--date', '2022-03-04'], { input: ' date 2021-07 ' + text }).stdout);
  assert.ok(dated.length > 0);
  for (const f of dated) assert.equal(f.time.value, '2022-03-03');
  const month = lines(sitrep(['extract', '--date', '2022-03'], { input: text }).stdout);
  for (const f of month) assert.equal(f.time.precision, 'month');
});

test('--lang en analyses English; --lang auto detects it', () => {
  const text = 'The rebels demanded the release of all prisoners, a spokesman said on Monday.';
  for (const lang of ['en', 'auto']) {
    const r = sitrep(['extract', '--lang', lang, '--date', '2023-05-10'], { input: text });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(lines(r.stdout).length > 0, lang);
  }
});

test('an unsupported language: a note on stderr, nothing on stdout, exit 0', () => {
  const r = sitrep(['extract'], { input: 'Les rebelles ont exigé la libération de tous les prisonniers, a déclaré un porte-parole lundi.' });
  assert.equal(r.code, 0);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^sitrep: note: standard input: language '\w+' is not analysed/);
});

test('bad input: one clear line and exit 2 (bad --date, bad --lang, missing file, empty input, binary file)', () => {
  const dir = tempDir();
  const bin = join(dir, 'x.txt');
  writeFileSync(bin, Buffer.from([0, 1, 2, 3]));
  const cases: [string[], string | undefined, RegExp][] = [
    [['extract', '--date', '2021-13-01'], 'x', /^sitrep: --date: expected YYYY-MM-DD or YYYY-MM, got '2021-13-01'\n$/],
    [['extract', '--date', 'yesterday'], 'x', /^sitrep: --date: /],
    [['extract', '--lang', 'fr'], 'x', /^sitrep: --lang: expected auto, nl or en, got 'fr'\n$/],
    [['extract', join(dir, 'missing.txt')], undefined, /^sitrep: .*missing\.txt: no such file or directory\n$/],
    [['extract'], '', /^sitrep: standard input: no article text\n$/],
    [['extract', bin], undefined, /^sitrep: .*x\.txt: binary file, not text\n$/],
  ];
  for (const [args, input, message] of cases) {
    const r = sitrep(args, { input });
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message);
    assert.equal(r.stdout, '');
  }
});

test('a batch goes on past a bad file: facts of the good one, the failure named, exit 2', () => {
  const seed = seeds()[0]!;
  const r = sitrep(['extract', '/nonexistent/a.txt', seed.path]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^sitrep: \/nonexistent\/a\.txt: no such file or directory\n$/);
  assert.ok(lines(r.stdout).length > 0);
});
