// Claims on the two seed articles (read from ../shared at test time): the statements an analyst lists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/index.js';
import { claimsExtractor, type LinkedClaim, type SpeechActEvent } from '../../src/extract/claims/index.js';
import { parsePublished } from '../../src/ingest/index.js';
import { seeds } from '../helpers.js';

function run(path: string) {
  const seed = seeds().find((s) => s.path.endsWith(path))!;
  const doc = analyze(seed.text, { lang: 'nl' });
  const { facts, mentions } = claimsExtractor.extract(doc, { id: 'a'.repeat(32), published: parsePublished(seed.date)! });
  const claims = facts.filter((f): f is LinkedClaim => f.kind === 'claim');
  const events = facts.filter((f): f is SpeechActEvent => f.kind === 'event');
  return { doc, claims, events, mentions };
}

const first = run('000_de90a0954e0141cc.txt');
const second = run('004_5ad497ba2110030d.txt');

function claim(claims: LinkedClaim[], cue: string): LinkedClaim {
  const c = claims.find((x) => x.cue === cue);
  assert.ok(c, `no claim with cue "${cue}" among ${claims.map((x) => x.cue).join(', ')}`);
  return c;
}

test('every claim is traceable: its content, cue and speaker text are in its sentence, the span in the article', () => {
  for (const { doc, claims } of [first, second]) {
    assert.ok(claims.length >= 3);
    for (const c of claims) {
      // In its sentence, or — for "hierom" / "Dat hebben X gezegd" — the sentence before.
      assert.ok(c.source.text.includes(c.content) || doc.sentences[c.source.sentence - 1]!.text.startsWith(c.content), c.content);
      assert.ok(doc.text.slice(c.source.start, c.source.end).length > 0);
      assert.ok(c.source.start >= doc.sentences[c.source.sentence]!.start && c.source.end <= doc.sentences[c.source.sentence]!.end);
      if (c.speaker) assert.ok(c.source.text.includes(c.speaker.text), c.speaker.text);
      assert.ok(c.confidence > 0 && c.confidence <= 1);
    }
  }
});

test('the security adviser speaks to RIA (addressee and medium), then vows a counteroffensive (future)', () => {
  const said = claim(first.claims, 'zei');
  assert.equal(said.speaker?.id, 'afg-hamdullah-mohib');
  assert.equal(said.addressee?.id, 'media-ria');
  assert.match(said.medium ?? '', /^tegen het Russische persbureau RIA$/);
  assert.match(said.content, /^.verrast. te zijn .*offensief in het noorden$/);
  assert.ok(said.source.text.includes(said.content));
  assert.equal(said.modality, 'reported');
  assert.equal(said.time?.text, 'maandag');
  assert.equal(said.time?.precision, 'month');
  const vowed = claim(first.claims, 'zwoer');
  assert.equal(vowed.speaker?.id, 'afg-hamdullah-mohib');
  assert.equal(vowed.modality, 'future');
  assert.match(vowed.content, /^het leger .*tegenoffensief. zal beginnen/);
  assert.ok(vowed.source.text.includes(vowed.content));
  assert.ok(!vowed.content.includes('maar'));
});

test('Tajik border guards tell that the soldiers fled for their lives', () => {
  const c = claim(first.claims, 'vertelden');
  assert.equal(c.speaker?.id, 'tjk-border_guard');
  assert.match(c.content, /^de militairen vluchtten .*leven.$/);
  assert.ok(c.source.text.includes(c.content));
  assert.equal(c.modality, 'reported');
  assert.deepEqual(c.time, { text: '', value: '2021-07', precision: 'month' });
});

test('the Taliban stress their demand: a claim and a REQUEST event with the deadline, linked', () => {
  const c = claim(first.claims, 'benadrukten');
  assert.equal(c.speaker?.id, 'afg-taliban');
  assert.match(c.content, /^zij het vertrek .* eisen voor 11 september$/);
  assert.ok(c.source.text.includes(c.content));
  const demand = first.events.find((e) => e.trigger === 'eisen');
  assert.ok(demand);
  assert.equal(demand.type, 'REQUEST');
  assert.equal(demand.cameo, '10');
  assert.equal(demand.mode, 'yield');
  assert.equal(demand.actor?.id, 'afg-taliban');
  assert.equal(demand.claim, c.ref);
  assert.deepEqual(demand.time, { text: 'voor 11 september', value: '2021-09-11', precision: 'day' });
  // No second claim for the demand inside the statement.
  assert.equal(first.claims.filter((x) => x.source.sentence === c.source.sentence).length, 1);
});

