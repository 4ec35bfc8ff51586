// Finds attributed statements in one sentence: cue verbs (with their particles), their speaker,
// addressee, medium and content, "volgens X" / "according to X", "..., aldus X", and postposed cues
// ("„...”, zei X"). Works on token indices; index.ts turns statements into facts.
import type { ActorRef, Doc, Sentence, Token } from '../../model/index.js';
import type { TimeExpression } from '../../understand/time/index.js';
import type { ResolvedActor } from '../types.js';
import type { ClaimLexicon, Cue } from './lexicon.js';
import { sentenceForms, type KeyedForm } from '../../resolve/normalize.js';
import { newActor } from './speakers.js';
import { closesQuote, insideQuote, isPunct, isQuote, nominal, npEnd, opensQuote, spanText } from './tokens.js';

/** A token range [a, b] (inclusive) with the actor it names. */
export interface ActorSpan {
  a: number;
  b: number;
  actor: ActorRef;
  /** Found by the actor resolver (dictionary, entity, coreference), not guessed from a bare noun phrase. */
  known: boolean;
  /** A reference back ("hij", "de 82-jarige politicus"): it names the earlier actor, not the phrase. */
  back?: boolean;
}

export interface Statement {
  sentence: Sentence;
  /** Cue tokens: the verb and its particle or preposition ("riep" + "op"; "volgens"). */
  cueTokens: number[];
  cue: Cue | null;
  speaker: ActorSpan | null;
  addressee: ActorSpan | null;
  medium: [number, number] | null;
  /** Content token range [a, b], inclusive; null when the cue has no statement (an event only). */
  content: [number, number] | null;
  /** Clause window of the cue, [L, R). */
  window: [number, number];
  /** How the content was found: a complement clause, a quote, a colon, a preposition, an infinitive, the text before or around. */
  how: 'clause' | 'quote' | 'colon' | 'prep' | 'infinitive' | 'postposed' | 'according' | 'bare' | 'none';
  /** What is said is denied: a denying cue ("ontkende", "denied") or a negated one ("zei niet"). */
  negated: boolean;
  /** The speech act itself did not happen ("ontkende niet", "did not say"): a negator at the cue. */
  actNegated: boolean;
  hedged: boolean;
  /** Tokens [a, b] inside the content that are not part of it (a "volgens X" phrase in the middle). */
  gap?: [number, number];
  /** Index of the statement (same sentence) whose content contains this one. */
  parent: number | null;
  /** The parser made the speaker the cue's subject. */
  parsedSubject: boolean;
  /** The content is a quotation ("„...”, zei X"; "X: „...”"). */
  quoted: boolean;
  /** No content of its own but a demonstrative object ("Dat hebben X bekendgemaakt"): the previous sentence is what was said. */
  anaphoric?: boolean;
}

interface Hit {
  i: number;
  cue: Cue;
  particle: number | null;
}

interface SentenceView {
  doc: Doc;
  s: Sentence;
  lex: ClaimLexicon;
  lower: readonly string[];
  /** Each token's keyed form (formClaim). */
  forms: readonly KeyedForm[];
  actors: ResolvedActor[];
  /** Tokens covered by a time expression. */
  readonly timed: boolean[];
}

function view(doc: Doc, s: Sentence, lex: ClaimLexicon, actors: ResolvedActor[], times: () => TimeExpression[]): SentenceView {
  // The times are found only when a statement is read: most sentences with a cue word hold none.
  let timed: boolean[] | undefined;
  const { lowers, forms } = sentenceForms(s.tokens);
  return {
    doc,
    s,
    lex,
    lower: lowers,
    forms,
    actors,
    get timed() {
      if (timed) return timed;
      const xs = times();
      return (timed = s.tokens.map((t) => xs.some((x) => s.start + x.start < t.end && t.start < s.start + x.end)));
    },
  };
}

const isComma = (t: Token | undefined) => t?.form === ',';

/** Cue verbs of the sentence; split forms only with their particle in the same clause. */
/** Words that open a noun phrase: a "particle" before one is a preposition. */
const PHRASE_START = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'NUM', 'ADJ']);

/**
 * What the cue lexicon says of a token form, kept on its keyed form (the same words come back in every article):
 * whether a cue can start with it (cueOpeners), and its cues. `lower`: the form in lower case.
 */
export interface FormClaim {
  lex: ClaimLexicon;
  opens: boolean;
  cues: Cue[] | undefined;
}
export function formClaim(f: KeyedForm, lower: string, lex: ClaimLexicon): FormClaim {
  const known = f.claim as FormClaim | undefined;
  if (known && known.lex === lex) return known;
  const said: FormClaim = { lex, opens: cueOpeners(lex).has(lower), cues: lex.forms.get(lower) };
  f.claim = said;
  return said;
}

/** The words a cue can start with (cue forms, first words of "volgens X" and "aldus X" phrases, a colon), per lexicon. */
const openers = new WeakMap<ClaimLexicon, Set<string>>();
export function cueOpeners(lex: ClaimLexicon): Set<string> {
  let o = openers.get(lex);
  if (!o) openers.set(lex, (o = new Set([...lex.forms.keys(), ...[...lex.accordingTo, ...lex.postposed].map((p) => p[0]!), ':'])));
  return o;
}

