// Output fingerprint for speed work: analyze() + the default extractor over news-nl-2019 (as the pipeline bench reads
// it), a sha256 over the JSON of every doc's analysis (before and after extraction) and its extraction.
//   node dist/scripts/bench/outhash.js [limit]
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DIR } from '../../src/paths.js';
import { analyze } from '../../src/nlp/index.js';
import { defaultExtractor } from '../../src/extract/index.js';
import type { PartialDate } from '../../src/model/index.js';

const limit = Number(process.argv[2] ?? 0);
let rows = readFileSync(join(SHARED_DIR, 'data', 'news-nl-2019', 'articles.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { text?: string; published_at?: string })
  .map((a) => ({ text: a.text ?? '', published: { value: a.published_at?.slice(0, 10) ?? null, precision: a.published_at ? 'day' : 'unknown' } as PartialDate }));
if (limit > 0) rows = rows.slice(0, limit);
const ID = '0'.repeat(32);
const all = createHash('sha256');
const ana = createHash('sha256');
const ext = createHash('sha256');
const c0 = process.cpuUsage();
for (const r of rows) {
  const doc = analyze(r.text, { lang: 'nl' });
  const a = JSON.stringify(doc);
  const x = JSON.stringify(defaultExtractor.extract(doc, { id: ID, published: r.published }));
  const b = JSON.stringify(doc);
  ana.update(a);
  ext.update(x);
  all.update(a).update(x).update(b);
}
const d = process.cpuUsage(c0);
console.log(`articles ${rows.length} analysis ${ana.digest('hex').slice(0, 16)} extraction ${ext.digest('hex').slice(0, 16)} all ${all.digest('hex')} (${((d.user + d.system) / 1e6).toFixed(1)} CPU s)`);
