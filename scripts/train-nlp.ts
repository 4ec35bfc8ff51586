// Trains tagger, feature classifier, lemmatizer and parser for one language from the UD treebanks
// in ../shared/data/ud, writes models/<lang>/ and prints dev scores on our own held-out split.
//   npm run train:nl     (node dist/scripts/train-nlp.js --lang nl [--limit N] [--out DIR])
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isAnalysedLang, type Lang } from '../src/model/index.js';
import { KNOWLEDGE_DIR, MODELS_DIR, SHARED_DIR } from '../src/paths.js';
import { conventionLemmas, Lemmatizer, trainLemmatizer, type LemmaExample, type LemmatizerData } from '../src/nlp/core/lemmatizer.js';
import { hashStr } from '../src/nlp/core/hash.js';
import { lexical } from '../src/nlp/core/lexical.js';
import { parserInput, projectivize, trainParser, type ParserExample } from '../src/nlp/core/parser.js';
import { saveModels } from '../src/nlp/core/save.js';
import { Tagger, trainTagger } from '../src/nlp/core/tagger.js';
import { NL_VERB_MORPHOLOGY } from '../src/nlp/nl/morphology.js';
import { loadWordClasses } from '../src/nlp/en/lexicon.js';
import { loadPipeline, particleJoins } from '../src/nlp/pipeline.js';
import { LANGUAGES } from '../src/nlp/languages.js';
import { devSplit, FILES, goldLemmas, isDev, readGold, scoreDev, verbLemma, type Gold } from './ud-data.js';

// Language data for unseen verb forms (particles, participle prefix, spelling), saved with the lemmas.
const VERB_MORPHOLOGY: Record<Lang, LemmatizerData['verbMorphology']> = { nl: NL_VERB_MORPHOLOGY, en: undefined };

// Parser epochs per language (chosen on the dev split; nl training is ~15x larger).
const PARSER_EPOCHS: Record<Lang, number> = { nl: 8, en: 12 };

// Weight pruning at freezing: a weight below 1/P of the largest of its model is dropped. On the nl dev split,
// tagger 30 / transitions 100 / labels 15 keep the scores of the unpruned run (UPOS 93.75 -> 93.90, UAS
// 80.54 -> 80.70, LAS 75.78 -> 75.70) with 43% / 37% / 77% fewer features: smaller tables, faster lookups,
// parser.bin 18.5 -> 9.4 MB. On en (EWT dev, 15x smaller) it lost 0.8 LAS, so en keeps 4000.
const PRUNE: Record<Lang, { upos: number; transitions: number; labels: number }> = {
  nl: { upos: 30, transitions: 50, labels: 15 },
  en: { upos: 4000, transitions: 4000, labels: 4000 },
};

// The known words kept in the final tagger (trainTagger). 'known': unknown words get no closed-class tag (nl dev: no
// word changed; other trainings had tagged an unseen verb form DET). 'compounds' also learns from the tag of the known
// word a compound ends in ("zondag|nacht", branch tagger-heads): nl dev UPOS 94.24-94.48, but every retrain tagged
// other rare words of test sentences differently (riep ADJ, grenswachten VERB, doodde DET): 3-7 tests failed. Not kept.
const TAGGER_WORDS: Record<Lang, 'none' | 'known' | 'compounds'> = { nl: 'known', en: 'none' };

// A second tagger pass that also sees the first pass's tags of the next two words (trained on jackknifed first-pass
// tags). nl dev: 93.73 vs 93.68 UPOS for twice the tagging time, so off. en (23k training words): UPOS +0.65 and
// LAS +0.58 averaged over the 10 folds (`--fold 0-9`), better on every fold ("to" before a verb, "have" before a
// participle: the tags to the right decide).
const SECOND_PASS: Record<Lang, boolean> = { nl: false, en: true };

// Word classes from a lexicon of the language (lowercase form -> class bits), tagger features of the word and its
// neighbours (also in the jackknife taggers), saved in tagger.bin. en: WordNet 3.0's word classes with regular
// inflections (src/nlp/en/lexicon.ts, knowledge/lang/en/wordnet-pos.tsv): 10-fold UPOS 91.66 -> 93.17, LAS
// 71.43 -> 73.27 (with the second pass), better on every fold; a fifth of the en dev words are not in the treebank.
const LEXICON: Record<Lang, (() => Map<string, number>) | null> = { nl: null, en: () => loadWordClasses(KNOWLEDGE_DIR) };

// Word clusters (word TAB bit path) learned from unlabelled text by the NER training (train-ner.ts).
const CLUSTERS: Record<Lang, string | null> = { nl: join(MODELS_DIR, 'ner', 'nl-clusters.tsv'), en: null };

