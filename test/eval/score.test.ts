// The scorer on small hand-made gold and predicted lists: exact counts, P/R/F1 and attribute rates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseGold, parseGoldFile, GoldError, type GoldFact } from '../../src/eval/gold.js';
import { actorRight, counts, match, normName, score, timeAt, timeRight, typeAccuracy, type PredictedFact } from '../../src/eval/score.js';

const DOC = 'gold-en/x.txt';

function gold(lines: object[]): GoldFact[] {
  return parseGold(lines.map((l) => JSON.stringify({ doc: DOC, ...l })).join('\n'), 'test.jsonl');
}

function pred(p: Partial<PredictedFact> & { sentence: number; kind: PredictedFact['kind']; type: string }): PredictedFact {
  return { doc: DOC, ...p };
}

test('counts: precision, recall and F1 from tp/fp/fn, zero-safe', () => {
  const c = counts(3, 1, 2);
  assert.deepEqual({ ...c, f1: +c.f1.toFixed(12) }, { tp: 3, fp: 1, fn: 2, precision: 0.75, recall: 0.6, f1: +(2 / 3).toFixed(12) });
  assert.deepEqual(counts(0, 0, 0), { tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 });
  assert.equal(counts(0, 2, 0).precision, 0);
});

test('a prediction matches only with the same doc, sentence, kind and type; one to one', () => {
  const g = gold([
    { sentence: 0, kind: 'event', type: 'ASSAULT' },
    { sentence: 0, kind: 'event', type: 'ASSAULT' },
    { sentence: 1, kind: 'event', type: 'COERCE', mode: 'seize' },
    { sentence: 2, kind: 'state', type: 'CONTROL' },
    { sentence: 3, kind: 'event', type: 'REQUEST' },
  ]);
  const p = [
    pred({ sentence: 0, kind: 'event', type: 'ASSAULT' }),
    pred({ sentence: 1, kind: 'event', type: 'COERCE', mode: 'arrest' }),
    pred({ sentence: 1, kind: 'event', type: 'COERCE', mode: 'seize' }), // a second one for the same gold: a false positive
    pred({ sentence: 2, kind: 'event', type: 'CONTROL' }), // wrong kind
    pred({ sentence: 4, kind: 'event', type: 'REQUEST' }), // wrong sentence
    { ...pred({ sentence: 3, kind: 'event', type: 'REQUEST' }), doc: 'gold-en/y.txt' }, // wrong document
  ];
  const r = score(g, p);
  assert.deepEqual([r.overall.tp, r.overall.fp, r.overall.fn], [2, 4, 3]);
  assert.equal(r.overall.precision, 2 / 6);
  assert.equal(r.overall.recall, 2 / 5);
  assert.ok(Math.abs(r.overall.f1 - 4 / 11) < 1e-12);
  // Greedy by attribute agreement: the "seize" prediction takes the COERCE gold, the "arrest" one is left over.
  const coerce = r.matches.find((m) => m.gold.type === 'COERCE')!;
  assert.equal(coerce.pred.mode, 'seize');
  assert.equal(coerce.right.mode, true);
  assert.deepEqual(r.falsePositives.map((f) => [f.sentence, f.type, f.mode ?? null]), [
    [1, 'COERCE', 'arrest'],
    [2, 'CONTROL', null],
    [4, 'REQUEST', null],
    [3, 'REQUEST', null],
  ]);
  assert.deepEqual(r.byType.ASSAULT, counts(1, 0, 1));
  assert.deepEqual(r.byType.COERCE, counts(1, 1, 0));
  assert.deepEqual(r.byType.CONTROL, counts(0, 1, 1)); // the gold state missed, and an event typed CONTROL predicted
  assert.deepEqual(r.byType.REQUEST, counts(0, 2, 1));
  assert.deepEqual(r.byKind.state, counts(0, 0, 1));
  assert.deepEqual(r.byKind.event, counts(2, 4, 2));
});

