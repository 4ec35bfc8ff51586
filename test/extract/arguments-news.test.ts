// Argument rules for news text (session 3): implicit agents, references back, places of multi-item articles.
// Own sentences, one rule per test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Fact } from '../../src/model/index.js';
import { only as first, run } from './helpers.js';
const arrest = (f: Fact) => f.kind === 'event' && f.type === 'COERCE' && f.mode === 'arrest';

test('nl an arrest told in the passive without an agent is the police of the country where it happened', () => {
  const f = first(run('In Marseille is dinsdag een 40-jarige man opgepakt.').facts, arrest, 'the arrest');
  assert.equal(f.actor?.id, 'fra-police');
  assert.equal(f.location?.country, 'FRA');
  const g = first(run('Tijdens een huiszoeking in Amsterdam werden drie geweren gevonden.').facts, (f) => f.type === 'COERCE', 'the search');
  assert.equal(g.actor?.id, 'nld-police');
});

test('nl the police force the sentence names is the implicit agent: "..., meldt de Duitse politie"', () => {
  const f = first(run('Een 30-jarige Rotterdammer werd vorige week opgepakt, meldt de Duitse politie.').facts, arrest, 'the arrest');
  assert.equal(f.actor?.id, 'deu-police');
});

test('nl an agent the text names is kept; a capture of fighters gets no police', () => {
  const f = first(run('De verdachte werd in Utrecht door de marechaussee aangehouden.').facts, arrest, 'the arrest');
  assert.match(f.actor?.name ?? '', /marechaussee/i);
  const g = run('In Kunduz werden twintig talibanstrijders gevangengenomen.').facts.filter((f) => f.type === 'COERCE' || f.type === 'ASSAULT');
  assert.ok(g.every((f) => f.actor?.type !== 'police'), JSON.stringify(g.map((f) => f.actor)));
});

test('nl "aangehouden" is an arrest (the parser lemmatises it as a separable verb), an adjourned case is not', () => {
  const f = first(run('In Leiden is zondagnacht een 19-jarige vrouw aangehouden.').facts, arrest, 'the arrest');
  assert.equal(f.actor?.id, 'nld-police');
  assert.deepEqual(run('De rechtszaak tegen de oud-minister werd maandag aangehouden.').facts.filter(arrest), []);
});

test('nl an arrest with "is" labelled as a copula is still passive: the arrested woman is no actor', () => {
  const f = first(run('Carla Mendoza sprak in Lima. Een 61-jarige vrouw is daar gearresteerd.').facts, arrest, 'the arrest');
  assert.equal(f.actor?.id, 'per-police');
  assert.match(f.recipient?.name ?? '', /vrouw/);
});

test('nl a definite bare title refers back to the person named with it, also behind an adjective ("De Peruaanse minister X")', () => {
  const x = run('De Peruaanse minister Carla Mendoza sprak maandag in Lima. De minister eiste dat Chili de grens opent.');
  assert.equal(first(x.facts, (f) => f.type === 'REQUEST', 'the demand').actor?.name, 'Carla Mendoza');
  assert.equal(first(x.facts, (f) => f.kind === 'claim', 'the claim').actor?.name, 'Carla Mendoza');
});

test('nl a definite phrase described by an age refers back to the person named before ("De 61-jarige politica")', () => {
  const x = run('Oppositieleider Carla Mendoza is zondag in Lima teruggekeerd. De 61-jarige politica eiste dat de regering aftreedt.');
  assert.equal(first(x.facts, (f) => f.type === 'REQUEST', 'the demand').actor?.name, 'Carla Mendoza');
  assert.equal(first(x.facts, (f) => f.kind === 'claim', 'the claim').actor?.name, 'Carla Mendoza');
});

test('nl an indefinite phrase with an age is a new actor ("Een 61-jarige vrouw"), not the person named before', () => {
  const f = first(run('Carla Mendoza sprak in Lima. Een 61-jarige vrouw is daar gearresteerd.').facts, arrest, 'the arrest');
  assert.notEqual(f.recipient?.name, 'Carla Mendoza');
});

test('nl police and citizens of another country act at home, not at the place of an earlier item', () => {
  const f = first(run('In Amsterdam is gisteren een nieuw museum geopend. De Belgische politie heeft een 30-jarige man opgepakt.').facts, arrest, 'the arrest');
  assert.equal(f.location?.country, 'BEL');
  const x = run('De Tweede Kamer debatteerde dinsdag in Den Haag over de begroting. Veel Soedanezen demonstreerden tegen president Bashir. Ze eisten zijn vertrek.');
  assert.equal(first(x.facts, (f) => f.type === 'PROTEST', 'the protest').location?.country, 'SDN');
  // The next act without a place of its own follows the story to Sudan, not the article's first place.
  assert.equal(first(x.facts, (f) => f.type === 'REQUEST', 'the demand').location?.country, 'SDN');
});

test('nl refugees are abroad: their country does not move the place of their act', () => {
  const x = run('In het Tadzjiekse Chorog staat een groot kamp. Afghaanse vluchtelingen demonstreerden tegen de regering.');
  const f = first(x.facts, (f) => f.type === 'PROTEST', 'the protest');
  assert.equal(f.actor?.id, 'afg-refugees');
  assert.equal(f.location?.country, 'TJK');
});

