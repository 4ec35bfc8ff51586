import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, SHARED_DIR } from '../src/paths.js';

export const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
export const SEEDS_DIR = join(SHARED_DIR, 'seeds');

export function tempDir(prefix = 'sitrep-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Runs the real CLI as a user would, and returns its exit code and output. */
export function sitrep(args: string[], opts: { input?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    input: opts.input,
    encoding: 'utf8',
    env: { ...process.env, ...opts.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The two seed articles as files: [path, date line value, text after the marker]. */
export function seeds(): { path: string; date: string; text: string }[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const path = join(SEEDS_DIR, f);
      const raw = readFileSync(path, 'utf8');
      const m = /^\s*date\s+(\S+)\s+/.exec(raw)!;
      return { path, date: m[1]!, text: raw.slice(m[0].length) };
    });
}
