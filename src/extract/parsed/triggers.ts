// Trigger spotting: one index lookup per token (lemma, then surface form), then the entry's constraints
// (separable particle, reflexive, multiword parts, object/subject kind) checked on the tree or, when the
// parser attached a part elsewhere, in the clause window around the token.
import type { TriggerEntry, TriggerLexicon } from '../lexicon/triggers.js';
import { clauseWindow, nounLike, subtree, type Tree } from './tree.js';
import { sentenceForms, type KeyedForm } from '../../resolve/normalize.js';

export interface Trigger {
  i: number;
  entry: TriggerEntry;
  /** Token indexes of the other parts (particle, reflexive, multiword words), for display and to block re-use. */
  parts: number[];
}

export interface TokenKinds {
  /** Token k belongs to a place mention (not adjectival). */
  isPlace(k: number): boolean;
  /** Token k belongs to an actor mention. */
  isActor(k: number): boolean;
}

function findIn(t: Tree, lo: number, hi: number, skip: number, ok: (k: number) => boolean): number {
  for (let k = lo; k <= hi; k++) if (k !== skip && ok(k)) return k;
  return -1;
}

/** The argument heads of i with one of these relations. */
function args(t: Tree, i: number, rels: string[]): number[] {
  return t.kids[i]!.filter((c) => rels.includes(t.rel(c)));
}

const NO_BREAKS = new Set<string>();
const AFTER_PARTICLE = new Set(['PUNCT', 'VERB', 'AUX', 'SCONJ', 'CCONJ']);

/**
 * An entry may list a plain verb beside its separable ones ("mishandelen" beside af_tuigen): that one needs no particle.
 * Not the base verb the entry is keyed by ("komen" of aan_komen), nor a joined form ("toeslaan").
 */
function plainVerb(e: TriggerEntry, lemma: string): boolean {
  if (lemma.includes('_') || !e.lemmas.includes(lemma) || e.particle!.some((p) => lemma.startsWith(p))) return false;
  return e.lemmas.some((l) => l.includes('_')) && !e.lemmas.some((l) => l.endsWith('_' + lemma));
}

/**
 * A separable particle closes its clause ("namen zes districten in," / "renden de grens over toen"); a
 * preposition opens a phrase ("nam ... mee in zijn analyses", "kwam aan de macht").
 */
function particleLike(t: Tree, k: number, pure: Set<string>): boolean {
  if (t.rel(k) === 'compound:prt' || pure.has(t.lower(k))) return true;
  // A particle that is no preposition ("staat terecht voor moord") cannot be the start of a phrase.
  if (t.tokens[k]!.upos === 'ADJ' || t.tokens[k]!.upos === 'ADV') return true;
  const next = t.tokens[k + 1];
  return !next || AFTER_PARTICLE.has(next.upos ?? '');
}

/** Token k names a place: a place mention, a place noun ("grensdistricten", "de vallei"), or one inside its phrase. */
export function placeLike(t: Tree, k: number, lex: TriggerLexicon, kinds: TokenKinds): boolean {
  if (kinds.isPlace(k)) return true;
  if (lex.language.placeNouns.has(t.lower(k)) || lex.language.placeNouns.has(t.lemma(k))) return true;
  // "de hoofdstad van de provincie", "the district of Baraki Barak", "een derde van de districten": a place inside the phrase.
  return t.kids[k]!.some((c) => {
    const r = t.rel(c);
    if (r !== 'nmod' && r !== 'appos' && r !== 'compound' && r !== 'flat:name') return false;
    return kinds.isPlace(c) || lex.language.placeNouns.has(t.lower(c)) || lex.language.placeNouns.has(t.lemma(c));
  });
}

/** A stranding word ("daar", "er") within six tokens of i (only those tokens are read). */
function strandedNear(t: Tree, i: number, stranding: Set<string>): boolean {
  const last = Math.min(t.tokens.length - 1, i + 6);
  for (let k = Math.max(0, i - 6); k <= last; k++) if (stranding.has(t.lower(k))) return true;
  return false;
}

