// Both seed articles end to end: read from ../shared/seeds at test time (never copied here).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DIR } from '../../src/paths.js';
import { findTimes, type TimeExpression } from '../../src/understand/time/index.js';
import { findQuantities } from '../../src/understand/quantity/index.js';
import type { PartialDate } from '../../src/model/index.js';

function seed(prefix: string): { ref: PartialDate; text: string } {
  const dir = join(SHARED_DIR, 'seeds');
  const file = readdirSync(dir).find((f) => f.startsWith(prefix));
  assert.ok(file, `seed ${prefix} present`);
  const raw = readFileSync(join(dir, file), 'utf8');
  const m = /^\s*date\s+(\d{4}-\d{2})\s*/.exec(raw);
  assert.ok(m);
  return { ref: { value: m[1], precision: 'month' }, text: raw.slice(m[0].length) };
}

const pick = (t: TimeExpression) => ({ text: t.text, type: t.type, value: t.value, precision: t.precision, anchored_to: t.anchored_to, mod: t.mod ?? null });

test('seed 000 (ref 2021-07): every time expression with its value', () => {
  const { ref, text } = seed('000_');
  const got = findTimes(text, { lang: 'nl', ref });
  for (const t of got) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(got.map(pick), [
    // Weekdays against a month-precision date: the month, never a guessed day.
    { text: 'zondag', type: 'date', value: '2021-07', precision: 'month', anchored_to: '2021-07', mod: null },
    { text: 'momenteel', type: 'vague', value: 'PRESENT_REF', precision: 'unknown', anchored_to: '2021-07', mod: null },
    { text: 'sinds mei', type: 'interval', value: '2021-05/2021-07', precision: 'month', anchored_to: '2021-07', mod: 'since' },
    { text: 'de komende tijd', type: 'vague', value: 'FUTURE_REF', precision: 'unknown', anchored_to: '2021-07', mod: null },
    { text: 'maandag', type: 'date', value: '2021-07', precision: 'month', anchored_to: '2021-07', mod: null },
    { text: 'dagelijks', type: 'set', value: 'P1D', precision: 'day', anchored_to: null, mod: null },
    { text: 'nu', type: 'vague', value: 'PRESENT_REF', precision: 'unknown', anchored_to: '2021-07', mod: null },
    { text: 'dagelijkse', type: 'set', value: 'P1D', precision: 'day', anchored_to: null, mod: null },
    { text: 'maandag', type: 'date', value: '2021-07', precision: 'month', anchored_to: '2021-07', mod: null },
    // A demand: the coming 11 September, not the last one.
    { text: 'voor 11 september', type: 'date', value: '2021-09-11', precision: 'day', anchored_to: '2021-07', mod: 'before' },
    { text: 'decennialang', type: 'duration', value: 'PXDE', precision: 'decade', anchored_to: null, mod: 'approx' },
  ]);
});

test('seed 004 (ref 2021-08): every time expression with its value', () => {
  const { ref, text } = seed('004_');
  const got = findTimes(text, { lang: 'nl', ref });
  assert.deepEqual(got.map(pick), [
    { text: 'Twee dagen geleden', type: 'date', value: '2021-08', precision: 'month', anchored_to: '2021-08', mod: null },
    { text: 'Eind vorige eeuw', type: 'interval', value: '1990/1999', precision: 'decade', anchored_to: '2021-08', mod: 'end' },
    { text: 'Enkele dagen voor 9/11', type: 'date', value: '2001-09-11', precision: 'day', anchored_to: '2001-09-11', mod: 'before' },
    { text: 'Twee dagen geleden', type: 'date', value: '2021-08', precision: 'month', anchored_to: '2021-08', mod: null },
    { text: 'in het verleden', type: 'vague', value: 'PAST_REF', precision: 'unknown', anchored_to: '2021-08', mod: null },
    { text: 'de jaren negentig', type: 'interval', value: '1990/1999', precision: 'decade', anchored_to: '2021-08', mod: null },
  ]);
});

test('seed 000: quantities with min/max and counted noun', () => {
  const { text } = seed('000_');
  const got = findQuantities(text, { lang: 'nl' }).map((q) => ({ text: q.text, min: q.min, max: q.max, approx: q.approx, what: q.what }));
  assert.deepEqual(got, [
    { text: 'zes', min: 6, max: 6, approx: false, what: 'grensdistricten' },
    { text: 'Meer dan duizend', min: 1001, max: null, approx: false, what: 'militairen' },
    { text: 'Tientallen', min: 20, max: 99, approx: true, what: 'militairen' },
    { text: 'honderden', min: 200, max: 999, approx: true, what: 'militairen' },
    { text: 'ongeveer een derde van de 421', min: 140, max: 140, approx: true, what: 'districten' },
  ]);
  const share = findQuantities(text, { lang: 'nl' }).find((q) => q.of !== undefined);
  assert.equal(share?.of, 421);
  assert.equal(share?.fraction, 1 / 3);
});

test('seed 004: quantities', () => {
  const { text } = seed('004_');
  const got = findQuantities(text, { lang: 'nl' }).map((q) => ({ text: q.text, min: q.min, max: q.max, what: q.what }));
  assert.deepEqual(got, [
    { text: 'maar één', min: 1, max: 1, what: 'provincie' },
    { text: 'meerdere', min: 2, max: null, what: 'provincies' },
    { text: 'amper 150.000', min: 150000, max: 150000, what: 'inwoners' },
  ]);
});
