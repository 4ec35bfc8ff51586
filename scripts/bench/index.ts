// `npm run bench`: every layer's benchmark, printed as Markdown sections for docs/BENCHMARKS.md.
// Speed and memory are measured here, never in unit tests.
import '../../src/nlp/tiering.js'; // V8's tiering for this workload, before any hot code runs
import os from 'node:os';
import * as tokenize from './tokenize.js';
import * as nlp from './nlp.js';
import * as ner from './ner.js';
import * as knowledge from './knowledge.js';
import * as time from './time.js';
import * as pipeline from './pipeline.js';

const sections: [string, { run(): Promise<string> }][] = [
  ['tokenize', tokenize],
  ['nlp', nlp],
  ['ner', ner],
  ['knowledge', knowledge],
  ['time', time],
  ['pipeline', pipeline],
];
const only = process.argv.slice(2);
console.log(`Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`);
for (const [name, mod] of sections) {
  if (only.length && !only.includes(name)) continue;
  const md = await mod.run();
  if (md) console.log(md + '\n');
}
