// Claim constructions, Dutch and English, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Lang } from '../../src/model/index.js';
import { analyze } from '../../src/nlp/index.js';
import { extractClaims, type ClaimOptions, type LinkedClaim } from '../../src/extract/claims/index.js';
import { resolveActors } from '../../src/extract/actors/index.js';
import { compileLexicon } from '../../src/extract/claims/lexicon.js';

function claimsOf(text: string, lang: Lang, opts: ClaimOptions = {}) {
  const doc = analyze(text, { lang });
  const r = extractClaims(doc, { id: 'b'.repeat(32), published: { value: '2023-05-10', precision: 'day' } }, resolveActors(doc), opts);
  return { claims: r.claims, events: r.events, mentions: r.mentions };
}

function one(text: string, lang: Lang): LinkedClaim {
  const { claims } = claimsOf(text, lang);
  assert.equal(claims.length, 1, `${text} -> ${claims.map((c) => `${c.cue}: ${c.content}`).join(' | ')}`);
  return claims[0]!;
}

test('nl: indirect speech with "zei ... dat", dated by a weekday', () => {
  const c = one('De minister van Defensie zei dinsdag dat de troepen binnen een maand terugkeren.', 'nl');
  assert.equal(c.cue, 'zei');
  assert.equal(c.speaker?.text, 'De minister van Defensie');
  assert.equal(c.content, 'de troepen binnen een maand terugkeren');
  assert.deepEqual(c.time, { text: 'dinsdag', value: '2023-05-09', precision: 'day' });
  assert.equal(c.modality, 'reported');
});

test('nl: a direct quote before the cue, speaker after it', () => {
  const c = one('„We trekken ons niet terug”, zei de commandant van het garnizoen.', 'nl');
  assert.equal(c.content, 'We trekken ons niet terug');
  assert.equal(c.speaker?.text, 'de commandant van het garnizoen');
  assert.equal(c.modality, 'reported');
});

test('nl: "volgens X" makes X the speaker of the rest; "volgens plan" does not', () => {
  const c = one('Volgens de Verenigde Naties zijn vorige week meer dan tweeduizend mensen gevlucht.', 'nl');
  assert.equal(c.cue, 'Volgens');
  assert.match(c.speaker?.text ?? '', /Verenigde Naties/);
  assert.equal(c.content, 'zijn vorige week meer dan tweeduizend mensen gevlucht');
  assert.equal(claimsOf('De stad is volgens plan heropend.', 'nl').claims.length, 0);
});

test('nl: "..., aldus X" attributes what comes before', () => {
  const c = one('Het leger heeft de brug opgeblazen, aldus een woordvoerder van de rebellen.', 'nl');
  assert.equal(c.cue, 'aldus');
  assert.equal(c.speaker?.text, 'een woordvoerder van de rebellen');
  assert.equal(c.speaker?.id, null);
  assert.equal(c.content, 'Het leger heeft de brug opgeblazen');
});

test('nl: a denial is a negated claim', () => {
  const c = one('De president ontkende dat zijn regering wapens had geleverd.', 'nl');
  assert.equal(c.speaker?.text, 'De president');
  assert.equal(c.modality, 'negated');
  assert.equal(c.content, 'zijn regering wapens had geleverd');
});

test('nl: "riep ... op om" with an addressee is a claim and a REQUEST to that addressee', () => {
  const { claims, events } = claimsOf('De NAVO riep de partijen op om de gevechten te staken.', 'nl');
  assert.equal(claims.length, 1);
  assert.equal(claims[0]!.cue, 'riep … op');
  assert.equal(claims[0]!.addressee?.text, 'de partijen');
  assert.equal(claims[0]!.content, 'de gevechten te staken');
  assert.equal(events.length, 1);
  assert.equal(events[0]!.type, 'REQUEST');
  assert.equal(events[0]!.actor?.name, 'NATO');
  assert.equal(events[0]!.claim, claims[0]!.ref);
});