function findHits(v: SentenceView): Hit[] {
  const { s, lex, lower } = v;
  const hits: Hit[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    const list = formClaim(v.forms[i]!, lower[i]!, lex).cues;
    if (!list) continue;
    // Part of a name ("the United States", "Verenigde Staten").
    if (s.tokens[i]!.upos === 'PROPN' && i > 0) continue;
    if (v.actors.some((r) => r.sentence === s.index && r.tokenStart <= i && i < r.tokenEnd && r.tokenEnd - r.tokenStart > 1)) continue;
    // "de eis", "een vraag", "the call": a noun, not the verb.
    const prev = s.tokens[i - 1];
    if (prev && (prev.upos === 'DET' || prev.deprel === 'det' || lex.articles.has(lower[i - 1]!) || prev.feats?.Poss === 'Yes')) continue;
    // A noun with its own article, unless an actor stands right before it ("De Taliban eisten" mis-parsed as one phrase).
    const afterActor = v.actors.some((r) => r.sentence === s.index && r.tokenEnd === i);
    if (!afterActor && s.tokens[i]!.upos === 'NOUN' && s.tokens.some((t) => t.head === i && t.deprel === 'det' && t.i < i)) continue;
    // A noun right after a verb, adjective or preposition is an object or modifier ("rejected calls for ...").
    if (!afterActor && s.tokens[i]!.upos === 'NOUN' && ['VERB', 'ADJ', 'ADP', 'NUM', 'NOUN'].includes(prev?.upos ?? '')) continue;
    // A participle inside a noun phrase, after its article or a modifier ("de internationaal geprezen corruptiebestrijdster",
    // "a widely praised plan"): no one says anything. (After a comma or quote it is the cue: "', verklaarde burgemeester X".)
    const tok = s.tokens[i]!;
    const inPhrase = prev !== undefined && (prev.upos === 'DET' || prev.upos === 'ADJ' || prev.upos === 'ADV');
    if (inPhrase && tok.feats?.VerbForm === 'Part' && (tok.deprel === 'amod' || tok.deprel === 'acl') && s.tokens[tok.head ?? -1]?.upos === 'NOUN' && !s.tokens.some((t) => t.head === i && (t.deprel ?? '').startsWith('aux'))) continue;
    for (const cue of list) {
      // "dreigen te verdwijnen" is a risk, not a threat.
      if (cue.notBefore.has(lower[i + 1] ?? '')) continue;
      if (!cue.split) {
        // Another separable verb the parser joined ("prijst ... aan" is aan_prijzen, to tout, not prijzen).
        // A "particle" that opens a phrase ("prees de militairen om hun moed") is a preposition the parser misread.
        const lemma = (s.tokens[i]!.lemma ?? '').toLowerCase();
        const prt = s.tokens.find((t) => t.head === i && t.deprel === 'compound:prt');
        const opensPhrase = prt !== undefined && PHRASE_START.has(s.tokens[prt.i + 1]?.upos ?? '');
        if (prt && !opensPhrase && lemma.includes('_') && lemma.replace(/_/g, '') !== cue.lemma.replace(/_/g, '')) continue;
        hits.push({ i, cue, particle: null });
        break;
      }
      let particle: number | null = null;
      for (let j = i + 1; j < Math.min(s.tokens.length, i + 24); j++) {
        const w = lower[j]!;
        if (lex.complementizers.has(w) || w === ':' || w === ';' || isQuote(s.tokens[j])) break;
        // A preposition with its noun phrase is no particle ("riep de ambassadeur op het matje").
        const prep = s.tokens[j + 1]?.upos === 'DET';
        if (cue.particle.has(w) && !prep) {
          particle = j;
          break;
        }
      }
      if (particle !== null) {
        hits.push({ i, cue, particle });
        break;
      }
    }
  }
  return hits;
}

/** The actor spans of the sentence as token ranges, longest first at each start. */
function actorSpans(v: SentenceView): ActorSpan[] {
  return v.actors
    .filter((r) => r.sentence === v.s.index && r.tokenEnd > r.tokenStart)
    .map((r) => ({ a: r.tokenStart, b: r.tokenEnd - 1, actor: r.actor, known: true, back: r.via === 'coreference' }));
}

/** Inside a prepositional phrase: walking back over the noun phrase reaches a preposition. */
function inPP(v: SentenceView, a: number): boolean {
  let k = a - 1;
  while (k >= 0 && nominal(v.s.tokens[k]) && v.s.tokens[k]!.upos !== 'PROPN') k--;
  const t = v.s.tokens[k];
  return !!t && t.upos === 'ADP' && !v.lex.forms.has(v.lower[k]!);
}

/**
 * The actor named by the noun phrase starting at token j: the resolved actors in it (an appositive
 * chain "Taliban-woordvoerder Suhail Shaheen" names its person), else the phrase as a new actor.
 */
function phraseAt(v: SentenceView, spans: ActorSpan[], j: number, limit: number): ActorSpan | null {
  let end = modifiedEnd(v, j, npEnd(v.s, j, limit), limit);
  const inside = () => spans.filter((x) => x.a >= j && x.a <= Math.max(end, j));
  let found = inside();
  if (end < j && found.length === 0) return null;
  for (const x of found) end = Math.max(end, x.b);
  // Chains of adjacent actors ("woordvoerder Suhail Shaheen") and of a comma apposition with a name ("Het hoofd
  // van de partij, Ayla Demir, zei"): a person, or a name the dictionary does not know closed by a comma.
  let closer: ActorSpan | null = null;
  for (;;) {
    const named = (x: ActorSpan) => v.s.tokens[x.a]!.upos !== 'PRON';
    const apposed = (x: ActorSpan) => x.actor.type === 'person' || (x.actor.type === 'unknown' && properName(v, x) && isComma(v.s.tokens[x.b + 1]));
    const next = spans.find((x) => named(x) && (x.a === end + 1 || (x.a === end + 2 && isComma(v.s.tokens[end + 1]) && apposed(x))));
    if (!next || next.a >= limit) break;
    end = Math.max(end, next.b);
    closer = next;
    found = inside();
  }
  // A known name in brackets right after the phrase is its short form ("de Syrische Democratische Strijdkrachten (SDF)").
  const bracketed = v.s.tokens[end + 1]?.form === '(' ? spans.find((x) => x.a === end + 2 && x.actor.id !== null && v.s.tokens[x.b + 1]?.form === ')' && x.b + 1 < limit) : undefined;
  if (bracketed && end >= j && !found.some((x) => x.actor.id !== null && x.actor.type === 'person')) return { a: j, b: bracketed.b + 1, actor: { ...bracketed.actor, text: spanText(v.s, j, bracketed.b + 1) }, known: true };
  // A description closed by a proper name ("de Italiaanse vicepremier Marco Rossi", "Het hoofd van de partij,
  // Ayla Demir,") is that named person; a name inside a modifier is not ("de minister van Defensie").
  const tail = closer ?? (found.length > 1 ? found[found.length - 1]! : null);
  if (tail && tail.b === end && tail.actor.id === null && (tail.actor.type === 'person' || tail.actor.type === 'unknown') && properName(v, tail) && (closer || !v.s.tokens.slice(j, tail.a).some((t) => t.upos === 'ADP')) && !found.some((x) => x.actor.id !== null && x.actor.type === 'person')) {
    return { a: j, b: end, actor: { ...tail.actor, type: 'person' }, known: true };
  }
  end = Math.min(end, limit - 1);
  // The phrase names its person, or its head actor; an actor only inside a modifier ("de minister van Defensie") is not the referent.
  const modifier = (x: ActorSpan) => v.s.tokens.slice(j, x.a).some((t) => t.upos === 'ADP');
  // The name closes an appositive chain ("oud-kompaan PvdA-leider Lodewijk Asscher"): the last person.
  // A role noun the dictionary does not know ("a Taliban spokesman") speaks for the known actor in its phrase.
  const best =
    [...found].reverse().find((x) => x.actor.type === 'person' && x.actor.id !== null) ??
    found.find((x) => x.actor.id !== null && !modifier(x) && v.s.tokens[x.a]!.upos !== 'PRON') ??
    [...found].reverse().find((x) => x.actor.type === 'person') ??
    found.find((x) => !modifier(x));
  // Only an adjective of the phrase is an actor ("de Nederlandse Vereniging voor ..."): the phrase is a new actor of that country.
  const inActor = (k: number) => found.some((x) => x.a <= k && k <= x.b);
  if (best && v.s.tokens.slice(best.a, best.b + 1).every((t) => t.upos === 'ADJ') && v.s.tokens.slice(j, end + 1).some((t) => !inActor(t.i) && (t.upos === 'NOUN' || t.upos === 'PROPN'))) {
    const text = spanText(v.s, j, end);
    return { a: j, b: end, actor: { ...newActor(text, v.doc), country: best.actor.country }, known: false };
  }
  if (best) {
    // A group or person the dictionary does not know is named by the whole phrase ("de minister van Defensie"), not its head noun.
    const pronoun = v.s.tokens.slice(best.a, best.b + 1).some((t) => t.upos === 'PRON');
    if (best.actor.id === null && !pronoun && !best.back && (best.a > j || best.b < end)) {
      const text = spanText(v.s, j, end);
      return { a: j, b: end, actor: { ...best.actor, text, name: text }, known: true };
    }
    return { a: j, b: end, actor: best.actor, known: true };
  }
  const t = v.s.tokens[j]!;
  if (t.upos === 'PRON') return null;
  const text = spanText(v.s, j, end);
  return { a: j, b: end, actor: newActor(text, v.doc), known: false };
}

