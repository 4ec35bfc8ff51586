// Who is meant, in Dutch news (session 8): speakers with a premodifier or a bracketed short form, "wij" of a head of
// government in a clause of its own, bare role nouns in a digest item about another country, subjects the parser
// lost. Own sentences, one rule per test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Fact } from '../../src/model/index.js';
import { analyze } from '../../src/nlp/index.js';
import { resolveActors } from '../../src/extract/actors/index.js';
import { only as first, run } from './helpers.js';

const claim = (f: Fact) => f.kind === 'claim';
const published = { value: '2019-04-10', precision: 'day' as const };

test('nl a speaker after the cue with a premodifier of its own ("de door de VN erkende regering van ...")', () => {
  const x = run('Bij gevechten bij de hoofdstad zijn twaalf doden gevallen. Dat meldde vandaag de door de Verenigde Naties erkende regering van het Nationaal Akkoord.', 'nl', published);
  const c = first(x.facts.filter((f) => f.source.sentence === 1), claim, 'the claim');
  assert.equal(c.actor?.id, null);
  assert.match(c.actor?.name ?? '', /^de door de Verenigde Naties erkende regering van het Nationaal Akkoord$/);
});

test('nl a known short form in brackets names the phrase before it ("de door de VS gesteunde Syrische Democratische Strijdkrachten (SDF)")', () => {
  const x = run('Onder hen waren tweehonderd strijders die zich hebben overgegeven, zeggen de door de VS gesteunde Syrische Democratische Strijdkrachten (SDF).', 'nl', published);
  const c = first(x.facts, claim, 'the claim');
  assert.equal(c.actor?.id, 'syr-sdf');
  assert.match(c.actor?.text ?? '', /Strijdkrachten \(SDF\)$/);
});

test('nl "ik zorg ervoor dat wij ... controleren": the state holds, not the speaker; the West Bank, not Jordan', () => {
  const x = run('De Israëlische premier Netanyahu sprak op een bijeenkomst. "En natuurlijk zal ik ervoor zorgen dat wij het gebied ten westen van de Jordaan controleren", aldus Netanyahu.', 'nl', published);
  const s = first(x.facts, (f) => f.kind === 'state', 'the control state');
  assert.equal(s.actor?.id, 'isr');
  assert.equal(s.location?.country, 'PSE');
  assert.equal(s.location?.name, 'West Bank');
});

test('nl a bare role noun in a digest item about another country is that country\'s ("Troepen" after news about Sudan)', () => {
  const roles = (text: string, sentence: number) =>
    resolveActors(analyze(text, { lang: 'nl' }))
      .filter((r) => r.sentence === sentence && r.via !== 'entity')
      .map((r) => [r.actor.text, r.actor.id]);
  const digest =
    'De gemeente Den Haag heeft door een fout te veel geld uitgekeerd aan 69 Hagenaars. Het stadhuis wil het geld terug. ' +
    'In Rotterdam en Utrecht gaan de tarieven omhoog. Het Nederlandse kabinet steunt de gemeenten in Nederland. ' +
    'Tienduizenden betogers belagen het hoofdkwartier van de Soedanese strijdkrachten in Khartoem. De menigte eist het vertrek van de president. Hij woont al dertig jaar in het legercomplex. ' +
    'Troepen proberen de demonstranten uiteen te drijven, maar er zijn ook militairen die het opnemen voor de betogers.';
  const troops = roles(digest, 7).filter(([w]) => w === 'Troepen' || w === 'militairen');
  assert.deepEqual(troops, [['Troepen', 'sdn-military'], ['militairen', 'sdn-military']]);
  // Where the recent sentences name the article's country, "het leger" stays its military.
  const army = roles('Nederland stuurt fregatten naar de Golf. Het Amerikaanse leger is daar al. Het kabinet zegt dat het leger klaar is.', 2).filter(([w]) => w === 'leger');
  assert.deepEqual(army, [['leger', 'nld-military']]);
});

