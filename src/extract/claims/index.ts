// Claims: attributed statements (who said what, to whom, through which medium, when) and the speech
// acts among them that are PLOVER events (REQUEST, THREATEN, ACCUSE, REJECT, AGREE), linked to their claim.
import type { ActorRef, Claim, Doc, Event, Extraction, Mention, Modality, Sentence, TimeRef } from '../../model/index.js';
import { findTimes, type TimeExpression } from '../../understand/time/index.js';
import type { ArticleContext, Extractor, ResolvedActor } from '../types.js';
import { categories, type Category } from '../lexicon/triggers.js';
import { isHistorical } from '../past.js';
import { claimLexicon, type ClaimLexicon } from './lexicon.js';
import { resolveActors } from '../actors/index.js';
import { cueOpeners, formClaim, sentenceStatements, type ActorSpan, type Statement } from './statements.js';
import { closesQuote, isPunct, isQuote, opensQuote, spanText } from './tokens.js';
import { sentenceForms, tokenLowers } from '../../resolve/normalize.js';

/** A claim with the reference its speech-act event points back to. */
export type LinkedClaim = Claim & Required<Pick<Claim, 'ref'>>;
/** A speech-act event: `claim` is the `ref` of the claim it was made in (null when there is no statement). */
export type SpeechActEvent = Event & Required<Pick<Event, 'claim'>>;

export interface ClaimOptions {
  /**
   * A paragraph that is only a quotation continues the statement of the claim next to it. By default it is
   * highlighted (a trigger mention) but not a fact of its own: analysts list a statement once. With this
   * option it is also a claim of the neighbouring speaker (cue "", lower confidence).
   */
  quoteParagraphs?: boolean;
  /**
   * The sentence's time expressions against the article date, when the caller has them already (the parsed
   * extractor shares its own, with tenses from its parse): findTimes(s.text, { lang, ref: published, ... }) of the sentence.
   */
  timesOf?: (s: Sentence) => TimeExpression[];
}

export interface ClaimExtraction {
  claims: LinkedClaim[];
  events: SpeechActEvent[];
  mentions: Mention[];
}

/** The `type` of a claim fact: a public statement (CAMEO 01); a speech act's PLOVER type is on its event. */
export const CLAIM_TYPE = 'STATEMENT';
const CLAIM_CAMEO = '01';

function hasDate(t: TimeExpression): boolean {
  return t.value !== null && /^\d{4}/.test(t.value) && (t.type === 'date' || t.type === 'interval');
}

function timeRef(t: TimeExpression): TimeRef {
  return { text: t.text, value: t.value, precision: t.precision };
}

/** Character span of tokens [a, b] of the sentence. */
function chars(s: Sentence, a: number, b: number): [number, number] {
  return [s.tokens[a]!.start, s.tokens[b]!.end];
}

function inRange(s: Sentence, t: TimeExpression, a: number, b: number): boolean {
  const [from, to] = chars(s, a, b);
  return s.start + t.start >= from && s.start + t.end <= to;
}

function modalityOf(st: Statement, lex: ClaimLexicon): Modality {
  if (st.negated) return 'negated';
  if (st.hedged) return 'hedged';
  if (st.cue?.future) return 'future';
  if (st.content) {
    const words = st.sentence.tokens.slice(st.content[0], st.content[1] + 1).map((t) => t.form.toLowerCase());
    if (words.some((w) => lex.future.has(w))) return 'future';
  }
  return 'reported';
}

/** The PLOVER mode of a speech act from what it asks, refuses or threatens (data: `modes` in the claim lexicon). */
function modeOf(lex: ClaimLexicon, type: string, s: Sentence, [a, b]: [number, number]): string | null {
  const table = lex.modes.get(type);
  if (!table) return null;
  const toks = s.tokens.slice(a, b + 1);
  const forms = toks.map((t) => t.form.toLowerCase());
  const lemmas = toks.map((t) => (t.lemma ?? '').toLowerCase());
  const joined = ` ${forms.join(' ')} `;
  // Short words match whole; longer ones also as the start of a word ("wapen" in "wapens", "wapenleveranties").
  const hit = (w: string) =>
    w.includes(' ') ? joined.includes(` ${w} `) : forms.includes(w) || lemmas.includes(w) || (w.length >= 5 && forms.some((f) => f.startsWith(w)));
  for (const [mode, words] of table) if (words.some(hit)) return mode;
  return null;
}

