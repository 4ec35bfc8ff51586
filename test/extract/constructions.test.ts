// One construction per test, on our own sentences (Dutch first, then English): who did what to whom, where,
// when, and how sure the text is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ControlState, Fact, Movement } from '../../src/model/index.js';
import { inSentence, only, run, spanOf } from './helpers.js';
const seize = (f: Fact) => f.kind === 'event' && f.type === 'COERCE' && f.mode === 'seize';

test('nl passive with "door": the agent is the actor, the district the place', () => {
  const x = run('Het district Baraki Barak werd dinsdag door de Taliban ingenomen.');
  const f = only(x.facts, seize, 'a seizure');
  assert.equal(spanOf(x, f), 'ingenomen');
  assert.equal(f.actor?.id, 'afg-taliban');
  assert.equal(f.location?.name, 'Baraki Barak');
  assert.equal(f.acled?.sub_event_type, 'Non-state actor overtakes territory');
});

test('nl verb second: the subject after the verb ("Vorige week veroverden de Taliban ...")', () => {
  const x = run('Vorige week veroverden de Taliban de stad Kunduz na zware gevechten.');
  const f = only(x.facts, seize, 'a seizure');
  assert.equal(f.actor?.id, 'afg-taliban');
  assert.equal(f.location?.admin1, 'Kunduz');
  assert.equal(f.time?.text, 'Vorige week');
});

test('nl state forces retaking a district: Government regains territory', () => {
  const x = run('Het Afghaanse leger heroverde woensdag het district Spin Boldak.');
  const f = only(x.facts, seize, 'a retaking');
  assert.equal(f.actor?.id, 'afg-military');
  assert.equal(f.acled?.sub_event_type, 'Government regains territory');
});

test('nl negation scoped to the trigger: "hebben Kabul niet ingenomen"', () => {
  const x = run('De Taliban hebben Kabul nog niet ingenomen.');
  assert.equal(only(x.facts, seize, 'a seizure').modality, 'negated');
});

test('nl reported past conditional: "zouden ... hebben veroverd"', () => {
  const x = run('De Taliban zouden de grenspost bij Spin Boldak hebben veroverd.');
  const f = only(x.facts, seize, 'a seizure');
  assert.equal(f.modality, 'reported');
  assert.equal(f.location?.name, 'Spin Boldak');
});

test('nl subordinate clause after a speech verb: the event is reported, the actor is the clause subject', () => {
  const x = run('De gouverneur zei dat de Taliban de provincie Badakhshan hadden ingenomen.');
  const f = only(x.facts, seize, 'a seizure');
  assert.equal(f.actor?.id, 'afg-taliban');
  assert.equal(f.location?.name, 'Badakhshan');
  assert.equal(f.modality, 'reported');
});

test('nl future and hypothetical: "zal ... beginnen", "overweegt ... te verlenen"', () => {
  const a = run('Het leger zal volgende week een offensief beginnen in Helmand.');
  assert.equal(only(a.facts, (f) => f.type === 'ASSAULT', 'an offensive').modality, 'future');
  const b = run('Oezbekistan overweegt om de vluchtelingen asiel te verlenen.');
  const f = only(b.facts, (f) => f.type === 'AID', 'asylum');
  assert.equal(f.modality, 'hypothetical');
  assert.equal(f.actor?.country, 'UZB');
});

test('nl reflexive separable verb: "gaven zich over aan de Taliban"', () => {
  const x = run('Veertig politieagenten gaven zich maandag over aan de Taliban.');
  const f = only(x.facts, (f) => f.type === 'RETREAT' && f.kind === 'event', 'a surrender');
  assert.equal(f.trigger, 'gaven … zich over');
  assert.equal(f.actor?.type, 'police');
  assert.equal(f.recipient?.id, 'afg-taliban');
  assert.equal(f.quantities[0]?.min, 40);
});

test('nl multiword "om het leven komen": the subject is the victim, counted', () => {
  const x = run('Bij een aanslag in Kandahar kwamen zeker twaalf burgers om het leven.');
  const f = only(x.facts, (f) => f.type === 'ASSAULT' && (f.trigger ?? '').startsWith('kwamen'), 'deaths');
  assert.equal(f.actor, null);
  assert.equal(f.recipient?.type, 'civilians');
  assert.equal(f.quantities[0]?.min, 12);
  assert.equal(f.location?.admin1, 'Kandahar');
});