test('type confusions pair a missed gold event with an unmatched predicted event of the same sentence', () => {
  const g = gold([
    { sentence: 0, kind: 'event', type: 'ASSAULT' },
    { sentence: 0, kind: 'event', type: 'REQUEST' },
    { sentence: 1, kind: 'event', type: 'COERCE', mode: 'seize' },
    { sentence: 2, kind: 'event', type: 'RETREAT' },
  ]);
  const r = score(g, [
    pred({ sentence: 0, kind: 'event', type: 'COERCE' }),
    pred({ sentence: 1, kind: 'event', type: 'COERCE' }),
    pred({ sentence: 1, kind: 'event', type: 'ASSAULT' }),
    pred({ sentence: 2, kind: 'movement', type: 'RETREAT' }),
  ]);
  // Sentence 0: two misses, one spare prediction (used once); sentence 1 matched; sentence 2: a movement is not an event confusion.
  assert.deepEqual(r.confusions, { 'ASSAULT->COERCE': 1 });
});

test('event type accuracy: right when a predicted event of the sentence has the gold type; coded only where something was predicted', () => {
  const g = gold([
    { sentence: 0, kind: 'event', type: 'ASSAULT' },
    { sentence: 1, kind: 'event', type: 'COERCE' },
    { sentence: 2, kind: 'event', type: 'REQUEST' },
    { sentence: 3, kind: 'claim', type: null },
  ]);
  const ta = typeAccuracy(g, [
    pred({ sentence: 0, kind: 'event', type: 'PROTEST' }),
    pred({ sentence: 0, kind: 'event', type: 'ASSAULT' }),
    pred({ sentence: 1, kind: 'event', type: 'ASSAULT' }),
    pred({ sentence: 2, kind: 'claim', type: 'REQUEST' }),
  ]);
  assert.deepEqual(ta.all, { right: 1, total: 3, rate: 1 / 3 });
  assert.deepEqual(ta.coded, { right: 1, total: 2, rate: 0.5 });
});

test('claims and movements match by doc + sentence + kind, whatever their type', () => {
  const g = gold([
    { sentence: 0, kind: 'claim', type: null },
    { sentence: 1, kind: 'movement', type: 'RETREAT' },
  ]);
  const r = score(g, [pred({ sentence: 0, kind: 'claim', type: 'STATEMENT' }), pred({ sentence: 1, kind: 'movement', type: 'MOBILIZE' })]);
  assert.deepEqual([r.overall.tp, r.overall.fp, r.overall.fn], [2, 0, 0]);
  assert.deepEqual(Object.keys(r.byType).sort(), ['claim', 'movement']);
});

test('attributes: actor by id (or name when the gold has none), country, admin1, time at the gold precision, modality, quantities', () => {
  const g = gold([
    {
      sentence: 0,
      kind: 'event',
      type: 'COERCE',
      mode: 'seize',
      actor: { name: 'Taliban', id: 'afg-taliban' },
      recipient: { name: 'Juan Guaidó' },
      location: { name: 'Kunduz', country: 'AFG', admin1: 'Kunduz' },
      time: { value: '2021-07', precision: 'month' },
      quantities: [{ min: 6, max: 6 }],
      modality: 'asserted',
    },
    { sentence: 1, kind: 'event', type: 'ASSAULT', actor: { name: 'Taliban', id: 'afg-taliban' }, location: { name: 'Kabul', country: 'AFG', admin1: 'Kabul' }, time: { value: '2021-08-15', precision: 'day' }, modality: 'future' },
    { sentence: 2, kind: 'state', type: 'CONTROL', actor: { name: 'Northern Alliance', id: 'afg-northern-alliance' }, location: { name: 'Panjshir', country: 'AFG' } },
  ]);
  const r = score(g, [
    pred({
      sentence: 0,
      kind: 'event',
      type: 'COERCE',
      mode: 'seize',
      actor: { id: 'afg-taliban', name: 'Taliban', text: 'De jihadisten' },
      recipient: { id: null, name: 'juan guaido', text: 'Guaidó' },
      location: { name: 'Kunduz', country: 'AFG', admin1: 'Kunduz Province' },
      time: { text: 'zondag', value: '2021-07-11', precision: 'day' },
      quantities: [{ text: 'zes', min: 6, max: 6, what: 'districten' }],
      modality: 'asserted',
    }),
    pred({ sentence: 1, kind: 'event', type: 'ASSAULT', actor: { id: null, name: 'Taliban', text: 'Taliban' }, location: { name: 'Kabul', country: 'AFG', admin1: null }, time: { text: '', value: '2021-08', precision: 'month' }, modality: 'asserted' }),
    pred({ sentence: 2, kind: 'state', type: 'CONTROL', actor: null, holder: { id: 'afg-northern-alliance', name: 'Northern Alliance', text: 'de Noordelijke Alliantie' }, place: { name: 'Panjshir', country: 'AFG' } }),
  ]);
  assert.equal(r.overall.tp, 3);
  assert.deepEqual(r.matches[0]!.right, { actor: true, recipient: true, country: true, admin1: true, time: true, modality: true, mode: true, quantities: true });
  // Gold with an id: a prediction without the id is wrong even with the same name; month-precise time for a day-precise gold is wrong.
  assert.deepEqual(r.matches[1]!.right, { actor: false, country: true, admin1: false, time: false, modality: false });
  // States: the holder and the place stand for actor and location.
  assert.deepEqual(r.matches[2]!.right, { actor: true, country: true });
  assert.deepEqual(r.attributes.actor, { right: 2, total: 3, rate: 2 / 3 });
  assert.deepEqual(r.attributes.time, { right: 1, total: 2, rate: 0.5 });
  assert.deepEqual(r.attributes.recipient, { right: 1, total: 1, rate: 1 });
  assert.deepEqual(r.eventAttributes.actor, { right: 1, total: 2, rate: 0.5 });
  assert.deepEqual(r.attributes.admin1, { right: 1, total: 2, rate: 0.5 });
});

