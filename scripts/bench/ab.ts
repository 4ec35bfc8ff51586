// A/B speed comparison of this build against another checkout's build, in one process: chunks of news
// articles go through both in turn (the order alternating), and each build's CPU time is summed. On a
// shared machine the load changes from one run to the next by more than the differences being measured;
// here both builds see the same load, so the ratio is steady to a few percent.
//   node dist/scripts/bench/ab.js OTHER_ROOT [nlp|ner] [articles=400] [rounds=3]
// OTHER_ROOT is a project folder with a built dist/ (e.g. `git worktree add /tmp/base main` + npm run build
// there). Both builds use this checkout's models; the output hashes must agree.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MODELS_DIR, ROOT, SHARED_DIR } from '../../src/paths.js';
import { tokenize } from '../../src/nlp/tokenize/index.js';

type Run = (doc: string[][]) => unknown;

async function load(root: string, what: string): Promise<Run> {
  const mod = (p: string) => import(pathToFileURL(join(root, 'dist', 'src', 'nlp', p)).href);
  if (what === 'nlp') {
    const { loadPipeline } = (await mod('pipeline.js')) as typeof import('../../src/nlp/pipeline.js');
    const p = loadPipeline('nl', join(MODELS_DIR, 'nl'));
    return (doc) => doc.map((s) => p.annotate(s));
  }
  const { StatisticalRecognizer } = (await mod('ner/statistical.js')) as typeof import('../../src/nlp/ner/statistical.js');
  const r = StatisticalRecognizer.load('nl', join(MODELS_DIR, 'ner'));
  return (doc) => r.label(doc, undefined, true);
}

const other = process.argv[2];
if (!other) throw new Error('usage: node dist/scripts/bench/ab.js OTHER_ROOT [nlp|ner] [articles] [rounds]');
const what = process.argv[3] ?? 'nlp';
const n = Number(process.argv[4] ?? 400);
const rounds = Number(process.argv[5] ?? 3);
const roots = [other, ROOT];
const runs = [await load(other, what), await load(ROOT, what)];
const docs = readFileSync(join(SHARED_DIR, 'data', 'news-nl-2019', 'articles.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .slice(0, n)
  .map((l) => JSON.parse(l) as { title?: string; text?: string })
  .map((a) => tokenize(`${a.title ?? ''}\n\n${a.text ?? ''}`, 'nl').map((s) => s.tokens.map((t) => t.form)));
let tokens = 0;
for (const d of docs) for (const s of d) tokens += s.length;
// Outputs first (also the warm-up): the two builds must agree.
const hashes = runs.map((run) => {
  const h = createHash('sha256');
  for (const d of docs) h.update(JSON.stringify(run(d)));
  return h.digest('hex').slice(0, 12);
});
const cpu = [0, 0];
const CHUNK = 25;
for (let r = 0; r < rounds; r++) {
  for (let c = 0; c < docs.length; c += CHUNK) {
    const chunk = docs.slice(c, c + CHUNK);
    for (const w of (c / CHUNK + r) % 2 ? [0, 1] : [1, 0]) {
      const t0 = process.cpuUsage();
      for (const d of chunk) runs[w]!(d);
      const t = process.cpuUsage(t0);
      cpu[w]! += t.user + t.system;
    }
  }
}
const rate = cpu.map((us) => Math.round((rounds * tokens) / (us / 1e6)));
console.log(`${what}: ${docs.length} articles, ${tokens} tokens, ${rounds} rounds; tokens per CPU second`);
roots.forEach((root, i) => console.log(`  ${root}: ${rate[i]!.toLocaleString('en')} (output ${hashes[i]})`));
console.log(`  ratio ${(rate[1]! / rate[0]!).toFixed(3)}${hashes[0] === hashes[1] ? '' : '  OUTPUTS DIFFER'}`);
