// Actors of an article after linking and coreference: dictionary mentions (findActors), named entities kept as
// new actors, and pronouns, relative pronouns and short descriptions resolved to the most recent compatible actor.
import type { ActorRef, Doc, Entity, Lang, Sentence, Token } from '../../model/index.js';
import { actorDictionary, findActors, findPlaces, guessActorType, type ActorMention, type PlaceMention } from '../../resolve/index.js';
import { heldAt, roleActor, toRef } from '../../resolve/actors.js';
import { actorLang, placeLang } from '../../resolve/lang.js';
import { sentenceForms, tokenLowers, type KeyedForm } from '../../resolve/normalize.js';
import { memo, readLexicon } from '../lexicon/load.js';
import { triggerLexicon } from '../lexicon/triggers.js';
import type { ResolvedActor } from '../types.js';
import type { Actor } from '../../resolve/actors.js';

type Kind = 'person' | 'group' | 'state';

interface PronounEntry {
  number: 'sing' | 'plur' | 'verb';
  kinds: Kind[];
  demonstrative?: boolean;
}

interface CorefLexicon {
  pronouns: Map<string, PronounEntry>;
  relative: Set<string>;
  descriptions: Map<string, Set<string>>;
  /** Ages that describe a person already named ("de 52-jarige"), with the definite determiners that mark it. */
  personBack: { age: RegExp; definite: Set<string> } | null;
  /** Indefinite articles: "een groep" introduces a group, it does not refer back. */
  indefinite: Set<string>;
  /** Demonstratives: "deze groep" is the last one told of any of the description's types. */
  demonstrative: Set<string>;
}

const corefLexicon = memo((lang: string): CorefLexicon => {
  const raw = (readLexicon('coref', lang) ?? {}) as {
    pronouns?: Record<string, PronounEntry>;
    relative?: string[];
    descriptions?: Record<string, string[]>;
    person_back?: { age: string; definite: string[] };
    indefinite?: string[];
    demonstrative?: string[];
  };
  const pb = raw.person_back;
  return {
    pronouns: new Map(Object.entries(raw.pronouns ?? {})),
    relative: new Set(raw.relative ?? []),
    descriptions: new Map(Object.entries(raw.descriptions ?? {}).map(([k, v]) => [k, new Set(v)])),
    personBack: pb ? { age: new RegExp(pb.age, 'u'), definite: new Set(pb.definite) } : null,
    indefinite: new Set(raw.indefinite ?? []),
    demonstrative: new Set(raw.demonstrative ?? []),
  };
});

/** guessActorType per language and word, remembered: the same nouns come back in every article. */
const typeCache = new Map<Lang, Map<string, string>>();
function typeOf(word: string, lang: Lang, lower = word.toLowerCase()): string {
  let byWord = typeCache.get(lang);
  if (!byWord) typeCache.set(lang, (byWord = new Map()));
  const k = lower;
  let t = byWord.get(k);
  if (t === undefined) {
    t = guessActorType(word, lang);
    if (byWord.size > 50_000) byWord.clear();
    byWord.set(k, t);
  }
  return t;
}

export function actorKind(type: string): Kind {
  if (type === 'person') return 'person';
  if (type === 'state' || type === 'government') return 'state';
  return 'group';
}

/**
 * What the coreference pass's word lists say of a token form, kept on its keyed form (the same words come back in
 * every article: one read instead of a lookup per list). `lower` is the form in lower case.
 */
interface FormCoref {
  lang: Lang;
  lex: CorefLexicon;
  titles: Record<string, string>;
  /** peoplePlural(form, lang) */
  people: string | null;
  /** titles[lower] */
  title: string | undefined;
  relative: boolean;
  pronoun: PronounEntry | undefined;
  description: boolean;
}
function formCoref(f: KeyedForm, form: string, lower: string, lang: Lang, lex: CorefLexicon, titles: Record<string, string>): FormCoref {
  const known = f.coref as FormCoref | undefined;
  if (known && known.lex === lex && known.titles === titles && known.lang === lang) return known;
  const info: FormCoref = {
    lang,
    lex,
    titles,
    people: peoplePlural(form, lang),
    title: titles[lower],
    relative: lex.relative.has(lower),
    pronoun: lex.pronouns.get(lower),
    description: lex.descriptions.has(lower),
  };
  f.coref = info;
  return info;
}

/** Enough of the article to find its country focus ("de jihadisten" in an Afghan story); bounded so each sentence costs the same. */
const CONTEXT_CHARS = 1500;
/** How many earlier actor mentions a reference may reach back to. */
const LOOKBACK = 60;
/** Sentences before a bare role noun that may show another country's story (localKind). */
const LOCAL = 3;

