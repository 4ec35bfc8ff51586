import { InputError } from '../model/index.js';

/**
 * Runs a command action: an InputError (bad input) prints one line and exits 2 without a stack
 * trace; anything else is a bug and exits 1 with the trace, so it can be reported.
 */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<void> | void) {
  return async (...args: A): Promise<void> => {
    try {
      await fn(...args);
    } catch (err) {
      if (err instanceof InputError) {
        process.stderr.write(`sitrep: ${err.message}\n`);
        process.exitCode = 2;
      } else {
        process.stderr.write(`sitrep: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
        process.exitCode = 1;
      }
    }
  };
}

/** Reads all of standard input as UTF-8 (strictly: invalid UTF-8 is an InputError). */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return decodeUtf8(Buffer.concat(chunks), 'standard input');
}

export function decodeUtf8(bytes: Uint8Array, where: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(where, 'not valid UTF-8 text');
  }
}