test('nl "in handen vallen van": the place is the subject, the holder the actor; a control state follows', () => {
  const x = run('Het vliegveld van Kandahar viel zondag in handen van de Taliban.');
  const f = only(x.facts, seize, 'a seizure');
  assert.equal(f.actor?.id, 'afg-taliban');
  const st = only(x.facts, (f) => f.kind === 'state', 'a control state') as ControlState;
  assert.equal(st.holder?.id, 'afg-taliban');
  assert.equal(st.place?.admin1, 'Kandahar');
});

test('nl movement with origin and destination: "vluchtten uit Kunduz naar Kabul"', () => {
  const x = run('Honderden burgers vluchtten uit Kunduz naar Kabul.');
  const m = only(x.facts, (f) => f.kind === 'movement', 'a movement') as Movement;
  assert.equal(m.from?.admin1, 'Kunduz');
  assert.equal(m.to?.name, 'Kabul');
  assert.ok((m.quantities[0]?.min ?? 0) >= 100);
});

test('nl nominal events: "de overgave van het leger" has the army as actor; a bare plural noun is no event', () => {
  const x = run('Na de overgave van het Afghaanse leger in Kunduz bleef het rustig.');
  const f = only(x.facts, (f) => f.type === 'RETREAT', 'a surrender');
  assert.equal(f.actor?.id, 'afg-military');
  const y = run('Dorpen in het zuiden blijven kwetsbaar voor aanvallen.');
  assert.equal(y.facts.filter((f) => f.type === 'ASSAULT').length, 0);
});

test('en "seized" with a date and a district', () => {
  const x = run('The Taliban seized the district of Baraki Barak on Tuesday.', 'en');
  const f = only(x.facts, seize, 'a seizure');
  assert.equal(spanOf(x, f), 'seized');
  assert.equal(f.actor?.id, 'afg-taliban');
  assert.equal(f.location?.name, 'Baraki Barak');
  assert.equal(f.time?.precision, 'day');
});

test('en "took control of" and the passive "was captured by"', () => {
  const a = run('Taliban fighters took control of the border crossing at Spin Boldak.', 'en');
  const f = only(a.facts, seize, 'a seizure');
  assert.equal(f.actor?.id, 'afg-taliban');
  assert.equal(f.location?.name, 'Spin Boldak');
  const b = run('The city of Kunduz was captured by the Taliban.', 'en');
  assert.equal(only(b.facts, seize, 'a seizure').actor?.id, 'afg-taliban');
});

test('nl capture: police arresting a civilian is an arrest; soldiers captured are abducted combatants', () => {
  const a = run('De politie arresteerde dinsdag een journalist in Kabul.');
  assert.equal(only(a.facts, (f) => f.kind === 'event' && f.type === 'COERCE', 'an arrest').mode, 'arrest');
  const b = run('Twintig Afghaanse militairen werden door de Taliban gevangengenomen.');
  const f = only(b.facts, (f) => f.kind === 'event' && f.mode === 'abduct', 'a capture');
  assert.equal(f.type, 'ASSAULT');
  assert.equal(f.actor?.id, 'afg-taliban');
  assert.equal(f.recipient?.id, 'afg-military');
});

test('en "surrendered" and negation', () => {
  const a = run('More than 300 Afghan soldiers surrendered to the Taliban.', 'en');
  const f = only(a.facts, (f) => f.type === 'RETREAT', 'a surrender');
  assert.equal(f.actor?.id, 'afg-military');
  assert.equal(f.recipient?.id, 'afg-taliban');
  assert.ok((f.quantities[0]?.min ?? 0) > 300);
  const b = run('The Taliban did not seize the city of Kunduz.', 'en');
  assert.equal(only(b.facts, seize, 'a seizure').modality, 'negated');
});

