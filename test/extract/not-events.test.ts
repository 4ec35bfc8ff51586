// What is told but was no act of violence (session 8): deaths in a storm or a flood. Own sentences; the same words
// with an armed actor or without the disaster stay events. (The chance of an attack is a hypothetical event:
// prospect.test.ts.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './helpers.js';

const assaults = (text: string, lang: 'nl' | 'en' = 'nl') => run(text, lang).facts.filter((f) => f.type === 'ASSAULT');

test('nl deaths next to a natural disaster are no violence; with an armed actor, or without the disaster, they are', () => {
  const storm = 'De cycloon trok over de kust van Mozambique. In de drie getroffen landen zijn 215 doden geregistreerd.';
  assert.deepEqual(assaults(storm), []);
  assert.deepEqual(assaults('Iran kampt met overstromingen na zware regenval. Zeker negentien mensen kwamen om het leven.'), []);
  // The same count without the storm is the toll of something told as violence.
  assert.equal(assaults('Bij gevechten in het noorden zijn 215 doden geregistreerd.').length >= 1, true);
  // An armed actor named in the sentence keeps the event, storm or not.
  const shot = assaults('Na de overstroming schoten soldaten in Beira twee plunderaars dood.');
  assert.equal(shot.length, 1);
  assert.match(shot[0]!.actor?.text ?? '', /soldaten/);
});

test('nl "dreigen te" threatens only an act, whatever words that act needs: "in brand te steken", "in staking te gaan" yes; "het schip in te gaan", "het mikpunt te worden" no', () => {
  const threats = (text: string) => run(text).facts.filter((f) => f.type === 'THREATEN').length;
  assert.equal(threats('Hij dreigde haar huis in brand te steken.'), 1);
  assert.equal(threats('Partijmedewerkers dreigen in staking te gaan.'), 1);
  assert.equal(threats('De Verenigde Staten dreigen nieuwe importheffingen in te stellen.'), 1);
  assert.equal(threats('Met name het Franse Peugeot dreigt het schip in te gaan.'), 0);
  assert.equal(threats('Wie vóór stemt, dreigt het mikpunt te worden van Republikeinse kritiek.'), 0);
  assert.equal(threats("De software grijpt in als het toestel dreigt te 'stallen'."), 0);
});

test('nl "wijst uit dat" shows, it expels no one; "wijst twee diplomaten uit" does', () => {
  assert.deepEqual(run('Navraag wijst uit dat er iets fout is gegaan.').facts.filter((f) => f.type === 'SANCTION'), []);
  assert.equal(run('Nederland wijst twee Russische diplomaten uit.').facts.filter((f) => f.type === 'SANCTION').length, 1);
});

test('nl "dreigen ... te raken" with a country as object threatens it, though "raken" alone needs other words', () => {
  assert.equal(run('Daarom dreigen de VS nu Europa te raken waar het pijn doet.').facts.filter((f) => f.type === 'THREATEN').length, 1);
});

test('nl "roept vragen op" evokes, it asks no one; "riep de bevolking op tot kalmte" is a request', () => {
  const requests = (text: string) => run(text).facts.filter((f) => f.type === 'REQUEST').length;
  assert.equal(requests('De brief riep veel vragen op.'), 0);
  assert.equal(requests('Dat de maatregel de nodige emoties oproept, is duidelijk.'), 0);
  assert.equal(requests('De president riep de bevolking op tot kalmte.'), 1);
  assert.equal(requests('Hij roept de mensen op om thuis te blijven.'), 1);
});

test('nl "de top" is a summit only when the sentence says which or who meets; "aan de top", "de top van Boeing" are no talks; "de EU-top" is one', () => {
  const talks = (text: string) => run(text).facts.filter((f) => f.type === 'CONSULT').length;
  assert.equal(talks('Trump is goed bevriend met de top van Boeing.'), 0);
  assert.equal(talks('Bij grote bedrijven staan nu jongere mensen aan de top.'), 0);
  assert.equal(talks('Een haven die in de top 10 van de wereld staat.'), 0);
  assert.equal(talks('Vanavond is de allesbeslissende EU-top over de brexit.'), 1);
  assert.equal(talks('Hij sprak over de mislukte top tussen Kim en Trump.'), 1);
});

