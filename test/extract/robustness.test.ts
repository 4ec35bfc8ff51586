// Bad input never crashes the extractor: very long sentences, tables, lists, all-caps headlines, quotes only,
// and languages without lexicons.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../../src/model/index.js';
import { parsedExtractor } from '../../src/extract/parsed/index.js';
import { ARTICLE, run, schemaErrors } from './helpers.js';

const ctx = { id: ARTICLE, published: { value: '2021-07', precision: 'month' as const } };

test('a 2,000-token sentence: facts come out and validate', () => {
  const clause = 'de Taliban namen het district Khanabad in en militairen vluchtten naar Kunduz';
  const words = clause.split(' ').length;
  const text = Array.from({ length: Math.ceil(2000 / (words + 1)) }, () => clause).join(' , ') + '.';
  const x = run(text);
  assert.ok(x.facts.length > 10);
  for (const f of x.facts.slice(0, 50)) assert.equal(schemaErrors(f), null);
});

test('a table, a list, an all-caps headline and a quote-only paragraph', () => {
  const table = 'Provincie | Districten | Taliban\nKunduz | 7 | 5\nBalkh | 15 | 4\n\n';
  const list = '- Kunduz: gevallen\n- Balkh: omsingeld\n- Herat: onbekend\n\n';
  const caps = 'TALIBAN NEMEN KUNDUZ IN\n\n';
  const quotes = '‘Wij blijven.’ “Nooit.” ‘...’\n';
  for (const text of [table, list, caps, quotes, table + list + caps + quotes]) {
    const x = run(text);
    for (const f of x.facts) assert.equal(schemaErrors(f), null);
    for (const m of x.mentions) assert.ok(m.start >= 0 && m.end <= x.text.length);
  }
});

test('empty text and a document in a language without lexicons give nothing, not an error', () => {
  assert.deepEqual(run('').facts, []);
  const doc = { text: 'Les talibans ont pris la ville.', lang: 'fr', sentences: [], entities: [] } as unknown as Doc;
  assert.deepEqual(parsedExtractor.extract(doc, ctx).facts, []);
});

test('a malformed tree (cycles, heads out of range) does not loop or crash', () => {
  const text = 'De Taliban namen Kunduz in.';
  const tokens = text.replace('.', ' .').split(' ').map((form, i, all) => {
    const start = text.indexOf(form === '.' ? '.' : form);
    return { i, form, start, end: start + form.length, upos: form === 'namen' ? 'VERB' : form === '.' ? 'PUNCT' : form === 'in' ? 'ADP' : 'NOUN', lemma: form === 'namen' ? 'in_nemen' : form.toLowerCase(), head: (i + 1) % all.length, deprel: i === 0 ? 'nsubj' : 'obj' };
  });
  tokens[4]!.head = 99;
  const doc: Doc = { text, lang: 'nl', sentences: [{ index: 0, start: 0, end: text.length, text, tokens }], entities: [] };
  const x = parsedExtractor.extract(doc, ctx);
  assert.ok(x.facts.some((f) => f.type === 'COERCE'));
});