test('en "fled to": a movement to the country named', () => {
  const x = run('Thousands of Afghan civilians fled to Pakistan.', 'en');
  const m = only(x.facts, (f) => f.kind === 'movement', 'a movement') as Movement;
  assert.equal(m.to?.country, 'PAK');
  assert.equal(m.actor?.type, 'civilians');
  assert.equal(m.from?.country, 'AFG');
});

test('en abduction and release: kidnapping is ASSAULT/abduct; "the detained journalists" are the patients of the detention', () => {
  const a = run('Gunmen abducted 30 students from a school in Kaduna.', 'en');
  const f = only(a.facts, (f) => f.kind === 'event' && f.type === 'ASSAULT' && f.mode === 'abduct', 'an abduction');
  assert.equal(f.recipient?.type, 'civilians');
  assert.equal(f.quantities[0]?.min, 30);
  const b = run('The junta released the detained journalists.', 'en');
  assert.equal(only(b.facts, (f) => f.type === 'RETREAT' && f.mode === 'release', 'a release').recipient?.name, 'journalists');
  const detained = only(b.facts, (f) => f.type === 'COERCE', 'the detention');
  assert.equal(detained.actor, null);
  assert.equal(detained.recipient?.name, 'journalists');
});

const kinds = (facts: Fact[]) => facts.map((f) => `${f.kind}:${f.type}`);

test('nl nominal fight needs an opponent: "de strijd tegen het leger" is a fight, "de politieke strijd" and "die strijd" are not', () => {
  const a = run('De rebellen speelden een grote rol in de strijd tegen het leger.');
  const f = only(a.facts, (f) => f.kind === 'event' && f.type === 'ASSAULT', 'the fight');
  assert.equal(spanOf(a, f), 'strijd');
  assert.equal(f.recipient?.type, 'state_military');
  assert.deepEqual(kinds(run('De politieke strijd in Den Haag duurt voort.').facts), []);
  // A demonstrative points back at a fight told before: nothing new.
  assert.deepEqual(kinds(run('Of die strijd tegen de Taliban zin heeft, is onzeker.').facts), []);
});

test('nl reflexive with a fixed preposition: "keerde zich tegen" is turning on someone', () => {
  const x = run('Hij keerde zich later tegen de Taliban.');
  const f = only(x.facts, (f) => f.kind === 'event' && f.type === 'ASSAULT', 'turning against');
  assert.equal(f.recipient?.id, 'afg-taliban');
});

test('nl obligation in reported speech is the speaker\'s demand, not the act: "zei dat ... moeten vertrekken"', () => {
  const x = run('De commandant zei dat alle buitenlandse militairen uit Mali moeten vertrekken.');
  const f = only(x.facts, (f) => f.kind === 'event' && f.type === 'REQUEST', 'a demand');
  assert.equal(f.actor?.name, 'commandant');
  assert.equal(f.modality, 'asserted');
  assert.equal(f.location?.country, 'MLI');
  assert.equal(x.facts.filter((f) => f.type === 'RETREAT' || f.type === 'CONCEDE').length, 0);
});

test('nl the content of an agreement is no act of its own: "een akkoord dat de troepen zullen vertrekken"', () => {
  const x = run('De regering en de rebellen sloten een akkoord dat de troepen uit het noorden zullen vertrekken.');
  only(x.facts, (f) => f.kind === 'event' && f.type === 'SUPPORT', 'the agreement');
  assert.deepEqual(kinds(x.facts), ['event:SUPPORT']);
});

test('nl a predicate of difficulty makes a generic statement: "is moeilijk in te nemen" is no seizure', () => {
  assert.deepEqual(kinds(run('De hoofdstad is moeilijk in te nemen.').facts), []);
  only(run('De Taliban namen de hoofdstad in.').facts, seize, 'a seizure');
});

test('nl negated recognition is a rejection: "erkennen Maduro niet meer"', () => {
  const x = run('Veel landen erkennen Maduro niet meer als president.');
  const f = only(x.facts, (f) => f.kind === 'event' && f.type === 'REJECT', 'a rejection');
  assert.equal(f.recipient?.id, 'ven-nicolas-maduro');
  assert.equal(f.modality, 'asserted');
  assert.equal(x.facts.filter((f) => f.type === 'SUPPORT').length, 0);
});

