import type { Command } from 'commander';
import { InputError, isAnalysedLang } from '../../model/index.js';
import { geocode, useGazetteerFiles, type GeoCandidate } from '../../resolve/index.js';
import { action } from '../run.js';

interface Options {
  lang: string;
  context?: string;
  json?: boolean;
  gazetteer?: string[];
  limit: string;
}

/** `sitrep geocode "<name>"`: ranked gazetteer candidates for a place name, best first. */
export function register(program: Command): void {
  program
    .command('geocode')
    .description('Rank gazetteer candidates for a place name (best first)')
    .argument('<name>', 'the place name, adjective or demonym ("Pandsjsjir", "Afghaanse")')
    .option('--lang <lang>', 'language of the name: nl or en', 'nl')
    .option('--context <text>', 'other text of the article, used to rank candidates')
    .option('--json', 'print the candidates as JSON')
    .option('--gazetteer <file...>', 'extra gazetteer file(s) loaded on top (also: SITREP_GAZETTEER)')
    .option('--limit <n>', 'maximum number of candidates', '10')
    .action(
      action((name: string, opts: Options) => {
        if (!isAnalysedLang(opts.lang)) throw new InputError('--lang', `must be nl or en (got "${opts.lang}")`);
        const limit = Number(opts.limit);
        if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new InputError('--limit', `must be a whole number from 1 to 1000 (got "${opts.limit}")`);
        if (!name.trim()) throw new InputError('geocode', 'the place name is empty');
        if (opts.gazetteer?.length) useGazetteerFiles(opts.gazetteer);
        const cands = geocode(name, { lang: opts.lang, context: opts.context, limit });
        process.stdout.write(opts.json ? JSON.stringify(cands, null, 2) + '\n' : table(cands));
      }),
    );
}

function table(cands: GeoCandidate[]): string {
  if (cands.length === 0) return 'no candidates\n';
  const rows = cands.map((c) => [
    c.score.toFixed(3),
    c.id,
    c.name,
    c.featureType,
    c.country ?? '',
    [c.admin1, c.admin2].filter(Boolean).join(' / '),
    c.lat === null ? '' : `${c.lat}, ${c.lon}`,
    String(c.precision),
    c.match ?? '',
  ]);
  const head = ['score', 'id', 'name', 'type', 'country', 'admin1 / admin2', 'lat, lon', 'prec', 'match'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((x, i) => x.padEnd(widths[i]!)).join('  ').trimEnd() + '\n';
  return line(head) + rows.map(line).join('');
}
