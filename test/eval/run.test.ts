// run.ts with a stand-in extractor: documents are loaded from the roots, predictions outside a scope
// line are not scored, and a failing extractor is reported with the document it failed on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_ROOTS } from '../../src/eval/docs.js';
import { EvalDocError, evaluateSet, loadGoldSet } from '../../src/eval/run.js';
import type { Extractor } from '../../src/extract/index.js';
import type { Fact } from '../../src/model/index.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-eval-'));
writeFileSync(join(dir, 'p.txt'), ' date 2021-08-15 \nThe rebels seized the town. The army fled. Officials said the town fell.\n');
const roots = { ...DEFAULT_ROOTS, goldEn: dir };
const goldFile = join(dir, 'x.jsonl');
writeFileSync(
  goldFile,
  [
    { doc: 'gold-en/p.txt', sentences: [0, 1] },
    { doc: 'gold-en/p.txt', sentence: 0, kind: 'event', type: 'COERCE', mode: 'seize', time: { value: '2021-08-15', precision: 'day' } },
    { doc: 'gold-en/p.txt', sentence: 1, kind: 'movement', type: 'RETREAT' },
  ]
    .map((o) => JSON.stringify(o))
    .join('\n'),
);

function fact(sentence: number, kind: Fact['kind'], type: string, extra: Partial<Fact> = {}): Fact {
  return {
    kind,
    type,
    mode: null,
    acled: null,
    cameo: null,
    actor: null,
    recipient: null,
    location: null,
    time: { text: '', value: '2021-08-15', precision: 'day' },
    quantities: [],
    modality: 'asserted',
    source: { article: '0'.repeat(32), sentence, start: 0, end: 1, text: 'x' },
    confidence: 0.5,
    ...extra,
  } as Fact;
}

test('a stand-in extractor is scored on the gold document, only within the scope line', () => {
  const seen: number[] = [];
  const extractor: Extractor = {
    name: 'stand-in',
    extract(doc) {
      seen.push(doc.sentences.length);
      return {
        mentions: [],
        facts: [fact(0, 'event', 'COERCE', { mode: 'seize' }), fact(1, 'event', 'ASSAULT'), fact(2, 'claim', 'STATEMENT')],
      };
    },
  };
  const r = evaluateSet(loadGoldSet(goldFile), { roots, extractor });
  assert.deepEqual(seen, [3], 'the document was analysed once, split into its three sentences');
  assert.equal(r.pred.length, 2, 'the claim in sentence 2 lies outside the scope [0, 1]');
  assert.deepEqual([r.report.overall.tp, r.report.overall.fp, r.report.overall.fn], [1, 1, 1]);
  assert.deepEqual(r.report.matches[0]!.right, { time: true, mode: true });
});

test('an extractor that throws is reported with the document it failed on', () => {
  const extractor: Extractor = {
    name: 'broken',
    extract() {
      throw new Error('boom');
    },
  };
  assert.throws(
    () => evaluateSet(loadGoldSet(goldFile), { roots, extractor }),
    (e: unknown) => e instanceof EvalDocError && e.doc === 'gold-en/p.txt' && e.message === 'gold-en/p.txt: boom',
  );
});
