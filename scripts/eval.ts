// `npm run eval`: scores the pipeline's current extractor against the gold sets in test/data/gold/ (docs/EVAL.md).
//   node dist/scripts/eval.js [--set NAME]... [--doc REF]... [--json] [--verbose] [--gold DIR] [--extractor default|baseline]
import '../src/nlp/tiering.js'; // V8's tiering for this workload, before any hot code runs
import { ATTRIBUTES, type Attribute, type Counts, type Match, type Rate } from '../src/eval/score.js';
import { GOLD_DIR, EvalDocError, evaluateAll, loadGoldSets, type SetResult } from '../src/eval/run.js';
import { baselineExtractor, defaultExtractor, type Extractor } from '../src/extract/index.js';

const EXTRACTORS: Record<string, Extractor | undefined> = { default: undefined, baseline: baselineExtractor };

const args = process.argv.slice(2);
const sets: string[] = [];
const docs: string[] = [];
let json = false;
let verbose = false;
let dir = GOLD_DIR;
let extractorName = 'default';
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--json') json = true;
  else if (a === '--verbose' || a === '-v') verbose = true;
  else if (a === '--set') sets.push(args[++i] ?? '');
  else if (a === '--doc') docs.push(args[++i] ?? '');
  else if (a === '--gold') dir = args[++i] ?? '';
  else if (a === '--extractor') extractorName = args[++i] ?? '';
  else if (a === '--help' || a === '-h') {
    console.log('usage: npm run eval -- [--set NAME]... [--doc REF]... [--json] [--verbose] [--gold DIR] [--extractor default|baseline]');
    process.exit(0);
  } else {
    console.error(`eval: unknown option ${a}`);
    process.exit(2);
  }
}

if (!(extractorName in EXTRACTORS)) {
  console.error(`eval: unknown extractor ${extractorName} (known: ${Object.keys(EXTRACTORS).join(', ')})`);
  process.exit(2);
}
const extractor = EXTRACTORS[extractorName];
const extractorLabel = (extractor ?? defaultExtractor).name;

let all;
try {
  all = loadGoldSets(dir);
} catch (e) {
  console.error(`eval: ${(e as Error).message}`);
  process.exit(1);
}
const unknown = sets.filter((s) => !all.some((g) => g.name === s));
if (unknown.length) {
  console.error(`eval: no gold set ${unknown.join(', ')} (known: ${all.map((g) => g.name).join(', ')})`);
  process.exit(2);
}
let chosen = sets.length ? all.filter((g) => sets.includes(g.name)) : all;
if (docs.length) {
  // Only these documents (e.g. --doc news-nl-2019:10744633): their gold facts and scope lines.
  const missing = docs.filter((d) => !chosen.some((g) => g.docs.includes(d)));
  if (missing.length) {
    console.error(`eval: no gold for ${missing.join(', ')}`);
    process.exit(2);
  }
  chosen = chosen
    .map((g) => ({ ...g, docs: g.docs.filter((d) => docs.includes(d)), facts: g.facts.filter((f) => docs.includes(f.doc)), scopes: g.scopes.filter((s) => docs.includes(s.doc)) }))
    .filter((g) => g.docs.length);
}
const started = Date.now();
let evaluated;
try {
  evaluated = evaluateAll(chosen, { extractor });
} catch (e) {
  if (!(e instanceof EvalDocError)) throw e;
  console.error(`eval: the pipeline failed on ${e.message}`);
  process.exit(1);
}
const { sets: results, overall } = evaluated;
const seconds = (Date.now() - started) / 1000;

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const rate = (r: Rate) => (r.total ? `${pct(r.rate)}% (${r.right}/${r.total})` : '    -');

type Named = { id?: string | null; name?: string | null; country?: string | null; admin1?: string | null } | null | undefined;
const who = (a: Named) => (a ? (a.id ?? `"${a.name ?? ''}"`) : '-');
const where = (l: Named) => (l ? `${l.country ?? '?'}${l.admin1 ? '/' + l.admin1 : ''}` : '-');

/** "gold … / got …" for one wrong attribute of a match. */
function diff(m: Match, a: Attribute): string {
  const g = m.gold;
  const p = m.pred;
  const actor = p.kind === 'state' ? (p.holder ?? p.actor) : p.kind === 'claim' ? (p.speaker ?? p.actor) : p.actor;
  const places = [p.location, p.place, p.from, p.to].filter(Boolean).map(where).join(',') || '-';
  switch (a) {
    case 'actor':
      return `actor ${who(g.actor)}/${who(actor)}`;
    case 'recipient':
      return `recipient ${who(g.recipient)}/${who(p.recipient)}`;
    case 'country':
    case 'admin1':
      return `${a} ${[g.location, g.from, g.to].filter(Boolean).map(where).join(',')}/${places}`;
    case 'time':
      return `time ${g.time?.value}/${p.time?.value ?? '-'}`;
    case 'modality':
      return `modality ${g.modality}/${p.modality ?? '-'}`;
    case 'mode':
      return `mode ${g.mode}/${p.mode ?? '-'}`;
    case 'quantities':
      return `quantities ${(g.quantities ?? []).map((q) => q.min).join(',')}/${(p.quantities ?? []).map((q) => q.min).join(',') || '-'}`;
  }
}

