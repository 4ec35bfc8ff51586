// The two seed articles end to end: what a careful analyst would write down (read from ../shared/seeds).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ControlState, Fact, Movement } from '../../src/model/index.js';
import { inSentence, schemaErrors, seed, spanOf } from './helpers.js';

const one = (facts: Fact[], what: string): Fact => {
  assert.ok(facts.length > 0, `expected ${what}`);
  return facts[0]!;
};

test('July: six border districts taken by the Taliban ("De jihadisten" -> Taliban), the verb as the span, a held control state', () => {
  const x = seed('2021-07');
  const f = one(inSentence(x.facts, 'grensdistricten').filter((f) => f.kind === 'event' && f.type === 'COERCE'), 'a COERCE event');
  assert.equal(f.mode, 'seize');
  assert.equal(spanOf(x, f), 'namen');
  assert.equal(f.actor?.id, 'afg-taliban');
  assert.equal(f.quantities[0]?.min, 6);
  assert.equal(f.modality, 'asserted');
  assert.equal(f.location?.country, 'AFG');
  // Month-precise article, no date in the sentence: the month, never a guessed day.
  assert.deepEqual([f.time?.value, f.time?.precision], ['2021-07', 'month']);
  // Hardly any fighting: the fight is hedged and the transfer counts as non-violent.
  const fight = one(inSentence(x.facts, 'grensdistricten').filter((f) => f.type === 'ASSAULT'), 'the fighting');
  assert.equal(fight.modality, 'hedged');
  assert.equal(f.acled?.sub_event_type, 'Non-violent transfer of territory');
  const held = inSentence(x.facts, 'grensdistricten').find((f) => f.kind === 'state') as ControlState | undefined;
  assert.equal(held?.holder?.id, 'afg-taliban');
});

test('July: more than a thousand Afghan soldiers crossing into Tajikistan is a movement from AFG to TJK', () => {
  const x = seed('2021-07');
  const m = one(inSentence(x.facts, 'grens over').filter((f) => f.kind === 'movement'), 'a movement') as Movement;
  assert.equal(m.actor?.id, 'afg-military');
  assert.ok((m.quantities[0]?.min ?? 0) > 1000, JSON.stringify(m.quantities));
  assert.equal(m.from?.country, 'AFG');
  assert.equal(m.to?.country, 'TJK');
});

test('July: surrender and capture of the soldiers', () => {
  const x = seed('2021-07');
  const s = inSentence(x.facts, 'vrijwillig');
  const surrender = one(s.filter((f) => f.type === 'RETREAT'), 'a surrender');
  assert.equal(surrender.actor?.type, 'state_military');
  // Combatants captured: PLOVER ASSAULT/abduct, not an arrest. Passive without an agent: the soldiers are the ones captured.
  const capture = one(s.filter((f) => f.type === 'ASSAULT' && f.mode === 'abduct'), 'a capture');
  assert.equal(capture.actor, null);
  assert.equal(capture.recipient?.type, 'state_military');
});

test('July: modality of Tajikistan considering camps (hypothetical), the counteroffensive vow (future), the US request (reported)', () => {
  const x = seed('2021-07');
  const camps = one(inSentence(x.facts, 'tentenkampen').filter((f) => f.type === 'AID'), 'aid by Tajikistan');
  assert.equal(camps.actor?.id, 'tjk');
  assert.equal(camps.modality, 'hypothetical');
  const counter = one(inSentence(x.facts, 'tegenoffensief').filter((f) => f.kind === 'event' && (f.trigger ?? '').includes('tegenoffensief')), 'the counteroffensive');
  assert.equal(counter.modality, 'future');
  const request = one(inSentence(x.facts, 'verzocht').filter((f) => f.type === 'REQUEST'), 'the request');
  assert.equal(request.actor?.id, 'usa');
  assert.equal(request.recipient?.id, 'tjk');
  assert.equal(request.modality, 'reported');
});