test('movements: every place the gold names must be among the predicted ones, in any role', () => {
  const g = gold([
    { sentence: 0, kind: 'movement', type: 'RETREAT', from: { name: 'Afghanistan', country: 'AFG' }, to: { name: 'Tadzjikistan', country: 'TJK' } },
    { sentence: 1, kind: 'movement', type: 'RETREAT', from: { name: 'Afghanistan', country: 'AFG' }, to: { name: 'Tadzjikistan', country: 'TJK' } },
    { sentence: 2, kind: 'movement', type: 'RETREAT', to: { name: 'Panjshir', country: 'AFG', admin1: 'Panjshir' } },
  ]);
  const r = score(g, [
    pred({ sentence: 0, kind: 'movement', type: 'RETREAT', location: { name: 'Tadzjikistan', country: 'TJK' }, from: { name: 'Afghanistan', country: 'AFG' }, to: null }),
    pred({ sentence: 1, kind: 'movement', type: 'RETREAT', location: null, from: null, to: { name: 'Tadzjikistan', country: 'TJK' } }),
    pred({ sentence: 2, kind: 'movement', type: 'RETREAT', location: { name: 'Panjshir', country: 'AFG', admin1: 'Panjshir Province' }, from: null, to: null }),
  ]);
  assert.deepEqual(r.matches.map((m) => m.right), [{ country: true }, { country: false }, { country: true, admin1: true }]);
});

test('time at a precision: day, week, month, year, decade and intervals', () => {
  assert.equal(timeAt('2021-07-11', 'month'), '2021-07');
  assert.equal(timeAt('2021-07', 'day'), null);
  assert.equal(timeAt('1990/1999', 'decade'), '199');
  assert.equal(timeAt('2021-07-11', 'week'), '2021-W27'); // a Sunday: still the week of Monday 5 July
  assert.equal(timeAt('2021-07-12', 'week'), '2021-W28');
  assert.equal(timeAt('2021-01-03', 'week'), '2020-W53');
  assert.equal(timeAt('2019-12-30', 'week'), '2020-W01');
  assert.equal(timeAt('2019-W12', 'month'), '2019-03');
  assert.equal(timeAt('2019-W12', 'day'), null);
  assert.ok(timeRight({ value: '1990/1999', precision: 'decade' }, { value: '1995', precision: 'year' }));
  assert.ok(timeRight({ value: '2001-09', precision: 'month' }, { value: '2001-09-11', precision: 'day' }));
  assert.ok(!timeRight({ value: '2001-09', precision: 'month' }, { value: '2001', precision: 'year' }));
  assert.ok(!timeRight({ value: '2021-08', precision: 'month' }, null));
  assert.ok(timeRight({ value: '2019-W12', precision: 'week' }, { value: '2019-03-23', precision: 'day' }));
});