function tokenRange(s: Sentence, start: number, end: number): [number, number] {
  let a = -1;
  let b = -1;
  for (const t of s.tokens) {
    if (t.end > start && t.start < end) {
      if (a < 0) a = t.i;
      b = t.i + 1;
    }
  }
  return a < 0 ? [0, 0] : [a, b];
}

/** Sorts mentions by start (stably, as Array.sort does); most come in order already, and are left so without a sort's copy. */
function byStart(own: ResolvedActor[]): void {
  for (let k = 1; k < own.length; k++) {
    if (own[k]!.start < own[k - 1]!.start) {
      own.sort((x, y) => x.start - y.start);
      return;
    }
  }
}

function viaOf(m: ActorMention): ResolvedActor['via'] {
  return m.via === 'alias' || m.via === 'descriptive' || m.via === 'compound' ? 'dictionary' : 'pattern';
}

/** Each head's dependents in token order, built once per sentence (indexed by the head value, as the scans compared). */
type Kids = (Token[] | undefined)[];
const NO_KIDS: Token[] = [];
function kidsOf(s: Sentence): Kids {
  const kids: Kids = [];
  for (const d of s.tokens) {
    // The root's -1 is never asked for: the scans ask by token index.
    if (d.head === undefined || d.head < 0) continue;
    const list = kids[d.head];
    if (list) list.push(d);
    else kids[d.head] = [d];
  }
  return kids;
}

/** Grammatical number of a subject pronoun, from its finite verb (or that verb's auxiliaries). */
function verbNumber(s: Sentence, t: Token, kids: () => Kids): 'Sing' | 'Plur' | null {
  if (t.head === undefined || t.head < 0 || !t.deprel?.startsWith('nsubj')) return null;
  const head = s.tokens[t.head];
  if (!head) return null;
  const own = head.feats?.Number;
  if (own === 'Sing' || own === 'Plur') return own;
  for (const d of kids()[head.i] ?? NO_KIDS) {
    if ((d.deprel === 'aux' || d.deprel === 'aux:pass' || d.deprel === 'cop')) {
      const n = d.feats?.Number;
      if (n === 'Sing' || n === 'Plur') return n;
    }
  }
  return null;
}

function pronounKinds(e: PronounEntry, s: Sentence, t: Token, kids: () => Kids): Kind[] {
  if (e.number !== 'verb') return e.kinds;
  const n = verbNumber(s, t, kids);
  if (n === 'Sing') return e.kinds.filter((k) => k === 'person');
  if (n === 'Plur') return e.kinds.filter((k) => k !== 'person');
  return e.kinds;
}

/** A noun with a number on it: "twaalf burgers", "Meer dan duizend militairen". */
function counted(t: Token, kids: () => Kids): boolean {
  return (kids()[t.i] ?? NO_KIDS).some((d) => d.deprel === 'nummod' || d.upos === 'NUM');
}

/** A subject, agent or object: where an unnamed group ("Insurgents", "warplanes") acts or is acted on. */
function argument(t: Token): boolean {
  const r = t.deprel ?? '';
  return r.startsWith('nsubj') || r === 'obl:agent' || r === 'obj';
}

/**
 * A definite phrase described by an age ("de 52-jarige", "De 82-jarige politicus"): it refers back to a person.
 * The age is the head itself or a modifier of it; the determiner is the head's.
 */
function agedBack(s: Sentence, t: Token, lex: CorefLexicon, kids: () => Kids): boolean {
  return aged(s, t, lex, kids, lex.personBack?.definite) !== null;
}

/**
 * An indefinite phrase described by an age ("een 64-jarige Arnhemmer"): a new person, later "de 64-jarige" or
 * "hij". Returns the first token of the phrase after its article, or null.
 */
function agedNew(s: Sentence, t: Token, lex: CorefLexicon, kids: () => Kids): number | null {
  return aged(s, t, lex, kids, lex.indefinite);
}

/** The first token after the article of a phrase headed by t that an age describes, with one of `determiners`; or null. */
function aged(s: Sentence, t: Token, lex: CorefLexicon, kids: () => Kids, determiners: ReadonlySet<string> | undefined): number | null {
  const pb = lex.personBack;
  if (!pb || !determiners || t.deprel === 'amod' || t.deprel === 'det') return null;
  const ks = kids()[t.i] ?? NO_KIDS;
  const lowers = tokenLowers(s.tokens);
  if (!ks.some((d) => d.deprel === 'det' && determiners.has(lowers[d.i]!))) return null;
  if (pb.age.test(lowers[t.i]!)) return t.i;
  const age = ks.find((d) => d.deprel === 'amod' && pb.age.test(lowers[d.i]!));
  return age ? age.i : null;
}

