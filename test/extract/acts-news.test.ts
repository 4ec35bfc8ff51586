// Dutch acts of crime and street news, protest marches and votes (session 9): own sentences, one entry per test,
// each found with its type, actor and modality; and the words that look like them but are none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Fact } from '../../src/model/index.js';
import { only, run } from './helpers.js';

const published = { value: '2019-04-10', precision: 'day' as const };
const events = (text: string) => run(text, 'nl', published).facts.filter((f): f is Fact & { kind: 'event' } => f.kind === 'event');

test('nl stabbing: "stak ... dood", "werd neergestoken", "een steekpartij" are violence against people', () => {
  const a = only(events('Een verwarde man stak gisteren in Zwolle twee voorbijgangers dood.'), (f) => f.type === 'ASSAULT', 'the stabbing');
  assert.equal(a.acled?.event_type, 'Violence against civilians');
  assert.equal(a.location?.name, 'Zwolle');
  assert.equal(only(events('Een vrouw werd zaterdag in Leiden neergestoken.'), (f) => f.type === 'ASSAULT', 'the stabbing').location?.name, 'Leiden');
  assert.equal(events('Bij een steekpartij in een café raakte een man gewond.').filter((f) => f.type === 'ASSAULT').length >= 1, true);
});

test('nl a vehicle driven into a crowd and a rampage with an axe are attacks by whoever does them', () => {
  const a = only(events('De bestuurder reed in op de mensenmassa op het plein.'), (f) => f.type === 'ASSAULT', 'the ramming');
  assert.match(a.actor?.text ?? '', /bestuurder/);
  assert.equal(only(events('Een man ging met een bijl tekeer in een bus.'), (f) => f.type === 'ASSAULT', 'the rampage').actor?.text, 'man');
});

test('nl vandalism is ASSAULT destroy (PLOVER: intentional destruction of property); ruining a country is not', () => {
  const a = only(events('Onbekenden hebben vannacht in Tiel tientallen fruitbomen vernield.'), (f) => f.type === 'ASSAULT', 'the vandalism');
  assert.equal(a.mode, 'destroy');
  assert.equal(events('De oppositie zegt dat de president het land de vernieling in helpt.').filter((f) => f.type === 'ASSAULT').length, 0);
});

test('nl a march is a protest ("de klimaatmars", "de mars van de Dam naar het Museumplein"); the planet Mars is not', () => {
  const a = only(events('Zondag houden duizenden mensen een klimaatmars in Den Haag.'), (f) => f.type === 'PROTEST', 'the march');
  assert.equal(a.location?.name, 'The Hague');
  assert.equal(events('Een Nederlands bedrijf wilde mensen naar de planeet Mars sturen.').filter((f) => f.type === 'PROTEST').length, 0);
});

test('nl a community service sentence is a conviction; a deal voted down is rejected; a phone call is consultation', () => {
  assert.equal(only(events('De rechter legde de man een werkstraf van 60 uur op.'), (f) => f.type === 'SANCTION', 'the sentence').mode, 'convict');
  assert.equal(events('Het parlement heeft het akkoord opnieuw weggestemd.').filter((f) => f.type === 'REJECT').length, 1);
  assert.equal(events('Het telefoongesprek tussen de twee premiers liep uit op ruzie.').filter((f) => f.type === 'CONSULT').length, 1);
});

test('nl police words arrest whoever they take, soldiers too; fighters taking soldiers prisoner abduct them', () => {
  const a = only(events('In Londen werden vorig jaar vier militairen opgepakt omdat ze lid waren van een verboden groep.'), (f) => f.type === 'COERCE' || f.type === 'ASSAULT', 'the arrest');
  assert.equal(a.type, 'COERCE');
  assert.equal(a.mode, 'arrest');
  const b = only(events('Rebellen hebben twaalf soldaten gevangengenomen.'), (f) => f.type === 'COERCE' || f.type === 'ASSAULT', 'the capture');
  assert.equal(b.type, 'ASSAULT');
  assert.equal(b.mode, 'abduct');
});

test('nl asking for something: "dringt aan op", a party that "bepleit" a ban; not a columnist arguing or a lawyer pleading a case', () => {
  const a = only(events('De SP dringt in de Tweede Kamer aan op een onderzoek naar de subsidies.'), (f) => f.type === 'REQUEST', 'the request');
  assert.equal(a.actor?.id, 'nld-sp');
  assert.equal(events('De tijd dringt voor het kabinet.').filter((f) => f.type === 'REQUEST').length, 0);
  assert.equal(only(events('De PvdA bepleit een verbod op de jacht.'), (f) => f.type === 'REQUEST', 'the advocacy').actor?.id, 'nld-pvda');
  assert.equal(events('Morgen mag de advocaat haar zaak bij de rechter bepleiten.').filter((f) => f.type === 'REQUEST').length, 0);
});

test('nl deporting people is COERCE deport; expelling a diplomat or declaring one persona non grata is SANCTION expel (PLOVER manual)', () => {
  const a = only(events('De vrouw en haar kinderen werden vorig jaar uitgezet naar Armenië.'), (f) => f.type === 'COERCE' || f.type === 'SANCTION', 'the deportation');
  assert.equal(a.type, 'COERCE');
  assert.equal(a.mode, 'deport');
  const b = only(events('Nederland zet de Iraanse ambassadeur, Ali Reza, het land uit.'), (f) => f.type === 'COERCE' || f.type === 'SANCTION', 'the expulsion');
  assert.equal(b.type, 'SANCTION');
  assert.equal(b.mode, 'expel');
});

test('nl/en a verb of seeming hedges the act, and a passive agent after it is the actor ("De aanslag lijkt gepleegd door ...")', () => {
  const a = only(events('De aanslag in Lyon lijkt gepleegd door een crimineel met schulden.'), (f) => f.type === 'ASSAULT', 'the attack');
  assert.equal(a.modality, 'hedged');
  assert.equal(a.actor?.text, 'crimineel');
  const en = only(run('The army appears to have withdrawn from the town.', 'en', published).facts, (f) => f.kind === 'event' && f.type === 'RETREAT', 'the withdrawal');
  assert.equal(en.modality, 'hedged');
});