/**
 * The subject of the verb a cue is conjoined to right after a coordinator ("X schaarde zich achter ... en riep Y
 * op"): the cue shares it, so a noun phrase after the cue is its object, not an inverted speaker.
 */
function conjunctSubject(v: SentenceView, spans: ActorSpan[], i: number): ActorSpan | null {
  const { s } = v;
  const t = s.tokens[i]!;
  if (t.deprel !== 'conj' || t.head === undefined || t.head < 0 || t.head >= i) return null;
  // Right after the coordinator the verb shares the subject; a parsed subject after it is its object, unless a
  // pronoun ("en zei hij").
  if (s.tokens.some((d) => d.head === i && d.deprel?.startsWith('nsubj') && (d.i < i || d.upos === 'PRON'))) return null;
  let j = i - 1;
  while (j > t.head && s.tokens[j]!.upos === 'ADV') j--;
  if (!v.lex.coordinators.has(v.lower[j]!)) return null;
  const subj = s.tokens.find((d) => d.head === t.head && d.deprel?.startsWith('nsubj'));
  if (!subj || subj.upos === 'PRON') return null;
  // The subject phrase starts at its leftmost dependent.
  let left = subj.i;
  for (const d of s.tokens) {
    let h = d.i;
    for (let step = 0; step < 6 && h >= 0 && h !== subj.i; step++) h = s.tokens[h]!.head ?? -1;
    if (h === subj.i && d.i < left) left = d.i;
  }
  return phraseAt(v, spans, left, t.head);
}

/** How far (in tokens) a complementizer may be from its cue: speaker, addressee, medium and time fit in this. */
const MAX_GAP = 14;

/**
 * Extends a noun phrase [i, end] over prepositional modifiers the parser attaches inside it ("de minister van
 * Defensie"), but not over a medium ("de generaal in een toespraak").
 */
function modifiedEnd(v: SentenceView, i: number, end: number, limit: number): number {
  const { s, lex, lower } = v;
  let j = end + 1;
  while (end >= i && j < limit && s.tokens[j]!.upos === 'ADP' && !lex.forms.has(lower[j]!)) {
    const e = npEnd(s, j + 1, limit);
    const words = lower.slice(j + 1, e + 1);
    const attached = s.tokens.slice(j + 1, e + 1).some((t) => t.head !== undefined && t.head >= i && t.head < j && t.deprel?.startsWith('nmod'));
    if (e < j + 1 || !attached || words.some((w) => isMediumWord(lex, w))) break;
    // A time phrase the parser hung on the speaker ("de gouverneur in maart", "van Defensie maandag") dates the
    // statement, it does not name anyone: the phrase ends before it.
    const timed = v.timed.indexOf(true, j + 1);
    if (timed >= 0 && timed <= e) {
      if (timed > j + 1) end = timed - 1;
      break;
    }
    end = e;
    j = e + 1;
  }
  return end;
}

function isMediumWord(lex: ClaimLexicon, w: string): boolean {
  return lex.mediumNouns.some((m) => w === m || (w.length > m.length + 2 && w.endsWith(m)));
}

interface Marker {
  at: number;
  kind: Statement['how'];
}

/** Where the statement starts after the cue: complementizer, colon, opening quote, content preposition, infinitive. */
function findMarker(v: SentenceView, hit: Hit, from: number, R: number): Marker | null {
  const { s, lex, lower } = v;
  for (let j = from; j < R; j++) {
    if (j === hit.particle) continue;
    const w = lower[j]!;
    const next = s.tokens[j + 1];
    // A complementizer far from the cue belongs to another clause.
    if (lex.complementizers.has(w)) return j - from <= MAX_GAP ? { at: j, kind: 'clause' } : null;
    if (w === ':') return j - from <= MAX_GAP ? { at: j, kind: 'colon' } : null;
    if (opensQuote(s.text, s.start, s.tokens[j]!)) return j - from <= MAX_GAP ? { at: j, kind: 'quote' } : null;
    // A subordinate clause ("nadat ...", "omdat ...") is not the cue's complement.
    if (s.tokens[j]!.upos === 'SCONJ' && j > from) return null;
    if (hit.cue.content.has(w) && (j !== hit.i + 1 || !hit.cue.addresseePreps.has(w))) return { at: j, kind: 'prep' };
    if (lex.infinitive.has(w) && next && (next.upos === 'VERB' || next.upos === 'AUX')) {
      // "verklaarde bereid te zijn" is a statement; an infinitive further on belongs to another clause.
      return hit.cue.needsClause && j - from > 4 ? null : { at: j, kind: 'infinitive' };
    }
    if (lex.coordinators.has(w) && next?.upos === 'VERB' && next.feats?.VerbForm === 'Fin') return null;
    if (w === ';') return null;
    // ", verweet hij ...": a new clause; what comes there is not this cue's.
    if (isComma(s.tokens[j]) && next?.upos === 'VERB' && next.feats?.VerbForm === 'Fin') return null;
  }
  return null;
}

interface Around {
  speaker: ActorSpan | null;
  addressee: ActorSpan | null;
  medium: [number, number] | null;
  /** First token not read as speaker, addressee, medium, time or adverb. */
  stop: number;
}