test('nl: accusing and threatening are events too (ACCUSE, THREATEN)', () => {
  const accuse = claimsOf('De oppositie beschuldigde de regering ervan de verkiezingen te hebben vervalst.', 'nl');
  assert.equal(accuse.events[0]?.type, 'ACCUSE');
  assert.equal(accuse.claims[0]?.content, 'de verkiezingen te hebben vervalst');
  assert.equal(accuse.events[0]?.mode, 'allege');
  const threat = claimsOf('De opstandelingen dreigden met nieuwe aanvallen op de hoofdstad.', 'nl');
  assert.equal(threat.events[0]?.type, 'THREATEN');
  assert.equal(threat.events[0]?.mode, 'violence');
  assert.equal(threat.claims[0]?.content, 'nieuwe aanvallen op de hoofdstad');
});

test('nl: "waarschuwen" is a THREATEN event only with a consequence ("anders")', () => {
  assert.equal(claimsOf('De dokters waarschuwden dat het water vervuild is.', 'nl').events.length, 0);
  const { events } = claimsOf('De rebellen waarschuwden dat ze anders de stad zullen bestoken.', 'nl');
  assert.equal(events[0]?.type, 'THREATEN');
});

test('nl: a colon after the speaker introduces a quote', () => {
  const c = one('De woordvoerder van het ministerie: „Niemand is gewond geraakt.”', 'nl');
  assert.equal(c.speaker?.text, 'De woordvoerder van het ministerie');
  assert.equal(c.content, 'Niemand is gewond geraakt');
});

test('nl: a quote-only paragraph continues the statement: highlighted, a claim of its own only on request', () => {
  const text = '„Dit is pas het begin.\n\nDe strijd gaat door”, zei de generaal in een toespraak op de nationale televisie.';
  const plain = claimsOf(text, 'nl');
  assert.equal(plain.claims.length, 1);
  assert.ok(plain.mentions.some((m) => m.kind === 'trigger' && m.text === 'Dit is pas het begin' && m.sentence === 0));
  const { claims } = claimsOf(text, 'nl', { quoteParagraphs: true });
  assert.equal(claims.length, 2);
  assert.equal(claims[0]!.content, 'Dit is pas het begin');
  assert.equal(claims[0]!.cue, '');
  assert.equal(claims[0]!.speaker?.text, 'de generaal');
  assert.ok(claims[0]!.confidence < claims[1]!.confidence);
  assert.equal(claims[1]!.medium, 'in een toespraak op de nationale televisie');
});

test('nl: a promise is a future claim and an AGREE event', () => {
  const { claims, events } = claimsOf('De gouverneur beloofde de boeren dat de weg volgende week opengaat.', 'nl');
  assert.equal(claims[0]?.modality, 'future');
  assert.equal(claims[0]?.addressee?.text, 'de boeren');
  assert.equal(events[0]?.type, 'AGREE');
});

test('nl: nouns that look like cues are not cues ("de vraag", "de eisen")', () => {
  assert.equal(claimsOf('De vraag is wie de eisen van de stakers betaalt.', 'nl').claims.length, 0);
});

test('nl: "X tegen Y: „...”" names speaker and addressee', () => {
  const c = one('De burgemeester tegen de demonstranten: „Ga naar huis.”', 'nl');
  assert.equal(c.speaker?.text, 'De burgemeester');
  assert.match(c.addressee?.text ?? '', /demonstranten$/);
  assert.equal(c.content, 'Ga naar huis');
});