/** Country people nouns ("Soedanezen", "Venezolanen") to their ISO3, from the language's country-adjectives table. */
const peopleCache = new Map<string, Map<string, string>>();
function peopleNouns(lang: string): Map<string, string> {
  let m = peopleCache.get(lang);
  if (!m) {
    m = new Map();
    for (const [iso, words] of Object.entries(placeLang(lang).countryPeople)) for (const w of words) if (!m.has(w)) m.set(w, iso);
    peopleCache.set(lang, m);
  }
  return m;
}

/** The singular people nouns: the table lists each country's singular first ("Venezolaan", then "Venezolanen"). */
const singular = memo((lang: string): Set<string> => new Set(Object.values(placeLang(lang).countryPeople).map((w) => w[0]!).filter(Boolean)));

/**
 * The country of a people noun in the plural ("Venezolanen": VEN), whose civilians it stands for; null for other
 * words and for the singular ("een Rwandees" is one person). Any form but the singular counts as plural: the tagger
 * often calls "Venezolanen" singular.
 */
export function peoplePlural(form: string, lang: string): string | null {
  // The people nouns first: most words are none, and need no second lookup.
  const iso = peopleNouns(lang).get(form);
  return iso === undefined || singular(lang).has(form) ? null : iso;
}

/**
 * A common noun, also one the tagger took for a name or a verb because it opens the sentence capitalised
 * ("Troops attacked ...", "Rebels attacked ..."): the callers only accept words of their noun lists.
 */
function nounLike(t: Token): boolean {
  if (t.upos === 'NOUN' || t.upos === undefined) return true;
  return t.i === 0 && (t.upos === 'PROPN' || t.upos === 'VERB') && /^\p{Lu}\p{Ll}+$/u.test(t.form);
}

function lastWord(name: string): string {
  // Asked for every earlier person at every named person: remembered per name.
  let last = lastWords.get(name);
  if (last === undefined) {
    const w = name.trim().split(/\s+/);
    last = w[w.length - 1]!.toLowerCase();
    if (lastWords.size >= 50_000) lastWords.clear();
    lastWords.set(name, last);
  }
  return last;
}
const lastWords = new Map<string, string>();

/**
 * All actor mentions of an article in text order, each linked to an actor: dictionary aliases, compounds and
 * demonym + role noun ("Afghaanse militairen"), named persons and organisations not in the dictionary (kept with
 * a guessed type), and references back: pronouns ("zij", "hij", "they"), relative pronouns ("die") and short
 * descriptions ("de militairen", "de groepering") resolved to the most recent compatible actor.
 */
/** The role of a country's role actor: its dictionary entry's ("nld-aivd" -> intelligence), else by its id ("rus-diplomats" -> diplomats; "afg-taliban" -> null). */
function roleOf(a: ActorRef): string | null {
  if (!a.id) return null;
  const d = actorDictionary();
  const known = d.byId.get(a.id)?.role;
  if (known) return known;
  const m = /^[a-z]{3}-([a-z_]+)$/.exec(a.id);
  return m && d.roles[m[1]!] ? m[1]! : null;
}

/**
 * Whether an earlier actor can be what a bare role noun of `role` refers back to: one of that role, or, for the
 * first role of its type in roles.yaml (government, military, police), an actor of the type with no role ("het
 * kabinet-Rutte" for "de regering"). An agency of a government with no role is not its intelligence service.
 */
function sameRole(x: ActorRef, role: string | null): boolean {
  if (role === null) return true;
  const r = roleOf(x);
  if (r !== null) return r === role;
  return firstOfType(actorDictionary().roles).has(role);
}

/** The first role of each actor type in roles.yaml (government, military, police, ...), per loaded dictionary. */
function firstOfType(roles: Record<string, { type: string }>): Set<string> {
  let first = firstRoles.get(roles);
  if (!first) {
    const seen = new Set<string>();
    first = new Set(Object.keys(roles).filter((k) => !seen.has(roles[k]!.type) && seen.add(roles[k]!.type)));
    firstRoles.set(roles, first);
  }
  return first;
}
const firstRoles = new WeakMap<object, Set<string>>();

export function resolveActors(doc: Doc): ResolvedActor[] {
  return resolveActorsWith(doc, (s) => findPlaces(s, doc.lang));
}

