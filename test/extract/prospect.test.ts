// Nouns of prospect (modality.<lang>.yaml prospect_nouns): an act named under "de kans op", "plannen voor",
// "the risk of" has not happened, so it is hypothetical; the same act told as done stays asserted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

const modalities = (sentence: string, lang: 'nl' | 'en', type: string) =>
  run(sentence, lang).facts.filter((f) => f.kind === 'event' && f.type === type).map((f) => f.modality);

test('an attack under a noun of prospect is hypothetical (nl, en); a done one is asserted', () => {
  assert.deepEqual(modalities('De kans op een aanslag in de hoofdstad blijft volgens de dienst groot.', 'nl', 'ASSAULT'), ['hypothetical']);
  assert.deepEqual(modalities('De cel smeedde plannen voor een aanslag op een festival.', 'nl', 'ASSAULT'), ['hypothetical']);
  assert.deepEqual(modalities('Rebellen voerden gisteren een aanval uit op de stad.', 'nl', 'ASSAULT'), ['asserted']);
  assert.deepEqual(modalities('The risk of an attack on the capital remains high, officials said.', 'en', 'ASSAULT'), ['hypothetical']);
  assert.deepEqual(modalities('Rebels attacked the capital on Monday.', 'en', 'ASSAULT'), ['asserted']);
});