test('nl: a call inside a quotation is a speech act of the quote\'s speaker, not a claim of "ik"', () => {
  const { claims, events } = claimsOf('„Ik roep de bewoners op om binnen te blijven”, zegt de burgemeester van de stad.', 'nl');
  assert.equal(claims.length, 1);
  assert.equal(claims[0]!.speaker?.text, 'de burgemeester van de stad');
  assert.equal(claims[0]!.content, 'Ik roep de bewoners op om binnen te blijven');
  assert.equal(events.length, 1);
  assert.equal(events[0]!.type, 'REQUEST');
  assert.equal(events[0]!.actor?.name, 'de burgemeester van de stad');
  assert.match(events[0]!.recipient?.text ?? '', /bewoners$/);
  assert.equal(events[0]!.recipient?.id, 'nld-civilians');
  assert.equal(events[0]!.claim, claims[0]!.ref);
});

test('nl: the subject before a parenthesis or a relative clause, not the object after the cue', () => {
  assert.equal(one('De woordvoerder (zelf oud-militair) noemt de aanval „een grote fout”.', 'nl').speaker?.text, 'De woordvoerder');
  assert.equal(one('De gouverneur, die gisteren de stad bezocht, noemt de situatie „zeer ernstig”.', 'nl').speaker?.text, 'De gouverneur');
  assert.equal(one('Nadat het leger de stad had verlaten, zei de burgemeester dat de rust was teruggekeerd.', 'nl').speaker?.text, 'de burgemeester');
});

test('nl: "dreigen te" is a risk, not a threat', () => {
  const { claims, events } = claimsOf('De oogst dreigt dit jaar volledig te mislukken.', 'nl');
  assert.equal(claims.length + events.length, 0);
});

test('nl: "..., zo hebben X en Y gezegd" attributes the clause before the comma', () => {
  const c = one('Het konvooi is onderweg naar de grens, zo hebben de Verenigde Naties en het Rode Kruis dinsdag gezegd.', 'nl');
  assert.equal(c.content, 'Het konvooi is onderweg naar de grens');
  assert.match(c.speaker?.text ?? '', /Verenigde Naties/);
  assert.equal(c.time?.text, 'dinsdag');
});

test('nl: "Dat hebben X bekendgemaakt": the sentence before is what was made known', () => {
  const { claims } = claimsOf('De grensovergang gaat maandag weer open. Dat heeft de Oekraïense regering bekendgemaakt.', 'nl');
  assert.equal(claims.length, 1);
  assert.equal(claims[0]!.source.sentence, 1);
  assert.equal(claims[0]!.content, 'De grensovergang gaat maandag weer open');
  assert.match(claims[0]!.speaker?.text ?? '', /regering/);
  assert.equal(claims[0]!.speaker?.country, 'UKR');
});

test('nl: "deed een oproep tot" and "eiste dat X ...": requests, the one who is to act as recipient', () => {
  const call = claimsOf('De VN deden gisteren een oproep tot een staakt-het-vuren.', 'nl');
  assert.equal(call.events[0]?.type, 'REQUEST');
  assert.equal(call.events[0]?.mode, 'yield');
  assert.equal(call.claims[0]?.content, 'een staakt-het-vuren');
  const demand = claimsOf('De premier eiste dat Rusland de gevangenen vrijlaat.', 'nl');
  assert.equal(demand.events[0]?.recipient?.id, 'rus');
  assert.equal(demand.events[0]?.mode, 'yield');
});

test('nl: "riep X op het matje" is no call; "volgens de aanklager" is a source', () => {
  assert.equal(claimsOf('De minister riep de ambassadeur op het matje.', 'nl').events.length, 0);
  const c = one('Volgens de aanklager werden er zeker tweehonderd mensen gedood.', 'nl');
  assert.equal(c.speaker?.text, 'de aanklager');
});

test('en: denials are REJECT events, condemnations ACCUSE, praise SUPPORT', () => {
  const types = (text: string) => claimsOf(text, 'en').events.map((e) => `${e.type}/${e.mode}`);
  assert.deepEqual(types('The Kremlin denied any involvement in the attack.'), ['REJECT/null']);
  assert.deepEqual(types('The Secretary-General condemned the arrests.'), ['ACCUSE/disapprove']);
  assert.deepEqual(types('The minister praised the rescue workers.'), ['SUPPORT/null']);
});

