import type { Command } from 'commander';
import { InputError, isAnalysedLang, type PartialDate } from '../../model/index.js';
import { parseRefValue } from '../../understand/time/calendar.js';
import { findTimes } from '../../understand/time/index.js';
import { action, readStdin } from '../run.js';

/** Validates --lang for the time and quantity commands. */
export function langOption(lang: unknown): 'nl' | 'en' {
  if (typeof lang !== 'string' || !isAnalysedLang(lang)) throw new InputError('--lang', `expected "nl" or "en", got ${JSON.stringify(lang ?? null)}`);
  return lang;
}

function refOption(ref: unknown): PartialDate {
  if (typeof ref !== 'string') throw new InputError('--ref', 'missing: give the article date as YYYY-MM-DD or YYYY-MM');
  const r = parseRefValue(ref);
  if (!r) throw new InputError('--ref', `"${ref}" is not a real date in the form YYYY-MM-DD, YYYY-MM or YYYY`);
  return { value: r.value, precision: r.precision };
}

export function register(program: Command): void {
  program
    .command('time')
    .description('Find and normalise the temporal expressions in a text; prints JSON')
    .option('--lang <lang>', 'language of the text: nl or en')
    .option('--ref <date>', 'reference (publication) date: YYYY-MM-DD or YYYY-MM (precision follows the form)')
    .argument('[text]', 'the text; "-" or none reads standard input')
    .action(
      action(async (text: string | undefined, opts: { lang: string; ref: string }) => {
        const lang = langOption(opts.lang);
        const ref = refOption(opts.ref);
        const input = text === undefined || text === '-' ? await readStdin() : text;
        process.stdout.write(JSON.stringify(findTimes(input, { lang, ref }), null, 2) + '\n');
      }),
    );
}
