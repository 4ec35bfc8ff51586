// Dutch acts the lexicon gained from the frequent words of the news corpus (session 10), and demands told as
// statements of obligation: own sentences, each found with its type and actor; and the look-alikes that are none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Claim, Fact } from '../../src/model/index.js';
import { only, run } from './helpers.js';

const published = { value: '2019-04-10', precision: 'day' as const };
const events = (text: string) => run(text, 'nl', published).facts.filter((f): f is Fact & { kind: 'event' } => f.kind === 'event');
const typed = (text: string, type: string) => events(text).filter((f) => f.type === type);

test('nl prosecution and lawsuits are ACCUSE: "vervolgd voor", "spande een kort geding aan", "deed aangifte tegen"', () => {
  assert.equal(typed('De twee mannen worden vervolgd voor mishandeling.', 'ACCUSE').length, 1);
  assert.equal(typed('De vereniging spande vorige week een kort geding aan tegen de gemeente.', 'ACCUSE').length, 1);
  assert.equal(typed('De burgemeester deed aangifte tegen de man.', 'ACCUSE').length, 1);
  // A tax return is no charge; "vervolgde zijn weg" is going on.
  assert.equal(typed('Wie voor 1 april aangifte heeft gedaan, krijgt snel bericht.', 'ACCUSE').length, 0);
  assert.equal(typed('De wandelaar vervolgde zijn weg naar het dorp.', 'ACCUSE').length, 0);
});

test('nl blaming someone ("wijt zijn nederlaag aan") accuses; "te wijten aan" (due to) does not', () => {
  const a = only(events('De president wijt de nederlaag van zijn partij aan fraude.'), (f) => f.type === 'ACCUSE', 'the blame');
  assert.equal(a.actor?.text, 'president');
  assert.equal(typed('De vertraging is te wijten aan het slechte weer.', 'ACCUSE').length, 0);
});

test('nl sanctions imposed and lifted: tariffs in the plural are SANCTION, a domestic CO2 tax is not; lifted sanctions are CONCEDE', () => {
  const a = only(events('De Verenigde Staten hebben nieuwe importheffingen ingevoerd.'), (f) => f.type === 'SANCTION', 'the tariffs');
  assert.equal(a.actor?.id, 'usa');
  assert.equal(typed('Het kabinet wil een CO2-heffing voor bedrijven invoeren.', 'SANCTION').length, 0);
  assert.equal(typed('De toezichthouder legde de bank een boete op.', 'SANCTION').length, 1);
  assert.equal(typed('De Europese Unie heeft de sancties tegen Wit-Rusland opgeheven.', 'CONCEDE').length, 1);
});

test('nl "afgesproken" agrees (not the noun "afspraken"); states and parties working together cooperate, a shop does not', () => {
  assert.equal(typed('De vier leiders hebben afgesproken nauwer samen te werken.', 'AGREE').length, 1);
  assert.equal(typed('Er liggen nog afspraken met de club voor volgend seizoen.', 'AGREE').length, 0);
  assert.equal(only(events('Frankrijk gaat met Duitsland samenwerken bij de bouw van een nieuwe tank.'), (f) => f.type === 'COOPERATE', 'the cooperation').actor?.id, 'fra');
  assert.equal(typed('In de winkel moeten we gewoon samenwerken.', 'COOPERATE').length, 0);
});

test('nl a murder told as a noun with its victim ("de moord op de journalist") is a killing', () => {
  const a = only(events('De moord op de journalist schokte het land.'), (f) => f.type === 'ASSAULT', 'the murder');
  assert.equal(a.cameo, '186');
  assert.equal(typed('Het aantal moorden daalde vorig jaar.', 'ASSAULT').length, 0);
});

