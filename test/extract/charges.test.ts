// An act someone is charged with, arrested or convicted for is theirs when the sentence names no other actor
// (categories with `charges`, prepositions of role `charge`): own sentences, nl and en.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Fact } from '../../src/model/index.js';
import { only, run } from './helpers.js';

const published = { value: '2019-04-10', precision: 'day' as const };
const events = (text: string, lang: 'nl' | 'en' = 'nl') => run(text, lang, published).facts.filter((f): f is Fact & { kind: 'event' } => f.kind === 'event');
const assault = (text: string, lang: 'nl' | 'en' = 'nl') => only(events(text, lang), (f) => f.type === 'ASSAULT', 'the assault');

test('nl the suspect of a murder is its actor: "wordt verdacht van de moord op"', () => {
  const facts = events('Een 34-jarige man uit Arnhem wordt verdacht van de moord op zijn buurman.');
  assert.equal(only(facts, (f) => f.type === 'ACCUSE', 'the suspicion').recipient?.text, '34-jarige man');
  assert.equal(only(facts, (f) => f.type === 'ASSAULT', 'the murder').actor?.text, '34-jarige man');
});

test('nl who is arrested for a shooting did it as far as the arrest goes; the police stay the arrest\'s actor', () => {
  const facts = events('De politie heeft een 25-jarige man aangehouden voor de schietpartij in Utrecht.');
  assert.equal(only(facts, (f) => f.type === 'COERCE', 'the arrest').actor?.id, 'nld-police');
  assert.equal(only(facts, (f) => f.type === 'ASSAULT', 'the shooting').actor?.text, '25-jarige man');
});

test('nl through a noun of involvement: "verdacht van betrokkenheid bij de genocide"', () => {
  assert.equal(assault('De man, Venant R., wordt in zijn geboorteland verdacht van betrokkenheid bij de genocide in 1994.').actor?.text, 'Venant R.');
});

test('nl an act with its own actor keeps it, and an act merely dated by the arrest is not charged', () => {
  // The attack has its own actor: the suspect is not made its author.
  assert.equal(assault('Een man is aangehouden voor de aanval van de jihadisten op de kazerne.').actor?.text, 'jihadisten');
  // "voor" as "before" in a phrase of time hangs on a noun of time, not on the arrest.
  const dated = events('De man werd twee dagen voor de aanslag op de markt in Kabul opgepakt.').filter((f) => f.type === 'ASSAULT');
  assert.ok(dated.every((f) => f.actor?.text !== 'man'), JSON.stringify(dated.map((f) => f.actor)));
});

test('en the convicted commander is the actor of the massacre he was convicted of', () => {
  assert.equal(assault('The former commander was convicted of the massacre of civilians in Srebrenica.', 'en').actor?.text, 'commander');
});
