import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { readInputs, type ReadResult } from '../../ingest/index.js';
import { ingestAll } from '../../pipeline/index.js';
import { addKnowledgeOptions, applyKnowledgeOptions, dbOption, storeFrom } from '../options.js';
import { action } from '../run.js';

export function register(program: Command): void {
  const cmd = program
    .command('ingest')
    .description('Read articles (text, Markdown, JSON lines, HTML, RSS/Atom; directories recurse), analyse and store them')
    .argument('<paths...>', 'files or directories')
    .addOption(dbOption())
    .option('--json', 'print the summary as JSON');
  addKnowledgeOptions(cmd).action(
      action(async (paths: string[], opts: { db?: string; json?: boolean; gazetteer?: string[]; actors?: string[] }) => {
        applyKnowledgeOptions(opts);
        const store = storeFrom(opts);
        try {
          const results: ReadResult[] = [];
          for await (const r of readInputs(paths)) results.push(r);
          const bar =
            process.stderr.isTTY && results.length > 1
              ? new cliProgress.SingleBar(
                  { stream: process.stderr, format: 'ingest [{bar}] {value}/{total} articles', hideCursor: true, clearOnComplete: true },
                  cliProgress.Presets.shades_classic,
                )
              : null;
          const summary = await ingestAll(store, results, {
            onStart: (total) => bar?.start(total, 0),
            onArticle: () => bar?.increment(),
          });
          bar?.stop();
          for (const f of summary.failures) process.stderr.write(`sitrep: ${f.where}: ${f.problem}\n`);
          if (opts.json) {
            process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
          } else {
            process.stdout.write(
              `${summary.new} new, ${summary.duplicate} already known, ${summary.failed} failed; ${summary.facts} facts extracted\n`,
            );
          }
          if (summary.failed > 0) process.exitCode = 1;
        } finally {
          await store.close();
        }
      }),
    );
}