test('nl a te-infinitive after a relative clause completes the main verb ("Philippe overweegt, waar ... plunderen, de manifestaties te verbieden")', () => {
  const x = run("Philippe overweegt voorts overal waar de 'gele hesjes' worden vergezeld van 'ultra's' die vernielingen aanrichten en winkels plunderen, de manifestaties te verbieden.", 'nl', published);
  const f = first(x.facts, (f) => f.trigger?.startsWith('verbieden') ?? false, 'the ban');
  assert.equal(f.actor?.id, 'fra-edouard-philippe');
});

test('nl "hebben voor het eerst een gesprek gevoerd": a fixed adverbial is not the noun\'s preposition; the coordinated subject acts', () => {
  const x = run('Nederland, Australië en Rusland hebben deze maand voor het eerst een gesprek gevoerd over de aansprakelijkheid van Rusland.', 'nl', published);
  const f = first(x.facts, (f) => f.type === 'CONSULT', 'the talks');
  assert.equal(f.actor?.id, 'nld');
});

test('nl no positional actor for a verb used as a noun after a preposition of time, or for a name inside a phrase', () => {
  const x = run('Blok is bijna vijf jaar na het neerhalen van vlucht MH17 op bezoek in Australië en Maleisië.', 'nl', published);
  const shot = first(x.facts, (f) => f.type === 'ASSAULT', 'the downing');
  assert.equal(shot.actor, null);
  const y = run('De mannen die terechtstaan voor het liquideren van een Iraniër die leefde onder de schuilnaam Ali Motamed ontkennen.', 'nl', published);
  const denial = first(y.facts, (f) => f.type === 'REJECT', 'the denial');
  assert.notEqual(denial.actor?.name, 'Ali Motamed');
});

test('nl charges are accusations ("klaagt ... aan", "de aanklacht tegen X"); a participle conjoined to a passive is passive', () => {
  const sued = first(run('Het OM klaagde de burgemeester vorige week aan wegens corruptie.', 'nl', published).facts, (f) => f.type === 'ACCUSE', 'the charge');
  assert.equal(sued.actor?.id, 'nld-om');
  assert.match(sued.recipient?.text ?? '', /burgemeester/);
  const charge = first(run('Het hooggerechtshof behandelt vandaag de aanklacht tegen Kovesi.', 'nl', published).facts, (f) => f.type === 'ACCUSE', 'the charge');
  assert.match(charge.recipient?.text ?? '', /Kovesi/);
  // "werd gepakt en aangeklaagd": Karadzic is charged, he charges no one.
  const x = run('Karadzic werd uiteindelijk gepakt en aangeklaagd wegens oorlogsmisdaden en genocide.', 'nl', published);
  const charged = first(x.facts, (f) => f.type === 'ACCUSE', 'the charge');
  assert.equal(charged.actor, null);
  assert.match(charged.recipient?.text ?? '', /Karadzic/);
  // Complaining is no charge.
  assert.deepEqual(run('Hij klaagde over de hitte.', 'nl', published).facts.filter((f) => f.type === 'ACCUSE'), []);
});

test('nl disapproval and allegations in what is said are accusations of the speaker ("vindt het immoreel", "haalt uit naar")', () => {
  const x = run("China vindt het 'immoreel' als Europese landen Chinese bedrijven zouden uitsluiten.", 'nl', published);
  assert.equal(first(x.facts, (f) => f.type === 'ACCUSE', 'the disapproval').actor?.id, 'chn');
  const y = run('Ook haalt de oppositieleider uit naar de president.', 'nl', published);
  const f = first(y.facts, (f) => f.type === 'ACCUSE', 'the attack in words');
  assert.match(f.actor?.text ?? '', /oppositieleider/);
  // A plain statement accuses no one.
  assert.deepEqual(run('China vindt het belangrijk dat de handel doorgaat.', 'nl', published).facts.filter((f) => f.type === 'ACCUSE'), []);
});

test('nl companies are actors of their own type: named, described ("het bedrijf"), and no party to a fight', () => {
  const x = run('Huawei wijst de beschuldigingen van de hand. Het bedrijf zegt dat het zich aan de wet houdt.', 'nl', published);
  assert.equal(first(x.facts, (f) => f.type === 'REJECT', 'the rejection').actor?.id, 'co-huawei');
  assert.equal(first(x.facts, claim, 'the statement').actor?.id, 'co-huawei');
  // "strijdt met Tesla" is competition, not combat.
  assert.deepEqual(run('Het Duitse concern strijdt met Tesla om de Europese markt.', 'nl', published).facts.filter((f) => f.type === 'ASSAULT'), []);
});