test('en a participle describing a deal is an act of its own: "a ceasefire brokered by Russia"', () => {
  const x = run('Armenia and Azerbaijan signed a ceasefire deal brokered by Russia.', 'en');
  const f = only(x.facts, (f) => f.kind === 'event' && f.type === 'CONSULT', 'the mediation');
  assert.equal(f.actor?.id, 'rus');
});

test('nl accusations and denials: "wordt ervan verdacht", "ontkent", "nam afstand van"', () => {
  const a = only(run('De minister wordt ervan verdacht geld te hebben verduisterd.').facts, (f) => f.type === 'ACCUSE', 'a suspicion');
  assert.equal(a.mode, 'allege');
  assert.equal(a.recipient?.name ?? a.actor?.name, 'minister');
  only(run('De oppositie ontkent alle beschuldigingen.').facts, (f) => f.type === 'REJECT', 'a denial');
  only(run('De partij nam afstand van de president.').facts, (f) => f.type === 'REJECT', 'distancing');
});

test('nl reflexive with a fixed preposition: "schaarde zich achter" is support', () => {
  only(run('De generaal schaarde zich achter de demonstranten.').facts, (f) => f.type === 'SUPPORT', 'support');
});

test('nl a promised annexation is a threat, not an agreement or a seizure', () => {
  const x = run('De premier belooft de annexatie van het gebied.');
  only(x.facts, (f) => f.kind === 'event' && f.type === 'THREATEN', 'a threat');
  assert.equal(x.facts.filter((f) => f.type === 'AGREE' || f.type === 'COERCE').length, 0);
});

test('nl one event told by two triggers: "bij de aanslag kwamen ... om", "opende het vuur ... en doodde"', () => {
  const a = run('Bij de aanslag op het dorp kwamen twintig burgers om.');
  assert.equal(a.facts.filter((f) => f.type === 'ASSAULT').length, 1);
  const b = run('De schutter opende het vuur op de menigte en doodde tien mensen.');
  assert.equal(b.facts.filter((f) => f.type === 'ASSAULT').length, 1);
  // The act as the subject of the killing, or of a clause of time on the injuries: its toll, one event with its
  // count and victims ("raket" is tagged a verb here; its article makes it a noun).
  const d = run('De aanslag kostte twintig mensen het leven.').facts.filter((f) => f.type === 'ASSAULT');
  assert.equal(d.length, 1);
  assert.equal(d[0]!.mode, 'explosives');
  assert.equal(d[0]!.quantities[0]?.min, 20);
  assert.equal(d[0]!.recipient?.type, 'civilians');
  const e = run('Er vielen vanmorgen zeven gewonden toen een raket een huis in een dorp bij Tel Aviv trof.').facts.filter((f) => f.type === 'ASSAULT');
  assert.deepEqual(e.map((f) => f.mode), ['heavy-weapons']);
  assert.equal(e[0]!.quantities[0]?.min, 7);
  const g = run('Twee raketten uit Gaza kwamen in een veld bij Tel Aviv neer.').facts.filter((f) => f.type === 'ASSAULT');
  assert.deepEqual(g.map((f) => f.mode), ['heavy-weapons']);
  // Two acts of one type with different modes stay two: leaving the posts and surrendering.
  const c = run('De soldaten verlieten hun posten en gaven zich over.');
  assert.deepEqual(c.facts.filter((f) => f.kind === 'event').map((f) => f.mode).sort(), ['disarm', 'withdraw']);
});

test('nl stones thrown and power seized: "gooiden stenen naar", "grepen de macht"', () => {
  const a = only(run('Demonstranten gooiden stenen naar agenten.').facts, (f) => f.type === 'ASSAULT', 'stone throwing');
  assert.equal(a.mode, 'primitive');
  const b = only(run('De generaals grepen in 1990 de macht.').facts, (f) => f.type === 'COERCE', 'a coup');
  assert.equal(b.mode, 'seize');
  assert.equal(b.modality, 'historical');
  assert.equal(run('De generaals grepen in 1990 de macht.').facts.filter((f) => f.kind === 'state').length, 0);
});

test('en marching is protesting: "would march again on Sunday"', () => {
  const x = run('Protest organisers said they would march again on Sunday.', 'en');
  only(x.facts, (f) => f.type === 'PROTEST', 'a march');
});

