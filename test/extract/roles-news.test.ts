// Who acts and who undergoes, in Dutch news (session 5): speakers set off by a relative clause, chants, passives
// the parser labelled active, acts the subject undergoes, counted civilians. Own sentences, one rule per test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Fact } from '../../src/model/index.js';
import { findTimes } from '../../src/understand/time/index.js';
import { only as first, run } from './helpers.js';

const claim = (f: Fact) => f.kind === 'claim';

test('nl a speaker with a restrictive relative clause before the cue ("Een vrouw die ..., scandeerde ...")', () => {
  const x = run("Een vrouw die zich onherkenbaar had gemaakt, scandeerde 'Als je hem wil neerschieten, zeg dan paf'.");
  const said = x.facts.filter(claim);
  // One claim, the chant: the "zeg" inside the quotation is what she chants, not a claim of "paf".
  assert.equal(said.length, 1, JSON.stringify(said.map((f) => [f.actor?.text, (f as { cue?: string }).cue])));
  assert.match(said[0]!.actor?.text ?? '', /vrouw/);
  const c = first(run('De man die het gebouw had verlaten, zei dat hij niets wist.').facts, claim, 'the claim');
  assert.match(c.actor?.text ?? '', /man/);
});

test('nl "wordt ... verdacht": passive with "worden" even when the parser labels the subject nsubj', () => {
  const f = first(run('De man, Karel P., wordt in zijn geboorteland verdacht van betrokkenheid bij de moord.').facts, (f) => f.type === 'ACCUSE', 'the accusation');
  assert.equal(f.actor, null);
  assert.match(f.recipient?.text ?? '', /Karel P\./);
});

test('nl "gaat de cel in": the subject undergoes the sentence', () => {
  const f = first(run('Een Fransman die beweerde slachtoffer te zijn gaat de cel in wegens valse aangifte.').facts, (f) => f.type === 'SANCTION', 'the sentence');
  assert.equal(f.actor, null);
  assert.match(f.recipient?.text ?? '', /Fransman/);
});

test('nl counted civilians without an article ("drie miljoen inwoners") are the civilians of the article\'s country', () => {
  const x = run('In Venezuela is de crisis verergerd. Ruim drie miljoen inwoners zijn het land inmiddels ontvlucht.');
  const m = x.mentions.find((m) => m.kind === 'actor' && m.text === 'inwoners');
  assert.ok(m, JSON.stringify(x.mentions.filter((m) => m.kind === 'actor')));
  assert.equal(m.resolved, 'Civilians (Venezuela)');
});

test('nl torture, beatings, sexual violence and shots fired are ASSAULT with their PLOVER mode; abuse of power is not', () => {
  const torture = first(run('Agenten hebben de gevangenen urenlang gemarteld.').facts, (f) => f.type === 'ASSAULT', 'the torture');
  assert.equal(torture.mode, 'torture');
  assert.equal(torture.cameo, '1822');
  const abuse = first(run('De man zou in Nepal kinderen hebben misbruikt.').facts, (f) => f.type === 'ASSAULT', 'the abuse');
  assert.equal(abuse.mode, 'sexual');
  assert.equal(abuse.location?.country, 'NPL');
  assert.equal(run('Hij maakte misbruik van zijn macht.').facts.length, 0);
  const shots = first(run('Er zijn vannacht schoten gelost op een woning in Rotterdam.').facts, (f) => f.type === 'ASSAULT', 'the shots');
  assert.equal(shots.mode, 'firearms');
  assert.equal(shots.location?.name, 'Rotterdam');
});

test('nl a bare "de politie" acts where the act happened, not in the article\'s country; "de Nederlandse politie" stays Dutch', () => {
  const story = 'Een man uit Utrecht is in de Dominicaanse Republiek doodgeschoten.';
  const arrest = (f: Fact) => f.type === 'COERCE';
  assert.equal(first(run(`${story} De politie arresteerde twee verdachten.`).facts, arrest, 'the arrest').actor?.id, 'dom-police');
  assert.equal(first(run(`${story} De Nederlandse politie arresteerde twee verdachten.`).facts, arrest, 'the arrest').actor?.id, 'nld-police');
});

