import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Store } from '../store/index.js';
import { createApp } from './app.js';

export { createApp } from './app.js';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Listens on host:port (port 0 = any free port, for tests) and resolves once listening. */
export function startServer(store: Store, opts: { port: number; host: string }): Promise<RunningServer> {
  const app = createApp(store);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        port: info.port,
        close: () => new Promise((res) => server.close(() => res())),
      });
    });
    server.on('error', reject);
  });
}
