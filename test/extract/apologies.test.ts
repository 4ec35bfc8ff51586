// Apologies are CONCEDE (PLOVER manual, CONCEDE: "expressions of regret or remorse"), whether the claim
// cue or the trigger lexicon finds them, and never also SUPPORT (the old CAMEO 055 reading).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

const types = (sentence: string, lang: 'nl' | 'en') =>
  run(sentence, lang).facts.filter((f) => f.kind === 'event').map((f) => f.type);

test('an apology is a CONCEDE event and no SUPPORT event (en, nl)', () => {
  const en = types('The defence minister apologised to the families for the raid.', 'en');
  assert.ok(en.includes('CONCEDE'), JSON.stringify(en));
  assert.ok(!en.includes('SUPPORT'), JSON.stringify(en));
  const nl = types('De burgemeester bood de bewoners excuses aan voor de ontruiming.', 'nl');
  assert.ok(nl.includes('CONCEDE'), JSON.stringify(nl));
  assert.ok(!nl.includes('SUPPORT'), JSON.stringify(nl));
});