/** A prepositional phrase at j: a medium ("in een interview met de BBC", "tegen het persbureau RIA") or an addressee ("tegen de minister"). */
function readPP(v: SentenceView, spans: ActorSpan[], hit: Hit, j: number, limit: number): { end: number; medium: boolean; addressee: ActorSpan | null } {
  const { lex, lower } = v;
  const np = phraseAt(v, spans, j + 1, limit);
  let end = np ? np.b : j;
  let addressee: ActorSpan | null = np;
  const words = () => lower.slice(j + 1, end + 1);
  let medium = words().some((w) => isMediumWord(lex, w)) || np?.actor.type === 'media';
  // "in een interview met de BBC": who the speaker spoke to follows "met" (inside the phrase or right after it).
  let withAt = -1;
  for (let k = j + 1; k <= end + 1 && k < limit; k++) if (lex.mediumWith.has(lower[k]!)) withAt = k;
  if (medium && withAt > 0) {
    const partner = phraseAt(v, spans, withAt + 1, limit);
    if (partner) {
      addressee = partner;
      end = Math.max(end, partner.b);
    }
  } else if (medium && np && np.actor.type !== 'media') {
    // "in een verklaring": a medium without a partner.
    addressee = null;
  }
  if (!lex.mediumPrepositions.has(lower[j]!)) medium = false;
  // "In a televised address he warned": the subject pronoun after the phrase is not part of it.
  while (end > j + 1 && v.s.tokens[end]!.upos === 'PRON' && v.s.tokens[end]!.feats?.Poss !== 'Yes') end--;
  // "in een toespraak op de nationale televisie": a medium phrase continued by another one.
  while (medium && lex.mediumPrepositions.has(lower[end + 1] ?? '') && v.s.tokens[end + 1]!.upos === 'ADP') {
    const e = npEnd(v.s, end + 2, limit);
    if (e < end + 2 || !lower.slice(end + 2, e + 1).some((w) => isMediumWord(lex, w))) break;
    end = e;
  }
  if (!medium && !hit.cue.addresseePreps.has(lower[j]!)) addressee = null;
  return { end, medium, addressee };
}

/** Reads the tokens after the cue up to `to` (exclusive): inverted speaker, addressee, medium, times, adverbs. */
function readAfter(v: SentenceView, spans: ActorSpan[], hit: Hit, from: number, to: number, wantSpeaker: boolean, markerFollows: boolean, infinitive = false): Around {
  const { s, lex, lower } = v;
  const out: Around = { speaker: null, addressee: null, medium: null, stop: to };
  let j = from;
  while (j < to) {
    const t = s.tokens[j]!;
    const w = lower[j]!;
    // Before an infinitive everything that is not speaker, addressee or medium belongs to it ("niet tegenover maar naast elkaar te staan").
    if (infinitive && j !== hit.particle && !v.timed[j] && (lex.negators.has(w) || (t.upos === 'ADP' && !lex.mediumPrepositions.has(w) && !hit.cue.addresseePreps.has(w)))) break;
    if (j === hit.particle || v.timed[j] || t.upos === 'ADV' || isComma(t) || lex.negators.has(w) || lex.hedges.has(w)) {
      j++;
      continue;
    }
    if (t.upos === 'ADP' && (lex.mediumPrepositions.has(w) || hit.cue.addresseePreps.has(w))) {
      const pp = readPP(v, spans, hit, j, to);
      if (pp.medium && !out.medium) out.medium = [j, pp.end];
      if (pp.addressee && !out.addressee) out.addressee = pp.addressee;
      if (pp.medium || pp.addressee || markerFollows) {
        j = pp.end + 1;
        continue;
      }
      break;
    }
    if (t.upos === 'ADP' && markerFollows) {
      // Another adjunct before the complement ("zei in Kabul dat"): not part of the statement.
      j = Math.max(j + 1, npEnd(s, j + 1, to) + 1);
      continue;
    }
    const resolvedHere = spans.find((x) => x.a === j);
    if (resolvedHere || nominal(t)) {
      const np = phraseAt(v, spans, j, to);
      if (np && wantSpeaker && !out.speaker) {
        out.speaker = np;
        j = np.b + 1;
        continue;
      }
      if (np && hit.cue.addresseeObject && !out.addressee && (markerFollows || np.known)) {
        out.addressee = np;
        j = np.b + 1;
        continue;
      }
      if (np && t.upos === 'PRON' && markerFollows) {
        // A reflexive or object pronoun before the complement ("noemt zichzelf ...").
        j = np.b + 1;
        continue;
      }
      break;
    }
    // A subject pronoun no actor resolved ("roept hij Europa op te ..."): the speaker, not a word to skip.
    if (wantSpeaker && !out.speaker && t.upos === 'PRON' && t.feats?.PronType === 'Prs' && t.feats?.Case !== 'Acc' && t.feats?.Reflex !== 'Yes') {
      out.speaker = { a: j, b: j, actor: newActor(t.form, v.doc), known: false };
      j++;
      continue;
    }
    if (t.upos === 'PRON' && markerFollows && !isQuote(t)) {
      j++;
      continue;
    }
    break;
  }
  // Whatever stands between the cue and its complement is the addressee when the parser was unsure ("called on both sides to").
  const between = s.tokens.slice(j, to);
  // A noun phrase, or words the tagger could not place ("both sides"), but not an adverb ("riepen massaal op").
  const nounish = between.some((x) => x.upos === 'NOUN' || x.upos === 'PROPN' || x.upos === 'PRON') || between[0]?.upos === 'DET' || !between.some((x) => x.upos === 'ADV' || x.upos === 'ADJ');
  if (j < to && markerFollows && hit.cue.addresseeObject && !out.addressee && to - j <= 6 && nounish && !between.some((x) => isPunct(x) || x.upos === 'ADP')) {
    out.addressee = { a: j, b: to - 1, actor: newActor(spanText(s, j, to - 1), v.doc), known: false };
    j = to;
  }
  out.stop = j;
  return out;
}

/** Start of the clause the cue is in, walking left over its subject, auxiliaries, adverbs and adjuncts. */
function clauseStart(v: SentenceView, i: number, L: number): number {
  const { s, lex, lower } = v;
  let k = i - 1;
  while (k >= L) {
    const t = s.tokens[k]!;
    const w = lower[k]!;
    // A parenthesis inside the subject ("Rutte (hij vergat zijn tekst) riep ...") is skipped whole.
    if (t.form === ')') {
      let open = k - 1;
      while (open >= L && s.tokens[open]!.form !== '(') open--;
      if (open >= L) {
        k = open - 1;
        continue;
      }
    }
    if (lex.complementizers.has(w) || t.upos === 'SCONJ' || lex.coordinators.has(w)) break;
    if (t.upos === 'VERB' && !v.timed[k]) break;
    if (isPunct(t) && !isComma(t)) break;
    if (isComma(t)) {
      // A comma ends the clause unless it sets off an apposition ("Saleh, de oud-vicepresident, zei").
      const before = s.tokens[k - 1];
      if (!before || !(nominal(before) || before.upos === 'PROPN')) break;
    }
    k--;
  }
  return k + 1;
}

/** Start of the noun phrase whose head region begins at a: its article and adjectives ("De | minister"). */
function npStart(v: SentenceView, a: number, from: number): number {
  // Nouns before the head only when they modify it ("The defence minister"), not a phrase of their own.
  const inside = (t: Token) => (t.upos !== 'PROPN' && t.upos !== 'NOUN') || (t.head !== undefined && t.head >= a && t.deprel !== 'nsubj' && t.deprel !== 'obj');
  while (a > from && nominal(v.s.tokens[a - 1]) && inside(v.s.tokens[a - 1]!)) a--;
  return a;
}

