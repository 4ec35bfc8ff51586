// Unit behaviour of the building blocks, on small inputs with known answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InputError } from '../../src/model/index.js';
import { formatFeats, parseConllu, parseFeats, writeConllu } from '../../src/nlp/conllu.js';
import { Lemmatizer, scriptOf, trainLemmatizer } from '../../src/nlp/core/lemmatizer.js';
import { NL_VERB_MORPHOLOGY } from '../../src/nlp/nl/morphology.js';
import { oracleHeads, projectivize } from '../../src/nlp/core/parser.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DIR } from '../../src/paths.js';

test('edit scripts: suffix change, prefix cut (participle), lowercasing', () => {
  assert.equal(scriptOf('huizen', 'huis'), 'k0|3|s');
  assert.equal(scriptOf('gewerkt', 'werken'), 'k2|1|en');
  assert.equal(scriptOf('Huizen', 'huis'), 'l0|3|s');
});

test('lemmatizer: lexicon first, then the longest matching suffix rule', () => {
  const ex = (form: string, upos: string, lemma: string) => ({ form, upos, lemma, weight: 1 });
  const lem = new Lemmatizer(
    trainLemmatizer([ex('huizen', 'NOUN', 'huis'), ex('muizen', 'NOUN', 'muis'), ex('dozen', 'NOUN', 'doos'), ex('liep', 'VERB', 'lopen'), ex('liep', 'NOUN', 'liep')]),
  );
  assert.equal(lem.lemma('liep', 'liep', 'VERB'), 'lopen');
  assert.equal(lem.lemma('Liep', 'liep', 'VERB'), 'lopen');
  assert.equal(lem.lemma('luizen', 'luizen', 'NOUN'), 'luis');
  assert.equal(lem.lemma('liep', 'liep', 'NOUN'), 'liep', 'the lexicon is keyed by form and UPOS');
});

test('lemmatizer: unseen Dutch verb forms are checked against the known lemmas', () => {
  const ex = (form: string, upos: string, lemma: string) => ({ form, upos, lemma, weight: 1 });
  const data = trainLemmatizer([
    ex('rennen', 'VERB', 'rennen'), ex('stoppen', 'VERB', 'stoppen'), ex('stopte', 'VERB', 'stoppen'),
    ex('bouwde', 'VERB', 'bouwen'), ex('bouwden', 'VERB', 'bouwen'), ex('bouwen', 'VERB', 'bouwen'),
    ex('blazen', 'VERB', 'blazen'), ex('wegen', 'VERB', 'wegen'), ex('schoot', 'VERB', 'schieten'),
    ex('schieten', 'VERB', 'schieten'), ex('maken', 'VERB', 'maken'),
  ]);
  const plain = new Lemmatizer(data);
  const lem = new Lemmatizer({ ...data, verbMorphology: NL_VERB_MORPHOLOGY });
  const l = (w: string) => lem.lemma(w, w, 'VERB');
  // Rules alone: rende(n) -> "renen"; the doubled consonant makes it a known lemma.
  assert.equal(plain.lemma('renden', 'renden', 'VERB'), 'renen');
  assert.equal(l('renden'), 'rennen');
  // Particle + ge + participle: a strong participle whose rest is the infinitive, weak participles.
  assert.equal(l('opgeblazen'), 'op_blazen');
  assert.equal(l('weggerend'), 'weg_rennen');
  assert.equal(l('afgemaakt'), 'af_maken');
  // Past plural = known past singular + en, with the long vowel written single.
  assert.equal(l('schoten'), 'schieten');
  // Nothing known: the suffix rules decide as before; other parts of speech are untouched.
  assert.equal(l('opgeklopt'), plain.lemma('opgeklopt', 'opgeklopt', 'VERB'));
  assert.equal(lem.lemma('renden', 'renden', 'NOUN'), plain.lemma('renden', 'renden', 'NOUN'));
});

test('projectivize lifts crossing arcs to the grandparent until the tree is projective', () => {
  // heads [2, 3, -1, 0]: arc 3->1 crosses the root 2, arc 0->3 covers 2, which 0 does not dominate
  assert.deepEqual(projectivize([2, 3, -1, 0]), [2, 0, -1, 2]);
  assert.deepEqual(projectivize([1, -1, 1]), [1, -1, 1]);
});

test('CoNLL-U: round trip, feats helpers, errors name the line', () => {
  const text = '# c\n1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n\n';
  assert.equal(writeConllu(parseConllu(text)), text);
  assert.deepEqual(parseFeats('Number=Plur|Tense=Past'), { Number: 'Plur', Tense: 'Past' });
  assert.equal(formatFeats({ Tense: 'Past', Number: 'Plur' }), 'Number=Plur|Tense=Past');
  assert.equal(parseFeats('_'), undefined);
  assert.throws(() => parseConllu('1\ta\n', 'f.conllu'), (e: unknown) => e instanceof InputError && /f\.conllu:1: expected 10/.test(e.message));
  assert.throws(() => parseConllu('# only\n2-1\ta\t_\t_\t_\t_\t_\t_\t_\t_\n'), /:2: bad multiword token range 2-1/);
});

test('the dynamic oracle rebuilds every projectivized gold tree of a treebank exactly', () => {
  const file = join(SHARED_DIR, 'data', 'ud', 'nl', 'nl_alpino-ud-dev.conllu');
  const sentences = parseConllu(readFileSync(file, 'utf8'), file);
  assert.ok(sentences.length > 500);
  for (const s of sentences) {
    const gold = projectivize(s.words.map((w) => Number(w[6]) - 1));
    assert.deepEqual(oracleHeads(gold), gold);
  }
});
