// Hard Dutch cases, asserted on the real output of the trained models (own example sentences).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/nlp/index.js';
import { SHARED_DIR } from '../../src/paths.js';
import type { Sentence, Token } from '../../src/model/index.js';

function parse(text: string): Sentence {
  const doc = analyze(text, { lang: 'nl', entities: false });
  assert.equal(doc.sentences.length, 1, `one sentence expected in: ${text}`);
  return doc.sentences[0]!;
}
const tok = (s: Sentence, form: string): Token => {
  const t = s.tokens.find((x) => x.form === form);
  assert.ok(t, `no token "${form}" in: ${s.text}`);
  return t;
};
const headOf = (s: Sentence, t: Token): string => (t.head! < 0 ? 'ROOT' : s.tokens[t.head!]!.form);

test('verb-second with the subject after the finite verb', () => {
  const s = parse('In het noorden veroverden de opstandelingen zaterdag drie steden.');
  const subj = tok(s, 'opstandelingen');
  assert.equal(subj.deprel, 'nsubj');
  assert.equal(headOf(s, subj), 'veroverden');
  assert.equal(tok(s, 'veroverden').deprel, 'root');
  assert.equal(tok(s, 'steden').deprel, 'obj');
  assert.equal(headOf(s, tok(s, 'noorden')), 'veroverden');
});

test('separable verb: "namen ... in" is in_nemen with the particle as compound:prt', () => {
  const s = parse('De soldaten namen gisteren twee dorpen in.');
  const verb = tok(s, 'namen');
  assert.equal(verb.lemma, 'in_nemen');
  assert.equal(verb.upos, 'VERB');
  const prt = tok(s, 'in');
  assert.equal(prt.deprel, 'compound:prt');
  assert.equal(headOf(s, prt), 'namen');
  assert.equal(tok(s, 'soldaten').deprel, 'nsubj');
});

test('separable verb: "renden ... over" is over_rennen', () => {
  const s = parse('Honderden gezinnen renden gisteren de brug over.');
  assert.equal(tok(s, 'over').deprel, 'compound:prt');
  assert.equal(tok(s, 'renden').lemma, 'over_rennen');
});

test('separable reflexive verb: "gaven zich ... over" is over_geven', () => {
  const s = parse('De laatste verdedigers gaven zich na twee dagen over.');
  assert.equal(tok(s, 'over').deprel, 'compound:prt');
  assert.equal(tok(s, 'gaven').lemma, 'over_geven');
  assert.equal(headOf(s, tok(s, 'zich')), 'gaven');
});

test('verb-final subordinate clause', () => {
  const s = parse('De woordvoerder zei dat de troepen de stad hadden verlaten.');
  const verb = tok(s, 'verlaten');
  assert.equal(verb.deprel, 'ccomp');
  assert.equal(headOf(s, verb), 'zei');
  assert.equal(headOf(s, tok(s, 'troepen')), 'verlaten');
  assert.equal(tok(s, 'troepen').deprel, 'nsubj');
  assert.equal(tok(s, 'dat').deprel, 'mark');
  assert.equal(tok(s, 'hadden').deprel, 'aux');
});

test('passive: nsubj:pass and aux:pass', () => {
  const s = parse('De brug werd vorige week door het leger opgeblazen.');
  const verb = tok(s, 'opgeblazen');
  assert.equal(verb.deprel, 'root');
  assert.equal(tok(s, 'brug').deprel, 'nsubj:pass');
  assert.equal(headOf(s, tok(s, 'brug')), 'opgeblazen');
  assert.equal(tok(s, 'werd').deprel, 'aux:pass');
  assert.equal(tok(s, 'werd').lemma, 'worden');
  assert.equal(verb.lemma, 'op_blazen');
});

test('tags, features and lemmas of common words', () => {
  const s = parse('De vluchtelingen zochten onderdak in verwoeste huizen.');
  const huizen = tok(s, 'huizen');
  assert.equal(huizen.upos, 'NOUN');
  assert.equal(huizen.lemma, 'huis');
  assert.equal(huizen.feats?.Number, 'Plur');
  const zochten = tok(s, 'zochten');
  assert.equal(zochten.lemma, 'zoeken');
  assert.deepEqual([zochten.feats?.Tense, zochten.feats?.VerbForm], ['Past', 'Fin']);
  assert.equal(tok(s, 'De').lemma, 'de');
  assert.equal(tok(s, 'De').upos, 'DET');
});

test('every sentence of the seed articles gets one root and an acyclic tree', () => {
  const dir = join(SHARED_DIR, 'seeds');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  assert.ok(files.length > 0);
  let sentences = 0;
  for (const f of files) {
    const text = readFileSync(join(dir, f), 'utf8').replace(/^\s*date \d{4}-\d{2}\s*/, '');
    const doc = analyze(text, { lang: 'nl', entities: false });
    for (const s of doc.sentences) {
      sentences++;
      const roots = s.tokens.filter((t) => t.head === -1);
      assert.equal(roots.length, 1, `one root in: ${s.text}`);
      assert.equal(roots[0]!.deprel, 'root');
      for (const t of s.tokens) {
        assert.ok(t.head! >= -1 && t.head! < s.tokens.length);
        let x = t.i;
        for (let steps = 0; x !== -1; steps++) {
          assert.ok(steps <= s.tokens.length, `cycle in: ${s.text}`);
          x = s.tokens[x]!.head!;
        }
        assert.ok(t.upos && t.lemma && t.deprel);
      }
    }
  }
  assert.ok(sentences > 10);
});
