// The English trigger lexicon (knowledge/lexicon/triggers.en.yaml), one test per group of entries, on our own
// sentences: the PLOVER type (and mode where the category fixes one) of the event each entry group finds, and
// the actor where the sentence names a known one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Fact } from '../../src/model/index.js';
import { run, schemaErrors } from './helpers.js';

interface Expect { type: string; mode?: string | null; actor?: string; recipient?: string; kind?: Fact['kind']; trigger?: string }

/** The event (or `kind`) of `sentence` with the expected type; asserts mode, actor and trigger text when given. */
function finds(sentence: string, e: Expect): Fact {
  const x = run(sentence, 'en');
  const kind = e.kind ?? 'event';
  const hits = x.facts.filter((f) => f.kind === kind && f.type === e.type);
  assert.ok(hits.length >= 1, `${sentence}: expected ${kind} ${e.type}, got ${JSON.stringify(x.facts.map((f) => [f.kind, f.type, f.mode, f.trigger]))}`);
  const f = hits[0]!;
  assert.equal(schemaErrors(f), null);
  if (e.mode !== undefined) assert.equal(f.mode, e.mode, sentence);
  if (e.actor !== undefined) assert.equal(f.actor?.id, e.actor, sentence);
  if (e.recipient !== undefined) assert.equal(f.recipient?.id, e.recipient, sentence);
  if (e.trigger !== undefined) assert.match(f.trigger ?? '', new RegExp(e.trigger), sentence);
  return f;
}

/** No event of `type` in `sentence`. */
function none(sentence: string, type: string): void {
  const x = run(sentence, 'en');
  assert.deepEqual(x.facts.filter((f) => f.kind === 'event' && f.type === type).map((f) => f.trigger), [], sentence);
}

test('en invasion: a state invading is ASSAULT (no armed-party gate); the noun too; occupation is a seizure', () => {
  finds('Iraq invaded Kuwait in August 1990.', { type: 'ASSAULT', actor: 'irq', trigger: 'invaded' });
  finds('Russian troops invaded Ukraine in February.', { type: 'ASSAULT', actor: 'rus-military' });
  finds('The invasion of Iraq began in March 2003.', { type: 'ASSAULT', trigger: 'invasion' });
  // announced, an invasion is a threat (category invade: announced THREATEN)
  finds('Russia will invade Ukraine if the talks fail, the minister warned.', { type: 'THREATEN', actor: 'rus', trigger: 'invade' });
  finds('Residents described the brutal occupation of the city.', { type: 'COERCE', mode: 'seize', trigger: 'occupation' });
});

test('en coups: seizing power, staging a coup, ousting a leader (COERCE seize); "seized power in a coup" is one event', () => {
  finds('Generals staged a coup in the capital.', { type: 'COERCE', mode: 'seize' });
  finds('Soldiers ousted the elected president on Tuesday.', { type: 'COERCE', mode: 'seize', trigger: 'ousted' });
  finds('The army removed the president from power.', { type: 'COERCE', mode: 'seize' });
  const x = run('The military seized power in a coup on Monday.', 'en');
  assert.equal(x.facts.filter((f) => f.kind === 'event' && f.type === 'COERCE').length, 1);
});

test('en troop build-ups, alerts and weapons tests are MOBILIZE', () => {
  finds('Army units were massing near the frontier.', { type: 'MOBILIZE', mode: 'troops' });
  finds('Russia massed troops near the border.', { type: 'MOBILIZE', actor: 'rus' });
  finds('The country conducted a nuclear test on Sunday.', { type: 'MOBILIZE', trigger: 'test' });
  finds('Police reinforced the checkpoint.', { type: 'MOBILIZE', trigger: 'reinforced' });
  finds('Moscow deployed peacekeepers to the region.', { type: 'MOBILIZE', trigger: 'deployed' });
});

test('en joint exercises are COOPERATE; military drills of one side MOBILIZE', () => {
  finds('China and Russia held joint naval drills in the Pacific.', { type: 'COOPERATE', mode: 'military' });
  finds('The army held military drills near the border.', { type: 'MOBILIZE' });
  none('China and Russia held joint naval drills in the Pacific.', 'MOBILIZE');
});

