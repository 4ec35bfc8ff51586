// A nominal act that is the subject or object of a verb is dated by the verb's own time adverbials.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

test('"zijn vorig jaar zes aanslagen gepleegd": the attacks are dated last year, the others of the sentence by their own year', () => {
  const x = run('In Europa zijn vorig jaar zes aanslagen gepleegd, tegen twintig aanslagen in 2017.', 'nl', { value: '2019-05-01', precision: 'day' });
  const times = x.facts.filter((f) => f.kind === 'event' && f.type === 'ASSAULT').map((f) => f.time?.value);
  assert.deepEqual(times, ['2018', '2017']);
});