test('nl a role noun with a name in apposition: the name is the actor ("premier Benjamin Netanyahu")', () => {
  const x = run('De Israëlische premier Benjamin Netanyahu breekt zijn bezoek aan de VS vroegtijdig af.');
  const f = only(x.facts, (f) => f.kind === 'event' && f.type === 'CONSULT', 'the visit');
  assert.equal(f.actor?.name, 'Benjamin Netanyahu');
});

test('nl a subject the dictionary does not know is a new actor: "Gemaskerde relschoppers plunderden ..."', () => {
  const x = run('Gemaskerde relschoppers plunderden zaterdag drie winkels.');
  const f = only(x.facts, (f) => f.kind === 'event' && f.type === 'PROTEST', 'the looting');
  assert.equal(f.actor?.name, 'Gemaskerde relschoppers');
  assert.equal(f.actor?.id, null);
  // A known actor in a recipient role beats a bare noun phrase; fighting with the police is armed.
  const y = run('Twee dronken supporters zijn zaterdag slaags geraakt met de politie.');
  assert.equal(only(y.facts, (f) => f.type === 'ASSAULT', 'the fight').recipient?.type, 'police');
  // A noun phrase alone does not make a fight armed: neighbours quarrelling is no battle.
  assert.equal(run('De buren vochten om een parkeerplaats.').facts.filter((f) => f.type === 'ASSAULT').length, 0);
});

test('nl an attack "vanuit" a place came from there: the place struck is the location', () => {
  const x = run('Hamas voerde vanuit de Gazastrook een raketaanval uit op Tel Aviv.');
  const f = only(x.facts, (f) => f.type === 'ASSAULT', 'the rocket attack');
  assert.equal(f.actor?.id, 'pse-hamas');
  assert.equal(f.location?.name, 'Tel Aviv');
});

test('nl multiword parts past a coordinated noun phrase: "kwamen alle passagiers en bemanningsleden om het leven"', () => {
  const x = run('Bij de ramp kwamen alle passagiers en bemanningsleden om het leven.');
  only(x.facts, (f) => f.type === 'ASSAULT', 'the deaths');
  const y = run('Ook staken ze een bankgebouw en een kiosk in brand.');
  assert.equal(only(y.facts, (f) => f.type === 'ASSAULT', 'the arson').mode, 'destroy');
});

test('nl a separable lemma listed as such needs no particle field: "trad de president af"', () => {
  const x = run('Na massale protesten trad de president af.');
  assert.equal(only(x.facts, (f) => f.type === 'RETREAT', 'the resignation').mode, 'resign');
  // "massale protesten": an adjective singles the protests out as an event.
  only(x.facts, (f) => f.type === 'PROTEST', 'the protests');
});

test('nl nominal acts: espionage, announced demonstrations by a new actor, a genocide inside an accusation', () => {
  assert.equal(only(run('De Chinezen doen vooral aan economische spionage.').facts, (f) => f.type === 'COERCE', 'espionage').mode, 'cyber');
  assert.equal(only(run('Beide partijen hebben demonstraties aangekondigd.').facts, (f) => f.type === 'PROTEST', 'demonstrations').actor?.name, 'partijen');
  const x = run('De man wordt verdacht van betrokkenheid bij de genocide in 1994.');
  only(x.facts, (f) => f.type === 'ACCUSE', 'the suspicion');
  const g = only(x.facts, (f) => f.type === 'ASSAULT', 'the genocide');
  assert.equal(g.time?.value, '1994');
  assert.equal(g.modality, 'historical');
});

test('nl a capitalised word is no particle: "brengt het OM ... samen" kills nobody', () => {
  const x = run('Het team brengt het Nederlandse OM en de politie samen met collega\'s uit België.');
  assert.equal(x.facts.filter((f) => f.type === 'ASSAULT').length, 0);
  only(run('De rebellen brachten twee gijzelaars om.').facts, (f) => f.type === 'ASSAULT', 'a killing');
});

