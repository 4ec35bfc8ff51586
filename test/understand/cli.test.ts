// The CLI contract: JSON on stdout, and bad --lang / --ref as a one-line error with exit code 2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../src/paths.js';

const MAIN = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const run = (...args: string[]) => spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8' });

test('sitrep time prints the normalised expressions as JSON', () => {
  const r = run('time', '--lang', 'nl', '--ref', '2021-07', 'Sinds mei is het onrustig, zondag vielen doden.');
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { text: string; value: string; precision: string; mod: string | null }[];
  assert.deepEqual(
    out.map((t) => [t.text, t.value, t.precision, t.mod]),
    [
      ['Sinds mei', '2021-05/2021-07', 'month', 'since'],
      ['zondag', '2021-07', 'month', null],
    ],
  );
});

test('sitrep quantity prints quantities as JSON', () => {
  const r = run('quantity', '--lang', 'en', 'More than 1,000 soldiers fled.');
  assert.equal(r.status, 0, r.stderr);
  const [q] = JSON.parse(r.stdout) as { min: number; max: number | null; what: string }[];
  assert.deepEqual([q.min, q.max, q.what], [1001, null, 'soldiers']);
});

test('bad --lang and --ref: one clear line, exit code 2', () => {
  for (const [args, needle] of [
    [['time', '--lang', 'fr', '--ref', '2021-07', 'x'], '--lang'],
    [['time', '--lang', 'nl', '--ref', '2021-02-31', 'x'], '--ref'],
    [['time', '--lang', 'nl', '--ref', 'juli', 'x'], '--ref'],
    [['time', '--lang', 'nl', 'x'], '--ref'],
    [['quantity', '--lang', 'xx', 'x'], '--lang'],
  ] as const) {
    const r = run(...args);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, new RegExp(`^sitrep: ${needle}`));
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  }
});
