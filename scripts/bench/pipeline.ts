// Benchmark section for the whole pipeline without storage, as analyzeArticle runs it: analyze() (every sentence
// tagged and parsed) + the default extractor over the news-nl-2019 development articles (read at bench time; nothing copied). Articles per CPU second (this
// process's user + system time: the machine is shared, wall time is not a measure), split into analysis and
// extraction, then where the time goes by stage from a sampled V8 profile of a second pass.
// SITREP_BENCH_LIMIT=n measures the first n articles; SITREP_BENCH_PROFILE=n profiles the first n (default 400, 0: none).
import { existsSync, readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { SHARED_DIR } from '../../src/paths.js';
import { analyze } from '../../src/nlp/index.js';
import { baselineExtractor, defaultExtractor } from '../../src/extract/index.js';
import type { Doc, PartialDate } from '../../src/model/index.js';

interface Row {
  text: string;
  published: PartialDate;
}

function load(): Row[] {
  const file = join(SHARED_DIR, 'data', 'news-nl-2019', 'articles.jsonl');
  if (!existsSync(file)) return [];
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { text?: string; published_at?: string })
    .map((a) => ({ text: a.text ?? '', published: { value: a.published_at?.slice(0, 10) ?? null, precision: a.published_at ? 'day' : 'unknown' } as PartialDate }));
  const limit = Number(process.env.SITREP_BENCH_LIMIT ?? 0);
  return limit > 0 ? rows.slice(0, limit) : rows;
}

const ID = '0'.repeat(32);

/** CPU seconds of this process since `from` (user + system). */
function cpuSince(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1e6;
}

/**
 * CPU seconds of the main thread so far (Linux /proc, 10 ms ticks; null elsewhere). The process's CPU time also
 * counts V8's helper threads: optimising compilation (concurrent, of the functions that got hot or were
 * deoptimised) and parallel garbage collection.
 */
function mainThreadCpu(): number | null {
  try {
    const st = readFileSync('/proc/thread-self/stat', 'utf8');
    const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return null;
  }
}

// Stages by the deepest of these frames on a sample's stack (function name, file under dist/src/).
const STAGES: [fn: string, file: string, stage: string][] = [
  ['tokenize', 'nlp/tokenize/index.js', 'nlp: tokenize'],
  ['annotateSentences', 'nlp/index.js', 'nlp: tag, lemmatize, parse'],
  ['findEntities', 'nlp/ner/index.js', 'nlp: NER'],
  ['extract', 'extract/parsed/index.js', 'extract: events (triggers, arguments, modality)'],
  ['resolveActorsWith', 'extract/actors/index.js', 'extract: actors (findActors, coreference)'],
  ['findPlaces', 'resolve/places.js', 'extract: places (findPlaces)'],
  ['findTimes', 'understand/time/index.js', 'extract: times and quantities'],
  ['findQuantities', 'understand/quantity/index.js', 'extract: times and quantities'],
  ['extractClaims', 'extract/claims/index.js', 'extract: claims'],
];
const ORDER = [...new Set(STAGES.map((s) => s[2]))];

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

/** CPU time per stage (ms) of one profiled run of `work`: the process's CPU time split by sample shares. */
async function stageTimes(work: () => void): Promise<Map<string, number>> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  const c0 = process.cpuUsage();
  work();
  const cpuMs = cpuSince(c0) * 1000;
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  session.disconnect();
  const stageOf = new Map<number, string>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const visit = (id: number, inherited: string) => {
    const n = byId.get(id)!;
    const f = n.callFrame;
    let stage = inherited;
    if (f.functionName === '(garbage collector)') stage = 'garbage collection';
    // Samples taken while the inspector stops the profiler are no work of the run.
    if (f.functionName === '(idle)' || f.url === 'node:inspector') stage = 'idle';
    for (const [fn, file, s] of STAGES) if (f.functionName === fn && f.url.endsWith('/src/' + file)) stage = s;
    stageOf.set(id, stage);
    for (const c of n.children ?? []) visit(c, stage);
  };
  visit(profile.nodes[0]!.id, 'other');
  const ms = new Map<string, number>();
  profile.samples.forEach((id, k) => {
    const s = stageOf.get(id) ?? 'other';
    if (s === 'idle') return;
    ms.set(s, (ms.get(s) ?? 0) + (profile.timeDeltas[k] ?? 0) / 1000);
  });
  const sampled = [...ms.values()].reduce((a, b) => a + b, 0);
  for (const [k, v] of ms) ms.set(k, (v / sampled) * cpuMs);
  return ms;
}