test('nl an announced resignation dated ahead is a concession made when it was announced', () => {
  const f = first(run('De president heeft maandag laten weten dat hij nog voor 28 juli zijn functie neerlegt.').facts, (f) => f.kind === 'event', 'the concession');
  assert.equal(f.type, 'CONCEDE');
  assert.equal(f.modality, 'asserted');
  assert.equal(f.time?.value, '2021-07-12'); // "maandag", the helper's article being of Thursday 15 July 2021
});

test('nl deaths and injuries "bij gevechten" are the toll of that fight: one ASSAULT, with the counts', () => {
  const x = run('Bij gevechten tussen het leger en de rebellen bij de hoofdstad Tripoli zijn elf mensen omgekomen en 23 mensen gewond geraakt.');
  const assaults = x.facts.filter((f) => f.type === 'ASSAULT');
  assert.equal(assaults.length, 1, JSON.stringify(assaults.map((f) => (f as { trigger?: string }).trigger)));
  assert.ok(assaults[0]!.quantities.some((q) => q.min === 23), JSON.stringify(assaults[0]!.quantities));
});

test('nl "In gesprek met het weekblad X" is an interview, no CONSULT; an unresolved "hij" after the cue is the speaker', () => {
  const x = run('In gesprek met het Duitse weekblad Der Spiegel roept hij Europa op meer sancties af te kondigen.');
  assert.equal(x.facts.filter((f) => f.type === 'CONSULT').length, 0);
  const c = first(x.facts, (f) => f.kind === 'claim', 'the call');
  assert.equal(c.actor?.text, 'hij');
  assert.equal((c as { addressee?: { text: string } | null }).addressee?.text, 'Europa');
  assert.equal(first(run('De minister voerde een gesprek met zijn Russische ambtgenoot.').facts, (f) => f.kind === 'event', 'the talks').type, 'CONSULT');
});

test('nl a past perfect or "toen" tells background: historical', () => {
  const coup = first(run('De generaal had de macht overgenomen tijdens de onrust.').facts, (f) => f.kind === 'event', 'the seizure');
  assert.equal(coup.modality, 'historical');
  const then = first(run('De president beschuldigde toen de rebellen van de aanval.').facts, (f) => f.type === 'ACCUSE', 'the accusation');
  assert.equal(then.modality, 'historical');
  // A simple past without either is what the article reports.
  const now = first(run('De generaal nam de macht over.').facts, (f) => f.kind === 'event', 'the seizure');
  assert.equal(now.modality, 'asserted');
});

test('nl what is announced is future: "heeft sancties aangekondigd", "kondigde aan dat hij zou vertrekken"', () => {
  const x = run('De regering heeft nieuwe sancties tegen het land aangekondigd.');
  assert.equal(first(x.facts, (f) => f.type === 'SANCTION', 'the sanctions').modality, 'future');
  const c = first(run('De president kondigde maandag aan dat hij zou vertrekken.').facts, (f) => f.kind === 'claim', 'the announcement');
  assert.equal(c.modality, 'future');
});

test('en bare civilians, citizens and people are the civilians of the article\'s country', () => {
  const x = run('Russian forces shelled Kharkiv in Ukraine and killed civilians.', 'en');
  const m = x.mentions.find((m) => m.kind === 'actor' && m.text === 'civilians');
  assert.equal(m?.resolved, 'Civilians (Ukraine)', JSON.stringify(x.mentions.filter((m) => m.kind === 'actor')));
});

test('nl banning protests restricts (COERCE restrict) and tells no protest; import levies are sanctions', () => {
  const x = run('De regering verbood alle demonstraties in de hoofdstad.');
  assert.deepEqual(x.facts.map((f) => [f.type, f.mode]), [['COERCE', 'restrict']]);
  assert.equal(first(run('De president wil hogere invoerheffingen op Europese producten.').facts, (f) => f.kind === 'event', 'the levies').type, 'SANCTION');
});