function check(t: Tree, i: number, e: TriggerEntry, lex: TriggerLexicon, kinds: TokenKinds): number[] | null {
  const tok = t.tokens[i]!;
  // A present participle describing a noun ("op dreigende toon", "threatening tone") is a manner, not an act.
  if (t.rel(i) === 'amod' && (tok.feats?.VerbForm === 'Part' || tok.feats?.VerbForm === 'Ger') && (tok.feats.Tense === 'Pres' || lex.language.presentParticiples.some((e) => t.lower(i).endsWith(e)))) return null;
  // A verb's entry on a noun phrase ("Op indringende vragen van de rechters"): the noun, no act.
  if (!e.noun && tok.upos === 'NOUN' && t.kids[i]!.some((c) => t.rel(c) === 'det' || t.rel(c) === 'amod')) return null;
  const trigPart = (k: number) => e.with.some((alts) => alts.includes(t.lower(k)));
  // A different separable verb: "vochten ... aan" (aan_vechten, to contest) is no fight.
  // Multiword constructions absorb particles ("in handen vallen"); a stranded preposition ("daar ... voor") is none.
  // A surface form the entry lists is its own ("aangehouden", which the parser lemmatises as aan_houden).
  const own = t.lemma(i);
  const listed = e.forms.includes(t.lower(i));
  const free = e.with.length === 0 && !strandedNear(t, i, lex.language.stranding);
  if (free && !e.noun && !listed && own.includes('_') && !e.lemmas.includes(own) && !(e.particle && e.particle.includes(own.slice(0, own.indexOf('_'))))) return null;
  if (free && !e.noun && !e.particle && !e.lemmas.includes(own) && t.kids[i]!.some((c) => t.rel(c) === 'compound:prt')) return null;
  const form = t.lower(i);
  const [lo, hi] = clauseWindow(t, i, lex.language.clauseBreaks);
  const parts: number[] = [];
  if (e.particle) {
    // The parser's joined lemma counts only with the particle in sight (attached, or fused into the form).
    const joined = e.lemmas.some((l) => l.includes('_') && l === own) && t.kids[i]!.some((c) => t.rel(c) === 'compound:prt' && t.tokens[c]!.form === t.lower(c));
    const merged = e.particle.some((p) => form.startsWith(p) && form.length > p.length + 2);
    const prt =
      t.kids[i]!.find((c) => t.rel(c) === 'compound:prt' && e.particle!.includes(t.tokens[c]!.form)) ??
      // A capitalised word is no particle ("brengt het OM samen" has no "om").
      findIn(t, i + 1, hi, i, (k) => e.particle!.includes(t.tokens[k]!.form) && particleLike(t, k, lex.language.pureParticles));
    if (prt >= 0) parts.push(prt);
    else if (!joined && !merged && !plainVerb(e, own)) return null;
  }
  // Fixed phrases that make the verb something else ("in beslag nemen", "een standpunt innemen").
  // (Also the word itself, for a compound that reaches the entry by its head: "titelstrijd".)
  if (e.unless.length && (e.unless.includes(form) || findIn(t, lo, hi, i, (k) => e.unless.includes(t.lower(k)) || e.unless.includes(t.lemma(k))) >= 0)) return null;
  if (e.reflexive) {
    // Only punctuation bounds the reflexive: "strijders die de basis opgeven en zich met hun geweren en al overgeven".
    const [rlo, rhi] = clauseWindow(t, i, NO_BREAKS, 6);
    const r = findIn(t, rlo, rhi, i, (k) => lex.language.reflexives.has(t.lower(k)));
    if (r < 0) return null;
    parts.push(r);
  }
  for (const alts of e.with) {
    const is = (k: number) => isWithWord(t, k, alts, lex);
    let w = findIn(t, Math.max(lo, i - 10), Math.min(hi, i + 10), i, is);
    // Past a coordinated phrase ("kwamen alle passagiers en bemanningsleden om het leven"): the verb's own dependents.
    if (w < 0) w = t.kids[i]!.find((c) => Math.abs(c - i) <= 15 && (is(c) || t.kids[c]!.some((d) => t.rel(d) === 'case' && is(d)))) ?? -1;
    if (w >= 0 && !is(w)) w = t.kids[w]!.find((d) => t.rel(d) === 'case' && is(d)) ?? w;
    if (w < 0) return null;
    parts.push(w);
  }
  if (e.object) {
    // A caseless oblique is an object the parser mislabelled ("occupied Kuwait City": obl:unmarked).
    const objs = args(t, i, ['obj', 'nsubj:pass', 'nmod', 'obl', 'iobj', 'obl:unmarked']);
    const ok = e.object === 'place' ? objs.some((k) => placeLike(t, k, lex, kinds)) : objs.some((k) => kinds.isActor(k));
    if (!ok) return null;
  }
  if (e.objectIfAny) {
    // "veroverde de markt", "dit standpunt ingenomen": a direct object that is no place makes it figurative.
    // (The first word of a hyphenated modifier, split off by the tokenizer, is no object: "pounded the rebel-held town".)
    const modifier = (k: number) => /^[-‐‑]$/.test(t.tokens[k + 1]?.form ?? '') && (t.tokens[k + 2]?.upos === 'VERB' || t.tokens[k + 2]?.upos === 'ADJ');
    const direct = args(t, i, ['obj', 'nsubj:pass']).filter((k) => t.tokens[k]!.upos !== 'PRON' && !trigPart(k) && !modifier(k));
    if (direct.length && !direct.some((k) => placeLike(t, k, lex, kinds) || kinds.isActor(k))) return null;
  }
  if (e.actInfinitive) {
    // "Akzo dreigde te verdwijnen", "dreigen te worden overgeheveld": what may happen, no threat; "dreigden de stad
    // aan te vallen" threatens an act.
    const marks = lex.language.infinitiveMarks;
    // (Any word with the infinitive mark: a quoted verb may be tagged a noun, "dreigt te 'stallen'".)
    const inf = t.kids[i]!.find((c) => t.kids[c]!.some((m) => t.rel(m) === 'mark' && marks.has(t.lower(m))));
    if (inf !== undefined && !namesAnAct(t, inf, i, lex, (k) => kinds.isActor(k) || placeLike(t, k, lex, kinds))) return null;
    // Without one, a subject that is a thing says what is at risk: "Er dreigt een tekort", "waardoor jaren cel dreigen".
    if (inf === undefined && args(t, i, ['nsubj']).some((k) => t.tokens[k]!.upos === 'NOUN' && !kinds.isActor(k))) return null;
  }
  if (e.complement.length) {
    // "De bond wil dat het COA ingrijpt": a clause of its own, opened by the word (not "dat wil ik", "wil meer"); the
    // parser labels some of these clauses xcomp.
    const clause = t.kids[i]!.some((c) => (t.rel(c) === 'ccomp' || t.rel(c) === 'xcomp') && t.kids[c]!.some((m) => t.rel(m) === 'mark' && e.complement.includes(t.lower(m))));
    if (!clause) return null;
  }
  if (e.subject === 'place') {
    const subj = args(t, i, ['nsubj', 'nsubj:pass']);
    if (!subj.some((k) => placeLike(t, k, lex, kinds))) return null;
  }
  return parts;
}