export async function run(): Promise<string> {
  const rows = load();
  if (rows.length === 0) return '## pipeline\n\n(news-nl-2019 not found: skipped)';
  // Warm-up: models, gazetteer, actor dictionary and lexicons load once.
  defaultExtractor.extract(analyze(rows[0]!.text, { lang: 'nl' }), { id: ID, published: rows[0]!.published });

  const m0 = mainThreadCpu();
  const c0 = process.cpuUsage();
  const docs: Doc[] = rows.map((r) => analyze(r.text, { lang: 'nl' }));
  const analyzeSec = cpuSince(c0);
  const m1 = mainThreadCpu();
  let facts = 0;
  let mentions = 0;
  const c1 = process.cpuUsage();
  for (let k = 0; k < docs.length; k++) {
    const x = defaultExtractor.extract(docs[k]!, { id: ID, published: rows[k]!.published });
    facts += x.facts.length;
    mentions += x.mentions.length;
  }
  const extractSec = cpuSince(c1);
  const m2 = mainThreadCpu();
  // Second pass: the same articles again, with every per-process memo already filled (a long-running ingest),
  // on copies: what is remembered per sentence object must not count.
  const copies = structuredClone(docs);
  const m3 = mainThreadCpu();
  const c2 = process.cpuUsage();
  for (let k = 0; k < copies.length; k++) defaultExtractor.extract(copies[k]!, { id: ID, published: rows[k]!.published });
  const warmSec = cpuSince(c2);
  const m4 = mainThreadCpu();
  let baselineFacts = 0;
  const c3 = process.cpuUsage();
  for (let k = 0; k < docs.length; k++) baselineFacts += baselineExtractor.extract(docs[k]!, { id: ID, published: rows[k]!.published }).facts.length;
  const baselineSec = cpuSince(c3);

  const n = rows.length;
  const sentences = docs.reduce((m, d) => m + d.sentences.length, 0);
  // What analysis parsed: sentences whose every token has a head.
  const parsed = docs.reduce((m, d) => m + d.sentences.filter((s) => s.tokens.every((t) => t.head !== undefined)).length, 0);
  const rate = (sec: number) => (sec > 0 ? (n / sec).toFixed(1) : '∞');
  // The share of a stage's CPU time spent on V8's helper threads (compiling, collecting), from the main thread's time.
  const helpers = (sec: number, a: number | null, b: number | null) => (a === null || b === null || sec <= 0 ? '' : ` | ${Math.max(0, (100 * (sec - (b - a))) / sec).toFixed(0)}%`);
  const row = (name: string, sec: number, h = '') => `| ${name} | ${sec.toFixed(2)} | ${rate(sec)} | ${((sec * 1000) / n).toFixed(2)}${h} |`;
  const out = [
    '## pipeline',
    '',
    `news-nl-2019: ${n} articles, ${sentences} sentences (${parsed} parsed, as analyzeArticle parses them); one core, no storage, CPU seconds of the process (\`npm run bench -- pipeline\`).`,
    '',
    ...(m0 === null
      ? [
          '| stage | CPU seconds | articles/CPU s | ms/article |',
          '|---|---:|---:|---:|',
          row('analyze (tokenize, tag, parse, NER)', analyzeSec),
          row(`extract (${defaultExtractor.name})`, extractSec),
          row('whole pipeline', analyzeSec + extractSec),
          row(`extract (${defaultExtractor.name}), second pass over copies of the same articles`, warmSec),
          row('extract (baseline, for comparison)', baselineSec),
        ]
      : [
          '| stage | CPU seconds | articles/CPU s | ms/article | on V8 helper threads |',
          '|---|---:|---:|---:|---:|',
          row('analyze (tokenize, tag, parse, NER)', analyzeSec, helpers(analyzeSec, m0, m1)),
          row(`extract (${defaultExtractor.name})`, extractSec, helpers(extractSec, m1, m2)),
          row('whole pipeline', analyzeSec + extractSec, helpers(analyzeSec + extractSec, m0, m2)),
          row(`extract (${defaultExtractor.name}), second pass over copies of the same articles`, warmSec, helpers(warmSec, m3, m4)),
          row('extract (baseline, for comparison)', baselineSec, ' | '),
        ]),
    '',
    `Facts: ${facts} (${(facts / n).toFixed(2)} per article; baseline ${baselineFacts}); mentions: ${mentions}. Target: whole pipeline >= 200 articles/s.`,
    ...(m0 === null ? [] : ['', "On V8 helper threads: the part of the stage's CPU time not spent on the main thread (optimising compilation of functions that got hot or were deoptimised, parallel garbage collection); the first extraction pass pays most of its compilation."]),
  ];

  const profiled = Math.min(n, Number(process.env.SITREP_BENCH_PROFILE ?? 400));
  if (profiled > 0) {
    const ms = await stageTimes(() => {
      for (let k = 0; k < profiled; k++) {
        const doc = analyze(rows[k]!.text, { lang: 'nl' });
        defaultExtractor.extract(doc, { id: ID, published: rows[k]!.published });
      }
    });
    const total = [...ms.values()].reduce((a, b) => a + b, 0);
    const names = [...ORDER, 'garbage collection', 'other'].filter((s) => ms.has(s));
    out.push(
      '',
      `Where the time goes: a sampled V8 profile (0.5 ms interval) of analyze + extract over the first ${profiled} articles, after the passes above (memos filled), CPU time split by sample shares; a stage is the deepest of its entry functions on the stack (places found for actor resolution count as places).`,
      '',
      '| stage | share | CPU ms/article (profiled) |',
      '|---|---:|---:|',
      ...names.map((s) => `| ${s} | ${((100 * ms.get(s)!) / total).toFixed(1)}% | ${(ms.get(s)! / profiled).toFixed(2)} |`),
    );
  }
  return out.join('\n');
}
