import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/index.js';
import type { Sentence } from '../../src/model/index.js';

const parse = (text: string): Sentence => analyze(text, { lang: 'en', entities: false }).sentences[0]!;
const tok = (s: Sentence, form: string) => s.tokens.find((x) => x.form === form)!;
const headOf = (s: Sentence, form: string) => s.tokens[tok(s, form).head!]?.form ?? 'ROOT';

test('English basics: subject, object, oblique, lemmas', () => {
  const s = parse('The rebels captured two towns after a week of fighting.');
  assert.equal(tok(s, 'captured').deprel, 'root');
  assert.equal(tok(s, 'captured').lemma, 'capture');
  assert.equal(tok(s, 'captured').upos, 'VERB');
  assert.equal(tok(s, 'rebels').deprel, 'nsubj');
  assert.equal(tok(s, 'rebels').lemma, 'rebel');
  assert.equal(tok(s, 'towns').deprel, 'obj');
  assert.equal(headOf(s, 'towns'), 'captured');
  assert.equal(tok(s, 'week').deprel?.split(':')[0], 'obl', 'universal relation (as scored by CoNLL 2018 LAS)');
  assert.equal(headOf(s, 'week'), 'captured');
  assert.equal(tok(s, 'The').upos, 'DET');
});

test('English passive with agent, and a phrasal verb particle', () => {
  const s = parse('The bridge was destroyed by the army.');
  assert.equal(tok(s, 'bridge').deprel, 'nsubj:pass');
  assert.equal(tok(s, 'was').deprel, 'aux:pass');
  assert.equal(tok(s, 'was').lemma, 'be');
  assert.equal(tok(s, 'destroyed').lemma, 'destroy');
  assert.equal(tok(s, 'army').deprel, 'obl:agent');
  const p = parse('They picked up the wounded soldiers.');
  assert.equal(tok(p, 'up').deprel, 'compound:prt');
  assert.equal(headOf(p, 'up'), 'picked');
  assert.equal(tok(p, 'picked').lemma, 'pick', 'English keeps the verb lemma');
  assert.equal(tok(p, 'soldiers').deprel, 'obj');
});
