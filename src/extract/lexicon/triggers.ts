// The trigger lexicons compiled into lemma/form indexes (one map lookup per token, no scans over the lexicon),
// and the language-neutral categories they point at (PLOVER type and mode, CAMEO, ACLED).
import type { AcledType } from '../../model/index.js';
import { memo, readLexicon } from './load.js';

export type FactKindName = 'event' | 'movement' | 'state';

export interface Category {
  name: string;
  kind: FactKindName;
  type: string;
  mode: string | null;
  cameo: string | null;
  acled: AcledType | null;
  /** Taking territory: the ACLED sub-event depends on who takes it. */
  territory: boolean;
  /** Roles (preposition groups) that introduce the recipient. */
  recipient: string[];
  /** The subject is the victim, not the perpetrator ("kwamen om het leven"). */
  victimSubject: boolean;
  /** Holds someone (arrests, captures, kidnappings): "the detained journalists" are still held, an act of its own. */
  custody: boolean;
  /** A speech act: the claims extractor may emit the same event linked to its claim. */
  speech: boolean;
  /** Control: the holder is introduced by a preposition ("in handen van X"). */
  holderAgent: boolean;
  /** Control: the subject resists, so the place is not held by the opponent. */
  resists: boolean;
  /** Whether the article's place context may stand in for a place the sentence does not name. */
  contextPlace: boolean;
  /** A state acting with no place named acts on its own territory (granting asylum, building camps). */
  ownTerritory: boolean;
  /** No patient: an object the parser found is the actor ("gaven zich over", "vluchtten"). */
  intransitive: boolean;
  /** Fighting: an armed party must take part ("Zellner vecht ... aan" is no battle). */
  armed: boolean;
  /** The type an announced (future) act of this kind is: a promised withdrawal is a CONCEDE. */
  announced: string | null;
  /** Type and mode when the recipient is armed: capturing combatants is ASSAULT/abduct, not an arrest. */
  armedRecipient: [string, string] | null;
  /** Type and mode when the recipient is a person or people: expelling individuals is COERCE/deport, not SANCTION/expel. */
  peopleRecipient: [string, string] | null;
  /** The type the act becomes when negated: not recognising someone is a REJECT, asserted. */
  negated: string | null;
  /** Takes a content (a deal, a demand, a threat): events inside that content are part of this act. */
  content: boolean;
  /** Attacks: a place after an origin preposition is where it came from, not where it struck. */
  firedFrom: boolean;
  /** An act of its own even inside another's content: a protest that demands something is still a protest. */
  ownAct: boolean;
  /** Reacts to acts told before: a bare event noun it takes ("condemned the invasion") is no new fact. */
  aboutActs: boolean;
  /** A noun of this kind with no details of its own names no particular act ("open voor een gesprek"). */
  genericNoun: boolean;
  /** Taking power (a coup): like taking territory, the putschists hold the place from then on. */
  takesPower: boolean;
  /** Charges its recipient with acts ("verdacht van de moord", "convicted of the bombing"): they did those acts, as far as it goes. */
  charges: boolean;
}

export interface TriggerEntry {
  lemmas: string[];
  forms: string[];
  noun: boolean;
  /** Alternatives for the separable particle ("om|neer"). */
  particle: string[] | null;
  reflexive: boolean;
  /** Never passive: its perfect takes "zijn" ("zijn slaags geraakt"), which a parser may read as a passive. */
  active: boolean;
  /** Each item: alternatives, one of which must be in the clause. */
  with: string[][];
  object: 'place' | 'actor' | null;
  /** Words that, in the clause, make the verb something else ("beslag" in "in beslag nemen"). */
  unless: string[];
  /** When there is a direct object it must be a place or an actor (figurative uses have other objects). */
  objectIfAny: boolean;
  /** With an infinitive ("dreigde te verdwijnen"), only when that infinitive is an act: else it says what may happen. */
  actInfinitive: boolean;
  /** Only with a complement clause introduced by one of these words ("wil dat de regering ..."; empty: any use). */
  complement: string[];
  /**
   * place: the subject is the place ("Kunduz viel"); accused: the subject is who is held responsible ("Iran zit
   * achter de moord"), and the actor is who says so (the subject of the clause it depends on, or "volgens X");
   * patient: the subject undergoes the act ("X gaat de cel in"), as in a passive.
   */
  subject: 'place' | 'accused' | 'patient' | null;
  agent: string[];
  /**
   * Actor types the subject must have (e.g. "vertrekken" is a withdrawal only for armed forces); "known_person": a
   * person the actor dictionary knows.
   */
  actorTypes: string[] | null;
  category: Category;
  confidence: number;
  /** A nominal event that needs a recipient of its own ("de strijd tegen de Russen", not "de politieke strijd"). */
  needsRecipient: boolean;
  /** Whoever it happens to must be people or a force ("drie soldaten sneuvelden"; "het plan sneuvelde" is a figure). */
  peopleVictim: boolean;
  /** Prepositions (words) that introduce this trigger's recipient besides its category's roles ("uithalen naar"). */
  recipientPreps: string[];
  /**
   * The role (roles.yaml) that does this act when the text names no agent: arrests and house searches told in the
   * passive ("werd opgepakt") are the police's, of the country where they happen.
   */
  implicitAgent: string | null;
  /**
   * An act only ever done to someone or something (arrests, shooting at): a participle with "is"/"werd" is passive
   * however the parser labelled it ("Een woning is beschoten": cop + nsubj). True with an implicit agent.
   */
  undergone: boolean;
  /** Constraints met make an entry more specific than a bare lemma match. */
  specificity: number;
}

