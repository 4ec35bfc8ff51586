#!/usr/bin/env node
// First: V8's tiering for this workload (src/nlp/tiering.ts), before any hot code runs.
import '../nlp/tiering.js';
import { Command } from 'commander';
import { InputError } from '../model/index.js';
import { commands } from './commands/index.js';

// `sitrep events | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const program = new Command();
program
  .name('sitrep')
  .description('Reads dated news articles and keeps a sourced, structured situation picture.')
  .version('0.1.0')
  .showHelpAfterError();
for (const c of commands) c.register(program);
try {
  await program.parseAsync(process.argv);
} catch (e) {
  // Option values are validated while commander parses, before any action runs.
  if (!(e instanceof InputError)) throw e;
  process.stderr.write(`sitrep: ${e.message}\n`);
  process.exitCode = 2;
}