test('nl "staat terecht voor" accuses its subject; "het leven gekost" kills; a compound head satisfies "with" (IS-bolwerk)', () => {
  const trial = first(run('Daarom staat de oud-president terecht voor misdaden tegen de menselijkheid.').facts, (f) => f.kind === 'event', 'the trial');
  assert.equal(trial.type, 'ACCUSE');
  assert.match(trial.recipient?.text ?? '', /oud-president/);
  assert.equal(first(run('De aanslag in de hoofdstad heeft twintig mensen het leven gekost.').facts, (f) => f.kind === 'event', 'the deaths').type, 'ASSAULT');
  const left = first(run('Zo hebben maandag drieduizend mensen het laatste IS-bolwerk verlaten.').facts, (f) => f.kind === 'movement', 'the flight');
  assert.equal(left.type, 'RETREAT');
});

test('nl the subject of a verb of taking part carries out the act in its phrase ("doen aan spionage")', () => {
  assert.equal(first(run('De Chinezen doen vooral aan economische spionage.').facts, (f) => f.kind === 'event', 'the espionage').actor?.id, 'chn');
  assert.match(first(run('Het leger ging over tot een offensief.').facts, (f) => f.kind === 'event', 'the offensive').actor?.text ?? '', /leger/);
});

test('nl a statement that accuses is an ACCUSE event of the speaker against the content\'s subject', () => {
  const x = run('Het ministerie zegt dat Kriener zich heeft bemoeid met interne aangelegenheden.');
  const f = first(x.facts, (f) => f.type === 'ACCUSE', 'the accusation');
  assert.equal(f.mode, 'allege');
  assert.equal(f.cameo, '112');
  assert.match(f.actor?.text ?? '', /ministerie/);
  assert.equal(f.recipient?.text, 'Kriener');
  // Nothing accusing said: a claim only.
  assert.deepEqual(run('De minister zei dat het weer mooi was.').facts.map((f) => f.kind), ['claim']);
});

test('nl a present participle describing a noun ("op dreigende toon") is a manner, no threat', () => {
  const x = run('De stafchef riep de president op dreigende toon op om onmiddellijk op te stappen.');
  assert.equal(x.facts.filter((f) => f.type === 'THREATEN').length, 0, JSON.stringify(x.facts.map((f) => f.type)));
});

test('nl "Ze werden opgepakt" after a fight with the police: the police arrest, they are not arrested', () => {
  const x = run('Twee dronken supporters zijn zaterdag slaags geraakt met de politie. Ze werden opgepakt.');
  const arrest = first(x.facts, (f) => f.source.sentence === 1 && f.kind === 'event', 'the arrest');
  assert.deepEqual([arrest.type, arrest.mode], ['COERCE', 'arrest']);
  assert.notEqual(arrest.recipient?.type, 'police');
});

test('nl another separable verb is no cue: "prijst ... aan" (aanprijzen, to tout) is not praise', () => {
  assert.equal(run('Kollhoff prijst zijn ontwerp aan als een eigentijdse vorm van bouwkunst.').facts.length, 0);
});

test('nl "X wil niet dat ze terugkeren en heeft ... ingetrokken": the main-clause conjunct is X\'s act', () => {
  const f = first(run('Den Haag wil niet dat ze terugkeren en heeft van sommigen het Nederlanderschap ingetrokken.').facts, (f) => f.type === 'SANCTION', 'the revocation');
  assert.equal(f.actor?.id, 'nld');
});

test('nl a weekday hung on a verb told in the past lies before the article, whatever future word stands further on', () => {
  const x = run('Tienduizenden betogers zijn zaterdag de straat opgegaan om het vertrek van de president te eisen.', 'nl', { value: '2019-04-08', precision: 'day' });
  assert.equal(first(x.facts, (f) => f.type === 'PROTEST', 'the protest').time?.value, '2019-04-06');
  // Without the parse the future word "eisen" wins and the Saturday ahead is not when they marched.
  assert.equal(findTimes(x.text, { lang: 'nl', ref: { value: '2019-04-08', precision: 'day' } }).find((t) => t.text === 'zaterdag')?.value, '2019-04-13');
});