/**
 * The infinitive k of the verb at i names an act: k is a verb the lexicon knows, with the other words its entry needs
 * in the verb's phrase ("in brand te steken", "heffingen in te stellen"), or an act noun is the infinitive's argument
 * ("in staking te gaan"); "het schip in te gaan", "een opdoffer te krijgen" name none. (The phrase: what hangs on i, its
 * subject aside.) Other conditions of the entries aside.
 */
function namesAnAct(t: Tree, k: number, i: number, lex: TriggerLexicon, named: (k: number) => boolean): boolean {
  const phrase = t.kids[i]!.filter((c) => !t.rel(c).startsWith('nsubj')).flatMap((c) => subtree(t, c));
  const words = new Set(phrase.flatMap((x) => [t.lower(x), t.lemma(x), t.lemma(x).replace(/_/g, '')]));
  const has = (w: string) => words.has(w);
  const lemma = t.lemma(k);
  const entries = [lemma, lemma.replace(/_/g, ''), t.lower(k)].flatMap((w) => (lex.index.get(w) ?? []).filter((e) => !e.noun));
  // Done to someone or somewhere ("dreigen de VS Europa te raken") also counts for a verb whose entries need other words.
  const verb = entries.some((e) => e.with.every((group) => group.some(has))) || (entries.length > 0 && t.kids[k]!.some((x) => t.rel(x) === 'obj' && named(x)));
  // An act noun as the infinitive's own object or oblique ("in staking te gaan"), or an object the parser hung on
  // the verb ("dreigen nieuwe importheffingen in te stellen"); never with an auxiliary or copula ("het mikpunt te
  // worden van kritiek").
  if (verb || lex.language.auxiliaries.has(lemma)) return verb;
  const args = [...t.kids[k]!.filter((x) => !t.rel(x).startsWith('nmod')), ...t.kids[i]!.filter((x) => t.rel(x) === 'obj')];
  return args.some((x) => t.tokens[x]!.upos === 'NOUN' && [t.lemma(x), t.lower(x)].some((w) => (lex.index.get(w) ?? []).some((e) => e.noun && e.with.length === 0)));
}

