// Dutch verbs acting on an act told before (back_reference_verbs in triggers.nl.yaml): the act's noun is no new event.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

const assaults = (sentence: string) => run(sentence, 'nl').facts.filter((f) => f.kind === 'event' && f.type === 'ASSAULT').length;

test('nl "stopte het offensief" tells no new offensive; "begon een offensief" does', () => {
  assert.equal(assaults('Het leger stopte het offensief na twee dagen.'), 0);
  assert.equal(assaults('Het leger begon gisteren een offensief in het noorden.'), 1);
});
