// Helpers for the table-driven suites: one row = one sentence (our own words) and what must be found in it.
import assert from 'node:assert/strict';
import type { Lang } from '../../src/model/index.js';
import { findTimes } from '../../src/understand/time/index.js';
import { findQuantities } from '../../src/understand/quantity/index.js';

/** [sentence, reference, expression text, value, precision, extra fields to check]. */
export type TimeRow = [string, string, string, string | null, string, Record<string, unknown>?];
/** [sentence, expression text, min, max, extra fields (approx, what, unit, of, fraction)]. */
export type QuantityRow = [string, string, number | null, number | null, Record<string, unknown>?];

const refOf = (v: string) => ({ value: v, precision: v.length === 10 ? ('day' as const) : v.length === 7 ? ('month' as const) : ('year' as const) });

export function checkTime(lang: Lang, [sentence, ref, text, value, precision, extra]: TimeRow): void {
  const found = findTimes(sentence, { lang, ref: refOf(ref) });
  const t = found.find((x) => x.text === text);
  assert.ok(t, `${sentence} | ref ${ref}: expected "${text}", found ${JSON.stringify(found.map((x) => x.text))}`);
  assert.equal(sentence.slice(t.start, t.end), t.text);
  assert.deepEqual([t.value, t.precision], [value, precision], `${sentence} | ref ${ref}: "${text}"`);
  for (const [k, v] of Object.entries(extra ?? {})) assert.deepEqual((t as unknown as Record<string, unknown>)[k], v, `${sentence}: ${k}`);
}

export function checkQuantity(lang: Lang, [sentence, text, min, max, extra]: QuantityRow): void {
  const found = findQuantities(sentence, { lang });
  const q = found.find((x) => x.text === text);
  assert.ok(q, `${sentence}: expected "${text}", found ${JSON.stringify(found.map((x) => x.text))}`);
  assert.equal(sentence.slice(q.start, q.end), q.text);
  assert.deepEqual([q.min, q.max], [min, max], `${sentence}: "${text}"`);
  for (const [k, v] of Object.entries(extra ?? {})) assert.deepEqual((q as unknown as Record<string, unknown>)[k], v, `${sentence}: ${k}`);
}
