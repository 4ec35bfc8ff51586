// The tokenizer on the two seed articles (read from ../shared/seeds at test time, never copied).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../../src/nlp/tokenize/index.js';
import { SHARED_DIR } from '../../src/paths.js';

const SEEDS = join(SHARED_DIR, 'seeds');

/** A seed's text without its " date YYYY-MM " header. */
function seed(prefix: string): string {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
  return readFileSync(join(SEEDS, file), 'utf8').replace(/^\s*date \d{4}-\d{2}\s*/, '');
}

function tokenAt(text: string, form: string) {
  const start = text.indexOf(form);
  assert.ok(start >= 0, `${form} is in the seed`);
  const token = tokenize(text, 'nl').flatMap((s) => s.tokens).find((t) => t.start === start);
  assert.ok(token, `a token starts where "${form}" starts`);
  return token;
}

test('seed 000: hyphenated place and compound names are single tokens with exact offsets', () => {
  const text = seed('000');
  for (const form of ['Noord-Afghanistan', 'Talibanstrijders', 'Centraal-Aziatische', 'Taliban-overwinningen', 'Taliban-woordvoerder']) {
    const t = tokenAt(text, form);
    assert.equal(t.form, form);
    assert.equal(t.end, text.indexOf(form) + form.length);
  }
});

test('seed 000: sentences, the headline line, and single quotes split off words', () => {
  const text = seed('000');
  const sentences = tokenize(text, 'nl');
  assert.equal(sentences.length, 24);
  // Exactly one sentence without final punctuation: the intermediate headline, a paragraph of its own.
  const headlines = sentences.filter((s) => !/[.!?]$/.test(s.text));
  assert.equal(headlines.length, 1);
  const h = headlines[0]!;
  assert.equal(text.slice(h.start - 2, h.start), '\n\n');
  assert.equal(text.slice(h.end, h.end + 2), '\n\n');
  assert.equal(h.tokens.length, 5);
  // ‘...’ quotes are tokens of their own, never part of a word.
  const quoteTokens = sentences.flatMap((s) => s.tokens).filter((t) => t.form === '‘' || t.form === '’');
  assert.equal(quoteTokens.length, 8);
  for (const s of sentences) for (const t of s.tokens) assert.ok(!/[‘’]./.test(t.form) && !/.[‘’]/.test(t.form), t.form);
});

test('seed 004: Panjshir-vallei, 150.000 and 9/11 are single tokens; curly double quotes split', () => {
  const text = seed('004');
  for (const form of ['Panjshir-vallei', '150.000', '9/11']) assert.equal(tokenAt(text, form).form, form);
  const sentences = tokenize(text, 'nl');
  assert.equal(sentences.length, 20);
  assert.equal(sentences.filter((s) => !/[.!?]$/.test(s.text)).length, 1);
  const forms = sentences.flatMap((s) => s.tokens.map((t) => t.form));
  assert.equal(forms.filter((f) => f === '“').length, 2);
  assert.equal(forms.filter((f) => f === '”').length, 2);
});

test('seeds: every token is its slice of the original text and sentences do not overlap', () => {
  for (const prefix of ['000', '004']) {
    const text = seed(prefix);
    let last = 0;
    for (const s of tokenize(text, 'nl')) {
      assert.ok(s.start >= last);
      last = s.end;
      for (const t of s.tokens) assert.equal(text.slice(t.start, t.end), t.form);
    }
    // Nothing but whitespace is left out.
    const covered = tokenize(text, 'nl').flatMap((s) => s.tokens).reduce((n, t) => n + t.end - t.start, 0);
    assert.equal(covered, text.replace(/\s/g, '').length);
  }
});
