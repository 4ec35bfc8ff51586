import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/index.js';
import { resolveActors } from '../../src/extract/actors/index.js';
import type { ResolvedActor } from '../../src/extract/types.js';
import { seeds } from '../helpers.js';

function resolved(text: string, lang: 'nl' | 'en' = 'nl') {
  const doc = analyze(text, { lang });
  return { doc, actors: resolveActors(doc) };
}
const at = (text: string, actors: ResolvedActor[], surface: string, from = 0) => {
  const start = text.indexOf(surface, from);
  return actors.find((a) => a.start <= start && a.end > start) ?? null;
};

test('July seed: descriptions and pronouns resolve to the actor they refer to', () => {
  const july = seeds().find((s) => s.date === '2021-07')!;
  const { doc, actors } = resolved(july.text);
  const text = doc.text;
  // "De jihadisten" is the Taliban (descriptive alias in an Afghan story); the "ze" after it too.
  assert.equal(at(text, actors, 'jihadisten')?.actor.id, 'afg-taliban');
  const zeAfter = at(text, actors, 'ze', text.indexOf('hoefden'));
  assert.equal(zeAfter?.actor.id, 'afg-taliban');
  assert.equal(zeAfter?.via, 'coreference');
  // Demonym + role noun.
  assert.equal(at(text, actors, 'Afghaanse militairen')?.actor.id, 'afg-military');
  assert.equal(at(text, actors, 'Tadzjiekse grenswachten')?.actor.country, 'TJK');
  // "Zij worden ... opgevangen": the soldiers, not the border guards who spoke.
  const zij = at(text, actors, 'Zij worden');
  assert.equal(zij?.actor.id, 'afg-military');
  // "Ze hebben ongeveer een derde ...": the Taliban of the sentence before.
  assert.equal(at(text, actors, 'Ze hebben')?.actor.id, 'afg-taliban');
  // "dezelfde groepering": the Taliban.
  assert.equal(at(text, actors, 'groepering')?.actor.id, 'afg-taliban');
  // "de Amerikanen ... hun diplomaten": a plural pronoun may refer to a state mentioned in the plural.
  assert.equal(at(text, actors, 'hun diplomaten')?.actor.id, 'usa');
});

test('August seed: a chain of person pronouns follows the person, not the groups in between', () => {
  const aug = seeds().find((s) => s.date === '2021-08')!;
  const { doc, actors } = resolved(aug.text);
  const text = doc.text;
  const hij = at(text, actors, 'hij meerdere provincies');
  assert.equal(hij?.actor.id, 'afg-ahmad-shah-massoud');
  assert.equal(at(text, actors, 'Die speelde')?.actor.id, 'afg-ahmad-shah-massoud');
  assert.equal(at(text, actors, 'hij', text.indexOf('Enkele dagen'))?.actor.id, 'afg-ahmad-shah-massoud');
  assert.equal(at(text, actors, 'Noordelijke Alliantie')?.actor.type, 'rebel_group');
});

test('named persons and organisations not in the dictionary are kept as new actors with a guessed type', () => {
  const text = 'Commandant Jorrit Wielsma van de Brigade van de Zwarte Heuvels zei dat zijn mannen de stad verlieten. Wielsma ontkende later elke betrokkenheid.';
  // The entities as a tagger should give them: this tests what resolveActors does with them, not the tagger.
  const doc = analyze(text, { lang: 'nl' });
  const span = (sentence: number, surface: string) => {
    const s = doc.sentences[sentence]!;
    const start = text.indexOf(surface, s.start);
    const toks = s.tokens.filter((t) => t.start >= start && t.end <= start + surface.length);
    return { label: 'PER' as const, text: surface, start, end: start + surface.length, sentence, tokenStart: toks[0]!.i, tokenEnd: toks[toks.length - 1]!.i + 1, confidence: 0.9 };
  };
  doc.entities = [span(0, 'Jorrit Wielsma'), span(1, 'Wielsma')];
  const actors = resolveActors(doc);
  const person = actors.find((a) => a.actor.name.includes('Wielsma') && a.via === 'entity');
  assert.ok(person, JSON.stringify(actors.map((a) => [a.actor.name, a.via])));
  assert.equal(person.actor.id, null);
  assert.equal(person.actor.type, 'person');
  // The surname alone later in the text is the same person.
  const later = actors.find((a) => a.sentence === 1 && a.actor.name === person.actor.name);
  assert.ok(later, 'the surname links back to the full name');
});

test('English: "they" and "the group" resolve to the armed group named before', () => {
  const text = 'The Taliban seized the district centre of Baraki Barak on Tuesday. They later said the group would hold it.';
  const { actors } = resolved(text, 'en');
  const they = at(text, actors, 'They');
  assert.equal(they?.actor.id, 'afg-taliban');
  assert.equal(at(text, actors, 'group')?.actor.id, 'afg-taliban');
});

test('bad input: empty text, a 2,000-token sentence and a table give actors without crashing', () => {
  assert.deepEqual(resolved('').actors, []);
  const long = Array.from({ length: 500 }, () => 'de militairen en zij en hij').join(' ') + '.';
  const r = resolved(long);
  assert.ok(Array.isArray(r.actors));
  const table = 'Provincie | Districten | Taliban\nKunduz | 7 | 5\nBalkh | 15 | 4\n';
  assert.ok(Array.isArray(resolved(table).actors));
});
