// Who acts in Dutch news (session 4): accusers, spokespeople, appositive names, auxiliaries the tagger took for
// verbs. Own sentences, one rule per test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Fact } from '../../src/model/index.js';
import { only as first, run } from './helpers.js';

const accusation = (f: Fact) => f.kind === 'event' && f.type === 'ACCUSE';
const claim = (f: Fact) => f.kind === 'claim';

test('nl "X zit achter de aanslag": X is accused, by whoever says so (subject of "denkt dat", "volgens", "zei")', () => {
  const f = first(run('Het kabinet vermoedt dat Rusland achter de aanslag zit.').facts, accusation, 'the accusation');
  assert.equal(f.actor?.id, 'nld-government');
  assert.equal(f.recipient?.id, 'rus');
  // (No country named: "de regering" of Dutch news is the Dutch government, actors.json homeCountry.)
  const g = first(run('Volgens de regering zat de oppositie achter de aanslag.').facts, accusation, 'the accusation');
  assert.equal(g.actor?.id, 'nld-government');
  assert.match(g.recipient?.name ?? '', /oppositie/);
  const h = first(run('Rusland zat achter de aanslag, zei de Britse premier.').facts, accusation, 'the accusation');
  assert.equal(h.actor?.id, 'gbr-boris-johnson'); // the British prime minister in July 2021
  assert.equal(h.recipient?.id, 'rus');
});

test('nl a bare "het kabinet" in Dutch news is the Dutch cabinet, even in a sentence about another country', () => {
  const c = first(run('Het kabinet denkt dat Rusland achter de aanslag zit.').facts, claim, 'the claim');
  assert.equal(c.actor?.id, 'nld-government');
});

test('nl "de legerleiding" and "de krijgsmacht" are the military of the article\'s country', () => {
  const f = first(run('De Algerijnse president wilde blijven, maar de legerleiding keerde zich tegen hem.').facts, (f) => f.type === 'REJECT', 'the rejection');
  assert.equal(f.actor?.id, 'dza-military');
});

test('nl a spokesman speaks for whom he speaks for, also when referred to later as "de zegsman"', () => {
  const x = run('De Dogon-militie Dan Na Ambassagou ontkent de aanval. Volgens een woordvoerder van Dan Na Ambassagou zitten jihadisten zelf achter de aanval. Ook verwijt de zegsman de regering dat zij de dorpen niet beschermt.');
  const said = x.facts.filter((f) => claim(f) && f.source.sentence > 0);
  assert.equal(said.length, 2, JSON.stringify(said.map((f) => f.actor?.text)));
  for (const c of said) assert.match(c.actor?.name ?? '', /Dan Na Ambassagou/);
  const accused = x.facts.filter(accusation);
  assert.ok(accused.length >= 1);
  for (const f of accused) assert.match(f.actor?.name ?? '', /Dan Na Ambassagou/, JSON.stringify(f.actor));
});

test('nl a description closed by a name is that person: "Het hoofd van de partij, Ayla Demir," and "de vicepremier Carla Mendoza"', () => {
  const f = first(run('De voorzitter van de CHP, Ayla Demir, heeft beroep aangetekend, en beschuldigt de AKP van fraude.').facts, accusation, 'the accusation');
  assert.equal(f.actor?.name, 'Ayla Demir');
  const c = first(run('De haven blijft dicht, zo hebben de Peruaanse vicepremier Carla Mendoza en Chileense autoriteiten dinsdag gezegd.').facts, claim, 'the claim');
  assert.equal(c.actor?.name, 'Carla Mendoza');
  // A name inside a modifier is not the speaker.
  const d = first(run('Volgens de minister van Defensie is de aanval mislukt.').facts, claim, 'the claim');
  assert.match(d.actor?.name ?? '', /minister van Defensie/);
});

test('nl a te-infinitive after "door" is active: "reageerden door met stenen te gooien" is done by the subject', () => {
  const f = first(run('De betogers reageerden door met stenen naar agenten te gooien.').facts, (f) => f.type === 'ASSAULT', 'the stone throwing');
  assert.match(f.actor?.name ?? '', /betogers/);
});

test('nl a participle hung on "heeft" that the tagger took for a main verb still has the subject of "heeft"', () => {
  const x = run('Niet alleen heeft Rusland het arme land veel geld geleend, ook heeft Moskou zich steeds uitgesproken tegen nieuwe sancties.');
  assert.equal(first(x.facts, (f) => f.type === 'REJECT', 'the rejection').actor?.id, 'rus');
});

