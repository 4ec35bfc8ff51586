// Benchmark of the linguistic core (tokenize + tag + lemmatize + parse) over the Dutch news corpus,
// with Frog as the reference. `npm run bench -- nlp`; figures go to docs/BENCHMARKS.md.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateSentences } from '../../src/nlp/index.js';
import { pipeline } from '../../src/nlp/pipeline.js';
import { tokenize } from '../../src/nlp/tokenize/index.js';
import { MODELS_DIR, SHARED_DIR } from '../../src/paths.js';
import { frogReference } from './frog.js';

function articles(): string[] {
  const file = join(SHARED_DIR, 'data', 'news-nl-2019', 'articles.jsonl');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { title?: string; text?: string })
    .map((a) => `${a.title ?? ''}\n\n${a.text ?? ''}`);
}

function devScores(lang: 'nl' | 'en'): string {
  const f = join(MODELS_DIR, lang, 'scores.json');
  if (!existsSync(f)) return `| ${lang} | (no scores.json: run npm run train:${lang}) |||||||`;
  const s = JSON.parse(readFileSync(f, 'utf8')) as { dev: Record<string, string | number> };
  const d = s.dev;
  return `| ${lang} | ${d.words} | ${d.UPOS} | ${d.UFeats} | ${d.Lemma} | ${d['Lemma (ignoring _)']} | ${d.UAS} | ${d.LAS} |`;
}

export async function run(): Promise<string> {
  const texts = articles();
  const t0 = performance.now();
  pipeline('nl');
  const loadMs = performance.now() - t0;

  // Warm-up on a few articles, then the timed pass over all of them (one process, one thread).
  for (const t of texts.slice(0, 20)) annotateSentences(tokenize(t, 'nl'), 'nl');
  let tokens = 0;
  let sentences = 0;
  const t1 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const t of texts) {
    const s = tokenize(t, 'nl');
    annotateSentences(s, 'nl');
    sentences += s.length;
    for (const x of s) tokens += x.tokens.length;
  }
  const secs = (performance.now() - t1) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  const rssMb = process.resourceUsage().maxRSS / 1024;

  const lines = [
    '## nlp: tokenize + tag + lemmatize + parse (Dutch)',
    '',
    `Command: \`npm run bench -- nlp\` (single process, one thread; machine shared, so CPU time is the steadier figure).`,
    '',
    '| what | value |',
    '| --- | --- |',
    `| corpus | news-nl-2019: ${texts.length} articles, ${sentences} sentences, ${tokens} tokens |`,
    `| tokens/s (wall clock) | ${Math.round(tokens / secs).toLocaleString('en')} |`,
    `| tokens/s (per CPU second) | ${Math.round(tokens / cpuSecs).toLocaleString('en')} |`,
    `| model load (nl, cold) | ${loadMs.toFixed(0)} ms |`,
    `| peak RSS of the process | ${rssMb.toFixed(0)} MB |`,
  ];

  // Frog on a sample of the same articles (it is ~1000x slower; SITREP_BENCH_NO_FROG=1 skips it,
  // docs/bench/frog.md has a recorded run).
  const sample = texts.slice(0, 20);
  const frog = process.env.SITREP_BENCH_NO_FROG ? undefined : await frogReference(sample);
  if (frog === undefined) lines.push('| Frog | skipped (SITREP_BENCH_NO_FROG); recorded: 153 tokens per CPU second, 1.9 GB, docs/bench/frog.md |');
  else if (frog) {
    lines.push(
      `| Frog (same corpus, first 20 articles) | ${Math.round(frog.tokensPerSecond)} tokens/s wall clock` +
        (frog.tokensPerCpuSecond ? `, ${Math.round(frog.tokensPerCpuSecond)} per CPU second` : '') +
        (frog.peakRssMb ? `, peak RSS ${Math.round(frog.peakRssMb)} MB` : '') +
        (frog.startupSeconds ? `, start-up ${frog.startupSeconds.toFixed(1)} s` : '') +
        ' |',
    );
  } else lines.push('| Frog | not installed (Debian package `frog`) |');

  lines.push(
    '',
    'Dev accuracy with gold tokenization (own held-out split of the UD data, current-convention sentences;',
    'produced by `npm run train:nl` / `npm run train:en`, LAS over universal relations as in the CoNLL 2018 evaluation):',
    '',
    '| lang | words | UPOS | UFeats | Lemma | Lemma (ignoring _) | UAS | LAS |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    devScores('nl'),
    devScores('en'),
  );
  return lines.join('\n');
}
