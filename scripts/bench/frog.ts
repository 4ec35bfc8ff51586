// Frog (the Dutch memory-based NLP suite, Debian package `frog` + `frogdata`) as the reference
// for speed and accuracy of sitrep's Dutch pipeline. Frog is slow (~15 s start, ~2 GB RAM), so it is
// run niced, once, on a small sample. Returns null when Frog is not installed.
//
// Run on its own: `npm run build; node dist/scripts/bench/frog.js [articles] [ud-sentences]`
// (defaults 20 and 300); prints the Markdown recorded in docs/bench/frog.md.
// `node dist/scripts/bench/frog.js tokens`: ucto (Frog's tokenizer) vs ours on the UD dev treebanks.
// `node dist/scripts/bench/frog.js accuracy [n]`: only Frog's UPOS/lemma accuracy on n UD sentences.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Lang, Sentence, Token } from '../../src/model/index.js';
import { evaluateSegmenter, evaluateTokenizer, type Segmenter } from '../../src/nlp/tokenize/evaluate.js';
import { SHARED_DIR } from '../../src/paths.js';

export interface FrogMeasurement {
  /** Tokens Frog produced. */
  tokens: number;
  /** Wall-clock seconds of the whole run, start-up included. */
  seconds: number;
  /** Throughput without the start-up (seconds minus startupSeconds). */
  tokensPerSecond: number;
  /** CPU seconds (user + system) of the run, from /usr/bin/time: robust when the machine is shared. */
  cpuSeconds?: number;
  /** Tokens per CPU second without the start-up's CPU time. */
  tokensPerCpuSecond?: number;
  /** Seconds Frog needs to load its models (measured on a one-line text). */
  startupSeconds?: number;
  /** Peak resident memory of the Frog process, from /usr/bin/time. */
  peakRssMb?: number;
}

interface FrogRun {
  output: string;
  seconds: number;
  cpuSeconds?: number;
  peakRssMb?: number;
}

/** Whether the frog binary and its Dutch data are installed. */
export function frogAvailable(): boolean {
  const r = spawnSync('frog', ['--help'], { encoding: 'utf8' });
  return !r.error && existsSync('/usr/share/frog/nld/frog.cfg');
}

