// `npm start`: build if the sources changed, ingest examples/ into ./sitrep.db, and serve on
// http://127.0.0.1:8080 (SITREP_PORT, SITREP_DB override). Plain JS so it runs before any build.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const main = join(root, 'dist/src/cli/main.js');

function newestMtime(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

if (!existsSync(main) || newestMtime(join(root, 'src')) > statSync(main).mtimeMs) {
  console.log('sitrep: building…');
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.json')], { stdio: 'inherit' });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
}

const db = process.env.SITREP_DB || join(root, 'sitrep.db');
const port = process.env.SITREP_PORT || '8080';
const ingest = spawnSync(process.execPath, [main, 'ingest', join(root, 'examples'), '--db', db], { stdio: 'inherit' });
if (ingest.status !== 0) process.exit(ingest.status ?? 1);
const server = spawn(process.execPath, [main, 'serve', '--db', db, '--port', port], { stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