/** Who is to act on a request without an addressee: the actor opening its content ("eiste dat Erdogan ... terugneemt"). */
function contentSubject(st: Statement, actors: ResolvedActor[]): ActorRef | null {
  if (!st.content || st.how !== 'clause') return null;
  const [a] = st.content;
  return actors.find((r) => r.tokenStart >= a && r.tokenStart <= a + 1)?.actor ?? null;
}

/** `r`, unless it is the speaker ("zegt dat hij het slachtoffer is": he accuses someone else). */
function otherThan(speaker: ActorRef | null, r: ActorRef | null): ActorRef | null {
  return r && speaker && r.name === speaker.name && r.id === speaker.id ? null : r;
}

function confidenceOf(st: Statement): number {
  let c = 0.45;
  if (st.speaker?.known) c += 0.2;
  else if (st.speaker) c += 0.1;
  if (st.parsedSubject) c += 0.05;
  if (st.how === 'clause' || st.how === 'quote' || st.how === 'colon' || st.how === 'according') c += 0.15;
  else if (st.how === 'prep' || st.how === 'postposed' || st.how === 'infinitive') c += 0.1;
  if (st.cue?.needsClause) c -= 0.05;
  return Math.round(Math.min(0.95, c) * 100) / 100;
}

function cueText(s: Sentence, tokens: number[]): string {
  const sorted = [...tokens].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let k = 0; k < sorted.length; k++) {
    if (k > 0 && sorted[k]! > sorted[k - 1]! + 1) parts.push('…');
    parts.push(s.tokens[sorted[k]!]!.form);
  }
  return parts.join(' ');
}

/** A sentence that is only a quotation (a continued quote paragraph): its quoted tokens, or null. */
function quoteOnly(s: Sentence): [number, number] | null {
  const toks = s.tokens;
  if (toks.length < 3 || !opensQuote(s.text, s.start, toks[0]!)) return null;
  let b = toks.length - 1;
  while (b > 0 && isPunct(toks[b]) && !isQuote(toks[b])) b--;
  // Either the quote closes at the end, or it runs on into the next sentence.
  const closes = toks.slice(1).findIndex((t) => isQuote(t) && closesQuote(s.text, s.start, t));
  if (closes >= 0 && closes + 1 < b) return null;
  return [0, toks.length - 1];
}

/**
 * Claims and speech-act events of an analysed article. `actors` are the article's resolved actor
 * mentions (dictionary, entities, coreference); speakers and addressees are taken from them.
 */