/** resolveActors with the sentence's places given (the extractor computes them once and shares them). */
export function resolveActorsWith(doc: Doc, placesOf: (s: Sentence) => PlaceMention[], date: string | null = null): ResolvedActor[] {
  const lang: Lang = doc.lang;
  const lex = corefLexicon(lang);
  const context = doc.text.slice(0, CONTEXT_CHARS);
  const out: ResolvedActor[] = [];
  /** Actor refs mentioned in the plural ("de Amerikanen", "de VS zijn"): a plural pronoun may refer to a state only so. */
  const plural = new Set<ActorRef>();
  /** One member of a people or role group ("een Afghaanse vluchteling"): a singular pronoun may refer to it as to a person. */
  const single = new Set<ActorRef>();
  /** States named together ("de Verenigde Staten en Nederland"): each one's first conjunct, which a plural pronoun means. */
  const firstConjunct = new Map<ActorRef, ActorRef>();
  const entitiesBySentence = new Map<number, Entity[]>();
  for (const e of doc.entities ?? []) {
    const list = entitiesBySentence.get(e.sentence) ?? [];
    list.push(e);
    entitiesBySentence.set(e.sentence, list);
  }

  /** Mentions that were a clause subject. */
  const subjects = new Set<ResolvedActor>();
  /**
   * The first subject accepted by `ok` in the last sentence before `sentence` that has an actor mention; of a title
   * and the name right after it ("PVV-leider Geert Wilders"), the name.
   */
  const previousSubject = (sentence: number, ok: (a: ActorRef) => boolean): ActorRef | null => {
    const last = out[out.length - 1];
    if (!last || last.sentence >= sentence) return null;
    let k = out.length - 1;
    while (k > 0 && out[k - 1]!.sentence === last.sentence) k--;
    for (; k < out.length; k++) {
      const r = out[k]!;
      if (!subjects.has(r) || !ok(r.actor)) continue;
      const next = out[k + 1];
      return next && next.sentence === r.sentence && next.tokenStart === r.tokenEnd && ok(next.actor) ? next.actor : r.actor;
    }
    return null;
  };

  /** The most recent earlier actor accepted by `ok` (out is in text order). */
  const recent = (before: number, ok: (a: ActorRef) => boolean, within: ResolvedActor[]): ActorRef | null => {
    let best: ResolvedActor | null = null;
    for (const r of within) if (r.end <= before && (!best || r.start > best.start) && ok(r.actor)) best = r;
    if (best) return best.actor;
    // Earlier sentences, nearest first; a bounded look-back keeps long articles linear.
    for (let k = out.length - 1; k >= Math.max(0, out.length - LOOKBACK); k--) {
      const r = out[k]!;
      if (r.end <= before && ok(r.actor)) return r.actor;
    }
    return null;
  };

  /**
   * A bare role noun whose country came from the article's opening, in a passage about another country ("Troepen" in
   * a news digest's item on Sudan): the actor of that kind and role named in the last sentences, when they do not
   * name the article's country at all.
   */
  const localKind = (sentence: number, actor: ActorRef, role: string | null): ActorRef | null => {
    let found: ActorRef | null = null;
    for (let k = out.length - 1; k >= 0 && out[k]!.sentence >= sentence - LOCAL; k--) {
      const x = out[k]!.actor;
      if (x.country === actor.country) return null;
      if (!found && x.type === actor.type && x.country && sameRole(x, role)) found = x;
    }
    if (!found) return null;
    for (let k = Math.max(0, sentence - LOCAL); k <= sentence; k++) {
      const t = doc.sentences[k];
      if (t && placesOf(t).some((p) => p.candidates[0]?.country === actor.country)) return null;
    }
    return found;
  };

  /**
   * A role that acts at home (roles.yaml `local`) mentioned bare in a sentence whose named places all lie in one
   * other country than the one the mention was given: that country's ("in Manama opgepakt door inlichtingendiensten"
   * in an article on a Dutch deportation is Bahrain's intelligence).
   */
  const localRole = (s: Sentence, country: string, role: string): Actor | null => {
    const d = actorDictionary();
    if (!d.roles[role]?.local) return null;
    let other: string | null = null;
    const origin = triggerLexicon(lang).language.prepositions.origin ?? [];
    for (const p of placesOf(s)) {
      const c = p.candidates[0];
      // Where someone comes from ("afkomstig uit Aruba"), a people ("Nigeriaanse broers") or a name ("David J.") is
      // not where the sentence is.
      if (!c || c.score < 0.8 || p.adjectival) continue;
      if ((entitiesBySentence.get(s.index) ?? []).some((e) => e.label !== 'LOC' && e.start < p.end && e.end > p.start)) continue;
      const before = s.tokens[tokenRange(s, p.start, p.end)[0] - 1];
      if (before && origin.includes(before.form.toLowerCase())) continue;
      if (c.country === country || (other && c.country !== other)) return null;
      other = c.country;
    }
    return other ? roleActor(d, other, role, date ? Number(date.slice(0, 4)) : null) : null;
  };

  const titles = actorLang(lang).titles;
  for (const s of doc.sentences) {
    if (s.tokens.length === 0) continue;
    const own: ResolvedActor[] = [];
    const covered = new Uint8Array(s.tokens.length);
    const cover = (a: number, b: number) => {
      for (let k = a; k < b; k++) covered[k] = 1;
    };
    const free = (a: number, b: number) => {
      for (let k = a; k < b; k++) if (covered[k]) return false;
      return true;
    };

    let sentenceKids: Kids | null = null;
    const kids = (): Kids => (sentenceKids ??= kidsOf(s));
    /** The title of a bare title noun with a definite article and nothing that says whose ("de president", not "de Franse president"). */
    const titleBack = (t: Token, title: string | undefined): string | null => {
      if (!title) return null;
      const deps = kids()[t.i] ?? NO_KIDS;
      const det = deps.find((d) => d.deprel === 'det')?.form.toLowerCase() ?? '';
      const whose = deps.some((d) => d.deprel === 'amod' || d.deprel === 'nmod' || d.deprel === 'appos' || d.deprel === 'flat');
      return (lex.personBack?.definite.has(det) ?? false) && !whose ? title : null;
    };
    for (const m of findActors(s, lang, { context })) {
      const [a, b] = tokenRange(s, m.start, m.end);
      if (b <= a || !free(a, b)) continue;
      let actor = m.actor;
      let via = viaOf(m);
      // A bare role noun ("het leger", "de militairen") is the earlier actor of that type when there is one.
      if (m.via === 'role') {
        // Of the same role: "het regime" is not the country's diplomats, though both are of type government.
        const role = roleOf(actor);
        const here = actor.country && role ? localRole(s, actor.country, role) : null;
        if (here) actor = toRef(here, m.text);
        const earlier = actor.country ? recent(m.start, (x) => x.type === actor.type && x.country === actor.country && sameRole(x, role), own) : null;
        const local = earlier ? null : actor.country ? localKind(s.index, actor, role) : null;
        if (earlier ?? local) {
          actor = { ...(earlier ?? local)!, text: m.text };
          via = 'coreference';
        }
      }
      // "De 82-jarige president": a title described by an age is the person last named.
      if (actor.type === 'person' && actor.id === null && b - a === 1 && agedBack(s, s.tokens[a]!, lex, kids)) {
        // Someone named before this sentence: a person named in it is another one ("X wilde dat de 82-jarige president ...").
        const earlier = recent(m.start, (x) => x.type === 'person' && x.name !== actor.name, []);
        if (earlier) {
          actor = { ...earlier, text: m.text };
          via = 'coreference';
        }
      }
      if (s.tokens[b - 1]!.feats?.Number === 'Plur') plural.add(actor);
      else if (actor.type === 'civilians' && s.tokens[b - 1]!.feats?.Number === 'Sing' && (kids()[b - 1] ?? NO_KIDS).some((d) => d.deprel === 'det' && lex.indefinite.has(d.form.toLowerCase()))) single.add(actor);
      own.push({ sentence: s.index, start: m.start, end: m.end, tokenStart: a, tokenEnd: b, actor, via });
      cover(a, b);
    }

    // Named persons and organisations the dictionary does not know: new actors, never dropped.
    const ents = entitiesBySentence.get(s.index) ?? [];
    if (ents.some((e) => e.label === 'PER' || e.label === 'ORG')) {
      const places = placesOf(s).filter((p) => !p.adjectival && p.candidates.length > 0 && p.candidates[0]!.score >= 0.8);
      for (const e of ents) {
        if (e.label !== 'PER' && e.label !== 'ORG') continue;
        const a = Math.max(0, e.tokenStart);
        const b = Math.min(s.tokens.length, e.tokenEnd);
        if (b <= a || !free(a, b)) continue;
        if (places.some((p) => p.start < e.end && p.end > e.start)) continue;
        let actor: ActorRef;
        let via: ResolvedActor['via'] = 'entity';
        const surname = lastWord(e.text);
        const same = e.label === 'PER' ? recent(e.start, (x) => x.type === 'person' && lastWord(x.name) === surname, own) : null;
        if (same) {
          actor = { ...same, text: e.text };
          via = 'coreference';
        } else {
          const guessed = guessActorType(e.text, lang);
          actor = { text: e.text, id: null, name: e.text, type: e.label === 'PER' ? 'person' : guessed === 'person' ? 'unknown' : guessed, country: null };
        }
        own.push({ sentence: s.index, start: e.start, end: e.end, tokenStart: a, tokenEnd: b, actor, via });
        cover(a, b);
      }
    }
    byStart(own);

    // References back, in text order so that a chain (Die ... hij ... hij) follows its own resolutions.
    const { forms, lowers } = sentenceForms(s.tokens);
    for (let x = 0; x < s.tokens.length; x++) {
      const t = s.tokens[x]!;
      if (covered[t.i]) continue;
      const low = lowers[x]!;
      const said = formCoref(forms[x]!, t.form, low, lang, lex, titles);
      let actor: ActorRef | null = null;
      const isPron = t.upos === 'PRON' || t.upos === 'DET' || t.upos === undefined;
      const people = t.upos === 'NOUN' || t.upos === 'PROPN' ? said.people : null;
      const civilians = people ? roleActor(actorDictionary(), people, 'civilians') : null;
      if (civilians) {
        // A country's people in the plural ("Tienduizenden Venezolanen") are its civilians, so that "zij" can refer to them.
        const ref = toRef(civilians, t.form);
        plural.add(ref);
        own.push({ sentence: s.index, start: t.start, end: t.end, tokenStart: t.i, tokenEnd: t.i + 1, actor: ref, via: 'pattern' });
        covered[t.i] = 1;
        continue;
      }
      const nominal = t.upos === 'NOUN' || t.upos === 'PROPN' || t.upos === 'ADJ';
      if (nominal && agedBack(s, t, lex, kids)) {
        // "de 52-jarige", "De inmiddels 89-jarige Roemeen": the person last named.
        actor = recent(t.start, (x) => x.type === 'person', []);
      } else if (nominal && agedNew(s, t, lex, kids) !== null) {
        // "een 64-jarige Arnhemmer": someone new, unnamed.
        const first = s.tokens[agedNew(s, t, lex, kids)!]!;
        const text = s.text.slice(first.start - s.start, t.end - s.start);
        own.push({ sentence: s.index, start: first.start, end: t.end, tokenStart: first.i, tokenEnd: t.i + 1, actor: { text, id: null, name: text, type: 'person', country: null }, via: 'pattern' });
        for (let k = first.i; k <= t.i; k++) covered[k] = 1;
        continue;
      } else if (isPron && said.relative && t.head !== undefined && t.head >= 0 && s.tokens[t.head]?.deprel === 'acl:relcl') {
        // "militairen die hun posten verlaten": the noun the relative clause modifies.
        const noun = s.tokens[t.head]!.head ?? -1;
        const r = own.find((x) => noun >= x.tokenStart && noun < x.tokenEnd);
        if (r) actor = r.actor;
      } else if (isPron && said.pronoun !== undefined && !lex.indefinite.has(s.tokens[t.i - 1]?.form.toLowerCase() ?? '')) {
        // (Not after an article: "op een haar na" is a hair.)
        const e = said.pronoun;
        if (e.demonstrative && !(t.i === 0 && t.deprel?.startsWith('nsubj'))) continue;
        const kinds = pronounKinds(e, s, t, kids);
        const ok = (x: ActorRef) => (kinds.includes(actorKind(x.type)) && (actorKind(x.type) !== 'state' || plural.has(x))) || (single.has(x) && kinds.includes('person'));
        // An active personal subject pronoun continues the previous sentence's subject ("De demonstranten gooiden
        // stenen naar agenten. Ook staken ze ..."), when nothing before it in its own sentence fits. A demonstrative
        // ("Die speelde ...") points at the last one named instead.
        const topic = kinds.length && !e.demonstrative && t.deprel === 'nsubj' && !own.some((r) => r.end <= t.start && ok(r.actor)) ? previousSubject(s.index, ok) : null;
        if (kinds.length) actor = topic ?? recent(t.start, ok, own);
        if (actor && firstConjunct.has(actor)) actor = firstConjunct.get(actor)!;
      } else if (nounLike(t) && titleBack(t, said.title)) {
        // "de president" with no country of its own: the person last named who holds that title then.
        const title = titleBack(t, said.title)!;
        actor = recent(t.start, (x) => x.type === 'person' && x.id !== null && holdsTitle(actorDictionary().byId.get(x.id), title, date), own);
        if (!actor) continue;
      } else if (nounLike(t) && !said.description && (counted(t, kids) || argument(t))) {
        // "Veertig politieagenten", "zeker twaalf burgers": a counted group of a known kind is a new, unnamed actor.
        const type = typeOf(t.form, lang, low);
        if (type !== 'unknown') {
          own.push({ sentence: s.index, start: t.start, end: t.end, tokenStart: t.i, tokenEnd: t.i + 1, actor: { text: t.form, id: null, name: t.form, type, country: null }, via: 'pattern' });
          covered[t.i] = 1;
        }
        continue;
      } else if (nounLike(t) && said.description) {
        // A description right before a name is that name's title ("Oppositiepartij SP", "regeringspartij AKP").
        if (s.tokens[t.i + 1]?.upos === 'PROPN') continue;
        // Types in order of preference: "troepen" are a military's before a rebel group's. "een groep" is a new
        // one; "deze groep" the last one told, of whichever type.
        const types = [...lex.descriptions.get(low)!];
        const det = (kids()[t.i] ?? NO_KIDS).find((d) => d.deprel === 'det')?.form.toLowerCase() ?? '';
        if (lex.demonstrative.has(det)) actor = recent(t.start, (x) => types.includes(x.type), own);
        else if (!lex.indefinite.has(det)) {
          for (const type of types) {
            actor = recent(t.start, (x) => x.type === type, own);
            if (actor) break;
          }
        }
        // Counted, or an argument, and nothing to refer to ("twaalf burgers", "Rebels ambushed ..."): a new,
        // unnamed actor of that kind, never dropped.
        if (!actor && (counted(t, kids) || argument(t))) {
          own.push({ sentence: s.index, start: t.start, end: t.end, tokenStart: t.i, tokenEnd: t.i + 1, actor: { text: t.form, id: null, name: t.form, type: types[0]!, country: null }, via: 'pattern' });
          covered[t.i] = 1;
          continue;
        }
      }
      if (!actor) continue;
      own.push({ sentence: s.index, start: t.start, end: t.end, tokenStart: t.i, tokenEnd: t.i + 1, actor: { ...actor, text: t.form }, via: 'coreference' });
      covered[t.i] = 1;
    }
    byStart(own);
    coordinatedStates(s, own, plural, firstConjunct);
    ownerRoles(s, own, lang);
    namedHolders(s, own, lang);
    titleHolders(s, own, placesOf(s), lang, date);
    for (const r of own) {
      out.push(r);
      for (let k = r.tokenStart; k < r.tokenEnd && k < s.tokens.length; k++) {
        const rel = s.tokens[k]!.deprel;
        if (rel === 'nsubj' || rel === 'nsubj:pass') {
          subjects.add(r);
          break;
        }
      }
    }
  }
  return out;
}

