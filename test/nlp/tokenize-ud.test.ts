// Token and sentence-boundary F1 against the gold tokenization of the UD dev treebanks
// (../shared/data/ud, read at test time). The thresholds sit just under the measured scores
// (docs/TOKENIZER.md), so a regression in the conventions fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateTokenizer, readConllu } from '../../src/nlp/tokenize/evaluate.js';
import { SHARED_DIR } from '../../src/paths.js';
import type { Lang } from '../../src/model/index.js';

const UD = join(SHARED_DIR, 'data', 'ud');
const cases: [string, Lang, number, number][] = [
  // file, language, minimum token F1, minimum sentence-boundary F1
  ['nl/nl_alpino-ud-dev.conllu', 'nl', 0.998, 0.995],
  ['nl/nl_lassysmall-ud-dev.conllu', 'nl', 0.998, 0.99],
  ['en/en_ewt-ud-dev.conllu', 'en', 0.985, 0.94],
];

for (const [file, lang, tokenF1, sentenceF1] of cases) {
  test(`UD ${file}: token F1 >= ${tokenF1}, sentence F1 >= ${sentenceF1}`, () => {
    const score = evaluateTokenizer(readFileSync(join(UD, file), 'utf8'), lang);
    console.log(`${file}: token F1 ${(score.tokenF1 * 100).toFixed(2)}, sentence F1 ${(score.sentenceF1 * 100).toFixed(2)} (${score.sentences} sentences, ${score.goldTokens} tokens)`);
    assert.ok(score.goldTokens > 10_000);
    assert.ok(score.tokenF1 >= tokenF1, `token F1 ${score.tokenF1}`);
    assert.ok(score.sentenceF1 >= sentenceF1, `sentence F1 ${score.sentenceF1}`);
  });
}

test('readConllu splits a multiword token only when its parts spell it', () => {
  const conllu = [
    '# sent_id = a.p.1.s.1',
    "# text = I don't know",
    '1\tI\tI\tPRON\t_\t_\t0\troot\t_\t_',
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
    '2\tdo\tdo\tAUX\t_\t_\t0\troot\t_\t_',
    "3\tn't\tnot\tPART\t_\t_\t0\troot\t_\t_",
    '4\tknow\tknow\tVERB\t_\t_\t0\troot\t_\t_',
    '',
    '# text = im here',
    '1-2\tim\t_\t_\t_\t_\t_\t_\t_\t_',
    '1\ti\tI\tPRON\t_\t_\t0\troot\t_\t_',
    '2\tam\tbe\tAUX\t_\t_\t0\troot\t_\t_',
    '3\there\there\tADV\t_\t_\t0\troot\t_\t_',
    '',
  ].join('\n');
  assert.deepEqual(readConllu(conllu).map((s) => s.forms), [['I', 'do', "n't", 'know'], ['im', 'here']]);
  assert.equal(readConllu(conllu)[0]!.paragraph, 'a.p.1');
});