/**
 * A compound noun the lexicon does not list, whose last part is a nominal trigger (lemma "antiracisme_demonstratie":
 * "demonstratie"): that noun's entries. Compounds that name no act ("hartaanval") are listed in the language data.
 */
function compoundHead(t: Tree, i: number, lex: TriggerLexicon, said: FormTrigger): TriggerEntry[] | undefined {
  if (t.tokens[i]!.upos !== 'NOUN' || !lex.language.compounds) return undefined;
  // The rest depends on the form and its lemma only: kept with what the lexicon says of them.
  if (said.compound === null) said.compound = compoundHeadOf(t, i, lex);
  return said.compound;
}
function compoundHeadOf(t: Tree, i: number, lex: TriggerLexicon): TriggerEntry[] | undefined {
  const lemma = t.lemma(i);
  const word = lemma.includes('_') ? lemma.replace(/_/g, '') : lemma;
  if (word.length < 8 || lex.language.notActs.has(t.lower(i)) || lex.language.notActs.has(word)) return undefined;
  // The same nouns come back in every article: the search (one slice and lookup per split) is remembered per word.
  let memo = headMemo.get(lex);
  if (!memo) headMemo.set(lex, (memo = new Map()));
  let heads = memo.get(word);
  if (heads === undefined) {
    heads = null;
    // The longest trigger noun the word ends in, after a first part of three letters or more ("bom|aanslag").
    for (let j = 3; j <= word.length - 5 && !heads; j++) {
      const found = lex.index.get(word.slice(word[j] === '-' ? j + 1 : j))?.filter((e) => e.noun);
      if (found?.length) heads = found;
    }
    if (memo.size >= 50_000) memo.clear();
    memo.set(word, heads);
  }
  return heads ?? undefined;
}
/** compoundHead's search per lexicon and word (null: no trigger head); the entry lists are shared, read only. */
const headMemo = new WeakMap<TriggerLexicon, Map<string, TriggerEntry[] | null>>();