test('nl a standing rule is no act ("Het is verboden om ...", "verboden terrein", "harder dan toegestaan"); a ban made is one', () => {
  const bans = (text: string) => run(text).facts.filter((f) => f.type === 'SANCTION' || f.type === 'COERCE' || f.type === 'CONCEDE').length;
  assert.equal(bans('Het is verboden om het terrein te betreden.'), 0);
  assert.equal(bans('Deze weg is verboden terrein voor fietsers.'), 0);
  assert.equal(bans('Hij reed 10 kilometer harder dan toegestaan.'), 0);
  assert.equal(bans('De president heeft de militie verboden.'), 1);
  assert.equal(bans('Zo is de Champs-Élysées voortaan verboden gebied.'), 1);
});

test('nl figures of speech of attack: "een aanval op de democratie", "de verbale tegenaanval", a charm offensive, a trade war\'s tariffs hit back', () => {
  const assaults = (text: string) => run(text).facts.filter((f) => f.type === 'ASSAULT').length;
  assert.equal(assaults('Bedreigingen aan het adres van politici zijn een aanval op de democratie.'), 0);
  assert.equal(assaults('Volgens de verbale tegenaanval van Erdogan ging het niet om onregelmatigheden.'), 0);
  assert.equal(assaults('Journalisten worden onderworpen aan een charmeoffensief van de regering.'), 0);
  assert.equal(assaults('In de handelsoorlog wordt over en weer teruggeslagen met heffingen op goederen.'), 0);
  assert.equal(assaults('Het leger begon gisteren een aanval op de stad.'), 1);
});

test('nl "onderzoeken" is an investigation when an authority does it, not research or a plural noun', () => {
  const probes = (text: string) => run(text).facts.filter((f) => f.type === 'ACCUSE').length;
  assert.equal(probes('Wetenschappers gaan de rol van vrouwen in de politiek onderzoeken.'), 0);
  assert.equal(probes('In vastgelopen onderzoeken zorgen undercoveragenten regelmatig voor een doorbraak.'), 0);
  assert.equal(probes('De politie onderzoekt de brand in het gemeentehuis.'), 1);
});

test('nl/en a bare definite act noun that dates something else refers to an act told before ("twee dagen na de aanslag"); one with its own target is an act', () => {
  const nl = run('Bij een aanslag in Lyon vielen drie doden. Twee dagen na de aanslag eiste een terreurgroep de daad op.', 'nl');
  assert.equal(nl.facts.filter((f) => f.kind === 'event' && f.type === 'ASSAULT' && f.source.sentence === 1).length, 0);
  const own = run('Vijf dagen voor de aanslag op het stadhuis werd een man opgepakt.', 'nl');
  assert.equal(own.facts.filter((f) => f.kind === 'event' && f.type === 'ASSAULT').length, 1);
  const en = run('A bomb killed three people in Lyon. Two days after the attack, a group claimed it.', 'en');
  assert.equal(en.facts.filter((f) => f.kind === 'event' && f.type === 'ASSAULT' && f.source.sentence === 1).length, 0);
});

test('nl "de dreiging" is a danger, not someone threatening; "bedreigingen" are threats', () => {
  assert.equal(run('De dreiging vanuit Rusland groeit volgens de dienst.', 'nl').facts.filter((f) => f.kind === 'event' && f.type === 'THREATEN').length, 0);
  assert.equal(run('De burgemeester kreeg bedreigingen van een groep jongeren.', 'nl').facts.filter((f) => f.kind === 'event' && f.type === 'THREATEN').length, 1);
});

