// Writes (or checks) test/data/gold/anchors.json: a hash of every annotated sentence, so a change of the
// sentence splitter that shifts gold indices is caught by test/eval/gold.test.ts. Run after annotating:
//   node dist/scripts/gold/anchors.js --write
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeAnchors } from '../../src/eval/anchors.js';
import { GOLD_DIR, loadGoldSets } from '../../src/eval/run.js';

const file = join(GOLD_DIR, 'anchors.json');
const anchors = computeAnchors(loadGoldSets());
const text = JSON.stringify(anchors, null, 1) + '\n';
if (process.argv.includes('--write')) {
  writeFileSync(file, text);
  console.log(`${file}: ${Object.keys(anchors).length} documents`);
} else {
  const same = readFileSync(file, 'utf8') === text;
  console.log(same ? 'anchors match' : 'anchors differ: a sentence split changed, or gold was added (re-run with --write after checking)');
  process.exit(same ? 0 : 1);
}