test('en apologies, lifted restrictions, shelved bills are CONCEDE; handing over weapons is a surrender', () => {
  finds('The minister apologised for the raid.', { type: 'CONCEDE', trigger: 'apologised' });
  finds('The government lifted the curfew on Monday.', { type: 'CONCEDE' });
  finds('The government suspended the controversial bill.', { type: 'CONCEDE' });
  finds('The militia handed over its weapons.', { type: 'RETREAT', mode: 'disarm' });
  finds('The fighters will hand over their weapons.', { type: 'CONCEDE' });
});

test('en violence: pounding, rockets, launched airstrikes, explosions, slaughter, crowd control, hostages', () => {
  finds('Government forces pounded the rebel-held town overnight.', { type: 'ASSAULT', mode: 'heavy-weapons', trigger: 'pounded' });
  finds('The army fired artillery shells at the village.', { type: 'ASSAULT', mode: 'heavy-weapons', trigger: 'fired' });
  finds('The air force launched airstrikes on rebel positions.', { type: 'ASSAULT', mode: 'aerial' });
  finds('A bomb exploded outside the ministry.', { type: 'ASSAULT', mode: 'explosives', trigger: 'exploded' });
  finds('A suicide attack on the checkpoint left many dead.', { type: 'ASSAULT', mode: 'explosives' });
  finds('Gunmen slaughtered villagers in the north.', { type: 'ASSAULT', trigger: 'slaughtered' });
  finds('Police used stun grenades against the crowd.', { type: 'ASSAULT', mode: 'crowd-control' });
  finds('The rebels took ten aid workers hostage.', { type: 'ASSAULT', mode: 'abduct' });
});

test('en repression: round-ups, internet cuts, closed borders, banned gatherings are COERCE', () => {
  finds('Police rounded up dozens of activists.', { type: 'COERCE', mode: 'arrest' });
  finds('The authorities cut internet access in the region.', { type: 'COERCE', mode: 'restrict' });
  finds('The government closed the border with its neighbour.', { type: 'COERCE', mode: 'restrict' });
  finds('The junta banned all political gatherings.', { type: 'COERCE', mode: 'restrict' });
  finds('Security forces cracked down on the opposition.', { type: 'COERCE', mode: 'restrict' });
});

test('en protest: strikes, hunger strikes, boycotts; "General" as a title is no strike', () => {
  finds('Dock workers went on strike on Monday.', { type: 'PROTEST' });
  finds('Doctors began a hunger strike.', { type: 'PROTEST' });
  finds('The opposition boycotted the election.', { type: 'PROTEST', trigger: 'boycotted' });
  none('The minister praised General Smith for his strikes on the enemy.', 'PROTEST');
});

test('en sanctions: sanctioning, freezing assets, persona non grata, withdrawing an ambassador', () => {
  finds('Washington sanctioned three generals.', { type: 'SANCTION', actor: 'usa' });
  finds('The European Union froze the assets of the oligarch.', { type: 'SANCTION', actor: 'igo-eu' });
  finds('Britain declared the attaché persona non grata.', { type: 'SANCTION', mode: 'expel' });
  finds('Germany withdrew its ambassador from Moscow.', { type: 'SANCTION', mode: 'discontinue', actor: 'deu' });
  none('Germany withdrew its ambassador from Moscow.', 'RETREAT');
});

test('en aid: deliveries, shelter, convoys; applications and pleas are requests', () => {
  finds('Turkey delivered food and medicine to the survivors.', { type: 'AID', actor: 'tur' });
  finds('Jordan is sheltering thousands of refugees.', { type: 'AID', actor: 'jor' });
  finds('A humanitarian convoy reached the besieged town.', { type: 'AID', trigger: 'convoy' });
  finds('Sweden applied to join the alliance.', { type: 'REQUEST', actor: 'swe' });
  finds('The family sought asylum in Canada.', { type: 'REQUEST' });
});

