import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/nlp/tokenize/index.js';
import { segment } from '../../src/nlp/segment.js';
import type { Lang } from '../../src/model/index.js';

/** Token forms per sentence, after checking every offset points at its form in the original text. */
function split(text: string, lang: Lang): string[][] {
  const sentences = tokenize(text, lang);
  for (const s of sentences) {
    assert.equal(text.slice(s.start, s.end), s.text);
    s.tokens.forEach((t, i) => {
      assert.equal(t.i, i);
      assert.equal(text.slice(t.start, t.end), t.form, `offsets of "${t.form}"`);
    });
  }
  return sentences.map((s) => s.tokens.map((t) => t.form));
}
const flat = (text: string, lang: Lang) => split(text, lang).flat();

test('nl: hyphenated names and compounds stay one token, with offsets', () => {
  const text = 'Strijders trokken door Noord-Afghanistan naar de Panjshir-vallei, zei een Taliban-woordvoerder.';
  const [s] = tokenize(text, 'nl');
  assert.deepEqual(
    s!.tokens.map((t) => t.form),
    ['Strijders', 'trokken', 'door', 'Noord-Afghanistan', 'naar', 'de', 'Panjshir-vallei', ',', 'zei', 'een', 'Taliban-woordvoerder', '.'],
  );
  const noord = s!.tokens[3]!;
  assert.deepEqual([noord.start, noord.end], [23, 40]);
  const last = s!.tokens[11]!;
  assert.deepEqual([last.start, last.end], [text.length - 1, text.length]);
});

test('nl: numbers with Dutch separators, dates, ordinals', () => {
  assert.deepEqual(flat('Er vluchtten 150.000 mensen, 3,5 miljoen kregen hulp op 9/11 en 21-08-2021.', 'nl'), [
    'Er', 'vluchtten', '150.000', 'mensen', ',', '3,5', 'miljoen', 'kregen', 'hulp', 'op', '9/11', 'en', '21-08-2021', '.',
  ]);
  assert.deepEqual(flat('De 1e, 2de en 21ste dag; om 12:30 uur viel 5% uit.', 'nl'), [
    'De', '1e', ',', '2de', 'en', '21ste', 'dag', ';', 'om', '12:30', 'uur', 'viel', '5%', 'uit', '.',
  ]);
});

test('nl: abbreviations keep their period and do not end the sentence', () => {
  assert.deepEqual(split('Dhr. Jansen sprak o.a. met mr. De Vries en gen. Smit m.b.t. de aanval, bijv. in Kunduz.', 'nl'), [
    ['Dhr.', 'Jansen', 'sprak', 'o.a.', 'met', 'mr.', 'De', 'Vries', 'en', 'gen.', 'Smit', 'm.b.t.', 'de', 'aanval', ',', 'bijv.', 'in', 'Kunduz', '.'],
  ]);
  // An abbreviation that can end a sentence does, before a capital.
  assert.deepEqual(split('Ze namen wapens, munitie e.d. De rest bleef achter.', 'nl'), [
    ['Ze', 'namen', 'wapens', ',', 'munitie', 'e.d.'],
    ['De', 'rest', 'bleef', 'achter', '.'],
  ]);
  // Capitalised and all-capital abbreviations; a name or acronym before a period is not one.
  assert.deepEqual(split('Bijv. DHR. BAKER kwam uit de VS. Daar zat Max. Hij kreeg max. 5 jaar. Het ging om ING. Die bank zweeg.', 'nl'), [
    ['Bijv.', 'DHR.', 'BAKER', 'kwam', 'uit', 'de', 'VS', '.'],
    ['Daar', 'zat', 'Max', '.'],
    ['Hij', 'kreeg', 'max.', '5', 'jaar', '.'],
    ['Het', 'ging', 'om', 'ING', '.'],
    ['Die', 'bank', 'zweeg', '.'],
  ]);
  // An initial ends a sentence before a typical sentence starter, not before a surname.
  assert.deepEqual(split('De verdachte is Karel V. Hij zweeg tegen A. Bakker.', 'nl'), [
    ['De', 'verdachte', 'is', 'Karel', 'V.'],
    ['Hij', 'zweeg', 'tegen', 'A.', 'Bakker', '.'],
  ]);
  // A month abbreviation only before a number; otherwise "Jan" is a name.
  assert.deepEqual(split('Op 3 jan. 2022 kwam hij. Het was Jan. Hij bleef.', 'nl'), [
    ['Op', '3', 'jan.', '2022', 'kwam', 'hij', '.'],
    ['Het', 'was', 'Jan', '.'],
    ['Hij', 'bleef', '.'],
  ]);
});

