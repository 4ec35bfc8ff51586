// The parser-based extractor: triggers from the lexicons, arguments from the dependency tree, actors with
// coreference, modality, movements and control states; claims and speech-act events from src/extract/claims.
import type {
  ActorRef,
  ControlState,
  Doc,
  Event,
  Extraction,
  Fact,
  Lang,
  LocationRef,
  Mention,
  Modality,
  Movement,
  QuantityRef,
  Sentence,
  TimeRef,
  Token,
} from '../../model/index.js';
import { findPlaces, gazetteer, type PlaceMention } from '../../resolve/index.js';
import { tokenLowers } from '../../resolve/normalize.js';
import { countryPlace, isSeatOfGovernment } from '../../resolve/gazetteer.js';
import { findQuantities, type Quantity } from '../../understand/quantity/index.js';
import { findTimes, type TimeExpression } from '../../understand/time/index.js';
import { actorDictionary } from '../../resolve/index.js';
import { guessActorType, roleActor, toRef, type Actor } from '../../resolve/actors.js';
import { actorLang, endsLikePersonNoun, placeLang } from '../../resolve/lang.js';
import { peoplePlural, resolveActorsWith } from '../actors/index.js';
import { speakForPrincipals } from '../actors/spokes.js';
import { weForSpeakers } from '../actors/we.js';
import { extractClaims } from '../claims/index.js';
import { claimLexicon } from '../claims/lexicon.js';
import { categories, modalityLexicon, triggerLexicon, type Category, type LanguageData, type TriggerLexicon } from '../lexicon/triggers.js';
import type { ArticleContext, Extractor, ResolvedActor } from '../types.js';
import { isQuote } from '../claims/tokens.js';
import { isHistorical } from '../past.js';
import { measuredByPeriod, noDetails, onlyRefersBack, reactionVerb, toldAgain } from './nominal.js';
import { conditionOf, factualClause, hearsay, modalityOf, pluperfect, predicateOf, toldAsPast, toldInPast } from './modality.js';
import { caseOf, clauseWindow, nounLike, subtree, tree, type Tree } from './tree.js';
import { findTriggers, placeLike, type Trigger } from './triggers.js';

const STATE_FORCES = new Set(['state_military', 'police', 'state', 'government']);
/** Relations by which an act's content hangs on the act ("eisen het vertrek", "een deal dat ... vertrekken"). */
// (A passive subject is the object: "Tegen hem is vier jaar cel geëist".)
const CONTENT_EDGE = new Set(['ccomp', 'acl', 'acl:relcl', 'xcomp', 'obj', 'nsubj:pass', 'obl', 'obl:arg', 'nmod']);
/** Relations of a te-infinitive or clause to a predicate of ease ("is moeilijk in te nemen"). */
const GENERIC_EDGE = new Set(['csubj', 'xcomp', 'advcl', 'ccomp']);
/** Relations of a noun phrase that is its clause's subject or object. */
const ARG_EDGE = new Set(['nsubj', 'nsubj:pass', 'obj']);
/** Relations that join a name to the noun it names. */
const APPOSED = new Set(['appos', 'flat', 'flat:name', 'compound']);
/** Actor types that never fight with arms: an armed act noun with only such parties is figurative. */
const UNARMED = new Set(['person', 'party', 'media', 'company']);
const ARMED = new Set(['state_military', 'police', 'rebel_group', 'militia']);
/** Who can fight (the armed-party gate): armed forces, and states, whose forces act in their name ("Russia attacked Ukraine"). */
const FIGHTING = new Set([...ARMED, 'state']);
// Individuals and groups of people, not states, governments or organisations (people_recipient).
const PEOPLE = new Set(['person', 'civilians']);

interface SentenceView {
  s: Sentence;
  t: Tree;
  places: PlaceMention[];
  /** Token -> index into places (non-adjectival with a candidate), or -1. */
  placeAt: number[];
  actors: ResolvedActor[];
  actorAt: number[];
  /** Each place's token span in the sentence, computed once. */
  placeSpan: Map<PlaceMention, [number, number]>;
  /** Reference points ("zo'n 120 kilometer van Gaza"): places a distance is measured from, not where things happen. */
  measured: Set<PlaceMention>;
  /** Tokens inside a time expression (set once the sentence's times are found): "zondag" acts for nobody. */
  timed: number[];
  /** The language's possessive prepositions ("van"): a phrase they open still stands for its owner. */
  possessive: string[];
  lang: Lang;
}

function toLocation(p: PlaceMention): LocationRef | null {
  const c = p.candidates[0];
  if (!c) return null;
  return { text: p.text, name: c.name, country: c.country, admin1: c.admin1, admin2: c.admin2, lat: c.lat, lon: c.lon, precision: c.precision, id: c.id };
}

function countryLocation(iso: string, text: string): LocationRef | null {
  const p = countryPlace(gazetteer(), iso);
  if (!p) return null;
  return { text, name: p.name, country: iso, admin1: null, admin2: null, lat: p.lat, lon: p.lon, precision: 3, id: p.id };
}

function tokenSpan(s: Sentence, start: number, end: number): [number, number] {
  let a = -1;
  let b = -1;
  for (const t of s.tokens) {
    if (t.end > start && t.start < end) {
      if (a < 0) a = t.i;
      b = t.i;
    }
  }
  return [a, b];
}

/** An adjective before a noun for people says where they are from ("de Rotterdamse atletiektrainer", "Nijmeegse broers"). */
function describesPeople(v: SentenceView, p: PlaceMention): boolean {
  const a = v.placeSpan.get(p)![1];
  // Used as a noun itself: "voor de Arnhemse", the woman from Arnhem.
  if (v.t.rel(a) !== 'amod') return v.t.tokens[a]!.upos === 'ADJ' && v.t.rel(a) !== 'flat';
  const h = v.t.head(a);
  if (h < 0 || !nounLike(v.t, h)) return false;
  const type = guessActorType(v.t.tokens[h]!.form, v.lang);
  return type === 'person' || type === 'civilians' || endsLikePersonNoun(v.t.lower(h), placeLang(v.lang));
}

/**
 * The one an act happens to is people or a force, named by the subject itself: not "het plan van X sneuvelde" (X
 * stands for the phrase, but the plan is what fell).
 */
function peopleUndergo(v: SentenceView, i: number, victim: ResolvedActor | null | undefined): boolean {
  if (!victim || victim.actor.type === 'unknown') return false;
  const subj = v.t.kids[i]!.find((c) => v.t.rel(c).startsWith('nsubj'));
  return subj === undefined || (victim.tokenStart <= subj && subj < victim.tokenEnd) || namesPeople(v, subj);
}

/** Places a town adjective can put an act in: towns and the units below a country ("Utrechtse", "Brabantse"). */
const TOWN_TYPES = new Set(['populated_place', 'admin1', 'admin2']);

const CLOSED = new Set(['DET', 'ADP', 'PRON', 'ADV', 'SCONJ', 'CCONJ', 'AUX', 'VERB', 'PUNCT', 'NUM', 'PART', 'INTJ']);

/** Whether a sentence can name a place at all: a capitalised word (not a sentence-initial function word) or a place cue. */
function mayNamePlace(s: Sentence, cues: Set<string>): boolean {
  const lowers = tokenLowers(s.tokens);
  for (let k = 0; k < s.tokens.length; k++) {
    const t = s.tokens[k]!;
    const c = t.form.charAt(0);
    if (c !== c.toLowerCase()) {
      if (t.i > 0 || !CLOSED.has(t.upos ?? '')) return true;
    } else if (cues.has(lowers[k]!)) return true;
  }
  return false;
}

function view(s: Sentence, places: PlaceMention[], actors: ResolvedActor[], distanceNouns: Set<string>, lang: Lang): SentenceView {
  const n = s.tokens.length;
  // Plain arrays: a typed array of more than 64 bytes has its store off the heap, several times dearer to make.
  const placeAt = new Array<number>(n).fill(-1);
  const placeSpan = new Map<PlaceMention, [number, number]>();
  for (const p of places) if (!placeSpan.has(p)) placeSpan.set(p, tokenSpan(s, p.start, p.end));
  const t = tree(s);
  const measured = new Set<PlaceMention>();
  for (const p of places) {
    const h = t.head(headOf(t, placeSpan.get(p)!));
    if (h >= 0 && distanceNouns.has(s.tokens[h]!.form.toLowerCase())) measured.add(p);
  }
  places.forEach((p, k) => {
    if (p.adjectival || p.candidates.length === 0 || measured.has(p)) return;
    const [a, b] = placeSpan.get(p)!;
    for (let x = a; x >= 0 && x <= b; x++) placeAt[x] = k;
  });
  const actorAt = new Array<number>(n).fill(-1);
  actors.forEach((r, k) => {
    for (let x = r.tokenStart; x < r.tokenEnd && x < n; x++) actorAt[x] = k;
  });
  return { s, t, places, placeAt, actors, actorAt, placeSpan, measured, timed: new Array<number>(n).fill(0), possessive: actorLang(lang).possessivePrepositions, lang };
}

/**
 * On the way up from x to its ancestor k, a phrase opened by a preposition other than a possessive one ("de muziek
 * van Michael Jackson" stands for him; a name's own flat parts aside).
 */
function throughPreposition(t: Tree, x: number, k: number, possessive: string[]): boolean {
  for (let y = x, n = 0; y >= 0 && y !== k && n < 50; y = t.head(y), n++) {
    const c = caseOf(t, y);
    if (c !== null && t.rel(y) !== 'flat:name' && !(y !== x && possessive.includes(c))) return true;
  }
  return false;
}

/** The actor a noun phrase headed by k stands for: its own mention, else the nearest mention inside the phrase. */
function actorOf(v: SentenceView, k: number): ResolvedActor | null {
  // A time word is nobody, nor the head of a count ("is zondag een vrouw aangehouden").
  if (k < 0 || v.timed[k]) return null;
  if (v.actorAt[k]! >= 0) {
    // A role noun with a name in apposition ("premier Benjamin Netanyahu", "regeringspartij FLN"): the name.
    const own = v.actors[v.actorAt[k]!]!;
    for (const c of v.t.kids[k]!) {
      const r = v.t.rel(c);
      if ((r === 'appos' || r.startsWith('flat')) && v.t.tokens[c]!.upos === 'PROPN' && v.actorAt[c]! >= 0 && v.actors[v.actorAt[c]!] !== own) return v.actors[v.actorAt[c]!]!;
    }
    return own;
  }
  // A count the parser took for the head ("Tientallen andere militairen"): the actor noun right after it.
  const tok = v.t.tokens[k]!;
  // (Not a named place without dependents: "beschuldigt Venezuela hem" is Venezuela's act, not the pronoun's.)
  if (tok.upos === 'NUM' || /^\p{Lu}?\p{Ll}*(tallen|derden|duizenden)$/u.test(tok.form) || (v.t.kids[k]!.length === 0 && v.placeAt[k]! < 0)) {
    for (let x = k + 1; x <= k + 3 && x < v.t.tokens.length; x++) {
      const u = v.t.tokens[x]!;
      if (u.upos === 'VERB' || u.upos === 'AUX' || u.upos === 'PUNCT' || u.upos === 'PRON') break;
      if (v.actorAt[x]! >= 0) return v.actors[v.actorAt[x]!]!;
    }
  }
  let best: ResolvedActor | null = null;
  let dist = Infinity;
  for (const x of subtree(v.t, k, true)) {
    if (v.actorAt[x]! < 0) continue;
    // Not through a preposition: "het vertrek van alle troepen" is not the troops (nor is "door vijftien Saoedische
    // agenten" through its adjective).
    if (x !== k && throughPreposition(v.t, x, k, v.possessive)) continue;
    // Nor through a possessive on the head: "zijn buurvrouw", "haar advocaten" are not him or her.
    if (x !== k && v.t.rel(x) === 'nmod:poss' && v.t.head(x) === k && v.t.tokens[k]!.upos === 'NOUN') continue;
    const d = Math.abs(x - k);
    if (d < dist) {
      dist = d;
      best = v.actors[v.actorAt[x]!]!;
    }
  }
  // A role noun the dictionary does not know, named in apposition ("de voormalige vicepresident, Amrullah Saleh").
  if (!best && tok.upos === 'NOUN') {
    const named = v.t.kids[k]!.find((c) => v.t.rel(c) === 'appos' && v.t.tokens[c]!.upos === 'PROPN' && v.actorAt[c]! >= 0);
    if (named !== undefined) best = v.actors[v.actorAt[named]!]!;
  }
  return best;
}


/** The actor's words name a diplomat ("de Duitse ambassadeur"; language data `diplomat_nouns`). */
function namesDiplomat(r: ActorRef, language: LanguageData): boolean {
  return r.text.toLowerCase().split(/[^\p{L}]+/u).some((w) => language.diplomatNouns.has(w));
}

/**
 * The actor whose thing a phrase names ("tegen een vijfde termijn van president Bouteflika", "tegen het beleid van de
 * regering", "against his rule"): what one protests or acts against is aimed at its owner.
 */
function ownerOf(v: SentenceView, k: number, lang: string): ResolvedActor | null {
  const possessive = actorLang(lang).possessivePrepositions;
  for (const c of v.t.kids[k]!) {
    const r = v.t.rel(c);
    if (r === 'nmod:poss' || (r === 'nmod' && possessive.includes(caseOf(v.t, c) ?? ''))) {
      const a = actorOf(v, c);
      if (a) return a;
    }
  }
  return null;
}

/**
 * A bare title that refers back ("De premier zou ... ontmoeten" after "premier Benjamin Netanyahu"): the person last
 * named with that title right before the name. Indefinite titles ("een president") and titles followed by a name of
 * their own stay as they are.
 */
function titledBack(doc: Doc, actors: ResolvedActor[]): ResolvedActor[] {
  const titled = new Map<string, ResolvedActor>();
  // A token boundary of a sentence as one number (token -1 .. 2^20 - 2), not a string per lookup.
  const at = (sentence: number, token: number) => sentence * 2 ** 20 + token + 1;
  const byStart = new Map<number, ResolvedActor>();
  for (const r of actors) byStart.set(at(r.sentence, r.tokenStart), r);
  // The first actor starting (ending) at a token: what actors.find would return, without a scan per actor.
  const firstStart = new Map<number, ResolvedActor>();
  const firstEnd = new Map<number, ResolvedActor>();
  for (const r of actors) {
    const a = at(r.sentence, r.tokenStart);
    const b = at(r.sentence, r.tokenEnd);
    if (!firstStart.has(a)) firstStart.set(a, r);
    if (!firstEnd.has(b)) firstEnd.set(b, r);
  }
  const isTitle = (r: ResolvedActor) => r.via === 'pattern' && r.actor.id === null && r.actor.type === 'person' && r.tokenEnd - r.tokenStart === 1;
  return actors.map((r) => {
    const toks = doc.sentences[r.sentence]?.tokens ?? [];
    if (!isTitle(r)) {
      // A name right after a title: remember it under that title, also when the title was not resolved on its own
      // ("De Turkse president Erdogan": an adjective before the title).
      const before = byStart.get(at(r.sentence, r.tokenStart - 1)) ?? firstEnd.get(at(r.sentence, r.tokenStart));
      const prev = toks[r.tokenStart - 1];
      if (r.actor.type !== 'person') return r;
      if (before && isTitle(before)) titled.set(toks[before.tokenStart]!.form.toLowerCase(), r);
      else if (prev?.upos === 'NOUN' && guessActorType(prev.form, doc.lang) === 'person') titled.set(prev.form.toLowerCase(), r);
      return r;
    }
    const word = toks[r.tokenStart]!.form.toLowerCase();
    const next = firstStart.get(at(r.sentence, r.tokenEnd));
    const det = toks[r.tokenStart - 1];
    const definite = det?.upos === 'DET' && det.feats?.Definite === 'Def';
    const earlier = titled.get(word);
    if (next || !definite || !earlier || earlier.sentence === r.sentence) return r;
    return { ...r, actor: { ...earlier.actor, text: r.actor.text }, via: 'coreference' };
  });
}

/** A place mention standing for an actor ("Moskou sprak zich uit", "de Russische invasie"): that actor, over its span. */
function placeActor(v: SentenceView, p: PlaceMention, actor: Actor): ResolvedActor {
  const [a, b] = v.placeSpan.get(p)!;
  return { sentence: v.s.index, start: p.start, end: p.end, tokenStart: a, tokenEnd: b + 1, actor: toRef(actor, p.text), via: 'pattern' };
}