/**
 * States coordinated in one phrase ("de Verenigde Staten en Nederland", "Rusland, China en Iran") are a plural
 * antecedent together ("Zij ..."), represented by the first one named.
 */
function coordinatedStates(s: Sentence, own: ResolvedActor[], plural: Set<ActorRef>, firstConjunct: Map<ActorRef, ActorRef>): void {
  for (const r of own) {
    const t = s.tokens[r.tokenStart]!;
    if (actorKind(r.actor.type) !== 'state' || t.deprel !== 'conj' || t.head === undefined) continue;
    const h = t.head;
    const first = own.find((x) => x !== r && h >= x.tokenStart && h < x.tokenEnd && actorKind(x.actor.type) === 'state');
    if (!first) continue;
    plural.add(first.actor);
    plural.add(r.actor);
    firstConjunct.set(r.actor, firstConjunct.get(first.actor) ?? first.actor);
  }
}

/**
 * A role noun owned by another actor ("het regime van Maduro", "de regering van Venezuela", "the army of
 * Syria"): that actor's country's role, not the article's. The owner is the mention right after the preposition.
 */
function ownerRoles(s: Sentence, own: ResolvedActor[], lang: Lang): void {
  const of = actorLang(lang).possessivePrepositions;
  for (let k = 0; k + 1 < own.length; k++) {
    const r = own[k]!;
    const role = roleOf(r.actor);
    if (!role || !of.includes(s.tokens[r.tokenEnd]?.form.toLowerCase() ?? '')) continue;
    const owner = own[k + 1]!;
    const gap = owner.tokenStart - r.tokenEnd;
    // "van Maduro", "van president Maduro", "van de Verenigde Staten": the preposition, then at most an article or title.
    if (gap < 1 || gap > 3 || !owner.actor.country || owner.actor.country === r.actor.country) continue;
    const a = roleActor(actorDictionary(), owner.actor.country, role);
    if (a) own[k] = { ...r, actor: toRef(a, r.actor.text), via: 'pattern' };
  }
}