test('nl names of acts are not the acts: "na zijn aftreden", "De aanslag is een van de dodelijkste"', () => {
  const a = run('De president zal na zijn aftreden worden opgevolgd door de voorzitter van de senaat.');
  assert.equal(a.facts.filter((f) => f.kind === 'event' && (f.type === 'RETREAT' || f.type === 'CONCEDE')).length, 0);
  assert.equal(run('De aanslag is een van de dodelijkste van het jaar.').facts.length, 0);
  // With something of its own it is an event: "het liquideren van een Iraniër".
  only(run('De mannen staan terecht voor het liquideren van een Iraniër.').facts, (f) => f.type === 'ASSAULT', 'the killing');
});

test('nl/en an assurance is a claim and an AGREE: "verzekerde de Amerikanen dat", "assured the Americans that"', () => {
  for (const [text, lang] of [
    ['De woordvoerder verzekerde de Amerikanen dat hun diplomaten in Kabul veilig zijn.', 'nl'],
    ['The spokesman assured the Americans that their diplomats would be safe.', 'en'],
  ] as const) {
    const x = run(text, lang);
    only(x.facts, (f) => f.kind === 'claim', 'the claim');
    const f = only(x.facts, (f) => f.kind === 'event' && f.type === 'AGREE', 'the assurance');
    assert.equal(f.recipient?.id, 'usa');
    assert.equal(f.modality, 'asserted');
  }
});

test('nl/en a passive agent the dictionary does not know is the actor: "door agenten opgepakt", "by soldiers"', () => {
  const nl = only(run('De opposant werd gisteren door agenten opgepakt.').facts, (f) => f.kind === 'event' && f.mode === 'arrest', 'the arrest');
  // (A bare role noun after "door", in an article that names no country: the Dutch police, actors.json homeCountry.)
  assert.equal(nl.actor?.text, 'agenten');
  assert.equal(nl.actor?.id, 'nld-police');
  assert.equal(nl.recipient?.name, 'opposant');
  const crit = only(run('De verkiezingen werden scherp bekritiseerd door buitenlandse waarnemers.').facts, (f) => f.type === 'ACCUSE', 'the criticism');
  assert.equal(crit.actor?.name, 'buitenlandse waarnemers');
  const en = only(run('The activist was arrested by soldiers on Tuesday.', 'en').facts, (f) => f.kind === 'event' && f.mode === 'arrest', 'the arrest');
  assert.equal(en.actor?.name, 'soldiers');
});

test('nl no place named yet: the country the article\'s adjectives point at stands in ("De Franse politie ..." then "Demonstranten plunderden")', () => {
  const x = run('De Franse politie greep hard in. Demonstranten sloegen aan het plunderen op de boulevard.');
  const f = only(x.facts, (f) => f.kind === 'event' && f.type === 'PROTEST', 'the riot');
  assert.equal(f.location?.country, 'FRA');
  assert.equal(f.location?.admin1 ?? null, null);
});

test('nl a country\'s people are its civilians, also behind a count: "Tienduizenden Venezolanen", "Veel Soedanezen"', () => {
  const p = only(run('Tienduizenden Venezolanen gingen de straat op.').facts, (f) => f.type === 'PROTEST', 'the protest');
  assert.equal(p.actor?.id, 'ven-civilians');
  const r = only(run('Veel Soedanezen eisen het vertrek van de president.').facts, (f) => f.kind === 'event' && f.type === 'REQUEST', 'the demand');
  assert.equal(r.actor?.id, 'sdn-civilians');
});

test('nl a definite bare title refers back to the person last named with it: "premier Benjamin Netanyahu ... De premier"', () => {
  const x = run('De Israëlische premier Benjamin Netanyahu breekt zijn bezoek af. De premier zou later president Trump ontmoeten.');
  const f = only(inSentence(x.facts, 'zou later'), (f) => f.type === 'CONSULT', 'the meeting');
  assert.equal(f.actor?.name, 'Benjamin Netanyahu');
  assert.equal(f.recipient?.name, 'Donald Trump'); // linked to the dictionary (usa-donald-trump)
  // An indefinite title is somebody new.
  const y = run('Premier Benjamin Netanyahu breekt zijn bezoek af. Een premier zou later president Trump ontmoeten.');
  for (const g of inSentence(y.facts, 'zou later')) assert.notEqual(g.actor?.name, 'Benjamin Netanyahu');
});

