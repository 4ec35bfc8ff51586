import type { Command } from 'commander';
import * as ingest from './ingest.js';
import * as articles from './articles.js';
import * as search from './search.js';
import * as events from './events.js';
import * as exportCmd from './export.js';
import * as serve from './serve.js';
import * as parse from './parse.js';
import * as ner from './ner.js';
import * as geocode from './geocode.js';
import * as time from './time.js';
import * as quantity from './quantity.js';
import * as extract from './extract.js';

/** Every `sitrep` subcommand; each module registers one command on the program. */
export const commands: { register(program: Command): void }[] = [
  ingest,
  articles,
  search,
  events,
  exportCmd,
  serve,
  parse,
  ner,
  geocode,
  time,
  quantity,
  extract,
];