test('nl a title with its holder\'s name after it is that person, not the holder at the article\'s date ("de Britse premier Harold Macmillan" in 2019)', () => {
  const actors = resolveActorsAt('Begin jaren 60 zag de Britse premier Harold Macmillan in dat zijn land zich bij de EEG moest aansluiten.', '2019-03-10');
  assert.ok(!actors.some((id) => id === 'gbr-theresa-may'), JSON.stringify(actors));
  // The title alone in 2019 is May.
  assert.ok(resolveActorsAt('De Britse premier zag in dat zijn land zich bij de EEG moest aansluiten.', '2019-03-10').includes('gbr-theresa-may'));
});

function resolveActorsAt(text: string, date: string): (string | null)[] {
  return run(text, 'nl', { value: date, precision: 'day' }).mentions.filter((m) => m.kind === 'actor').map((m) => (m.resolved === 'Theresa May' ? 'gbr-theresa-may' : (m.resolved ?? null)));
}

test('nl political acts told with light verbs and idioms: an inquiry opened, criticism voiced, opposing, standing up for, asylum', () => {
  const types = (text: string) => run(text, 'nl', published).facts.filter((f) => f.kind === 'event').map((f) => f.type);
  assert.deepEqual(types('De openbaar aanklager in de VS stelt een onderzoek in naar Boeing.'), ['ACCUSE']);
  assert.deepEqual(types('De begrotingen worden opnieuw onder de loep genomen.'), ['ACCUSE']);
  assert.deepEqual(types('Oppositiepartijen GroenLinks en PvdA uiten harde kritiek.'), ['ACCUSE']);
  assert.deepEqual(types('President Erdogan blijft zich verzetten tegen de nederlaag.'), ['REJECT']);
  assert.deepEqual(types('Europarlementariërs springen voor Kovesi in de bres.'), ['SUPPORT']);
  assert.deepEqual(types('Zijn broer kreeg asiel in Duitsland.'), ['AID']);
  // The preposition "uit" is no voicing of criticism.
  assert.deepEqual(types('Er kwam veel kritiek uit de buurt.'), []);
});

test('nl a described person named after a long owner phrase is the name ("De leider van de ... partij in het oosten, Ahmet Yilmaz, eist")', () => {
  const x = run('De leider van de kleine nationalistische partij in het oosten, Ahmet Yilmaz, eist een nieuw onderzoek naar de stembussen.', 'nl', published);
  assert.equal(first(x.facts, (f) => f.type === 'REQUEST', 'the demand').actor?.name, 'Ahmet Yilmaz');
});

test('nl "de president" with no country of its own is the person last named who holds that title', () => {
  const x = run('President Trump schrapt de handelsvoordelen voor India. De president eist dat India de heffingen verlaagt.', 'nl', published);
  assert.equal(first(x.facts, (f) => f.type === 'REQUEST', 'the demand').actor?.id, 'usa-donald-trump');
  // A named person who holds no such title is not meant.
  const y = run('Oppositieleider Juan Guaidó sprak in Caracas. De president eist dat de betogers naar huis gaan.', 'nl', published);
  assert.notEqual(first(y.facts, (f) => f.type === 'REQUEST', 'the demand').actor?.id, 'ven-juan-guaido');
});

