// Court news, the commonest crime story of Dutch papers: who convicts (the court, named or implied), who is
// sentenced, a sentence demanded is no sentence, a conviction is no statement. Own sentences, nl and en.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Fact } from '../../src/model/index.js';
import { only, run } from './helpers.js';

const published = { value: '2019-03-12', precision: 'day' as const };
const facts = (text: string, lang: 'nl' | 'en' = 'nl') => run(text, lang, published).facts;
const events = (text: string, lang: 'nl' | 'en' = 'nl') => facts(text, lang).filter((f): f is Fact & { kind: 'event' } => f.kind === 'event');

const STORY =
  'De rechtbank in Utrecht heeft dinsdag een 34-jarige man uit Zeist veroordeeld tot vier jaar cel voor een steekpartij. ' +
  'De man werd vorig jaar aangehouden. Zijn medeverdachte werd vrijgesproken.';

test('nl a passive conviction or acquittal names no court: the court named earlier in the article did it', () => {
  const x = facts(STORY);
  const first = only(x, (f) => f.kind === 'event' && f.type === 'SANCTION' && f.source.sentence === 0, 'the conviction');
  assert.equal(first.actor?.id, 'nld-court');
  assert.equal(first.actor?.text, 'rechtbank');
  const acquittal = only(x, (f) => f.kind === 'event' && f.type === 'CONCEDE' && f.source.sentence === 2, 'the acquittal');
  assert.equal(acquittal.actor?.id, 'nld-court');
  assert.equal(acquittal.actor?.text, 'rechtbank');
  assert.equal(acquittal.recipient?.text, 'medeverdachte');
  // The arrest stays the police's.
  assert.equal(only(x, (f) => f.type === 'COERCE', 'the arrest').actor?.id, 'nld-police');
});

test('nl with no court named, a conviction is by the courts of the country where it happened', () => {
  const sanction = only(events('Een 20-jarige man uit Goes is veroordeeld tot twaalf maanden jeugddetentie.'), (f) => f.type === 'SANCTION', 'the conviction');
  assert.equal(sanction.actor?.id, 'nld-court');
  assert.equal(sanction.actor?.name, 'Courts of Netherlands');
});

test('nl a court sentencing someone makes no statement: "veroordeeld tot vier jaar cel" is no claim nor criticism', () => {
  const x = facts(STORY);
  assert.deepEqual(x.filter((f) => f.source.sentence === 0 && (f.kind === 'claim' || f.type === 'ACCUSE')).map((f) => f.kind), []);
  // A politician condemning an attack still does.
  const condemn = facts('Premier Rutte veroordeelde de aanslag in Utrecht.');
  assert.ok(condemn.some((f) => f.kind === 'event' && f.type === 'ACCUSE'), JSON.stringify(condemn.map((f) => [f.kind, f.type])));
});

test('nl one conviction told by the verb and the sentence noun: "veroordeeld tot zes jaar gevangenisstraf"', () => {
  const x = events('In juli werd de man bij verstek veroordeeld tot zes jaar gevangenisstraf.').filter((f) => f.type === 'SANCTION');
  assert.equal(x.length, 1, JSON.stringify(x.map((f) => f.trigger)));
  const y = events('De politierechter heeft een 64-jarige Arnhemmer veroordeeld tot een voorwaardelijke werkstraf van 40 uur.').filter((f) => f.type === 'SANCTION');
  assert.equal(y.length, 1, JSON.stringify(y.map((f) => f.trigger)));
});

test('nl who receives a sentence undergoes it: "Karadzic kreeg levenslange celstraf", "kreeg een contactverbod opgelegd"', () => {
  const got = only(events('Karadzic kreeg een levenslange celstraf.'), (f) => f.type === 'SANCTION', 'the sentence');
  assert.equal(got.recipient?.text, 'Karadzic');
  assert.notEqual(got.actor?.text, 'Karadzic');
  const imposed = only(events('De man kreeg ook een contactverbod opgelegd.'), (f) => f.type === 'SANCTION', 'the restraining order');
  assert.equal(imposed.recipient?.text, 'man');
  assert.equal(imposed.actor?.id, 'nld-court');
});

test('nl a sentence demanded is no sentence: "Tegen X is vier jaar cel geëist" is the demand, against X', () => {
  const x = events('Tegen een 22-jarige man uit Tiel is gisteren een gevangenisstraf van drie jaar geëist.');
  assert.deepEqual(x.filter((f) => f.type === 'SANCTION').map((f) => f.trigger), []);
  const demand = only(x, (f) => f.type === 'REQUEST', 'the demand');
  assert.equal(demand.actor, null);
  assert.equal(demand.recipient?.text, '22-jarige man');
});

test('nl "heeft vier levens geëist" takes lives, it demands nothing', () => {
  const x = events('De aanslag in de tram heeft vier levens geëist.');
  assert.deepEqual(x.filter((f) => f.type === 'REQUEST').map((f) => f.trigger), []);
  assert.equal(only(x, (f) => f.type === 'ASSAULT', 'the attack').modality, 'asserted');
});

test('nl a clause of reason is a fact, and its date is not the demand\'s', () => {
  const x = facts('Tegen de 33-jarige man is vier jaar celstraf geëist omdat hij vorig jaar oktober een fataal ongeval veroorzaakte en daarna is gevlucht.', 'nl');
  const demand = only(x, (f) => f.kind === 'event' && f.type === 'REQUEST', 'the demand');
  assert.equal(demand.time?.value, '2019-03-12');
  assert.equal(demand.modality, 'asserted');
  // The flight it gives as the reason happened, last October; it is no prospect of the demand.
  const fled = only(x, (f) => f.kind === 'movement', 'the flight');
  assert.equal(fled.time?.value, '2018-10');
  assert.equal(fled.modality, 'historical');
});

test('nl referees and the Binnenhof are no court', () => {
  const x = events('De scheidsrechter werd na de wedstrijd mishandeld door een supporter.');
  assert.ok(x.every((f) => f.actor?.id !== 'nld-court' && f.recipient?.id !== 'nld-court'), JSON.stringify(x.map((f) => [f.type, f.actor?.id, f.recipient?.id])));
  const y = events('Boze boeren protesteerden op het Binnenhof tegen de stikstofregels.');
  assert.ok(y.every((f) => f.actor?.id !== 'nld-court'), JSON.stringify(y.map((f) => [f.type, f.actor?.id])));
});

test('en a passive sentence is the court\'s; "condemned the coup" is still criticism, "condemned to death" is not', () => {
  const sentenced = only(events('The court in Minsk sentenced the blogger to ten years. His colleague was sentenced to eight years.', 'en'), (f) => f.type === 'SANCTION' && f.source.sentence === 1, 'the second sentence');
  assert.equal(sentenced.actor?.id, 'blr-court');
  assert.equal(sentenced.actor?.text, 'court');
  const coup = facts('The United States condemned the coup and suspended military aid to Thailand.', 'en');
  assert.ok(coup.some((f) => f.kind === 'event' && f.type === 'ACCUSE'), JSON.stringify(coup.map((f) => [f.kind, f.type])));
  const death = facts('The general was condemned to death by a military tribunal.', 'en');
  assert.deepEqual(death.filter((f) => f.kind === 'claim' || f.type === 'ACCUSE').map((f) => f.kind), []);
});