export function extractClaims(doc: Doc, ctx: ArticleContext, actors: ResolvedActor[], opts: ClaimOptions = {}): ClaimExtraction {
  const lex = claimLexicon(doc.lang);
  const claims: LinkedClaim[] = [];
  const events: SpeechActEvent[] = [];
  const mentions: Mention[] = [];
  if (lex.forms.size === 0 && lex.accordingTo.length === 0) return { claims, events, mentions };
  const articleTime: TimeRef = { text: '', value: ctx.published.value, precision: ctx.published.precision };
  const bySentence: LinkedClaim[][] = doc.sentences.map(() => []);

  const actorMention = (s: Sentence, x: ActorSpan | null) => {
    if (!x) return;
    const [start, end] = chars(s, x.a, x.b);
    if (!mentions.some((m) => m.kind === 'actor' && m.start === start && m.end === end)) {
      mentions.push({ kind: 'actor', text: doc.text.slice(start, end), start, end, sentence: s.index, resolved: x.actor.name });
    }
  };

  const actorsBySentence = new Map<number, ResolvedActor[]>();
  for (const r of actors) {
    const list = actorsBySentence.get(r.sentence) ?? [];
    list.push(r);
    actorsBySentence.set(r.sentence, list);
  }

  for (const s of doc.sentences) {
    // Most sentences have no cue at all: look for one before parsing times.
    if (!opensCue(s, lex)) continue;
    // Every time expression is skipped when reading speakers ("Afgelopen weekeinde lieten ..."); calendar ones date the claim.
    // Found when a statement needs them (reading its speaker) or is made: most cue words make none.
    let expressions: TimeExpression[] | undefined;
    const expressionsOf = () => (expressions ??= opts.timesOf ? opts.timesOf(s) : findTimes(s.text, { lang: doc.lang, ref: ctx.published }));
    const statements = sentenceStatements(doc, s, lex, actorsBySentence.get(s.index) ?? [], expressionsOf);
    if (statements.length === 0) continue;
    const times = expressionsOf().filter(hasDate);
    const refs: (string | null)[] = [];
    for (const st of statements) {
      // "is veroordeeld tot vier jaar cel": a court's act (an event trigger), not a statement condemning something.
      if (st.cue?.unless.length && windowHas(s, st.window, st.cue.unless)) {
        refs.push(null);
        continue;
      }
      const [cueStart, cueEnd] = chars(s, Math.min(...st.cueTokens), Math.max(...st.cueTokens));
      const cue = cueText(s, st.cueTokens);
      const outside = times.find((t) => !st.content || !inRange(s, t, st.content[0], st.content[1]));
      const claimTime = outside ? timeRef(outside) : articleTime;
      // Said well before the article ("maakten vorig jaar mei bekend"): the speech act is background (the claim keeps
      // the modality of its content).
      const saidBefore = isHistorical(claimTime, ctx.published);
      const parent = st.parent !== null ? statements[st.parent]! : null;
      const nested = parent !== null && parent.content !== null && !!st.cue?.event;
      // A cue inside a quotation is part of what the quote's speaker says ("„Ik zeg u ...”, zei hij").
      if (parent?.quoted && !st.cue?.event) {
        refs.push(null);
        continue;
      }
      // A pronoun the actor resolver left open ("Hij zei"): the speaker of the claim just before.
      const lastSpeaker = [...(bySentence[s.index] ?? []), ...(bySentence[s.index - 1] ?? []), ...(bySentence[s.index - 2] ?? [])].reverse().find((c) => c.speaker)?.speaker ?? null;
      const unresolved = st.speaker && !st.speaker.known && s.tokens[st.speaker.a]!.upos === 'PRON';
      const parentSpeaker = parent?.speaker?.actor ?? null;
      // Inside a statement, "ik"/"wij" or a missing subject is the statement's speaker.
      const fromParent = parentSpeaker && (!st.speaker || unresolved) ? { ...parentSpeaker, text: st.speaker?.actor.text ?? parentSpeaker.text } : null;
      const speaker = fromParent ?? (unresolved && lastSpeaker ? { ...lastSpeaker, text: st.speaker!.actor.text } : (st.speaker?.actor ?? null));
      const addressee = st.addressee?.actor ?? null;
      const tokens = [...st.cueTokens];
      if (st.speaker) tokens.push(st.speaker.a, st.speaker.b);
      if (st.content) tokens.push(st.content[0], st.content[1]);
      const [start, end] = chars(s, Math.min(...tokens), Math.max(...tokens));
      const source = { article: ctx.id, sentence: s.index, start, end, text: s.text };
      mentions.push({ kind: 'trigger', text: doc.text.slice(cueStart, cueEnd), start: cueStart, end: cueEnd, sentence: s.index, resolved: st.cue?.event?.type ?? CLAIM_TYPE });
      actorMention(s, st.speaker);
      actorMention(s, st.addressee);

      let ref: string | null = null;
      // "Dat hebben X bekendgemaakt": what was made known is the sentence before.
      const previous = st.anaphoric ? doc.sentences[s.index - 1]?.text.replace(/[\s.!?:;]+$/u, '') : undefined;
      // A demand inside a reported statement ("benadrukten dat zij ... eisen") is an event of that claim, not a claim of its own.
      // An act rather than a statement ("weigeren", "wees de aanvraag af") is an event without a claim.
      const statement = st.cue?.statement !== false;
      if ((st.content || previous) && !nested && statement) {
        ref = `claim:${s.index}:${cueStart - s.start}`;
        const claim: LinkedClaim = {
          kind: 'claim',
          type: CLAIM_TYPE,
          mode: null,
          acled: null,
          cameo: CLAIM_CAMEO,
          actor: speaker,
          recipient: addressee,
          location: null,
          time: claimTime,
          quantities: [],
          modality: modalityOf(st, lex),
          source,
          confidence: confidenceOf(st),
          trigger: cue,
          speaker,
          content: !st.content
            ? previous!
            : st.gap
              ? `${spanText(s, st.content[0], st.gap[0] - 1).replace(/[\s,]+$/u, '')} ${spanText(s, st.gap[1] + 1, st.content[1]).replace(/^[\s,]+/u, '')}`
              : spanText(s, st.content[0], st.content[1]),
          cue,
          addressee,
          medium: st.medium ? spanText(s, st.medium[0], st.medium[1]) : null,
          ref,
        };
        claims.push(claim);
        bySentence[s.index]!.push(claim);
      }
      refs.push(ref);
      // The cue's own act only with its words in the clause ("noemde het onaanvaardbaar"); else what the statement
      // says may still accuse or demand ("noemde de verkiezingen de grootste schandvlek"). (The clause's text is
      // built only for a cue whose act needs words: most statements have none.)
      const act = st.cue?.event;
      const cueEvent = act && (!act.when.length || windowHas(s, st.window, act.when)) ? act : undefined;
      const ev = cueEvent ?? (statement && speaker && !nested ? ((lex.genericSubjects.has(speaker.text.toLowerCase()) ? undefined : denialIn(lex, s, st.content)) ?? accusationIn(lex, s, st.content) ?? demandIn(lex, s, st.content, speaker)) : undefined);
      // A speech act with neither an actor nor anything said is too little to report.
      if (!ev || (!speaker && !st.content)) continue;
      // The deadline or date inside the statement dates the act's object; else the time of the claim.
      const own = times.find((t) => (st.content ? inRange(s, t, st.content[0], st.content[1]) : false)) ?? times.find((t) => inRange(s, t, st.window[0], st.window[1] - 1));
      const parentRef = nested ? refs[st.parent!] ?? null : ref;
      const parentModality = nested ? parent!.negated ? 'negated' : parent!.hedged ? 'hedged' : null : null;
      events.push({
        kind: 'event',
        type: ev.type,
        mode: ev.mode ?? modeOf(lex, ev.type, s, st.content ?? [st.window[0], st.window[1] - 1]),
        acled: null,
        cameo: ev.cameo,
        actor: speaker,
        recipient: addressee ?? (ev.type === 'REQUEST' || ev.type === 'ACCUSE' ? otherThan(speaker, contentSubject(st, actorsBySentence.get(s.index) ?? [])) : null),
        location: null,
        time: own ? timeRef(own) : claimTime,
        quantities: [],
        // A denial is an act that happened (REJECT, asserted); only a negated cue ("ontkende niet") did not.
        modality: st.actNegated ? 'negated' : st.hedged ? 'hedged' : (parentModality ?? (saidBefore ? 'historical' : 'asserted')),
        source,
        confidence: Math.round(Math.max(0.3, confidenceOf(st) - (st.content ? 0 : 0.1)) * 100) / 100,
        trigger: cue,
        claim: parentRef,
      });
    }
  }

  // Quote-only sentences continue (or announce) the quote of a neighbouring claim.
  doc.sentences.forEach((s, k) => {
    if (bySentence[k]!.length) return;
    const range = quoteOnly(s);
    if (!range) return;
    // An open quote runs on into the next sentence, whose claim names the speaker; a closed one continues the last claim.
    const open = !s.tokens.slice(1).some((t) => isQuote(t) && closesQuote(s.text, s.start, t));
    const next = bySentence[k + 1]?.[0] ?? (open ? bySentence[k + 2]?.[0] : undefined);
    const prev = bySentence[k - 1]?.at(-1) ?? bySentence[k - 2]?.at(-1);
    const near = open ? (next ?? prev) : (prev ?? next);
    if (!near) return;
    let [a, b] = range;
    a++;
    while (b > a && (isPunct(s.tokens[b]) || isQuote(s.tokens[b]))) b--;
    const content = spanText(s, a, b);
    const [start, end] = chars(s, a, b);
    mentions.push({ kind: 'trigger', text: doc.text.slice(start, end), start, end, sentence: s.index, resolved: CLAIM_TYPE });
    if (!opts.quoteParagraphs) return;
    const claim: LinkedClaim = {
      ...near,
      time: near.time,
      modality: lex.future.size && s.tokens.slice(a, b + 1).some((t) => lex.future.has(t.form.toLowerCase())) ? 'future' : 'reported',
      source: { article: ctx.id, sentence: s.index, start: s.start, end: s.end, text: s.text },
      confidence: Math.round(Math.max(0.3, near.confidence - 0.25) * 100) / 100,
      content,
      cue: '',
      trigger: '',
      ref: `claim:${s.index}:0`,
    };
    delete (claim as Partial<LinkedClaim>).trigger;
    claims.push(claim);
  });
  claims.sort((x, y) => x.source.sentence - y.source.sentence || x.source.start - y.source.start);
  return { claims, events, mentions };
}

