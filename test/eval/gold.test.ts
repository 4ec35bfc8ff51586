// The gold sets validate: every line parses, names an existing document and a sentence within it
// (as sitrep's own splitter splits it), uses PLOVER types or CONTROL, known actor ids and ISO3
// countries, and copies no article text into its notes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import { DEFAULT_ROOTS, loadDocument } from '../../src/eval/docs.js';
import { PLOVER_TYPES, type GoldActor, type GoldPlace } from '../../src/eval/gold.js';
import { GOLD_DIR, loadGoldSets } from '../../src/eval/run.js';
import { computeAnchors, type Anchors } from '../../src/eval/anchors.js';
import { actorDictionary } from '../../src/resolve/actors.js';
import { tokenize } from '../../src/nlp/tokenize/index.js';
import type { Lang } from '../../src/model/index.js';

const sets = loadGoldSets();
const byName = new Map(sets.map((s) => [s.name, s]));

test('gold sets: seeds (both seeds), nl-news (>= 20 articles), en (>= 20 paragraphs), and the held-back check sets en-check (check-*.txt paragraphs), nl-news-check, nl-news-check2, nl-news-check3, nl-news-check4 and nl-news-check5', () => {
  assert.deepEqual([...byName.keys()].sort(), ['en', 'en-check', 'nl-news', 'nl-news-check', 'nl-news-check2', 'nl-news-check3', 'nl-news-check4', 'nl-news-check5', 'seeds']);
  assert.deepEqual(byName.get('seeds')!.docs.sort(), readdirSync(DEFAULT_ROOTS.seeds).filter((f) => f.endsWith('.txt')).sort().map((f) => `seeds/${f}`));
  assert.ok(byName.get('nl-news')!.docs.length >= 20);
  assert.ok(byName.get('nl-news')!.docs.every((d) => d.startsWith('news-nl-2019:')));
  const en = byName.get('en')!;
  assert.ok(en.docs.length >= 20);
  // Every English gold paragraph is annotated (check-*.txt in en-check, the rest in en), and every annotated one exists.
  const files = readdirSync(DEFAULT_ROOTS.goldEn).filter((f) => f.endsWith('.txt')).sort();
  assert.deepEqual([...en.docs].sort(), files.filter((f) => !f.startsWith('check-')).map((f) => `gold-en/${f}`));
  assert.deepEqual([...byName.get('en-check')!.docs].sort(), files.filter((f) => f.startsWith('check-')).map((f) => `gold-en/${f}`));
});

test('the English set covers every PLOVER type and CONTROL; every kind occurs in each set', () => {
  const types = new Set(byName.get('en')!.facts.map((f) => f.type));
  for (const t of [...PLOVER_TYPES, 'CONTROL']) assert.ok(types.has(t), `en gold has no ${t}`);
  // A held-out check set (drawn at random, annotated blind) need not have every kind.
  for (const s of sets.filter((x) => !/-check\d*$/.test(x.name))) for (const k of ['event', 'claim', 'movement', 'state']) assert.ok(s.facts.some((f) => f.kind === k), `${s.name} has no ${k}`);
});

test('English gold paragraphs are dated in the seed format and read as English', () => {
  for (const f of readdirSync(DEFAULT_ROOTS.goldEn).filter((x) => x.endsWith('.txt'))) {
    const raw = readFileSync(join(DEFAULT_ROOTS.goldEn, f), 'utf8');
    assert.match(raw, /^ date \d{4}-\d{2}-\d{2} \n\S/, f);
    const a = loadDocument(`gold-en/${f}`);
    assert.equal(a.published.precision, 'day', f);
    assert.equal(a.lang, 'en');
  }
});

const dict = actorDictionary();
const ROLE_ID = new RegExp(`^([a-z]{3})(-(${Object.keys(dict.roles).join('|')}))?$`);

function actorOk(a: GoldActor | null | undefined): string | null {
  if (!a || !a.id) return null;
  if (dict.byId.has(a.id)) return null;
  const m = ROLE_ID.exec(a.id);
  if (m && countries.isValid(m[1]!.toUpperCase())) return null;
  return `unknown actor id "${a.id}" (not in knowledge/actors, not <iso3>-<role>)`;
}

function placeOk(p: GoldPlace | null | undefined): string | null {
  if (!p || p.country === null) return null;
  return countries.isValid(p.country) ? null : `unknown country "${p.country}"`;
}

/** Runs of `n` words of a text, lower-cased: a note sharing one copies the article. */
function shingles(text: string, n: number): Set<string> {
  const w = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  return out;
}

test('every gold line names an existing document and sentence, known actors and countries; notes copy no article text', () => {
  const problems: string[] = [];
  for (const set of sets) {
    for (const ref of set.docs) {
      const article = loadDocument(ref);
      const sentences = tokenize(article.text, article.lang as Lang);
      const own = set.facts.filter((f) => f.doc === ref);
      const scope = set.scopes.find((s) => s.doc === ref);
      if (scope && scope.last >= sentences.length) problems.push(`${scope.line}: scope ends at ${scope.last}, ${ref} has ${sentences.length} sentences`);
      if (!own.length) problems.push(`${set.name}: ${ref} has no facts`);
      const text = shingles(article.text, 6);
      for (const f of own) {
        if (f.sentence >= sentences.length) problems.push(`${f.line}: sentence ${f.sentence}, but ${ref} has ${sentences.length}`);
        for (const p of [actorOk(f.actor), actorOk(f.recipient), placeOk(f.location), placeOk(f.from), placeOk(f.to)]) if (p) problems.push(`${f.line}: ${p}`);
        // Only ../shared text must never be copied (the English paragraphs are the project's own).
        if (!ref.startsWith('gold-en/') && f.note && [...shingles(f.note, 6)].some((s) => text.has(s))) problems.push(`${f.line}: the note copies the article text`);
        if (f.time?.value && f.time.precision === 'day' && !/^\d{4}-\d{2}-\d{2}$/.test(f.time.value)) problems.push(`${f.line}: a day-precise time needs YYYY-MM-DD`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('the annotated sentences are still the ones annotated (anchors.json: sentence hashes)', () => {
  const stored = JSON.parse(readFileSync(join(GOLD_DIR, 'anchors.json'), 'utf8')) as Anchors;
  const now = computeAnchors(sets);
  const problems: string[] = [];
  for (const [doc, own] of Object.entries(now)) {
    if (!stored[doc]) {
      problems.push(`${doc}: no anchors (run node dist/scripts/gold/anchors.js --write after checking the gold)`);
      continue;
    }
    for (const [i, h] of Object.entries(own)) {
      if (stored[doc]![i] !== h) problems.push(`${doc} [${i}]: the sentence changed (did the sentence splitter move the indices?)`);
    }
  }
  assert.deepEqual(problems, []);
});