/**
 * A country the dictionary has no entry for ("Egypt mediated"), a capital or a seat of government as the one who
 * acts ("Moskou sprak zich uit", "Den Haag trekt ... in"): its state.
 */
function seatActor(v: SentenceView, k: number): ResolvedActor | null {
  return k >= 0 && caseOf(v.t, k) === null ? stateOfPlace(v, k, true) : null;
}

/**
 * A country named where a recipient stands ("sancties tegen Rusland", "invaded Ukraine", "relations with
 * Washington"): its state. A seat of government only for acts that are no attack: an attack on a capital hits
 * the city, not the state.
 */
function stateAt(v: SentenceView, k: number, cat: Category): ResolvedActor | null {
  return stateOfPlace(v, k, cat.type !== 'ASSAULT' && !cat.armed);
}

/** The state of the country (or, when `seats`, the seat of government) named at token k. */
function stateOfPlace(v: SentenceView, k: number, seats: boolean): ResolvedActor | null {
  if (k < 0 || v.placeAt[k]! < 0) return null;
  const p = v.places[v.placeAt[k]!]!;
  const c = p.candidates[0];
  if (!c?.country || !(c.featureType === 'country' || (seats && isSeatOfGovernment(gazetteer().byId.get(c.id))))) return null;
  const state = roleActor(actorDictionary(), c.country, 'state');
  return state ? placeActor(v, p, state) : null;
}

/**
 * A dependent of the trigger (or of its parts) names a place, a place mention or a place noun; or the trigger is a
 * relative clause on one ("het enige stukje dat niet veroverd werd").
 */
function argumentPlace(v: SentenceView, trig: Trigger, lex: TriggerLexicon): boolean {
  const kinds = { isPlace: (k: number) => v.placeAt[k]! >= 0, isActor: (k: number) => v.actorAt[k]! >= 0 };
  const h = v.t.head(trig.i);
  if (h >= 0 && v.t.rel(trig.i).startsWith('acl') && placeLike(v.t, h, lex, kinds)) return true;
  return [trig.i, ...trig.parts].some((p) => v.t.kids[p]!.some((c) => placeLike(v.t, c, lex, kinds)));
}

/** The clause of the act noun at i (its subject or object) names a partner of the act ("overleg ... tussen X en Y"). */
function partnerOnVerb(t: Tree, i: number, cat: Category, lex: TriggerLexicon): boolean {
  const h = t.head(i);
  if (h < 0 || !ARG_EDGE.has(t.rel(i))) return false;
  return t.kids[h]!.some((c) => c !== i && t.rel(c).startsWith('obl') && cat.recipient.some((r) => rolesOf(lex, caseOf(t, c))?.has(r)));
}

/** Token k is a noun that names an act (a nominal trigger: "luchtaanval", "invasie"). */
function eventNoun(t: Tree, k: number, lex: TriggerLexicon): boolean {
  if (k < 0 || !nounLike(t, k)) return false;
  return namesAct(t.tokens[k]!, lex);
}

/** A nominal trigger by form or lemma; compound lemmas written with "_" ("lucht_aanval") as one word. */
function namesAct(tok: Token, lex: TriggerLexicon): boolean {
  return entriesOf(tok, lex).some((e) => e.noun);
}

/** The lexicon entries a token answers to: by form, else lemma, else the lemma with its compound parts joined. */
function entriesOf(tok: Token, lex: TriggerLexicon): Trigger['entry'][] {
  const lemma = (tok.lemma ?? '').toLowerCase();
  return lex.index.get(tok.form.toLowerCase()) ?? lex.index.get(lemma) ?? lex.index.get(lemma.replace(/_/g, '')) ?? [];
}

/** The same actor: equal ids, or equal names when unknown to the dictionary. */
function sameActor(a: ActorRef | null, b: ActorRef | null): boolean {
  return !!a && !!b && (a.id ? a.id === b.id : a.name === b.name);
}

/** The PLOVER type an act noun names ("invasie", "the arrests"), or null. */
function actTypeOf(tok: Token, lex: TriggerLexicon): string | null {
  return entriesOf(tok, lex).find((e) => e.noun && e.category.kind === 'event')?.category.type ?? null;
}

/**
 * A reaction's object (or a phrase `opens` accepts) at verb i is an act noun with no one of its own ("condemned the
 * arrests", "protesteerden tegen de staatsgreep"): the actor of the latest event of that type told in the eight
 * sentences before (or earlier in this one), unless that is who reacts.
 */
function doerOfActTaken(v: SentenceView, i: number, opens: (c: number) => boolean, lex: TriggerLexicon, told: Fact[][], reacting: ActorRef | null): ActorRef | null {
  const { t } = v;
  const taken = t.kids[i]!.find((c) => (OBJ(t.rel(c)) || (OBLIQUE(t.rel(c)) && opens(c))) && eventNoun(t, c, lex));
  if (taken === undefined || actorOf(v, taken)) return null;
  const type = actTypeOf(t.tokens[taken]!, lex);
  if (!type) return null;
  const at = t.tokens[i]!.start;
  // (Facts in telling order, lists oldest first: the article's so far, then the sentence's.)
  for (let l = told.length - 1; l >= 0; l--) {
    const list = told[l]!;
    for (let x = list.length - 1; x >= 0; x--) {
      const f = list[x]!;
      if (f.kind !== 'event' || f.type !== type || !f.actor || f.source.sentence < v.s.index - 8) continue;
      if (f.source.sentence > v.s.index || (f.source.sentence === v.s.index && f.source.start >= at)) continue;
      return sameActor(f.actor, reacting) ? null : f.actor;
    }
  }
  return null;
}

/** A country adjective modifying a nominal act ("de Russische invasie"): the state, or its military for attacks. */
function adjectiveActor(v: SentenceView, i: number, cat: Category): ResolvedActor | null {
  for (const c of v.t.kids[i]!) {
    if (v.t.rel(c) !== 'amod') continue;
    // Adjectives are not in placeAt (they name no place where something happens): look the token up.
    const p = v.places.find((x) => x.adjectival && v.placeSpan.get(x)![0] <= c && c <= v.placeSpan.get(x)![1]);
    const iso = p?.candidates[0]?.featureType === 'country' ? p.candidates[0].country : null;
    if (!p || !iso) continue;
    const role = cat.type === 'ASSAULT' || cat.armed ? 'military' : 'state';
    const a = roleActor(actorDictionary(), iso, role);
    if (a) return placeActor(v, p, a);
  }
  return null;
}

/** The token of a span that heads it (its head lies outside the span): "zuiden" in "het zuiden van Israël". */
function headOf(t: Tree, [a, b]: [number, number]): number {
  for (let x = a; x >= 0 && x <= b; x++) {
    const h = t.head(x);
    if (h < a || h > b) return x;
  }
  return a;
}
const spanHead = (v: SentenceView, p: PlaceMention) => headOf(v.t, v.placeSpan.get(p)!);

/** Actors made from a plain noun phrase: never enough to make fighting armed. */
const nounActors = new WeakSet<ResolvedActor>();
const NOUN_MODS = new Set(['amod', 'compound', 'nmod:poss', 'flat', 'flat:name']);

/**
 * A subject or object the dictionary does not know ("de demonstranten", "een 21-jarige vrouw", "Haftars leger"):
 * the noun phrase itself, as a new actor of unknown type. Not for places, pronouns, counts or other triggers.
 */
function nounActor(v: SentenceView, k: number, trig: Trigger, lex: TriggerLexicon): ResolvedActor | null {
  if (k < 0 || k === trig.i || trig.parts.includes(k)) return null;
  const tok = v.t.tokens[k]!;
  // (A quotation mark the tagger called a name, "„", is no word.)
  if ((tok.upos !== 'NOUN' && tok.upos !== 'PROPN') || v.placeAt[k]! >= 0 || v.timed[k] || /^\p{N}/u.test(tok.form) || !/\p{L}/u.test(tok.form)) return null;
  // Unnamed places ("meerdere provincies", "het land") and events ("de aanval") are no actors.
  const low = tok.form.toLowerCase();
  if (lex.language.placeNouns.has(low) || lex.language.countryNouns.has(low) || namesAct(tok, lex)) return null;
  // A count that heads the phrase ("Thousands of demonstrators", "Tientallen van de betogers"): what is counted.
  if (lex.language.countNouns.has(low)) {
    const counted = v.t.kids[k]!.find((c) => (v.t.rel(c) === 'nmod' || v.t.rel(c) === 'obl') && v.t.tokens[c]!.upos === 'NOUN');
    if (counted !== undefined) return nounActor(v, counted, trig, lex);
  }
  // A known actor inside the phrase ("Thousands of Afghan civilians"): the fallbacks find it.
  // (Not a possessive on the head: "zijn buurvrouw" is she, not he.)
  if (subtree(v.t, k, true).some((x) => x !== k && v.actorAt[x]! >= 0 && !(v.t.rel(x) === 'nmod:poss' && v.t.head(x) === k))) return null;
  // A country's people ("Veel Soedanezen", "Tienduizenden Venezolanen", the count taken for the head): its civilians.
  for (let x = k; x <= k + 3 && x < v.t.tokens.length; x++) {
    const u = v.t.tokens[x]!;
    if (x > k && (u.upos === 'VERB' || u.upos === 'AUX' || u.upos === 'PUNCT' || u.upos === 'ADP')) break;
    const iso = peoplePlural(u.form, lex.lang);
    const civ = iso ? roleActor(actorDictionary(), iso, 'civilians') : null;
    if (civ) {
      const r: ResolvedActor = { sentence: v.s.index, start: tok.start, end: u.end, tokenStart: k, tokenEnd: x + 1, actor: toRef(civ, v.s.text.slice(tok.start - v.s.start, u.end - v.s.start)), via: 'pattern' };
      nounActors.add(r);
      return r;
    }
    if (x === k && !lex.language.countNouns.has(low)) break;
  }
  let a = k;
  let b = k;
  for (const c of v.t.kids[k]!) {
    if (!NOUN_MODS.has(v.t.rel(c)) || v.placeAt[c]! >= 0) continue;
    if (c < a && c === a - 1) a = c;
    else if (c > b && c === b + 1) b = c;
  }
  // Left modifiers may be a chain ("21-jarige vrouw"): extend over adjacent modifiers of the head.
  for (let x = a - 1; x >= 0 && v.t.head(x) === k && NOUN_MODS.has(v.t.rel(x)) && v.placeAt[x]! < 0; x--) a = x;
  const first = v.t.tokens[a]!;
  const last = v.t.tokens[b]!;
  const text = v.s.text.slice(first.start - v.s.start, last.end - v.s.start);
  const r: ResolvedActor = {
    sentence: v.s.index,
    start: first.start,
    end: last.end,
    tokenStart: a,
    tokenEnd: b + 1,
    actor: { text, id: null, name: text, type: 'unknown', country: null },
    via: 'pattern',
  };
  nounActors.add(r);
  return r;
}

/**
 * Who a recipient phrase k (opened by prep) stands for: an actor, a state, the owner of what is opposed ("tegen het
 * beleid van de regering"), or, when nothing better was found yet, a phrase naming people.
 */
function recipientAt(v: SentenceView, k: number, prep: string | null, trig: Trigger, lex: TriggerLexicon, people: boolean): ResolvedActor | null {
  const cat = trig.entry.category;
  // (Someone's neighbour is no thing of theirs: "de moord op zijn buurvrouw" is not aimed at him.)
  const owner = rolesOf(lex, prep)?.has('against') && !namesPeople(v, k) ? ownerOf(v, k, lex.lang) : null;
  return actorOf(v, k) ?? stateAt(v, k, cat) ?? owner ?? (people ? peoplePhrase(v, k, trig, lex) : null);
}

/**
 * A noun phrase headed by a word for people or a body ("tegen beide agenten", "achter de demonstranten", "op zijn
 * baby Jairo"): a recipient the dictionary does not know. Other nouns after a recipient preposition are mostly
 * things ("tegen de plannen"), so only heads with a guessed actor type count (names are actors already).
 */
function peoplePhrase(v: SentenceView, k: number, trig: Trigger, lex: TriggerLexicon): ResolvedActor | null {
  if (k < 0) return null;
  return namesPeople(v, k) ? nounActor(v, k, trig, lex) : null;
}

/** Token k is a noun for people or a body (an actor type can be guessed from it: "buurvrouw", "agenten", "regering"). */
function namesPeople(v: SentenceView, k: number): boolean {
  const tok = v.t.tokens[k]!;
  return tok.upos === 'NOUN' && guessActorType(tok.form, v.lang) !== 'unknown';
}

function placeOf(v: SentenceView, k: number): PlaceMention | null {
  if (k < 0) return null;
  if (v.placeAt[k]! >= 0) return v.places[v.placeAt[k]!]!;
  for (const x of subtree(v.t, k, true)) if (v.placeAt[x]! >= 0) return v.places[v.placeAt[x]!]!;
  return null;
}

const rolesOf = (lex: TriggerLexicon, prep: string | null) => (prep ? lex.roleOfPreposition.get(prep) : undefined);

/** The preposition opens the trigger's recipient: by a role of its category, or as one of the entry's own ("uithalen naar"). */
function introducesRecipient(lex: TriggerLexicon, e: Trigger['entry'], prep: string | null): boolean {
  if (!prep) return false;
  if (e.recipientPreps.includes(prep)) return true;
  const roles = lex.roleOfPreposition.get(prep);
  return !!roles && e.category.recipient.some((r) => roles.has(r));
}

interface Args {
  actor: ResolvedActor | null;
  /** Where the actor came from: the tree (subject, agent) or a positional fallback. */
  actorFromTree: boolean;
  recipient: ResolvedActor | null;
  /** Token heads of the argument phrases (for quantities). */
  phrases: number[];
  place: PlaceMention | null;
  from: PlaceMention | null;
  to: PlaceMention | null;
  /** "is er aangekomen": the locative pro-form points at the last place of the article. */
  placePronoun: boolean;
  /** A named place in the trigger's own clause (else the sentence or article supplies one). */
  placeInClause: boolean;
  /** "het land": the article's country, with this text. */
  countryNoun: string | null;
  /** A passive (or a noun) with no agent named: an entry's implicit agent may stand in. */
  agentless: boolean;
  /** Deaths or injuries at a named act ("Bij gevechten ... kwamen elf mensen om"): that act's noun, else -1. */
  occasion: number;
}

const SUBJ = (r: string) => r === 'nsubj' || r === 'nsubj:pass' || r === 'csubj';
const OBJ = (r: string) => r === 'obj' || r === 'iobj';
const OBLIQUE = (r: string) => r === 'obl' || r === 'obl:agent' || r === 'obl:arg' || r === 'nmod' || r === 'advmod' || r === 'obl:tmod';