test('nl congratulating and declaring support are SUPPORT; insulting officers is ACCUSE; questioning a suspect investigates', () => {
  assert.equal(only(events('Rutte feliciteerde Baudet met de overwinning.'), (f) => f.type === 'SUPPORT', 'the congratulation').actor?.id, 'nld-mark-rutte');
  assert.equal(typed('Meer dan honderd burgemeesters betuigden hun steun aan de actie.', 'SUPPORT').length, 1);
  assert.equal(only(events('Bij zijn aanhouding beledigde de man de agenten.'), (f) => f.type === 'ACCUSE', 'the insult').mode, 'disapprove');
  assert.equal(only(events('De verdachten werden gisteren verhoord door de recherche.'), (f) => f.type === 'ACCUSE', 'the questioning').mode, 'investigate');
});

test('nl a statement that someone must act is a demand of its speaker (REQUEST); a maxim, a company or what should have been done is not', () => {
  const a = only(events('De SP vindt dat de minister alle middelen moet inzetten.'), (f) => f.type === 'REQUEST', 'the demand');
  assert.equal(a.actor?.id, 'nld-sp');
  assert.equal(typed('Soms moet je elkaar echt zien, stelt Rutte.', 'REQUEST').length, 0);
  assert.equal(typed('Klanten moeten langer wachten, zegt Ahold.', 'REQUEST').length, 0);
  // What should have been done is disapproval.
  const b = only(events('De SP vindt dat de minister het eerder had moeten melden.'), (f) => f.type === 'ACCUSE' || f.type === 'REQUEST', 'the blame');
  assert.equal(b.type, 'ACCUSE');
  assert.equal(b.mode, 'disapprove');
});

test('nl a party that wants something done ("wil dat het kabinet ...") demands it; "wil niet dat" rejects; "dat wil ik" and a man in the street do not', () => {
  const a = only(events('D66 wil dat het kabinet de onderscheiding intrekt.'), (f) => f.type === 'REQUEST', 'the demand');
  assert.equal(a.actor?.id, 'nld-d66');
  const b = only(events('Nederland wil niet dat de Europese begroting verder groeit.'), (f) => f.type === 'REJECT' || f.type === 'REQUEST', 'the refusal');
  assert.equal(b.type, 'REJECT');
  assert.equal(b.modality, 'asserted');
  assert.equal(typed('Dat wil de SP niet.', 'REQUEST').length, 0);
  assert.equal(typed('De buurman wil dat de gemeente de boom kapt.', 'REQUEST').length, 0);
});

test('nl votes of parliaments and parties reject or support; backing a deal supports; a voter at the polls does not', () => {
  assert.equal(only(events('De Eerste Kamer stemde tegen het wetsvoorstel.'), (f) => f.type === 'REJECT', 'the vote').actor?.id, 'nld-eerste-kamer');
  assert.equal(typed('De Tweede Kamer stemde in december voor de Klimaatwet.', 'SUPPORT').length, 1);
  // Parliaments abroad are actors the dictionary knows.
  assert.equal(only(events('Het Lagerhuis stemde opnieuw tegen de deal van May.'), (f) => f.type === 'REJECT', 'the vote').actor?.id, 'gbr-parliament');
  assert.equal(only(events('Vorige week deed de Bondsdag een soortgelijk verzoek.'), (f) => f.type === 'REQUEST', 'the request').actor?.id, 'deu-bundestag');
  assert.equal(typed('Een student uit Arnhem stemde in 2017 nog voor D66.', 'SUPPORT').length, 0);
  assert.equal(only(events('Boris Johnson steunt nu de brexitdeal van May.'), (f) => f.type === 'SUPPORT', 'the backing').actor?.id, 'gbr-boris-johnson');
});

