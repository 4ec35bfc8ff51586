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

test('nl a town adjective puts an act there when the sentence names no place ("in een Haagse tram")', () => {
  const text = 'Bij een steekpartij in een Haagse tram is zaterdagavond een reiziger gewond geraakt.';
  const wound = only(run(text, 'nl', published).facts, (f) => f.type === 'ASSAULT', 'the stabbing');
  assert.equal(wound.location?.name, 'The Hague');
  assert.equal(wound.location?.admin1, 'South Holland');
});

test('nl the town adjective of an institution carries on as the story\'s place; a name in the sentence wins', () => {
  const text =
    'De Rotterdamse politie heeft dinsdag drie jongens aangehouden. ' +
    'Ze werden later weer vrijgelaten. ' +
    'Een Rotterdamse agent werd in Schiedam mishandeld.';
  const facts = run(text, 'nl', published).facts;
  assert.equal(only(facts.filter((f) => f.source.sentence === 0), (f) => f.type === 'COERCE', 'the arrest').location?.name, 'Rotterdam');
  assert.equal(only(facts.filter((f) => f.source.sentence === 1), (f) => f.type === 'RETREAT', 'the release').location?.name, 'Rotterdam');
  assert.equal(only(facts.filter((f) => f.source.sentence === 2), (f) => f.type === 'ASSAULT', 'the attack').location?.name, 'Schiedam');
});

test('nl a town adjective before a noun for people says where they come from, not where the act happened', () => {
  const text = 'Een Eindhovense advocaat is in Spanje opgepakt. De Bredase wethouder werd gisteren bedreigd.';
  const facts = run(text, 'nl', published).facts;
  assert.equal(only(facts.filter((f) => f.source.sentence === 0), (f) => f.type === 'COERCE', 'the arrest').location?.country, 'ESP');
  const threat = only(facts.filter((f) => f.source.sentence === 1), (f) => f.type === 'THREATEN', 'the threat');
  assert.notEqual(threat.location?.name, 'Breda');
});