test('en threats, charges, denials, agreements, mediation, support', () => {
  finds('The prime minister issued an ultimatum to the rebels.', { type: 'THREATEN', trigger: 'ultimatum' });
  finds('Prosecutors charged the former minister with corruption.', { type: 'ACCUSE' });
  finds('Rights groups denounced the killings.', { type: 'ACCUSE', mode: 'disapprove' });
  finds('The ministry dismissed the allegations.', { type: 'REJECT' });
  finds('Both sides accepted the peace plan.', { type: 'AGREE' });
  finds('Qatar hosted talks between the parties.', { type: 'CONSULT', mode: 'third-party' });
  finds('The leaders expressed their support for the government.', { type: 'SUPPORT' });
  finds('Residents greeted the troops in the central square.', { type: 'SUPPORT' });
});

test('en ground moves: advancing on a city is ASSAULT, armed forces entering a town take it, abandoning positions is a withdrawal', () => {
  finds('The rebels advanced on the capital.', { type: 'ASSAULT' });
  finds('The Taliban entered Kabul.', { type: 'COERCE', mode: 'seize', actor: 'afg-taliban' });
  finds('The Taliban entered Kabul.', { type: 'CONTROL', kind: 'state', actor: 'afg-taliban' });
  none('The minister entered the room.', 'COERCE');
  finds('Rebels abandoned their positions near the airport.', { type: 'RETREAT', mode: 'withdraw' });
});

test('en sieges, blockades, raids on premises, confiscation, closures and lockdowns are COERCE', () => {
  finds('The rebels besieged the city.', { type: 'COERCE', mode: 'restrict' });
  finds('The army laid siege to the town.', { type: 'COERCE', mode: 'restrict' });
  finds('The army imposed a blockade on the port.', { type: 'COERCE', mode: 'restrict' });
  finds('Police raided the offices of the newspaper.', { type: 'COERCE', mode: 'seize' });
  none('Police raided the offices of the newspaper.', 'ASSAULT');
  finds('The state confiscated the property.', { type: 'COERCE', mode: 'seize' });
  finds('The regime shut down the newspaper.', { type: 'COERCE', mode: 'restrict' });
  finds('The authorities imposed a lockdown.', { type: 'COERCE', mode: 'restrict' });
  finds('Hackers hacked government websites.', { type: 'COERCE', mode: 'cyber' });
});

test('en street violence: looting is a riot, road blocks a protest, arson and razing destruction', () => {
  finds('Rioters looted shops.', { type: 'PROTEST', mode: 'riot' });
  finds('Demonstrators blocked roads in the city.', { type: 'PROTEST' });
  finds('Protesters set fire to government buildings.', { type: 'ASSAULT', mode: 'destroy' });
  finds('The army razed the village.', { type: 'ASSAULT', mode: 'destroy' });
});

test('en releases, rescues, loans, phone calls, pacts, joint work, recognition, lawsuits', () => {
  finds('The rebels released twenty hostages.', { type: 'RETREAT', mode: 'release' });
  finds('Rescuers pulled survivors from the rubble.', { type: 'AID' });
  none('Rescuers pulled survivors from the rubble.', 'RETREAT');
  finds('The IMF approved a loan to Pakistan.', { type: 'AID', recipient: 'pak' });
  finds('The two presidents spoke by phone.', { type: 'CONSULT' });
  finds('The parties negotiated a deal.', { type: 'CONSULT' });
  finds('The two countries signed a defence pact.', { type: 'SUPPORT' });
  finds('France backed the resolution.', { type: 'SUPPORT', actor: 'fra' });
  finds('Moscow recognised the breakaway regions.', { type: 'SUPPORT', actor: 'rus' });
  finds('Lawyers sued the government.', { type: 'ACCUSE' });
  // ("The president introduced conscription." alone: the session-7 en parser makes "introduced" a modifier of "president"; docs/NLP.md.)
  finds('The president introduced conscription in March.', { type: 'MOBILIZE' });
  finds('Refugees crossed into Poland.', { type: 'RETREAT', kind: 'movement' });
  finds('The two countries closed their embassies.', { type: 'SANCTION', mode: 'discontinue' });
});

