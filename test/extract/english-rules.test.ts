// Rules of the shared extractor found missing on English text, one test per rule, on our own sentences
// (the rules are language-neutral; the words they need are lexicon data).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Fact } from '../../src/model/index.js';
import { run } from './helpers.js';

const brief = (fs: Fact[]) => JSON.stringify(fs.map((f) => [f.kind, f.type, f.mode, f.modality, f.trigger]));

/** The facts of `sentence` of that kind and type. */
function facts(sentence: string, type: string, kind: Fact['kind'] = 'event', lang: 'en' | 'nl' = 'en'): Fact[] {
  const x = run(sentence, lang);
  return x.facts.filter((f) => f.kind === kind && f.type === type);
}

/** Which facts a sentence gave, for assertion messages. */
function all(sentence: string, lang: 'en' | 'nl' = 'en'): string {
  return brief(run(sentence, lang).facts);
}

test('armed-party gate: states and sentence-initial troops, rebels, militants can fight', () => {
  const a = facts('Russia attacked Ukraine.', 'ASSAULT');
  assert.equal(a[0]?.actor?.id, 'rus');
  assert.equal(a[0]?.recipient?.id, 'ukr');
  // Capitalised at the start of the sentence, the tagger takes these nouns for names or verbs.
  for (const [s, type] of [['Troops attacked the village.', 'state_military'], ['Rebels attacked an army patrol.', 'rebel_group'], ['Militants attacked a checkpoint near Kabul.', 'rebel_group']] as const) {
    const f = facts(s, 'ASSAULT');
    assert.equal(f.length, 1, all(s));
    assert.equal(f[0]!.actor?.type, type, s);
  }
  // Words are still no weapons.
  assert.deepEqual(facts("The minister attacked the government's plans.", 'ASSAULT'), []);
});

test('announced concessions: said it would, agreed or offered to withdraw or release is CONCEDE, asserted', () => {
  for (const s of ['The government said it would pull its soldiers out of the province.', 'The militia agreed to withdraw from the port.', 'The kidnappers offered to release two of the aid workers.', 'The junta will free the detained journalists.', 'De regering zei dat ze de soldaten uit de provincie zou terugtrekken.']) {
    const lang = s.startsWith('De ') ? 'nl' : 'en';
    const c = facts(s, 'CONCEDE', 'event', lang);
    assert.equal(c.length, 1, s + ' ' + all(s, lang));
    assert.equal(c[0]!.modality, 'asserted', s);
    assert.deepEqual(facts(s, 'RETREAT', 'event', lang), [], s);
  }
  // With a perfect, "would" reports what someone says happened.
  const r = facts('Witnesses said the rebels would have attacked the base at night.', 'ASSAULT');
  assert.equal(r[0]?.modality, 'reported');
});

test('a past-tense act dated after the article is not announced', () => {
  // The article is dated 2021-07-15 (helpers.run).
  const a = facts('Iraq invaded Kuwait in September 2021.', 'ASSAULT');
  assert.equal(a.length, 1, all('Iraq invaded Kuwait in September 2021.'));
  assert.notEqual(a[0]!.modality, 'future');
  assert.deepEqual(facts('Iraq invaded Kuwait in September 2021.', 'THREATEN'), []);
  assert.equal(facts('The brigade has withdrawn from the valley in October 2021.', 'CONCEDE').length, 0);
  // In the present or future tense, a later date still makes it an announcement.
  assert.equal(facts('The brigade will withdraw from the valley in October 2021.', 'CONCEDE').length, 1);
});

