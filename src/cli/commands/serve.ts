import type { Command } from 'commander';
import { startServer } from '../../server/index.js';
import { addKnowledgeOptions, applyKnowledgeOptions, dbOption, positiveInt, storeFrom } from '../options.js';
import { action } from '../run.js';

export function register(program: Command): void {
  const cmd = program
    .command('serve')
    .description('Serve the HTTP API and the web page (127.0.0.1 by default)')
    .addOption(dbOption())
    .option('--port <port>', 'port', positiveInt('port'), 8080)
    .option('--host <host>', 'interface to listen on', '127.0.0.1');
  addKnowledgeOptions(cmd).action(
      action(async (opts: { db?: string; port: number; host: string; gazetteer?: string[]; actors?: string[] }) => {
        applyKnowledgeOptions(opts);
        const store = storeFrom(opts);
        const server = await startServer(store, { port: opts.port, host: opts.host });
        process.stdout.write(`sitrep serving on ${server.url}\n`);
        const stop = async () => {
          await server.close();
          await store.close();
          process.exit(0);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      }),
    );
}