test('nl a bare plural act noun in a present-tense clause speaks of such acts in general; a perfect or a past tense tells one', () => {
  const count = (text: string) => run(text, 'nl').facts.filter((f) => f.kind === 'event').length;
  assert.equal(count('Drone-aanvallen worden vaak door de geheime dienst uitgevoerd.'), 0);
  assert.equal(count('Bij demonstraties worden soms wapens aangetroffen.'), 0);
  assert.equal(count('De betogers hebben zaterdag demonstraties gehouden in Utrecht.'), 1);
});

test('nl a participle between an article and its noun describes what the phrase names ("een bedreigde soort"); fled people still moved, held people are still held', () => {
  const events = (text: string) => run(text).facts.filter((f) => f.kind === 'event');
  assert.deepEqual(events('Het is een ernstig bedreigde diersoort.').map((f) => f.type), []);
  assert.deepEqual(events('Onder de aangeklaagde ouders zijn enkele filmsterren.').map((f) => f.type), []);
  // Told as an act (no article before it), the same participle is a charge.
  assert.deepEqual(events('Justitie heeft de ouders in Boston aangeklaagd.').map((f) => f.type), ['ACCUSE']);
  assert.deepEqual(events('De politie wilde nog niet zeggen wie de aangehouden vrouw is.').map((f) => f.type), ['COERCE']);
  const moved = run('Honderden andere gevluchte militairen verblijven al sinds mei in Tadzjikistan.').facts.filter((f) => f.kind === 'movement');
  assert.equal(moved.length, 1);
});

test('nl control is of a place the sentence names: idioms with "handen", "in gebruik nemen", "valt onder" hold no territory', () => {
  const kinds = (text: string) => run(text).facts.filter((f) => f.type === 'CONTROL' || f.type === 'COERCE').map((f) => `${f.kind} ${f.type}`);
  assert.deepEqual(kinds('De president heeft nu munitie in handen gekregen om zijn tegenstanders aan te vallen.'), []);
  assert.deepEqual(kinds('In het café in Boston krijgt hij daar de handen voor op elkaar.'), []);
  assert.deepEqual(kinds('De eerste laadpalen in Utrecht worden binnenkort in gebruik genomen.'), []);
  assert.deepEqual(kinds('Het bedrijf, waaronder ook de vestiging in Vlissingen valt, wil groeien.'), []);
  // A place held, and a place taken, still are.
  assert.deepEqual(kinds('De rebellen hebben de stad Goma in handen.'), ['state CONTROL']);
  assert.deepEqual(kinds('De rebellen veroverden gisteren de stad Goma.').sort(), ['event COERCE', 'state CONTROL']);
});

test('"belooft ... te worden", "promises to be": a prediction, no promise (nl, en); a promise to act still is one', () => {
  const agree = (text: string, lang: 'nl' | 'en' = 'nl') => run(text, lang).facts.filter((f) => f.type === 'AGREE' || f.kind === 'claim').length;
  assert.equal(agree('De top in Brussel belooft een spannende bijeenkomst te worden.'), 0);
  assert.equal(agree('The summit in Brussels promises to be a tense affair.', 'en'), 0);
  assert.equal(agree('De minister belooft de boeren te helpen.'), 2);
  assert.equal(agree('The minister promised to help the farmers.', 'en'), 2);
});

test('nl a suspicion in a relative clause on its suspect describes them: the arrest is the act told', () => {
  const x = run('De politie heeft twee mannen opgepakt die worden verdacht van een reeks plofkraken.');
  assert.deepEqual(x.facts.filter((f) => f.kind === 'event').map((f) => f.type), ['COERCE']);
  // Said of them in a main clause, the suspicion is an act of its own.
  const y = run('De twee mannen worden verdacht van een reeks plofkraken.');
  assert.ok(y.facts.some((f) => f.type === 'ACCUSE'), JSON.stringify(y.facts.map((f) => f.type)));
});

test('nl the act\'s own word is not its actor: "schietpartij" ends in "partij" but no party shot', () => {
  const x = run('De schietpartij in Utrecht is amper achter de rug.');
  const f = x.facts.find((f) => f.type === 'ASSAULT');
  assert.ok(f, 'the shooting is an event');
  assert.equal(f.actor, null);
});
