import type { Command } from 'commander';
import { findQuantities } from '../../understand/quantity/index.js';
import { action, readStdin } from '../run.js';
import { langOption } from './time.js';

export function register(program: Command): void {
  program
    .command('quantity')
    .description('Find and normalise quantities ("meer dan duizend militairen") in a text; prints JSON')
    .option('--lang <lang>', 'language of the text: nl or en')
    .argument('[text]', 'the text; "-" or none reads standard input')
    .action(
      action(async (text: string | undefined, opts: { lang: string }) => {
        const lang = langOption(opts.lang);
        const input = text === undefined || text === '-' ? await readStdin() : text;
        process.stdout.write(JSON.stringify(findQuantities(input, { lang }), null, 2) + '\n');
      }),
    );
}
