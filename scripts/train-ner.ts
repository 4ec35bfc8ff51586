// `npm run train:ner`: rebuilds the Dutch NER model in models/ner/ from ../shared/data, deterministically,
// and prints dev (ned.testa) F1 per label, conlleval-style.
//
//   node dist/scripts/train-ner.js [--epochs N] [--bits B] [--ensemble K] [--fold-epochs N] [--seed S] [--no-gazetteer]
//     [--no-clusters | --keep-clusters] [--no-trainlex] [--no-gazwords] [--no-doc-neighbours] [--firstnames] [--wikiann N] [--no-stage2]
//     [--dry-run] [--out DIR] [--errors FILE]
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { MODELS_DIR, SHARED_DIR } from '../src/paths.js';
import { documents, formatScores, parseConll, score, spans } from '../src/nlp/ner/conll.js';
import { docContext, sentenceFeatures, trainLexCode, TYPE_BITS, type Lexicons, type DocContext } from '../src/nlp/ner/features.js';
import { loadLexicons, nameTokens } from '../src/nlp/ner/lexicons.js';
import { clusterWords } from '../src/nlp/ner/clusters.js';
import { LABELS, type NerModel } from '../src/nlp/ner/model.js';
import { trainEnsemble, type TrainExample } from '../src/nlp/ner/perceptron.js';
import { hashString } from '../src/nlp/ner/hash.js';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const opt = (name: string, dflt: number) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : dflt;
};
const EPOCHS = opt('--epochs', 10);
const BITS = opt('--bits', 19);
const SEED = opt('--seed', 20020);
const FOLDS = 4;
/** Stage-2 memory of the neighbouring words too (experimental, --mem-context). */
const MEM_CONTEXT = flag('--mem-context');
const ENSEMBLE = opt('--ensemble', 2);
const ENSEMBLE2 = opt('--stage2-ensemble', 4);
// the jackknifed stage-1 models only feed stage 2's memory features: cheaper settings suffice
const FOLD_EPOCHS = opt('--fold-epochs', 8);
const outIdx = argv.indexOf('--out');
const OUT = outIdx >= 0 ? argv[outIdx + 1]! : join(MODELS_DIR, 'ner');
const LEX_DIR = join(MODELS_DIR, 'ner');
const DATA = join(SHARED_DIR, 'data');

type Doc = { tokens: string[]; tags: string[] }[];
const readDocs = (f: string): Doc[] => documents(parseConll(readFileSync(join(DATA, 'conll2002', f), 'utf8'), f, 'last'));

// ned.* here are UTF-8
const train = readDocs('ned.train');
const dev = readDocs('ned.testa');
process.stderr.write(`train: ${train.length} docs, ${train.reduce((a, d) => a + d.length, 0)} sentences; dev: ${dev.length} docs\n`);

/** WikiANN Dutch sentences with their silver labels (the files' first column is an index: dropped). */
function* wikiannSentences() {
  for (const f of ['train.conllu', 'val.conllu', 'test.conllu']) {
    const text = readFileSync(join(DATA, 'ner-extra', f), 'utf8').split('\n').map((l) => l.split('\t').slice(1).join('\t')).join('\n');
    for (const it of parseConll(text, f, 'last')) if (it.kind === 'sentence') yield it;
  }
}

// ---- gazetteer: WikiANN silver names, GeoNames places (NL, AF), country names in Dutch
function buildGazetteer(): string {
  // votes per name and type: a silver name keeps only the types it has in >= 30% of its occurrences
  const names = new Map<string, Map<string, number>>();
  const add = (type: string, toks: string[], votes = 1) => {
    if (!toks.length || toks.length > 6) return;
    const key = toks.join(' ');
    if (!/\p{Lu}/u.test(key[0] ?? '')) return;
    const m = names.get(key) ?? names.set(key, new Map()).get(key)!;
    m.set(type, (m.get(type) ?? 0) + votes);
  };
  for (const it of wikiannSentences()) {
    for (const s of spans(it.tags.map((t) => t ?? 'O'))) add(s.label, it.tokens.slice(s.start, s.end));
  }
  for (const f of ['NL_cities1000.tsv', 'AF_cities1000.tsv']) {
    const lines = readFileSync(join(DATA, 'geo', 'geonames', f), 'utf8').split('\n').slice(1);
    for (const l of lines) {
      const c = l.split('\t');
      if (c[1]) add('LOC', nameTokens(c[1]), 5);
      if (c[2] && c[2] !== c[1]) add('LOC', nameTokens(c[2]), 5);
    }
  }
  const require = createRequire(import.meta.url);
  const countries = require('i18n-iso-countries') as { registerLocale(x: unknown): void; getNames(l: string, o: object): Record<string, string | string[]> };
  countries.registerLocale(require('i18n-iso-countries/langs/nl.json'));
  for (const v of Object.values(countries.getNames('nl', { select: 'all' }))) {
    for (const n of Array.isArray(v) ? v : [v]) add('LOC', nameTokens(n), 5);
  }
  const lines: string[] = [];
  for (const [k, types] of [...names].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const total = [...types.values()].reduce((a, b) => a + b, 0);
    for (const t of [...types.keys()].sort()) if (types.get(t)! >= 0.3 * total) lines.push(`${t}\t${k}`);
  }
  return lines.join('\n') + '\n';
}