test('en diplomatic protests, regret, acquittals, prisoner swaps, restored ties, debt relief, shared intelligence', () => {
  finds('China summoned the Japanese ambassador.', { type: 'ACCUSE', mode: 'disapprove', actor: 'chn' });
  finds('The embassy lodged a formal protest.', { type: 'ACCUSE', mode: 'disapprove' });
  none('The embassy lodged a formal protest.', 'PROTEST');
  finds('The company expressed regret for the deaths.', { type: 'CONCEDE' });
  finds('The court acquitted the journalist.', { type: 'CONCEDE' });
  finds('The two sides exchanged prisoners on Sunday.', { type: 'RETREAT', mode: 'release' });
  finds('The countries restored diplomatic relations.', { type: 'SUPPORT' });
  finds('The creditors forgave the debt of the country.', { type: 'AID' });
  finds('The allies shared intelligence about the threat.', { type: 'COOPERATE' });
});

test('en cancelled meetings and refusals are REJECT; quitting a treaty is SANCTION, troops leaving under a deal still a withdrawal', () => {
  finds('The government called off the talks.', { type: 'REJECT' });
  finds('The president cancelled his visit to Paris.', { type: 'REJECT' });
  finds('The rebels turned down the offer.', { type: 'REJECT' });
  finds('The country barred the journalists from entering.', { type: 'REJECT' });
  finds('Britain left the European Union.', { type: 'SANCTION', mode: 'discontinue', actor: 'gbr' });
  finds('Washington withdrew from the nuclear deal.', { type: 'SANCTION', mode: 'discontinue' });
  finds('Russian forces withdrew from the city under the agreement.', { type: 'RETREAT', mode: 'withdraw', actor: 'rus-military' });
  none('Russian forces withdrew from the city under the agreement.', 'SANCTION');
  finds('The European Union suspended trade with the country.', { type: 'SANCTION', mode: 'discontinue', actor: 'igo-eu' });
});

test('en security stepped up, troops moved, arrest warrants', () => {
  finds('Police stepped up security in the capital.', { type: 'MOBILIZE', mode: 'police' });
  finds('Russia moved troops to the border.', { type: 'MOBILIZE', actor: 'rus' });
  finds('The court issued an arrest warrant for the general.', { type: 'THREATEN', mode: 'arrest' });
});

test('en military operations, strikes on targets by a state, beatings, pardons, troops sent to a place (not away or home), martial law as a noun', () => {
  finds('Turkey launched a military operation in northern Syria.', { type: 'ASSAULT', actor: 'tur' });
  finds('The two armies began a joint operation against the militants.', { type: 'COOPERATE' });
  none('The two armies began a joint operation against the militants.', 'ASSAULT');
  finds('Israel struck targets in Syria.', { type: 'ASSAULT', mode: 'aerial', actor: 'isr' });
  finds('Soldiers beat protesters with batons.', { type: 'ASSAULT', mode: 'crowd-control' });
  finds('The president pardoned the activists.', { type: 'CONCEDE' });
  finds('The president sent troops to the border.', { type: 'MOBILIZE' });
  none('The president ordered troops to withdraw from the city.', 'MOBILIZE');
  none('Russia moved troops away from the border.', 'MOBILIZE');
  finds('The country lived under martial law for years.', { type: 'COERCE', mode: 'martial-law' });
});

test('en everyday business and sports news stays eventless for the new entries', () => {
  for (const s of [
    'The striker hit the post twice.', 'The team advanced to the final on Sunday.', 'Apple launched a new phone in September.',
    'The central bank cut interest rates.', 'The company released its annual results.', 'The senator entered the presidential race.',
    'The firm moved its headquarters to Dublin.', 'The storm destroyed hundreds of homes.', 'The firm scrapped plans for a new factory.',
    'The party leader proposed a new tax.', 'The company launched a marketing campaign.', 'The company cut its workforce by ten percent.',
  ]) assert.deepEqual(run(s, 'en').facts.filter((f) => f.kind !== 'claim').map((f) => f.trigger), [], s);
  finds('The rebels proposed a ceasefire.', { type: 'AGREE' });
});

test('en handing over control or territory is a RETREAT, announced a CONCEDE', () => {
  finds('The rebels handed over control of the town to the army.', { type: 'RETREAT', mode: 'withdraw' });
  finds('Armenia will hand over three districts to Azerbaijan.', { type: 'CONCEDE', actor: 'arm' });
});