/** The subject of i, inherited from the governing verb for conjuncts, te-infinitives and participles. */
function subjectOf(t: Tree, i: number, language: Pick<LanguageData, 'infinitiveMarks' | 'auxiliaries' | 'objectControl' | 'receivingPassives'>, exclude = -1): { k: number; inherited: boolean } {
  // Of two subjects, one with a preposition is an adverbial the parser mislabelled ("After nine months of fighting, the rebels took").
  // Of two subjects before the verb with nothing between them but their own words, the second: a title the parser
  // split off its name ("Hong Kong leader Carrie Lam suspended": leader and Lam both nsubj).
  const caseless = t.kids[i]!.filter((c) => c !== exclude && SUBJ(t.rel(c)) && !t.kids[c]!.some((x) => t.rel(x) === 'case'));
  const titled = caseless.length === 2 && caseless[1]! < i && t.tokens[caseless[1]!]!.upos === 'PROPN' && Math.max(...subtree(t, caseless[0]!, true)) + 1 === Math.min(...subtree(t, caseless[1]!, true));
  const own = (titled ? caseless[1] : caseless[0]) ?? t.kids[i]!.find((c) => c !== exclude && SUBJ(t.rel(c)));
  // A verb right after its coordinator shares the first conjunct's subject ("X steunde ... en riep Y op"): a noun
  // phrase the parser made its subject after it is its object. A pronoun there is a real subject ("en zei hij").
  const h0 = t.head(i);
  const shared = own !== undefined && own > i && t.tokens[own]!.upos !== 'PRON' && t.rel(i) === 'conj' && h0 >= 0 && h0 < i && t.kids[i]!.some((c) => t.rel(c) === 'cc' && c < i && i - c <= 2);
  const first = shared ? t.kids[h0]!.find((c) => SUBJ(t.rel(c)) && c < h0) : undefined;
  if (first !== undefined) return { k: first, inherited: true };
  // A "passive subject" with no passive auxiliary, while the auxiliary has a subject of its own: that one
  // ("Nederland ... hebben deze maand een gesprek gevoerd" with "deze maand" as nsubj:pass).
  if (own !== undefined && t.rel(own) === 'nsubj:pass' && !t.kids[i]!.some((c) => t.rel(c) === 'aux:pass')) {
    const aux = t.kids[i]!.find((c) => t.rel(c) === 'aux' && t.kids[c]!.some((x) => t.rel(x) === 'nsubj'));
    if (aux !== undefined) return { k: t.kids[aux]!.find((x) => t.rel(x) === 'nsubj')!, inherited: false };
  }
  if (own !== undefined) return { k: own, inherited: false };
  // "werd hij vermoord" with the subject hung on the auxiliary.
  for (const c of t.kids[i]!) {
    if (!t.rel(c).startsWith('aux') && t.rel(c) !== 'cop') continue;
    const s = t.kids[c]!.find((x) => SUBJ(t.rel(x)));
    if (s !== undefined) return { k: s, inherited: false };
  }
  let k = i;
  for (let n = 0; n < 3; n++) {
    const r = t.rel(k);
    const h = t.head(k);
    if (h < 0) break;
    // A participle modifying a noun ("gevluchte militairen"): the noun is its subject. Not an infinitive clause on it:
    // "een besluit om troepen te sturen" is no one sending; who took the decision is ("het leger nam het besluit om").
    if (r === 'acl' && t.kids[k]!.some((c) => t.rel(c) === 'mark' && language.infinitiveMarks.has(t.lower(c)))) {
      const v = t.head(h);
      if (!OBJ(t.rel(h)) || v < 0 || t.tokens[v]!.upos !== 'VERB') return { k: -1, inherited: false };
      const s = subjectOf(t, v, language);
      return s.k >= 0 ? { k: s.k, inherited: true } : s;
    }
    if (r === 'acl' || (r === 'amod' && t.tokens[h]!.upos === 'NOUN')) return { k: h, inherited: true };
    // Conjuncts and te-infinitives share the governing verb's subject ("overweegt om kampen te bouwen").
    // "om ... te", "door ... te": also when the parser made the infinitive an argument ("zegt ... onderzoek te doen").
    const infinitive = (r === 'ccomp' || r === 'advcl' || r === 'obl:arg' || r === 'obl') && t.kids[k]!.some((c) => t.rel(c) === 'mark' && language.infinitiveMarks.has(t.lower(c)));
    // A nominalised infinitive after the object of a verb ("treft voorbereidingen voor het oproepen van ..."): that verb's subject.
    if ((r === 'nmod' || r === 'obl') && t.tokens[k]!.upos === 'VERB' && t.kids[k]!.some((c) => t.rel(c) === 'det') && OBJ(t.rel(h)) && t.head(h) >= 0 && t.tokens[t.head(h)]!.upos === 'VERB') {
      const s = subjectOf(t, t.head(h), language);
      return s.k >= 0 ? { k: s.k, inherited: true } : s;
    }
    // A participle hung on an auxiliary the tagger took for a main verb ("heeft Moskou zich ... uitgesproken").
    const perfect = t.tokens[k]!.feats?.VerbForm === 'Part' && language.auxiliaries.has((t.tokens[h]!.lemma ?? '').toLowerCase());
    // A participle completing a verb of receiving ("kreeg ... tbs opgelegd"), however the parser labelled it.
    const received = receivedBy(t, k, language) >= 0;
    if (r !== 'conj' && r !== 'xcomp' && !infinitive && !perfect && !received) break;
    // A te-infinitive after a comma that the parser hung inside a relative clause ("overweegt, waar X die ... plunderen,
    // de manifestaties te verbieden"): it completes the main verb, whose subject acts.
    if (r === 'xcomp' && h < k && t.kids[k]!.some((c) => t.rel(c) === 'mark' && language.infinitiveMarks.has(t.lower(c))) && relativeComma(t, h, k)) {
      const main = mainVerb(t, h);
      const s = main >= 0 ? t.kids[main]!.find((c) => SUBJ(t.rel(c)) && c < h) : undefined;
      if (s !== undefined) return { k: s, inherited: true };
    }
    // Object control: "verweet de VS een cyberaanval te hebben uitgevoerd", "vroeg hen te vertrekken": the object acts.
    if ((infinitive || r === 'xcomp') && (language.objectControl.has(t.lemma(h).replace(/_/g, '')) || language.objectControl.has(t.lower(h)))) {
      const o = t.kids[h]!.find((c) => OBJ(t.rel(c)));
      if (o !== undefined) return { k: o, inherited: true };
    }
    // A main-clause conjunct the parser hung on a subordinate clause's verb ("X wil niet dat ze terugkeren en heeft
    // ... ingetrokken"): the conjunct has no complementizer of its own, the verb it hangs on does; X acts.
    const mark = (x: number) => t.kids[x]!.some((c) => t.rel(c) === 'mark' && t.tokens[c]!.upos === 'SCONJ');
    if (r === 'conj' && mark(h) && !mark(k) && t.head(h) >= 0 && (t.rel(h) === 'ccomp' || t.rel(h) === 'xcomp' || t.rel(h) === 'advcl')) {
      const main = t.kids[t.head(h)]!.find((c) => SUBJ(t.rel(c)));
      if (main !== undefined) return { k: main, inherited: true };
    }
    const s = t.kids[h]!.find((c) => SUBJ(t.rel(c)));
    if (s !== undefined) return { k: s, inherited: true };
    k = h;
  }
  return { k: -1, inherited: false };
}

/**
 * Token k (a name, with what it is apposed to) heads a prepositional phrase that is no agent ("by Hamas"), no owner
 * of a noun, and not the phrase the act at i modifies as a relative clause ("against people who protested").
 */
/**
 * The actor of the phrase at k, not one in a prepositional phrase on it: actorOf finds "22-jarige man" in "een
 * celstraf tegen een 22-jarige man" (its first word has no preposition of its own).
 */
function ownActor(v: SentenceView, k: number): ResolvedActor | null {
  const a = actorOf(v, k);
  if (!a || (k >= a.tokenStart && k < a.tokenEnd)) return a;
  const ph = phraseHead(v.t, a);
  return caseOf(v.t, ph) !== null && v.t.rel(ph) !== 'flat:name' ? null : a;
}

/** The token of an actor's span whose head lies outside it: the head of its noun phrase. */
function phraseHead(t: Tree, r: ResolvedActor): number {
  for (let k = r.tokenStart; k < r.tokenEnd; k++) {
    const h = t.head(k);
    if (h < r.tokenStart || h >= r.tokenEnd) return k;
  }
  return r.tokenStart;
}

function inPhrase(t: Tree, k: number, i: number, agentPreps: Set<string>): boolean {
  let x = k;
  for (let n = 0; n < 4 && APPOSED.has(t.rel(x)) && t.head(x) >= 0; n++) x = t.head(x);
  // The act is a relative clause on the actor's phrase ("thousands of people who protested").
  for (let y = x, n = 0; n < 3 && y >= 0; n++, y = t.head(y)) if (t.head(i) === y && t.rel(i) === 'acl:relcl') return false;
  // An owner of a noun phrase ("een bestuurder van de ChristenUnie pleit") may well be who acts.
  if (t.rel(x) === 'nmod' && t.head(x) >= 0 && (t.tokens[t.head(x)]!.upos === 'NOUN' || t.tokens[t.head(x)]!.upos === 'PROPN')) return false;
  // (A preposition the lemmatizer knows: an unknown capitalised word tagged ADP, "Tientallen militairen", is a tagging slip.)
  return t.kids[x]!.some((c) => t.rel(c) === 'case' && !agentPreps.has(t.lower(c)) && /^\p{Ll}/u.test(t.tokens[c]!.lemma ?? ''));
}

/**
 * The participle at i states a rule rather than tells an act: it modifies a noun, or stands with a present "is/zijn"
 * (or no auxiliary at all) and no auxiliary of the act ("werd", "heeft") and no agent.
 */
function standingRule(t: Tree, i: number, lex: TriggerLexicon): boolean {
  const kids = t.kids[i]!;
  const agent = lex.language.prepositions.agent ?? [];
  if (kids.some((c) => OBLIQUE(t.rel(c)) && agent.includes(caseOf(t, c) ?? ''))) return false;
  // "is per 1 juli verboden", "is voortaan verboden gebied": a new rule is an act (a modifier's rule is in its phrase).
  const scope = (t.rel(i) === 'amod' || t.rel(i) === 'acl') && t.head(i) >= 0 ? t.head(i) : i;
  for (const c of subtree(t, scope, true)) if (lex.language.changeAdverbs.has(t.lower(c))) return false;
  if (t.rel(i) === 'amod' || t.rel(i) === 'acl') return true;
  // A finite verb ("The junta banned", "zij verboden") tells the act.
  if (t.tokens[i]!.feats?.VerbForm !== 'Part') return false;
  const aux = kids.filter((c) => t.rel(c) === 'cop' || t.rel(c).startsWith('aux'));
  return aux.every((c) => lex.language.passiveAuxiliaries.has(t.lemma(c)) && !lex.language.passiveOnlyAuxiliaries.has(t.lemma(c)) && t.tokens[c]!.feats?.Tense === 'Pres');
}

/** A noun of a natural disaster in sentence `at` or the two before it. */
function disasterNear(doc: Doc, at: number, lex: TriggerLexicon): boolean {
  const starts = lex.language.disasterNouns;
  if (starts.length === 0) return false;
  for (let k = Math.max(0, at - 2); k <= at; k++) {
    for (const t of doc.sentences[k]?.tokens ?? []) {
      if (t.upos !== 'NOUN' && t.upos !== 'PROPN') continue;
      const w = t.form.toLowerCase();
      if (starts.some((d) => w.startsWith(d))) return true;
    }
  }
  return false;
}

/** A comma stands between h and k, and h lies inside a relative clause. */
function relativeComma(t: Tree, h: number, k: number): boolean {
  let comma = false;
  for (let j = h + 1; j < k && !comma; j++) comma = t.tokens[j]!.form === ',';
  return comma && mainVerb(t, h) >= 0;
}

/** The clause's root verb above the relative clause(s) h is in (within a few steps up), or -1. */
function mainVerb(t: Tree, h: number): number {
  let relative = false;
  let x = h;
  for (let n = 0; n < 8; n++) {
    if (t.rel(x) === 'acl:relcl') relative = true;
    const g = t.head(x);
    if (g < 0) return relative && t.tokens[x]!.upos === 'VERB' ? x : -1;
    x = g;
  }
  return -1;
}

/** The verb of receiving whose participle complement token k is ("kreeg ... opgelegd", "tbs opgelegd gekregen"), -1 if none. */
function receivedBy(t: Tree, k: number, language: Pick<LanguageData, 'receivingPassives'>): number {
  const h = t.head(k);
  // (An oblique too: the parser hangs "opgelegd" of "kreeg een contactverbod opgelegd" on the verb as one at times.)
  if (h < 0 || t.tokens[k]!.feats?.VerbForm !== 'Part' || (t.rel(k) !== 'xcomp' && t.rel(k) !== 'ccomp' && !(t.rel(k) === 'obl' && t.tokens[k]!.upos === 'VERB'))) return -1;
  return language.receivingPassives.has((t.tokens[h]!.lemma ?? '').toLowerCase()) ? h : -1;
}

function isPassive(t: Tree, i: number, lex: TriggerLexicon, undergone = false): boolean {
  const kids = t.kids[i]!;
  // Done to the subject of a verb of receiving: "kreeg een taakstraf opgelegd".
  if (receivedBy(t, i, lex.language) >= 0) return true;
  // A te-infinitive is active, whatever "door" stands before it ("reageerden door met stenen te gooien").
  if (t.tokens[i]!.feats?.VerbForm === 'Inf' && kids.some((c) => t.rel(c) === 'mark' && lex.language.infinitiveMarks.has(t.lower(c)))) return false;
  // An act only ever done to someone (an arrest: its entry has an implicit agent) as a participle with "is"/"werd"
  // and no object is passive, however the parser labelled the auxiliary ("Een vrouw is gearresteerd": cop); so is
  // one whose only argument the parser made its object ("is dinsdag een man opgepakt": aux + obj, no subject, also
  // none hung on the auxiliary as in "De politie heeft ... opgepakt").
  // The tagger may call the participle finite ("is ... opgepakt" read as "pakt op"): a passive auxiliary on it says otherwise.
  const participle = t.tokens[i]!.feats?.VerbForm === 'Part' || kids.some((c) => (t.rel(c) === 'cop' || t.rel(c).startsWith('aux')) && lex.language.passiveAuxiliaries.has((t.tokens[c]!.lemma ?? '').toLowerCase()));
  if (undergone && participle && kids.some((c) => t.rel(c) === 'cop' || t.rel(c).startsWith('aux')) && (!kids.some((c) => OBJ(t.rel(c))) || !kids.some((c) => SUBJ(t.rel(c)) || t.kids[c]!.some((d) => SUBJ(t.rel(d)))))) return true;
  // A perfect with "zijn" the parser labelled passive ("zijn slaags geraakt met"): an active subject (nsubj, not
  // nsubj:pass) and no agent is an active clause.
  // Not with an auxiliary that only makes passives ("De man, X, wordt ... verdacht": nsubj for nsubj:pass).
  const passiveOnly = kids.some((c) => t.rel(c).startsWith('aux') && lex.language.passiveOnlyAuxiliaries.has((t.tokens[c]!.lemma ?? '').toLowerCase()));
  if (!passiveOnly && kids.some((c) => t.rel(c) === 'nsubj') && !kids.some((c) => t.rel(c) === 'nsubj:pass' || t.rel(c) === 'obl:agent')) {
    const agent = lex.language.prepositions.agent ?? [];
    if (!kids.some((c) => OBLIQUE(t.rel(c)) && agent.includes(caseOf(t, c) ?? ''))) return false;
  }
  for (const c of t.kids[i]!) {
    const r = t.rel(c);
    // A passive auxiliary that is a verb ("werd", "was"), or an agent: a lone nsubj:pass is a parser guess.
    if ((r === 'aux:pass' && (t.tokens[c]!.upos === 'AUX' || t.tokens[c]!.upos === 'VERB')) || r === 'obl:agent') return true;
  }
  // "werd gepakt en aangeklaagd": a participle conjoined to a passive one, with no subject or auxiliary of its own.
  const h = t.head(i);
  if (t.rel(i) === 'conj' && h >= 0 && t.tokens[i]!.feats?.VerbForm === 'Part' && !kids.some((c) => SUBJ(t.rel(c)) || t.rel(c).startsWith('aux')) && t.kids[h]!.some((c) => t.rel(c) === 'aux:pass')) return true;
  // "werden vervolgens gevangengenomen": the passive auxiliary may hang on the first conjunct.
  const agent = lex.language.prepositions.agent ?? [];
  return t.kids[i]!.some((c) => OBLIQUE(t.rel(c)) && agent.includes(caseOf(t, c) ?? ''));
}

/** A locative pro-form ("is er aangekomen"), not the expletive that opens a sentence before its verb ("Er vielen ..."). */
function placePronoun(t: Tree, k: number, lex: TriggerLexicon): boolean {
  const form = t.lower(k);
  if (!lex.language.placePronouns.has(form)) return false;
  const next = t.tokens[k + 1]?.upos;
  return !(k === 0 && lex.language.expletivePronouns.has(form) && (next === 'VERB' || next === 'AUX'));
}

/** The "volgens X" phrase (prepositions of role `attribution`) on one of the tokens, -1 when there is none. */
function attributedTo(t: Tree, on: number[], lex: TriggerLexicon): number {
  const attribution = lex.language.prepositions.attribution ?? [];
  for (const k of on) {
    const c = t.kids[k]!.find((c) => OBLIQUE(t.rel(c)) && attribution.includes(caseOf(t, c) ?? ''));
    if (c !== undefined) return c;
  }
  return -1;
}

/**
 * Who holds the subject of i responsible: a "volgens X" on i or a verb above it, else the subject of the verb whose
 * complement clause i heads ("Het kabinet denkt dat ..."). -1 when the text names nobody.
 */
