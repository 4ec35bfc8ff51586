// Trains tagger, feature classifier, lemmatizer and parser for one language from the UD treebanks
// in ../shared/data/ud, writes models/<lang>/ and prints dev scores on our own held-out split.
//   npm run train:nl     (node dist/scripts/train-nlp.js --lang nl [--limit N] [--out DIR])
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isAnalysedLang, type Lang } from '../src/model/index.js';
import { MODELS_DIR, SHARED_DIR } from '../src/paths.js';
import { parseConllu } from '../src/nlp/conllu.js';
import { hashStr } from '../src/nlp/core/hash.js';
import { trainLemmatizer, type LemmaExample } from '../src/nlp/core/lemmatizer.js';
import { lexical } from '../src/nlp/core/lexical.js';
import { parserInput, projectivize, trainParser, type ParserExample } from '../src/nlp/core/parser.js';
import { saveModels } from '../src/nlp/core/save.js';
import { Tagger, trainTagger } from '../src/nlp/core/tagger.js';
import type { Annotated } from '../src/nlp/core/types.js';
import { LANGUAGES } from '../src/nlp/languages.js';
import { loadPipeline } from '../src/nlp/pipeline.js';

interface Gold extends Annotated {
  doc: string;
  /** True when the file follows the current UD lemma conventions (particle_verb, compound_parts). */
  current: boolean;
}

// Training files per language; `current: false` marks the older UD 2.0 release of LassySmall.
const FILES: Record<Lang, { file: string; current: boolean }[]> = {
  nl: [
    { file: 'nl/nl_lassysmall-ud-train-v2.0.conllu', current: false },
    { file: 'nl/nl_lassysmall-ud-dev.conllu', current: true },
    { file: 'nl/nl_lassysmall-ud-test.conllu', current: true },
    { file: 'nl/nl_alpino-ud-dev.conllu', current: true },
  ],
  en: [{ file: 'en/en_ewt-ud-dev.conllu', current: true }],
};

const { values } = parseArgs({
  options: {
    lang: { type: 'string' },
    out: { type: 'string' },
    limit: { type: 'string' },
    'tagger-epochs': { type: 'string', default: '8' },
    'parser-epochs': { type: 'string', default: '12' },
    seed: { type: 'string', default: '1' },
  },
});
const lang = values.lang ?? '';
if (!isAnalysedLang(lang)) {
  console.error('usage: train-nlp --lang nl|en');
  process.exit(2);
}
const seed = Number(values.seed);
const out = values.out ?? join(MODELS_DIR, lang);
const log = (s: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(1)}s] ${s}`);
const t0 = performance.now();

// Document id of a sentence, so the dev split never shares a document with training.
function docOf(comments: string[], fallback: string): string {
  const idLine = comments.find((c) => c.startsWith('# sent_id =')) ?? comments[0] ?? `# ${fallback}`;
  const id = idLine.replace(/^# (sent_id = )?/, '').replace(/\.xml$/, '').trim();
  return id.split(/\\|\.p\.|\.s\./)[0]!.replace(/-\d{4}$/, '');
}

const all: Gold[] = [];
const seen = new Set<string>();
for (const { file, current } of FILES[lang]) {
  const path = join(SHARED_DIR, 'data', 'ud', file);
  const sents = parseConllu(readFileSync(path, 'utf8'), file);
  let dup = 0;
  for (const s of sents) {
    const forms = s.words.map((w) => w[1]!);
    const key = forms.join(' ');
    if (seen.has(key)) {
      dup++;
      continue;
    }
    seen.add(key);
    const comments = s.lines.filter((l) => l.kind === 'comment').map((l) => (l as { raw: string }).raw);
    all.push({
      doc: `${file.split('/')[1]!.split('-')[0]}:${docOf(comments, String(all.length))}`.replace(/^nl_(lassysmall|alpino):/, 'nl:'),
      current,
      forms,
      lemmas: s.words.map((w) => w[2]!),
      upos: s.words.map((w) => w[3]!),
      feats: s.words.map((w) => w[5]!),
      heads: s.words.map((w) => Number(w[6]) - 1),
      deprels: s.words.map((w) => w[7]!),
    });
  }
  log(`${file}: ${sents.length} sentences, ${dup} duplicates dropped`);
}

const rules = LANGUAGES[lang];
// Lemma conventions: the verb's own lemma is learned; the particle is joined after parsing.
function verbLemma(s: Gold, i: number): string {
  const lemma = s.lemmas[i]!;
  for (let d = 0; d < s.forms.length; d++) {
    if (s.heads[d] === i && s.deprels[d] === 'compound:prt') {
      const p = s.lemmas[d]!.toLowerCase() + '_';
      if (lemma.startsWith(p)) return lemma.slice(p.length);
    }
  }
  return lemma;
}
/** Gold lemmas in the convention we output (particle joined when the treebank version did not). */
function goldLemmas(s: Gold): string[] {
  const out = s.forms.map((_, i) => verbLemma(s, i));
  for (let d = 0; d < s.forms.length; d++) {
    const h = s.heads[d]!;
    if (s.deprels[d] === 'compound:prt' && h >= 0 && (s.upos[h] === 'VERB' || s.upos[h] === 'AUX')) {
      out[h] = rules.particleVerbLemma(out[h]!, s.lemmas[d]!) ?? out[h]!;
    }
  }
  return out;
}