test('actors without an id: the surface name, equal or contained as whole words', () => {
  assert.ok(actorRight({ name: 'Nicolás Maduro' }, { id: null, name: 'Maduro', text: 'Maduro' }));
  assert.ok(actorRight({ name: 'regering van het Nationaal Akkoord' }, { id: null, name: 'x', text: 'de door de VN erkende regering van het Nationaal Akkoord' }));
  assert.ok(!actorRight({ name: 'Maduro' }, { id: null, name: 'Madurobewind', text: 'het Madurobewind' }));
  assert.ok(!actorRight({ name: 'Venezolaanse media' }, { id: null, name: 'de', text: 'de' }));
  assert.ok(!actorRight({ name: 'Taliban', id: 'afg-taliban' }, { id: null, name: 'Taliban', text: 'Taliban' }));
  assert.ok(!actorRight({ name: 'Taliban' }, null));
});

test('names are compared without case, diacritics, punctuation or a leading article', () => {
  assert.equal(normName('De Noordelijke  Alliantie'), 'noordelijke alliantie');
  assert.equal(normName('Guaidó'), 'guaido');
  assert.equal(normName("the G7's"), 'g7 s');
});

test('match is deterministic and leaves unmatched lists in input order', () => {
  const g = gold([{ sentence: 5, kind: 'event', type: 'AID' }]);
  const m = match(g, []);
  assert.equal(m.matches.length, 0);
  assert.equal(m.misses[0], g[0]);
  assert.deepEqual(score([], [pred({ sentence: 0, kind: 'event', type: 'AID' })]).overall, counts(0, 1, 0));
});

test('bad gold lines are refused with the line and the field named', () => {
  const bad = (o: object) => () => parseGold(JSON.stringify(o), 'g.jsonl');
  assert.throws(bad({ doc: DOC, sentence: 0, kind: 'event', type: 'ATTACK' }), (e: GoldError) => e.where === 'g.jsonl:1' && /not a PLOVER type/.test(e.problem));
  assert.throws(bad({ doc: DOC, sentence: -1, kind: 'event', type: 'AID' }), /sentence/);
  assert.throws(bad({ doc: 'other/x.txt', sentence: 0, kind: 'event', type: 'AID' }), /doc/);
  assert.throws(bad({ doc: DOC, sentence: 0, kind: 'state', type: 'AID' }), /CONTROL/);
  assert.throws(bad({ doc: DOC, sentence: 0, kind: 'event', type: 'AID', location: { name: 'X', country: 'af' } }), /country/);
  assert.throws(bad({ doc: DOC, sentence: 0, kind: 'event', type: 'AID', time: { value: '11 July', precision: 'day' } }), /time.value/);
  assert.throws(bad({ doc: DOC, sentence: 0, kind: 'event', type: 'AID', text: 'a copied sentence' }), /unknown field "text"/);
  assert.throws(() => parseGold('{"doc":', 'g.jsonl'), /g.jsonl:1: not JSON/);
  // Scope lines: facts outside the annotated range are refused.
  const scoped = [{ doc: DOC, sentences: [0, 2] }, { doc: DOC, sentence: 3, kind: 'event', type: 'AID' }].map((o) => JSON.stringify(o)).join('\n');
  assert.throws(() => parseGoldFile(scoped, 'g.jsonl'), /g.jsonl:2: sentence 3 is outside the annotated range \[0, 2\]/);
  const ok = parseGoldFile(`// a comment\n\n${JSON.stringify({ doc: DOC, sentences: [0, 4] })}\n${JSON.stringify({ doc: DOC, sentence: 3, kind: 'claim', type: null })}`, 'g.jsonl');
  assert.deepEqual(ok.scopes.map((s) => [s.first, s.last]), [[0, 4]]);
  assert.equal(ok.facts.length, 1);
});