function countsRow(name: string, c: Counts): string {
  return `| ${name} | ${c.tp + c.fn} | ${c.tp + c.fp} | ${c.tp} | ${pct(c.precision)} | ${pct(c.recall)} | ${pct(c.f1)} |`;
}

function markdown(r: SetResult): string {
  const rep = r.report;
  const lines = [`### ${r.name} (${r.docs} documents, ${r.gold.length} gold facts, ${r.pred.length} predicted)`, ''];
  lines.push('| | gold | predicted | matched | P | R | F1 |', '|---|---:|---:|---:|---:|---:|---:|');
  lines.push(countsRow('**all facts**', rep.overall));
  for (const [k, c] of Object.entries(rep.byKind)) lines.push(countsRow(`kind ${k}`, c!));
  for (const [t, c] of Object.entries(rep.byType)) lines.push(countsRow(t, c));
  lines.push('', '| matched facts: attribute right | all kinds | events |', '|---|---:|---:|');
  for (const a of ATTRIBUTES) lines.push(`| ${a} | ${rate(rep.attributes[a])} | ${rate(rep.eventAttributes[a])} |`);
  const ta = rep.typeAccuracy;
  lines.push('', `Event type accuracy (a predicted event of the gold event's sentence has its type): ${rate(ta.all)}; where sitrep coded an event in the sentence: ${rate(ta.coded)}`);
  if (verbose) {
    lines.push('', 'Per document (gold / predicted / matched):');
    for (const d of [...new Set([...r.gold.map((g) => g.doc), ...r.pred.map((p) => p.doc)])]) {
      const g = r.gold.filter((x) => x.doc === d).length;
      const p = r.pred.filter((x) => x.doc === d).length;
      const m = rep.matches.filter((x) => x.gold.doc === d).length;
      lines.push(`  - ${d}: ${g} / ${p} / ${m}`);
    }
    const conf = Object.entries(rep.confusions);
    if (conf.length) lines.push('', `Type confusions (gold->predicted, same sentence): ${conf.map(([k, n]) => `${k} ${n}`).join(', ')}`);
    lines.push('', 'Missed (gold not found):');
    for (const g of rep.misses) lines.push(`  - ${g.doc} [${g.sentence}] ${g.kind} ${g.type ?? ''}${g.mode ? '/' + g.mode : ''}${g.note ? ' — ' + g.note : ''}`);
    lines.push('', 'False positives (predicted, not in gold):');
    for (const p of rep.falsePositives) lines.push(`  - ${p.doc} [${p.sentence}] ${p.kind} ${p.type}${p.mode ? '/' + p.mode : ''}`);
    lines.push('', 'Matched with a wrong attribute (gold/predicted):');
    for (const m of rep.matches) {
      const wrong = (Object.entries(m.right) as [Attribute, boolean][]).filter(([, ok]) => !ok).map(([a]) => diff(m, a));
      if (wrong.length) lines.push(`  - ${m.gold.doc} [${m.gold.sentence}] ${m.gold.kind} ${m.gold.type ?? ''}: ${wrong.join('; ')}`);
    }
  }
  return lines.join('\n');
}

if (json) {
  const strip = (r: SetResult) => ({
    name: r.name,
    docs: r.docs,
    gold: r.gold.length,
    predicted: r.pred.length,
    overall: r.report.overall,
    byKind: r.report.byKind,
    byType: r.report.byType,
    attributes: r.report.attributes,
    eventAttributes: r.report.eventAttributes,
    confusions: r.report.confusions,
    typeAccuracy: r.report.typeAccuracy,
    ...(verbose
      ? {
          misses: r.report.misses.map((g) => ({ doc: g.doc, sentence: g.sentence, kind: g.kind, type: g.type, mode: g.mode })),
          falsePositives: r.report.falsePositives.map((p) => ({ doc: p.doc, sentence: p.sentence, kind: p.kind, type: p.type, mode: p.mode ?? null })),
        }
      : {}),
  });
  console.log(JSON.stringify({ extractor: extractorLabel, date: new Date().toISOString(), seconds, sets: results.map(strip), overall: strip(overall) }, null, 2));
} else {
  console.log(`Extractor: ${extractorLabel}; ${new Date().toISOString().slice(0, 10)}; ${seconds.toFixed(1)} s\n`);
  for (const r of results) console.log(markdown(r) + '\n');
  if (results.length > 1) console.log(markdown(overall));
}
