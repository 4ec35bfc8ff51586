import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import assert from 'node:assert/strict';
import type { Extraction, Fact, Lang, PartialDate } from '../../src/model/index.js';
import { analyze } from '../../src/nlp/index.js';
import { parsedExtractor } from '../../src/extract/parsed/index.js';
import { ROOT } from '../../src/paths.js';
import { seeds } from '../helpers.js';

export const ARTICLE = '0123456789abcdef0123456789abcdef';

export function run(text: string, lang: Lang = 'nl', published: PartialDate = { value: '2021-07-15', precision: 'day' }): Extraction & { text: string } {
  const doc = analyze(text, { lang });
  return { ...parsedExtractor.extract(doc, { id: ARTICLE, published }), text: doc.text };
}

/** The seed of that month, extracted once per test file. */
const cache = new Map<string, Extraction & { text: string }>();
export function seed(date: '2021-07' | '2021-08') {
  let x = cache.get(date);
  if (!x) {
    const s = seeds().find((s) => s.date === date)!;
    x = run(s.text, 'nl', { value: date, precision: 'month' });
    cache.set(date, x);
  }
  return x;
}

/** Facts whose sentence contains `words` (all of them). */
export function inSentence(facts: Fact[], ...words: string[]): Fact[] {
  return facts.filter((f) => words.every((w) => f.source.text.includes(w)));
}

/** The text a fact's span covers. */
export function spanOf(x: { text: string }, f: Fact): string {
  return x.text.slice(f.source.start, f.source.end);
}

const schema = JSON.parse(readFileSync(join(ROOT, 'docs', 'schema', 'v1', 'fact.schema.json'), 'utf8'));
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);

/** Schema errors of a fact, or null when it validates. */
export function schemaErrors(f: Fact): string | null {
  return validate(JSON.parse(JSON.stringify(f))) ? null : JSON.stringify(validate.errors);
}

/** The first fact that `pred` accepts (failing with what was found when there is none); all of them validate. */
export function only(facts: Fact[], pred: (f: Fact) => boolean, what: string): Fact {
  const hits = facts.filter(pred);
  assert.ok(hits.length >= 1, `expected ${what}, got ${JSON.stringify(facts.map((f) => [f.kind, f.type, f.trigger, f.source.sentence]))}`);
  for (const f of hits) assert.equal(schemaErrors(f), null);
  return hits[0]!;
}