test('nl statements with the cue verbs of the news corpus: "gaf aan dat", "reageert", "licht toe", "meent dat", "deelde mee", "hield vol", "opperde"', () => {
  const claims = (text: string) => run(text, 'nl', published).facts.filter((f): f is Claim => f.kind === 'claim');
  const a = only(claims('Minister Koolmees gaf vrijdag aan dat er nog niet wordt onderhandeld.'), () => true, 'the statement') as Claim;
  assert.equal(a.speaker?.id, 'nld-wouter-koolmees');
  assert.match(a.content, /nog niet wordt onderhandeld/);
  assert.equal(claims('"Dat onderzoek is terecht," reageert de wethouder.').length, 1);
  assert.equal(claims('"Dit ligt hier gevoeliger," licht de fractievoorzitter toe.').length, 1);
  assert.equal((only(claims('De SP meent dat de regering te laat is.'), () => true, 'the view') as Claim).speaker?.id, 'nld-sp');
  assert.equal(claims('Het OM heeft toegegeven dat er fouten zijn gemaakt in het onderzoek.').length, 1);
  assert.equal(claims('De rechtbank deelde mee dat de uitspraak volgende week volgt.').length, 1);
  assert.equal(claims('"Wij bouwen een nieuw toestel," hield de fabrikant vol.').length, 1);
  assert.equal(claims('De burgemeester opperde dat de wet moet worden gewijzigd.').length, 1);
  assert.equal(only(events('Yildirim gaf zijn nederlaag nog niet toe.'), (f) => f.type === 'CONCEDE', 'the concession').modality, 'negated');
  // "gaf ... aan" without a statement hands something over.
  assert.equal(claims('De burgemeester gaf de sleutel aan de nieuwe eigenaar.').length, 0);
});

test('nl counterparts of the English entries: prisoners exchanged, a plan accepted, aid sent or frozen, an envoy recalled, a road blocked, a missile tested', () => {
  assert.equal(only(events('Israël en Hamas hebben gevangenen uitgewisseld.'), (f) => f.type === 'RETREAT', 'the exchange').mode, 'release');
  assert.equal(typed('De regering accepteerde het vredesplan van de VN.', 'AGREE').length, 1);
  const aid = only(events('Turkije stuurde voedsel en medicijnen naar Syrië.'), (f) => f.type === 'AID', 'the aid');
  assert.equal(aid.actor?.id, 'tur');
  assert.equal(aid.recipient?.id, 'syr');
  assert.equal(only(events('De Verenigde Staten bevroren de hulp aan Honduras.'), (f) => f.type === 'SANCTION', 'the freeze').mode, 'discontinue');
  assert.equal(only(events('Frankrijk riep zijn ambassadeur in Rome terug.'), (f) => f.type === 'SANCTION', 'the recall').actor?.id, 'fra');
  assert.equal(typed('Boze inwoners blokkeerden zaterdag de snelweg bij Utrecht.', 'PROTEST').length, 1);
  const test = events('Noord-Korea testte opnieuw een ballistische raket.');
  assert.deepEqual(test.map((f) => f.type), ['MOBILIZE']);
});

test('nl criticism: name-calling in a quote, "stoort zich aan", "ligt onder vuur" (aimed at the subject); a warning without its threat words may still disapprove', () => {
  assert.equal(only(events('"Hij is een extremist," zei de premier.'), (f) => f.type === 'ACCUSE', 'the name-calling').mode, 'disapprove');
  assert.equal(only(events('Trump stoort zich aan de hoge heffingen.'), (f) => f.type === 'ACCUSE', 'the irritation').actor?.id, 'usa-donald-trump');
  assert.equal(only(events('De Nieuw-Zeelandse inlichtingendiensten liggen onder vuur.'), (f) => f.type === 'ACCUSE', 'the criticism').recipient?.id, 'nzl-intelligence');
  assert.equal(only(events('Ministers waarschuwen dat een brexit zonder akkoord onacceptabel is.'), (f) => f.type === 'ACCUSE', 'the disapproval').mode, 'disapprove');
});

test('nl a call or request as a noun is a REQUEST of the actor who makes it; the verb "eisen" read as a noun keeps its subject', () => {
  const may = only(events('De regeringsleiders bespreken vandaag het verzoek van de Britse premier May om de brexit uit te stellen.'), (f) => f.type === 'REQUEST', 'the request');
  assert.equal(may.actor?.id, 'gbr-theresa-may');
  const police = only(events('In Groningen deed de politie gisteren een dringende oproep aan burgers om informatie te delen.'), (f) => f.type === 'REQUEST', 'the call');
  assert.equal(police.actor?.id, 'nld-police');
  // A call to kill is no killing: the act is the call's content.
  assert.equal(typed('De oproep van de Iraanse ayatollah Khomeini aan alle moslims om de schrijver te doden is niet vergeten.', 'ASSAULT').length, 0);
  // No one named: a call of no one is no event.
  assert.equal(typed('De oproep werd massaal gedeeld.', 'REQUEST').length, 0);
  assert.equal(only(events('De vakbonden eisen van het kabinet dat de AOW-leeftijd wordt bevroren.'), (f) => f.type === 'REQUEST', 'the demand').actor?.text, 'vakbonden');
});

