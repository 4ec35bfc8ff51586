// A time phrase the parser hangs on the speaker's noun phrase is not part of the speaker's name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

test('"zei de gouverneur in maart": the speaker is "de gouverneur", and the claim is dated March', () => {
  const x = run('Rebellen voerden vorige week een aanval uit op de stad, zei de gouverneur in maart.', 'nl');
  const claim = x.facts.find((f) => f.kind === 'claim');
  assert.equal(claim?.actor?.name, 'de gouverneur');
  assert.equal(claim?.time?.value, '2021-03');
  const y = run('De aanval was gepland, zei de minister van Defensie maandag tegen de krant.', 'nl');
  assert.equal(y.facts.find((f) => f.kind === 'claim')?.actor?.name, 'de minister van Defensie');
});
