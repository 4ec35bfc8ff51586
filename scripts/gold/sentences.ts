// Prints a gold document's sentences with their indices, as sitrep's sentence splitter splits them,
// for annotating (terminal only: never commit the output).
//   node dist/scripts/gold/sentences.js seeds/000_de90a0954e0141cc.txt news-nl-2019:10593548 gold-en/x.txt
//   node dist/scripts/gold/sentences.js --grep 'aanval|gearresteerd'   (lists news-nl-2019 ids and titles whose text matches)
import { readFileSync } from 'node:fs';
import { loadDocument, DEFAULT_ROOTS } from '../../src/eval/docs.js';
import { tokenize } from '../../src/nlp/tokenize/index.js';
import { isAnalysedLang } from '../../src/model/index.js';

const args = process.argv.slice(2);
if (args[0] === '--grep') {
  const re = new RegExp(args[1]!, 'giu');
  const rows: [number, string, string][] = [];
  for (const line of readFileSync(DEFAULT_ROOTS.newsNl, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { id: number; title: string; text: string; published_at: string };
    const n = (o.text.match(re) ?? []).length;
    if (n) rows.push([n, `news-nl-2019:${o.id}`, `${o.published_at} ${o.title}`]);
  }
  rows.sort((a, b) => b[0] - a[0]);
  for (const [n, ref, t] of rows.slice(0, Number(args[2] ?? 40))) console.log(`${String(n).padStart(3)} ${ref.padEnd(24)} ${t}`);
} else {
  for (const ref of args) {
    const a = loadDocument(ref);
    console.log(`== ${ref} (${a.lang}, ${a.published.value} ${a.published.precision}) ${a.title ?? ''}`);
    if (!isAnalysedLang(a.lang)) continue;
    for (const s of tokenize(a.text, a.lang)) console.log(`[${s.index}] ${s.text}`);
  }
}
