// Who an act is aimed at (session 19): prepositions an entry names, people named by a common noun, the verb an act
// noun completes, a misparsed second subject, and reactions to an act told before. Own sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

const published = { value: '2019-03-20', precision: 'day' as const };
const events = (text: string, lang: 'nl' | 'en' = 'nl') =>
  run(text, lang, published).facts.filter((f) => f.kind === 'event').map((f) => [f.type, f.trigger, f.actor?.text ?? null, f.recipient?.text ?? null]);

test('nl an entry names the preposition of its recipient: "haalde uit naar", "nam afstand van", "eiste ... tegen", "de moord op"', () => {
  assert.deepEqual(events('De oppositieleider haalde dinsdag fel uit naar Erdogan.'), [['ACCUSE', 'haalde … uit naar', 'oppositieleider', 'Erdogan']]);
  assert.deepEqual(events('De regeringspartij nam gisteren afstand van de oude president.'), [['REJECT', 'nam … afstand', 'regeringspartij', 'oude president']]);
  assert.deepEqual(events('De officier van justitie eiste een werkstraf tegen beide agenten.').map((e) => e[3]), ['agenten']);
  assert.deepEqual(events('De rechtbank sprak de man vrij van de moord op zijn buurvrouw.').find((e) => e[0] === 'ASSAULT')?.[3], 'zijn buurvrouw');
  // Without such a preposition the phrase is no recipient: "eiste een celstraf van zes maanden" names a length.
  assert.deepEqual(events('De officier van justitie eiste een celstraf van zes maanden.').map((e) => e[3]), [null]);
});

test('nl a recipient phrase headed by a word for people counts, one naming a thing does not', () => {
  assert.deepEqual(events('De legerleider schaarde zich achter de demonstranten.'), [['SUPPORT', 'schaarde … zich achter', 'legerleider', 'demonstranten']]);
  assert.deepEqual(events('De politie trad hard op tegen de betogers.').map((e) => e[3]), ['betogers']);
  assert.deepEqual(events('De politie trad hard op tegen de plannen.').map((e) => e[3]), [null]);
});

test('nl the recipient of an act noun may stand on the verb it completes: "zette traangas in tegen de demonstranten"', () => {
  assert.deepEqual(events('De oproerpolitie zette traangas in tegen de demonstranten.'), [['ASSAULT', 'traangas', 'oproerpolitie', 'demonstranten']]);
});

test('nl a second "passive subject" of an active perfect is the object: "zouden de herders hebben aangevallen"', () => {
  assert.deepEqual(events('De rebellen zouden de herders hebben aangevallen.'), [['ASSAULT', 'aangevallen', 'rebellen', 'herders']]);
});

test('nl/en a noun inside a phrase with a preposition other than "van" does not stand for the phrase: "de moord op X door Y"', () => {
  const x = events('Een dieptepunt was de moord op de journalist Jamal Khashoggi door vijftien Saoedische agenten.');
  assert.deepEqual(x.map((e) => e[3]), ['Jamal Khashoggi']);
  // "van" still does: boycotting someone's music is aimed at them.
  assert.deepEqual(events('Het radiostation boycot de muziek van Michael Jackson.').map((e) => e[3]), ['Michael Jackson']);
});

test('en a reaction to an act told before is aimed at whoever did it: "condemned the invasion"', () => {
  const x = events('Iraqi troops invaded Kuwait on Thursday. The UN Security Council condemned the invasion.', 'en');
  assert.deepEqual(x, [
    ['ASSAULT', 'invaded', 'Iraqi troops', 'Kuwait'],
    ['ACCUSE', 'condemned', 'UN Security Council', 'Iraqi troops'],
  ]);
  // Not when the act was of another kind, nor when nothing was told before.
  assert.deepEqual(events('The UN Security Council condemned the invasion.', 'en').map((e) => e[3]), [null]);
  assert.deepEqual(events('Iraqi troops arrested dozens of students. The council condemned the invasion.', 'en').at(-1)?.[3], null);
});

test('en support expressed for someone, and tear gas fired at people, have a recipient', () => {
  assert.deepEqual(events('The leaders expressed their support for Ukraine on Monday.', 'en').map((e) => [e[0], e[3]]), [['SUPPORT', 'Ukraine']]);
  assert.deepEqual(events('Police fired tear gas at protesters who gathered near the palace.', 'en').map((e) => [e[0], e[3]]), [['ASSAULT', 'protesters']]);
});

test('nl "haar" refers back to a woman named before; a possessive does not make the phrase its possessor', () => {
  const x = run('Minister Blok sprak met Laura Kovesi. De Roemeense autoriteiten verwijten haar dubieuze praktijken.', 'nl', published).facts.filter((f) => f.kind === 'event');
  assert.deepEqual(x.map((f) => [f.type, f.recipient?.text, f.recipient?.name]).at(-1), ['ACCUSE', 'haar', 'Laura Kovesi']);
  // "Haar advocaten" are not she: the complaint is theirs.
  const y = run('Meng Wanzhou werd in Vancouver aangehouden. Haar advocaten hebben een klacht ingediend tegen de douane.', 'nl', published).facts;
  const complaint = y.find((f) => f.kind === 'event' && f.type === 'ACCUSE');
  assert.equal(complaint?.actor?.text, 'Haar advocaten');
  // After an article "haar" is a hair: "op een haar na" refers to nobody.
  assert.deepEqual(events('De partijen waren er op een haar na uit, maar dat ontkent de vakbond.').map((e) => e[2]), ['de vakbond']);
});

test('nl/claims a speech act done to its subject in the passive keeps that subject as recipient only', () => {
  assert.deepEqual(events('Ook werd Dennis Christensen opgepakt en beschuldigd van religieus extremisme.').map((e) => [e[0], e[2], e[3]]), [
    ['COERCE', '', 'Dennis Christensen'],
    ['ACCUSE', null, 'Dennis Christensen'],
  ]);
});
