/** Benchmark section for the knowledge layer: gazetteer load, geocoder throughput, findPlaces/findActors speed. */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, SHARED_DIR } from '../../src/paths.js';

/** Loads gazetteer and actor dictionary in a fresh process: time and memory of a cold start. */
function coldLoad(): { gazMs: number; gazCpuMs: number; fuzzyMs: number; actorsMs: number; rssMb: number; heapMb: number; entries: number; actors: number } {
  const mod = pathToFileURL(join(ROOT, 'dist', 'src', 'resolve', 'index.js')).href;
  const code = `
    const before = process.memoryUsage();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const m = await import(${JSON.stringify(mod)});
    const g = m.gazetteer();
    const t1 = performance.now();
    const cpu1 = process.cpuUsage(cpu0);
    const d = m.actorDictionary();
    const t2 = performance.now();
    m.geocode('Kandahaar');
    const t3 = performance.now();
    globalThis.gc?.();
    const after = process.memoryUsage();
    console.log(JSON.stringify({ gazMs: t1 - t0, gazCpuMs: (cpu1.user + cpu1.system) / 1000, fuzzyMs: t3 - t2, actorsMs: t2 - t1, rssMb: after.rss / 2 ** 20, heapMb: (after.heapUsed - before.heapUsed) / 2 ** 20, entries: g.places.length, actors: d.actors.length }));`;
  const out = execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', code], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!);
}

export async function run(): Promise<string> {
  const { geocode, findPlaces, findActors, gazetteer } = await import('../../src/resolve/index.js');
  const { segment } = await import('../../src/nlp/segment.js');
  const runs = [coldLoad(), coldLoad(), coldLoad()].sort((a, b) => a.gazMs - b.gazMs);
  const cold = runs[1]!;

  // Names: every variant of every Afghan unit, plus adjectives, countries and unknown strings.
  const gaz = gazetteer();
  const names: string[] = [];
  for (const p of gaz.places) {
    if (p.country !== 'AFG' || (p.type !== 'admin1' && p.type !== 'admin2')) continue;
    for (const list of Object.values(p.names)) names.push(...list);
  }
  names.push('Afghaanse', 'Tadzjiekse', 'Tajik', 'VS', 'Moskou', 'Xqzwvrtplk', 'Pandsjsjir', 'Kandahaar', 'Noord-Afghanistan');
  geocode('Kabul');
  const N = 200_000;
  let t = performance.now();
  for (let i = 0; i < N; i++) geocode(names[i % names.length]!, { lang: 'nl' });
  const bare = N / ((performance.now() - t) / 1000);
  const context = 'De Taliban rukken op in de provincie Kunduz en in Badakhshan, in het noorden van Afghanistan.';
  t = performance.now();
  for (let i = 0; i < N; i++) geocode(names[i % names.length]!, { lang: 'nl', context });
  const withCtx = N / ((performance.now() - t) / 1000);

  // Sentences of the seed articles (read at bench time, never copied).
  let sentenceRate = '';
  const seeds = join(SHARED_DIR, 'seeds');
  if (existsSync(seeds)) {
    const texts = readdirSync(seeds)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(seeds, f), 'utf8').replace(/^\s*date\s+\S+\s*/, ''));
    const docs = texts.map((text) => ({ text, doc: { sentences: segment(text, 'nl') } }));
    const sentences = docs.reduce((a, d) => a + d.doc.sentences.length, 0);
    const R = 50;
    // Fresh sentence objects per round: findActors remembers its scan per sentence object (findPlaces and the
    // extractor ask for the same sentence), which would otherwise measure a cache instead of the matcher.
    const rounds = () => Array.from({ length: R }, () => docs.map(({ text, doc }) => ({ text, sentences: doc.sentences.map((s) => ({ ...s, tokens: s.tokens.map((x) => ({ ...x })) })) })));
    // CPU seconds of this process: the machine is shared.
    const cpuSec = (c: NodeJS.CpuUsage) => {
      const d = process.cpuUsage(c);
      return (d.user + d.system) / 1e6;
    };
    let copies = rounds();
    let c = process.cpuUsage();
    for (const round of copies) for (const { text, sentences: ss } of round) for (const s of ss) findPlaces(s, 'nl', text);
    const places = (R * sentences) / cpuSec(c);
    copies = rounds();
    c = process.cpuUsage();
    for (const round of copies) for (const { text, sentences: ss } of round) for (const s of ss) findActors(s, 'nl', { context: text });
    const actors = (R * sentences) / cpuSec(c);
    sentenceRate = `| findPlaces (seed sentences, article as context) | ${Math.round(places).toLocaleString('en')} sentences per CPU s |\n| findActors (same) | ${Math.round(actors).toLocaleString('en')} sentences per CPU s |\n`;
  }

  // Coverage proxy: CoNLL-2002 Dutch LOC spans (development set) with at least one gazetteer candidate.
  let coverage = '';
  const conll = join(SHARED_DIR, 'data', 'conll2002', 'ned.testa');
  if (existsSync(conll)) {
    const spans: string[] = [];
    let cur: string[] | null = null;
    for (const line of readFileSync(conll, 'utf8').split('\n')) {
      const [w, , tag] = line.split(' ');
      if (tag === 'B-LOC') {
        if (cur) spans.push(cur.join(' '));
        cur = [w!];
      } else if (tag === 'I-LOC' && cur) cur.push(w!);
      else {
        if (cur) spans.push(cur.join(' '));
        cur = null;
      }
    }
    const hit = spans.filter((sp) => geocode(sp, { lang: 'nl' }).length > 0).length;
    coverage = `| CoNLL-2002 Dutch development set: LOC spans with a candidate (${spans.length} spans; many are streets, buildings, foreign regions) | ${((100 * hit) / spans.length).toFixed(1)}% |`;
  }

  return [
    '## Knowledge: gazetteer, geocoder, actors',
    '',
    `Command: \`npm run bench -- knowledge\` (machine line above; load average ${os.loadavg()[0]!.toFixed(1)} while measuring: the 2 cores are shared, so figures are lower bounds).`,
    '',
    '| measure | value |',
    '| --- | --- |',
    `| gazetteer cold load (fresh process, median of 3; ${cold.entries.toLocaleString('en')} entries, exact index built; includes module import) | ${Math.round(cold.gazMs)} ms wall, ${Math.round(cold.gazCpuMs)} ms CPU |`,
    `| transliteration index, built on the first fuzzy lookup | ${Math.round(cold.fuzzyMs)} ms |`,
    `| actor dictionary load (${cold.actors} actors) | ${Math.round(cold.actorsMs)} ms |`,
    `| process RSS after loading both | ${Math.round(cold.rssMb)} MB |`,
    `| JS heap used by the loaded knowledge | ${Math.round(cold.heapMb)} MB |`,
    `| geocode(), ${names.length.toLocaleString('en')} Afghan name variants cycled, no context | ${Math.round(bare).toLocaleString('en')} lookups/s |`,
    `| geocode() with a one-sentence article context (cached per context) | ${Math.round(withCtx).toLocaleString('en')} lookups/s |`,
    ...(sentenceRate ? [sentenceRate.trimEnd()] : []),
    ...(coverage ? [coverage] : []),
  ].join('\n');
}