/** Token a lies inside a parenthesis that closes before token i. */
function inParens(v: SentenceView, a: number, i: number): boolean {
  const toks = v.s.tokens;
  let open = -1;
  for (let k = a - 1; k >= 0; k--) {
    if (toks[k]!.form === ')') return false;
    if (toks[k]!.form === '(') {
      open = k;
      break;
    }
  }
  if (open < 0) return false;
  for (let k = a + 1; k < i; k++) if (toks[k]!.form === ')') return true;
  return false;
}

function subjectLeft(v: SentenceView, spans: ActorSpan[], hit: Hit, from: number): { speaker: ActorSpan | null; parsed: boolean; rest: ActorSpan[] } {
  const { s } = v;
  const i = hit.i;
  const candidates = spans.filter((x) => x.a >= from && x.b < i && !inPP(v, x.a) && !inParens(v, x.a, i));
  const nsubj = s.tokens.filter((t) => t.head === i && t.deprel?.startsWith('nsubj'));
  // A person right before the cue ("... minister Heiko Maas zei") is its subject, whatever came first.
  let k = i - 1;
  while (k >= from && v.timed[k]) k--;
  const adjacent = candidates.find((x) => x.b === k && x.actor.type === 'person');
  if (adjacent && adjacent !== candidates[0]) {
    const np = phraseAt(v, spans, npStart(v, adjacent.a, from), i) ?? adjacent;
    return { speaker: np, parsed: false, rest: [] };
  }
  const parsedSubject = candidates.find((x) => nsubj.some((t) => t.i >= x.a - 3 && t.i <= x.b));
  if (parsedSubject) {
    const np = phraseAt(v, spans, npStart(v, parsedSubject.a, from), i) ?? parsedSubject;
    return { speaker: np, parsed: true, rest: candidates.filter((x) => x.a > np.b) };
  }
  if (candidates.length) {
    const np = phraseAt(v, spans, npStart(v, candidates[0]!.a, from), i) ?? candidates[0]!;
    return { speaker: np, parsed: false, rest: candidates.filter((x) => x.a > np.b) };
  }
  // A noun phrase subject that names no known actor ("een woordvoerder zei"), or an unresolved pronoun.
  // A fronted demonstrative ("Dat hebben X gezegd") is what was said, not who said it.
  const sub = nsubj.find((t) => t.i >= from && t.i < i && (nominal(t) || (t.upos === 'PRON' && t.feats?.PronType !== 'Dem')));
  if (sub?.upos === 'PRON') return { speaker: { a: sub.i, b: sub.i, actor: newActor(sub.form, v.doc), known: false }, parsed: true, rest: [] };
  if (sub) {
    let a = sub.i;
    while (a > from && nominal(s.tokens[a - 1])) a--;
    const np = phraseAt(v, spans, a, i);
    if (np) return { speaker: np, parsed: true, rest: [] };
  }
  // No parse to go by: a clause that is one noun phrase before the cue ("The president denied"), or a personal pronoun ("Ik roep ... op").
  let a = from;
  while (a < i && (s.tokens[a]!.upos === 'ADV' || v.timed[a] || isQuote(s.tokens[a]))) a++;
  const t = s.tokens[a];
  if (a === i - 1 && t?.upos === 'PRON' && t.feats?.PronType === 'Prs' && t.feats?.Case !== 'Acc') {
    return { speaker: { a, b: a, actor: newActor(t.form, v.doc), known: false }, parsed: false, rest: [] };
  }
  if (a < i && nominal(s.tokens[a])) {
    const np = phraseAt(v, spans, a, i);
    let rest = np ? np.b + 1 : a;
    for (;;) {
      const r = s.tokens[rest];
      if (rest >= i || !r) break;
      // A parenthesis after the subject ("De woordvoerder (zelf oud-militair) noemt") is skipped whole.
      if (r.form === '(') {
        const close = s.tokens.findIndex((x, j) => j > rest && j < i && x.form === ')');
        if (close < 0) break;
        rest = close + 1;
        continue;
      }
      if (r.upos === 'ADV' || r.upos === 'AUX' || v.timed[rest] || v.lex.hedges.has(v.lower[rest]!) || v.lex.negators.has(v.lower[rest]!)) rest++;
      else break;
    }
    if (np && rest === i) return { speaker: np, parsed: false, rest: [] };
  }
  return { speaker: null, parsed: false, rest: [] };
}

/** Every token of the span is a proper noun: a name, not a description. */
function properName(v: SentenceView, x: ActorSpan): boolean {
  for (let k = x.a; k <= x.b; k++) if (v.s.tokens[k]!.upos !== 'PROPN') return false;
  return true;
}

/** Trims punctuation (and a quotation wrapped around everything) from a content range. */
function trimContent(v: SentenceView, a: number, b: number): [number, number] | null {
  const { s } = v;
  while (a <= b && (isComma(s.tokens[a]) || s.tokens[a]!.form === ':')) a++;
  while (b >= a && isPunct(s.tokens[b]) && !(isQuote(s.tokens[b]) && closesQuote(s.text, s.start, s.tokens[b]!))) b--;
  // A quotation cut off by the clause boundary ("„We blijven hier”, zei ..." read up to the comma).
  if (b > a && opensQuote(s.text, s.start, s.tokens[a]!) && !s.tokens.slice(a + 1, b + 1).some((t) => isQuote(t))) a++;
  if (b >= a && isQuote(s.tokens[a]) && isQuote(s.tokens[b]) && b > a + 1) {
    const inner = s.tokens.slice(a + 1, b);
    if (!inner.some((t) => isQuote(t))) {
      a++;
      b--;
      while (b >= a && isPunct(s.tokens[b]) && s.tokens[b]!.form !== '?' && s.tokens[b]!.form !== '!') b--;
    }
  }
  return b >= a ? [a, b] : null;
}

