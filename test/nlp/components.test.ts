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
import { particlesFromCase } from '../../src/nlp/pipeline.js';
import { LANGUAGES } from '../../src/nlp/languages.js';

test('edit scripts: suffix change, prefix cut (participle), lowercasing', () => {
  assert.equal(scriptOf('huizen', 'huis'), 'k0|3|s');
  assert.equal(scriptOf('gewerkt', 'werken'), 'k2=ge|1|en');
  assert.equal(scriptOf('Huizen', 'huis'), 'l0|3|s');
});

test('lemmatizer: a prefix-cutting rule applies only to words with that prefix', () => {
  const ex = (form: string, upos: string, lemma: string) => ({ form, upos, lemma, weight: 1 });
  const lem = new Lemmatizer(
    trainLemmatizer([ex('geschoten', 'VERB', 'schieten'), ex('gesloten', 'VERB', 'sluiten'), ex('vergoten', 'VERB', 'vergieten'), ex('ontsloten', 'VERB', 'ontsluiten')]),
  );
  // the longest rules ("schoten", "sloten") were learned from ge-participles
  assert.equal(lem.lemma('beschoten', 'beschoten', 'VERB'), 'beschieten');
  assert.equal(lem.lemma('afgesloten', 'afgesloten', 'VERB'), 'afsluiten');
  assert.equal(lem.lemma('geschoten', 'geschoten', 'VERB'), 'schieten');
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

test('frozen weight tables: the packed lookups give the scores of the stored rows (real nl models)', async () => {
  const { readBundle, weightsFromArrays } = await import('../../src/nlp/core/bundle.js');
  const { LinearModel, SmallLinearModel, argmax } = await import('../../src/nlp/core/linear.js');
  const { MODELS_DIR } = await import('../../src/paths.js');
  const pb = readBundle(join(MODELS_DIR, 'nl', 'parser.bin'));
  const meta = pb.meta as { labels: string[]; transScale: number; labelScale: number };
  const tb = readBundle(join(MODELS_DIR, 'nl', 'tagger.bin'));
  const tmeta = tb.meta as { upos: { nClasses: number; scale: number } };
  const models = [
    { fw: weightsFromArrays('trans', pb.arrays, 3, meta.transScale), small: true },
    { fw: weightsFromArrays('label', pb.arrays, meta.labels.length, meta.labelScale), small: false },
    { fw: weightsFromArrays('upos', tb.arrays, tmeta.upos.nClasses, tmeta.upos.scale), small: false },
  ];
  for (const { fw, small } of models) {
    const model = small ? new SmallLinearModel(fw) : new LinearModel(fw);
    const stored = new Set(fw.keys);
    const C = fw.nClasses;
    const out = new Float32Array(C);
    const want = new Float64Array(C);
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (let trial = 0; trial < 300; trial++) {
      // 40 stored feature keys and 10 absent ones
      const keys = new Int32Array(50);
      const rows: number[] = [];
      for (let k = 0; k < 40; k++) {
        const r = next() % fw.keys.length;
        rows.push(r);
        keys[k] = fw.keys[r]!;
      }
      for (let k = 40; k < 50; k++) {
        do keys[k] = next() | 1;
        while (stored.has(keys[k]!));
      }
      want.fill(0);
      for (const r of rows) for (let j = fw.ptr[r]!; j < fw.ptr[r + 1]!; j++) want[fw.cls[j]!]! += fw.q[j]! * fw.scale;
      model.score(keys, 50, out);
      // Shifted so that class 0 scores 0 (same argmax); differences of weights that need 17 bits are halved
      // once, a rounding of at most one weight step per feature.
      const tol = small ? 40 * fw.scale : 1e-3 * fw.scale;
      for (let j = 0; j < C; j++) {
        const w = small ? want[j]! - want[0]! : want[j]!;
        assert.ok(Math.abs(out[j]! - w) <= tol + 1e-6 * Math.abs(w), `class ${j}: ${out[j]} vs ${w}`);
      }
      const sorted = Array.from(want).sort((a, b) => b - a);
      if (sorted[0]! - sorted[1]! > 2 * tol) assert.equal(argmax(out, C), argmax(Float32Array.from(want), C));
    }
  }
});

test('a separable particle the parser left as a preposition of the finite verb before it becomes its compound:prt (nl only)', () => {
  // "De troepen renden de heuvel over ." parsed with "over" as case of "renden"
  const lower = ['de', 'troepen', 'renden', 'de', 'heuvel', 'over', '.'];
  const upos = ['DET', 'NOUN', 'VERB', 'DET', 'NOUN', 'ADP', 'PUNCT'];
  const feats = ['_', 'Number=Plur', 'Number=Plur|Tense=Past|VerbForm=Fin', '_', 'Number=Sing', '_', '_'];
  const heads = [1, 2, -1, 4, 2, 2, 2];
  const rels = () => ['det', 'nsubj', 'root', 'det', 'obj', 'case', 'punct'];
  const nl = rels();
  particlesFromCase(lower, upos, feats, heads, nl, LANGUAGES.nl.separableParticles);
  assert.equal(nl[5], 'compound:prt');
  // English has no such repair; a preposition with a noun of its own, or before its verb, stays a preposition
  const en = rels();
  particlesFromCase(lower, upos, feats, heads, en, LANGUAGES.en.separableParticles);
  assert.equal(en[5], 'case');
  const withKid = rels();
  particlesFromCase(lower, upos, feats, [1, 2, -1, 4, 5, 2, 2], withKid, LANGUAGES.nl.separableParticles);
  assert.equal(withKid[5], 'case');
});