test('nl a country people noun in the plural is its civilians, and "zij" can refer back to them', () => {
  const x = run('Tienduizenden Venezolanen zijn zaterdag de straat opgegaan. Zij beschuldigen de regering van corruptie.');
  assert.equal(first(x.facts, (f) => f.type === 'PROTEST', 'the protest').actor?.id, 'ven-civilians');
  assert.equal(first(x.facts, (f) => f.type === 'ACCUSE', 'the accusation').actor?.id, 'ven-civilians');
  // One person of that country is no group of civilians.
  const y = run('In Utrecht is een 50-jarige Rwandees opgepakt.');
  assert.notEqual(first(y.facts, arrest, 'the arrest').recipient?.id, 'rwa-civilians');
});

test('nl a nominal event as the subject of a passive takes its agent: "De aanval ... werd uitgevoerd door rebellen"', () => {
  const f = first(run('De aanval op de kazerne werd uitgevoerd door rebellen.').facts, (f) => f.type === 'ASSAULT', 'the attack');
  assert.equal(f.actor?.name, 'rebellen');
  const g = first(run('De aanslag werd gepleegd door jagers van een rivaliserend volk.').facts, (f) => f.type === 'ASSAULT', 'the attack');
  assert.match(g.actor?.name ?? '', /^jagers/);
});

test('nl a personal subject pronoun continues the previous subject; a passive one and a demonstrative the last named', () => {
  const x = run('De demonstranten bekogelden de politie met stenen. Ook staken ze een auto in brand.');
  assert.equal(first(x.facts, (f) => f.type === 'ASSAULT' && (f.trigger ?? '').startsWith('staken'), 'the arson').actor?.name, 'demonstranten');
  const y = run('De rebellen vielen de soldaten aan. Ze werden later gevangengenomen.');
  const ze = y.mentions.find((m) => m.kind === 'actor' && m.text === 'Ze');
  assert.equal(ze?.resolved, 'soldaten');
});

test('nl a speech verb right after "en" shares the subject of the verb before it: "X steunde ... en riep Y op ..."', () => {
  const x = run('Generaal Pablo Vega steunde de betogers en riep president Mendoza op om af te treden.');
  const req = first(x.facts, (f) => f.type === 'REQUEST', 'the call');
  assert.match(req.actor?.name ?? '', /Pablo Vega/);
  assert.match(req.recipient?.name ?? '', /Mendoza/);
});

test('nl a sentence-opening "Er" before its verb is the expletive, not the last place: the place named in the sentence counts', () => {
  const x = run('Een raket uit Syrië sloeg in bij Haifa. Er vielen vanmorgen vijf gewonden toen een granaat een school in Beersheba raakte.');
  const f = first(x.facts, (f) => f.type === 'ASSAULT' && f.source.sentence === 1, 'the wounding');
  assert.equal(f.location?.name, 'Beersheba');
  // "Daar" stays locative: the last place named.
  const y = run('Rebellen trokken zondag Goma binnen. Daar vielen tientallen doden.');
  assert.equal(first(y.facts, (f) => f.type === 'ASSAULT' && f.source.sentence === 1, 'the deaths').location?.name, 'Goma');
});

test('nl a region named after a state ("het zuiden van Israël") is a place, and the context of the next sentence', () => {
  const x = run('Hamas hield zondag een betoging in Gaza. Het zuiden van Israël werd maandag gebombardeerd. Daarbij kwamen drie mensen om het leven.');
  const f = first(x.facts, (f) => f.type === 'ASSAULT' && f.source.sentence === 2, 'the deaths');
  assert.equal(f.location?.country, 'ISR');
});

test('nl a place a distance is measured from ("zo\'n veertig kilometer van Gaza") is a reference point, not the place', () => {
  const x = run('Een raket trof zondag een boerderij bij Haifa. Een tweede raket kwam neer in een veld, zo’n veertig kilometer van Gaza.');
  const f = first(x.facts, (f) => f.type === 'ASSAULT' && f.source.sentence === 1, 'the second rocket');
  assert.equal(f.location?.country, 'ISR');
});

test('nl a bare "de politie" (country guessed from the article) does not move a round-up item home', () => {
  const x = run('In Utrecht is een nieuw station geopend. Het kostte tien jaar. In Madrid werd een Nederlander neergestoken. De politie arresteerde twee verdachten.');
  assert.equal(first(x.facts, arrest, 'the arrest').location?.country, 'ESP');
});

test('nl a time word is nobody: "is zondag een vrouw aangehouden" is an arrest by the police, not by "zondag"', () => {
  const f = first(run('In Leiden is zondag een 19-jarige vrouw aangehouden.').facts, arrest, 'the arrest');
  assert.equal(f.actor?.id, 'nld-police');
  // a day opening the sentence neither
  const g = first(run('Donderdag werden in Lyon twee mannen gearresteerd.').facts, arrest, 'the arrest');
  assert.equal(g.actor?.id, 'fra-police');
});