export interface LanguageData {
  prepositions: Record<string, string[]>;
  reflexives: Set<string>;
  clauseBreaks: Set<string>;
  placeNouns: Set<string>;
  placePronouns: Set<string>;
  /** Pro-forms that are an expletive when they open the sentence right before its verb ("Er vielen ..."). */
  expletivePronouns: Set<string>;
  /** Units of distance: a place measured from ("120 kilometer van Gaza") is a reference point. */
  distanceNouns: Set<string>;
  /** "het land", "the country": the article's country. */
  countryNouns: Set<string>;
  /** Lower-case words that may make a place by themselves ("het noorden"). */
  placeCues: Set<string>;
  /** Markers of an infinitive clause that shares its governing verb's subject ("om ... te", "to"). */
  infinitiveMarks: Set<string>;
  /** Lemmas of the perfect and passive auxiliaries: a participle under one shares its subject, whatever its tag. */
  auxiliaries: Set<string>;
  /** Lemmas of the passive auxiliaries ("is/werd opgepakt", "was arrested"). */
  passiveAuxiliaries: Set<string>;
  /** Auxiliaries that only ever make a passive ("worden"; Dutch "zijn" also makes the perfect of "zijn geraakt"). */
  passiveOnlyAuxiliaries: Set<string>;
  /** Verbs whose participle complement is done to their subject ("kreeg tbs opgelegd": the subject undergoes it). */
  receivingPassives: Set<string>;
  /** Verbs whose object is the subject of their infinitive clause (lemmas without "_"): "verweet de VS ... te hebben uitgevoerd". */
  objectControl: Set<string>;
  /** Verbs of taking part (lemmas without "_"): their subject carries out the act in their phrase ("doen aan spionage"). */
  engageVerbs: Set<string>;
  /** Endings of present participles, for taggers that give no Tense ("dreigende"): such a modifier is no act. */
  presentParticiples: string[];
  /** Nouns of a count that head the phrase of what is counted ("thousands of demonstrators", "tientallen"). */
  countNouns: Set<string>;
  /** Pronouns that strand a preposition ("daar ... voor"): it is then no separable particle. */
  stranding: Set<string>;
  /** Particles that are never prepositions: one closes no phrase ("sloegen onder meer toe in Emsdetten"). */
  pureParticles: Set<string>;
  /** Nouns that a phrase of role `attribution` takes without naming a source: "volgens de regels". */
  notSources: Set<string>;
  /** Demonstrative determiners: "die strijd" refers back to an event told before, it tells nothing new. */
  demonstratives: Set<string>;
  /** Definite articles: "de aanslag" as the subject of a copula evaluates an event told before. */
  definiteArticles: Set<string>;
  /** Verbs, no triggers themselves, that act on an act told before ("halted the offensive"). */
  backReferenceVerbs: Set<string>;
  /** Natural disasters (word starts, lower case): deaths told next to one are no violence ("orkaan", "overstroming"). */
  disasterNouns: string[];
  /** Nouns naming a diplomat ("ambassadeur"): expelling one is a SANCTION, not a deportation. */
  diplomatNouns: Set<string>;
  /**
   * Participles that also name a standing rule ("is verboden", "verboden terrein", "harder dan toegestaan"): an act
   * only with an auxiliary of the act ("werd verboden", "heeft ... verboden").
   */
  stateParticiples: Set<string>;
  /** Words that make such a rule new ("voortaan verboden gebied", "per 1 juli verboden"): then it is an act. */
  changeAdverbs: Set<string>;
  /** Adjectives of scale or manner that tell an act took place ("massale protesten"): a bare plural with one is an event. */
  occurrenceAdjectives: Set<string>;
  /** Pronouns of nobody ("niemand"): "niemand raakte gewond" tells of no casualties. */
  nobody: Set<string>;
  /** Compounds of a nominal trigger that name no act ("hartaanval", "paniekaanval"). */
  notActs: Set<string>;
  /** The language writes compounds as one word ("bomaanslag"): a noun ending in a nominal trigger is that act. */
  compounds: boolean;
  /** `with` words that a compound ending in them does not stand for ("Conradstraat" is no "straat" to take to). */
  notCompoundHeads: Set<string>;
}