/** Whether a word of the sentence can start a cue (most sentences have none). */
function opensCue(s: Sentence, lex: ClaimLexicon): boolean {
  const { forms, lowers } = sentenceForms(s.tokens);
  for (let k = 0; k < forms.length; k++) if (formClaim(forms[k]!, lowers[k]!, lex).opens) return true;
  return false;
}

/** One of the words (a phrase: words separated by spaces) is in the token window [from, to) of the sentence. */
function windowHas(s: Sentence, [from, to]: [number, number], words: string[]): boolean {
  const joined = ` ${s.tokens.slice(from, to).map((t) => t.form.toLowerCase()).join(' ')} `;
  return words.some((w) => joined.includes(` ${w.toLowerCase()} `));
}

/** The category of an accusation by its mode (categories.yaml: accuse, allege 112; criticize, disapprove 111). */
function accuseCategory(mode: 'allege' | 'disapprove'): Category | undefined {
  // Found once per loaded category table (asked for at every statement).
  const all = categories('*');
  let byMode = accuseCategories.get(all);
  if (!byMode) accuseCategories.set(all, (byMode = new Map()));
  if (!byMode.has(mode)) byMode.set(mode, [...all.values()].find((c) => c.type === 'ACCUSE' && c.mode === mode));
  return byMode.get(mode);
}
const accuseCategories = new WeakMap<Map<string, Category>, Map<string, Category | undefined>>();