test('nl a capital or seat of government that acts is its state: "heeft Moskou zich uitgesproken", "Den Haag trekt in"', () => {
  const r = only(run('Ook heeft Moskou zich altijd uitgesproken tegen sancties.').facts, (f) => f.type === 'REJECT', 'the rejection');
  assert.equal(r.actor?.id, 'rus');
  const s = only(run('Den Haag trekt het paspoort van de Syriëgangers in.').facts, (f) => f.type === 'SANCTION', 'the sanction');
  assert.equal(s.actor?.id, 'nld');
  // The subject of a light verb with a nominal trigger ("legde sancties op", "imposed sanctions").
  for (const [text, lang] of [['Washington legde nieuwe sancties op aan Iran.', 'nl'], ['Washington imposed new sanctions on Iran.', 'en']] as const) {
    assert.equal(only(run(text, lang).facts, (f) => f.type === 'SANCTION', 'the sanctions').actor?.id, 'usa');
  }
  // A capital taken is a place, not an actor.
  const c = only(run('Kabul werd door de Taliban ingenomen.').facts, seize, 'the seizure');
  assert.equal(c.actor?.id, 'afg-taliban');
});

test('en/nl a country the actor dictionary does not list, as subject, is its state: "Egypt mediated", "Armenië ondertekende"', () => {
  assert.equal(only(run('Egypt mediated the truce.', 'en').facts, (f) => f.type === 'CONSULT', 'the mediation').actor?.id, 'egy');
  const a = only(run('Armenia and Azerbaijan signed a ceasefire deal.', 'en').facts, (f) => f.type === 'SUPPORT', 'the deal');
  assert.equal(a.actor?.id, 'arm');
  assert.equal(only(run('Armenië ondertekende een bestand met Azerbeidzjan.').facts, (f) => f.kind === 'event', 'the truce').actor?.id, 'arm');
});

test('en a count that heads the phrase stands for what is counted: "Thousands of demonstrators marched"', () => {
  const f = only(run('Thousands of demonstrators marched through the capital.', 'en').facts, (f) => f.type === 'PROTEST', 'the march');
  assert.equal(f.actor?.name, 'demonstrators');
});

test('nl a perfect with "zijn" is active when its subject is active: "zijn slaags geraakt met de politie"', () => {
  const f = only(run('Twee dronken supporters zijn zaterdag slaags geraakt met de politie.').facts, (f) => f.type === 'ASSAULT', 'the fight');
  assert.match(f.actor?.name ?? '', /supporters$/);
  assert.match(f.recipient?.text ?? '', /politie/);
});

test('nl a role noun named in apposition gives the name: "de voormalige gouverneur van Herat, Ismail Khan"', () => {
  const a = only(run('Vorige week is ook de voormalige gouverneur van Herat, Ismail Khan, er aangekomen.').facts, (f) => f.kind === 'movement', 'the arrival');
  assert.equal(a.actor?.name, 'Ismail Khan');
  const b = only(run('De gevluchte burgemeester van Kunduz, Hamid Yusufi, kwam zondag in Kabul aan.').facts, (f) => f.kind === 'movement' && f.type === 'MOBILIZE', 'the arrival');
  assert.equal(b.actor?.name, 'Hamid Yusufi');
  assert.equal((b as Movement).to?.name, 'Kabul');
});