test('July: the Taliban hold about a third of the 421 districts', () => {
  const x = seed('2021-07');
  const st = one(inSentence(x.facts, '421').filter((f) => f.kind === 'state'), 'a control state') as ControlState;
  assert.equal(st.type, 'CONTROL');
  assert.equal(st.holder?.id, 'afg-taliban');
  assert.ok(st.share && st.share.text.includes('derde'), JSON.stringify(st.share));
  assert.equal(st.share?.what, 'districten');
});

test('August: Panjshir held by the Northern Alliance, and not taken by the Taliban', () => {
  const x = seed('2021-08');
  const held = one(inSentence(x.facts, 'Noordelijke Alliantie').filter((f) => f.kind === 'state'), 'a control state') as ControlState;
  assert.equal(held.holder?.id, 'afg-northern-alliance');
  assert.equal(held.place?.name, 'Panjshir');
  assert.equal(held.modality, 'asserted');
  const notTaken = one(inSentence(x.facts, 'niet veroverd').filter((f) => f.kind === 'state'), 'not held') as ControlState;
  assert.equal(notTaken.holder?.id, 'afg-taliban');
  assert.equal(notTaken.modality, 'negated');
  // Resisting is fighting back against the party that took the country, in the valley.
  const resists = one(inSentence(x.facts, 'weerstand').filter((f) => f.kind === 'event' && (f.trigger ?? '').includes('weerstand')), 'the valley resisting');
  assert.equal(resists.type, 'ASSAULT');
  assert.equal(resists.recipient?.id, 'afg-taliban');
  assert.equal(resists.modality, 'asserted');
  assert.match(resists.location?.name ?? '', /Panjshir/);
  assert.equal(inSentence(x.facts, 'weerstand').filter((f) => f.kind === 'state' && (f.trigger ?? '').includes('weerstand')).length, 0);
});

test('August: historical facts carry their own dates (end of last century, days before 9/11)', () => {
  const x = seed('2021-08');
  const took = one(inSentence(x.facts, 'Eind vorige eeuw').filter((f) => f.kind === 'event'), 'the conquest');
  assert.equal(took.type, 'COERCE');
  assert.equal(took.actor?.id, 'afg-ahmad-shah-massoud');
  assert.equal(took.modality, 'historical');
  assert.equal(took.time?.value, '1990/1999');
  const killed = one(inSentence(x.facts, '9/11').filter((f) => f.kind === 'event'), 'the killing');
  assert.equal(killed.type, 'ASSAULT');
  assert.equal(killed.recipient?.id, 'afg-ahmad-shah-massoud');
  assert.equal(killed.modality, 'historical');
  assert.equal(killed.time?.value?.slice(0, 4), '2001');
  // The Red Army never took the valley: negated, not historical.
  const never = one(inSentence(x.facts, 'Rode Leger').filter((f) => f.kind === 'event'), 'the Red Army');
  assert.equal(never.modality, 'negated');
});

test('August: arriving "er" goes to the place of the sentence before; the former vice-president arrived in Panjshir', () => {
  const x = seed('2021-08');
  const m = one(inSentence(x.facts, 'aangekomen').filter((f) => f.kind === 'movement' && (f.trigger ?? '').startsWith('aangekomen')), 'arrival') as Movement;
  assert.equal(m.actor?.id, 'afg-amrullah-saleh');
  assert.equal(m.to?.name, 'Panjshir');
});

test('every seed fact validates against the fact schema and its span lies in its sentence', () => {
  for (const d of ['2021-07', '2021-08'] as const) {
    const x = seed(d);
    assert.ok(x.facts.length >= 10);
    for (const f of x.facts) {
      assert.equal(schemaErrors(f), null);
      const sStart = x.text.indexOf(f.source.text);
      assert.ok(f.source.start >= sStart && f.source.end <= sStart + f.source.text.length);
    }
    for (const m of x.mentions) assert.equal(x.text.slice(m.start, m.end), m.text);
  }
});