test('the Taliban spokesman in a BBC interview: speaker, medium and addressee before and after the cue', () => {
  const c = first.claims.find((x) => x.cue === 'zei' && x.speaker?.id === 'afg-suhail-shaheen');
  assert.ok(c);
  assert.equal(c.medium, 'In een interview met de BBC');
  assert.equal(c.addressee?.id, 'media-bbc');
  assert.match(c.content, /^alle militairen uit .* moeten vertrekken, ook als/);
  assert.ok(c.source.text.includes(c.content));
});

test('the Taliban warn the US, with "anders": a claim to the US and a THREATEN event', () => {
  const c = claim(first.claims, 'waarschuwen');
  assert.equal(c.speaker?.id, 'afg-taliban');
  assert.equal(c.addressee?.id, 'usa');
  assert.equal(c.modality, 'future');
  const threat = first.events.find((e) => e.type === 'THREATEN');
  assert.ok(threat);
  assert.equal(threat.actor?.id, 'afg-taliban');
  assert.equal(threat.recipient?.id, 'usa');
  assert.equal(threat.cameo, '13');
  assert.equal(threat.claim, c.ref);
});

test('Shaheen assures the Americans (addressee as object) about the future', () => {
  const c = claim(first.claims, 'verzekerde');
  assert.equal(c.speaker?.id, 'afg-suhail-shaheen');
  assert.equal(c.addressee?.id, 'usa');
  assert.equal(c.addressee?.text, 'Amerikanen');
  assert.equal(c.modality, 'future');
  assert.match(c.content, /^hun diplomaten veilig zullen zijn/);
});

test('a hedged request "for this" ("zouden ... hierom hebben verzocht"): the sentence before is what was asked', () => {
  const e = first.events.find((x) => x.trigger === 'verzocht');
  assert.ok(e);
  assert.equal(e.type, 'REQUEST');
  assert.equal(e.actor?.id, 'usa');
  assert.equal(e.recipient?.id, 'tjk');
  assert.equal(e.modality, 'hedged');
  const c = first.claims.find((x) => x.ref === e.claim);
  assert.ok(c);
  assert.equal(c.modality, 'hedged');
  assert.equal(c.source.sentence, e.source.sentence);
  assert.ok(first.doc.sentences[c.source.sentence - 1]!.text.startsWith(c.content));
});

test('Saleh calls himself the legitimate leader and calls for armed struggle (REQUEST, "riep op tot")', () => {
  const named = claim(second.claims, 'noemt');
  assert.equal(named.speaker?.id, 'afg-amrullah-saleh');
  assert.match(named.content, /^de enige .* van het land$/);
  assert.ok(named.source.text.includes(`“${named.content}”`), 'the quoted span, without its quotes');
  const call = claim(second.claims, 'riep op');
  assert.equal(call.speaker?.id, 'afg-amrullah-saleh');
  assert.match(call.content, /^de gewapende strijd tegen de [Tt]aliban$/);
  assert.ok(call.source.text.endsWith(`${call.content}.`));
  const e = second.events.find((x) => x.claim === call.ref);
  assert.ok(e);
  assert.equal(e.type, 'REQUEST');
  assert.equal(e.actor?.id, 'afg-amrullah-saleh');
});

test('Massoud junior asks the world for weapons: REQUEST with recipient "de wereld", dated by "twee dagen geleden"', () => {
  const c = claim(second.claims, 'vroeg');
  assert.equal(c.speaker?.id, 'afg-ahmad-massoud');
  assert.equal(c.addressee?.text, 'de wereld');
  assert.equal(c.addressee?.id, null);
  assert.match(c.content, /^wapens om de strijd/);
  assert.equal(c.time?.text, 'Twee dagen geleden');
  const e = second.events.find((x) => x.claim === c.ref);
  assert.ok(e);
  assert.equal(e.type, 'REQUEST');
  assert.equal(e.mode, 'assist');
  assert.equal(e.recipient?.text, 'de wereld');
});

test('mentions: a trigger for every cue and the speakers as actors', () => {
  const triggers = first.mentions.filter((m) => m.kind === 'trigger').map((m) => m.text);
  for (const cue of ['vertelden', 'zei', 'zwoer', 'benadrukten', 'eisen', 'waarschuwen', 'verzekerde']) assert.ok(triggers.includes(cue), cue);
  const actors = first.mentions.filter((m) => m.kind === 'actor').map((m) => m.resolved);
  assert.ok(actors.includes('Hamdullah Mohib'));
  for (const m of first.mentions) assert.equal(first.doc.text.slice(m.start, m.end), m.text);
});
