// Dutch verbs acting on an act told before (back_reference_verbs in triggers.nl.yaml): the act's noun is no new event.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

const assaults = (sentence: string) => run(sentence, 'nl').facts.filter((f) => f.kind === 'event' && f.type === 'ASSAULT').length;

test('nl "stopte het offensief" tells no new offensive; "begon een offensief" does', () => {
  assert.equal(assaults('Het leger stopte het offensief na twee dagen.'), 0);
  assert.equal(assaults('Het leger begon gisteren een offensief in het noorden.'), 1);
});

const events = (text: string, lang: 'nl' | 'en', type: string) =>
  run(text, lang, { value: '2019-03-02', precision: 'day' }).facts.filter((f) => f.kind === 'event' && f.type === type).map((f) => f.trigger);

test('nl a bare "de aanval" after an attack was told is that attack again; one with a place and date of its own is another', () => {
  assert.deepEqual(events('Duizenden boeren hebben zaterdag in Utrecht gedemonstreerd tegen de stikstofregels. De demonstratie verliep rustig.', 'nl', 'PROTEST'), ['gedemonstreerd']);
  assert.deepEqual(
    events('Rebellen vielen dinsdag een legerpost aan. De aanval duurde twee uur. De aanval op de kazerne in Herat eiste vorige week tien levens.', 'nl', 'ASSAULT'),
    ['vielen … aan', 'aanval'],
  );
  // Told first, the bare noun is the act itself.
  assert.deepEqual(events('De aanval duurde twee uur.', 'nl', 'ASSAULT'), ['aanval']);
});

test('en "The attack lasted two hours" after "Rebels attacked" tells no second attack', () => {
  assert.deepEqual(
    events('Rebels attacked an army post on Tuesday. The attack lasted two hours. The attack in Herat last week killed ten soldiers.', 'en', 'ASSAULT'),
    ['attacked', 'attack', 'killed'],
  );
});