const { values } = parseArgs({
  options: {
    lang: { type: 'string' },
    out: { type: 'string' },
    limit: { type: 'string' },
    'tagger-epochs': { type: 'string', default: '8' },
    'parser-epochs': { type: 'string' },
    seed: { type: 'string', default: '1' },
    'current-only': { type: 'boolean', default: false },
    'no-domains': { type: 'boolean', default: false },
    'tagger-only': { type: 'boolean', default: false },
    // A second tagger pass that sees first-pass tags to the right, whatever SECOND_PASS says for the language.
    'second-pass': { type: 'boolean', default: false },
    // Scores the models already in --out (default models/<lang>) on the dev split; trains nothing.
    'eval-only': { type: 'boolean', default: false },
    // Retrains the lemmatizer only (lemmas.json), then scores.
    'lemmas-only': { type: 'boolean', default: false },
    // With the dev scores, the most frequent UPOS and relation confusions (gold -> predicted).
    confusions: { type: 'boolean', default: false },
    // Another tenth of the documents as the dev split (1-9; the committed models use 0): cross-validation.
    fold: { type: 'string', default: '0' },
  },
});
const langArg = values.lang ?? '';
if (!isAnalysedLang(langArg)) {
  console.error('usage: train-nlp --lang nl|en');
  process.exit(2);
}
const lang: Lang = langArg;
const seed = Number(values.seed);
const out = values.out ?? join(MODELS_DIR, lang);
const log = (s: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(1)}s] ${s}`);
const t0 = performance.now();

const all = readGold(lang, { noDomains: values['no-domains'], log });

const fold = Number(values.fold);
let train = all.filter((s) => !isDev(s, fold) && (s.current || !values['current-only']));
let dev = devSplit(all, fold);
if (values.limit) {
  train = train.slice(0, Number(values.limit));
  dev = dev.slice(0, Math.ceil(Number(values.limit) / 5));
}
const count = (xs: Gold[]) => xs.reduce((a, s) => a + s.forms.length, 0);
log(`train ${train.length} sentences / ${count(train)} words; dev ${dev.length} sentences / ${count(dev)} words (${new Set(dev.map((s) => s.doc)).size} documents)`);

const clusters = new Map<number, number>();
const clusterFile = CLUSTERS[lang];
if (clusterFile && existsSync(clusterFile)) {
  for (const line of readFileSync(clusterFile, 'utf8').split('\n')) {
    const [word, path] = line.split('\t');
    if (word && path && /^[01]{12}$/.test(path)) clusters.set(hashStr(word.toLowerCase()) | 0, parseInt(path, 2)); // signed, like Lexical.w
  }
  log(`${clusters.size} word clusters from ${clusterFile}`);
}

const lexicon = new Map<number, number>();
for (const [w, bits] of LEXICON[lang]?.() ?? []) lexicon.set(hashStr(w) | 0, bits); // signed, like Lexical.w
if (lexicon.size) log(`${lexicon.size} word forms in the lexicon`);

function trainLemmas(): LemmatizerData {
// Lemmatizer: lexicon weighted towards the current conventions; rules learned without the
// compound-part underscores (they cannot be predicted from suffixes).
const lemmaExamples: LemmaExample[] = [];
for (const s of train) {
  for (let i = 0; i < s.forms.length; i++) {
    lemmaExamples.push({ form: s.forms[i]!, upos: s.upos[i]!, lemma: verbLemma(s, i), weight: s.current ? 3 : 1, current: s.current });
  }
}
const lemmaData = trainLemmatizer(lemmaExamples, (l) => (l.length > 1 ? l.replace(/(?<=.)_(?=.)/g, '') : l));
if (VERB_MORPHOLOGY[lang]) lemmaData.verbMorphology = VERB_MORPHOLOGY[lang];
// Separable verbs of the training sentences (particle_verb lemmas, particle written apart or not): a parser feature.
const particleVerbs = new Set<string>();
for (const s of train) {
  if (!s.current) continue;
  goldLemmas(s, lang).forEach((l, i) => {
    if (s.upos[i] === 'VERB' && /.._./.test(l)) particleVerbs.add(l);
  });
}
if (particleVerbs.size) lemmaData.particleVerbs = [...particleVerbs].sort();
// Applied after parsing only, so the parser's lemma features stay those of `lexicon`.
lemmaData.conventions = conventionLemmas(lemmaData, lemmaExamples);
return lemmaData;
}

const evalOnly = values['eval-only'];
const taggerEpochs = Number(values['tagger-epochs']);
if (values['lemmas-only']) {
  // Rewrites lemmas.json alone (the lexicon is what the parser was trained on, so tagger.bin and parser.bin stay valid).
  writeFileSync(join(out, 'lemmas.json'), JSON.stringify(trainLemmas()));
  log(`lemmas written to ${out}`);
} else if (!evalOnly) train_();
function train_(): void {
// 2-fold jackknifed tags: input of the second tagger pass and of the parser, so both train on the kind of
// tagging errors they see at run time.
const half = (k: number) => train.filter((_, i) => i % 2 === k);
const predicted = new Map<Gold, { upos: string[]; feats: string[] }>();
for (const k of [0, 1]) {
  // Unpruned: with the pruned jackknife taggers the parser came out worse on test sentences (nsubj:pass lost).
  // Without TAGGER_WORDS: the parser learns from the tags of the plain tagger (with compound heads here as well,
  // the retrained parser changed the parses of 6-9 test sentences; without, parser.bin stays byte-identical).
  const t = new Tagger(trainTagger(half(1 - k), clusters, taggerEpochs, seed + 1 + k, undefined, null, undefined, undefined, lexicon));
  for (const s of half(k)) {
    const r = t.tag(lexical(s.forms, clusters, t.data.heads, t.data.lexicon));
    predicted.set(s, { upos: Array.from(r.tags, (x) => t.uposNames[x]!), feats: r.feats });
  }
}
log('jackknifed tags ready');

// Tagger
const taggerData = trainTagger(
  train,
  clusters,
  taggerEpochs,
  seed,
  log,
  values['second-pass'] || SECOND_PASS[lang] ? train.map((s) => predicted.get(s)!.upos) : null,
  PRUNE[lang].upos,
  TAGGER_WORDS[lang],
  lexicon,
);
const lemmaData = trainLemmas();
log(`lemmatizer: ${Object.keys(lemmaData.lexicon).length} lexicon entries, ${Object.keys(lemmaData.rules).length} rules`);

if (values['tagger-only']) {
  const t = new Tagger(taggerData);
  let n = 0, ok = 0, okf = 0, nn = 0, okn = 0;
  for (const s of dev) {
    const r = t.tag(lexical(s.forms, clusters, t.data.heads, t.data.lexicon));
    s.forms.forEach((_, i) => {
      n++;
      if (s.newspaper) nn++;
      if (t.uposNames[r.tags[i]!] === s.upos[i]) {
        ok++;
        if (s.newspaper) okn++;
      }
      if (r.feats[i] === s.feats[i]) okf++;
    });
  }
  const lz = new Lemmatizer(lemmaData);
  let okl = 0;
  for (const s of dev) {
    const gl = goldLemmas(s, lang);
    s.forms.forEach((f, i) => {
      const l = lz.lemma(f, f.toLowerCase(), s.upos[i]!);
      if (l === gl[i] || (s.deprels.some((d, j) => d === 'compound:prt' && s.heads[j] === i) && gl[i]!.endsWith('_' + l))) okl++;
    });
  }
  log(`dev UPOS ${((100 * ok) / n).toFixed(2)} UFeats ${((100 * okf) / n).toFixed(2)} Lemma (gold UPOS) ${((100 * okl) / n).toFixed(2)}; newspaper part UPOS ${((100 * okn) / Math.max(1, nn)).toFixed(2)}`);
  process.exit(0);
}


const lemmatizer = new Lemmatizer(lemmaData);
const labels = [...new Set(train.flatMap((s) => s.deprels.filter((d) => d !== 'root')))].sort();
const labelId = new Map(labels.map((l, i) => [l, i]));
const parserExamples: ParserExample[] = train.map((s) => {
  const p = predicted.get(s)!;
  return {
    input: (() => {
      const x = lexical(s.forms, clusters, taggerData.heads, taggerData.lexicon);
      // lemmas as the run-time lemmatizer gives them for the jackknifed tags
      const lemmas = s.forms.map((f, i) => lemmatizer.lemma(f, x.lower[i]!, p.upos[i]!));
      return parserInput(x.w, x.cl, p.upos, p.feats, lemmas, particleJoins(p.upos, lemmas, lemmatizer, LANGUAGES[lang]));
    })(),
    heads: projectivize(s.heads),
    labels: s.deprels.map((d) => labelId.get(d) ?? 0),
    domain: s.domain,
  };
});
const parserData = trainParser(parserExamples, labels, Number(values['parser-epochs'] ?? PARSER_EPOCHS[lang]), seed, log, PRUNE[lang]);

mkdirSync(out, { recursive: true });
saveModels(out, taggerData, lemmaData, parserData);
log(`models written to ${out}`);

}

// Dev scores with gold tokenization, through the same loading path as run time.
const t1 = performance.now();
const pipe = loadPipeline(lang, out);
const loadMs = performance.now() - t1;
const confusions = new Map<string, number>();
const t2 = performance.now();
const { words, scores } = scoreDev((forms) => pipe.annotate(forms), dev, lang, (what) => confusions.set(what, (confusions.get(what) ?? 0) + 1));
const secs = (performance.now() - t2) / 1000;
// The newspaper part of the dev split (Alpino documents): the genre of the held-out test text, but few words.
const news = dev.filter((s) => s.newspaper);
const newsScores = news.length ? scoreDev((forms) => pipe.annotate(forms), news, lang) : null;
log(`dev (${dev.length} sentences, ${words} words, gold tokenization): ` + Object.entries(scores).map(([k, v]) => `${k} ${v}`).join(', '));
if (newsScores) log(`dev, newspaper part (${news.length} sentences, ${newsScores.words} words): ` + Object.entries(newsScores.scores).map(([k, v]) => `${k} ${v}`).join(', '));
log(`model load ${loadMs.toFixed(0)} ms; tag+lemmatize+parse ${Math.round(words / secs)} words/s`);
if (values.confusions) {
  const top = [...confusions].sort((a, b) => b[1] - a[1]).slice(0, 40);
  for (const [what, n] of top) console.log(`  ${String(n).padStart(4)}  ${what}`);
}
if (evalOnly) process.exit(0);
writeFileSync(join(out, 'scores.json'), JSON.stringify({ dev: { sentences: dev.length, words, ...scores }, ...(newsScores ? { devNewspaper: { sentences: news.length, words: newsScores.words, ...newsScores.scores } } : {}), train: { sentences: train.length, words: count(train) } }, null, 2) + '\n');

// The README next to the models: what they are, from which data, under which licence, how good.
const sources = FILES[lang].map((f) => `- \`../shared/data/ud/${f.file}\`${f.current ? '' : ' (UD 2.0 release: older annotation conventions, used as a second domain)'}`);
const licence =
  lang === 'nl'
    ? 'UD Dutch LassySmall and UD Dutch Alpino are CC BY-SA 4.0; these models are derived from them and are licensed CC BY-SA 4.0.'
    : 'UD English EWT is CC BY-SA 4.0; these models are derived from it and are licensed CC BY-SA 4.0. The word classes in tagger.bin are derived from WordNet 3.0 (Copyright 2006 by Princeton University; licence in knowledge/lang/en/WORDNET-LICENSE.txt).';