export interface TriggerLexicon {
  lang: string;
  language: LanguageData;
  /** Lower-case lemma or surface form -> entries (each entry under every key it answers to). */
  index: Map<string, TriggerEntry[]>;
  /** Preposition (lower case) -> roles it can introduce. */
  roleOfPreposition: Map<string, Set<string>>;
}

interface RawCategory {
  kind: FactKindName;
  type: string;
  mode?: string | null;
  cameo?: string | null;
  acled?: [string, string] | null;
  territory?: boolean;
  recipient?: string[];
  victim_subject?: boolean;
  custody?: boolean;
  speech?: boolean;
  holder_agent?: boolean;
  resists?: boolean;
  context_place?: boolean;
  own_territory?: boolean;
  intransitive?: boolean;
  armed?: boolean;
  announced?: string;
  armed_recipient?: [string, string];
  people_recipient?: [string, string];
  negated?: string;
  content?: boolean;
  own_act?: boolean;
  fired_from?: boolean;
  about_acts?: boolean;
  generic_noun?: boolean;
  takes_power?: boolean;
  charges?: boolean;
}

interface RawEntry {
  lemma?: string | string[];
  forms?: string[];
  noun?: boolean;
  particle?: string;
  reflexive?: boolean;
  active?: boolean;
  with?: string[];
  object?: 'place' | 'actor';
  object_if_any?: boolean;
  act_infinitive?: boolean;
  complement?: string[];
  unless?: string[];
  subject?: 'place' | 'accused' | 'patient';
  agent?: string[];
  actor?: string[];
  recipient_required?: boolean;
  recipient?: string[];
  victim?: 'people';
  implicit_agent?: string;
  undergone?: boolean;
  cat: string;
  confidence?: number;
}

export const categories = memo((_: string): Map<string, Category> => {
  const raw = ((readLexicon('categories') ?? {}) as { categories?: Record<string, RawCategory> }).categories ?? {};
  const out = new Map<string, Category>();
  for (const [name, c] of Object.entries(raw)) {
    out.set(name, {
      name,
      kind: c.kind,
      type: c.type,
      mode: c.mode ?? null,
      cameo: c.cameo ?? null,
      acled: c.acled ? { event_type: c.acled[0], sub_event_type: c.acled[1] } : null,
      territory: c.territory ?? false,
      recipient: c.recipient ?? [],
      victimSubject: c.victim_subject ?? false,
      custody: c.custody ?? false,
      speech: c.speech ?? false,
      holderAgent: c.holder_agent ?? false,
      resists: c.resists ?? false,
      contextPlace: c.context_place ?? true,
      ownTerritory: c.own_territory ?? false,
      intransitive: c.intransitive ?? c.kind === 'movement',
      armed: c.armed ?? false,
      announced: c.announced ?? null,
      armedRecipient: c.armed_recipient ?? null,
      peopleRecipient: c.people_recipient ?? null,
      negated: c.negated ?? null,
      content: c.content ?? false,
      ownAct: c.own_act ?? false,
      firedFrom: c.fired_from ?? false,
      aboutActs: c.about_acts ?? false,
      genericNoun: c.generic_noun ?? false,
      takesPower: c.takes_power ?? false,
      charges: c.charges ?? false,
    });
  }
  return out;
});

const lower = (s: string) => s.toLowerCase();

