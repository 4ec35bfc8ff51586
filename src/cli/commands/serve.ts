import type { Command } from 'commander';
import { startServer } from '../../server/index.js';
import { dbOption, positiveInt, storeFrom } from '../options.js';
import { action } from '../run.js';

export function register(program: Command): void {
  program
    .command('serve')
    .description('Serve the HTTP API and the web page (127.0.0.1 by default)')
    .addOption(dbOption())
    .option('--port <port>', 'port', positiveInt('port'), 8080)
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .action(
      action(async (opts: { db?: string; port: number; host: string }) => {
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