test('nl approving a law is SUPPORT of a political actor; not approving is REJECT, hypothetical under "als"', () => {
  assert.equal(only(events('De Tweede Kamer heeft het wetsvoorstel goedgekeurd.'), (f) => f.type === 'SUPPORT', 'the approval').actor?.id, 'nld-tweede-kamer');
  assert.equal(typed('De winkel keurde de retourzending goed.', 'SUPPORT').length, 0);
  assert.equal(only(events('Het Lagerhuis keurde de deal niet goed.'), (f) => f.type === 'REJECT', 'the rejection').modality, 'asserted');
  assert.equal(only(events('Als het Lagerhuis deze week de deal niet goedkeurt, volgt een lang uitstel.'), (f) => f.type === 'REJECT', 'the condition').modality, 'hypothetical');
});

test('nl an act someone denies is the denial\'s content, not an event of its own', () => {
  const facts = events('Iran ontkent dat het de tanker heeft aangevallen.');
  assert.equal(only(facts, (f) => f.type === 'REJECT', 'the denial').actor?.id, 'irn');
  assert.equal(facts.filter((f) => f.type === 'ASSAULT').length, 0);
  assert.equal(typed('KLM verzet zich krachtig tegen de aanval op de luchthaven.', 'ASSAULT').length, 0);
});

test('nl an investigation as a noun is ACCUSE/investigate of the authority that runs it; findings of research are none', () => {
  const inquiry = only(events('De politie is een buurtonderzoek gestart.'), (f) => f.type === 'ACCUSE', 'the inquiry');
  assert.equal(inquiry.mode, 'investigate');
  assert.equal(inquiry.actor?.id, 'nld-police');
  assert.equal(typed('Dat blijkt uit onderzoek van de politie.', 'ACCUSE').length, 0);
  assert.equal(typed('Uit Amerikaans onderzoek blijkt dat kiezers na een aanslag vaker rechts stemmen.', 'ACCUSE').length, 0);
});

test('nl negotiating about something is CONSULT; a court imposing a penalty convicts; "kreeg ... opgelegd" is done to the subject', () => {
  assert.equal(only(events('Deze week onderhandelen de landen verder over een handelsakkoord.'), (f) => f.type === 'CONSULT', 'the talks').actor?.text, 'landen');
  assert.equal(typed('Gisteren werd in Brussel achter de schermen onderhandeld over haar toekomst.', 'CONSULT').length, 1);
  const court = only(events('De rechter legde hem een voorwaardelijke werkstraf van 40 uur op.'), (f) => f.type === 'SANCTION', 'the sentence');
  assert.equal(court.mode, 'convict');
  assert.equal(court.actor?.text, 'rechter');
  const received = only(events('Michael P. kreeg in 2012 geen tbs opgelegd.'), (f) => f.type === 'SANCTION', 'the measure not imposed');
  // No court named: the court of the story's country (no place named: the Dutch press's home country).
  assert.equal(received.actor?.id, 'nld-court');
  assert.equal(received.recipient?.text, 'Michael P.');
  assert.equal(received.modality, 'negated');
});

