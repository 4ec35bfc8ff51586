import type { Command } from 'commander';
import { InputError, isAnalysedLang, type Doc, type Lang } from '../../model/index.js';
import { analyze } from '../../nlp/index.js';
import { tokenize } from '../../nlp/tokenize/index.js';
import { findEntities, labelSentences } from '../../nlp/ner/index.js';
import { parseConllLines } from '../../nlp/ner/conll.js';
import { action, readStdin } from '../run.js';

interface Options {
  lang: string;
  inputFormat: string;
}

export function register(program: Command): void {
  program
    .command('ner')
    .description('Named entities (PER, ORG, LOC, MISC) in standard input: CoNLL tokens -> token<TAB>IOB2 tag lines, or raw text -> JSON entities with character offsets')
    .requiredOption('--lang <lang>', 'language: nl or en')
    .option('--input-format <format>', 'conll (one token per line, blank line between sentences) or text', 'text')
    .action(
      action(async (opts: Options) => {
        if (!isAnalysedLang(opts.lang)) throw new InputError('--lang', `unsupported language "${opts.lang}" (expected nl or en)`);
        const lang: Lang = opts.lang;
        if (opts.inputFormat !== 'conll' && opts.inputFormat !== 'text') {
          throw new InputError('--input-format', `unknown format "${opts.inputFormat}" (expected conll or text)`);
        }
        const input = await readStdin();
        if (opts.inputFormat === 'conll') process.stdout.write(nerConll(input, lang));
        else {
          const entities = findEntities(analyzeForEntities(input, lang));
          process.stdout.write('[' + entities.map((e) => '\n  ' + JSON.stringify(e)).join(',') + (entities.length ? '\n' : '') + ']\n');
        }
      }),
    );
}

/**
 * analyze() without its own entity pass. Names need only tokens (and help from tags in English), so
 * when a tagging model fails to load, entities still come from the tokens, with a warning.
 */
function analyzeForEntities(text: string, lang: Lang): Doc {
  try {
    return analyze(text, { lang, entities: false });
  } catch (err) {
    if (err instanceof InputError) throw err;
    process.stderr.write(`sitrep: warning: linguistic analysis failed (${(err as Error).message}); entities from tokens only\n`);
    return { text, lang, sentences: tokenize(text, lang), entities: [] };
  }
}

/**
 * The CoNLL path: every input line gives one output line. Token lines become token<TAB>tag,
 * blank lines stay blank, -DOCSTART- lines pass through unchanged and start a new document.
 */
export function nerConll(input: string, lang: Lang): string {
  const { lines, documents } = parseConllLines(input, 'standard input');
  const tags = new Map<number, string>();
  for (const doc of documents) {
    const labelled = labelSentences(doc.map((s) => s.tokens), lang);
    doc.forEach((s, si) => s.lineNos.forEach((ln, k) => tags.set(ln, labelled[si]![k]!)));
  }
  let out = '';
  lines.forEach((l, ln) => {
    if (l.kind === 'token') out += `${l.token}\t${tags.get(ln)!}\n`;
    else out += l.text + '\n';
  });
  return out;
}
