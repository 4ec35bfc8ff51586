import { InputError } from '../model/index.js';
import { SqliteStore } from './sqlite/index.js';
import type { Store } from './types.js';

export type * from './types.js';
export { periodOf, boundOf } from './period.js';

/** The database path: --db, else $SITREP_DB, else ./sitrep.db. */
export function resolveDbPath(flag?: string): string {
  return flag || process.env.SITREP_DB || './sitrep.db';
}

/** Opens the store a location names. Today: a SQLite file path. */
export function openStore(location: string): Store {
  try {
    return new SqliteStore(location);
  } catch (e) {
    throw new InputError(location, `cannot open the database (${(e as Error).message})`);
  }
}