/** Token k is one of the words of a `with` item: by form or lemma, or as the head of a compound (hyphenated or not). */
function isWithWord(t: Tree, k: number, alts: string[], lex: TriggerLexicon): boolean {
  if (alts.includes(t.lower(k)) || alts.includes(t.lemma(k))) return true;
  const h = t.hyphenHead(k);
  if (h !== null) return alts.includes(h);
  if (!lex.language.compounds || t.tokens[k]!.upos !== 'NOUN') return false;
  const c = compoundWord(t.lemma(k));
  // (The test for a name last: most tokens end in no `with` word.)
  return alts.some((w) => w.length >= COMPOUND_HEAD && c.length - w.length >= COMPOUND_PART && c.endsWith(w) && !lex.language.notCompoundHeads.has(w)) && compoundNoun(t, k, lex);
}

/** A common noun written as one word with its parts, in a language that writes compounds so ("jachtvergunningen"); a name ("Klimaatakkoord") is no kind of its head. */
function compoundNoun(t: Tree, k: number, lex: TriggerLexicon): boolean {
  return lex.language.compounds && t.tokens[k]!.upos === 'NOUN' && !/^\p{Lu}/u.test(t.tokens[k]!.form);
}

/** The shortest head and first part of a compound whose head is a `with` word ("jacht|vergunning", "sper|vuur"). */
const COMPOUND_HEAD = 4;
const COMPOUND_PART = 3;
const compoundWord = (lemma: string) => (lemma.includes('_') ? lemma.replace(/_/g, '') : lemma);

/** The `with` words a noun's lemma ends in as a compound head, as isWithWord matches them (remembered per lexicon and lemma). */
function compoundWithHeads(lemma: string, lex: TriggerLexicon, all: Set<string>): string[] {
  let memo = compoundHeads.get(lex);
  if (!memo) compoundHeads.set(lex, (memo = new Map()));
  let heads = memo.get(lemma);
  if (heads === undefined) {
    heads = [];
    const word = compoundWord(lemma);
    for (let j = COMPOUND_PART; j <= word.length - COMPOUND_HEAD; j++) {
      const w = word.slice(j);
      if (all.has(w) && !lex.language.notCompoundHeads.has(w)) heads.push(w);
    }
    if (memo.size >= 50_000) memo.clear();
    memo.set(lemma, heads);
  }
  return heads;
}
const compoundHeads = new WeakMap<TriggerLexicon, Map<string, string[]>>();

/**
 * Whether each `with` item of the entry has one of its words somewhere in the sentence: check() looks for them only
 * among the sentence's tokens (with isWithWord), so without one it finds no trigger. `words`: sentenceWords(t, lex).
 */
function withWordsPresent(words: Set<string>, e: TriggerEntry): boolean {
  return e.with.every((alts) => alts.some((w) => words.has(w)));
}

/**
 * The words of `with` items in the sentence that isWithWord matches (forms and lemmas lower-cased, hyphen heads):
 * one small set, not a scan of the sentence per entry.
 */
function sentenceWords(t: Tree, lex: TriggerLexicon): Set<string> {
  const all = withWords(lex);
  const { forms } = sentenceForms(t.tokens);
  const words = new Set<string>();
  for (let k = 0; k < t.tokens.length; k++) {
    const lower = t.lower(k), lemma = t.lemma(k), h = t.hyphenHead(k);
    const said = lemmaSaid(formTrigger(forms[k]!, lower, lex), lemma, lex);
    if (said.withLower) words.add(lower);
    if (said.withLemma) words.add(lemma);
    if (h !== null && all.has(h)) words.add(h);
    else if (h === null && compoundNoun(t, k, lex)) for (const c of compoundWithHeads(lemma, lex, all)) words.add(c);
  }
  return words;
}

/** Every word of every entry's `with` items, per lexicon (the entries are all in its index). */
function withWords(lex: TriggerLexicon): Set<string> {
  let all = withWordSets.get(lex);
  if (!all) {
    all = new Set();
    for (const entries of lex.index.values()) for (const e of entries) for (const alts of e.with) for (const w of alts) all.add(w);
    withWordSets.set(lex, all);
  }
  return all;
}
const withWordSets = new WeakMap<TriggerLexicon, Set<string>>();