/** "„…”, zei X" / "“…,” X said": a comma or closing quote right before the cue (or before its subject). */
function postposedEnd(v: SentenceView, spans: ActorSpan[], i: number, L: number): { end: number; subject: ActorSpan | null } | null {
  const { s, lex, lower } = v;
  // "..., zo hebben X en Y woensdag gezegd": a marker after the comma, the subject between it and the cue.
  for (let z = i - 1; z > L + 1; z--) {
    if (isComma(s.tokens[z]) || isPunct(s.tokens[z])) break;
    if (lex.postposedMarkers.has(lower[z]!) && isComma(s.tokens[z - 1])) {
      const first = spans.find((x) => x.a > z && x.b < i);
      let a = z + 1;
      while (a < i && (s.tokens[a]!.upos === 'AUX' || s.tokens[a]!.upos === 'VERB')) a++;
      // The phrase the first actor starts ("de Italiaanse vicepremier Marco Rossi"), so that a name closing it wins.
      return { end: z - 2, subject: first ? (phraseAt(v, spans, first.a, i) ?? first) : phraseAt(v, spans, a, i) };
    }
  }
  let k = i - 1;
  let subject: ActorSpan | null = null;
  const sp = spans.find((x) => x.b === k) ?? null;
  if (sp && sp.a > L) {
    k = sp.a - 1;
    while (k > L && nominal(s.tokens[k]) && k > sp.a - 4) k--;
    subject = phraseAt(v, spans, k + 1, i) ?? sp;
  } else if (s.tokens[k] && (s.tokens[k]!.upos === 'PRON' || nominal(s.tokens[k]))) {
    let a = k;
    while (a > L && nominal(s.tokens[a - 1]) && a > k - 4) a--;
    const np = phraseAt(v, spans, a, i) ?? (spans.find((x) => x.a === a) ?? null);
    k = a - 1;
    subject = np;
  }
  let sawMark = false;
  while (k > L && (isComma(s.tokens[k]) || (isQuote(s.tokens[k]) && closesQuote(s.text, s.start, s.tokens[k]!)))) {
    sawMark = true;
    k--;
  }
  if (!sawMark || k <= L) return null;
  // The statement comes first: there must be a clause before the comma, not a fronted phrase, nor a subject with
  // its relative clause ("Ahmad Massoud, who leads the front, rejected the claim": the verb is the relative's).
  // A relative clause by its words (the parse of such sentences is often off): a relative pronoun after a comma or
  // right after its noun ("Een vrouw die ... had gemaakt, scandeerde ..."), up to the next comma.
  const inRelative = new Uint8Array(k + 1);
  for (let j = L; j <= k; j++) {
    if (!(isComma(s.tokens[j]) || nominal(s.tokens[j])) || s.tokens[j + 1]?.feats?.PronType !== 'Rel') continue;
    for (let x = j + 1; x <= k && !isComma(s.tokens[x]); x++) inRelative[x] = 1;
  }
  if (!s.tokens.slice(L, k + 1).some((t) => ((t.upos === 'VERB' || t.upos === 'AUX') && inRelative[t.i] !== 1) || isQuote(t))) return null;
  return { end: k, subject };
}