test('a bare event noun that a reaction is about refers back: no new event', () => {
  assert.deepEqual(facts('The African Union condemned the takeover.', 'COERCE'), [], all('The African Union condemned the takeover.'));
  assert.equal(facts('The African Union condemned the takeover.', 'ACCUSE').length, 1);
  assert.deepEqual(facts('Hundreds of students protested against the coup.', 'COERCE'), []);
  assert.equal(facts('Hundreds of students protested against the coup.', 'PROTEST').length, 1);
  assert.deepEqual(facts('The general halted the offensive.', 'ASSAULT'), []);
  assert.deepEqual(facts('The bishops denounced the cruel invasion.', 'ASSAULT'), []);
  // Details of its own make it a fact: a place, a date; but who condemns it did not do it.
  const b = facts('The UN condemned the bombing in Mogadishu on Tuesday.', 'ASSAULT');
  assert.equal(b.length, 1, all('The UN condemned the bombing in Mogadishu on Tuesday.'));
  assert.notEqual(b[0]!.actor?.id, 'igo-un');
});

test('a coup gives a CONTROL state for the putschists: the place named, else their country', () => {
  const s = 'The Malian army seized power in Bamako on Friday.';
  const st = facts(s, 'CONTROL', 'state');
  assert.equal(st.length, 1, all(s));
  assert.equal(st[0]!.kind === 'state' && st[0]!.holder?.id, 'mli-military');
  assert.equal(st[0]!.location?.name, 'Bamako');
  const c = facts('Gabonese soldiers ousted the president.', 'CONTROL', 'state');
  assert.equal(c.length, 1, all('Gabonese soldiers ousted the president.'));
  assert.equal(c[0]!.location?.country, 'GAB');
  // No state for a coup only considered.
  assert.deepEqual(facts('Officers could stage a coup in Conakry.', 'CONTROL', 'state'), []);
});

test('a period of fighting is an event of its own; a subject with a preposition is no subject', () => {
  const s = 'After four weeks of clashes, the insurgents captured the airport.';
  const f = facts(s, 'ASSAULT');
  assert.equal(f.length, 1, all(s));
  assert.match(f[0]!.trigger ?? '', /clashes/);
  // The parser took "weeks" for a second subject: the actor is the insurgents.
  assert.equal(facts(s, 'COERCE')[0]?.actor?.type, 'rebel_group', all(s));
  // A bare noun without a period stays no event.
  assert.deepEqual(facts('They were weary of fighting.', 'ASSAULT'), []);
});

test('a hyphen inside a word does not end the clause of a multiword trigger', () => {
  const s = 'The junta imposed a three-month state of emergency.';
  const f = facts(s, 'COERCE');
  assert.equal(f.length, 1, all(s));
  assert.equal(f[0]!.mode, 'martial-law');
});

test('a place the parser left without a relation of its own ("occupied Guatemala City": obl:unmarked) is the object', () => {
  const s = 'Government troops occupied Guatemala City on Sunday.';
  const f = facts(s, 'COERCE');
  assert.equal(f.length, 1, all(s));
  assert.equal(f[0]!.location?.name, 'Guatemala City');
  assert.equal(facts(s, 'CONTROL', 'state').length, 1);
});

test('a bare role noun opening the sentence needs no article: "Police fired ..." is the police of the article\'s country', () => {
  const x = run('The government of Sri Lanka declared a curfew on Friday. Police fired tear gas at protesters in Colombo on Saturday.', 'en');
  const f = x.facts.find((g) => g.kind === 'event' && g.type === 'ASSAULT');
  assert.equal(f?.actor?.id, 'lka-police');
  const y = run('Rebels took the town of Goma in Congo. Troops fled to the south.', 'en');
  assert.equal(y.facts.find((g) => g.kind === 'movement')?.actor?.id, 'cod-military');
});

test('"the party" refers to the party just named', () => {
  const r = run('The Labour Party won the election. The party called for a new referendum.', 'en').facts.find((f) => f.type === 'REQUEST');
  assert.equal(r?.actor?.id, 'gbr-labour-party');
});

test('a comparative the parser took for a preposition ("more than a dozen missiles") leaves the nominal act to the verb\'s subject', () => {
  const [a] = facts('The rebels fired more than a dozen rockets at the airport on Tuesday.', 'ASSAULT');
  assert.equal(a?.actor?.text, 'rebels');
});