export const triggerLexicon = memo((lang: string): TriggerLexicon => {
  const raw = (readLexicon('triggers', lang) ?? {}) as {
    language?: { prepositions?: Record<string, string[]>; reflexives?: string[]; clause_breaks?: string[]; place_nouns?: string[]; place_pronouns?: string[]; expletive_pronouns?: string[]; distance_nouns?: string[]; country_nouns?: string[]; place_cues?: string[]; infinitive_marks?: string[]; auxiliaries?: string[]; passive_auxiliaries?: string[]; passive_only_auxiliaries?: string[]; receiving_passives?: string[]; engage_verbs?: string[]; object_control?: string[]; present_participles?: string[]; count_nouns?: string[]; stranding?: string[]; pure_particles?: string[]; not_sources?: string[]; demonstratives?: string[]; definite_articles?: string[]; back_reference_verbs?: string[]; not_acts?: string[]; disaster_nouns?: string[]; diplomat_nouns?: string[]; state_participles?: string[]; change_adverbs?: string[]; occurrence_adjectives?: string[]; nobody?: string[]; compounds?: boolean; not_compound_heads?: string[] };
    triggers?: RawEntry[];
  };
  const cats = categories('*');
  const l = raw.language ?? {};
  const language: LanguageData = {
    prepositions: l.prepositions ?? {},
    reflexives: new Set((l.reflexives ?? []).map(lower)),
    clauseBreaks: new Set((l.clause_breaks ?? []).map(lower)),
    placeNouns: new Set((l.place_nouns ?? []).map(lower)),
    placePronouns: new Set((l.place_pronouns ?? []).map(lower)),
    expletivePronouns: new Set((l.expletive_pronouns ?? []).map(lower)),
    distanceNouns: new Set((l.distance_nouns ?? []).map(lower)),
    countryNouns: new Set((l.country_nouns ?? []).map(lower)),
    placeCues: new Set((l.place_cues ?? []).map(lower)),
    infinitiveMarks: new Set((l.infinitive_marks ?? []).map(lower)),
    auxiliaries: new Set((l.auxiliaries ?? []).map(lower)),
    passiveAuxiliaries: new Set((l.passive_auxiliaries ?? []).map(lower)),
    passiveOnlyAuxiliaries: new Set((l.passive_only_auxiliaries ?? []).map(lower)),
    receivingPassives: new Set((l.receiving_passives ?? []).map(lower)),
    engageVerbs: new Set((l.engage_verbs ?? []).map((w) => lower(w).replace(/_/g, ''))),
    objectControl: new Set((l.object_control ?? []).map((w) => lower(w).replace(/_/g, ''))),
    presentParticiples: (l.present_participles ?? []).map(lower),
    countNouns: new Set((l.count_nouns ?? []).map(lower)),
    stranding: new Set((l.stranding ?? []).map(lower)),
    pureParticles: new Set((l.pure_particles ?? []).map(lower)),
    notSources: new Set((l.not_sources ?? []).map(lower)),
    demonstratives: new Set((l.demonstratives ?? []).map(lower)),
    definiteArticles: new Set((l.definite_articles ?? []).map(lower)),
    backReferenceVerbs: new Set((l.back_reference_verbs ?? []).map(lower)),
    notActs: new Set((l.not_acts ?? []).map(lower)),
    disasterNouns: (l.disaster_nouns ?? []).map(lower),
    diplomatNouns: new Set((l.diplomat_nouns ?? []).map(lower)),
    stateParticiples: new Set((l.state_participles ?? []).map(lower)),
    changeAdverbs: new Set((l.change_adverbs ?? []).map(lower)),
    occurrenceAdjectives: new Set((l.occurrence_adjectives ?? []).map(lower)),
    nobody: new Set((l.nobody ?? []).map(lower)),
    compounds: l.compounds ?? false,
    notCompoundHeads: new Set((l.not_compound_heads ?? []).map(lower)),
  };
  const roleOfPreposition = new Map<string, Set<string>>();
  for (const [role, preps] of Object.entries(language.prepositions)) {
    for (const p of preps) {
      const set = roleOfPreposition.get(lower(p)) ?? new Set<string>();
      set.add(role);
      roleOfPreposition.set(lower(p), set);
    }
  }
  const index = new Map<string, TriggerEntry[]>();
  for (const r of raw.triggers ?? []) {
    const category = cats.get(r.cat);
    if (!category) throw new Error(`knowledge/lexicon/triggers.${lang}.yaml: unknown category "${r.cat}"`);
    const lemmas = (Array.isArray(r.lemma) ? r.lemma : r.lemma ? [r.lemma] : []).map(lower);
    const forms = (r.forms ?? []).map(lower);
    const entry: TriggerEntry = {
      lemmas,
      forms,
      noun: r.noun ?? false,
      particle: r.particle ? r.particle.split('|').map(lower) : null,
      reflexive: r.reflexive ?? false,
      active: r.active ?? false,
      with: (r.with ?? []).map((w) => w.split('|').map(lower)),
      object: r.object ?? null,
      objectIfAny: r.object_if_any ?? false,
      actInfinitive: r.act_infinitive ?? false,
      complement: (r.complement ?? []).map(lower),
      unless: (r.unless ?? []).map(lower),
      subject: r.subject ?? null,
      agent: (r.agent ?? []).map(lower),
      actorTypes: r.actor ?? null,
      needsRecipient: r.recipient_required ?? false,
      peopleVictim: r.victim === 'people',
      recipientPreps: (r.recipient ?? []).map(lower),
      implicitAgent: r.implicit_agent ?? null,
      undergone: r.undergone ?? r.implicit_agent !== undefined,
      category,
      confidence: r.confidence ?? 0.75,
      specificity: (r.with?.length ?? 0) * 2 + (r.particle ? 1 : 0) + (r.reflexive ? 1 : 0) + (r.object || r.subject ? 1 : 0),
    };
    // Every key the entry answers to: its lemmas, the base verb of a separable lemma, and its surface forms.
    const keys = new Set<string>([...lemmas, ...forms]);
    // The base verb of a separable lemma only when the entry checks for the particle ("komen" is not "aankomen").
    if (r.particle) for (const lm of lemmas) if (lm.includes('_')) keys.add(lm.slice(lm.indexOf('_') + 1));
    for (const k of keys) {
      const list = index.get(k) ?? [];
      list.push(entry);
      index.set(k, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.specificity - a.specificity);
  return { lang, language, index, roleOfPreposition };
});

export interface ModalityLexicon {
  negation: Set<string>;
  hedge: Set<string>;
  hypotheticalVerbs: Set<string>;
  conditionalMarks: Set<string>;
  futureAux: Set<string>;
  intentionVerbs: Set<string>;
  reportedAux: Set<string>;
  /** The future seen from the past ("would", "zou"): under a speech verb an announcement ("said it would withdraw"). */
  futurePastAux: Set<string>;
  perfectAux: Set<string>;
  reportedAdverbs: string[];
  speechVerbs: Set<string>;
  pastWords: Set<string>;
  /** Auxiliaries of obligation: "zei dat alle troepen moeten vertrekken" is a demand, not a withdrawal. */
  obligationAux: Set<string>;
  /** Verbs of promising: a nominal act they take is future ("belooft annexatie"). */
  promiseVerbs: Set<string>;
  /** Verbs of demanding: a nominal act they take has not happened ("eiste vier jaar cel", "demanded an inquiry"). */
  requestVerbs: Set<string>;
  /** Subordinators of reason and time: their clause tells a fact ("omdat hij is gevlucht"), not a governing verb's prospect. */
  factualMarks: Set<string>;
  /** Predicates of ease or difficulty: "is moeilijk in te nemen" is a generic statement, no act. */
  genericPredicates: Set<string>;
  /** Nouns of prospect: the act they govern has not happened ("de kans op een aanslag", "plans for an attack"). */
  prospectNouns: Set<string>;
  /** Verbs of seeming over a participle or infinitive: "De aanslag lijkt gepleegd door ...", "appears to have fled" (hedged). */
  hedgeVerbs: Set<string>;
}

export const modalityLexicon = memo((lang: string): ModalityLexicon => {
  const raw = (readLexicon('modality', lang) ?? {}) as Record<string, string[] | undefined>;
  // Lemmas are compared without underscores (modality.ts): "van_plan" and "vanplan" are one entry.
  const set = (k: string) => new Set((raw[k] ?? []).map((w) => lower(w).replace(/_/g, '')));
  return {
    negation: set('negation'),
    hedge: set('hedge'),
    hypotheticalVerbs: set('hypothetical_verbs'),
    conditionalMarks: set('conditional_marks'),
    futureAux: set('future_aux'),
    intentionVerbs: set('intention_verbs'),
    reportedAux: set('reported_aux'),
    futurePastAux: set('future_past_aux'),
    perfectAux: set('perfect_aux'),
    reportedAdverbs: (raw.reported_adverbs ?? []).map(lower),
    speechVerbs: set('speech_verbs'),
    pastWords: set('past_words'),
    obligationAux: set('obligation_aux'),
    promiseVerbs: set('promise_verbs'),
    requestVerbs: set('request_verbs'),
    factualMarks: set('factual_marks'),
    genericPredicates: set('generic_predicates'),
    prospectNouns: set('prospect_nouns'),
    hedgeVerbs: set('hedge_verbs'),
  };
});