test('nl the sides of a fight: "de gevechten tussen X en Y", also when the sentence tells the dead ("Bij gevechten tussen ... kwamen om")', () => {
  const f = first(run('De gevechten tussen het Malinese leger en jihadisten duren voort.').facts, (f) => f.type === 'ASSAULT', 'the fighting');
  assert.equal(f.actor?.id, 'mli-military');
  assert.match(f.recipient?.name ?? '', /jihadisten/);
  const g = first(run('Bij gevechten tussen het Malinese leger en jihadisten zijn elf mensen omgekomen.').facts, (f) => f.type === 'ASSAULT', 'the deaths');
  assert.equal(g.actor?.id, 'mli-military');
});

test('nl a mutual act of coordinated subjects is the first with the last ("Frankrijk en Duitsland sloten een akkoord")', () => {
  const f = first(run('Frankrijk en Duitsland hebben een akkoord gesloten.').facts, (f) => f.type === 'SUPPORT', 'the agreement');
  assert.equal(f.actor?.id, 'fra');
  assert.equal(f.recipient?.id, 'deu');
  const g = first(run('Venezuela en Rusland hielden een gezamenlijke militaire oefening.').facts, (f) => f.type === 'COOPERATE', 'the exercise');
  assert.deepEqual([g.actor?.id, g.recipient?.id], ['ven', 'rus']);
});

test('nl a verb conjoined to a passive shares its subject, not its agent ("werden gered door een schip en kwamen in opstand")', () => {
  const f = first(run('De migranten zijn gered door een vrachtschip en kwamen daarna in opstand.').facts, (f) => f.type === 'PROTEST', 'the revolt');
  assert.match(f.actor?.name ?? '', /migranten/);
});

test('nl a speech act the claims found takes the story\'s country when it names no place', () => {
  const x = run('In Khartoem gingen duizenden mensen de straat op. De organisatoren roepen de betogers op te blijven tot de president vertrekt.');
  assert.equal(first(x.facts, (f) => f.type === 'REQUEST', 'the call').location?.country, 'SDN');
});

test('nl where a conjoined verb goes is not where the act happened ("bliezen ... op en reden terug naar Nederland")', () => {
  const x = run('De bende pleegde tientallen aanslagen in Duitsland. De bendeleden bliezen met gas geldautomaten op en reden daarna met hoge snelheid terug naar Nederland.');
  const f = first(x.facts, (f) => f.type === 'ASSAULT' && f.source.sentence === 1, 'the blasts');
  assert.equal(f.location?.country, 'DEU');
  // A movement's own destination stays its place.
  assert.equal(first(run('Duizenden mensen vluchtten naar Tadzjikistan.').facts, (f) => f.kind === 'movement', 'the flight').location?.country, 'TJK');
});

test('nl a te-infinitive the parser made an argument of "zegt" has the subject of "zegt"', () => {
  const f = first(run('De Utrechtse politie zegt op de hoogte te zijn van de filmpjes en in overleg met het OM onderzoek te doen.').facts, (f) => f.type === 'ACCUSE', 'the investigation');
  assert.match(f.actor?.name ?? '', /politie/);
});

test('nl a nominalised infinitive after a light verb\'s object has that verb\'s subject ("treft voorbereidingen voor het oproepen van")', () => {
  const x = run('Israël vreest een nieuwe oorlog. Het leger stuurde gisteren twee brigades naar de grens en treft voorbereidingen voor het oproepen van duizenden reservisten.');
  assert.equal(first(x.facts, (f) => f.type === 'MOBILIZE' && f.mode === 'troops' && /reservisten/.test(f.trigger ?? ''), 'the call-up').actor?.id, 'isr-military');
});

test('nl "viel ... binnen" and "binnengevallen" are an invasion of the object by the subject', () => {
  for (const text of ['Rusland viel Oekraïne binnen.', 'Rusland is Oekraïne binnengevallen.']) {
    const f = first(run(text).facts, (f) => f.type === 'ASSAULT', text);
    assert.deepEqual([f.actor?.id, f.recipient?.id], ['rus', 'ukr'], text);
  }
  assert.deepEqual(run('De temperatuur viel binnen een uur.').facts, []);
});