test('nl "leggen het werk neer" is a strike (PROTEST strike), "legde zijn functie neer" a resignation', () => {
  const strike = first(run('Op de universiteiten leggen grote groepen docenten het werk neer.').facts, (f) => f.kind === 'event', 'the strike');
  assert.deepEqual([strike.type, strike.mode, strike.cameo], ['PROTEST', 'strike', '143']);
  assert.deepEqual(first(run('De minister legde zijn functie neer.').facts, (f) => f.kind === 'event', 'the resignation').mode, 'resign');
});

test('nl a legal or political fight is no violence', () => {
  assert.equal(run('In het jarenlange juridische gevecht is gebleken dat de clubs de meeste slagkracht hebben.').facts.length, 0);
});

test('nl a thing of someone\'s that is acted on makes its possessor the recipient ("wees zijn asielaanvraag af")', () => {
  const x = run('De man, Karel P., vroeg in Nederland asiel aan. De dienst wees zijn asielaanvraag af.');
  const f = first(x.facts, (f) => f.type === 'REJECT', 'the refusal');
  assert.match(f.recipient?.name ?? '', /Karel P\./);
});

test('en coordinated subjects of a mutual act: a country without dictionary actors is the partner state', () => {
  const f = first(run('Armenia and Azerbaijan signed a peace deal.', 'en').facts, (f) => f.type === 'SUPPORT', 'the deal');
  assert.equal(f.actor?.id, 'arm');
  assert.equal(f.recipient?.id, 'aze');
});

test('nl an arrest in "Rotterdam-Zuid" (a part of a town): the place is Rotterdam, the implicit actor the Dutch police', () => {
  const x = run('In een woning in Rotterdam-Zuid is een explosief gevonden. Hiervoor is een 36-jarige Rotterdammer opgepakt.');
  const f = first(x.facts, (f) => f.type === 'COERCE' && f.source.sentence === 1, 'the arrest');
  assert.equal(f.location?.name, 'Rotterdam');
  assert.equal(f.location?.country, 'NLD');
  assert.equal(f.actor?.id, 'nld-police');
  assert.match(f.recipient?.text ?? '', /36-jarige Rotterdammer/);
});

test('nl shooting at something is an attack by whoever did it, told in the passive with "is": "Een woning is beschoten"', () => {
  const x = run('Een woning in Rotterdam-Feijenoord is zaterdag beschoten met een vuurwapen.');
  const f = first(x.facts, (f) => f.type === 'ASSAULT', 'the attack');
  assert.equal(f.actor, null);
  assert.match(f.recipient?.text ?? '', /woning/);
  assert.equal(f.location?.name, 'Rotterdam');
});

test('nl a country adjective before "ministerie" makes it that country\'s government, not the Dutch ministry the alias names', () => {
  const f = first(run('Het Iraanse ministerie van Buitenlandse Zaken beschuldigt de Britse ambassadeur van spionage.').facts, (f) => f.type === 'ACCUSE', 'the accusation');
  assert.equal(f.actor?.id, 'irn-government');
  const home = first(run('Het ministerie van Buitenlandse Zaken beschuldigt de Iraanse ambassadeur van spionage.').facts, (f) => f.type === 'ACCUSE', 'the accusation');
  assert.equal(home.actor?.id, 'nld-government');
});

test('nl "Het hoofd van X, NAME," is the person named; "de voorzitter" is a person others refer back to', () => {
  const f = first(run('Het hoofd van de oppositiepartij, Mira Dalsgaard, beschuldigt de regering van verkiezingsfraude.').facts, (f) => f.type === 'ACCUSE', 'the accusation');
  assert.equal(f.actor?.name, 'Mira Dalsgaard');
  const x = run('De voorzitter van de kiescommissie hield een persconferentie. Hij beschuldigde de regeringspartij van fraude.');
  const back = first(x.facts, (f) => f.type === 'ACCUSE', 'the accusation');
  assert.equal(back.actor?.name, 'voorzitter');
});

