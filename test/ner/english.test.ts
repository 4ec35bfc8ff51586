import { test } from 'node:test';
import assert from 'node:assert/strict';
import { labelSentences } from '../../src/nlp/ner/index.js';
import { spans } from '../../src/nlp/ner/conll.js';

/** Entities of one whitespace-tokenised English sentence as "text/LABEL". */
function entities(sentence: string): string[] {
  const toks = sentence.split(' ');
  return spans(labelSentences([toks], 'en')[0]!).map((s) => `${toks.slice(s.start, s.end).join(' ')}/${s.label}`);
}

test('English places: after prepositions, in lists, before place nouns, unknown villages', () => {
  assert.deepEqual(entities('Insurgents overran the district of Dand-e Ghori in Baghlan province on Tuesday , a local official said .'),
    ['Dand-e Ghori/LOC', 'Baghlan/LOC']);
  assert.deepEqual(entities('Kunduz , Takhar and Badakhshan have seen heavy fighting since May .'), ['Kunduz/LOC', 'Takhar/LOC', 'Badakhshan/LOC']);
  assert.deepEqual(entities('Families from Qala-i-Naw walked towards Herat after the shelling .'), ['Qala-i-Naw/LOC', 'Herat/LOC']);
  assert.deepEqual(entities('Gunmen stormed a checkpoint near Wardakhel before dawn .'), ['Wardakhel/LOC']);
});

test('English people and organisations: titles, speech verbs, known actors, facilities', () => {
  assert.deepEqual(entities('Speaking in Doha , Suhail Shaheen said the movement wanted a settlement .'), ['Doha/LOC', 'Suhail Shaheen/PER']);
  assert.deepEqual(entities('President Joe Biden met NATO Secretary General Jens Stoltenberg in Brussels .'),
    ['Joe Biden/PER', 'NATO/ORG', 'Jens Stoltenberg/PER', 'Brussels/LOC']);
  assert.deepEqual(entities('Crowds waited outside Hamid Karzai International Airport on Monday .'), ['Hamid Karzai International Airport/LOC']);
  assert.deepEqual(entities('The U.S. embassy in Kabul told American citizens to leave .'), ['U.S./LOC', 'Kabul/LOC', 'American/MISC']);
});

test('English: sentence-initial capitals need evidence; document memory keeps a surname typed', () => {
  assert.deepEqual(entities('Heavy rain slowed the convoy .'), []);
  const toks = [['Commander', 'Rasul', 'Dawari', 'said', 'the', 'road', 'was', 'closed', '.'], ['Dawari', 'later', 'left', '.']];
  const tags = labelSentences(toks, 'en');
  assert.deepEqual(tags[0], ['O', 'B-PER', 'I-PER', 'O', 'O', 'O', 'O', 'O', 'O']);
  assert.deepEqual(tags[1], ['B-PER', 'O', 'O', 'O']);
});