// ---- word clusters from unlabelled Dutch text: DPG news 2019, UD Dutch, WikiANN, Europeana, ned.train words
function* unlabelled(): Generator<string[]> {
  for (const line of readFileSync(join(DATA, 'news-nl-2019', 'articles.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as { title?: string; text?: string };
    for (const para of `${a.title ?? ''}\n${a.text ?? ''}`.split(/\n+|(?<=[.!?])\s+(?=\p{Lu})/u)) {
      const toks = nameTokens(para);
      if (toks.length) yield toks;
    }
  }
  const conllu = (f: string, col: number) => {
    const out: string[][] = [];
    let cur: string[] = [];
    for (const l of readFileSync(f, 'utf8').split('\n')) {
      if (l.startsWith('#')) continue;
      if (!l.trim()) { if (cur.length) out.push(cur); cur = []; continue; }
      const c = l.split(/\t| /);
      if (c[col] !== undefined && !/^\d+[-.]\d+$/.test(c[0]!)) cur.push(c[col]!);
    }
    if (cur.length) out.push(cur);
    return out;
  };
  for (const f of ['nl_alpino-ud-dev.conllu', 'nl_lassysmall-ud-dev.conllu', 'nl_lassysmall-ud-test.conllu', 'nl_lassysmall-ud-train-v2.0.conllu']) {
    yield* conllu(join(DATA, 'ud', 'nl', f), 1);
  }
  for (const f of ['train.conllu', 'val.conllu', 'test.conllu']) yield* conllu(join(DATA, 'ner-extra', f), 1);
  yield* conllu(join(DATA, 'ner-extra', 'europeana', 'enp_NL.kb.bio'), 0);
  for (const d of train) for (const s of d) yield s.tokens;
}

// ---- given names: first words of multi-word WikiANN person names seen at least twice
function buildFirstNames(): string {
  const counts = new Map<string, number>();
  for (const it of wikiannSentences()) {
    for (const s of spans(it.tags.map((t) => t ?? 'O'))) {
      const w = it.tokens[s.start]!;
      if (s.label === 'PER' && s.end - s.start >= 2 && /^\p{Lu}\p{Ll}+$/u.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return [...counts].filter(([, c]) => c >= 2).map(([w]) => w).sort().join('\n') + '\n';
}

const gazFile = join(LEX_DIR, 'nl-gazetteer.tsv');
const firstNamesFile = join(OUT, 'nl-firstnames.txt');
// given-name features were neutral on dev (stage 1 79.17 with, 79.28 without): opt-in with --firstnames
if (flag('--firstnames') && !flag('--dry-run')) writeFileSync(firstNamesFile, buildFirstNames());
const clusterFile = join(LEX_DIR, 'nl-clusters.tsv');
if (!flag('--no-gazetteer') && !flag('--dry-run')) writeFileSync(gazFile, buildGazetteer());
if (!flag('--no-clusters') && !flag('--keep-clusters') && !flag('--dry-run')) {
  const tc = Date.now();
  const paths = clusterWords(unlabelled());
  writeFileSync(clusterFile, [...paths].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([w, p]) => `${w}\t${p}`).join('\n') + '\n');
  process.stderr.write(`clusters: ${paths.size} words in ${((Date.now() - tc) / 1000).toFixed(0)} s\n`);
}
const baseLex: Lexicons = loadLexicons(flag('--no-gazetteer') ? '/nonexistent' : gazFile, flag('--no-clusters') ? '/nonexistent' : clusterFile, flag('--firstnames') ? firstNamesFile : '');
const GAZ_WORDS = !flag('--no-gazwords');
const TRAIN_LEX = !flag('--no-trainlex');
if (!GAZ_WORDS) delete baseLex.gazWords;
process.stderr.write(`gazetteer: ${baseLex.gazetteer.size} names; clusters: ${baseLex.clusters.size} words; given names: ${baseLex.firstNames.size}\n`);

// ---- training-label lexicon: per lowercased word, how often it was outside names and inside each type.
// Training documents see counts from the other folds only (out of fold), so the feature is as
// unreliable on them as on new text, and the model learns how far to trust it.
const LEX_FOLDS = 10;
const typeIndex: Record<string, number> = { PER: 1, ORG: 2, LOC: 3, MISC: 4 };
function labelCounts(docs: Doc[]): Map<string, number[]> {
  const m = new Map<string, number[]>();
  for (const d of docs) for (const s of d) s.tokens.forEach((w, i) => {
    const lw = w.toLowerCase();
    const c = m.get(lw) ?? m.set(lw, [0, 0, 0, 0, 0]).get(lw)!;
    c[s.tags[i] === 'O' ? 0 : typeIndex[s.tags[i]!.slice(2)]!]!++;
  });
  return m;
}
const codes = (m: Map<string, number[]>) => new Map([...m].map(([w, c]) => [hashString(w), trainLexCode(c)]));
const trainLexFile = join(OUT, 'nl-trainlex.tsv');
const fullCounts = labelCounts(train);
if (TRAIN_LEX && !flag('--dry-run')) {
  writeFileSync(trainLexFile, [...fullCounts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([w, c]) => `${w}\t${c.join(' ')}`).join('\n') + '\n');
}
const lex: Lexicons = TRAIN_LEX ? { ...baseLex, trainLex: codes(fullCounts) } : baseLex;
const foldLex: Lexicons[] = [];
for (let f = 0; f < LEX_FOLDS; f++) foldLex.push(TRAIN_LEX ? { ...baseLex, trainLex: codes(labelCounts(train.filter((_, i) => i % LEX_FOLDS !== f))) } : baseLex);

const labelIndex = new Map<string, number>(LABELS.map((l, i) => [l, i]));

/** The lexicons a document's features use: training documents get their out-of-fold label lexicon. */
const docLex = new Map<Doc, Lexicons>();

function examples(docs: Doc[], ctxs: DocContext[]): TrainExample[] {
  const out: TrainExample[] = [];
  docs.forEach((d, di) => {
    for (const s of d) out.push({ sf: sentenceFeatures(s.tokens, ctxs[di]!, docLex.get(d) ?? lex), gold: Int32Array.from(s.tags.map((t) => labelIndex.get(t)!)) });
  });
  return out;
}

// the words around the other mentions of a capitalised word in the document (one perceptron, stage 1
// alone: 79.31 without, 80.16 with the words right beside, 81.68 also two away and the capitalised neighbours)
const DOC_NEIGHBOURS: 0 | 1 | 2 = flag('--no-doc-neighbours') ? 0 : flag('--narrow-neighbours') ? 1 : 2;
const baseCtx = (docs: Doc[]) => docs.map((d) => docContext(d.map((s) => s.tokens), DOC_NEIGHBOURS));

function predict(model: NerModel, docs: Doc[], ctxs: DocContext[]): string[][][] {
  return docs.map((d, di) => d.map((s) => Array.from(model.decode(sentenceFeatures(s.tokens, ctxs[di]!, docLex.get(d) ?? lex)), (i) => LABELS[i]!)));
}

/** Stage-2 memory: which entity types each capitalised word got anywhere in its document. */
function withMemory(docs: Doc[], ctxs: DocContext[], preds: string[][][]): DocContext[] {
  return docs.map((d, di) => {
    const labels = new Map<number, number>();
    d.forEach((s, si) => {
      for (const sp of spans(preds[di]![si]!)) {
        for (let i = sp.start; i < sp.end; i++) {
          const h = hashString(s.tokens[i]!.toLowerCase());
          labels.set(h, (labels.get(h) ?? 0) | TYPE_BITS[sp.label]!);
        }
      }
    });
    return { ...ctxs[di]!, labels, memContext: MEM_CONTEXT };
  });
}

const devGold = dev.flatMap((d) => d.map((s) => s.tags));
const report = (name: string, model: NerModel, ctxs: DocContext[]) => {
  const s = score(devGold, predict(model, dev, ctxs).flat());
  process.stderr.write(`${name}: dev F1 ${s.overall.f1.toFixed(2)}\n`);
  return s;
};

// optional silver data (WikiANN train), each sentence its own document: --wikiann N sentences
function silver(n: number): Doc[] {
  const text = readFileSync(join(DATA, 'ner-extra', 'train.conllu'), 'utf8').split('\n').map((l) => l.split('\t').slice(1).join('\t')).join('\n');
  const out: Doc[] = [];
  for (const it of parseConll(text, 'train.conllu', 'last')) {
    if (it.kind === 'sentence' && out.length < n) out.push([{ tokens: it.tokens, tags: it.tags.map((t) => t ?? 'O') }]);
  }
  return out;
}
const nSilver = opt('--wikiann', 0);
if (nSilver > 0) train.push(...silver(nSilver));

train.forEach((d, i) => docLex.set(d, foldLex[i % LEX_FOLDS]!));

const t0 = Date.now();
const trainCtx = baseCtx(train), devCtx = baseCtx(dev);
const info = (stage: number) => ({ lang: 'nl', trained: { data: 'CoNLL-2002 ned.train', epochs: EPOCHS, ensemble: ENSEMBLE, bits: BITS, seed: SEED, stage, gazWords: GAZ_WORDS, trainLex: TRAIN_LEX, docNeighbours: DOC_NEIGHBOURS, ...(stage === 2 ? { ensemble: ENSEMBLE2 } : {}), ...(stage === 2 && MEM_CONTEXT ? { memContext: true } : {}) } });
const stage1 = trainEnsemble(examples(train, trainCtx), { bits: BITS, epochs: EPOCHS, seed: SEED, onEpoch: (e, m) => report(`stage 1 (${ENSEMBLE} x ${e} epochs)`, m, devCtx) }, ENSEMBLE, info(1));
let final = stage1;
let finalDevCtx = devCtx;
let stage2: NerModel | null = null;
if (!flag('--no-stage2')) {
  // jackknife: stage-1 predictions on each training fold come from a model that never saw that fold
  const trainPred: string[][][] = new Array(train.length);
  for (let f = 0; f < FOLDS; f++) {
    const inFold = (i: number) => i % FOLDS === f;
    const rest = train.filter((_, i) => !inFold(i)), restCtx = trainCtx.filter((_, i) => !inFold(i));
    const m = trainEnsemble(examples(rest, restCtx), { bits: BITS, epochs: FOLD_EPOCHS, seed: SEED + f }, 1, info(1));
    train.forEach((d, i) => { if (inFold(i)) trainPred[i] = predict(m, [d], [trainCtx[i]!])[0]!; });
    process.stderr.write(`fold ${f + 1}/${FOLDS} done\n`);
  }
  const train2 = withMemory(train, trainCtx, trainPred);
  finalDevCtx = withMemory(dev, devCtx, predict(stage1, dev, devCtx));
  stage2 = trainEnsemble(examples(train, train2), { bits: BITS, epochs: EPOCHS, seed: SEED, onEpoch: (e, m) => report(`stage 2 (${ENSEMBLE2} x ${e} epochs)`, m, finalDevCtx) }, ENSEMBLE2, info(2));
  final = stage2;
}
const devPred = predict(final, dev, finalDevCtx).flat();
const s = score(devGold, devPred);
const errIdx = argv.indexOf('--errors');
if (errIdx >= 0) {
  // token, gold, predicted: for error analysis
  const devTokens = dev.flatMap((d) => d.map((x) => x.tokens));
  writeFileSync(argv[errIdx + 1]!, devTokens.map((t, i) => t.map((w, k) => `${w} ${devGold[i]![k]} ${devPred[i]![k]}`).join('\n')).join('\n\n') + '\n');
}
console.log(`Dev (ned.testa) scores, ${stage2 ? 'two-stage' : 'one-stage'} model, ${((Date.now() - t0) / 1000).toFixed(0)} s training:\n`);
console.log(formatScores(s));
if (!flag('--dry-run')) {
  const record = { devF1: Number(s.overall.f1.toFixed(2)), perLabel: Object.fromEntries(Object.entries(s.perLabel).map(([l, x]) => [l, Number(x.f1.toFixed(2))])) };
  Object.assign(stage1.info.trained, stage2 ? {} : record);
  writeFileSync(join(OUT, 'nl-stage1.bin.gz'), stage1.serialize());
  if (stage2) {
    Object.assign(stage2.info.trained, record);
    writeFileSync(join(OUT, 'nl-stage2.bin.gz'), stage2.serialize());
  } else if (existsSync(join(OUT, 'nl-stage2.bin.gz'))) {
    process.stderr.write('note: an older nl-stage2.bin.gz remains; delete it to use the one-stage model\n');
  }
  process.stderr.write(`wrote ${OUT}\n`);
}
