// What is told but was no act of violence (session 8): deaths in a storm or a flood. Own sentences; the same words
// with an armed actor or without the disaster stay events. (The chance of an attack is a hypothetical event:
// prospect.test.ts.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

const assaults = (text: string, lang: 'nl' | 'en' = 'nl') => run(text, lang).facts.filter((f) => f.type === 'ASSAULT');

test('nl deaths next to a natural disaster are no violence; with an armed actor, or without the disaster, they are', () => {
  const storm = 'De cycloon trok over de kust van Mozambique. In de drie getroffen landen zijn 215 doden geregistreerd.';
  assert.deepEqual(assaults(storm), []);
  assert.deepEqual(assaults('Iran kampt met overstromingen na zware regenval. Zeker negentien mensen kwamen om het leven.'), []);
  // The same count without the storm is the toll of something told as violence.
  assert.equal(assaults('Bij gevechten in het noorden zijn 215 doden geregistreerd.').length >= 1, true);
  // An armed actor named in the sentence keeps the event, storm or not.
  const shot = assaults('Na de overstroming schoten soldaten in Beira twee plunderaars dood.');
  assert.equal(shot.length, 1);
  assert.match(shot[0]!.actor?.text ?? '', /soldaten/);
});
