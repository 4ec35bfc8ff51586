import type { Command } from 'commander';
import { dbOption, positiveInt, storeFrom } from '../options.js';
import { action } from '../run.js';

export function register(program: Command): void {
  program
    .command('articles')
    .description('List stored articles, newest first')
    .addOption(dbOption())
    .option('--json', 'print JSON')
    .option('--limit <n>', 'how many', positiveInt('limit'), 50)
    .option('--offset <n>', 'skip this many', positiveInt('offset'), 0)
    .action(
      action(async (opts: { db?: string; json?: boolean; limit: number; offset: number }) => {
        const store = storeFrom(opts);
        try {
          const { total, items } = await store.listArticles({ limit: opts.limit, offset: opts.offset });
          if (opts.json) {
            process.stdout.write(JSON.stringify({ total, items }, null, 2) + '\n');
            return;
          }
          for (const a of items) {
            const title = a.title ?? a.snippet.replace(/\s+/g, ' ').slice(0, 70);
            process.stdout.write(`${a.id.slice(0, 12)}  ${(a.published.value ?? 'undated').padEnd(10)}  ${a.lang.padEnd(3)}  ${String(a.factCount).padStart(3)} facts  ${title}\n`);
          }
          process.stdout.write(`${items.length} of ${total} articles\n`);
        } finally {
          await store.close();
        }
      }),
    );
}
