import type { Command } from 'commander';
import { InputError, isAnalysedLang, type Doc, type Lang } from '../../model/index.js';
import { analyze, annotateForms } from '../../nlp/index.js';
import { formatFeats, parseConllu, writeConllu } from '../../nlp/conllu.js';
import { action, readStdin } from '../run.js';

interface Options {
  lang: string;
  inputFormat: string;
  outputFormat: string;
}

export function register(program: Command): void {
  program
    .command('parse')
    .description('tag, lemmatize and dependency-parse standard input (text or CoNLL-U) to CoNLL-U or JSON')
    .requiredOption('--lang <lang>', 'language: nl or en')
    .option('--input-format <format>', 'text or conllu (conllu keeps the given sentences and tokens)', 'text')
    .option('--output-format <format>', 'conllu or json', 'conllu')
    .action(
      action(async (opts: Options) => {
        if (!isAnalysedLang(opts.lang)) throw new InputError('--lang', `unsupported language "${opts.lang}" (use nl or en)`);
        if (opts.inputFormat !== 'text' && opts.inputFormat !== 'conllu') {
          throw new InputError('--input-format', `unknown format "${opts.inputFormat}" (use text or conllu)`);
        }
        if (opts.outputFormat !== 'conllu' && opts.outputFormat !== 'json') {
          throw new InputError('--output-format', `unknown format "${opts.outputFormat}" (use conllu or json)`);
        }
        const input = await readStdin();
        const out = opts.inputFormat === 'conllu' ? fromConllu(input, opts.lang, opts.outputFormat) : fromText(input, opts.lang, opts.outputFormat);
        process.stdout.write(out);
      }),
    );
}

const clean = (s: string) => s.replace(/[\t\r\n]/g, ' ');

function fromText(text: string, lang: Lang, format: string): string {
  if (text.trim() === '') return '';
  const doc: Doc = analyze(text, { lang, entities: format === 'json' });
  if (format === 'json') return JSON.stringify(doc) + '\n';
  const lines: string[] = [];
  for (const s of doc.sentences) {
    lines.push(`# sent_id = ${s.index + 1}`, `# text = ${clean(s.text).replace(/\s+/g, ' ')}`);
    s.tokens.forEach((t, i) => {
      const next = s.tokens[i + 1];
      const misc = next && next.start === t.end ? 'SpaceAfter=No' : '_';
      lines.push(
        [i + 1, clean(t.form), clean(t.lemma ?? '_'), t.upos ?? '_', '_', formatFeats(t.feats), (t.head ?? -1) + 1, t.deprel ?? '_', '_', misc].join('\t'),
      );
    });
    lines.push('');
  }
  return lines.join('\n') + (lines.length ? '\n' : '');
}

function fromConllu(input: string, lang: Lang, format: string): string {
  const sentences = parseConllu(input, 'standard input');
  const json: unknown[] = [];
  for (const s of sentences) {
    if (s.words.length === 0) continue;
    const a = annotateForms(s.words.map((w) => w[1]!), lang);
    s.words.forEach((cols, i) => {
      cols[2] = clean(a.lemmas[i]!);
      cols[3] = a.upos[i]!;
      cols[5] = a.feats[i]!;
      cols[6] = String(a.heads[i]! + 1);
      cols[7] = a.deprels[i]!;
    });
    if (format === 'json') {
      const comments = s.lines.filter((l) => l.kind === 'comment').map((l) => (l as { raw: string }).raw);
      json.push({
        comments,
        tokens: s.words.map((cols, i) => ({
          id: Number(cols[0]),
          form: cols[1],
          lemma: a.lemmas[i],
          upos: a.upos[i],
          feats: a.feats[i] === '_' ? {} : Object.fromEntries(a.feats[i]!.split('|').map((kv) => kv.split('=') as [string, string])),
          head: a.heads[i]! + 1,
          deprel: a.deprels[i],
        })),
      });
    }
  }
  if (format === 'json') return json.map((j) => JSON.stringify(j)).join('\n') + (json.length ? '\n' : '');
  return writeConllu(sentences);
}