test('nl: quotes of every kind', () => {
  assert.deepEqual(split('Hij zei: ,,We trekken ons terug.\'\' Zij riep „nooit”, en ‘misschien’ of "later".', 'nl'), [
    ['Hij', 'zei', ':', ',,', 'We', 'trekken', 'ons', 'terug', '.', "''"],
    ['Zij', 'riep', '„', 'nooit', '”', ',', 'en', '‘', 'misschien', '’', 'of', '"', 'later', '"', '.'],
  ]);
  // A question inside quotes followed by a lower-case word does not end the sentence.
  assert.deepEqual(split('„Waarom nu?” vroeg de commandant. «Omdat het moet.»', 'nl'), [
    ['„', 'Waarom', 'nu', '?', '”', 'vroeg', 'de', 'commandant', '.'],
    ['«', 'Omdat', 'het', 'moet', '.', '»'],
  ]);
});

test('nl: explicit offsets for quotes, abbreviations and numbers', () => {
  const text = ',,Ja.\'\' Dhr. Ali: 3,5 mln.';
  const spans = tokenize(text, 'nl').map((s) => s.tokens.map((t) => [t.form, t.start, t.end]));
  assert.deepEqual(spans, [
    [[',,', 0, 2], ['Ja', 2, 4], ['.', 4, 5], ["''", 5, 7]],
    [['Dhr.', 8, 12], ['Ali', 13, 16], [':', 16, 17], ['3,5', 18, 21], ['mln.', 22, 26]],
  ]);
  // An amount abbreviation can end a sentence.
  assert.deepEqual(split('Dat kostte 2 mld. Daarna 3 mln. euro.', 'nl'), [['Dat', 'kostte', '2', 'mld.'], ['Daarna', '3', 'mln.', 'euro', '.']]);
});

test("nl: elided words keep their apostrophe, possessives and plurals stay whole", () => {
  assert.deepEqual(flat("’s Avonds reed 't konvooi naar 's-Hertogenbosch; zo'n tien auto's van Ahmads broer.", 'nl'), [
    '’s', 'Avonds', 'reed', "'t", 'konvooi', 'naar', "'s-Hertogenbosch", ';', "zo'n", 'tien', "auto's", 'van', 'Ahmads', 'broer', '.',
  ]);
  assert.deepEqual(flat("In de jaren '80 vochten ze, zei '1000 man'.", 'nl'), ['In', 'de', 'jaren', "'80", 'vochten', 'ze', ',', 'zei', "'", '1000', 'man', "'", '.']);
  assert.deepEqual(flat("In the '90s.", 'en'), ['In', 'the', "'90s", '.']);
});

test('nl: headlines, paragraphs and lists are sentences of their own', () => {
  const text = 'Offensief in het noorden\n\nDe strijders rukken op. Ze willen de stad\n\nPunten:\n- de grens is dicht\n- de luchthaven ligt stil\n1. Eerst Kunduz\n2. Dan Mazar';
  assert.deepEqual(split(text, 'nl'), [
    ['Offensief', 'in', 'het', 'noorden'],
    ['De', 'strijders', 'rukken', 'op', '.'],
    ['Ze', 'willen', 'de', 'stad'],
    ['Punten', ':'],
    ['-', 'de', 'grens', 'is', 'dicht'],
    ['-', 'de', 'luchthaven', 'ligt', 'stil'],
    ['1.', 'Eerst', 'Kunduz'],
    ['2.', 'Dan', 'Mazar'],
  ]);
  // A single line break inside a sentence (hard-wrapped text, after a comma) does not split it.
  assert.deepEqual(split('De troepen trokken zich terug,\nmaar de stad viel niet.', 'nl').length, 1);
});

test('nl: ellipsis, dashes, brackets, URLs, e-mail and all capitals', () => {
  assert.deepEqual(split('Het wachten... Daarna kwam het bericht — onverwacht — via https://example.org/nieuws?id=7 (of mail info@example.org).', 'nl'), [
    ['Het', 'wachten', '...'],
    ['Daarna', 'kwam', 'het', 'bericht', '—', 'onverwacht', '—', 'via', 'https://example.org/nieuws?id=7', '(', 'of', 'mail', 'info@example.org', ')', '.'],
  ]);
  assert.deepEqual(split('TALIBAN NEMEN STAD IN. LEGER TREKT ZICH TERUG!', 'nl'), [
    ['TALIBAN', 'NEMEN', 'STAD', 'IN', '.'],
    ['LEGER', 'TREKT', 'ZICH', 'TERUG', '!'],
  ]);
  // A sentence end that lost its space, and a comma between words that lost its space.
  assert.deepEqual(flat('De stad viel.Daarna Kabul,Herat en Kandahar.', 'nl'), [
    'De', 'stad', 'viel', '.', 'Daarna', 'Kabul', ',', 'Herat', 'en', 'Kandahar', '.',
  ]);
});