/** All statements of one sentence; `times` gives the sentence's time expressions, asked for only when needed. */
export function sentenceStatements(doc: Doc, s: Sentence, lex: ClaimLexicon, actors: ResolvedActor[], times: () => TimeExpression[]): Statement[] {
  const v = view(doc, s, lex, actors, times);
  const spans = actorSpans(v);
  const n = s.tokens.length;
  const hits = findHits(v);
  const out: Statement[] = [];
  const used = new Set<number>();
  // A colon quotation first: cues inside it are what its speaker says.
  const colon = colonQuote(v, spans);
  if (colon) out.push(colon);

  // A cue right after a coordinator (or comma) that follows another cue's clause starts a new clause.
  const coordinate = hits.map((h, k) => {
    if (k === 0) return -1;
    let j = h.i - 1;
    while (j > hits[k - 1]!.i && s.tokens[j]!.upos === 'ADV') j--;
    if (lex.coordinators.has(v.lower[j]!)) return j;
    return -1;
  });

  // A cue that closes the sentence ("„...”, zei X." / "..., aldus X") attributes all before it: read it first,
  // so that cues inside its quotation ("Ik roep ... op") are read as part of what it reports.
  const tail = hits.map((h) => {
    const after = h.particle === h.i + 1 ? h.i + 2 : h.i + 1;
    // A cue inside a quotation is what the quoted speaker says ("scandeerde 'Als ..., zeg dan paf'"), never the tail.
    if (findMarker(v, h, after, n) || insideQuote(s, h.i) || !postposedEnd(v, spans, h.i, 0)) return false;
    const around = readAfter(v, spans, h, after, n, true, false);
    return s.tokens.slice(around.stop).every((t) => isPunct(t));
  });
  const order = [...hits.keys()].sort((a, b) => Number(tail[b]) - Number(tail[a]) || a - b);

  for (const k of order) {
    const hit = hits[k]!;
    if (used.has(hit.i)) continue;
    let R = n;
    if (!tail[k]) {
      for (let m = k + 1; m < hits.length; m++) if (coordinate[m]! >= 0) {
        R = coordinate[m]!;
        break;
      }
    }
    let L = coordinate[k]! >= 0 && !tail[k] ? coordinate[k]! + 1 : 0;
    // Inside an earlier statement's content: the clause starts at that content and ends with it.
    let parent: number | null = null;
    for (let p = out.length - 1; p >= 0; p--) {
      const c = out[p]!.content;
      if (c && c[0] <= hit.i && hit.i <= c[1]) {
        parent = p;
        L = Math.max(L, c[0]);
        R = Math.min(R, c[1] + 1);
        break;
      }
    }
    if (coordinate[k]! >= 0 && out.length) {
      // The earlier clause ends at the coordinator.
      const prev = out[out.length - 1]!;
      if (prev.content && prev.content[1] >= coordinate[k]!) prev.content = trimContent(v, prev.content[0], coordinate[k]! - 1);
    }
    const after = hit.particle === hit.i + 1 ? hit.i + 2 : hit.i + 1;
    const marker = findMarker(v, hit, after, R);
    // "dreigde ... te gebeuren": the word that makes the form no cue also when it comes later.
    if (marker?.kind === 'infinitive' && hit.cue.notBefore.has(v.lower[marker.at]!)) continue;
    if (marker?.kind === 'infinitive' && hit.cue.notInfinitive.has(v.lower[marker.at + 1] ?? '')) continue;
    const start = clauseStart(v, hit.i, L);
    const post = marker ? null : postposedEnd(v, spans, hit.i, start > L ? L : start);
    let speaker: ActorSpan | null = null;
    let parsedSubject = false;
    let addressee: ActorSpan | null = null;
    let content: [number, number] | null = null;
    let how: Statement['how'] = 'none';
    let medium: [number, number] | null = null;

    if (post) {
      speaker = post.subject;
      const around = readAfter(v, spans, hit, after, R, !speaker, false);
      speaker = speaker ?? around.speaker;
      addressee = around.addressee;
      medium = around.medium;
      content = trimContent(v, L, post.end);
      how = 'postposed';
    } else {
      const left = subjectLeft(v, spans, hit, start);
      let subjectBefore = false;
      speaker = left.speaker;
      parsedSubject = left.parsed;
      // The cue opens its clause after a comma: the subject came before an apposition or relative clause
      // ("Driessen, die ... deed, noemt het ...", "Een vrouw die ... had gemaakt, scandeerde ...").
      if (!speaker && isComma(s.tokens[hit.i - 1]) && coordinate[k]! < 0) {
        // Only when the sentence opens with a noun phrase set off by a comma or parenthesis (not "Nadat ..., zei X").
        const np = nominal(s.tokens[L]) || spans.some((x) => x.a === L) ? phraseAt(v, spans, L, hit.i) : null;
        const next = np ? s.tokens[np.b + 1] : undefined;
        const setOff = np && (isComma(next) || next?.form === '(' || next?.feats?.PronType === 'Rel');
        if (np && setOff && np.b < hit.i - 1) {
          speaker = np;
          subjectBefore = true;
        }
      }
      if (hit.cue.addresseeObject && left.rest.length) addressee = left.rest[0]!;
      // Coordinated cue without its own subject: the subject of the first ("zei ..., maar zwoer dat").
      const inherits = !speaker && coordinate[k]! >= 0 && out.length > 0;
      if (inherits) speaker = out[out.length - 1]!.speaker;
      // Conjoined to a verb that is no cue ("X schaarde zich achter ... en riep Y op"): that verb's subject.
      if (!speaker) speaker = conjunctSubject(v, spans, hit.i);
      // Only a finite verb has its subject after it ("zei de minister"); "had verteld waar ..." has none there.
      const finite = !['Inf', 'Part'].includes(s.tokens[hit.i]!.feats?.VerbForm ?? '');
      const around = readAfter(v, spans, hit, after, marker ? marker.at : R, !speaker && finite && !subjectBefore, !!marker, marker?.kind === 'infinitive');
      speaker = speaker ?? around.speaker;
      addressee = addressee ?? around.addressee;
      medium = around.medium;
      if (!medium) {
        // A medium before the cue: "In een interview met de BBC zei ...".
        for (let j = L; j < hit.i; j++) {
          if (s.tokens[j]!.upos !== 'ADP' || !lex.mediumPrepositions.has(v.lower[j]!)) continue;
          const pp = readPP(v, spans, hit, j, hit.i);
          if (pp.medium) {
            medium = [j, pp.end];
            addressee = addressee ?? pp.addressee;
            break;
          }
        }
      }
      if (marker) {
        const from = marker.kind === 'quote' ? marker.at : marker.kind === 'infinitive' ? Math.min(around.stop, marker.at) : marker.at + 1;
        // ", is opgepakt": a finite verb after a comma returns to the clause the cue was embedded in.
        let end = R;
        if (marker.kind !== 'quote') {
          for (let j = from; j < R - 1; j++) {
            const next = s.tokens[j + 1]!;
            if (isComma(s.tokens[j]) && (next.upos === 'VERB' || next.upos === 'AUX') && next.feats?.VerbForm === 'Fin' && !lex.forms.has(v.lower[j + 1]!)) {
              end = j;
              break;
            }
          }
        }
        content = trimContent(v, from, end - 1);
        how = marker.kind;
      } else if (!hit.cue.needsClause && around.stop < R) {
        let end = R;
        for (let j = around.stop; j < R - 1; j++) {
          const next = s.tokens[j + 1]!;
          if (isComma(s.tokens[j]) && next.upos === 'VERB' && next.feats?.VerbForm === 'Fin') {
            end = j;
            break;
          }
        }
        content = trimContent(v, around.stop, end - 1);
        how = 'bare';
      }
    }
    if (hit.cue.needsClause && how === 'bare') content = null;
    // Verb-final ("heeft Guaidó de uitzetting veroordeeld"): what stands between the subject and the cue.
    if (!content && !post && speaker && speaker.b < hit.i && s.tokens.slice(after).every((t) => isPunct(t))) {
      let a = Math.max(speaker.b, addressee && addressee.b < hit.i ? addressee.b : -1) + 1;
      let b = hit.i - 1;
      const skip = (t: Token) => t.upos === 'AUX' || t.upos === 'ADV' || v.timed[t.i] || lex.hedges.has(v.lower[t.i]!) || (medium !== null && t.i >= medium[0] && t.i <= medium[1]);
      while (a <= b && skip(s.tokens[a]!)) a++;
      while (b >= a && (skip(s.tokens[b]!) || s.tokens[b]!.i === hit.particle)) b--;
      if (b >= a && !hit.cue.needsClause && s.tokens.slice(a, b + 1).some((t) => t.upos === 'NOUN' || t.upos === 'PROPN')) {
        content = trimContent(v, a, b);
        how = 'bare';
      }
    }
    // "Dat hebben X en Y bekendgemaakt", "X zou Y hierom hebben verzocht": the demonstrative stands for the sentence before.
    const first = s.tokens[L];
    const fronted = L === 0 && first?.upos === 'PRON' && first.feats?.PronType === 'Dem' && first.i < hit.i;
    const adverb = !!speaker && s.tokens.slice(speaker.b + 1, hit.i).some((t) => lex.anaphors.has(v.lower[t.i]!));
    const anaphoric = !content && s.index > 0 && (fronted || adverb);
    if (!content && !hit.cue.event && !anaphoric) continue;

    const region = s.tokens.slice(start, hit.i).map((t) => t.i);
    const mid = s.tokens.slice(after, content ? content[0] : R).map((t) => t.i);
    const actNegated = [...region.slice(-3), ...mid.slice(0, 2)].some((j) => lex.negators.has(v.lower[j]!));
    const negated = hit.cue.negates || actNegated;
    const hedged = region.some((j) => lex.hedges.has(v.lower[j]!)) || lex.hedges.has(v.lower[after] ?? '');
    if (addressee && speaker && addressee.actor.name === speaker.actor.name && addressee.actor.id === speaker.actor.id) addressee = null;
    // A passive cue ("werd gevraagd") has its addressee as subject; nothing to attribute.
    if (s.tokens.some((t) => t.head === hit.i && t.deprel === 'aux:pass' && (t.upos === 'AUX' || lex.passiveAuxiliaries.has(v.lower[t.i]!)))) continue;
    // (A verb, not the possessive: "zijn ex had verklaard".)
    if (s.tokens[hit.i]!.feats?.VerbForm === 'Part' && s.tokens.slice(start, hit.i).some((t) => (t.upos === 'AUX' || t.upos === 'VERB') && lex.passiveAuxiliaries.has(v.lower[t.i]!))) continue;
    // A guessed speaker must have a noun or pronoun in it ("eerlijk gezegd" has none).
    const headed = (a: number, b: number) => (b > a && s.tokens[a]!.upos === 'DET') || s.tokens.slice(a, b + 1).some((t) => t.upos === 'NOUN' || t.upos === 'PROPN' || t.upos === 'PRON' || t.upos === 'NUM');
    if (speaker && !speaker.known && !headed(speaker.a, speaker.b)) speaker = null;
    // "Er dreigt een tekort", "waardoor jaren cel dreigen": a thing as the subject of a cue that needs someone (no
    // actor mention, name or pronoun in it) says what is at risk, unless it says with what ("dreigden met ontslag").
    if (hit.cue.needsAgent && (how === 'none' || how === 'bare') && speaker && !speaker.known && !s.tokens.slice(speaker.a, speaker.b + 1).some((t) => t.upos === 'PROPN' || t.upos === 'PRON')) continue;
    // "Een Fransman die beweerde ...": a relative pronoun stands for the noun phrase before it.
    if (speaker && !speaker.known && speaker.a === speaker.b && speaker.a > 0 && /Rel/.test(s.tokens[speaker.a]!.feats?.PronType ?? '')) {
      let e = speaker.a - 1;
      if (isComma(s.tokens[e])) e--;
      let a = e;
      while (a > 0 && nominal(s.tokens[a - 1])) a--;
      speaker = e >= 0 && nominal(s.tokens[e]) ? phraseAt(v, spans, a, e + 1) : null;
      if (!speaker) continue;
    }
    // "Dit vraagt om ...", "die dreigen ...": an unresolved demonstrative or relative is no speaker.
    if (speaker && !speaker.known && speaker.a === speaker.b && /^(Dem|Rel|Int)/.test(s.tokens[speaker.a]!.feats?.PronType ?? '')) continue;
    // An infinitive or participle without a speaker ("valt niet te zeggen", "zoals gemeld") attributes nothing.
    const form = s.tokens[hit.i]!.feats?.VerbForm;
    if (!speaker && (form === 'Inf' || form === 'Part') && parent === null) continue;
    const cueTokens = hit.particle !== null ? [hit.i, hit.particle] : [hit.i];
    const quoted = how === 'quote' || (how === 'postposed' && !!s.tokens[L] && opensQuote(s.text, s.start, s.tokens[L]!));
    used.add(hit.i);
    out.push({ sentence: s, cueTokens, cue: hit.cue, speaker, addressee, medium, content, window: [L, R], how, negated, actNegated, hedged, parent, parsedSubject, quoted, anaphoric });
  }
  out.push(...attributions(v, spans));
  return out;
}