function accuserOf(t: Tree, i: number, lex: TriggerLexicon): number {
  const own = attributedTo(t, [i], lex);
  if (own >= 0) return own;
  // "..., zei de premier" hung on the accusation.
  const said = t.kids[i]!.find((c) => t.rel(c) === 'parataxis' && t.tokens[c]!.upos === 'VERB' && c > i);
  if (said !== undefined) return subjectOf(t, said, lex.language).k;
  const h = t.head(i);
  if (h < 0 || (t.rel(i) !== 'ccomp' && t.rel(i) !== 'parataxis')) return -1;
  const above = attributedTo(t, [h], lex);
  return above >= 0 ? above : t.tokens[h]!.upos === 'VERB' ? subjectOf(t, h, lex.language).k : -1;
}

/**
 * The charge an act at k is part of: the first token above it (through at most two nouns: "verdacht van betrokkenheid
 * bij de aanslag") for which `charges` holds, reached with a preposition of role `charge`; -1 if none.
 */
function chargedBy(t: Tree, k: number, lex: TriggerLexicon, charges: (h: number) => boolean): number {
  const preps = lex.language.prepositions.charge ?? [];
  for (let step = 0; step < 3; step++) {
    const h = t.head(k);
    if (h < 0 || !OBLIQUE(t.rel(k))) return -1;
    if (charges(h)) return preps.includes(caseOf(t, k) ?? '') ? h : -1;
    if (t.tokens[h]!.upos !== 'NOUN') return -1;
    k = h;
  }
  return -1;
}

/** Token k is inside a subordinate clause (adverbial, complement or relative clause) of its sentence. */
function inSubordinate(t: Tree, k: number): boolean {
  for (let x = k, n = 0; x >= 0 && n < 30; x = t.head(x), n++) if (SUBORDINATE.has(t.rel(x))) return true;
  return false;
}
const SUBORDINATE = new Set(['advcl', 'ccomp', 'acl', 'acl:relcl', 'csubj']);

/** The nearest verb above token k (-1 at the root). */
function verbOver(t: Tree, k: number): number {
  for (let h = t.head(k), n = 0; h >= 0 && n < 50; h = t.head(h), n++) if (t.tokens[h]!.upos === 'VERB') return h;
  return -1;
}

/** A mutual act of coordinated subjects ("Frankrijk en Duitsland sloten een akkoord"): the first with the last. */
function mutualPartner(v: SentenceView, k: number, actor: ResolvedActor, cat: Category): ResolvedActor | null {
  if (!cat.recipient.includes('with')) return null;
  const other = v.t.kids[k]!.filter((c) => v.t.rel(c) === 'conj').pop();
  // A country the dictionary has no actors for stands as its state ("Armenia and Azerbaijan signed").
  const r = other === undefined ? null : (actorOf(v, other) ?? stateAt(v, other, cat));
  return r && r !== actor ? r : null;
}

/** "gevechten tussen het leger en jihadisten": the two sides of a fight noun k, [first, second or -1], or null. */
function betweenParties(t: Tree, k: number, lex: TriggerLexicon): [number, number] | null {
  const between = lex.language.prepositions.between ?? [];
  const a = t.kids[k]!.find((c) => (t.rel(c) === 'nmod' || t.rel(c) === 'obl') && between.includes(caseOf(t, c) ?? ''));
  if (a === undefined) return null;
  return [a, t.kids[a]!.find((c) => t.rel(c) === 'conj') ?? -1];
}

/** A caseless oblique of i that names an actor (actorOf also reads an apposition: "president Trump"). */
function bareActorPhrase(v: SentenceView, i: number, not: number, parts: number[]): number | undefined {
  const { t } = v;
  return t.kids[i]!.find((c) => t.rel(c) === 'obl' && c !== not && !parts.includes(c) && caseOf(t, c) === null && actorOf(v, c) !== null);
}

function argumentsOf(v: SentenceView, trig: Trigger, lex: TriggerLexicon): Args {
  const { t } = v;
  const e = trig.entry;
  const cat = e.category;
  const i = trig.i;
  const out: Args = { actor: null, actorFromTree: false, recipient: null, phrases: [], place: null, from: null, to: null, placePronoun: false, placeInClause: false, countryNoun: null, agentless: false, occasion: -1 };
  const agentPreps = new Set([...(lex.language.prepositions.agent ?? []), ...e.agent]);
  const clause = subtree(t, i, true);
  // Nominal dependents of the trigger (and of its object) with their preposition.
  const obliques: { k: number; prep: string | null }[] = [];
  for (const k of clause) {
    if (k === i || trig.parts.includes(k)) continue;
    const r = t.rel(k);
    if (OBLIQUE(r) || r === 'obj' || r === 'iobj' || r === 'appos' || r === 'flat:name') obliques.push({ k, prep: caseOf(t, k) });
  }

  if (e.noun) {
    // "de Russische invasie", "Amerikaanse luchtaanvallen": a country adjective on the act is who does it (its
    // military for attacks); a "van" phrase after it is then the patient ("de Russische invasie van Oekraïne").
    const byAdjective = adjectiveActor(v, i, cat);
    if (byAdjective) {
      out.actor = byAdjective;
      out.actorFromTree = true;
    }
    // "de overgave van het leger", "een aanval van de taliban op ...": van/of is the agent; a light verb's subject otherwise.
    for (const { k, prep } of obliques) {
      if (t.head(k) !== i) continue;
      const roles = rolesOf(lex, prep);
      // "the invasion of Ukraine", "the arrest of X": the patient of a transitive act.
      if (!out.recipient && (roles?.has('patient') || (byAdjective && roles?.has('from'))) && !cat.intransitive && cat.kind === 'event') {
        const p = actorOf(v, k) ?? stateAt(v, k, cat);
        if (p && p.actor.id !== byAdjective?.actor.id) {
          out.recipient = p;
          out.phrases.push(k);
          continue;
        }
      }
      const toRecipient = introducesRecipient(lex, e, prep);
      const a = toRecipient ? recipientAt(v, k, prep, trig, lex, !out.recipient) : actorOf(v, k);
      if (!a) continue;
      if (!out.actor && (prep === null || roles?.has('from') || agentPreps.has(prep ?? '')) && !roles?.has('against')) {
        out.actor = a;
        out.actorFromTree = true;
        out.phrases.push(k);
      } else if (!out.recipient && toRecipient) {
        out.recipient = a;
        out.phrases.push(k);
      }
    }
    // "de gevechten tussen het leger en de rebellen": the first side acts, the other is acted on.
    const sides = out.actor ? null : betweenParties(t, i, lex);
    if (sides) {
      out.actor = actorOf(v, sides[0]) ?? nounActor(v, sides[0], trig, lex);
      out.actorFromTree = !!out.actor;
      out.recipient ??= sides[1] >= 0 ? (actorOf(v, sides[1]) ?? nounActor(v, sides[1], trig, lex)) : null;
    }
    // Its own subject (a parse of "het leger ... een tegenoffensief"), or the subject of the light verb or
    // predicate it completes: "een aanval uitvoeren", "met een opmars bezig zijn".
    const ownSubj = t.kids[i]!.find((c) => SUBJ(t.rel(c)));
    if (!out.actor && ownSubj !== undefined && actorOf(v, ownSubj)) {
      out.actor = actorOf(v, ownSubj);
      out.actorFromTree = true;
    }
    // The noun with its parts as one phrase: a part the parser made its head ("fired tear gas": gas under tear) stands for it.
    // (Not a part tagged a verb, "used stun grenades" with stun as VERB: the noun is its object.)
    const top = trig.parts.includes(t.head(i)) && t.tokens[t.head(i)]!.upos !== 'VERB' ? t.head(i) : i;
    const h = t.head(top);
    const rel = t.rel(top);
    const withRole = rolesOf(lex, caseOf(t, top))?.has('with') ?? false;
    // "doen aan spionage", "nam deel aan de aanval": a verb of taking part, whose subject carries out the act.
    const engaged = h >= 0 && OBLIQUE(rel) && lex.language.engageVerbs.has((t.tokens[h]!.lemma ?? '').toLowerCase().replace(/_/g, ''));
    // Not a reaction's subject: who condemns an invasion did not invade.
    // (A "passive subject" of a verb with no passive auxiliary is an object the parser mislabelled: "een cyberaanval te hebben uitgevoerd".)
    const misparsed = rel === 'nsubj:pass' && h >= 0 && !t.kids[h]!.some((c) => t.rel(c) === 'aux:pass');
    // (An oblique without a preposition is an object too: "hebben ... een gesprek gevoerd" with gesprek as obl.)
    // (Only when no preposition, conjunction or quotation mark stands before the phrase: "zoals het ... protest", "om 'een aanslag'".)
    const before = t.tokens[Math.min(top, ...t.kids[top]!.filter((c) => c < top && t.rel(c) !== 'punct')) - 1];
    const bare = OBLIQUE(rel) && caseOf(t, top) === null && !(before && (before.upos === 'ADP' || before.upos === 'SCONJ' || before.upos === 'PUNCT' || isQuote(before)));
    // "Karadzic kreeg levenslang", "kreeg kritiek": a verb of receiving takes the act, its subject undergoes it.
    const received = h >= 0 && OBJ(rel) && cat.kind === 'event' && !cat.territory && lex.language.receivingPassives.has((t.tokens[h]!.lemma ?? '').toLowerCase());
    if (received) {
      const s = subjectOf(t, h, lex.language, top);
      out.recipient ??= actorOf(v, s.k) ?? nounActor(v, s.k, trig, lex);
      // From whom, on the verb: "kreeg kritiek van de oppositie".
      const from = out.actor ? undefined : t.kids[h]!.find((c) => OBLIQUE(t.rel(c)) && rolesOf(lex, caseOf(t, c))?.has('from') && actorOf(v, c));
      if (from !== undefined) Object.assign(out, { actor: actorOf(v, from), actorFromTree: true });
    }
    if (!out.actor && !received && h >= 0 && (OBJ(rel) || withRole || engaged || misparsed || bare) && t.tokens[h]!.upos !== 'NOUN' && !reactionVerb(t, h, lex)) {
      const s = subjectOf(t, h, lex.language, top);
      const a = actorOf(v, s.k) ?? nounActor(v, s.k, trig, lex) ?? seatActor(v, s.k);
      if (a) {
        out.actor = a;
        out.actorFromTree = true;
        out.recipient ??= mutualPartner(v, s.k, a, cat);
      }
    }
    // The one acted on, named on the verb the act noun is the object of: "zette traangas in tegen de demonstranten".
    if (!out.recipient && h >= 0 && OBJ(rel) && t.tokens[h]!.upos === 'VERB') {
      for (const c of t.kids[h]!) {
        if (c === top || !OBLIQUE(t.rel(c)) || !introducesRecipient(lex, e, caseOf(t, c))) continue;
        const r = recipientAt(v, c, caseOf(t, c), trig, lex, true);
        if (r && r !== out.actor) {
          out.recipient = r;
          out.phrases.push(c);
          break;
        }
      }
    }
    // The subject of a passive verb with an agent: "De aanslag werd gepleegd door X", "de aanval is uitgevoerd door X";
    // also through a verb of seeming ("De aanslag lijkt gepleegd door X": the participle is the xcomp of "lijkt").
    const passiveVerb =
      h < 0 ? -1
      : t.rel(i) === 'nsubj:pass' && t.tokens[h]!.upos === 'VERB' ? h
      : t.rel(i) === 'nsubj' ? (t.kids[h]!.find((c) => t.rel(c) === 'xcomp' && t.tokens[c]!.feats?.VerbForm === 'Part') ?? -1)
      : -1;
    if (!out.actor && passiveVerb >= 0) {
      const by = t.kids[passiveVerb]!.find((c) => c !== i && OBLIQUE(t.rel(c)) && agentPreps.has(caseOf(t, c) ?? ''));
      const a = by === undefined ? null : (actorOf(v, by) ?? nounActor(v, by, trig, lex));
      if (a) {
        out.actor = a;
        out.actorFromTree = true;
      }
    }
    // A compound actor ("Talibanoffensief") or an actor right before the noun ("Taliban-aanval").
    if (!out.actor && v.actorAt[i]! >= 0) out.actor = v.actors[v.actorAt[i]!]!;
    out.agentless = !out.actor;
  } else {
    // A reflexive verb is never passive ("zich aansluiten"), whatever the parser says.
    const passive = !e.reflexive && !e.active && !cat.intransitive && isPassive(t, i, lex, e.undergone);
    const found = subjectOf(t, i, lex.language);
    // A part of the trigger is not its subject ("Die eis heeft hij laten vallen": "eis" of "een eis laten vallen").
    const other = trig.parts.includes(found.k) ? t.kids[i]!.find((c) => SUBJ(t.rel(c)) && !trig.parts.includes(c)) : undefined;
    const subj = other === undefined ? found : { k: other, inherited: false };
    // Two subjects and no object is a misparsed object ("De VS zouden Tadzjikistan ... hebben verzocht").
    const obj =
      t.kids[i]!.find((c) => OBJ(t.rel(c)) && !trig.parts.includes(c)) ??
      (e.object === 'place' ? t.kids[i]!.find((c) => OBLIQUE(t.rel(c)) && !trig.parts.includes(c) && (placeOf(v, c) || lex.language.placeNouns.has(t.lower(c)) || t.kids[c]!.some((x) => lex.language.placeNouns.has(t.lower(x))))) : undefined) ??
      // (Or a second "passive subject" of an active perfect: "De Dogonjagers zouden de Fulaniherders hebben aangevallen".)
      t.kids[i]!.find((c) => (t.rel(c) === 'nsubj' || (t.rel(c) === 'nsubj:pass' && !passive)) && c !== subj.k && c > subj.k && !trig.parts.includes(c)) ??
      // A bare noun phrase taken for an adverbial that names an actor ("zou later president Trump ontmoeten").
      bareActorPhrase(v, i, subj.k, trig.parts) ??
      -1;
    let agent = -1;
    for (const { k, prep } of obliques) if (agent < 0 && prep && agentPreps.has(prep) && actorOf(v, k)) agent = k;
    // A passive's agent the dictionary does not know ("werd door de rechter verworpen", "door revolutionairen opgepakt"):
    // the noun phrase itself, unless it is a place, an event or a count (nounActor refuses those).
    if (agent < 0 && passive) for (const { k, prep } of obliques) if (agent < 0 && prep && agentPreps.has(prep) && k > 0 && nounActor(v, k, trig, lex)) agent = k;
    // English obl:agent has its "by" as case; Dutch "door" likewise.
    let actorK: number;
    let patientK: number;
    if (e.subject === 'place') {
      // "viel in handen van de Taliban": the holder, however the parser attached it.
      actorK = agent >= 0 ? agent : (obliques.find(({ k }) => k > i && k !== subj.k && actorOf(v, k))?.k ?? -1);
      if (actorK < 0) {
        const after = v.actors.find((r) => r.tokenStart > i && r.tokenStart - i <= 8);
        if (after) actorK = after.tokenStart;
      }
      patientK = subj.k;
    } else if (e.subject === 'accused') {
      // "Het kabinet denkt dat Iran achter de moord zit": the cabinet accuses Iran.
      actorK = accuserOf(t, i, lex);
      patientK = subj.k;
    } else if (passive || e.subject === 'patient' || (subj.inherited && (t.rel(i) === 'acl' || t.rel(i) === 'amod') && t.tokens[i]!.feats?.VerbForm === 'Part' && !cat.victimSubject && cat.kind === 'event' && !cat.intransitive)) {
      // A passive, an act its subject undergoes ("gaat de cel in"), or a past participle modifying its patient: the
      // detained journalists.
      actorK = agent;
      patientK = subj.k;
      out.agentless = agent < 0;
    } else if (cat.victimSubject) {
      actorK = agent;
      patientK = subj.k;
      // "Bij gevechten tussen het leger en jihadisten kwamen elf mensen om": the sides of the fight they died in.
      const fight = agent < 0 ? obliques.find(({ k }) => t.head(k) === i && t.tokens[k]!.upos === 'NOUN' && betweenParties(t, k, lex)) : undefined;
      const sides = fight ? betweenParties(t, fight.k, lex)! : null;
      if (sides) {
        actorK = sides[0];
        if (sides[1] >= 0) patientK = sides[1];
      }
    } else if (subj.k >= 0 && !subj.inherited && t.rel(subj.k) === 'nsubj:pass' && !ownActor(v, subj.k) && !e.active) {
      // An active clause whose "passive subject" is no actor: the parser's object ("heroverde ... het district").
      // Not one shared with a passive first conjunct ("werden gered ... en kwamen in opstand").
      actorK = -1;
      patientK = subj.k;
    } else {
      actorK = subj.k;
      patientK = obj;
      // Intransitive acts ("gaven zich over", "vluchtten") have no patient: an object is a misparsed subject.
      if (cat.intransitive && !actorOf(v, actorK) && obj >= 0) {
        actorK = obj;
        patientK = -1;
      }
    }
    // An act as the subject ("Amerikaanse luchtaanvallen doodden ..."), or as the occasion of deaths ("Bij een
    // Israëlische luchtaanval kwamen ... om"): who did that act, when an adjective says so.
    if (cat.victimSubject) {
      // Of the act itself, or of the first conjunct ("zijn elf mensen omgekomen en 23 gewond geraakt").
      const h = t.rel(i) === 'conj' ? t.head(i) : -1;
      out.occasion = [i, h].flatMap((x) => (x >= 0 ? t.kids[x]! : [])).find((k) => OBLIQUE(t.rel(k)) && eventNoun(t, k, lex)) ?? -1;
      // A parse that lost the phrase: an event noun before the act after an occasion preposition ("Bij gevechten ...").
      const at = lex.language.prepositions.occasion ?? [];
      if (out.occasion < 0) for (let k = i - 1; k > 0 && out.occasion < 0; k--) if (eventNoun(t, k, lex) && at.includes(t.lower(k - 1))) out.occasion = k;
      // An act as the subject of a clause of time or cause on it ("vielen zeven gewonden toen een raket een huis trof";
      // a parse may make the noun the clause's head).
      if (out.occasion < 0) for (const c of t.kids[i]!) if (out.occasion < 0 && t.rel(c) === 'advcl') out.occasion = eventNoun(t, c, lex) ? c : (t.kids[c]!.find((d) => SUBJ(t.rel(d)) && eventNoun(t, d, lex)) ?? -1);
    }
    // A killing whose subject is an act ("De aanslag kostte twintig mensen het leven"): that act's toll, one event.
    else if (cat.type === 'ASSAULT' && !e.noun) out.occasion = t.kids[i]!.find((c) => SUBJ(t.rel(c)) && eventNoun(t, c, lex)) ?? -1;
    const occasion = cat.victimSubject && actorK < 0 ? obliques.find(({ k }) => t.head(k) === i && eventNoun(t, k, lex) && adjectiveActor(v, k, cat)) : undefined;
    const a =
      actorOf(v, actorK) ??
      (eventNoun(t, actorK, lex) ? adjectiveActor(v, actorK, cat) : null) ??
      nounActor(v, actorK, trig, lex) ??
      seatActor(v, actorK) ??
      (occasion ? adjectiveActor(v, occasion.k, cat) : null);
    if (a) {
      out.actor = a;
      out.actorFromTree = true;
    }
    if (actorK >= 0) out.phrases.push(actorK);
    if (a && actorK >= 0 && patientK < 0) out.recipient = mutualPartner(v, actorK, a, cat) ?? out.recipient;
    if (patientK >= 0) {
      out.phrases.push(patientK);
      // "wees zijn asielaanvraag af", "eisen zijn vertrek": a thing or act of someone's is done to its possessor.
      // (Not someone's kin or counsel: "ontvoerde haar dochtertje" is done to the daughter.)
      const owner = actorOf(v, patientK) || namesPeople(v, patientK) ? undefined : t.kids[patientK]!.find((c) => t.rel(c) === 'nmod:poss' && actorOf(v, c));
      const p = actorOf(v, patientK) ?? (owner !== undefined ? actorOf(v, owner) : null) ?? nounActor(v, patientK, trig, lex) ?? (cat.kind === 'event' && !cat.intransitive ? stateAt(v, patientK, cat) : null);
      if (p && p !== out.actor) out.recipient = p;
      const pl = placeOf(v, patientK);
      if (pl) {
        out.place = pl;
        out.placeInClause = true;
      } else if (lex.language.countryNouns.has(t.lower(patientK))) {
        out.countryNoun = t.tokens[patientK]!.form;
      }
    }
    // A passive with no subject found: its patient is, by position, the nearest actor before it
    // ("Tientallen militairen gaven zich over en werden gevangengenomen").
    if (passive && patientK < 0 && !out.recipient) {
      let best: ResolvedActor | null = null;
      for (const r of v.actors) if (r.tokenEnd <= i && i - r.tokenEnd < 12 && r !== out.actor) best = r;
      out.recipient = best;
    }
    // A known actor in a recipient role beats a bare noun phrase ("zijn slaags geraakt met de politie").
    if (!out.recipient || nounActors.has(out.recipient)) {
      for (const { k, prep } of obliques) {
        if (!introducesRecipient(lex, e, prep)) continue;
        const r = recipientAt(v, k, prep, trig, lex, !out.recipient);
        if (r && r !== out.actor && !(prep && agentPreps.has(prep) && k === agent)) {
          out.recipient = r;
          break;
        }
      }
    }
    // Positional fallback when the parser gave no usable subject: the nearest actor before the trigger in its
    // clause, else right after it (V2: "veroverde hij").
    // Not for a verb used as a noun in a phrase of time ("na het neerhalen van vlucht MH17"): the clause's actor did
    // not do it ("voor het doden van X tbs opgelegd" and "door het gooien van stenen" do tell the subject's act).
    const nounPhrase = t.kids[i]!.some((c) => t.rel(c) === 'det') && t.kids[i]!.some((c) => t.rel(c) === 'case' && !!rolesOf(lex, t.lower(c))?.has('time'));
    if (!out.actor && !passive && !nounPhrase && !cat.victimSubject && e.subject !== 'place' && e.subject !== 'patient' && !(subj.inherited && (t.rel(i) === 'acl' || t.rel(i) === 'amod'))) {
      let best: ResolvedActor | null = null;
      for (const r of v.actors) {
        if (r.tokenEnd <= i && r !== out.recipient && i - r.tokenEnd < 12) best = r;
      }
      // Not a name inside a prepositional phrase ("onder de schuilnaam Ali Motamed ontkennen"): no subject.
      // (The phrase's head: "Tegen een 22-jarige man ... is ... geëist" starts with a modifier. A "preposition" right
      // before an actor right before the act opens a clause: "after Russian forces withdrew".)
      const clause = !!best && best.tokenStart > 0 && best.tokenEnd === i && t.rel(best.tokenStart - 1) === 'case';
      if (best && !clause && inPhrase(t, phraseHead(t, best), i, agentPreps)) best = null;
      // After the verb: right after it, or (verb second) after adverbials only, before the trigger's other parts
      // ("gingen eerder op de dag duizenden mensen de straat op").
      const adverbials = (r: ResolvedActor) => r.tokenStart - i <= 8 && trig.parts.every((p) => p > r.tokenStart) && t.tokens.slice(i + 1, r.tokenStart).every((u) => u.upos !== 'VERB' && u.upos !== 'AUX' && u.upos !== 'PUNCT' && u.upos !== 'SCONJ');
      // (Not across a conjunction: "... geëist omdat hij ...".)
      const right = (r: ResolvedActor) => r.tokenStart - i <= 2 && t.tokens.slice(i + 1, r.tokenStart).every((u) => u.upos !== 'SCONJ' && u.upos !== 'PUNCT');
      if (!best) best = v.actors.find((r) => r.tokenStart > i && (right(r) || adverbials(r)) && r !== out.recipient) ?? null;
      out.actor = best;
    }
    // An act only ever done to someone, as a participle with no actor found (a parse that lost the passive): agentless.
    if (!out.actor && e.implicitAgent !== null && t.tokens[i]!.feats?.VerbForm === 'Part') out.agentless = true;
  }

  // Places: movement origin and destination by preposition, else the first named place in the clause.
  for (const { k, prep } of obliques) {
    const pl = placeOf(v, k);
    if (!pl) {
      if (placePronoun(t, k, lex)) out.placePronoun = true;
      continue;
    }
    const roles = rolesOf(lex, prep);
    if (cat.firedFrom && roles?.has('origin')) continue;
    // Where a conjoined verb goes ("bliezen ... op en reden terug naar Nederland") is not where this act happened;
    // an agent is no place ("door de VS gesteunde").
    if (!e.noun && roles?.has('destination') && verbOver(t, k) !== i) continue;
    if (roles?.has('agent')) continue;
    if (cat.kind === 'movement' && roles?.has('to') && !out.to) out.to = pl;
    else if (cat.kind === 'movement' && roles?.has('from') && !out.from) out.from = pl;
    if (!out.place && !(out.actor && pl.start >= out.actor.start && pl.end <= out.actor.end)) {
      out.place = pl;
      out.placeInClause = true;
    }
  }
  for (const c of t.kids[i]!) if (placePronoun(t, c, lex)) out.placePronoun = true;
  // Multiword parts can be the place ("de Tadzjiekse grens over").
  for (const p of trig.parts) {
    const pl = placeOf(v, p);
    if (pl && !out.place) {
      out.place = pl;
      out.placeInClause = true;
    }
  }
  return out;
}