const isDev = (s: Gold) => hashStr(s.doc) % 10 === 0;
let train = all.filter((s) => !isDev(s));
let dev = all.filter(isDev);
if (values.limit) {
  train = train.slice(0, Number(values.limit));
  dev = dev.slice(0, Math.ceil(Number(values.limit) / 5));
}
const count = (xs: Gold[]) => xs.reduce((a, s) => a + s.forms.length, 0);
log(`train ${train.length} sentences / ${count(train)} words; dev ${dev.length} sentences / ${count(dev)} words (${new Set(dev.map((s) => s.doc)).size} documents)`);

// Tagger
const taggerEpochs = Number(values['tagger-epochs']);
const taggerData = trainTagger(train, taggerEpochs, seed, log);

// Lemmatizer: lexicon weighted towards the current conventions; rules learned without the
// compound-part underscores (they cannot be predicted from suffixes).
const lemmaExamples: LemmaExample[] = [];
for (const s of train) {
  for (let i = 0; i < s.forms.length; i++) {
    lemmaExamples.push({ form: s.forms[i]!, upos: s.upos[i]!, lemma: verbLemma(s, i), weight: s.current ? 3 : 1 });
  }
}
const lemmaData = trainLemmatizer(lemmaExamples, (l) => (l.length > 1 ? l.replace(/(?<=.)_(?=.)/g, '') : l));
log(`lemmatizer: ${Object.keys(lemmaData.lexicon).length} lexicon entries, ${Object.keys(lemmaData.rules).length} rules`);

// Parser input tags come from 2-fold jackknifing, so training sees tagging errors like run time.
const half = (k: number) => train.filter((_, i) => i % 2 === k);
const predicted = new Map<Gold, { upos: string[]; feats: string[] }>();
for (const k of [0, 1]) {
  const t = new Tagger(trainTagger(half(1 - k), taggerEpochs, seed + 1 + k));
  for (const s of half(k)) {
    const r = t.tag(lexical(s.forms));
    predicted.set(s, { upos: Array.from(r.tags, (x) => t.uposNames[x]!), feats: r.feats });
  }
}
log('jackknifed tags ready');
const labels = [...new Set(train.flatMap((s) => s.deprels.filter((d) => d !== 'root')))].sort();
const labelId = new Map(labels.map((l, i) => [l, i]));
const parserExamples: ParserExample[] = train.map((s) => {
  const p = predicted.get(s)!;
  return {
    input: parserInput(lexical(s.forms).w, p.upos, p.feats),
    heads: projectivize(s.heads),
    labels: s.deprels.map((d) => labelId.get(d) ?? 0),
  };
});
const parserData = trainParser(parserExamples, labels, Number(values['parser-epochs']), seed, log);

mkdirSync(out, { recursive: true });
saveModels(out, taggerData, lemmaData, parserData);
log(`models written to ${out}`);

// Dev scores with gold tokenization, through the same loading path as run time.
const t1 = performance.now();
const pipe = loadPipeline(lang, out);
const loadMs = performance.now() - t1;
const c = { words: 0, upos: 0, feats: 0, lemma: 0, lemmaLoose: 0, uas: 0, las: 0, lasFull: 0 };
const t2 = performance.now();
for (const s of dev) {
  const a = pipe.annotate(s.forms);
  const gl = goldLemmas(s);
  for (let i = 0; i < s.forms.length; i++) {
    c.words++;
    if (a.upos[i] === s.upos[i]) c.upos++;
    if (a.feats[i] === s.feats[i]) c.feats++;
    if (a.lemmas[i] === gl[i]) c.lemma++;
    if (a.lemmas[i]!.replace(/_/g, '') === gl[i]!.replace(/_/g, '')) c.lemmaLoose++;
    if (a.heads[i] === s.heads[i]) {
      c.uas++;
      if (a.deprels[i]!.split(':')[0] === s.deprels[i]!.split(':')[0]) c.las++;
      if (a.deprels[i] === s.deprels[i]) c.lasFull++;
    }
  }
}
const secs = (performance.now() - t2) / 1000;
const pct = (x: number) => ((100 * x) / c.words).toFixed(2);
const scores = {
  UPOS: pct(c.upos),
  UFeats: pct(c.feats),
  Lemma: pct(c.lemma),
  'Lemma (ignoring _)': pct(c.lemmaLoose),
  UAS: pct(c.uas),
  LAS: pct(c.las),
  'LAS (full labels)': pct(c.lasFull),
};
log(`dev (${dev.length} sentences, ${c.words} words, gold tokenization): ` + Object.entries(scores).map(([k, v]) => `${k} ${v}`).join(', '));
log(`model load ${loadMs.toFixed(0)} ms; tag+lemmatize+parse ${Math.round(c.words / secs)} words/s`);
writeFileSync(join(out, 'scores.json'), JSON.stringify({ dev: { sentences: dev.length, words: c.words, ...scores }, train: { sentences: train.length, words: count(train) } }, null, 2) + '\n');
