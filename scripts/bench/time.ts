// Benchmark section for time and quantity understanding: MB/s of findTimes + findQuantities over
// the news-nl-2019 development articles (read at bench time; nothing copied).
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { SHARED_DIR } from '../../src/paths.js';
import { findTimes } from '../../src/understand/time/index.js';
import { findQuantities } from '../../src/understand/quantity/index.js';
import type { PartialDate } from '../../src/model/index.js';

interface Row {
  text: string;
  ref: PartialDate;
}

function load(): Row[] {
  const file = join(SHARED_DIR, 'data', 'news-nl-2019', 'articles.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { text: string; published_at?: string })
    .map((a) => ({ text: a.text ?? '', ref: { value: a.published_at?.slice(0, 10) ?? null, precision: a.published_at ? 'day' : 'unknown' } as PartialDate }));
}

/** Splits like the extractor will call us: per sentence. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[\p{Lu}"'‘“(\d])/u);
}

export async function run(): Promise<string> {
  const rows = load();
  if (rows.length === 0) return '## time\n\n(news-nl-2019 not found: skipped)';
  const bytes = rows.reduce((n, r) => n + Buffer.byteLength(r.text), 0);
  const perSentence = rows.map((r) => ({ ref: r.ref, parts: sentences(r.text) }));
  const measure = (fn: () => number): [number, number] => {
    fn(); // warm-up: compiles the patterns
    const t0 = process.hrtime.bigint();
    const found = fn();
    return [Number(process.hrtime.bigint() - t0) / 1e9, found];
  };
  const [tAlone, nAlone] = measure(() => {
    let n = 0;
    for (const r of perSentence) for (const s of r.parts) n += findQuantities(s, { lang: 'nl' }).length;
    return n;
  });
  const [tWhole, nWhole] = measure(() => {
    let n = 0;
    for (const r of rows) {
      const times = findTimes(r.text, { lang: 'nl', ref: r.ref });
      n += times.length + findQuantities(r.text, { lang: 'nl', times }).length;
    }
    return n;
  });
  const [tSent, nSent] = measure(() => {
    let n = 0;
    for (const r of perSentence)
      for (const s of r.parts) {
        const times = findTimes(s, { lang: 'nl', ref: r.ref });
        n += times.length + findQuantities(s, { lang: 'nl', times }).length;
      }
    return n;
  });
  const mb = bytes / 1e6;
  return [
    '## time (time and quantity understanding)',
    '',
    `Command: \`npm run bench -- time\`. Input: news-nl-2019 (${rows.length} articles, ${mb.toFixed(2)} MB UTF-8). Machine: see the header (2 cores shared).`,
    '',
    `Load average at the start: ${os.loadavg()[0].toFixed(1)} (other engineers share the machine; figures vary with it).`,
    '',
    '| mode | seconds | MB/s | expressions found |',
    '|---|---|---|---|',
    `| whole article: findTimes, then findQuantities reusing the times | ${tWhole.toFixed(2)} | ${(mb / tWhole).toFixed(2)} | ${nWhole} |`,
    `| per sentence: findQuantities alone (runs its own time pass to exclude dates) | ${tAlone.toFixed(2)} | ${(mb / tAlone).toFixed(2)} | ${nAlone} |`,
    `| per sentence (as the extractor calls them): findTimes, then findQuantities reusing the times | ${tSent.toFixed(2)} | ${(mb / tSent).toFixed(2)} | ${nSent} |`,
  ].join('\n');
}