test('nl police and intelligence named bare in a sentence set abroad are that country\'s; an agency of the article\'s country is not its intelligence service', () => {
  const text =
    'De IND besloot vorig jaar dat de Nederlandse activist veilig kon terugkeren. Hij werd vorige week in Caracas opgepakt door inlichtingendiensten. Daarna verhoorde de politie in Caracas hem urenlang.';
  const x = run(text, 'nl', published);
  const arrest = first(x.facts.filter((f) => f.source.sentence === 1), (f) => f.kind === 'event' && f.type === 'COERCE', 'the arrest');
  assert.equal(arrest.actor?.id, 'ven-intelligence');
  // Where someone comes from, a people or a name is no place of the sentence: the article's country stays.
  const ids = (t: string, sentence: number) =>
    resolveActors(analyze(t, { lang: 'nl' }))
      .filter((r) => r.sentence === sentence && r.via !== 'entity')
      .map((r) => r.actor.id);
  assert.equal(ids('In Utrecht is een man opgepakt. De politie verhoorde de man uit Caracas.', 1)[0], 'nld-police');
});

test('nl a bare role noun in an article that names no country is of the home country of the language\'s press (nl: NLD)', () => {
  const x = run('De politie heeft gisteren in het dorp drie mannen aangehouden.', 'nl', published);
  const arrest = first(x.facts, (f) => f.kind === 'event' && f.type === 'COERCE', 'the arrest');
  assert.equal(arrest.actor?.id, 'nld-police');
});

test('nl an indefinite phrase with an age is a new person that "de 52-jarige" and "hij" refer to', () => {
  const x = run('De rechter heeft een 52-jarige Zwollenaar veroordeeld. De 52-jarige had zijn buren bedreigd. Hij ontkende dat.', 'nl', published);
  const threat = first(x.facts.filter((f) => f.source.sentence === 1), (f) => f.kind === 'event' && f.type === 'THREATEN', 'the threat');
  assert.equal(threat.actor?.name, '52-jarige Zwollenaar');
  assert.equal(threat.actor?.type, 'person');
});

test('nl "hij" can refer to one member of a group named with "een" ("een Afghaanse vluchteling"), not to the expert quoted before', () => {
  const x = run('Dat zegt onderzoeker Piet Jansen. In 2016 viel een Afghaanse vluchteling reizigers aan in een trein. Hij stak er twee mensen dood.', 'nl', published);
  const kill = first(x.facts.filter((f) => f.source.sentence === 2), (f) => f.kind === 'event' && f.type === 'ASSAULT', 'the stabbing');
  assert.equal(kill.actor?.id, 'afg-refugees');
});

test('nl a perpetrator noun ("een terrorist", "de dader", "een racist") is a person who acts, not the last person named', () => {
  const x = run('Premier Rutte sprak over de aanslag. Een racist schoot gisteren in een kerk in Gouda drie mensen dood.', 'nl', published);
  const kill = first(x.facts.filter((f) => f.source.sentence === 1), (f) => f.kind === 'event' && f.type === 'ASSAULT', 'the shooting');
  assert.equal(kill.actor?.text, 'racist');
  assert.equal(kill.actor?.type, 'person');
});

test('nl what one protests or acts against is aimed at its owner ("tegen het beleid van de regering", "tegen zijn plan")', () => {
  const x = run('Studenten protesteerden gisteren in Utrecht tegen het beleid van de regering.', 'nl', published);
  const p = first(x.facts, (f) => f.kind === 'event' && f.type === 'PROTEST', 'the protest');
  assert.equal(p.recipient?.id, 'nld-government');
});

test('nl an organisation described by what it does refers to the one just named ("De mensenrechtenorganisatie", "de partij"); before a name it is the name\'s title', () => {
  const x = run('Amnesty International publiceerde gisteren een rapport over Bahrein. De mensenrechtenorganisatie vindt dat de regering de druk moet opvoeren.', 'nl', published);
  const demand = first(x.facts.filter((f) => f.source.sentence === 1), (f) => f.type === 'REQUEST', 'the demand');
  assert.equal(demand.actor?.id, 'ngo-amnesty');
  const y = run('D66 stemde voor de begroting. Oppositiepartij SP vindt dat de minister moet aftreden. Zo stemde de partij elk jaar tegen de begroting.', 'nl', published);
  assert.equal(first(y.facts.filter((f) => f.source.sentence === 1), (f) => f.type === 'REQUEST', 'the demand').actor?.id, 'nld-sp');
  assert.equal(first(y.facts.filter((f) => f.source.sentence === 2), (f) => f.type === 'REJECT', 'the vote').actor?.id, 'nld-sp');
});
