// A statement that denies what is said ("is niet waar", "klopt niets van", "politiek gemotiveerd") is a REJECT of its
// speaker as well as a claim (PLOVER: denials are rejections). Own sentences, nl and en.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { only, run } from './helpers.js';

const published = { value: '2019-04-10', precision: 'day' as const };
const facts = (text: string, lang: 'nl' | 'en' = 'nl') => run(text, lang, published).facts;
const types = (text: string, lang: 'nl' | 'en' = 'nl') => facts(text, lang).filter((f) => f.kind === 'event').map((f) => f.type);

test('nl a quoted denial is a REJECT of the speaker', () => {
  const fs = facts('"Dat bericht is niet waar," zegt een woordvoerder van het ministerie van Defensie.');
  const reject = only(fs.filter((f) => f.kind === 'event'), (f) => f.type === 'REJECT', 'the denial');
  assert.match(reject.actor?.text ?? '', /woordvoerder/);
  assert.equal(fs.filter((f) => f.kind === 'claim').length, 1);
});

test('nl "volgens" with a phrase of denial; "klopt niets van"', () => {
  assert.deepEqual(types('Volgens de Russische regering zijn de beschuldigingen politiek gemotiveerd.'), ['REJECT']);
  assert.deepEqual(types("'Daar klopt helemaal niets van', zei de burgemeester tegen de krant."), ['REJECT']);
});

test('nl "waar" as "where", a judged plan and a maxim deny nothing', () => {
  assert.deepEqual(types('De moeder zei dat ze niet weet waar haar zoon is.'), []);
  assert.deepEqual(types('De vervoerders zeggen dat het onzin is om bestelbusjes uit de binnenstad te weren.'), []);
  assert.deepEqual(types('"Als je zegt dat het niet waar is, geloven ze je niet," zegt de advocaat.'), []);
});

test('en a denial in what is said is a REJECT', () => {
  assert.deepEqual(types('The ministry said the allegations were baseless.', 'en'), ['REJECT']);
});