test('nl: verb-final statements, relative-pronoun speakers, opinions with "vindt dat"', () => {
  const { claims, events } = claimsOf('In een toespraak heeft de president de aanslag op de kazerne veroordeeld.', 'nl');
  assert.equal(claims[0]?.content, 'de aanslag op de kazerne');
  assert.equal(claims[0]?.medium, 'In een toespraak');
  assert.equal(events[0]?.type, 'ACCUSE');
  const rel = one('Een soldaat die beweerde getuige te zijn van de aanval, is opgepakt.', 'nl');
  assert.match(rel.speaker?.name ?? '', /soldaat/);
  assert.equal(rel.content, 'getuige te zijn van de aanval');
  assert.equal(one('De regering vindt dat de grens dicht moet blijven.', 'nl').content, 'de grens dicht moet blijven');
  assert.equal(claimsOf('De politie vond een wapen in de auto.', 'nl').claims.length, 0);
});

test('en: "said ... that", dated by a weekday', () => {
  const c = one('The defence minister said on Tuesday that the troops would return within a month.', 'en');
  assert.equal(c.cue, 'said');
  assert.equal(c.speaker?.text, 'The defence minister');
  assert.equal(c.content, 'the troops would return within a month');
  assert.equal(c.time?.value, '2023-05-09');
});

test('en: a quote, then "X told Y": speaker before the cue, addressee after', () => {
  const c = one('"We will not retreat," the garrison commander told Reuters.', 'en');
  assert.equal(c.content, 'We will not retreat');
  assert.equal(c.speaker?.text, 'the garrison commander');
  assert.equal(c.addressee?.text, 'Reuters');
  assert.equal(c.modality, 'future');
});

test('en: "according to X"', () => {
  const c = one('According to the United Nations, more than two thousand people fled last week.', 'en');
  assert.equal(c.cue, 'According to');
  assert.match(c.speaker?.text ?? '', /United Nations/);
  assert.equal(c.content, 'more than two thousand people fled last week');
});

test('en: a clause, then ", officials said"', () => {
  const c = one('The army has lost control of the town, officials said.', 'en');
  assert.equal(c.content, 'The army has lost control of the town');
  assert.equal(c.speaker?.text, 'officials');
});

test('en: "denied" is negated; "in an interview with" is the medium, its partner the addressee', () => {
  assert.equal(one('The president denied that his government had supplied weapons.', 'en').modality, 'negated');
  const c = one('In an interview with the BBC, a Taliban spokesman insisted that foreign troops must leave.', 'en');
  assert.equal(c.medium, 'In an interview with the BBC');
  assert.equal(c.addressee?.text, 'BBC');
  assert.equal(c.content, 'foreign troops must leave');
});

test('en: "urged X to" and "warned that ... otherwise": REQUEST and THREATEN with a shared subject', () => {
  const { claims, events } = claimsOf('The United States urged Pakistan to close the border and warned that it would otherwise cut aid.', 'en');
  assert.deepEqual(claims.map((c) => c.cue), ['urged', 'warned']);
  assert.equal(claims[0]!.addressee?.text, 'Pakistan');
  assert.equal(claims[0]!.content, 'close the border');
  assert.equal(claims[1]!.speaker?.name, claims[0]!.speaker?.name);
  assert.deepEqual(events.map((e) => e.type), ['REQUEST', 'THREATEN']);
});

test('PLOVER modes from what is asked or threatened, and none when nothing says', () => {
  const mode = (text: string, lang: Lang) => claimsOf(text, lang).events.map((e) => e.mode);
  assert.deepEqual(mode('De burgemeester vroeg de regering om voedsel en medicijnen.', 'nl'), ['assist']);
  assert.deepEqual(mode('The envoy urged both parties to resume talks in Doha.', 'en'), ['meet']);
  assert.deepEqual(mode('The union threatened sanctions against the company.', 'en'), ['restrict']);
  assert.deepEqual(mode('The mayor rejected calls for his resignation.', 'en'), ['change']);
  assert.deepEqual(mode('De oppositie eiste opheldering.', 'nl'), [null]);
});

