// A/B speed comparison of this build against another checkout's build, in one process: chunks of news
// articles go through both in turn (the order alternating), and each build's CPU time is summed. On a
// shared machine the load changes from one run to the next by more than the differences being measured;
// here both builds see the same load, so the ratio is steady to a few percent.
//   node [--expose-gc] dist/scripts/bench/ab.js OTHER_ROOT [nlp|ner|pipeline|extract] [articles=400] [rounds=3]
//   SITREP_AB_COLD=1 node --expose-gc dist/scripts/bench/ab.js OTHER_ROOT pipeline 1423 1: no warm-up pass, every article new to both builds.
// OTHER_ROOT is a project folder with a built dist/ (e.g. `git worktree add /tmp/base main` + npm run build
// there). nlp and ner: both builds use this checkout's models. pipeline: each build's analyzeArticle
// (analysis and extraction, no storage) with its own models and knowledge; the hash is over the extractions
// (facts and mentions). extract: each build's default extractor on articles this build analyses afresh before
// each timed chunk (the analysis is not timed). The output hashes must agree.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MODELS_DIR, ROOT, SHARED_DIR } from '../../src/paths.js';
import { tokenize } from '../../src/nlp/tokenize/index.js';
import { analyze } from '../../src/nlp/index.js';
import type { Article, Doc as AnalysedDoc, PartialDate } from '../../src/model/index.js';

/** One article: its tokenized sentences (nlp, ner) and the article itself (pipeline). */
interface Doc {
  forms: string[][];
  article: Article;
}
/** What is timed, on what `prepare` (untimed, run just before) made of the article. */
interface Run {
  prepare?: (doc: Doc) => unknown;
  run: (doc: Doc, prepared: unknown) => unknown;
}

async function load(root: string, what: string): Promise<Run> {
  const mod = (p: string) => import(pathToFileURL(join(root, 'dist', 'src', 'nlp', p)).href);
  if (what === 'pipeline') {
    const { analyzeArticle } = (await import(pathToFileURL(join(root, 'dist', 'src', 'pipeline', 'index.js')).href)) as typeof import('../../src/pipeline/index.js');
    return { run: (doc) => analyzeArticle(doc.article).extraction };
  }
  if (what === 'extract') {
    const { defaultExtractor } = (await import(pathToFileURL(join(root, 'dist', 'src', 'extract', 'index.js')).href)) as typeof import('../../src/extract/index.js');
    return {
      prepare: (doc) => analyze(doc.article.text, { lang: 'nl' }),
      run: (doc, analysed) => defaultExtractor.extract(analysed as AnalysedDoc, { id: doc.article.id, published: doc.article.published }),
    };
  }
  if (what === 'nlp') {
    const { loadPipeline } = (await mod('pipeline.js')) as typeof import('../../src/nlp/pipeline.js');
    const p = loadPipeline('nl', join(MODELS_DIR, 'nl'));
    return { run: (doc) => doc.forms.map((s) => p.annotate(s)) };
  }
  const { StatisticalRecognizer } = (await mod('ner/statistical.js')) as typeof import('../../src/nlp/ner/statistical.js');
  const r = StatisticalRecognizer.load('nl', join(MODELS_DIR, 'ner'));
  return { run: (doc) => r.label(doc.forms, undefined, true) };
}

const other = process.argv[2];
if (!other) throw new Error('usage: node dist/scripts/bench/ab.js OTHER_ROOT [nlp|ner|pipeline|extract] [articles] [rounds]');
const what = process.argv[3] ?? 'nlp';
const n = Number(process.argv[4] ?? 400);
const rounds = Number(process.argv[5] ?? 3);
const roots = [other, ROOT];
const runs = [await load(other, what), await load(ROOT, what)];
const docs = readFileSync(join(SHARED_DIR, 'data', 'news-nl-2019', 'articles.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .slice(0, n)
  .map((l) => JSON.parse(l) as { title?: string; text?: string; published_at?: string })
  .map((a, k): Doc => {
    const text = `${a.title ?? ''}\n\n${a.text ?? ''}`;
    const published: PartialDate = { value: a.published_at?.slice(0, 10) ?? null, precision: a.published_at ? 'day' : 'unknown' };
    const article: Article = { id: String(k).padStart(32, '0'), source: 'bench', url: null, title: a.title ?? null, published, lang: 'nl', text };
    return { forms: tokenize(text, 'nl').map((s) => s.tokens.map((t) => t.form)), article };
  });
let tokens = 0;
for (const d of docs) for (const s of d.forms) tokens += s.length;
// Pipeline and extraction: articles per CPU second; the others: tokens.
const perArticle = what === 'pipeline' || what === 'extract';
const units = perArticle ? docs.length : tokens;
const unit = perArticle ? 'articles' : 'tokens';
// Outputs first (also the warm-up): the two builds must agree. With SITREP_AB_COLD=1 they are compared after the
// timed rounds instead, so that the first round sees every article for the first time in both builds (memos
// filling, code being compiled: what a run over articles not seen before pays).
const cold = process.env.SITREP_AB_COLD === '1';
const outputHashes = () =>
  runs.map((run) => {
    const h = createHash('sha256');
    for (const d of docs) h.update(JSON.stringify(run.run(d, run.prepare?.(d))));
    return h.digest('hex').slice(0, 12);
  });
let hashes = cold ? [] : outputHashes();
const gc = (globalThis as { gc?: () => void }).gc;
const cpu = [0, 0];
const CHUNK = 25;
for (let r = 0; r < rounds; r++) {
  for (let c = 0; c < docs.length; c += CHUNK) {
    const chunk = docs.slice(c, c + CHUNK);
    for (const w of (c / CHUNK + r) % 2 ? [0, 1] : [1, 0]) {
      const prepared = chunk.map((d) => runs[w]!.prepare?.(d));
      // With --expose-gc, the garbage of the untimed preparation is collected before the timed part.
      if (runs[w]!.prepare) gc?.();
      const t0 = process.cpuUsage();
      for (let k = 0; k < chunk.length; k++) runs[w]!.run(chunk[k]!, prepared[k]);
      const t = process.cpuUsage(t0);
      cpu[w]! += t.user + t.system;
    }
  }
}
if (cold) hashes = outputHashes();
const rate = cpu.map((us) => (rounds * units) / (us / 1e6));
console.log(`${what}: ${docs.length} articles, ${tokens} tokens, ${rounds} rounds${cold ? ' (cold: no warm-up)' : ''}; ${unit} per CPU second`);
roots.forEach((root, i) => console.log(`  ${root}: ${rate[i]!.toLocaleString('en', { maximumFractionDigits: perArticle ? 1 : 0 })} (output ${hashes[i]})`));
console.log(`  ratio ${(rate[1]! / rate[0]!).toFixed(3)}${hashes[0] === hashes[1] ? '' : '  OUTPUTS DIFFER'}`);