test('en: clitics and possessives split as in UD EWT', () => {
  assert.deepEqual(flat("I don't think it's the Army's fault; they can't and won't, and we cannot.", 'en'), [
    'I', 'do', "n't", 'think', 'it', "'s", 'the', 'Army', "'s", 'fault', ';', 'they', 'ca', "n't", 'and', 'wo', "n't", ',', 'and', 'we', 'can', 'not', '.',
  ]);
  assert.deepEqual(flat('The soldiers’ families said we’re gonna stay.', 'en'), [
    'The', 'soldiers', '’', 'families', 'said', 'we', '’re', 'gon', 'na', 'stay', '.',
  ]);
  // Offsets of a split clitic.
  const [s] = tokenize("Don't.", 'en');
  assert.deepEqual(s!.tokens.map((t) => [t.form, t.start, t.end]), [['Do', 0, 2], ["n't", 2, 5], ['.', 5, 6]]);
});

test('en: hyphens and slashes split between words, not in prefixes or numbers', () => {
  assert.deepEqual(flat('A 15-year U.S.-backed war, an e-mail and a non-violent protest cost $20,000 and/or more on 9/11 at 555-1234.', 'en'), [
    'A', '15', '-', 'year', 'U.S.', '-', 'backed', 'war', ',', 'an', 'e-mail', 'and', 'a', 'non-violent', 'protest', 'cost', '$', '20,000', 'and', '/', 'or', 'more', 'on', '9/11', 'at', '555-1234', '.',
  ]);
});

test('en: abbreviations, titles and sentence ends', () => {
  assert.deepEqual(split('Gen. Miller met Dr. Khan in the U.S. capital at 10 a.m. The talks ended. Mr. Lee left at 5 p.m. on Jan. 3.', 'en'), [
    ['Gen.', 'Miller', 'met', 'Dr.', 'Khan', 'in', 'the', 'U.S.', 'capital', 'at', '10', 'a.m.'],
    ['The', 'talks', 'ended', '.'],
    ['Mr.', 'Lee', 'left', 'at', '5', 'p.m.', 'on', 'Jan.', '3', '.'],
  ]);
  // An acronym ends a sentence only before a typical sentence starter.
  assert.deepEqual(split('Aid came from the U.S. The U.S. Army left. Then the U.K. Navy came.', 'en'), [
    ['Aid', 'came', 'from', 'the', 'U.S.'],
    ['The', 'U.S.', 'Army', 'left', '.'],
    ['Then', 'the', 'U.K.', 'Navy', 'came', '.'],
  ]);
  // A lower-case word after "?" or "!" continues the sentence: names and titles ("Yahoo!") are
  // commoner in news than sentences starting in lower case.
  assert.deepEqual(split('Shares of Yahoo! and Google rose. "Why?" he asked.', 'en'), [
    ['Shares', 'of', 'Yahoo', '!', 'and', 'Google', 'rose', '.'],
    ['"', 'Why', '?', '"', 'he', 'asked', '.'],
  ]);
  assert.deepEqual(split('"We will fight," he said. "Never!" They left.', 'en'), [
    ['"', 'We', 'will', 'fight', ',', '"', 'he', 'said', '.'],
    ['"', 'Never', '!', '"'],
    ['They', 'left', '.'],
  ]);
});

test('segment() is the tokenizer, Dutch by default', () => {
  const text = 'Kabul viel. Iedereen vluchtte.';
  assert.deepEqual(segment(text), tokenize(text, 'nl'));
  assert.deepEqual(segment("It's over.", 'en')[0]!.tokens.map((t) => t.form), ['It', "'s", 'over', '.']);
});

test('sentence and token indices are consecutive', () => {
  const sentences = tokenize('Eén. Twee drie. Vier vijf zes.', 'nl');
  assert.deepEqual(sentences.map((s) => s.index), [0, 1, 2]);
  assert.deepEqual(sentences.map((s) => [s.start, s.end]), [[0, 4], [5, 15], [16, 30]]);
});
