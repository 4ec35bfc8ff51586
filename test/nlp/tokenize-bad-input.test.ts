// Bad and extreme input: a clear error or sane output, never a crash, never super-linear time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/nlp/tokenize/index.js';
import { InputError, type Lang } from '../../src/model/index.js';

test('empty and blank input give no sentences', () => {
  assert.deepEqual(tokenize('', 'nl'), []);
  assert.deepEqual(tokenize(' \n\n\t \u00a0\u200b', 'en'), []);
});

test('an unknown language or a non-string is an InputError naming the problem', () => {
  assert.throws(() => tokenize('tekst', 'fr' as Lang), (e: unknown) => e instanceof InputError && /no tokenizer for "fr"/.test(e.message));
  assert.throws(() => tokenize(null as unknown as string, 'nl'), (e: unknown) => e instanceof InputError && /expected a string, got null/.test(e.message));
});

test('control characters separate tokens and offsets stay right', () => {
  const text = 'De\u0000stad\u0007viel\u001b.\r\nDaarna\u0085rust.';
  const sentences = tokenize(text, 'nl');
  const tokens = sentences.flatMap((s) => s.tokens);
  assert.deepEqual(tokens.map((t) => t.form), ['De', 'stad', 'viel', '.', 'Daarna', 'rust', '.']);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.form);
  assert.equal(sentences.length, 2);
  // Windows and old Mac line ends: a blank line is a paragraph either way.
  for (const nl of ['\r\n', '\r']) {
    const layout = `Kop zonder punt${nl}${nl}De stad viel${nl}${nl}Einde`;
    assert.deepEqual(tokenize(layout, 'nl').map((s) => s.text), ['Kop zonder punt', 'De stad viel', 'Einde']);
  }
});

test('a 100,000-character line without spaces is tokenized (one token per word-like run)', () => {
  const text = 'a'.repeat(100_000);
  const sentences = tokenize(text, 'nl');
  assert.equal(sentences.length, 1);
  assert.deepEqual(sentences[0]!.tokens.map((t) => [t.start, t.end]), [[0, 100_000]]);
});

test('pathological runs of punctuation end as a bounded number of tokens with right offsets', () => {
  // Openers, closers, periods, commas and apostrophes glued together: each peeled in one step.
  const text = '('.repeat(20_000) + 'x' + ')'.repeat(20_000) + '.'.repeat(20_000) + "'a".repeat(20_000) + ',b'.repeat(20_000);
  const tokens = tokenize(text, 'en').flatMap((s) => s.tokens);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.form);
  assert.equal(tokens.map((t) => t.form).join(''), text);
  assert.equal(tokens.filter((t) => t.form === '(').length, 20_000);
  // A run of one mark is one token, except brackets.
  assert.deepEqual(tokenize('!!!! (( ))', 'nl')[0]!.tokens.map((t) => t.form), ['!!!!', '(', '(', ')', ')']);
});

test('lone surrogates, emoji and mixed scripts do not crash and keep offsets', () => {
  const text = 'Kabul \ud800 viel 😀. كابل سقطت. Кабул пал.';
  const tokens = tokenize(text, 'nl').flatMap((s) => s.tokens);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.form);
  assert.ok(tokens.some((t) => t.form === 'كابل'));
});

test('a 2,000-token sentence, a table and a quote-only paragraph', () => {
  const long = Array.from({ length: 2000 }, (_, i) => `woord${i}`).join(' ') + '.';
  const [s] = tokenize(long, 'nl');
  assert.equal(s!.tokens.length, 2001);
  const table = 'Provincie\tDistricten\tOnder controle\nKunduz\t7\t5\nTakhar\t17\t13\n\n„\n\n”';
  const sentences = tokenize(table, 'nl');
  assert.deepEqual(sentences.map((x) => x.tokens.map((t) => t.form)), [
    ['Provincie', 'Districten', 'Onder', 'controle'],
    ['Kunduz', '7', '5'],
    ['Takhar', '17', '13'],
    ['„'],
    ['”'],
  ]);
});