test('nl a unit of the police the dictionary does not know ("De Dienst Speciale Interventies van de politie") acts as the police', () => {
  const x = run('De Dienst Speciale Interventies van de politie heeft in Zeist een man aangehouden.');
  const unit = x.mentions.find((m) => m.kind === 'actor' && m.text === 'Dienst Speciale Interventies');
  assert.equal(unit?.resolved, 'Police Forces of Netherlands', JSON.stringify(x.mentions));
  assert.equal(first(x.facts, (f) => f.type === 'COERCE', 'the arrest').actor?.id, 'nld-police');
  // A named person of the police stays that person.
  const person = run('Inspecteur Jan de Vries van de politie zegt dat een man is aangehouden.');
  // (The title may or may not be part of the name: "Vries" is no longer read as the village after "Jan de".)
  assert.match(person.mentions.find((m) => m.kind === 'actor' && /Jan de Vries/.test(m.text))?.resolved ?? '', /^(Inspecteur )?Jan de Vries$/, JSON.stringify(person.mentions));
});

test('nl "wij"/"we" in a quotation is the speaker\'s side: a head of government\'s state, a police spokesman\'s police', () => {
  const state = (f: Fact) => f.kind === 'state';
  const held = first(run('„Natuurlijk zorg ik ervoor dat wij de Golanhoogten controleren", zei Netanyahu.').facts, state, 'the control');
  assert.equal((held as { holder?: { id?: string | null } }).holder?.id, 'isr');
  // A speaker who speaks for no one the dictionary knows leaves "wij" unresolved.
  assert.equal(first(run('„Natuurlijk zorg ik ervoor dat wij de Golanhoogten controleren", zei een inwoner.').facts, state, 'the control').actor?.id ?? null, null);
  // A quotation that is a sentence of its own continues the speaker of the sentence before.
  const x = run('De politie rukte uit naar een brand in Zwolle. „Het was geen ongeluk", aldus een politiewoordvoerder. „We stellen daarom een groot onderzoek in."');
  const probe = first(x.facts.filter((f) => f.source.sentence === 2), (f) => f.kind === 'event', 'the investigation');
  assert.equal(probe.actor?.id, 'nld-police');
  assert.equal(first(x.facts, claim, 'the quotation').actor?.id, 'nld-police');
  // "ik" in a quotation is the speaker; "zei ik" names no one.
  assert.equal(first(run('„Ik weiger dat plan te steunen", zei Netanyahu.').facts, (f) => f.type === 'REJECT', 'the refusal').actor?.id, 'isr-benjamin-netanyahu');
  assert.equal(first(run('„Ik weiger dat plan te steunen", zei ik.').facts, (f) => f.type === 'REJECT', 'the refusal').actor?.id ?? null, null);
});

test('nl a country subject after the verb acts itself, not the pronoun object right after it ("beschuldigt Venezuela hem")', () => {
  const x = run('President Nicolás Maduro sprak over de Duitse ambassadeur. Zonder verdere uitleg beschuldigt Venezuela hem ervan zich met de verkiezingen te hebben bemoeid.');
  const f = first(x.facts, (f) => f.type === 'ACCUSE', 'the accusation');
  assert.equal(f.actor?.id, 'ven');
  assert.equal(f.recipient?.text, 'hem');
});

test('nl a part of a multiword trigger is not its subject ("Die eis heeft hij laten vallen": he concedes)', () => {
  const x = run('Premier Mark Rutte eiste extra geld voor de politie. Die eis heeft hij gisteren laten vallen.');
  const f = first(x.facts, (f) => f.type === 'CONCEDE', 'the concession');
  assert.equal(f.actor?.id, 'nld-mark-rutte');
  assert.equal(f.recipient, null);
});

test('nl verb second with adverbials before the subject: the actor after them, before the rest of the trigger ("gingen ... duizenden mensen de straat op")', () => {
  const f = first(run('In de hoofdstad Caracas gingen eerder op de dag opnieuw duizenden mensen de straat op om te protesteren tegen de regering.').facts, (f) => f.type === 'PROTEST', 'the protest');
  assert.equal(f.actor?.id, 'ven-civilians');
  assert.equal(f.actor?.text, 'mensen');
});

