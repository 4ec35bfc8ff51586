// Output of `sitrep extract` on both seeds, and of the claims extractor on its own, against docs/schema/v1/fact.schema.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ROOT } from '../../src/paths.js';
import { analyze } from '../../src/nlp/index.js';
import { claimsExtractor } from '../../src/extract/claims/index.js';
import { articleId, parsePublished } from '../../src/ingest/index.js';
import { seeds, sitrep } from '../helpers.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'docs', 'schema', 'v1', 'fact.schema.json'), 'utf8')));

test('every line `sitrep extract` writes for the two seeds is a valid fact', () => {
  for (const seed of seeds()) {
    const r = sitrep(['extract', seed.path]);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split('\n').filter(Boolean);
    assert.ok(lines.length > 3, seed.path);
    for (const line of lines) {
      const fact = JSON.parse(line);
      assert.ok(validate(fact), `${JSON.stringify(validate.errors)} in ${line}`);
    }
  }
});

test('claims and speech-act events validate, and every event link names a claim of the article', () => {
  let claims = 0;
  for (const seed of seeds()) {
    const doc = analyze(seed.text, { lang: 'nl' });
    const { facts } = claimsExtractor.extract(doc, { id: articleId(seed.text), published: parsePublished(seed.date)! });
    const refs = new Set(facts.flatMap((f) => ('ref' in f ? [f.ref] : [])));
    for (const f of facts) {
      assert.ok(validate(f), `${JSON.stringify(validate.errors)} in ${JSON.stringify(f)}`);
      if (f.kind === 'claim') claims++;
      if (f.kind === 'event' && 'claim' in f && f.claim !== null) assert.ok(refs.has(f.claim as string), String(f.claim));
    }
  }
  assert.ok(claims >= 10, `${claims} claims`);
});

test('the schema refuses a claim without its content and a malformed claim link', () => {
  const base = {
    kind: 'claim', type: 'STATEMENT', mode: null, acled: null, cameo: '01', actor: null, recipient: null, location: null, time: null,
    quantities: [], modality: 'reported', source: { article: 'c'.repeat(32), sentence: 0, start: 0, end: 5, text: 'Hallo' }, confidence: 0.5,
    speaker: null, cue: 'zei',
  };
  assert.equal(validate(base), false);
  assert.equal(validate({ ...base, content: 'x' }), true);
  assert.equal(validate({ ...base, kind: 'event', claim: 'claim 3' }), false);
});

test('every example in docs/SCHEMA.md is a valid fact, and its evidence span lies in its sentence', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'SCHEMA.md'), 'utf8');
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const blocks: any[] = [...doc.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => JSON.parse(m[1]!));
  assert.ok(blocks.length >= 6);
  const kinds = new Set(blocks.map((b) => b.kind));
  assert.deepEqual([...kinds].sort(), ['claim', 'event', 'movement', 'state']);
  for (const f of blocks) {
    assert.ok(f.source.end - f.source.start <= f.source.text.length);
    if (f.kind === 'claim') assert.ok(f.source.text.includes(f.content));
    assert.ok(validate(f), `${JSON.stringify(validate.errors)} in ${JSON.stringify(f)}`);
  }
  const refs = new Set(blocks.filter((b) => b.kind === 'claim').map((b) => b.ref));
  assert.ok(blocks.some((b) => b.kind === 'event' && refs.has(b.claim)));
});
