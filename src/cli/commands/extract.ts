import { Option, type Command } from 'commander';
import { extract } from '../../extract/index.js';
import { readInputs, toArticle, type RawArticle, type ReadResult } from '../../ingest/index.js';
import { readText } from '../../ingest/formats/text.js';
import { parsePublished } from '../../ingest/index.js';
import { InputError, isAnalysedLang, type Fact, type PartialDate } from '../../model/index.js';
import { analyze } from '../../nlp/index.js';
import { action, readStdin } from '../run.js';

interface Options {
  lang: 'auto' | 'nl' | 'en';
  date?: PartialDate;
}

function dateOption(value: string): PartialDate {
  const date = /^\d{4}-\d{2}(-\d{2})?$/.test(value) ? parsePublished(value) : null;
  if (!date) throw new InputError('--date', `expected YYYY-MM-DD or YYYY-MM, got '${value}'`);
  return date;
}

function langOption(value: string): Options['lang'] {
  if (value !== 'auto' && value !== 'nl' && value !== 'en') throw new InputError('--lang', `expected auto, nl or en, got '${value}'`);
  return value;
}

/** The fields every fact line starts with, in the documented order (docs/SCHEMA.md); kind-specific fields follow. */
const COMMON = ['kind', 'type', 'mode', 'acled', 'cameo', 'actor', 'recipient', 'location', 'time', 'quantities', 'modality', 'source', 'confidence'] as const;

export function factLine(f: Fact): string {
  const out: Record<string, unknown> = {};
  for (const k of COMMON) out[k] = f[k];
  for (const [k, v] of Object.entries(f)) if (!(k in out) && v !== undefined) out[k] = v;
  return JSON.stringify(out);
}

/**
 * Facts of one article as JSON lines. An article in a language sitrep does not analyse gives no facts
 * and a note (it is not an error: a batch may mix languages).
 */
function extractOne(raw: RawArticle, opts: Options): { lines: string[]; note: string | null } {
  const given: RawArticle = {
    ...raw,
    published: opts.date ?? raw.published,
    lang: opts.lang === 'auto' ? raw.lang : opts.lang,
  };
  const article = toArticle(given);
  if (!isAnalysedLang(article.lang)) {
    const why = article.lang === 'und' ? 'language could not be detected (use --lang nl or --lang en)' : `language '${article.lang}' is not analysed (nl, en)`;
    return { lines: [], note: `${raw.source}: ${why}; no facts` };
  }
  const doc = analyze(article.text, { lang: article.lang });
  const { facts } = extract(doc, { id: article.id, published: article.published });
  return { lines: facts.map(factLine), note: null };
}

export function register(program: Command): void {
  program
    .command('extract')
    .description(
      'Extract facts (events, claims, movements, control states) from articles and write them as JSON lines, one fact per line (docs/SCHEMA.md). Reads standard input (text, optionally starting with a " date YYYY-MM " line) when no file is given; no storage.',
    )
    .argument('[files...]', 'article files (text/Markdown with an optional date line, JSON lines, HTML, RSS/Atom) or directories')
    .addOption(new Option('--lang <lang>', 'language of the input: auto (detected), nl or en').argParser(langOption).default('auto'))
    .option('--date <date>', "publication date YYYY-MM-DD or YYYY-MM (overrides the input's date line)", dateOption)
    .action(
      action(async (files: string[], opts: Options) => {
        const results: AsyncIterable<ReadResult> | ReadResult[] = files.length ? readInputs(files) : readText(await readStdin(), 'standard input');
        let failed = 0;
        for await (const r of results) {
          if (!r.ok) {
            process.stderr.write(`sitrep: ${r.where}: ${r.problem}\n`);
            failed++;
            continue;
          }
          const { lines, note } = extractOne(r.article, opts);
          if (note) process.stderr.write(`sitrep: note: ${note}\n`);
          if (lines.length) process.stdout.write(lines.join('\n') + '\n');
        }
        if (failed > 0) process.exitCode = 2;
      }),
    );
}
