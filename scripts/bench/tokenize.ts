// Tokenizer speed: `npm run build && node dist/scripts/bench/tokenize.js` (also importable: run()).
// Dutch: all articles of ../shared/data/news-nl-2019; English: the sentence texts of UD EWT dev.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Lang } from '../../src/model/index.js';
import { tokenize } from '../../src/nlp/tokenize/index.js';
import { SHARED_DIR } from '../../src/paths.js';

function measure(texts: string[], lang: Lang, rounds: number): { tokens: number; chars: number; tokensPerSecond: number; mbPerSecond: number } {
  let tokens = 0;
  for (const t of texts) for (const s of tokenize(t, lang)) tokens += s.tokens.length; // warm-up
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const t of texts) tokenize(t, lang);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { tokens, chars, tokensPerSecond: (tokens * rounds) / seconds, mbPerSecond: (chars * rounds) / seconds / 1e6 };
}

function time(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

export async function run(): Promise<string> {
  const news = readFileSync(join(SHARED_DIR, 'data', 'news-nl-2019', 'articles.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const ewt = readFileSync(join(SHARED_DIR, 'data', 'ud', 'en', 'en_ewt-ud-dev.conllu'), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('# text = '))
    .map((l) => l.slice(9));
  // EWT as documents of 20 sentences, so per-call overhead is like an article's.
  const ewtDocs: string[] = [];
  for (let i = 0; i < ewt.length; i += 20) ewtDocs.push(ewt.slice(i, i + 20).join(' '));
  const nl = measure(news, 'nl', 5);
  const en = measure(ewtDocs, 'en', 40);
  const longLine = 'x'.repeat(100_000);
  const punct = '('.repeat(50_000) + ')'.repeat(50_000);
  const longSentence = Array.from({ length: 100_000 }, (_, i) => (i % 17 === 0 ? 'Kabul,' : 'woord')).join(' ');
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  return [
    '## Tokenizer (src/nlp/tokenize)',
    '',
    `Command: \`npm run build && node dist/scripts/bench/tokenize.js\`; machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), Node ${process.version}; after a warm-up, 5 rounds (nl) / 40 rounds (en), one process.`,
    '',
    '| input | texts | characters | tokens | tokens/s | MB/s (UTF-16 chars) |',
    '|---|---|---|---|---|---|',
    `| news-nl-2019, all articles (nl) | ${news.length} | ${fmt(nl.chars)} | ${fmt(nl.tokens)} | ${fmt(nl.tokensPerSecond)} | ${nl.mbPerSecond.toFixed(1)} |`,
    `| UD EWT dev texts (en), 20 sentences per text | ${ewtDocs.length} | ${fmt(en.chars)} | ${fmt(en.tokens)} | ${fmt(en.tokensPerSecond)} | ${en.mbPerSecond.toFixed(1)} |`,
    '',
    'Extreme inputs (one call each, ms):',
    '',
    `- 100,000 characters without a space: ${time(() => tokenize(longLine, 'nl')).toFixed(1)} ms`,
    `- 50,000 "(" then 50,000 ")": ${time(() => tokenize(punct, 'nl')).toFixed(1)} ms`,
    `- one sentence of 100,000 words: ${time(() => tokenize(longSentence, 'nl')).toFixed(1)} ms`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) console.log(await run());