/**
 * A described person named in apposition after the owner ("Het hoofd van CHP, Canan Kaftancioglu", "the leader
 * of the group, X"): the name. And a unit of a role actor ("Het Team Internationale Misdrijven van de politie"):
 * a name the dictionary does not know, owned by a police, army or government, acts as that actor. The parser hangs
 * such a name anywhere (a conjunct of the owner), so the words decide: the noun, "van" + the owner (at most eight
 * words), a comma, the name. Spokespeople keep their own rule (spokes.ts: they speak for the owner).
 */
function namedHolders(s: Sentence, own: ResolvedActor[], lang: Lang): void {
  const al = actorLang(lang);
  const of = al.possessivePrepositions;
  const at = (k: number) => s.tokens[k]?.form.toLowerCase() ?? '';
  for (let k = 0; k + 1 < own.length; k++) {
    const r = own[k]!;
    if (r.actor.id !== null || !of.includes(at(r.tokenEnd))) continue;
    if (r.actor.type === 'person' && r.tokenEnd - r.tokenStart === 1 && s.tokens[r.tokenStart]!.upos === 'NOUN' && !al.spokesNouns.includes(at(r.tokenStart))) {
      // The owner in at most eight words ("De leider van de ultranationalistische partij van de Grijze Wolven, Devlet
      // Bahceli,"), a comma, the name right after it.
      let comma = r.tokenEnd + 2;
      while (comma <= r.tokenEnd + 9 && s.tokens[comma] && s.tokens[comma]!.upos !== 'PUNCT' && s.tokens[comma]!.upos !== 'VERB') comma++;
      const name = own.find((x) => x.tokenStart === comma + 1 && x.via === 'entity' && (x.actor.type === 'person' || x.actor.type === 'unknown'));
      if (at(comma) === ',' && name) own[k] = { ...r, actor: { ...name.actor, text: r.actor.text }, via: 'coreference' };
      continue;
    }
    const owner = own[k + 1]!;
    const gap = owner.tokenStart - r.tokenEnd;
    if (r.via === 'entity' && r.actor.type !== 'person' && gap >= 1 && gap <= 2 && roleOf(owner.actor) !== null) own[k] = { ...r, actor: { ...owner.actor, text: r.actor.text }, via: 'pattern' };
  }
}