/** Border crossings: "de Tadzjiekse grens" -> to Tajikistan, from the other country of the border. */
function borderEnds(p: PlaceMention, actor: ActorRef | null, lang: Doc['lang']): { from: LocationRef | null; to: LocationRef | null } {
  const c = p.candidates[0];
  const place = c ? gazetteer().byId.get(c.id) : undefined;
  const borders = place?.borders ?? [];
  if (borders.length !== 2) return { from: null, to: null };
  // The adjective in the mention names the side crossed to.
  const words = p.text.split(/\s+/);
  let to: string | null = null;
  const gaz = gazetteer();
  for (const iso of borders) {
    const adj = gaz.byId.get(`country:${iso}`)?.adjectives?.[lang] ?? [];
    if (words.some((w) => adj.some((a) => a.toLowerCase() === w.toLowerCase()))) to = iso;
  }
  if (!to && actor?.country && borders.includes(actor.country)) to = borders.find((b) => b !== actor.country)!;
  if (!to) return { from: null, to: null };
  const from = borders.find((b) => b !== to)!;
  return { from: countryLocation(from, ''), to: countryLocation(to, p.text) };
}

function timeRefOf(x: TimeExpression): TimeRef {
  return { text: x.text, value: x.value, precision: x.precision };
}

const UNDATED: TimeRef = { text: '', value: null, precision: 'unknown' };
/** How many sentences on an act with no date of its own still happened on the story's day. */
const STORY_DAY_REACH = 3;
/** Sentences over which the last place named stays the story's place (a context, a country focus). */
const PLACE_REACH = 3;

const DATED = (x: TimeExpression) => x.value !== null && /^\d{4}/.test(x.value) && (x.type === 'date' || x.type === 'interval');

/** The expression starts after the article's publication period. */
function after(x: TimeExpression, published: ArticleContext['published']): boolean {
  if (!x.value || !published.value || !/^\d{4}/.test(x.value)) return false;
  let start = x.value.split('/')[0]!;
  const week = /^(\d{4})-W(\d{2})/.exec(start);
  if (week) {
    // The Monday of an ISO week: 4 January is always in week 1.
    const jan4 = Date.UTC(Number(week[1]), 0, 4);
    const monday = jan4 - (((new Date(jan4).getUTCDay() + 6) % 7) * 864e5) + (Number(week[2]) - 1) * 7 * 864e5;
    start = new Date(monday).toISOString().slice(0, 10);
  }
  const n = Math.min(start.length, published.value.length);
  return start.slice(0, n) > published.value.slice(0, n);
}

function quantitiesIn(v: SentenceView, qs: Quantity[], phrases: number[], spanOf: (q: Quantity) => [number, number]): QuantityRef[] {
  if (qs.length === 0 || phrases.length === 0) return [];
  const inside = new Set<number>();
  // First tokens of the phrases: a count right before one quantifies it ("Honderden burgers") even when the
  // parser hung the number elsewhere.
  const firsts = new Set<number>();
  for (const k of phrases) {
    let first = k;
    for (const x of subtree(v.t, k, true)) {
      inside.add(x);
      if (x < first) first = x;
    }
    firsts.add(first);
  }
  const out: QuantityRef[] = [];
  for (const q of qs) {
    const [a, b] = spanOf(q);
    if (a < 0) continue;
    let hit = firsts.has(b + 1);
    for (let x = a; x <= b && !hit; x++) hit = inside.has(x);
    if (hit) out.push({ text: q.text, min: q.min, max: q.max, what: q.what ?? null });
  }
  return out;
}

function acledOf(cat: Category, actor: ActorRef | null, recipient: ActorRef | null, peaceful: boolean) {
  if (cat.territory) {
    if (peaceful) return { event_type: 'Strategic developments', sub_event_type: 'Non-violent transfer of territory' };
    if (actor && STATE_FORCES.has(actor.type)) return { event_type: 'Battles', sub_event_type: 'Government regains territory' };
    return cat.acled;
  }
  if (cat.acled?.event_type === 'Battles' && recipient && !ARMED.has(recipient.type) && recipient.type !== 'unknown') {
    return { event_type: 'Violence against civilians', sub_event_type: 'Attack' };
  }
  return cat.acled;
}

/**
 * "werd opgepakt", "de huiszoeking", "werd veroordeeld": an act the lexicon gives an implicit agent (arrests and
 * searches: the police; convictions: the court), told with no agent, is that role's: the one the sentence names
 * ("..., meldt de Duitse politie"), else the one last named in the article ("De rechtbank in Utrecht ... Zijn
 * medeverdachte werd vrijgesproken") unless it is of another country than the act's place, else the one of the
 * country where it happened (of the story, with no place named). Not for captured fighters (armed_recipient).
 */
function impliedAgent(e: Trigger['entry'], args: Args, v: SentenceView, location: LocationRef | null, recipient: ActorRef | null, lastOfRole: Map<string, ActorRef>, storyIso: string | null): ActorRef | null {
  if (!e.implicitAgent || !args.agentless || args.actor) return null;
  if (e.category.armedRecipient && recipient && ARMED.has(recipient.type)) return null;
  const dict = actorDictionary();
  const role = e.implicitAgent;
  const type = dict.roles[role]?.type;
  // The type stands for the role only when no other role has it (police; not government, which courts share).
  const byType = !!type && Object.entries(dict.roles).every(([r, t]) => r === role || t.type !== type);
  const named = v.actors.find((r) => r.actor !== recipient && (roleOfRef(r.actor) === role || (byType && r.actor.type === type)));
  if (named) return named.actor;
  const before = lastOfRole.get(role);
  if (before && before !== recipient && (!location?.country || !before.country || before.country === location.country)) return before;
  // No place named: the story's country (its recent places, else the article's, else the press's home country).
  const iso = location?.country ?? storyIso;
  const a = iso ? roleActor(dict, iso, role) : null;
  return a ? toRef(a, '') : null;
}

/** The generic role of an actor ("nld-police": police), from the dictionary or the id of a generated role actor. */
function roleOfRef(a: ActorRef): string | null {
  if (!a.id) return null;
  const dict = actorDictionary();
  const known = dict.byId.get(a.id);
  if (known) return known.role ?? null;
  const dash = a.id.indexOf('-');
  const role = dash === 3 ? a.id.slice(4) : '';
  return role && dict.roles[role] ? role : null;
}

/** Sentences a protest naming no one may look back for the protesters last named. */
const PROTEST_REACH = 3;

/** Actor types that act in their own country: police, civilians (protesters, citizens), their government. */
const DOMESTIC = new Set(['police', 'civilians', 'government']);

/**
 * The country of a domestic actor of the act, when its mention says it ("de Belgische politie", "Soedanezen"): a
 * bare "de politie" takes its country from the article, which is what a round-up item may not share. Refugees are
 * abroad by definition.
 */
function domesticCountry(v: SentenceView, r: ResolvedActor | null): string | null {
  const actor = r?.actor;
  if (!actor?.country || !DOMESTIC.has(actor.type) || actor.id?.endsWith('-refugees')) return null;
  const said = v.places.some((p) => {
    const [a, b] = v.placeSpan.get(p)!;
    return p.candidates[0]?.country === actor.country && a < r!.tokenEnd && b >= r!.tokenStart;
  });
  return said ? actor.country : null;
}

/**
 * A bare role noun of a domestic actor ("De politie arresteerde ...") is of the country where the act happened: in a
 * news round-up item set abroad, that country's police, not the police of the article's country focus. A role whose
 * mention says its country ("de Nederlandse politie") keeps it.
 */