/**
 * What the trigger lexicon says of a token form, kept on its keyed form (the same words come back in every
 * article), and of the lemma the form had last (mostly the same one): reads instead of index lookups per token.
 */
interface FormTrigger {
  lex: TriggerLexicon;
  /** lex.index.get(lower), withWords(lex).has(lower) */
  byLower: TriggerEntry[] | undefined;
  withLower: boolean;
  /** The lemma last asked about with this form, lex.index.get(lemma), withWords(lex).has(lemma). */
  lemma: string | undefined;
  byLemma: TriggerEntry[] | undefined;
  withLemma: boolean;
  /** compoundHead's answer for a noun of this form and lemma; null: not asked yet. */
  compound: TriggerEntry[] | undefined | null;
}
function formTrigger(f: KeyedForm, lower: string, lex: TriggerLexicon): FormTrigger {
  const known = f.trigger as FormTrigger | undefined;
  if (known && known.lex === lex) return known;
  const said: FormTrigger = { lex, byLower: lex.index.get(lower), withLower: withWords(lex).has(lower), lemma: undefined, byLemma: undefined, withLemma: false, compound: null };
  f.trigger = said;
  return said;
}
/** formTrigger's facts with those of `lemma` filled in. */
function lemmaSaid(said: FormTrigger, lemma: string, lex: TriggerLexicon): FormTrigger {
  if (said.lemma !== lemma) {
    said.lemma = lemma;
    said.byLemma = lex.index.get(lemma);
    said.withLemma = withWords(lex).has(lemma);
    said.compound = null;
  }
  return said;
}

/** A token's entries by lemma (a) and by form (b), merged by specificity: remembered per pair of shared lists. */
const mergedEntries = new WeakMap<TriggerEntry[], WeakMap<TriggerEntry[], TriggerEntry[]>>();
function mergeEntries(a: TriggerEntry[], b: TriggerEntry[]): TriggerEntry[] {
  let byB = mergedEntries.get(a);
  if (!byB) mergedEntries.set(a, (byB = new WeakMap()));
  let m = byB.get(b);
  if (!m) byB.set(b, (m = [...new Set([...a, ...b])].sort((x, y) => y.specificity - x.specificity)));
  return m;
}

/**
 * Token i is a participle inside a noun phrase, between its article and its noun ("een bedreigde soort", "de
 * aangeklaagde ouders", "het veel bekritiseerde plan"): it describes what the phrase names, it tells no act.
 * (Without an article the form may be a finite past the tagger misread: "vernielde meubilair".)
 */
function attributiveParticiple(t: Tree, i: number): boolean {
  const tok = t.tokens[i]!;
  // (A participle may be tagged an adjective: "het veel bekritiseerde plan".)
  if (tok.upos !== 'ADJ' && (tok.upos !== 'VERB' || tok.feats?.VerbForm !== 'Part')) return false;
  const r = t.rel(i);
  if (r !== 'amod' && r !== 'acl') return false;
  const h = t.head(i);
  if (h <= i) return false;
  const noun = t.tokens[h]!.upos;
  if (noun !== 'NOUN' && noun !== 'PROPN') return false;
  return t.kids[h]!.some((c) => c < i && t.rel(c) === 'det');
}

/**
 * Triggers of a sentence. Multiword and constrained entries go first and claim their parts, so "op de vlucht
 * slaan" is one flight, not also a noun "vlucht"; each token triggers at most once.
 */