test('nl the story\'s past: dated over a month back, told on in the simple past, undated without a date of its own', () => {
  const april = { value: '2019-04-09', precision: 'day' } as const;
  // "in december" in an April article is background; "maandag" is news.
  const dec = only(run('De rebellen vielen in december een kazerne aan.', 'nl', april).facts, (f) => f.type === 'ASSAULT', 'the attack');
  assert.deepEqual([dec.modality, dec.time?.value], ['historical', '2018-12']);
  const mon = only(run('De rebellen vielen maandag een kazerne aan.', 'nl', april).facts, (f) => f.type === 'ASSAULT', 'the attack');
  assert.deepEqual([mon.modality, mon.time?.value], ['asserted', '2019-04-08']);
  // The next sentence in the simple past tells on; it has no date of its own, so none is given.
  const x = run('Vorig jaar bliezen de bendeleden tientallen geldautomaten op. De politie arresteerde twee leden van de bende.', 'nl', april);
  const arrest = only(x.facts, (f) => f.type === 'COERCE', 'the arrest');
  assert.equal(arrest.modality, 'historical');
  assert.deepEqual(arrest.time, { text: '', value: null, precision: 'unknown' });
  // A present perfect after it is news again, dated by the article.
  const y = run('Vorig jaar bliezen de bendeleden tientallen geldautomaten op. De politie heeft twee leden van de bende gearresteerd.', 'nl', april);
  const news = only(y.facts, (f) => f.type === 'COERCE', 'the arrest');
  assert.deepEqual([news.modality, news.time?.value], ['asserted', '2019-04-09']);
});

test('nl a speech act made over a month before the article is background: "maakten vorig jaar mei bekend"', () => {
  const x = run('Rusland is aansprakelijk voor de ramp, maakten Nederland en Australië vorig jaar mei bekend.', 'nl', { value: '2019-03-28', precision: 'day' });
  const f = only(x.facts, (f) => f.kind === 'event' && f.type === 'ACCUSE', 'the accusation');
  assert.deepEqual([f.modality, f.time?.value], ['historical', '2018-05']);
  // The claim keeps the modality of what it says.
  assert.equal(x.facts.find((f) => f.kind === 'claim')?.modality, 'reported');
});

test('nl "volgens X": only the source says so (reported), unless the act is X\'s own statement or X is no source', () => {
  const x = run('Volgens de politie sloeg de man op de vlucht.');
  assert.equal(only(x.facts, (f) => f.type === 'RETREAT', 'the flight').modality, 'reported');
  const y = run('Volgens het leger hebben de rebellen de kazerne aangevallen.');
  assert.equal(only(y.facts, (f) => f.type === 'ASSAULT', 'the attack').modality, 'reported');
  // "volgens de regels" names nobody who says so.
  const z = run('De politie arresteerde de man volgens de regels.');
  assert.equal(only(z.facts, (f) => f.type === 'COERCE', 'the arrest').modality, 'asserted');
});

test('nl "gaan" with an infinitive is the future: "De VN gaan een onderzoek doen"', () => {
  const x = run('De Verenigde Naties gaan een onderzoek doen naar het bloedbad.');
  assert.equal(only(x.facts, (f) => f.type === 'ACCUSE', 'the investigation').modality, 'future');
});

test('nl the story\'s day told on: an undated act in the past a sentence after one dated to the day happened then', () => {
  const monday = { value: '2019-03-18', precision: 'day' } as const;
  const x = run('Afgelopen vrijdag schoot een schutter in Christchurch vijftig mensen dood. Ook raakten tientallen mensen gewond.', 'nl', monday);
  const hurt = x.facts.filter((f) => f.type === 'ASSAULT').map((f) => f.time?.value);
  assert.deepEqual(hurt, ['2019-03-15', '2019-03-15']);
  // With a time of its own ("twee dagen later"), or in the present, it is not carried over.
  const y = run('Afgelopen vrijdag schoot een schutter in Christchurch vijftig mensen dood. Twee dagen later arresteerde de politie zijn broer.', 'nl', monday);
  assert.notEqual(only(y.facts, (f) => f.type === 'COERCE', 'the arrest').time?.value, '2019-03-15');
});

test('nl an infinitive clause on a noun of decision is not done, and the noun is no actor: "een besluit om troepen te sturen"', () => {
  const x = run('Een besluit om troepen naar het noorden te sturen maakt het zuiden kwetsbaar.');
  const f = only(x.facts, (f) => f.type === 'MOBILIZE', 'the deployment');
  assert.equal(f.modality, 'hypothetical');
  assert.notEqual(f.actor?.text, 'besluit');
  // Who took the decision sends them.
  const y = run('Het leger nam het besluit om troepen naar het noorden te sturen.');
  assert.equal(only(y.facts, (f) => f.type === 'MOBILIZE', 'the deployment').actor?.text?.toLowerCase().includes('leger'), true);
});