function localRole(v: SentenceView, r: ResolvedActor, location: LocationRef | null): ActorRef {
  const actor = r.actor;
  const there = location?.country;
  if (r.via !== 'pattern' || !there || !actor.country || actor.country === there || !DOMESTIC.has(actor.type)) return actor;
  const role = actor.id ? /^[a-z]{3}-([a-z_]+)$/.exec(actor.id)?.[1] : undefined;
  if (!role || role === 'refugees' || domesticCountry(v, r) !== null) return actor;
  const a = roleActor(actorDictionary(), there, role);
  return a ? toRef(a, actor.text) : actor;
}

/** Words from a trigger to its recipient name a news medium ("gesprek met het Duitse weekblad Der Spiegel"). */
function interview(s: Sentence, i: number, r: ResolvedActor, lang: Lang): boolean {
  const media = claimLexicon(lang).mediumNouns;
  for (let k = Math.min(i, r.tokenStart); k < Math.max(i + 1, r.tokenEnd); k++) {
    const t = s.tokens[k]!;
    if (k !== i && (media.includes(t.form.toLowerCase()) || media.includes((t.lemma ?? '').toLowerCase()))) return true;
  }
  return r.actor.type === 'media';
}

/**
 * Deaths and injuries at an act the sentence names ("Bij gevechten tussen X en Y kwamen elf mensen om en raakten 23
 * gewond") are that act's toll, one event: their counts (and actor, if the act has none) go to the act's event, when it
 * is one of the same PLOVER type, and they are dropped. The victims are no recipient of a fight between two sides.
 */
function atOccasions(facts: Fact[], occasions: Map<Event, number>, s: Sentence): Fact[] {
  if (!occasions.size) return facts;
  const dropped = new Set<Fact>();
  for (const [ev, k] of occasions) {
    const start = s.tokens[k]!.start;
    // The act's own event, else (its noun gave none) the first toll told of the same act.
    const act =
      facts.find((f): f is Event => f.kind === 'event' && f !== ev && !dropped.has(f) && f.type === ev.type && f.source.start === start) ??
      [...occasions].filter(([x, o]) => o === k && !dropped.has(x) && x.type === ev.type).sort((a, b) => a[0].source.start - b[0].source.start)[0]?.[0];
    if (!act || act === ev) continue;
    for (const q of ev.quantities) if (!act.quantities.some((x) => x.text === q.text)) act.quantities.push(q);
    act.actor ??= ev.actor;
    // The victims of a one-sided act ("De aanslag kostte twintig mensen het leven"); a battle's victims are no side of it.
    if (act.acled?.event_type !== 'Battles') act.recipient ??= ev.recipient;
    dropped.add(ev);
  }
  return dropped.size ? facts.filter((f) => !dropped.has(f)) : facts;
}

/**
 * The tense the parse shows for a time expression (character offsets into s.text): past when the verb it hangs on
 * is told in the past ("zijn zaterdag de straat opgegaan", "bombardeerden zondag"), so a weekday or a date without
 * a year lies before the article even when a future word stands elsewhere in the sentence; else null (the time
 * module reads the words around it).
 */
/**
 * Token i is a plural noun with no article, number, possessive or adjective of its own, in a clause whose verb
 * (or its auxiliary) is in the present tense: acts of that kind in general.
 */
function genericPlural(t: Tree, i: number, pred: number, s: Sentence, language: LanguageData): boolean {
  if (s.tokens[i]!.feats?.Number !== 'Plur') return false;
  if (t.kids[i]!.some((c) => SINGLES_OUT.has(t.rel(c)))) return false;
  let verb = pred === i ? t.head(i) : pred;
  // A noun hangs on its verb directly or through a preposition's phrase of another noun at most once.
  if (verb >= 0 && s.tokens[verb]!.upos === 'NOUN') verb = t.head(verb);
  if (verb < 0) return false;
  const aux = t.kids[verb]!.filter((c) => t.rel(c).startsWith('aux') || t.rel(c) === 'cop');
  // A perfect ("heeft ... geuit", "is ... begonnen", "have carried out") tells what happened; a present passive
  // ("worden uitgevoerd", "are carried out") may be general. (By lemma: the tagger may take a participle for a
  // finite verb.)
  const passive = language.passiveOnlyAuxiliaries.size ? language.passiveOnlyAuxiliaries : language.passiveAuxiliaries;
  if (aux.some((c) => t.rel(c).startsWith('aux') && language.auxiliaries.has(t.lemma(c)) && !passive.has(t.lemma(c)))) return false;
  const finite = [verb, ...aux].find((k) => s.tokens[k]!.feats?.VerbForm === 'Fin');
  return finite !== undefined && s.tokens[finite]!.feats?.Tense === 'Pres';
}
/** Dependents that single out one act among its kind ("de", "drie", "zijn", "massale", a relative clause). */
const SINGLES_OUT = new Set(['det', 'nummod', 'nmod:poss', 'amod', 'acl', 'acl:relcl']);

/**
 * Token i is a bare definite noun after a preposition that dates by it ("na de aanslag"; language data `anchor`):
 * nothing but the article and the preposition hangs on it ("voor de aanslag op het Telegraafgebouw", "na de
 * verkrachting van twee tieners" tell which act).
 */
function anchorsTime(t: Tree, i: number, s: Sentence, lex: TriggerLexicon): boolean {
  const kids = t.kids[i]!;
  return (
    kids.every((c) => t.rel(c) === 'case' || t.rel(c) === 'det' || t.rel(c) === 'punct') &&
    kids.some((c) => t.rel(c) === 'case' && !!rolesOf(lex, t.lower(c))?.has('anchor')) &&
    kids.some((c) => t.rel(c) === 'det' && lex.language.definiteArticles.has(s.tokens[c]!.form.toLowerCase()))
  );
}

/** The actor has one of an entry's actor types; "known_person" is a person the dictionary knows. */
function fitsActorTypes(types: string[], actor: ActorRef): boolean {
  return types.includes(actor.type) || (actor.type === 'person' && actor.id !== null && types.includes('known_person'));
}

function toldTense(s: Sentence, mlex: ReturnType<typeof modalityLexicon>): (start: number, end: number) => 'past' | null {
  let tr: Tree | null = null;
  return (start) => {
    const k = s.tokens.findIndex((x) => x.start - s.start <= start && start < x.end - s.start);
    if (k < 0) return null;
    const t = (tr ??= tree(s));
    let h = k;
    for (let n = 0; n < 4 && h >= 0 && t.tokens[h]!.upos !== 'VERB' && t.tokens[h]!.upos !== 'AUX'; n++) {
      // Not out of a subordinate clause whose verb the tagger missed ("dat zij ... eisen voor 11 september").
      if (t.kids[h]!.some((d) => t.rel(d) === 'mark')) return null;
      h = t.head(h);
    }
    if (h < 0 || t.tokens[h]!.upos !== 'VERB') return null;
    // An attachment across another verb is the parser's guess.
    for (let j = Math.min(k, h) + 1; j < Math.max(k, h); j++) if (t.tokens[j]!.upos === 'VERB') return null;
    // A participle with a perfect auxiliary, also one labelled passive ("zijn ... opgegaan" as aux:pass).
    const perfect = t.tokens[h]!.feats?.VerbForm === 'Part' && t.kids[h]!.some((d) => t.rel(d).startsWith('aux') && mlex.perfectAux.has((t.tokens[d]!.lemma ?? '').toLowerCase()));
    return toldAsPast(t, h, mlex) || perfect ? 'past' : null;
  };
}

/** A word of nobody ("niemand") in the clause before token i, hanging on it ("Niemand weet wie ... doodschoot" is no such). */
function nobodyBefore(t: Tree, i: number, lex: TriggerLexicon): boolean {
  const [lo] = clauseWindow(t, i, lex.language.clauseBreaks);
  for (let k = lo; k < i; k++) if (lex.language.nobody.has(t.lower(k)) && (t.head(k) === i || t.head(t.head(k)) === i)) return true;
  return false;
}

/** Lowers a place's precision when it is only the article's context, not said of the event. */
function contextual(loc: LocationRef): LocationRef {
  return { ...loc, precision: loc.precision === 1 ? 2 : loc.precision };
}

const KIND_BITS: Record<Mention['kind'], number> = { place: 0, actor: 1, time: 2, quantity: 3, trigger: 4, entity: 5 };