/**
 * A title with its country ("Tajikistan's president", "de Tadzjiekse president", "de president van Tadzjikistan"):
 * the person the dictionary says held it then. Titles are per-language data (`titles`: word -> the dictionary's
 * title); the country is an adjective right before, a state before a genitive marker ("'s"), or a state after the
 * possessive preposition.
 */
function titleHolders(s: Sentence, own: ResolvedActor[], places: PlaceMention[], lang: Lang, date: string | null): void {
  const al = actorLang(lang);
  for (let k = 0; k < own.length; k++) {
    const r = own[k]!;
    if (r.actor.id !== null || r.actor.type !== 'person' || r.tokenEnd - r.tokenStart !== 1) continue;
    const title = al.titles[tokenLowers(s.tokens)[r.tokenStart]!];
    if (!title) continue;
    const before = s.tokens[r.tokenStart - 1];
    const adjective = before ? places.find((p) => p.adjectival && p.start <= before.start && before.end <= p.end && p.candidates[0]?.featureType === 'country') : undefined;
    const prev = own[k - 1];
    const genitive = prev && prev.actor.type === 'state' && prev.tokenEnd === r.tokenStart - 1 && al.genitiveMarkers.includes(s.tokens[prev.tokenEnd]?.form ?? '') ? prev.actor.country : null;
    const next = own[k + 1];
    // A title with its holder's name right after it ("de Britse premier Harold Macmillan") is that person.
    if (next && next.tokenStart === r.tokenEnd && next.actor.type === 'person') continue;
    const after = next && next.actor.type === 'state' && al.possessivePrepositions.includes(s.tokens[r.tokenEnd]?.form.toLowerCase() ?? '') && next.tokenStart - r.tokenEnd <= 2 ? next.actor.country : null;
    const iso = adjective?.candidates[0]?.country ?? genitive ?? after;
    if (!iso) continue;
    const holder = titleHolder(iso, title, date);
    if (holder) own[k] = { ...r, actor: toRef(holder, r.actor.text), via: 'pattern' };
  }
}

/** The dictionary person holding `title` of a role actor of country `iso` at `date` (any time when unknown). */
function titleHolder(iso: string, title: string, date: string | null): Actor | null {
  const held = actorDictionary().actors.filter((a) => holdsTitle(a, title, date, `${iso.toLowerCase()}-`));
  return held.length === 1 ? held[0]! : null;
}

/** Dictionary actor `a` holds `title` at `date` (any time when unknown), of a role actor whose id starts with `of`. */
function holdsTitle(a: Actor | undefined, title: string, date: string | null, of = ''): boolean {
  return (a?.roles ?? []).some((r) => r.title === title && (r.of ?? '').startsWith(of) && heldAt(r, date));
}

/** The resolved actor whose span covers token `i` of sentence `sentence`, if any. */
export function actorAt(actors: ResolvedActor[], sentence: number, i: number): ResolvedActor | null {
  for (const r of actors) if (r.sentence === sentence && i >= r.tokenStart && i < r.tokenEnd) return r;
  return null;
}
