import type { Command } from 'commander';
import { dbOption, positiveInt, storeFrom } from '../options.js';
import { action } from '../run.js';

export function register(program: Command): void {
  program
    .command('search')
    .description('Full-text search over stored articles')
    .argument('<query>', 'words to find (all must occur); "quoted phrase"; prefix*')
    .addOption(dbOption())
    .option('--json', 'print JSON')
    .option('--limit <n>', 'how many', positiveInt('limit'), 20)
    .action(
      action(async (query: string, opts: { db?: string; json?: boolean; limit: number }) => {
        const store = storeFrom(opts);
        try {
          const hits = await store.search(query, { limit: opts.limit });
          if (opts.json) {
            process.stdout.write(JSON.stringify(hits, null, 2) + '\n');
            return;
          }
          for (const h of hits) {
            process.stdout.write(`${h.id.slice(0, 12)}  ${(h.published.value ?? 'undated').padEnd(10)}  ${h.snippet.replace(/\s+/g, ' ')}\n`);
          }
          process.stdout.write(`${hits.length} hits\n`);
        } finally {
          await store.close();
        }
      }),
    );
}