test('a country adjective on a nominal act is who does it, the "van"/"of" phrase after it the patient; also as subject or occasion', () => {
  const f = first(run('De Russische invasie van Oekraïne begon in februari.').facts, (f) => f.type === 'ASSAULT', 'the invasion');
  assert.deepEqual([f.actor?.id, f.recipient?.id], ['rus-military', 'ukr']);
  assert.equal(first(run('Amerikaanse luchtaanvallen doodden tien strijders.').facts, (f) => f.type === 'ASSAULT', 'the strikes').actor?.id, 'usa-military');
  assert.equal(first(run('Bij een Israëlische luchtaanval op Gaza kwamen drie mensen om.').facts, (f) => f.type === 'ASSAULT', 'the deaths').actor?.id, 'isr-military');
});

test('a country where a recipient stands is its state: objects, "against"/"with" phrases, "the invasion of X"', () => {
  const en = (text: string, type: string) => first(run(text, 'en').facts, (f) => f.type === type, text).recipient?.id;
  assert.equal(en('Russian forces launched a full-scale invasion of Ukraine on Thursday.', 'ASSAULT'), 'ukr');
  assert.equal(en('West African leaders imposed tough sanctions on Mali on Sunday.', 'SANCTION'), 'mli');
  assert.equal(first(run('De EU kondigde nieuwe sancties tegen Moskou aan.').facts, (f) => f.type === 'SANCTION', 'the sanctions').recipient?.id, 'rus');
  assert.equal(first(run('De regering verbrak de diplomatieke banden met Washington.').facts, (f) => f.type === 'SANCTION', 'the break').recipient?.id, 'usa');
  // An attack on a capital hits the city, not the state.
  const g = first(run('The rebels attacked Kabul on Monday.', 'en').facts, (f) => f.type === 'ASSAULT', 'the attack');
  assert.notEqual(g.recipient?.id, 'afg');
});

test('nl a country the actor dictionary has no entry for, addressed in a claim, is its state ("eiste van Nieuw-Zeeland")', () => {
  const f = first(run('De president eiste van Nieuw-Zeeland dat het de doodstraf invoert.').facts, (f) => f.type === 'REQUEST', 'the demand');
  assert.equal(f.recipient?.id, 'nzl');
});

test('a role noun owned by another actor is that actor\'s country\'s role ("het regime van Maduro", "the government of Syria")', () => {
  assert.equal(first(run('Rusland steunt het regime van Maduro.').facts, (f) => f.type === 'SUPPORT', 'the support').recipient?.id, 'ven-government');
  assert.equal(first(run('Russia backs the government of Syria.', 'en').facts, (f) => f.type === 'SUPPORT', 'the support').recipient?.id, 'syr-government');
  // The country's own role stays: "het leger van Israël" is Israel's.
  assert.equal(first(run('Het leger van Israël viel Gaza aan.').facts, (f) => f.type === 'ASSAULT', 'the attack').actor?.id, 'isr-military');
});

test('a bare role noun refers back to an earlier actor of the same role only ("het regime" is not the diplomats)', () => {
  const x = run('Russische diplomaten bezochten Caracas. Rusland steunt het regime al jaren.');
  const f = first(x.facts, (f) => f.type === 'SUPPORT', 'the support');
  assert.notEqual(f.recipient?.id, 'rus-diplomats');
});

test('nl a compound ending in a trigger noun is that act ("antiracismedemonstratie"), not one listed as no act ("hartaanval")', () => {
  const x = run('Tijdens een antiracismedemonstratie in Amsterdam werd een man opgepakt.');
  assert.ok(x.facts.some((f) => f.type === 'PROTEST'), JSON.stringify(x.facts.map((f) => f.type)));
  assert.deepEqual(run('De man kreeg een hartaanval.').facts, []);
});

test('nl an arrest of "een 36-jarige man" by an arrest team; "zwaargewond geraakt"; "neergehaald"', () => {
  const f = first(run('Rond 18.00 uur hield een arrestatieteam in Nieuwegein een 36-jarige man aan.').facts, (f) => f.type === 'COERCE', 'the arrest');
  assert.match(f.recipient?.name ?? '', /man/);
  assert.ok(run('Een 49-jarige man is gisteravond zwaargewond geraakt bij een brand.').facts.some((f) => f.type === 'ASSAULT'));
  assert.equal(first(run('Het vliegtuig werd neergehaald met een raket.').facts, (f) => f.type === 'ASSAULT', 'the downing').mode, 'heavy-weapons');
});

