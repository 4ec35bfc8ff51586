// Benchmark section for the whole pipeline without storage: analyze() + the default extractor over the
// news-nl-2019 development articles (read at bench time; nothing copied). Articles per second on one core,
// split into analysis and extraction so the slow part is visible. SITREP_BENCH_LIMIT=n measures the first n.
import { existsSync, readFileSync } from 'node:fs';
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

export async function run(): Promise<string> {
  const rows = load();
  if (rows.length === 0) return '## pipeline\n\n(news-nl-2019 not found: skipped)';
  // Warm-up: models, gazetteer, actor dictionary and lexicons load once.
  defaultExtractor.extract(analyze(rows[0]!.text, { lang: 'nl' }), { id: ID, published: rows[0]!.published });

  const t0 = process.hrtime.bigint();
  const docs: Doc[] = rows.map((r) => analyze(r.text, { lang: 'nl' }));
  const t1 = process.hrtime.bigint();
  let facts = 0;
  let mentions = 0;
  for (let k = 0; k < docs.length; k++) {
    const x = defaultExtractor.extract(docs[k]!, { id: ID, published: rows[k]!.published });
    facts += x.facts.length;
    mentions += x.mentions.length;
  }
  const t2 = process.hrtime.bigint();
  let baselineFacts = 0;
  for (let k = 0; k < docs.length; k++) baselineFacts += baselineExtractor.extract(docs[k]!, { id: ID, published: rows[k]!.published }).facts.length;
  const t3 = process.hrtime.bigint();

  const s = (a: bigint, b: bigint) => Number(b - a) / 1e9;
  const n = rows.length;
  const sentences = docs.reduce((m, d) => m + d.sentences.length, 0);
  const rate = (sec: number) => (sec > 0 ? (n / sec).toFixed(1) : '∞');
  return [
    '## pipeline',
    '',
    `news-nl-2019: ${n} articles, ${sentences} sentences; one core, no storage (\`npm run bench -- pipeline\`).`,
    '',
    '| stage | seconds | articles/s | ms/article |',
    '|---|---:|---:|---:|',
    `| analyze (tokenize, tag, parse, NER) | ${s(t0, t1).toFixed(2)} | ${rate(s(t0, t1))} | ${((s(t0, t1) * 1000) / n).toFixed(2)} |`,
    `| extract (${defaultExtractor.name}) | ${s(t1, t2).toFixed(2)} | ${rate(s(t1, t2))} | ${((s(t1, t2) * 1000) / n).toFixed(2)} |`,
    `| whole pipeline | ${s(t0, t2).toFixed(2)} | ${rate(s(t0, t2))} | ${((s(t0, t2) * 1000) / n).toFixed(2)} |`,
    `| extract (baseline, for comparison) | ${s(t2, t3).toFixed(2)} | ${rate(s(t2, t3))} | ${((s(t2, t3) * 1000) / n).toFixed(2)} |`,
    '',
    `Facts: ${facts} (${(facts / n).toFixed(2)} per article; baseline ${baselineFacts}); mentions: ${mentions}. Target: whole pipeline >= 200 articles/s.`,
  ].join('\n');
}
