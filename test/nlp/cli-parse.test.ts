// The `sitrep parse` contract, run as other tools run it: a child process on stdin/stdout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../src/paths.js';

const MAIN = join(ROOT, 'dist', 'src', 'cli', 'main.js');
function parse(args: string[], input: string | Buffer) {
  const r = spawnSync(process.execPath, [MAIN, 'parse', ...args], { input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const CONLLU = [
  '# sent_id = a1',
  '# text = De boeren trokken zich terug.',
  '1\tDe\t_\t_\tLID\t_\t_\t_\t_\t_',
  '2\tboeren\t_\t_\t_\t_\t_\t_\t_\t_',
  '3\ttrokken\t_\t_\t_\t_\t_\t_\t_\t_',
  '4\tzich\t_\t_\t_\t_\t_\t_\t_\t_',
  '5\tterug\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No',
  '5.1\tgegaan\t_\t_\t_\t_\t_\t_\t3:conj\t_',
  '6\t.\t_\t_\t_\t_\t_\t_\t_\t_',
  '',
  '# sent_id = a2',
  '1-2\tdon\'t\t_\t_\t_\t_\t_\t_\t_\t_',
  '1\tdo\t_\t_\t_\t_\t_\t_\t_\t_',
  '2\tnot\t_\t_\t_\t_\t_\t_\t_\t_',
  '3\tgo\t_\t_\t_\t_\t_\t_\t_\t_',
  '',
].join('\n');

test('conllu in: ID, FORM, comments, ranges and empty nodes kept; LEMMA..DEPREL filled', () => {
  const r = parse(['--lang', 'nl', '--input-format', 'conllu'], CONLLU);
  assert.equal(r.code, 0, r.err);
  const inLines = CONLLU.trim().split('\n');
  const outLines = r.out.trim().split('\n');
  assert.equal(outLines.length, inLines.length);
  for (let i = 0; i < inLines.length; i++) {
    const a = inLines[i]!.split('\t');
    const b = outLines[i]!.split('\t');
    if (a.length < 10 || /[.-]/.test(a[0]!)) {
      assert.equal(outLines[i], inLines[i], 'comments, blank lines, ranges and empty nodes pass through');
      continue;
    }
    assert.equal(b.length, 10);
    assert.deepEqual([b[0], b[1]], [a[0], a[1]]);
    assert.equal(b[4], a[4], 'XPOS kept');
    assert.equal(b[9], a[9], 'MISC kept');
    assert.ok(b[2] !== '_' && b[3] !== '_' && b[7] !== '_');
    assert.match(b[6]!, /^\d+$/);
  }
  const trokken = outLines.find((l) => l.startsWith('3\ttrokken'))!.split('\t');
  assert.equal(trokken[2], 'terug_trekken');
  assert.equal(outLines.filter((l) => /^\d+\t/.test(l) && l.split('\t')[6] === '0').length, 2, 'one root per sentence');
});

test('text in: sentences split, # sent_id and # text written, SpaceAfter=No', () => {
  const r = parse(['--lang', 'nl'], 'Het leger trok zich terug. Daarna volgden gesprekken.\n');
  assert.equal(r.code, 0, r.err);
  const lines = r.out.split('\n');
  assert.deepEqual(lines.filter((l) => l.startsWith('# text = ')), ['# text = Het leger trok zich terug.', '# text = Daarna volgden gesprekken.']);
  assert.deepEqual(lines.filter((l) => l.startsWith('# sent_id = ')), ['# sent_id = 1', '# sent_id = 2']);
  const terug = lines.find((l) => l.split('\t')[1] === 'terug')!.split('\t');
  assert.equal(terug[9], 'SpaceAfter=No');
  assert.equal(terug[7], 'compound:prt');
});

test('json out: one Doc with tokens, offsets and analyses', () => {
  const r = parse(['--lang', 'en', '--output-format', 'json'], 'Troops left the city.');
  assert.equal(r.code, 0, r.err);
  const doc = JSON.parse(r.out);
  assert.equal(doc.lang, 'en');
  const t = doc.sentences[0].tokens[1];
  assert.deepEqual([t.form, t.start, t.end, t.lemma, t.deprel], ['left', 7, 11, 'leave', 'root']);
});

test('malformed CoNLL-U: the error names the line, exit 2, no stack trace', () => {
  const bad = '# sent_id = x\n1\tDe\t_\t_\t_\t_\t_\t_\t_\t_\n2\tman\t_\t_\t_\n';
  const r = parse(['--lang', 'nl', '--input-format', 'conllu'], bad);
  assert.equal(r.code, 2);
  assert.match(r.err, /standard input:3: expected 10 tab-separated columns, found 5/);
  assert.doesNotMatch(r.err, /at .*\.js:\d+/);
  const badId = parse(['--lang', 'nl', '--input-format', 'conllu'], '1\tDe\t_\t_\t_\t_\t_\t_\t_\t_\nx\tman\t_\t_\t_\t_\t_\t_\t_\t_\n');
  assert.equal(badId.code, 2);
  assert.match(badId.err, /standard input:2: bad ID "x"/);
  const gap = parse(['--lang', 'nl', '--input-format', 'conllu'], '1\tDe\t_\t_\t_\t_\t_\t_\t_\t_\n3\tman\t_\t_\t_\t_\t_\t_\t_\t_\n');
  assert.equal(gap.code, 2);
  assert.match(gap.err, /standard input:2: word ID 3 out of sequence/);
});

test('empty input gives empty output; bad language, format and UTF-8 are clear errors', () => {
  for (const fmt of ['text', 'conllu']) {
    const r = parse(['--lang', 'nl', '--input-format', fmt], '');
    assert.deepEqual([r.code, r.out], [0, '']);
  }
  const lang = parse(['--lang', 'de'], 'Hallo.');
  assert.equal(lang.code, 2);
  assert.match(lang.err, /unsupported language "de"/);
  const fmt = parse(['--lang', 'nl', '--input-format', 'xml'], 'x');
  assert.equal(fmt.code, 2);
  const utf = parse(['--lang', 'nl'], Buffer.from([0x41, 0xff, 0x42]));
  assert.equal(utf.code, 2);
  assert.match(utf.err, /not valid UTF-8/);
});

test('a 100,000-character line without spaces and control characters do not crash', () => {
  const r = parse(['--lang', 'nl'], 'x'.repeat(100_000) + '\u0007\u0000 eind.\n');
  assert.equal(r.code, 0, r.err);
  assert.ok(r.out.includes('# text = '));
});