test('nl object control: the object of "verwijten", "beschuldigen" is who did the act of the infinitive ("verweet de Russen een cyberaanval te hebben uitgevoerd")', () => {
  const x = run('Premier Rutte verweet de Russen toen een cyberaanval te hebben uitgevoerd.');
  assert.equal(first(x.facts, (f) => f.type === 'ACCUSE', 'the accusation').actor?.id, 'nld-mark-rutte');
  assert.equal(first(x.facts, (f) => f.type === 'COERCE', 'the cyber attack').actor?.id, 'rus');
  const verbal = run('De regering verweet de rebellen het dorp te hebben aangevallen.');
  assert.match(first(verbal.facts, (f) => f.type === 'ASSAULT', 'the attack').actor?.text ?? '', /rebellen/);
  // Subject control is unchanged: who threatens attacks.
  assert.equal(first(run('De Taliban dreigen de stad aan te vallen.').facts, (f) => f.type === 'THREATEN', 'the threat').actor?.id, 'afg-taliban');
});

test('nl the actors of Mali: the Dogon militia by its descriptions, the jihadist coalitions by name', () => {
  assert.equal(first(run('Dogonjagers hebben zaterdag een dorp in centraal Mali aangevallen.').facts, (f) => f.type === 'ASSAULT', 'the attack').actor?.id, 'mli-dan-na-ambassagou');
  assert.equal(first(run('In Mopti viel het Islamitische Staat in de Grote Sahara een legerpost aan.').facts, (f) => f.type === 'ASSAULT', 'the attack').actor?.id, 'mli-isgs');
});

test('nl an act noun on an act noun of the same type is one event, with the inner one\'s actor ("de rellen tijdens de protestdag van de gele hesjes")', () => {
  const x = run('De burgemeester trad af na de rellen tijdens de protestdag van de gele hesjes in Lyon.');
  const protests = x.facts.filter((f) => f.type === 'PROTEST');
  assert.equal(protests.length, 1, JSON.stringify(protests.map((f) => f.trigger)));
  assert.equal(protests[0]!.trigger, 'rellen');
  assert.equal(protests[0]!.actor?.id, 'fra-gilets-jaunes');
  assert.equal(protests[0]!.location?.name, 'Lyon');
});

test('nl "een groep" introduces a group, "deze groep" is the last group told, of whichever kind', () => {
  const x = run('Jihadisten vielen het dorp aan. De president verbood een groep van Dogonstrijders. Deze groep ontkent elke betrokkenheid.');
  const said = (n: number) => x.mentions.find((m) => m.kind === 'actor' && m.sentence === n && m.text === 'groep');
  assert.equal(said(1)?.resolved, 'groep', JSON.stringify(x.mentions));
  assert.equal(said(2)?.resolved, 'Dan Na Ambassagou');
  assert.equal(first(x.facts, (f) => f.type === 'REJECT', 'the denial').actor?.id, 'mli-dan-na-ambassagou');
});

test('nl a protest naming no one shortly after a known group\'s protest is theirs; "de protestbeweging" refers back to the protesters', () => {
  const x = run('Duizenden gele hesjes protesteerden zaterdag in Lyon. De politie zette traangas in. Net als eerder zijn vreedzame betogingen uitgelopen op rellen.');
  const later = first(x.facts.filter((f) => f.source.sentence === 2), (f) => f.type === 'PROTEST', 'the later protest');
  assert.equal(later.actor?.id, 'fra-gilets-jaunes');
  const y = run('De gele hesjes demonstreerden in Lyon. Het was de tiende keer dat de protestbeweging een nationale protestdag hield.');
  const day = first(y.facts.filter((f) => f.source.sentence === 1), (f) => f.type === 'PROTEST', 'the protest day');
  assert.equal(day.actor?.id, 'fra-gilets-jaunes');
  assert.equal(day.actor?.text, 'protestbeweging');
  // With nobody named before: no one.
  const z = run('Vreedzame betogingen zijn uitgelopen op rellen.');
  assert.equal(first(z.facts, (f) => f.type === 'PROTEST', 'the protest').actor, null);
});