/**
 * A statement whose content accuses ("dat Kriener zich heeft bemoeid met interne aangelegenheden", "noemde de straf te
 * licht"): an ACCUSE event of the speaker, its mode by the first kind of word found (allegations before disapproval).
 */
function accusationIn(lex: ClaimLexicon, s: Sentence, content: [number, number] | null): { type: string; mode: string; cameo: string; when: string[] } | undefined {
  if (!content || !lex.accusations.size) return undefined;
  // An allegation is against someone the statement names ("dat Kriener zich heeft bemoeid"); a trend it describes ("het
  // aantal doden door terrorisme daalt") accuses no one.
  let named = false;
  for (let k = content[0]; k <= content[1] && !named; k++) named = s.tokens[k]!.upos === 'PROPN' || s.tokens[k]!.upos === 'PRON';
  for (const mode of ['allege', 'disapprove'] as const) {
    const ws = lex.accusations.get(mode);
    const cat = accuseCategory(mode);
    if (!ws || !cat?.cameo || (mode === 'allege' && !named)) continue;
    const lowers = tokenLowers(s.tokens);
    for (let k = content[0]; k <= content[1]; k++) {
      const t = s.tokens[k]!;
      const lemma = (t.lemma ?? '').toLowerCase();
      const need = ws.has(lowers[k]!) ? ws.get(lowers[k]!) : ws.has(lemma) ? ws.get(lemma) : undefined;
      if (need !== undefined && (need === null || t.upos === need)) return { type: 'ACCUSE', mode, cameo: cat.cameo, when: [] };
    }
  }
  return undefined;
}

/** The lower-cased words from token k on are `phrase` (a loop, not every(): denialIn asks at every word of every content). */
function wordsAt(lowers: readonly string[], k: number, phrase: readonly string[]): boolean {
  for (let x = 0; x < phrase.length; x++) if (lowers[k + x] !== phrase[x]) return false;
  return true;
}

/** The category of a denial (categories.yaml: deny, REJECT 12). */
const denyCategory = () => categories('*').get('deny');

