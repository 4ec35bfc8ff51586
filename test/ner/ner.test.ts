import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_DIR } from '../../src/paths.js';
import { tokenize } from '../../src/nlp/tokenize/index.js';
import { findEntities, labelSentences } from '../../src/nlp/ner/index.js';
import type { Doc, Entity, Lang } from '../../src/model/index.js';

/** A Doc with sentences and tokens only: Dutch NER needs no other layer, so the tests don't depend on the tagger. */
const docOf = (text: string, lang: Lang): Doc => ({ text, lang, sentences: tokenize(text, lang), entities: [] });

/** "word/TAG" for entity tokens, the word alone otherwise: readable assertions. */
function tagged(sentence: string, lang: 'nl' | 'en'): string {
  const toks = sentence.split(' ');
  const tags = labelSentences([toks], lang)[0]!;
  return toks.map((w, i) => (tags[i] === 'O' ? w : `${w}/${tags[i]}`)).join(' ');
}

test('Dutch: a new spokesman, a village, a place and an organisation (own sentences)', () => {
  const out = tagged('De nieuwe woordvoerder van het ministerie , Karel Bosveld , zei dinsdag in Den Haag dat het dorp Kleinwerve was aangevallen .', 'nl');
  assert.match(out, /Karel\/B-PER Bosveld\/I-PER/);
  assert.match(out, /Den\/B-LOC Haag\/I-LOC/);
  assert.match(out, /Kleinwerve\/B-LOC/);
  assert.match(tagged('De Afghaanse president Ashraf Ghani sprak met een journalist van Reuters in Mazar-i-Sharif .', 'nl'),
    /Afghaanse\/B-MISC president Ashraf\/B-PER Ghani\/I-PER .* Reuters\/B-ORG in Mazar-i-Sharif\/B-LOC/);
});

test('Dutch: tags are valid IOB2 and every sentence keeps its length', () => {
  const sents = [['Het', 'Rode', 'Kruis', 'helpt', 'in', 'Kunduz', '.'], [], ['Jan']];
  const tags = labelSentences(sents, 'nl');
  assert.deepEqual(tags.map((t) => t.length), [7, 0, 1]);
  for (const s of tags) s.forEach((t, i) => {
    if (t.startsWith('I-')) assert.ok(i > 0 && s[i - 1]!.slice(2) === t.slice(2), `invalid I- tag at ${i}: ${s.join(' ')}`);
  });
});

function seedEntities(): Entity[][] {
  const dir = join(SHARED_DIR, 'seeds');
  return readdirSync(dir).sort().map((f) => {
    const text = readFileSync(join(dir, f), 'utf8').replace(/^ date \S+ /, '');
    return findEntities(docOf(text, 'nl'));
  });
}

test('Dutch seeds: people, organisations and places with offsets into the text', () => {
  const all = seedEntities().flat();
  const has = (text: string, label: string) => all.some((e) => e.text === text && e.label === label);
  assert.ok(has('Hamdullah Mohib', 'PER'), 'Hamdullah Mohib PER');
  assert.ok(has('BBC', 'ORG'), 'BBC ORG');
  assert.ok(has('Tadzjikistan', 'LOC'), 'Tadzjikistan LOC');
  assert.ok(has('Kabul', 'LOC'), 'Kabul LOC');
  assert.ok(has('Amrullah Saleh', 'PER'), 'Amrullah Saleh PER');
  assert.ok(all.some((e) => e.text === 'Taliban' && e.label === 'ORG'));
  for (const e of all) {
    assert.ok(e.confidence > 0 && e.confidence <= 1);
    assert.ok(e.tokenEnd > e.tokenStart);
  }
});

test('findEntities: character offsets point at the entity text', () => {
  const text = 'Gisteren zei minister Joris van Dalen in Rotterdam dat het leger niet ingrijpt.';
  const doc = docOf(text, 'nl');
  const ents = findEntities(doc);
  for (const e of ents) assert.equal(text.slice(e.start, e.end), e.text);
  assert.ok(ents.some((e) => e.label === 'PER' && e.text === 'Joris van Dalen'), JSON.stringify(ents));
  assert.ok(ents.some((e) => e.label === 'LOC' && e.text === 'Rotterdam'));
});

test('English: titles, place prepositions, speech verbs and the gazetteer', () => {
  assert.match(tagged('Taliban spokesman Zabihullah Mujahid said fighters had entered Kunduz on Sunday .', 'en'),
    /Taliban\/B-ORG spokesman Zabihullah\/B-PER Mujahid\/I-PER said .* Kunduz\/B-LOC on Sunday/);
  const near = tagged('Heavy fighting was reported near Lashkar Gah and outside Herat , officials said .', 'en');
  assert.match(near, /^Heavy fighting/);
  assert.match(near, /near Lashkar\/B-LOC Gah\/I-LOC and outside Herat\/B-LOC/);
  assert.match(tagged('The militia leader Baryal Kozani fled to the village of Sarkhdar .', 'en'), /Baryal\/B-PER Kozani\/I-PER .* Sarkhdar\/B-LOC/);
});

test('English Doc: entities with offsets from tokenized text', () => {
  const text = 'Fighting continued outside Kandahar on Monday, Gen. Sami Sadat told reporters.';
  const ents = findEntities(docOf(text, 'en'));
  assert.ok(ents.some((e) => e.label === 'LOC' && e.text === 'Kandahar'), JSON.stringify(ents));
  assert.ok(ents.some((e) => e.label === 'PER' && e.text === 'Sami Sadat'), JSON.stringify(ents));
});

test('English Doc: a hyphenated name with a lower-case link stays one place ("Mazar-i-Sharif")', () => {
  const text = 'Convoys left Mazar-i-Sharif for the border on Friday.';
  const ents = findEntities(docOf(text, 'en'));
  assert.deepEqual(ents.map((e) => `${e.text}/${e.label}`), ['Mazar-i-Sharif/LOC']);
});

test('Dutch: document context from cached word ids equals the one from strings (ned.testa documents)', async () => {
  const { docContext, docContextIds, WordTable, EMPTY_LEXICONS } = await import('../../src/nlp/ner/features.js');
  const { documents, parseConll } = await import('../../src/nlp/ner/conll.js');
  const text = readFileSync(join(SHARED_DIR, 'data', 'conll2002', 'ned.testa'), 'utf8');
  const table = new WordTable(EMPTY_LEXICONS);
  const docs = documents(parseConll(text, 'ned.testa', 'last'));
  assert.ok(docs.length > 50);
  const flat = (c: ReturnType<typeof docContext>) => JSON.stringify([[...c.capMid].sort(), [...c.lowerSeen].sort(), [...(c.neighbours ?? [])].sort((a, b) => a[0] - b[0])]);
  let neighbours = 0;
  for (const d of docs) {
    const sents = d.map((s) => s.tokens);
    for (const mode of [1, 2] as const) {
      const a = docContext(sents, mode);
      assert.equal(flat(docContextIds(table, sents.map((s) => Int32Array.from(s, (w) => table.id(w))), mode)), flat(a));
      neighbours += a.neighbours!.size;
    }
  }
  assert.ok(neighbours > 1000, `${neighbours} capitalised words with neighbour lists`);
});