function dedupeMentions(ms: Mention[]): Mention[] {
  const seen = new Set<number | string>();
  return ms.filter((m) => {
    // Kind and span as one exact number (offsets below 2^24), else as a string: no string made per mention.
    const k = m.start >= 0 && m.end >= 0 && m.end < 1 << 24 && m.start < 1 << 24 ? (m.start * (1 << 24) + m.end) * 8 + KIND_BITS[m.kind] : `${m.kind}:${m.start}:${m.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Events, movements and control states from the dependency tree, plus the claims extractor's claims and
 * speech-act events. Every fact carries its sentence and the trigger's character span.
 */
export const parsedExtractor: Extractor = {
  name: 'parsed',
  extract(doc: Doc, article: ArticleContext): Extraction {
    const lang = doc.lang;
    const lex = triggerLexicon(lang);
    const mlex = modalityLexicon(lang);
    const demand = categories('*').get('demand');
    const mentions: Mention[] = [];
    const facts: Fact[] = [];
    // Places once per sentence, shared with actor resolution; the gazetteer is asked only where a place can be.
    const placeCache = new Map<number, PlaceMention[]>();
    const placesOf = (s: Sentence): PlaceMention[] => {
      let p = placeCache.get(s.index);
      if (!p) {
        p = s.tokens.length && mayNamePlace(s, lex.language.placeCues) ? findPlaces(s, lang) : [];
        placeCache.set(s.index, p);
      }
      return p;
    };
    const actors = titledBack(doc, resolveActorsWith(doc, placesOf, article.published.value));
    const bySentence: ResolvedActor[][] = doc.sentences.map(() => []);
    for (const r of actors) bySentence[r.sentence]?.push(r);
    for (const r of actors) mentions.push({ kind: 'actor', text: doc.text.slice(r.start, r.end), start: r.start, end: r.end, sentence: r.sentence, resolved: r.actor.name });

    const articleTime: TimeRef = { text: '', value: article.published.value, precision: article.published.precision };
    /** Each sentence's time expressions, found once and shared with the claims extractor (which reads them only). */
    const timesBySentence = new Map<number, TimeExpression[]>();
    const timesOf = (s: Sentence): TimeExpression[] => {
      let t = timesBySentence.get(s.index);
      if (!t) timesBySentence.set(s.index, (t = findTimes(s.text, { lang, ref: article.published, tenseAt: toldTense(s, mlex) })));
      return t;
    };
    /** Events whose actor is a positional guess: a speech act's speaker from the claims extractor is better. */
    const guessedActor = new Set<Fact>();
    /** Accusations whose accuser the tree did not show ("X zat erachter, zei Y" misparsed): the claim's speaker is. */
    const unattributed = new Set<Fact>();
    // (Declared so, not narrowed to null: passPlaces below sets them from inside a closure.)
    let lastPlace = null as LocationRef | null;
    let lastPlaceSentence = -99;
    let firstPlace = null as LocationRef | null;
    /** Who took what last: "biedt weerstand" is resistance against them. */
    let lastTaker: ActorRef | null = null;
    /** Who protested last, and in which sentence: a protest told again with no one named is theirs. */
    let lastProtest: { actor: ActorRef; sentence: number } | null = null;
    /** The kinds of act (PLOVER types) told in the sentences so far: a bare definite act noun of one of them is told again. */
    const toldTypes = new Set<string>();
    /** The last actor named of each generic role (police, court): who an act with an implicit agent is by. */
    const lastOfRole = new Map<string, ActorRef>();
    /** Sentences that tell an act of the story's past: one with a date well before the article, and those told on after it. */
    const pastSentences = new Set<number>();
    /** The last act dated to the day or the week, and its sentence: the day of the story told on. */
    let storyDay: { sentence: number; time: TimeRef } | null = null;

    const views = doc.sentences.map((s) => (s.tokens.length ? view(s, placesOf(s), bySentence[s.index] ?? [], lex.language.distanceNouns, doc.lang) : null));
    // The article's country: the one its places (names and adjectives) point at most often.
    const countryVotes = new Map<string, number>();
    for (const v of views) for (const p of v?.places ?? []) {
      const c = p.candidates[0]?.country;
      if (c) countryVotes.set(c, (countryVotes.get(c) ?? 0) + 1);
    }
    const articleCountry = [...countryVotes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;

    /** Per sentence, the story's country there (recent place context, else the article's): for speech acts. */
    const storyCountry: (string | null)[] = doc.sentences.map(() => null);
    for (const s of doc.sentences) {
      storyCountry[s.index] = (lastPlace?.country && s.index - lastPlaceSentence <= PLACE_REACH ? lastPlace.country : null) ?? articleCountry;
      for (const r of views[s.index - 1]?.actors ?? []) {
        const role = roleOfRef(r.actor);
        if (role) lastOfRole.set(role, r.actor);
      }
      const v = views[s.index];
      if (!v) continue;
      const sentenceActors = bySentence[s.index] ?? [];
      for (const p of v.places) mentions.push({ kind: 'place', text: p.text, start: p.start, end: p.end, sentence: s.index, resolved: p.candidates[0]?.name ?? null });
      // A place that is a state acting ("De VS zouden ..."), not a region named after one ("het zuiden van Israël").
      const isActorSpan = (p: PlaceMention) => {
        const h = spanHead(v, p);
        return sentenceActors.some((r) => r.tokenStart <= h && h < r.tokenEnd && r.actor.type === 'state');
      };
      const locative = v.places.filter((p) => !p.adjectival && p.candidates.length > 0 && !v.measured.has(p) && (!isActorSpan(p) || rolesOf(lex, caseOf(v.t, spanHead(v, p))) !== undefined));

      // A town's adjective puts what it describes there ("in een Utrechtse tram", "de Parijse politie"): where the
      // sentence names no place. A country's adjective tells whose, not where ("Franse militairen").
      const townAdjectives = locative.length ? [] : v.places.filter((p) => p.adjectival && p.candidates[0] && p.candidates[0].score >= 0.8 && TOWN_TYPES.has(p.candidates[0].featureType) && !describesPeople(v, p));
      const triggers = findTriggers(v.t, lex, { isPlace: (k) => v.placeAt[k]! >= 0, isActor: (k) => v.actorAt[k]! >= 0 });
      /** The place context the next sentences inherit: the last place named here, else where domestic actors moved the story. */
      const passPlaces = (movedTo: LocationRef | null) => {
        const named = locative.filter((p) => !isActorSpan(p));
        if (named.length) {
          // The main clause's place goes on ("is op Schiphol opgepakt omdat hij in Nepal ..." : Schiphol), else the last one named.
          const main = named.filter((p) => !inSubordinate(v.t, spanHead(v, p)));
          lastPlace = toLocation((main.length ? main : named).at(-1)!);
          lastPlaceSentence = s.index;
          firstPlace ??= toLocation(named[0]!);
        } else if (townAdjectives.length && !(lastPlace && s.index - lastPlaceSentence <= PLACE_REACH)) {
          // Weaker than a name: it sets the story's place only where no place was named just before.
          lastPlace = toLocation(townAdjectives.at(-1)!);
          lastPlaceSentence = s.index;
          firstPlace ??= toLocation(townAdjectives[0]!);
        } else if (movedTo) {
          lastPlace = movedTo;
          lastPlaceSentence = s.index;
        }
      };
      // Most sentences tell no act: none of the per-act setup below.
      if (triggers.length === 0) {
        passPlaces(null);
        continue;
      }
      const times: TimeExpression[] = timesOf(s);
      for (const x of times) {
        const [a, b] = tokenSpan(s, s.start + x.start, s.start + x.end);
        for (let k = a; k >= 0 && k <= b; k++) v.timed[k] = 1;
      }
      const quantities: Quantity[] = findQuantities(s.text, { lang });
      for (const x of times) mentions.push({ kind: 'time', text: x.text, start: s.start + x.start, end: s.start + x.end, sentence: s.index, resolved: x.value });
      for (const q of quantities) mentions.push({ kind: 'quantity', text: q.text, start: s.start + q.start, end: s.start + q.end, sentence: s.index, resolved: q.min === null ? null : String(q.min) });
      // Places inside another trigger's clause belong to that trigger, not to the sentence at large.
      const clauseOf = triggers.map((tr) => new Set(subtree(v.t, tr.i, true)));
      /** Each time expression's token span, computed once per sentence. */
      const timeSpan = new Map<TimeExpression, [number, number]>();
      const spanOfTime = (x: TimeExpression): [number, number] => {
        let sp = timeSpan.get(x);
        if (!sp) timeSpan.set(x, (sp = tokenSpan(s, s.start + x.start, s.start + x.end)));
        return sp;
      };
      const quantitySpan = new Map<Quantity, [number, number]>();
      const spanOfQuantity = (q: Quantity): [number, number] => {
        let sp = quantitySpan.get(q);
        if (!sp) quantitySpan.set(q, (sp = tokenSpan(s, s.start + q.start, s.start + q.end)));
        return sp;
      };
      const rumour = triggers.length ? hearsay(s.text.toLowerCase(), mlex) : null;
      const sentenceFacts: Fact[] = [];
      /** Deaths and injuries told of an act of the sentence: the token of that act's noun. */
      const occasions = new Map<Event, number>();
      // Fighting that hardly happened or did not happen: a transfer of territory in the same sentence was peaceful.
      let peaceful = false;
      /** The country domestic actors moved the story to (domesticCountry): the context of the next sentences. */
      let movedTo: LocationRef | null = null;

      const built = triggers.map((trig) => {
        const e = trig.entry;
        const cat = e.category;
        const args = argumentsOf(v, trig, lex);
        // The act's own word is no one acting or undergoing it ("schietpartij" ends in "partij", a party); a name
        // joined to it by a hyphen is ("EU-top").
        for (const role of ['actor', 'recipient'] as const) {
          const r = args[role];
          if (r && r.tokenStart === trig.i && r.tokenEnd === trig.i + 1 && !s.tokens[trig.i]!.form.includes('-')) args[role] = null;
        }
        const pred = predicateOf(v.t, trig.i, e.noun);
        let mod = modalityOf(v.t, trig.i, pred, mlex, clauseWindow(v.t, pred, lex.language.clauseBreaks));
        if (mod.modality === 'asserted' && rumour) mod = { modality: 'reported', cue: rumour };
        if ((cat.name === 'fight' || cat.name === 'attack') && (mod.modality === 'hedged' || mod.modality === 'negated')) peaceful = true;
        return { trig, args, mod, pred };
      });

      // Acts that take a content (a deal, a demand, a threat): their trigger and multiword parts.
      const contentOwner = new Map<number, number>();
      triggers.forEach((tr, n) => {
        if (tr.entry.category.content) for (const k of [tr.i, ...tr.parts]) contentOwner.set(k, n);
      });
      /** "eisen het vertrek van de troepen", "een deal dat de militairen zullen vertrekken": part of that act. */
      const insideContent = (i: number, n: number): boolean => {
        let k = i;
        for (let step = 0; step < 3; step++) {
          const r = v.t.rel(k);
          if (!CONTENT_EDGE.has(r)) return false;
          // A participle describes the act ("a deal brokered by Russia"), it is not its content.
          if (s.tokens[k]!.upos === 'VERB' && s.tokens[k]!.feats?.VerbForm === 'Part' && !v.t.kids[k]!.some((c) => v.t.rel(c).startsWith('aux'))) return false;
          const h = v.t.head(k);
          if (h < 0) return false;
          const o = contentOwner.get(h);
          if (o !== undefined && o !== n) return true;
          k = h;
        }
        return false;
      };
      /**
       * One event told by two triggers of the same type: a noun in the clause of a verb ("bij de aanslag kwamen
       * 157 burgers om", "bij gevechten zijn elf mensen omgekomen"), or a verb conjoined to one with the same
       * subject and a compatible mode ("opende het vuur ... en doodde vijftig mensen"; leaving posts and
       * surrendering are two acts). The first verb tells it.
       */
      const sameEvent = (trig: Trigger, n: number): boolean => {
        const type = trig.entry.category.type;
        const kind = trig.entry.category.kind;
        let h = v.t.head(trig.i);
        if (h < 0) return false;
        // "veroordeeld tot zes jaar gevangenisstraf": the noun on a measure of it ("zes jaar") on the verb.
        if (trig.entry.noun && v.t.rel(trig.i) === 'nmod' && s.tokens[h]!.upos === 'NOUN' && v.t.head(h) >= 0 && v.t.kids[h]!.some((c) => v.t.rel(c) === 'nummod') && !triggers.some((tr) => tr.i === h)) h = v.t.head(h);
        const other = triggers.findIndex((tr, m) => m !== n && tr.i === h && tr.entry.category.type === type && tr.entry.category.kind === kind && (trig.entry.noun || tr.entry.category === trig.entry.category || !tr.entry.category.mode || !trig.entry.category.mode));
        if (other < 0) return false;
        const r = v.t.rel(trig.i);
        // A noun on a noun of the same act ("de geweldsexplosie tijdens de protestdag van de gele hesjes") tells it too:
        // the outer one, which takes the inner one's actor when it has none (built before any is emitted).
        if (trig.entry.noun) return (r === 'obl' || r === 'obl:arg' || r === 'nmod') && (!triggers[other]!.entry.noun || r === 'nmod');
        // Conjoined with "en" in one clause, no comma between: a list of clauses tells separate acts.
        if (r !== 'conj' || v.t.kids[trig.i]!.some((c) => SUBJ(v.t.rel(c))) || trig.i - h > 15) return false;
        // "steekt vier mensen dood en wordt door de politie doodgeschoten": the shared subject does one and undergoes the other.
        if (isPassive(v.t, trig.i, lex) !== isPassive(v.t, h, lex)) return false;
        for (let k = h + 1; k < trig.i; k++) if (s.tokens[k]!.upos === 'PUNCT') return false;
        return true;
      };
      const lemmaAt = (k: number) => (s.tokens[k]!.lemma ?? s.tokens[k]!.form).toLowerCase();
      /** Token k is part of an actor or place mention: a detail of its own for an act noun. */
      const named = (k: number) => v.actorAt[k]! >= 0 || v.placeAt[k]! >= 0;
      /** A source named at k: "volgens de politie", "volgens hem", "volgens waarnemers" (not "volgens de regels"). */
      const saidBy = (k: number) => k >= 0 && (v.actorAt[k]! >= 0 || (['PROPN', 'PRON', 'NOUN'].includes(s.tokens[k]!.upos ?? '') && !lex.language.notSources.has(lemmaAt(k))));

      built.forEach(({ trig, args }, n) => {
        const outer = trig.entry.noun && v.t.rel(trig.i) === 'nmod' ? built.find((b) => b.trig.i === v.t.head(trig.i) && b.trig.entry.noun && b.trig.entry.category.type === trig.entry.category.type) : undefined;
        if (outer && !outer.args.actor && args.actor && sameEvent(trig, n)) Object.assign(outer.args, { actor: args.actor, actorFromTree: args.actorFromTree, agentless: false });
      });
      // "verdacht van de moord op ...", "veroordeeld voor de aanslag": an act someone is charged with is theirs when
      // nothing else in the sentence says who did it.
      built.forEach(({ trig, args }) => {
        if (args.actor || trig.entry.category.kind !== 'event') return;
        const charging = (h: number) => built.find((b) => b.trig.i === h && b.trig.entry.category.charges);
        const charge = charging(chargedBy(v.t, trig.i, lex, (h) => charging(h) !== undefined));
        if (charge?.args.recipient) Object.assign(args, { actor: charge.args.recipient, actorFromTree: true, agentless: false });
      });
      built.forEach(({ trig, args, mod, pred }, n) => {
        const e = trig.entry;
        const cat = e.category;
        const tok = s.tokens[trig.i]!;
        if (!cat.ownAct && insideContent(trig.i, n)) return;
        if (sameEvent(trig, n)) return;
        // "is moeilijk in te nemen": a statement about the place, not an act.
        if (GENERIC_EDGE.has(v.t.rel(pred)) && v.t.head(pred) >= 0 && mlex.genericPredicates.has(lemmaAt(v.t.head(pred)))) return;
        if (e.actorTypes && !(args.actor && fitsActorTypes(e.actorTypes, args.actor.actor))) return;
        if (e.peopleVictim && !peopleUndergo(v, trig.i, args.recipient)) return;
        if (cat.armed && !e.noun && ![args.actor, args.recipient].some((r) => r && (FIGHTING.has(r.actor.type) || (r.actor.type === 'unknown' && !nounActors.has(r))))) return;
        // A fight between politicians, parties or media ("besloot de strijd met Clinton niet aan te gaan") is a figure
        // of speech; one side alone may order a real one ("Abiy Ahmed ordered a military offensive").
        if (cat.armed && e.noun && args.actor && args.recipient && UNARMED.has(args.actor.actor.type) && UNARMED.has(args.recipient.actor.type)) return;
        // A noun alone ("kwetsbaar voor aanvallen") is no event: it needs an argument of its own.
        // A determined noun ("een nieuwe raketaanval", "de aanslag") is an event of its own even without them.
        // So is a described one ("massale protesten", "economische spionage"): an adjective singles it out.
        // (On a bare plural only an adjective of scale or manner does: "massale protesten" took place, "islamistische
        // aanslagen" and "illegale demonstraties" are kinds of act; an argument of a verb is told as done, "held military drills".)
        const plural = tok.feats?.Number === 'Plur' && v.t.head(trig.i) >= 0 && s.tokens[v.t.head(trig.i)]!.upos !== 'VERB';
        const singles = (c: number) => s.tokens[c]!.upos === 'ADJ' && (!plural || lex.language.occurrenceAdjectives.has(lemmaAt(c)) || lex.language.occurrenceAdjectives.has(v.t.lower(c)));
        const determined = v.t.kids[trig.i]!.some((c) => v.t.rel(c) === 'det' || v.t.rel(c) === 'nummod' || (v.t.rel(c) === 'amod' && singles(c)));
        if (e.noun && !args.actor && !args.recipient && !args.placeInClause && !determined && !measuredByPeriod(v.t, trig.i, times.filter((x) => x.type === 'duration').map(spanOfTime))) return;
        // "die strijd", "this attack": a noun pointing back at an event told before.
        if (e.noun && v.t.kids[trig.i]!.some((c) => v.t.rel(c) === 'det' && lex.language.demonstratives.has(v.t.lower(c)))) return;
        // "condemned the invasion", "protested against the coup": a reaction to an act told before.
        if (e.noun && onlyRefersBack(v.t, trig.i, lex, named)) return;
        // "De demonstratie verliep rustig": an act of a kind told in an earlier sentence, named again (unless the
        // sentence says where: "De arrestaties vonden plaats in Amsterdam").
        if (e.noun && !args.actor && !args.recipient && locative.length === 0 && toldTypes.has(cat.type) && toldAgain(v.t, trig.i, lex, named)) return;
        // "open voor een gesprek", "het gesprek op gang brengen": a talk or a visit with nobody, nowhere and no time of its
        // own (nor a time in the sentence: "Woensdag vond het eerste overleg plaats") is no particular act.
        // (A partner the parser hung on the verb counts: "Er is geen overleg geweest tussen de IND en Wijchen".)
        if (e.noun && cat.genericNoun && !args.actor && !args.recipient && !args.placeInClause && !times.some((x) => x.type !== 'duration') && noDetails(v.t, trig.i, lex, named, true) && !partnerOnVerb(v.t, trig.i, cat, lex)) return;
        if (e.needsRecipient && !args.recipient) return;
        // "twee mannen opgepakt die worden verdacht van plofkraken": a suspicion in a relative clause on its suspect
        // describes who they are; the act told is the other one.
        if (cat.charges && cat.type === 'ACCUSE' && v.t.rel(pred) === 'acl:relcl' && isPassive(v.t, pred, lex)) return;
        // "Het is verboden om ...", "verboden terrein", "harder dan toegestaan": a standing rule, no act of banning.
        if (lex.language.stateParticiples.has(v.t.lower(trig.i)) && standingRule(v.t, trig.i, lex)) return;
        // Deaths in a storm or a flood are no violence (ACLED leaves natural disasters out): no actor, and a disaster
        // told in this sentence or the two before.
        if (cat.type === 'ASSAULT' && !args.actor && disasterNear(doc, s.index, lex)) return;
        // "Niemand raakte gewond", "er vielen geen doden": no casualties is a fact about another act, not an act.
        if (cat.victimSubject && mod.modality === 'negated') return;
        // ... also when the parse missed the negation: "nobody" before a death or injury told of its victims (or of a
        // participle: "dat niemand is gedood") in the clause.
        if (cat.type === 'ASSAULT' && (cat.victimSubject || tok.feats?.VerbForm === 'Part') && nobodyBefore(v.t, trig.i, lex)) return;
        // "In gesprek met het weekblad X", "in an interview with the BBC": talking to the press is the medium of a
        // statement, not a consultation.
        if (cat.type === 'CONSULT' && args.recipient && interview(s, trig.i, args.recipient, doc.lang)) return;
        // "Twee dagen na de aanslag", "hours before the attacks": a definite act noun with nothing of its own that
        // dates something else refers to an act told before.
        if (e.noun && !args.actor && !args.recipient && !args.placeInClause && anchorsTime(v.t, trig.i, s, lex)) return;
        // "De aanslag is een van de dodelijkste": a definite noun with nothing of its own, subject of a copula,
        // evaluates an event told before.
        if (e.noun && !args.actor && !args.recipient && !args.placeInClause && v.t.rel(trig.i).startsWith('nsubj')) {
          const definite = v.t.kids[trig.i]!.some((c) => v.t.rel(c) === 'det' && lex.language.definiteArticles.has(v.t.lower(c)));
          const h = v.t.head(trig.i);
          if (definite && h >= 0 && v.t.kids[h]!.some((c) => v.t.rel(c) === 'cop')) return;
        }

        // Time: an expression in the trigger's clause, else the nearest dated one in the sentence, else the article date.
        // The trigger's clause: the same set clauseOf built for it (built follows triggers one to one); a nominal
        // act that is the subject or object of a verb also takes the verb's own adverbials ("zijn vorig jaar zes
        // aanslagen gepleegd").
        const clause = clauseOf[n]!;
        const inClause = (x: TimeExpression) => {
          const [a, b] = spanOfTime(x);
          for (let k = a; k >= 0 && k <= b; k++) if (clause.has(k) || (pred !== trig.i && v.t.head(k) === pred)) return true;
          return false;
        };
        const dated = times.filter(DATED);
        // Of the clause's dates, one on the predicate itself before one inside a noun phrase ("heeft het akkoord uit
        // december gisteren goedgekeurd": gisteren).
        const onPredicate = (x: TimeExpression) => {
          const [a, b] = spanOfTime(x);
          for (let k = a; k >= 0 && k <= b; k++) {
            const h = v.t.head(k);
            if (h < a || h > b) return h === pred || h === trig.i;
          }
          return false;
        };
        const own = dated.find((x) => inClause(x) && onPredicate(x)) ?? dated.find(inClause);
        const pastVague = own ? undefined : times.find((x) => x.type === 'vague' && x.value === 'PAST_REF' && inClause(x));
        // (Not a date in a clause of reason or time on it: "is vier jaar geëist omdat hij vorig jaar ... vluchtte".)
        const inFactClause = (x: TimeExpression) => {
          for (let k = spanOfTime(x)[0], n = 0; k >= 0 && k !== pred && n < 12; k = v.t.head(k), n++) {
            if (factualClause(v.t, k, mlex)) {
              // (Unless the act is in that clause too: "omdat hij vorig jaar ... veroorzaakte en is gevlucht".)
              for (let p = pred, m = 0; p >= 0 && m < 12; p = v.t.head(p), m++) if (p === k) return false;
              return true;
            }
          }
          return false;
        };
        const single = !own && !pastVague && dated.length === 1 && !inFactClause(dated[0]!) ? dated[0] : undefined;
        let chosen = own ?? pastVague ?? single;
        // "drone-aanvallen worden uitgevoerd door de CIA", "drone strikes are a tool": a bare plural act noun in a
        // present-tense clause, with no time, place or count of its own, speaks of such acts in general.
        if (e.noun && !own && !pastVague && !args.placeInClause && !args.place && genericPlural(v.t, trig.i, pred, s, lex.language)) return;
        let modality: Modality = mod.modality;
        // A date after the article is a deadline or a plan ("eisen ... voor 11 september"), not when a fact
        // already asserted happened: the article's date dates it.
        // A retreat dated after the article is announced ("laat weten dat hij voor 28 april zijn functie neerlegt").
        // Not one told in the past tense ("invaded Ukraine in February 2022" in an older article).
        if (chosen && cat.announced && (modality === 'asserted' || modality === 'reported') && after(chosen, article.published) && !toldAsPast(v.t, pred, mlex)) {
          modality = 'future';
          // The concession is the announcement: dated by a date of the sentence that is not ahead ("maandag"), else the article's.
          chosen = dated.find((x) => x !== chosen && !after(x, article.published));
        }
        if (chosen && modality !== 'future' && modality !== 'hypothetical' && after(chosen, article.published)) chosen = undefined;
        let time: TimeRef = chosen ? timeRefOf(chosen) : articleTime;
        // "sloten eerder een deal", "in het verleden": before the article, without a date of its own.
        const pastWord = v.t.kids[pred]!.some((c) => v.t.rel(c) === 'advmod' && mlex.pastWords.has(v.t.lower(c)));
        // The story's past told on: a past-tense clause without a date right after a sentence told of the past ("Vorig
        // jaar blies de bende 54 geldautomaten op. Ze sloegen toe in Emsdetten ...").
        const toldOn = !chosen && pastSentences.has(s.index - 1) && toldInPast(v.t, pred, mlex);
        const datedPast = !!chosen && isHistorical(time, article.published);
        // "Volgens het leger is de raket afgevuurd door Hamas": only the source says so ("volgens de regels" names no
        // source). An accusation or a denial "volgens X" is X's statement itself, an act that happened.
        if (modality === 'asserted' && !cat.speech && !cat.aboutActs && !cat.content && saidBy(attributedTo(v.t, [trig.i, pred], lex))) modality = 'reported';
        if (modality === 'asserted' && (pastVague || pastWord || datedPast || toldOn || pluperfect(v.t, pred, mlex))) modality = 'historical';
        if (modality === 'historical' && (datedPast || toldOn)) pastSentences.add(s.index);
        // Background without a date of its own is undated: the article's date is not when it happened.
        if (modality === 'historical' && !chosen) time = UNDATED;
        // The story's day told on: an act told in the past with no date of its own, a few sentences after one dated to
        // the day or the week ("Afgelopen vrijdag ... Ook raakten tientallen personen gewond"), happened then, not on
        // the article's date. (Its day: a clock time belongs to the other act.)
        else if (!chosen && !times.some(inClause) && storyDay && s.index - storyDay.sentence <= STORY_DAY_REACH && (toldAsPast(v.t, pred, mlex) || toldInPast(v.t, pred, mlex))) {
          time = { text: '', value: storyDay.time.value!.slice(0, 10), precision: storyDay.time.precision };
        }
        if (chosen && DATED(chosen) && (time.precision === 'day' || time.precision === 'week') && modality !== 'historical' && modality !== 'future') {
          storyDay = { sentence: s.index, time };
        }

        // Location: the clause's place, the sentence's, the place a pro-form points at, the article's context.
        let location: LocationRef | null = null;
        let placeSaid = false;
        if (args.place) {
          location = toLocation(args.place);
          placeSaid = true;
        } else if (args.placePronoun && lastPlace) {
          location = lastPlace;
          placeSaid = true;
        } else if (args.countryNoun && articleCountry) {
          location = countryLocation(articleCountry, args.countryNoun);
          placeSaid = true;
        }
        const free = location ? [] : locative.filter((p) => {
          const k = v.placeSpan.get(p)![0];
          const roles = rolesOf(lex, caseOf(v.t, k));
          if (cat.firedFrom && roles?.has('origin')) return false;
          // Where another verb goes ("... en reden terug naar Nederland") is not where this act happened; nor is an
          // agent ("de door de VS gesteunde strijdkrachten").
          if (roles?.has('destination') && verbOver(v.t, k) !== trig.i) return false;
          if (roles?.has('agent')) return false;
          return !clauseOf.some((c, m) => m !== n && c.has(k));
        });
        // (An act noun inside this act's own clause is its occasion, "Bij een steekpartij in een Haagse tram raakte ...":
        // its town is this act's too.)
        const town = location || free.length ? [] : townAdjectives.filter((p) => !clauseOf.some((c, m) => m !== n && c.has(v.placeSpan.get(p)![0]) && !clauseOf[n]!.has(triggers[m]!.i)));
        if (location) {
          // said in the clause
        } else if (free.length || town.length) {
          const near = free.length ? free : town;
          location = toLocation(near.reduce((a, b) => (Math.abs(v.placeSpan.get(b)![0] - trig.i) < Math.abs(v.placeSpan.get(a)![0] - trig.i) ? b : a)));
          placeSaid = true;
        } else if (cat.ownTerritory && args.actor && args.actor.actor.type === 'state' && args.actor.actor.country) {
          // A state acting with no place named: its own territory, at country precision.
          location = countryLocation(args.actor.actor.country, '');
        } else if (cat.contextPlace) {
          const ctx = lastPlace && s.index - lastPlaceSentence <= PLACE_REACH ? lastPlace : firstPlace;
          // No place named so far: the article's country, at country precision.
          location = ctx ? contextual(ctx) : articleCountry ? countryLocation(articleCountry, '') : null;
        } else if (articleCountry) {
          // Diplomacy and the like: no nearby place stands in, but the story's country does, at country precision:
          // the country of the place context when recent (an item of a news round-up), else the article's.
          location = countryLocation(storyCountry[s.index]!, '');
        }
        // Police, protesters and citizens of another country than the context's act at home ("Soedanezen
        // belagen ...", "de Duitse politie pakte ... op"): a later item of a news round-up, not the earlier one's place.
        const home = placeSaid || cat.kind !== 'event' ? null : domesticCountry(v, args.actor);
        if (home && location?.country !== home) {
          location = countryLocation(home, '') ?? location;
          movedTo ??= location;
        }

        // A pronoun resolved to the very role that does this act to others ("Ze werden opgepakt" after a fight with the
        // police: not the police) is an antecedent the resolver got wrong.
        const selfDone = !!e.implicitAgent && args.recipient?.via === 'coreference' && args.recipient.actor.type === actorDictionary().roles[e.implicitAgent]?.type;
        // "condemned the invasion", "protested against the coup": a reaction to an act told before is aimed at whoever did it.
        const reactedTo = () => doerOfActTaken(v, trig.i, (c) => introducesRecipient(lex, e, caseOf(v.t, c)), lex, [facts, sentenceFacts], args.actor?.actor ?? null);
        const recipient = selfDone ? null : (args.recipient?.actor ?? (cat.aboutActs && !e.noun ? reactedTo() : null));
        const actor = (args.actor && localRole(v, args.actor, location)) ?? impliedAgent(e, args, v, location, recipient, lastOfRole, storyCountry[s.index] ?? actorLang(lex.lang).homeCountry);
        const qs = quantitiesIn(v, quantities, args.phrases, spanOfQuantity);
        const partsText = trig.parts.length ? ' … ' + [...trig.parts].sort((a, b) => a - b).map((p) => s.tokens[p]!.form).join(' ') : '';
        const confidence = Math.min(0.95, e.confidence + (args.actorFromTree ? 0.1 : actor ? 0.03 : -0.1) + (placeSaid ? 0.05 : 0));
        const base = {
          type: cat.type,
          mode: cat.mode,
          acled: acledOf(cat, actor, recipient, cat.territory && peaceful),
          cameo: cat.cameo,
          actor,
          recipient,
          location,
          time,
          quantities: qs,
          modality,
          source: { article: article.id, sentence: s.index, start: tok.start, end: tok.end, text: s.text },
          confidence: Math.max(0.05, Number(confidence.toFixed(2))),
          trigger: tok.form + partsText,
        };
        mentions.push({ kind: 'trigger', text: tok.form, start: tok.start, end: tok.end, sentence: s.index, resolved: cat.kind === 'state' ? 'CONTROL' : cat.type });

        if (cat.kind === 'movement') {
          let from = args.from ? toLocation(args.from) : null;
          let to = args.to ? toLocation(args.to) : null;
          const border = [args.place, args.to].find((p) => p?.candidates[0]?.featureType === 'border');
          if (border) {
            const ends = borderEnds(border, actor, lang);
            to = ends.to ?? to;
            from = ends.from ?? from;
          }
          if (!to && cat.name === 'arrive' && location && placeSaid) to = location;
          if (!from && actor?.country && to?.country && to.country !== actor.country && cat.name !== 'arrive') from = countryLocation(actor.country, '');
          const m: Movement = { ...base, kind: 'movement', from, to, location: to ?? location };
          sentenceFacts.push(m);
          return;
        }
        // Control is of a place the sentence names ("Panjshir", "de districten", "het gebied"), not of the story's
        // context: "krijgt de handen op elkaar", "heeft munitie in handen" hold no territory.
        const placeHeld = (cat.kind === 'state' || cat.territory) && (placeSaid || argumentPlace(v, trig, lex));
        if (cat.kind === 'state') {
          if (!placeHeld) return;
          // "X heeft Y in handen" (hold): X holds; "Y is in handen van X" (held_by); "Y biedt weerstand" (resists X).
          let holder = actor;
          let place = location;
          const stateModality: Modality = modality;
          if (cat.holderAgent) {
            if (!locative.some((p) => v.placeSpan.get(p)![1] < trig.i)) return;
            const h = v.actors.find((r) => r.tokenStart > trig.i && r.tokenStart - trig.i <= 6);
            holder = h?.actor ?? null;
            const before = locative.filter((p) => v.placeSpan.get(p)![1] < trig.i);
            if (before.length) place = toLocation(before[before.length - 1]!);
          }
          if (!holder && !place) return;
          const share = qs[0] ?? null;
          const st: ControlState = { ...base, kind: 'state', type: 'CONTROL', mode: null, acled: null, cameo: null, actor: holder, recipient: null, holder, place, location: place, share, modality: stateModality };
          sentenceFacts.push(st);
          return;
        }
        // "zei dat alle militairen moeten vertrekken": an obligation in what someone says is their demand.
        const obliged = v.t.kids[pred]!.some((c) => v.t.rel(c).startsWith('aux') && mlex.obligationAux.has(lemmaAt(c)));
        const speech = v.t.head(pred);
        if (obliged && v.t.rel(pred) === 'ccomp' && speech >= 0 && mlex.speechVerbs.has(lemmaAt(speech)) && demand) {
          const speaker = actorOf(v, subjectOf(v.t, speech, lex.language).k)?.actor ?? null;
          const req: Event = { ...base, kind: 'event', type: demand.type, mode: 'change', cameo: demand.cameo, acled: demand.acled, actor: speaker, recipient: null, quantities: [], modality: 'asserted' };
          sentenceFacts.push(req);
          return;
        }
        // Announcing a retreat is a concession made now ("zal voor 28 april aftreden"); not recognising someone
        // is a rejection ("erkennen Maduro niet meer"), unless only on a condition ("als het Lagerhuis de deal niet goedkeurt").
        const ev: Event =
          cat.announced && modality === 'future'
            ? { ...base, kind: 'event', type: cat.announced, mode: null, acled: null, modality: 'asserted' }
            : cat.negated && modality === 'negated'
              ? { ...base, kind: 'event', type: cat.negated, mode: null, acled: null, modality: conditionOf(v.t, pred, mlex) >= 0 ? 'hypothetical' : 'asserted' }
              : { ...base, kind: 'event' };
        // "biedt weerstand": resisting whoever took the land last.
        if (cat.resists && !ev.recipient) ev.recipient = lastTaker;
        // "Net als eerder zijn vreedzame betogingen uitgelopen op rellen": a protest noun naming no one, shortly after
        // a protest by a known group, is that group's.
        if (cat.type === 'PROTEST' && e.noun && !ev.actor && lastProtest && s.index - lastProtest.sentence <= PROTEST_REACH) ev.actor = lastProtest.actor;
        if (cat.type === 'PROTEST' && ev.actor && ev.actor.type !== 'unknown') lastProtest = { actor: ev.actor, sentence: s.index };
        if (cat.peopleRecipient && recipient && PEOPLE.has(recipient.type) && !namesDiplomat(recipient, lex.language)) {
          ev.type = cat.peopleRecipient[0];
          ev.mode = cat.peopleRecipient[1];
        }
        if (cat.armedRecipient && recipient && ARMED.has(recipient.type)) {
          ev.type = cat.armedRecipient[0];
          ev.mode = cat.armedRecipient[1];
          ev.acled = ev.mode === 'abduct' ? { event_type: 'Violence against civilians', sub_event_type: 'Abduction/forced disappearance' } : { event_type: 'Battles', sub_event_type: 'Armed clash' };
        }
        if (!args.actorFromTree) guessedActor.add(ev);
        if (args.occasion >= 0) occasions.set(ev, args.occasion);
        if (e.subject === 'accused' && !ev.actor) unattributed.add(ev);
        sentenceFacts.push(ev);
        if (cat.territory && actor) lastTaker = actor;
        // A place taken is a place held by the taker from then on; one not taken is not held by them.
        // Power taken in a coup too: the place named, else the putschists' country; a coup told as history is
        // background to the story, not who holds power now.
        if (cat.takesPower && !location && actor?.country) location = countryLocation(actor.country, '');
        if (((cat.territory && placeHeld) || (cat.takesPower && modality !== 'historical')) && (actor || location) && modality !== 'hypothetical' && modality !== 'future') {
          const st: ControlState = {
            ...base,
            kind: 'state',
            type: 'CONTROL',
            mode: null,
            acled: null,
            cameo: null,
            holder: actor,
            place: location,
            share: qs[0] ?? null,
            recipient: null,
            confidence: Math.max(0.05, Number((base.confidence * 0.9).toFixed(2))),
          };
          sentenceFacts.push(st);
        }
      });
      facts.push(...atOccasions(sentenceFacts, occasions, s));
      for (const f of sentenceFacts) if (f.kind === 'event') toldTypes.add(f.type);
      passPlaces(movedTo);
    }

    // Claims and speech-act events; a speech act the claims extractor found replaces ours in that sentence.
    const c = extractClaims(doc, article, actors, { timesOf });
    // One event per speech act: ours (tree arguments, modality) carries the link to the claim; theirs stands
    // where we found none.
    const ours = new Map<string, Event>();
    for (const f of facts) if (f.kind === 'event') ours.set(`${f.source.sentence}:${f.type}`, f);
    const extra: Fact[] = [];
    for (const e of c.events) {
      const mine = ours.get(`${e.source.sentence}:${e.type}`);
      // A promise whose content is a threat ("belooft annexatie", "zal hard terugslaan") is that threat.
      if (!mine && e.type === 'AGREE' && ours.has(`${e.source.sentence}:THREATEN`)) continue;
      if (!mine) {
        // A speech act names no place of its own: the story's country, at country precision, as for ours.
        const iso = storyCountry[e.source.sentence];
        if (!e.location && iso) e.location = countryLocation(iso, '');
        // A reaction to an act told before ("condemned the invasion"): aimed at whoever did it.
        const v = views[e.source.sentence];
        // (Speech-act events have the sentence as their source; the cue's first word is the verb.)
        const word = (e.trigger ?? '').split(/[\s…]+/)[0];
        const cue = v && word ? v.s.tokens.findIndex((x) => x.form === word) : -1;
        if (!e.recipient && v && cue >= 0) e.recipient = doerOfActTaken(v, cue, (c) => !!rolesOf(lex, caseOf(v.t, c))?.has('against'), lex, [facts], e.actor);
        extra.push(e);
        continue;
      }
      // (Not the one it is done to: "werd opgepakt en beschuldigd van ..." has its subject as recipient.)
      const actor = e.actor && (!mine.actor || guessedActor.has(mine)) && !sameActor(e.actor, mine.recipient) ? e.actor : mine.actor;
      Object.assign(mine, { claim: e.claim, mode: mine.mode ?? e.mode, actor, recipient: mine.recipient ?? e.recipient });
    }
    for (const f of facts) {
      if (!unattributed.has(f) || f.kind !== 'event') continue;
      const said = c.claims.filter((x) => x.kind === 'claim' && x.source.sentence === f.source.sentence && x.speaker);
      if (said.length === 1 && said[0]!.kind === 'claim') f.actor = said[0]!.speaker;
    }
    facts.push(...c.claims, ...extra);
    speakForPrincipals(facts, doc, actors.map((r) => r.actor));
    weForSpeakers(facts, doc, article.published.value);
    mentions.push(...c.mentions);
    facts.sort((a, b) => a.source.sentence - b.source.sentence || a.source.start - b.source.start);
    return { mentions: dedupeMentions(mentions).sort((a, b) => a.start - b.start || a.end - b.end), facts };
  },
};
