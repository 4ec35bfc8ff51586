import type { Command } from 'commander';
import { placeOf } from '../../export/index.js';
import type { Fact } from '../../model/index.js';
import { addFactFilters, dbOption, factFilterFrom, positiveInt, storeFrom } from '../options.js';
import { action } from '../run.js';

function line(f: Fact & { id: number }): string {
  const actor = f.kind === 'claim' ? (f.speaker ?? f.actor) : f.kind === 'state' ? (f.holder ?? f.actor) : f.actor;
  const place = placeOf(f);
  const who = [actor?.name, f.recipient?.name].filter(Boolean).join(' -> ') || '?';
  const when = f.time?.value ? `${f.time.value} (${f.time.precision})` : 'undated';
  const where = place ? `${place.name}${place.country ? ', ' + place.country : ''}` : '?';
  const sentence = f.source.text.length > 100 ? f.source.text.slice(0, 97) + '...' : f.source.text;
  return `#${f.id}  ${when}  ${f.kind}/${f.type}  ${who}  @ ${where}  [${f.modality}]\n      "${sentence}"  (${f.source.article.slice(0, 12)}, sentence ${f.source.sentence})`;
}

export function register(program: Command): void {
  const cmd = program
    .command('events')
    .description('List extracted facts (events, claims, movements, control states) with their source sentence')
    .addOption(dbOption())
    .option('--json', 'print JSON (one array of facts, each with provenance)')
    .option('--limit <n>', 'how many', positiveInt('limit'), 100)
    .option('--offset <n>', 'skip this many', positiveInt('offset'), 0);
  addFactFilters(cmd).action(
    action(async (opts: Record<string, unknown> & { db?: string; json?: boolean; limit: number; offset: number }) => {
      const store = storeFrom(opts);
      try {
        const { total, items } = await store.facts({ ...factFilterFrom(opts), limit: opts.limit, offset: opts.offset });
        if (opts.json) {
          process.stdout.write(JSON.stringify(items, null, 2) + '\n');
          return;
        }
        for (const f of items) process.stdout.write(line(f) + '\n');
        process.stdout.write(`${items.length} of ${total} facts\n`);
      } finally {
        await store.close();
      }
    }),
  );
}