test('en: "called on X to" is a REQUEST to X', () => {
  const { claims, events } = claimsOf('NATO called on both sides to stop the fighting.', 'en');
  assert.equal(claims[0]?.addressee?.text, 'both sides');
  assert.equal(claims[0]?.content, 'stop the fighting');
  assert.equal(events[0]?.type, 'REQUEST');
});

test('a language without a claim lexicon gives nothing; a bad lexicon names the field', () => {
  assert.throws(() => compileLexicon({ cues: { zeggen: { forms: 'zei' } } }, 'claims.xx.yaml'), /claims\.xx\.yaml: cues\.zeggen\.forms/);
});

test('long input stays fast and quiet: 2,000-token sentence and a table', () => {
  const long = Array.from({ length: 400 }, (_, i) => `de minister zei dat stad ${i}`).join(' , ') + '.';
  const t0 = Date.now();
  const { claims } = claimsOf(long, 'nl');
  assert.ok(claims.length > 0);
  assert.ok(Date.now() - t0 < 5000, `${Date.now() - t0} ms`);
  assert.doesNotThrow(() => claimsOf('| zei | dat |\n|---|---|\n| „ | ” |\n\n„\n\n”', 'nl'));
});

test('word salad of cues, quotes, colons and brackets never crashes and every span stays in the text', () => {
  const words = ['zei', 'dat', ',', ':', '„', '”', '‘', '’', '"', "''", ',,', 'volgens', 'aldus', 'de', 'Taliban', 'riep', 'op', 'tot', 'om', 'te', 'zo', 'Dat', 'hebben', 'gezegd', '(', ')', 'en', 'maar', 'hij', 'eiste', 'ontkende', 'niet', 'zal', 'said', 'that', 'according', 'to', 'told', 'warned', 'called', 'on', '.'];
  let seed = 11;
  const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  for (let k = 0; k < 150; k++) {
    const text = Array.from({ length: 1 + rnd(30) }, () => words[rnd(words.length)]).join(' ');
    for (const lang of ['nl', 'en'] as const) {
      for (const f of claimsOf(text, lang).claims) {
        assert.ok(f.source.start <= f.source.end && f.source.end <= text.length, text);
        assert.ok(f.content.split(/\s+/).every((w) => text.includes(w)), text);
      }
    }
  }
});

test('nl: a participle of a speech verb inside a noun phrase is no statement ("de internationaal geprezen rechter"); after a quote it is the cue', () => {
  const praised = claimsOf('Het hof buigt zich vandaag over de aanklachten tegen Laura Kovesi, de internationaal geprezen corruptiebestrijdster.', 'nl');
  assert.equal(praised.claims.length, 0);
  assert.equal(praised.events.filter((e) => e.type === 'SUPPORT').length, 0);
  assert.equal(one("'Op deze manier zijn er alleen maar verliezers', verklaarde burgemeester Jan de Vries.", 'nl').cue, 'verklaarde');
});

test('nl: an allegation names whom it is against; a statement describing a trend of terrorism accuses no one', () => {
  const trend = claimsOf('De dienst stelt dat het aantal doden als gevolg van terrorisme na een piek is gedaald.', 'nl');
  assert.equal(trend.claims.length, 1);
  assert.equal(trend.events.filter((e) => e.type === 'ACCUSE').length, 0);
  const named = claimsOf('De minister zei dat Iran zich schuldig maakt aan terrorisme.', 'nl');
  assert.equal(named.events.filter((e) => e.type === 'ACCUSE').length, 1);
});
