// How soon V8 optimises a function that runs often. By default after about 67k bytecode units of work, which in
// this code base means optimising the large functions of extraction (and of analysis) while their type feedback is
// still incomplete; each later deoptimisation recompiles them. Over news-nl-2019 that compilation, on V8's helper
// threads, was half the CPU time of the first extraction pass and a third of the whole pipeline's. A larger
// budget lets the feedback settle first: fewer compilations, and code that deoptimises less. Analysis and
// extraction give the same outputs either way (only when code gets optimised changes). Imported first by the
// programs' entry points (src/cli/main.ts: CLI and server; scripts/bench, scripts/eval), not by the library, so a
// program that imports sitrep keeps its own V8 settings; a process started with its own --interrupt-budget keeps that.
import { setFlagsFromString } from 'node:v8';

/** V8's --interrupt-budget for sitrep processes: 200k-1M measured alike (whole pipeline +10-20%), 3M and more slower. */
export const INTERRUPT_BUDGET = 500_000;

if (!process.execArgv.some((a) => a.startsWith('--interrupt-budget'))) setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