test('nl police turning out is a mobilisation, a fire brigade doing so is not; riots and protest days are protests', () => {
  assert.equal(first(run('De politie rukte gisteren in groten getale uit.').facts, (f) => f.type === 'MOBILIZE', 'the turnout').mode, 'police');
  assert.deepEqual(run('De brandweer rukte uit.').facts, []);
  const x = run('De nieuwe geweldsexplosie tijdens de protestdag van zaterdag schokte Parijs.');
  // One act: the outburst during the protest day (a noun on a noun of the same type).
  assert.deepEqual(x.facts.map((f) => f.type), ['PROTEST']);
  assert.equal(x.facts[0]!.mode, 'riot');
});

test('en a title the parser split off its name: the name acts ("Hong Kong leader Carrie Lam suspended ...")', () => {
  assert.equal(first(run('Rebel leader Rodrigo Londoño apologised to the victims of the conflict.', 'en').facts, (f) => f.type === 'CONCEDE', 'the apology').actor?.name, 'Rodrigo Londoño');
  // Two subjects apart ("De VS zouden Tadzjikistan ... hebben verzocht"): the first still acts.
  assert.equal(first(run('De VS zouden Tadzjikistan hierom hebben verzocht.').facts, (f) => f.type === 'REQUEST', 'the request').actor?.id, 'usa');
});

test('en a capital speaking is its state, the Kremlin is the Russian government, and a denial is an act that happened', () => {
  assert.equal(first(run('Moscow said it would reduce military activity around Kyiv.', 'en').facts, (f) => f.kind === 'claim', 'the claim').actor?.id, 'rus');
  const f = first(run('The Kremlin denied any involvement.', 'en').facts, (f) => f.type === 'REJECT', 'the denial');
  assert.equal(f.actor?.id, 'rus-government');
  assert.equal(f.modality, 'asserted');
  assert.equal(first(run('The Kremlin did not deny the report.', 'en').facts, (f) => f.type === 'REJECT', 'the non-denial').modality, 'negated');
});

test('a subject with a relative clause set off by commas is no statement before a postposed cue ("The spokesman, who ..., denied the report")', () => {
  const f = first(run('The spokesman, who spoke on condition of anonymity, denied the report.', 'en').facts, (f) => f.kind === 'claim', 'the denial');
  assert.match(f.actor?.name ?? '', /spokesman/);
  const g = first(run('De woordvoerder, die anoniem wilde blijven, ontkende het bericht.').facts, (f) => f.kind === 'claim', 'the denial');
  assert.match(g.actor?.name ?? '', /woordvoerder/);
});

test('a title with its country is the person the dictionary says held it then ("Tajikistan\'s president", "de Algerijnse president")', () => {
  const mobilised = (text: string, lang: 'nl' | 'en' = 'nl') => first(run(text, lang).facts, (f) => f.type === 'MOBILIZE', text).actor?.id;
  assert.equal(mobilised("Tajikistan's president ordered the mobilisation of 20,000 reservists.", 'en'), 'tjk-emomali-rahmon');
  assert.equal(mobilised('De Tadzjiekse president beval de mobilisatie van 20.000 reservisten.'), 'tjk-emomali-rahmon');
  assert.equal(mobilised('De president van Tadzjikistan beval de mobilisatie van 20.000 reservisten.'), 'tjk-emomali-rahmon');
  // The holder at the article's date: Bouteflika in March 2019, nobody known in 2021.
  const text = 'De Algerijnse president beval de mobilisatie van 20.000 reservisten.';
  assert.equal(first(run(text, 'nl', { value: '2019-03-12', precision: 'day' }).facts, (f) => f.type === 'MOBILIZE', text).actor?.id, 'dza-abdelaziz-bouteflika');
  assert.notEqual(first(run(text).facts, (f) => f.type === 'MOBILIZE', text).actor?.id, 'dza-abdelaziz-bouteflika');
});

test('nl an agent is no place: "de door de VS gesteunde strijdkrachten" does not put the act in the United States', () => {
  const x = run('In Syrië is de strijd bijna voorbij. Tweehonderd IS-strijders hebben zich overgegeven, zeggen de door de VS gesteunde Koerdische strijdkrachten.');
  const f = first(x.facts, (f) => f.type === 'RETREAT', 'the surrender');
  assert.equal(f.location?.country, 'SYR');
});

test('nl "is ... opgepakt" is passive even when the tagger calls the participle finite: the police arrest the man', () => {
  const f = first(run('Een 72-jarige man uit Amstelveen is op Schiphol opgepakt omdat hij in Nepal kinderen zou hebben misbruikt.').facts, (f) => f.type === 'COERCE', 'the arrest');
  assert.equal(f.actor?.id, 'nld-police');
  assert.match(f.recipient?.name ?? '', /man/);
});
