import { Option, type Command } from 'commander';
import { InputError } from '../model/index.js';
import { parsePublished } from '../ingest/index.js';
import { useActorFiles, useGazetteerFiles } from '../resolve/index.js';
import { openStore, resolveDbPath, type FactFilter, type Store } from '../store/index.js';

export const dbOption = () => new Option('--db <path>', 'SQLite database file (default: $SITREP_DB or ./sitrep.db)');

export function storeFrom(opts: { db?: string }): Store {
  return openStore(resolveDbPath(opts.db));
}

export function positiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new InputError(`--${name}`, `expected a whole number, got '${value}'`);
    return n;
  };
}

function dateBound(name: string) {
  return (value: string): string => {
    if (!parsePublished(value) || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) {
      throw new InputError(`--${name}`, `expected YYYY, YYYY-MM or YYYY-MM-DD, got '${value}'`);
    }
    return value;
  };
}

/** The filter options shared by `events` and `export`. */
export function addFactFilters(cmd: Command): Command {
  return cmd
    .option('--since <date>', 'facts on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)', dateBound('since'))
    .option('--until <date>', 'facts on or before this date', dateBound('until'))
    .option('--place <name>', 'facts at a place (name, province, district or ISO3 country code)')
    .option('--actor <name>', 'facts with this actor or recipient (name or id)')
    .addOption(new Option('--kind <kind>', 'only this kind of fact').choices(['event', 'claim', 'movement', 'state']))
    .option('--type <type>', 'only this PLOVER type (e.g. ASSAULT, COERCE) or CONTROL');
}

export function factFilterFrom(opts: Record<string, unknown>): FactFilter {
  return {
    since: opts.since as string | undefined,
    until: opts.until as string | undefined,
    place: opts.place as string | undefined,
    actor: opts.actor as string | undefined,
    kind: opts.kind as FactFilter['kind'],
    type: opts.type as string | undefined,
  };
}

/** `--gazetteer` and `--actors`: user knowledge files loaded on top of the shipped ones (also SITREP_GAZETTEER, SITREP_ACTORS). */
export function addKnowledgeOptions(cmd: Command): Command {
  return cmd
    .option('--gazetteer <file...>', 'extra gazetteer file(s) loaded on top of the shipped one (also: SITREP_GAZETTEER)')
    .option('--actors <file...>', 'extra actor dictionary file(s) (also: SITREP_ACTORS)');
}

/** Loads and validates user knowledge files now, so a malformed file fails before any work is done. */
export function applyKnowledgeOptions(opts: { gazetteer?: string[]; actors?: string[] }): void {
  if (opts.gazetteer?.length) useGazetteerFiles(opts.gazetteer);
  if (opts.actors?.length) useActorFiles(opts.actors);
}
