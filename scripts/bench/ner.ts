// `npm run bench` section for named entities: sitrep's Dutch recognizer (load time, tokens/s on one
// core, memory, dev F1 on ned.testa) beside Frog's NER on the same news text and the same dev sentences.
// Run on its own: `npm run build; node dist/scripts/bench/ner.js [articles] [testa-sentences]` (default 20, 300).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SHARED_DIR } from '../../src/paths.js';
import { tokenize } from '../../src/nlp/tokenize/index.js';
import { StatisticalRecognizer } from '../../src/nlp/ner/statistical.js';
import { documents, parseConll, score } from '../../src/nlp/ner/conll.js';
import { frogAvailable, newsSample } from './frog.js';

interface FrogRun {
  output: string;
  seconds: number;
  cpuSeconds?: number;
  peakRssMb?: number;
}

/** Frog (niced, timed by /usr/bin/time) on one input file; its table is read from standard output (`-o` wrote nothing here). */
async function runFrog(input: string, args: string[]): Promise<FrogRun> {
  const dir = mkdtempSync(join(os.tmpdir(), 'sitrep-ner-frog-'));
  try {
    writeFileSync(join(dir, 'in.txt'), input);
    const timed = existsSync('/usr/bin/time');
    const frogArgs = ['-t', join(dir, 'in.txt'), ...args];
    const cmd = timed ? ['/usr/bin/time', '-v', '-o', join(dir, 'time.txt'), 'frog', ...frogArgs] : ['frog', ...frogArgs];
    const t0 = process.hrtime.bigint();
    const chunks: Buffer[] = [];
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn('nice', ['-n', '10', ...cmd], { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'] });
      child.stdout.on('data', (d: Buffer) => chunks.push(d));
      child.on('error', reject);
      child.on('close', resolve);
    });
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    if (code !== 0) throw new Error(`frog exited with ${code}`);
    const run: FrogRun = { output: Buffer.concat(chunks).toString('utf8'), seconds };
    if (timed) {
      const t = readFileSync(join(dir, 'time.txt'), 'utf8');
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(t);
      const user = /User time \(seconds\): ([\d.]+)/.exec(t), sys = /System time \(seconds\): ([\d.]+)/.exec(t);
      if (rss) run.peakRssMb = Math.round(Number(rss[1]) / 1024);
      if (user && sys) run.cpuSeconds = Number(user[1]) + Number(sys[1]);
    }
    return run;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Frog's NER column ("B-per", "I-loc", "B-pro", "B-eve") mapped to CoNLL labels; products and events -> MISC. */
function frogTag(t: string | undefined): string {
  const m = /^([BI])-(\w+)/.exec(t ?? '');
  if (!m) return 'O';
  const type = { per: 'PER', org: 'ORG', loc: 'LOC', misc: 'MISC', pro: 'MISC', eve: 'MISC' }[m[2]!.toLowerCase()] ?? 'MISC';
  return `${m[1]}-${type}`;
}

export async function run(articles = 20, testaSentences = 300): Promise<string> {
  const lines: string[] = ['## Named entities (Dutch)', ''];
  const gcBefore = process.memoryUsage().rss;
  const t0 = process.hrtime.bigint();
  const rec = StatisticalRecognizer.load('nl');
  const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const rssMb = (process.memoryUsage().rss - gcBefore) / 2 ** 20;

  // speed: pre-tokenised news text, labelled article by article (one document each), one core
  const texts = newsSample(200);
  const docs = texts.map((t) => tokenize(t, 'nl').map((s) => s.tokens.map((tok) => tok.form)));
  const tokens = docs.reduce((a, d) => a + d.reduce((b, s) => b + s.length, 0), 0);
  for (const d of docs.slice(0, 20)) rec.label(d); // warm-up
  const rounds = 3;
  const c0 = process.cpuUsage();
  const w0 = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const d of docs) rec.label(d, undefined, false);
  const wall = Number(process.hrtime.bigint() - w0) / 1e9;
  const cpu = process.cpuUsage(c0);
  const cpuSec = (cpu.user + cpu.system) / 1e6;

  // accuracy: ned.testa (dev), conlleval exact spans
  const dev = documents(parseConll(readFileSync(join(SHARED_DIR, 'data', 'conll2002', 'ned.testa'), 'utf8'), 'ned.testa', 'last'));
  const gold = dev.flatMap((d) => d.map((s) => s.tags));
  const pred = dev.flatMap((d) => rec.label(d.map((s) => s.tokens), undefined, false).map((l) => l.tags));
  const f1 = score(gold, pred);

  lines.push(
    `Command: \`npm run bench -- ner\` (or \`node dist/scripts/bench/ner.js\`); machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)} during the run (the machine is shared: wall times rise with the load, CPU-second figures less so).`,
    '',
    '| system | load time | tokens/s (one core) | memory | dev F1 (ned.testa) |',
    '| --- | ---: | ---: | ---: | ---: |',
    `| sitrep NER (two-stage perceptron) | ${loadMs.toFixed(0)} ms | ${Math.round((rounds * tokens) / cpuSec).toLocaleString('en')} per CPU s (${Math.round((rounds * tokens) / wall).toLocaleString('en')} wall) | +${rssMb.toFixed(0)} MB RSS after load | ${f1.overall.f1.toFixed(2)} (all ${gold.length} sentences) |`,
  );

  if (articles > 0 && frogAvailable()) {
    // Frog on the first `articles` articles (tokenizer + tagger + NER; parser, chunker, morphology skipped)
    const sample = texts.slice(0, articles).join('\n\n') + '\n';
    const startup = await runFrog('Start.\n', ['--skip=pcam']);
    const speed = await runFrog(sample, ['--skip=pcam']);
    const frogTokens = speed.output.split('\n').filter((l) => l.trim()).length;
    const frogCpu = (speed.cpuSeconds ?? 0) - (startup.cpuSeconds ?? 0);
    // Frog NER F1 on the first testa sentences, gold tokens one sentence per line
    const sents = dev.flat().slice(0, testaSentences);
    const out = await runFrog(sents.map((s) => s.tokens.join(' ')).join('\n') + '\n', ['-n', '--skip=tpcam']);
    const blocks = out.output.split(/\n\s*\n/).map((b) => b.split('\n').filter((l) => l.trim()).map((l) => l.split('\t')));
    const g: string[][] = [], p: string[][] = [];
    let skipped = 0;
    sents.forEach((s, i) => {
      const b = blocks[i];
      if (!b || b.length !== s.tokens.length) { skipped++; return; }
      g.push(s.tags);
      p.push(b.map((row) => frogTag(row[6])));
    });
    const ours = score(g, dev.flat().slice(0, testaSentences).map((_, i) => pred[i]!).filter((_, i) => blocks[i]?.length === sents[i]!.tokens.length));
    const frogF1 = score(g, p);
    lines.push(
      `| Frog (tokenizer, tagger, NER; \`--skip=pcam\`) | ${startup.seconds.toFixed(1)} s | ${frogCpu > 0 ? Math.round(frogTokens / frogCpu).toLocaleString('en') : '?'} per CPU s (${frogTokens} tokens, ${articles} articles, start-up excluded) | ${speed.peakRssMb ?? '?'} MB peak RSS | ${frogF1.overall.f1.toFixed(2)} (first ${g.length} sentences; sitrep on the same: ${ours.overall.f1.toFixed(2)}) |`,
      '',
      `Frog's labels mapped: per/org/loc as is, pro/eve/misc -> MISC${skipped ? `; ${skipped} sentences left out (Frog re-split them)` : ''}.`,
    );
  } else if (articles > 0) lines.push('', 'Frog is not installed: no reference row (`apt-get install -y frog frogdata`).');
  lines.push('', 'Dev F1 per label (sitrep): ' + Object.entries(f1.perLabel).map(([l, x]) => `${l} ${x.f1.toFixed(2)}`).join(', ') + '.');
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(await run(Number(process.argv[2] ?? 20), Number(process.argv[3] ?? 300)));
}
