import { writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { EXPORT_FORMATS, toCsv, toGeoJson, toJsonl, type ExportFormat } from '../../export/index.js';
import type { Fact } from '../../model/index.js';
import { addFactFilters, dbOption, factFilterFrom, storeFrom } from '../options.js';
import { action } from '../run.js';

const PAGE = 1000;

export function register(program: Command): void {
  const cmd = program
    .command('export')
    .description('Export facts as ACLED-style CSV, JSON lines or GeoJSON')
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).makeOptionMandatory())
    .option('--out <file>', 'write to a file instead of standard output')
    .addOption(dbOption());
  addFactFilters(cmd).action(
    action(async (opts: Record<string, unknown> & { db?: string; format: ExportFormat; out?: string }) => {
      const store = storeFrom(opts);
      try {
        const filter = factFilterFrom(opts);
        const facts: Fact[] = [];
        for (let offset = 0; ; offset += PAGE) {
          const { items } = await store.facts({ ...filter, limit: PAGE, offset });
          facts.push(...items.map(({ id: _id, ...f }) => f as Fact));
          if (items.length < PAGE) break;
        }
        const sources = await store.articleSources(facts.map((f) => f.source.article));
        const body = opts.format === 'csv' ? toCsv(facts, sources) : opts.format === 'jsonl' ? toJsonl(facts) : toGeoJson(facts, sources);
        if (opts.out) await writeFile(opts.out, body);
        else process.stdout.write(body);
      } finally {
        await store.close();
      }
    }),
  );
}