test('nl locked up or held ("vastgezet", "vastgehouden") is an arrest; holding a sign or a feeling is not', () => {
  const held = only(events('De Iraakse autoriteiten hebben honderden kinderen vastgezet.'), (f) => f.type === 'COERCE', 'the detention');
  assert.equal(held.mode, 'arrest');
  assert.equal(held.recipient?.text, 'kinderen');
  assert.equal(typed('Zij werd in een andere ruimte vastgehouden.', 'COERCE').length, 1);
  assert.equal(typed('Op een bord dat iemand vasthoudt, staat een leus.', 'COERCE').length, 0);
  assert.equal(typed('Ik hoop dat we dat gevoel kunnen vasthouden.', 'COERCE').length, 0);
  assert.equal(typed('Op akkers kan veel CO2 worden vastgehouden.', 'COERCE').length, 0);
});

test('a bare plural act noun with a classifying adjective is a kind of act, with one of scale it took place (nl, en)', () => {
  assert.equal(typed('Gevoed door spanningen over immigratie en islamistische aanslagen groeit de dreiging.', 'ASSAULT').length, 0);
  assert.equal(typed('De dader is een voorbeeld van het diffuse karakter van terroristische aanslagen.', 'ASSAULT').length, 0);
  assert.equal(typed('Na massale protesten besloot de president af te zien van een nieuwe termijn.', 'PROTEST').length, 1);
  const en = (text: string) => run(text, 'en', published).facts.filter((f) => f.type === 'PROTEST');
  assert.equal(en('After days of mass protests the government resigned.').length, 1);
  assert.equal(en('The report describes the rise of illegal protests in recent years.').length, 0);
});

test('nl no one hurt is no act: "Niemand raakte gewond", "er vielen geen doden"; the injuries that happened still are', () => {
  assert.equal(typed('Niemand raakte gewond bij het incident.', 'ASSAULT').length, 0);
  assert.equal(typed('Bij het ongeluk vielen geen doden.', 'ASSAULT').length, 0);
  assert.equal(typed('Bij de schietpartij raakten drie mensen gewond.', 'ASSAULT').length, 1);
  // Also where the parse misses the negation ("niemand" read as a number) and in the passive of killing.
  assert.equal(typed('Gelukkig is er niemand gewond geraakt.', 'ASSAULT').length, 0);
  assert.equal(typed('Het is een wonder dat niemand is gedood.', 'ASSAULT').length, 0);
  // "Niemand" of another verb leaves the killing an act.
  assert.equal(typed('Niemand weet wie de agent heeft doodgeschoten.', 'ASSAULT').length, 1);
});

test('nl a particle that is never a preposition completes its verb even before a phrase ("sloegen onder andere toe in")', () => {
  const [f] = typed('De rebellen sloegen vorige week onder andere toe in Goma.', 'ASSAULT');
  assert.equal(f?.location?.name, 'Goma');
  assert.equal(f?.actor?.text, 'rebellen');
});

test('nl a plain verb listed beside a separable one needs no particle: "werd mishandeld" is a beating', () => {
  const beaten = only(events('Een man werd zaterdagnacht in Schiedam mishandeld.'), (f) => f.type === 'ASSAULT', 'the beating');
  assert.equal(beaten.mode, 'beat');
  assert.equal(beaten.recipient?.text, 'man');
  assert.equal(typed('Twee jongens mishandelden een buschauffeur.', 'ASSAULT')[0]?.actor?.text, 'jongens');
  // The base verb an entry is keyed by still needs its particle: "komt uit Sint-Petersburg" is no arrival.
  assert.equal(run('De wodka komt uit Sint-Petersburg.', 'nl', published).facts.length, 0);
});

test('nl soldiers who "sneuvelden" died; a plan that "sneuvelde" (fell through) is no death', () => {
  const died = only(events('Bij de gevechten sneuvelden drie strijders.'), (f) => f.type === 'ASSAULT', 'the deaths');
  assert.equal(died.recipient?.text, 'strijders');
  assert.equal(typed('Drie Nederlandse militairen zijn gesneuveld.', 'ASSAULT')[0]?.recipient?.id, 'nld-military');
  assert.equal(typed('Het plan sneuvelde vorig jaar in de Eerste Kamer.', 'ASSAULT').length, 0);
  assert.equal(typed('Een wetsvoorstel van de SP-fractie sneuvelde in de senaat.', 'ASSAULT').length, 0);
});