/** Skips what follows a name before the clause: "(17)", ", die ... ," or ", de voorzitter van ...,". */
function afterApposition(v: SentenceView, k: number): number {
  const { s } = v;
  const n = s.tokens.length;
  if (s.tokens[k]?.form === '(') {
    const close = s.tokens.findIndex((t, j) => j > k && t.form === ')');
    if (close > 0) k = close + 1;
  }
  if (isComma(s.tokens[k])) {
    // The apposition ends at the next comma, when there is one before the sentence ends.
    const next = s.tokens.findIndex((t, j) => j > k && j < k + 20 && isComma(t));
    if (next > 0 && next < n - 2) return next + 1;
  }
  return k;
}

/** "De woordvoerder: „...”", "X tegen Y: „...”": a noun phrase (and its addressee), a colon and a quotation. */
function colonQuote(v: SentenceView, spans: ActorSpan[]): Statement | null {
  const { s, lex, lower } = v;
  const n = s.tokens.length;
  const colon = lower.indexOf(':');
  if (colon <= 0 || !s.tokens[colon + 1] || !opensQuote(s.text, s.start, s.tokens[colon + 1]!)) return null;
  const to = lower.findIndex((w, k) => k > 0 && k < colon && lex.addresseePrepositions.has(w));
  const np = phraseAt(v, spans, 0, to > 0 ? to : colon);
  const addressee = to > 0 ? phraseAt(v, spans, to + 1, colon) : null;
  const content = trimContent(v, colon + 1, n - 1);
  if (!np || np.b !== (to > 0 ? to : colon) - 1 || !content || (to > 0 && addressee?.b !== colon - 1)) return null;
  return { sentence: s, cueTokens: [colon], cue: null, speaker: np, addressee, medium: null, content, window: [0, n], how: 'colon', negated: false, actNegated: false, hedged: false, parent: null, parsedSubject: false, quoted: true };
}

type AttributionPhrase = readonly [string[], boolean];
const NO_PHRASES: AttributionPhrase[] = [];
const phraseIndex = new WeakMap<ClaimLexicon, { all: AttributionPhrase[]; byFirst: Map<string, AttributionPhrase[]> | null }>();
/** The lexicon's attribution phrases in order, and (when none is empty) indexed by first word keeping that order. */
function attributionPhrases(lex: ClaimLexicon): { all: AttributionPhrase[]; byFirst: Map<string, AttributionPhrase[]> | null } {
  let x = phraseIndex.get(lex);
  if (!x) {
    const all: AttributionPhrase[] = [...lex.accordingTo.map((p) => [p, false] as const), ...lex.postposed.map((p) => [p, true] as const)];
    let byFirst: Map<string, AttributionPhrase[]> | null = new Map();
    for (const ph of all) {
      if (ph[0].length === 0) {
        byFirst = null;
        break;
      }
      const list = byFirst.get(ph[0][0]!);
      if (list) list.push(ph);
      else byFirst.set(ph[0][0]!, [ph]);
    }
    phraseIndex.set(lex, (x = { all, byFirst }));
  }
  return x;
}

/** "volgens X ..." / "according to X, ..." and "..., aldus X". */
function attributions(v: SentenceView, spans: ActorSpan[]): Statement[] {
  const { s, lex, lower } = v;
  const n = s.tokens.length;
  const out: Statement[] = [];
  const matchAt = (phrase: string[], i: number) => phrase.every((w, k) => lower[i + k] === w);
  const { all: phrases, byFirst } = attributionPhrases(lex);
  for (let i = 0; i < n; i++) {
    for (const [phrase, postposed] of byFirst ? (byFirst.get(lower[i]!) ?? NO_PHRASES) : phrases) {
      if (!matchAt(phrase, i)) continue;
      const j = i + phrase.length;
      const np = phraseAt(v, spans, j, n);
      if (!np) continue;
      const head = lower.slice(np.a, np.b + 1);
      // A source, unless the phrase is a plan, a rule or an expectation ("volgens plan", "according to the rules").
      const credible = np.known || np.actor.type !== 'unknown' || head.some((w) => lex.sourceNouns.has(w)) || (!head.some((w) => lex.notSources.has(w)) && s.tokens.slice(np.a, np.b + 1).some((t) => t.upos === 'NOUN' || t.upos === 'PROPN'));
      if (!credible) continue;
      let content: [number, number] | null;
      if (postposed) content = trimContent(v, 0, i - 1);
      else if (i === 0 || (i === 1 && isPunct(s.tokens[0]))) content = trimContent(v, afterApposition(v, np.b + 1), n - 1);
      else if (np.b >= n - 2) content = trimContent(v, 0, i - 1);
      else content = trimContent(v, 0, n - 1);
      if (!content) continue;
      const cueTokens = phrase.map((_, k) => i + k);
      // In the middle of the statement: the phrase (and an apposition after it) is cut out of the content.
      const gapEnd = afterApposition(v, np.b + 1) - 1;
      const gap: [number, number] | undefined = content[0] < i && gapEnd < content[1] ? [i, gapEnd] : undefined;
      out.push({ sentence: s, cueTokens, cue: null, speaker: np, addressee: null, medium: null, content, gap, window: [0, n], how: 'according', negated: false, actNegated: false, hedged: false, parent: null, parsedSubject: false, quoted: false });
    }
  }
  return out;
}
