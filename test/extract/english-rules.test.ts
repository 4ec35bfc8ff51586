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