writeFileSync(
  join(out, 'README.md'),
  `# ${lang} tagger, lemmatizer and dependency parser

Trained by \`npm run train:${lang}\` (\`scripts/train-nlp.ts\`, seed ${seed}, deterministic) from:

${sources.join('\n')}
${clusterFile && clusters.size ? `- word clusters: \`models/ner/${lang}-clusters.tsv\` (built by \`npm run train:ner\` from unlabelled text), copied into tagger.bin\n` : ''}
Sentences are de-duplicated by text; ${values['current-only'] ? 'only current-convention files are used. ' : ''}10% of the documents (by a hash of the document id) are held out as the dev split.

| file | content |
| --- | --- |
| tagger.bin | ${LEXICON[lang] ? 'word classes from knowledge/lang/' + lang + ' (src/nlp/' + lang + '/lexicon.ts), ' : ''}UPOS perceptron${values['second-pass'] || SECOND_PASS[lang] ? ' (two passes: the second also sees the first pass\'s tags of the next two words)' : ''}, FEATS classifier per UPOS, tag dictionary, word clusters${TAGGER_WORDS[lang] === 'none' ? '' : ', known words (no closed-class tag for others' + (TAGGER_WORDS[lang] === 'compounds' ? '; compound-head tags' : '') + ')'} |
| parser.bin | arc-hybrid transition and arc-label perceptrons |
| lemmas.json | lexicon (form + UPOS -> lemma), suffix edit rules${VERB_MORPHOLOGY[lang] ? ', verb morphology for unseen forms (src/nlp/' + lang + '/morphology.ts)' : ''} |
| scores.json | the dev scores below |

Licence: ${licence}

## Dev scores (gold tokenization)

Train: ${train.length} sentences, ${count(train)} words. Dev: ${dev.length} sentences, ${words} words, ${new Set(dev.map((s) => s.doc)).size} documents.
LAS counts the universal part of the relation, as the CoNLL 2018 evaluation does. "Lemma (ignoring _)" ignores
underscores between compound parts (UD Dutch: partij_leiding). Gold lemmas of separable verbs are compared in the
particle_verb convention (in_nemen) for all sentences.

| ${Object.keys(scores).join(' | ')} |
| ${Object.keys(scores).map(() => '---').join(' | ')} |
| ${Object.values(scores).join(' | ')} |
${newsScores ? `
The newspaper part of the dev split (the Alpino documents among the dev documents: ${news.length} sentences, ${newsScores.words} words; newspaper
text is the genre of the held-out test, but this sample is small):

| ${Object.keys(newsScores.scores).join(' | ')} |
| ${Object.keys(newsScores.scores).map(() => '---').join(' | ')} |
| ${Object.values(newsScores.scores).join(' | ')} |
` : ''}`,
);