/** Runs Frog on one input file (niced), returning its tab-separated output. */
async function runFrog(input: string, args: string[]): Promise<FrogRun> {
  const dir = mkdtempSync(join(os.tmpdir(), 'sitrep-frog-'));
  try {
    const inFile = join(dir, 'in.txt');
    const outFile = join(dir, 'out.tsv');
    const timeFile = join(dir, 'time.txt');
    writeFileSync(inFile, input);
    const frogArgs = ['-t', inFile, '-o', outFile, ...args]; // not --nostdout: it also silences -o
    const timed = existsSync('/usr/bin/time');
    const cmd = timed ? ['/usr/bin/time', '-v', '-o', timeFile, 'frog', ...frogArgs] : ['frog', ...frogArgs];
    const t0 = process.hrtime.bigint();
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      // cwd: Frog writes debug files into the working directory.
      const child = spawn('nice', ['-n', '10', ...cmd], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      child.stderr.on('data', (d: Buffer) => {
        err = (err + d.toString('utf8')).slice(-4000);
      });
      child.on('error', reject);
      child.on('close', (c) => resolve({ code: c, stderr: err }));
    });
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    if (code !== 0) throw new Error(`frog exited with ${code}: ${stderr.slice(-500)}`);
    let peakRssMb: number | undefined;
    let cpuSeconds: number | undefined;
    if (timed && existsSync(timeFile)) {
      const report = readFileSync(timeFile, 'utf8');
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
      if (m) peakRssMb = Math.round(Number(m[1]) / 1024);
      const user = /User time \(seconds\): ([\d.]+)/.exec(report);
      const sys = /System time \(seconds\): ([\d.]+)/.exec(report);
      if (user && sys) cpuSeconds = Number(user[1]) + Number(sys[1]);
    }
    return { output: readFileSync(outFile, 'utf8'), seconds, cpuSeconds, peakRssMb };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const countTokens = (tsv: string): number => tsv.split('\n').filter((l) => l.trim() !== '').length;

/**
 * Frog with its full default pipeline (tokenizer, tagger, lemmatizer, morphology, NER, chunker and
 * dependency parser) on Dutch texts, one after the other in one input (blank line between texts).
 */
export async function frogReference(texts: string[]): Promise<FrogMeasurement | null> {
  if (!frogAvailable()) return null;
  const startup = await runFrog('Start.\n', []);
  const run = await runFrog(texts.join('\n\n') + '\n', []);
  const tokens = countTokens(run.output);
  const processing = Math.max(run.seconds - startup.seconds, 1e-9);
  const cpu = run.cpuSeconds !== undefined && startup.cpuSeconds !== undefined ? run.cpuSeconds - startup.cpuSeconds : undefined;
  return {
    tokens,
    seconds: run.seconds,
    tokensPerSecond: tokens / processing,
    cpuSeconds: run.cpuSeconds,
    tokensPerCpuSecond: cpu && cpu > 0 ? tokens / cpu : undefined,
    startupSeconds: startup.seconds,
    peakRssMb: run.peakRssMb,
  };
}

// ---------------------------------------------------------------------------------------------
// Accuracy reference: Frog's UPOS and lemmas on UD Dutch dev sentences (gold tokenization given).

interface UdWord {
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
}

function readUd(conllu: string): UdWord[][] {
  const out: UdWord[][] = [];
  let cur: UdWord[] = [];
  for (const line of conllu.split('\n')) {
    if (line.trim() === '') {
      if (cur.length) out.push(cur);
      cur = [];
    } else if (!line.startsWith('#')) {
      const c = line.split('\t');
      if (!/^\d+$/.test(c[0]!)) continue;
      cur.push({ form: c[1]!, lemma: c[2]!, upos: c[3]!, xpos: c[4]! });
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

/**
 * CGN tag (as Frog writes it, "WW(pv,tgw,ev)") -> UPOS, learned from UD Dutch files whose
 * XPOS column holds the same CGN tags ("WW|pv|tgw|ev"): the most frequent UPOS per (lemma, tag), per
 * tag, and per main tag, in that order. This keeps the mapping faithful to UD (AUX for "zijn" etc.).
 */
function cgnToUpos(train: UdWord[][]): (tag: string, lemma: string) => string {
  const counts = new Map<string, Map<string, number>>();
  const add = (key: string, upos: string) => {
    let m = counts.get(key);
    if (!m) counts.set(key, (m = new Map()));
    m.set(upos, (m.get(upos) ?? 0) + 1);
  };
  for (const s of train) {
    for (const w of s) {
      const main = w.xpos.split('|')[0]!;
      add(`L:${w.lemma.toLowerCase()}|${main}`, w.upos);
      add(`T:${w.xpos}`, w.upos);
      add(`M:${main}`, w.upos);
    }
  }
  const best = (key: string): string | undefined => {
    const m = counts.get(key);
    if (!m) return undefined;
    return [...m.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  };
  return (tag, lemma) => {
    const m = /^([A-Z]+)\((.*)\)$/.exec(tag);
    const main = m ? m[1]! : tag;
    const xpos = m && m[2] ? `${main}|${m[2].split(',').join('|')}` : main;
    // Lemma-specific first only for the ambiguous main tags (WW: AUX/VERB, VNW: PRON/DET/ADV).
    const byLemma = main === 'WW' || main === 'VNW' ? best(`L:${lemma.toLowerCase()}|${main}`) : undefined;
    return byLemma ?? best(`T:${xpos}`) ?? best(`M:${main}`) ?? 'X';
  };
}

export interface FrogAccuracy {
  sentences: number;
  tokens: number;
  upos: number;
  lemma: number;
  seconds: number;
  /** Sentences left out because Frog's output did not line up with the gold tokens. */
  skipped: number;
}

/**
 * Frog's UPOS and lemma accuracy on the first `limit` sentences of a UD Dutch dev file; the CGN->UPOS
 * mapping is learned from other UD files (`mappingFiles`, which must have CGN tags as XPOS).
 */
export async function frogUdAccuracy(devFile: string, mappingFiles: string[], limit: number): Promise<FrogAccuracy | null> {
  if (!frogAvailable()) return null;
  const dev = readUd(readFileSync(devFile, 'utf8')).slice(0, limit);
  const toUpos = cgnToUpos(mappingFiles.flatMap((f) => readUd(readFileSync(f, 'utf8'))));
  // Gold tokens, one sentence per line; Frog's tokenizer, multiword units, morphology, NER, chunker and parser skipped (not needed for tags and lemmas).
  const input = dev.map((s) => s.map((w) => w.form).join(' ')).join('\n') + '\n';
  const run = await runFrog(input, ['-n', '--skip=mtpnca']);
  const frogSentences = run.output.split(/\n\s*\n/).map((b) => b.split('\n').filter((l) => l.trim()).map((l) => l.split('\t')));
  let tokens = 0;
  let counted = 0;
  let uposOk = 0;
  let lemmaOk = 0;
  const norm = (l: string) => l.toLowerCase().replace(/_/g, '');
  dev.forEach((gold, i) => {
    const got = frogSentences[i];
    if (!got || got.length !== gold.length) return; // Frog re-split the sentence: leave it out
    counted++;
    gold.forEach((w, j) => {
      const row = got[j]!;
      tokens++;
      if (toUpos(row[4] ?? '', row[2] ?? '') === w.upos) uposOk++;
      if (norm(row[2] ?? '') === norm(w.lemma)) lemmaOk++;
    });
  });
  return { sentences: dev.length, tokens, upos: uposOk / tokens, lemma: lemmaOk / tokens, seconds: run.seconds, skipped: dev.length - counted };
}

// ---------------------------------------------------------------------------------------------
// Tokenization reference: ucto (Frog's tokenizer, installed with it) on the same UD documents as ours.

/** ucto as a segmenter: its tokens located in the text (offsets), sentences at its "<utt>" marks. */
export function uctoSegmenter(lang: Lang): Segmenter | null {
  if (spawnSync('ucto', ['-h'], { encoding: 'utf8' }).error) return null;
  const code = lang === 'nl' ? 'nld' : 'eng'; // ucto's language codes
  return (text: string): Sentence[] => {
    const dir = mkdtempSync(join(os.tmpdir(), 'sitrep-ucto-'));
    try {
      const inFile = join(dir, 'in.txt');
      const outFile = join(dir, 'out.txt');
      writeFileSync(inFile, text);
      const r = spawnSync('nice', ['-n', '10', 'ucto', '-L', code, inFile, outFile], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`ucto failed: ${r.stderr.slice(-300)}`);
      const out: Sentence[] = [];
      let tokens: Token[] = [];
      let pos = 0;
      const close = () => {
        if (tokens.length) {
          const start = tokens[0]!.start;
          const end = tokens[tokens.length - 1]!.end;
          out.push({ index: out.length, start, end, text: text.slice(start, end), tokens });
        }
        tokens = [];
      };
      for (const form of readFileSync(outFile, 'utf8').split(/\s+/)) {
        if (!form) continue;
        if (form === '<utt>') {
          close();
          continue;
        }
        // ucto does not change forms (NFC only); look a little ahead in case it dropped something.
        const at = text.indexOf(form, pos);
        if (at < 0 || at - pos > 50) continue;
        tokens.push({ i: tokens.length, form, start: at, end: at + form.length });
        pos = at + form.length;
      }
      close();
      return out;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

/** The first `n` articles of the news sample (title and text), for the speed reference. */
export function newsSample(n: number): string[] {
  const lines = readFileSync(join(SHARED_DIR, 'data', 'news-nl-2019', 'articles.jsonl'), 'utf8').split('\n');
  return lines
    .filter((l) => l.trim())
    .slice(0, n)
    .map((l) => JSON.parse(l) as { title?: string; text: string })
    .map((a) => (a.title ? `${a.title}\n\n${a.text}` : a.text));
}

/** Markdown table: ucto against sitrep's tokenizer on the UD dev treebanks (token and sentence-end F1). */
export function tokenizationTable(): string {
  const rows = ['| file | tokenizer | tokens P / R / F1 | sentence ends P / R / F1 |', '|---|---|---|---|'];
  const p = (x: number) => (x * 100).toFixed(2);
  const files: [string, Lang][] = [['nl/nl_alpino-ud-dev.conllu', 'nl'], ['nl/nl_lassysmall-ud-dev.conllu', 'nl'], ['en/en_ewt-ud-dev.conllu', 'en']];
  for (const [file, lang] of files) {
    const conllu = readFileSync(join(SHARED_DIR, 'data', 'ud', file), 'utf8');
    const ucto = uctoSegmenter(lang);
    const scores: [string, ReturnType<typeof evaluateTokenizer>][] = [['sitrep', evaluateTokenizer(conllu, lang)]];
    if (ucto) scores.push(['ucto (Frog)', evaluateSegmenter(conllu, ucto)]);
    for (const [name, s] of scores) {
      rows.push(`| ${file} | ${name} | ${p(s.tokenPrecision)} / ${p(s.tokenRecall)} / ${p(s.tokenF1)} | ${p(s.sentencePrecision)} / ${p(s.sentenceRecall)} / ${p(s.sentenceF1)} |`);
    }
  }
  return rows.join('\n');
}

/** Markdown lines: Frog's UPOS and lemma accuracy on the first `n` sentences of UD Alpino dev (news). */
async function accuracyReport(n: number): Promise<string> {
  const ud = join(SHARED_DIR, 'data', 'ud', 'nl');
  const mapping = ['nl_lassysmall-ud-dev.conllu', 'nl_lassysmall-ud-test.conllu'].map((f) => join(ud, f));
  const acc = await frogUdAccuracy(join(ud, 'nl_alpino-ud-dev.conllu'), mapping, n);
  if (!acc) return 'Frog is not installed (apt-get install -y frog frogdata).';
  return [
    `Accuracy, first ${acc.sentences} sentences of nl_alpino-ud-dev (news; gold tokens, Frog tagger + lemmatizer):`,
    `- tokens compared: ${acc.tokens} (${acc.skipped} sentences left out: Frog's tokens did not line up)`,
    `- UPOS (CGN tag mapped to UPOS by the XPOS->UPOS counts of LassySmall dev+test): ${(acc.upos * 100).toFixed(1)}%`,
    `- lemma (lower case, "_" removed): ${(acc.lemma * 100).toFixed(1)}%`,
    `- wall time: ${acc.seconds.toFixed(1)} s`,
  ].join('\n');
}

const main = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (main && process.argv[2] === 'tokens') {
  console.log(tokenizationTable());
} else if (main && process.argv[2] === 'accuracy') {
  console.log(await accuracyReport(Number(process.argv[3] ?? 300)));
} else if (main) {
  const articles = Number(process.argv[2] ?? 20);
  const udSentences = Number(process.argv[3] ?? 300);
  const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  console.log(`Machine: ${machine}\n`);
  const speed = await frogReference(newsSample(articles));
  if (!speed) {
    console.log('Frog is not installed (apt-get install -y frog frogdata).');
  } else {
    console.log(`Speed, first ${articles} articles of news-nl-2019, full Frog pipeline with parser (nice -n 10):`);
    console.log(`- tokens: ${speed.tokens}`);
    console.log(`- wall time: ${speed.seconds.toFixed(1)} s, of which start-up ${speed.startupSeconds?.toFixed(1)} s`);
    console.log(`- throughput without start-up: ${speed.tokensPerSecond.toFixed(0)} tokens/s wall clock`);
    console.log(`- CPU time: ${speed.cpuSeconds?.toFixed(1) ?? '?'} s; ${speed.tokensPerCpuSecond?.toFixed(0) ?? '?'} tokens per CPU second without start-up`);
    console.log(`- peak RSS: ${speed.peakRssMb ?? '?'} MB`);
    console.log('\n' + (await accuracyReport(udSentences)));
  }
}