test('nl states named together are a plural antecedent, represented by the first ("de Verenigde Staten en Nederland ... Zij")', () => {
  const x = run('Veel landen, zoals de Verenigde Staten en Nederland, erkennen Maduro niet meer als president. Zij hebben hun steun uitgesproken aan Juan Guaidó.');
  const f = first(x.facts, (f) => f.type === 'SUPPORT', 'the support');
  assert.equal(f.actor?.id, 'usa');
  assert.equal(f.actor?.text, 'Zij');
});

test('nl security stepped up with no one named is the police of where it happened', () => {
  const f = first(run('De beveiliging rond het stadhuis in Utrecht is gisteren opgeschaald.').facts, (f) => f.type === 'MOBILIZE', 'the step-up');
  assert.equal(f.actor?.id, 'nld-police');
  assert.equal(f.mode, 'police');
});

test('nl an acronym alias heads a compound ("PKK-strijders"): its capitals are checked on the part it covers', () => {
  assert.equal(first(run('PKK-strijders vielen een legerpost aan in Hakkari.').facts, (f) => f.type === 'ASSAULT', 'the attack').actor?.id, 'tur-pkk');
  assert.equal(first(run('Talibanstrijders vielen een legerpost aan in Kunduz.').facts, (f) => f.type === 'ASSAULT', 'the attack').actor?.id, 'afg-taliban');
});

test('nl a title names who held it on the article\'s day: "de Britse premier" is May in March 2019, Johnson in September, nobody for July', () => {
  const premier = (value: string, precision: 'day' | 'month') =>
    first(run('De Britse premier kondigde nieuwe sancties aan tegen Iran.', 'nl', { value, precision }).facts, (f) => f.type === 'SANCTION', 'the sanctions').actor?.id ?? null;
  assert.equal(premier('2019-03-01', 'day'), 'gbr-theresa-may');
  assert.equal(premier('2019-09-01', 'day'), 'gbr-boris-johnson');
  // The month of the handover fits both: no guess.
  assert.equal(premier('2019-07', 'month'), null);
});

test('nl "dreigen te" with an infinitive that is no act says what may happen, no threat; with an act it threatens', () => {
  const events = (text: string) => run(text).facts.filter((f) => f.kind === 'event').map((f) => f.type);
  assert.deepEqual(events('Nadat ook het bedrijf dreigde te verdwijnen, werd snel gewerkt aan nieuwe wetgeving.'), []);
  assert.deepEqual(events('Vluchten dreigen te worden overgeheveld naar Parijs.'), []);
  assert.deepEqual(events('De Taliban dreigen de stad aan te vallen.'), ['THREATEN']);
});

test('nl a fight between two politicians is a figure of speech, a title race no fight at all; an army fighting rebels is one', () => {
  const events = (text: string) => run(text, 'nl', { value: '2019-03-01', precision: 'day' }).facts.filter((f) => f.kind === 'event').map((f) => f.type);
  assert.deepEqual(events('Biden besloot in 2016 niet de strijd met Clinton aan te gaan.'), []);
  assert.deepEqual(events('De titelstrijd tussen Ajax en PSV ligt weer open.'), []);
  assert.deepEqual(events('Het leger voerde een felle strijd tegen de rebellen.'), ['ASSAULT']);
});

test('nl a verb\'s entry does not fire on a noun phrase ("stelt strengere eisen", "Op indringende vragen van de rechters")', () => {
  const events = (text: string) => run(text).facts.filter((f) => f.kind === 'event').map((f) => f.type);
  assert.deepEqual(events('De universiteit stelt strengere eisen aan nieuwe studenten.'), []);
  assert.deepEqual(events('Op indringende vragen van de rechters gaf de medewerker geen antwoord.'), []);
  assert.deepEqual(events('De demonstranten eisen het vertrek van de president.'), ['REQUEST']);
});
