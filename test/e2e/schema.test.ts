import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ROOT } from '../../src/paths.js';
import { readInputs, toArticle } from '../../src/ingest/index.js';
import { analyzeArticle } from '../../src/pipeline/index.js';
import { SEEDS_DIR } from '../helpers.js';

const schema = (name: string) => JSON.parse(readFileSync(join(ROOT, 'docs', 'schema', 'v1', name), 'utf8'));

test('every fact extracted from the seeds and the examples validates against docs/schema/v1/fact.schema.json', async () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validateFact = ajv.compile(schema('fact.schema.json'));
  const validateArticle = ajv.compile(schema('article.schema.json'));
  let facts = 0;
  for await (const r of readInputs([SEEDS_DIR, join(ROOT, 'examples')])) {
    assert.ok(r.ok, !r.ok ? `${r.where}: ${r.problem}` : '');
    const article = toArticle(r.article);
    assert.ok(validateArticle(article), JSON.stringify(validateArticle.errors));
    for (const f of analyzeArticle(article).extraction.facts) {
      facts++;
      assert.ok(validateFact(f), `${JSON.stringify(validateFact.errors)} in ${JSON.stringify(f)}`);
    }
  }
  assert.ok(facts > 20, `only ${facts} facts`);
});

test('the schema rejects a fact without provenance', () => {
  const ajv = new Ajv2020({ strict: false });
  const validate = ajv.compile(schema('fact.schema.json'));
  assert.equal(
    validate({ kind: 'event', type: 'ASSAULT', mode: null, acled: null, cameo: '19', actor: null, recipient: null, location: null, time: null, quantities: [], modality: 'asserted', confidence: 0.5 }),
    false,
  );
});