export function findTriggers(t: Tree, lex: TriggerLexicon, kinds: TokenKinds): Trigger[] {
  const n = t.tokens.length;
  const used = new Uint8Array(n);
  const cands: { i: number; entries: TriggerEntry[] }[] = [];
  const { forms } = sentenceForms(t.tokens);
  for (let i = 0; i < n; i++) {
    const lemma = t.lemma(i), lower = t.lower(i);
    const said = lemmaSaid(formTrigger(forms[i]!, lower, lex), lemma, lex);
    const byLemma = said.byLemma;
    const a = byLemma ?? compoundHead(t, i, lex, said);
    // Most words are their own lemma: the same entries then.
    const b = lower === lemma ? byLemma : said.byLower;
    if (!a && !b) continue;
    const entries = a && b && a !== b ? mergeEntries(a, b) : (a ?? b)!;
    cands.push({ i, entries });
  }
  const out: Trigger[] = [];
  // withWordsPresent per entry, once per sentence (several tokens may share an entry: "is" and "zijn").
  const present = new Map<TriggerEntry, boolean>();
  let words: Set<string> | undefined;
  for (const pass of [true, false]) {
    for (const { i, entries } of cands) {
      if (used[i]) continue;
      const tok = t.tokens[i]!;
      const verbal = tok.upos === 'VERB' || tok.upos === 'AUX';
      const nominal = tok.upos === 'NOUN' || tok.upos === 'PROPN';
      for (const e of entries) {
        if ((e.specificity > 0) !== pass) continue;
        // A nominal entry on a verb (or the reverse) only when the form itself is listed, or when the "verb" is a noun
        // the tagger missed.
        if (e.noun && verbal && !e.forms.includes(t.lower(i)) && !nounLike(t, i)) continue;
        if (!e.noun && nominal && !e.forms.includes(t.lower(i)) && !e.lemmas.includes(t.lemma(i))) continue;
        // A verb form with a preposition or article of its own is a noun ("kwetsbaar voor aanvallen", "het aantal doden").
        if (!e.noun && !verbal && t.kids[i]!.some((c) => t.rel(c) === 'case' || t.rel(c) === 'det' || t.rel(c) === 'nmod:poss')) continue;
        // An infinitive with a possessor ("na zijn aftreden", "Bouteflika's aftreden") names the act, it does not tell
        // it ("het liquideren van een Iraniër" does: the act they are tried for).
        if (!e.noun && verbal && t.tokens[i]!.feats?.VerbForm === 'Inf' && t.kids[i]!.some((c) => t.rel(c) === 'nmod:poss')) continue;
        // A participle with an article of its own names a person ("de verdachte", "een gearresteerde") or a thing ("de
        // door Erdogan opgeroepen dreiging"), not an act; a predicate or a clause of its own tells one ("is nog altijd een verdachte").
        if (!e.noun && verbal && tok.feats?.VerbForm === 'Part' && t.kids[i]!.some((c) => t.rel(c) === 'det') && !t.kids[i]!.some((c) => t.rel(c) === 'cop' || t.rel(c).startsWith('aux') || t.rel(c).startsWith('nsubj'))) continue;
        if (!e.noun && nominal && !e.forms.includes(t.lower(i))) continue;
        // A participle used as an adjective ("op dreigende toon") describes, it does not tell an act.
        if (!e.noun && tok.upos === 'ADJ' && t.rel(i) === 'amod' && !e.forms.includes(t.lower(i))) continue;
        // (People who fled are a movement all the same: "honderden gevluchte militairen" are somewhere else now; people
        // held are still held: "the detained journalists".)
        if (!e.noun && e.category.kind !== 'movement' && !e.category.custody && attributiveParticiple(t, i)) continue;
        if (e.with.length) {
          let ok = present.get(e);
          if (ok === undefined) present.set(e, (ok = withWordsPresent((words ??= sentenceWords(t, lex)), e)));
          if (!ok) continue;
        }
        const parts = check(t, i, e, lex, kinds);
        if (!parts || parts.some((p) => used[p])) continue;
        out.push({ i, entry: e, parts });
        used[i] = 1;
        for (const p of parts) used[p] = 1;
        break;
      }
    }
  }
  return out.sort((x, y) => x.i - y.i);
}
