// The place the next sentences inherit is the main clause's, not one named in a clause about something else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { only, run } from './helpers.js';

const published = { value: '2019-02-27', precision: 'day' as const };

test('nl an arrest told after "opgepakt op Schiphol omdat hij in Nepal ..." happened in the Netherlands, not in Nepal', () => {
  const text =
    'Een 72-jarige man uit Amstelveen is op Schiphol opgepakt omdat hij in Nepal kinderen zou hebben misbruikt. ' +
    'Bij zijn aanhouding vond de marechaussee verboden beelden op zijn telefoon.';
  const arrest = only(run(text, 'nl', published).facts.filter((f) => f.source.sentence === 1), (f) => f.type === 'COERCE', 'the arrest');
  assert.equal(arrest.location?.country, 'NLD');
});

test('nl with no subordinate clause the last place named still goes on', () => {
  const text = 'Het leger trok vanuit Kabul naar Kunduz. Daar werden drie strijders gearresteerd.';
  const arrest = only(run(text, 'nl', published).facts.filter((f) => f.source.sentence === 1), (f) => f.type === 'COERCE', 'the arrest');
  assert.equal(arrest.location?.name, 'Kunduz');
});