/**
 * A statement that denies ("„Die informatie is niet waar”, zegt de ambassade", "Volgens Yi zijn de aantijgingen
 * politiek gemotiveerd"): a REJECT of the speaker. The phrase ends its clause (punctuation, the content's end or a
 * copula next), so "weet niet waar hij is" denies nothing.
 */
function denialIn(lex: ClaimLexicon, s: Sentence, content: [number, number] | null): { type: string; mode: null; cameo: string; when: string[] } | undefined {
  const cat = denyCategory();
  if (!content || !lex.denials.length || !cat?.cameo) return undefined;
  const lowers = tokenLowers(s.tokens);
  const low = (k: number) => lowers[k]!;
  for (const ph of lex.denials) {
    for (let k = content[0]; k + ph.length - 1 <= content[1]; k++) {
      if (!wordsAt(lowers, k, ph)) continue;
      // What someone else says inside the statement is theirs ("Als je zegt dat het niet waar is, ...").
      let reported = false;
      for (let j = content[0]; j < k && !reported; j++) reported = lex.forms.has(low(j));
      if (reported) continue;
      const next = s.tokens[k + ph.length];
      // ("dat het onzin is om ... te ontzeggen" judges a plan: no denial.)
      const judged = next?.upos === 'AUX' && lex.infinitive.has(s.tokens[k + ph.length + 1]?.form.toLowerCase() ?? '');
      if (!next || k + ph.length > content[1] || next.upos === 'PUNCT' || (next.upos === 'AUX' && !judged)) return { type: cat.type, mode: null, cameo: cat.cameo, when: [] };
    }
  }
  return undefined;
}

/** The category of a demand (categories.yaml: demand, REQUEST 10). */
const demandCategory = () => categories('*').get('demand');

// Who can make a statement of obligation a demand: a party to politics (the dictionary's persons, governments,
// parties, organisations, armed forces), not a company, a newspaper or a man in the street ("Kinderen met ADHD
// vertellen dat ze altijd moeten wiebelen").
const NOT_DEMANDING = new Set(['media', 'company', 'civilians', 'ethnic_group']);

/**
 * A statement that something must be done ("De organisatie vindt dat de regering de inzet moet opvoeren", "'We moeten
 * alles doen om hem vrij te krijgen', zegt het Kamerlid"): a REQUEST of the speaker (PLOVER: all requests, demands and
 * orders). Only a modal of obligation in the present that is a verb of the statement itself, said by an actor the
 * dictionary knows. What should have been done ("vindt dat hij het had moeten melden") is disapproval: ACCUSE.
 */
function demandIn(lex: ClaimLexicon, s: Sentence, content: [number, number] | null, speaker: ActorRef | null): { type: string; mode: string | null; cameo: string; when: string[] } | undefined {
  const cat = demandCategory();
  if (!content || !lex.demands.size || !cat?.cameo || !speaker?.id || NOT_DEMANDING.has(speaker.type ?? '')) return undefined;
  const said = s.tokens.slice(content[0], content[1] + 1);
  if (!said.some((t) => (t.upos === 'AUX' || t.upos === 'VERB') && lex.demands.has(t.form.toLowerCase()))) return undefined;
  const words = said.map((t) => t.form.toLowerCase());
  // "Soms moet je elkaar echt zien": a maxim asks no one.
  if (words.some((w) => lex.genericSubjects.has(w))) return undefined;
  if (!words.some((w) => lex.counterfactual.has(w))) return { type: cat.type, mode: null, cameo: cat.cameo, when: [] };
  const blame = accuseCategory('disapprove');
  return blame?.cameo ? { type: 'ACCUSE', mode: 'disapprove', cameo: blame.cameo, when: [] } : undefined;
}

/** Claims on their own, behind the Extractor interface (for tests and tools; the parsed extractor calls extractClaims). */
export const claimsExtractor: Extractor & { quoteParagraphs: boolean } = {
  name: 'claims',
  quoteParagraphs: false,
  extract(doc: Doc, article: ArticleContext): Extraction {
    const r = extractClaims(doc, article, speakerActors(doc), { quoteParagraphs: claimsExtractor.quoteParagraphs });
    return { mentions: r.mentions, facts: [...r.claims, ...r.events] };
  },
};

/** The actors claims are attributed to when the caller has none. */
export function speakerActors(doc: Doc): ResolvedActor[] {
  return resolveActors(doc);
}

