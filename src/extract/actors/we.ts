// "Ik" in a quotation is its speaker, "we" the speaker's side: ",,We stellen een onderzoek in", said a police
// spokesman, is the police acting; a head of government's "wij zullen het gebied controleren" is the state. Acts whose
// subject is such a pronoun and that got no actor from the tree take it from the quotation's speaker.
import type { ActorRef, Claim, Doc, Fact } from '../../model/index.js';
import { actorDictionary, heldAt, roleActor, toRef } from '../../resolve/actors.js';
import { actorLang } from '../../resolve/lang.js';
import { isQuote, opensQuote, quoted } from '../claims/tokens.js';
import { actorKind } from './index.js';

/** Titles whose holder speaks for the state in the first person plural. */
const HEADS = new Set(['president', 'prime minister', 'chancellor', 'king']);

/** Who "we" are in the words of `speaker`: a group or state itself; for a person, the state they head; else null. */
function weOf(speaker: ActorRef, date: string | null): ActorRef | null {
  if (actorKind(speaker.type) !== 'person') return speaker;
  const person = speaker.id ? actorDictionary().byId.get(speaker.id) : undefined;
  for (const r of person?.roles ?? []) {
    const iso = /^([a-z]{3})-government$/.exec(r.of ?? '')?.[1];
    if (!iso || !HEADS.has(r.title) || !heldAt(r, date)) continue;
    const state = roleActor(actorDictionary(), iso.toUpperCase(), 'state', date && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null);
    if (state) return toRef(state, '');
  }
  return null;
}

/**
 * Gives acts without an actor (or with only the pronoun itself, unresolved) whose subject is a first person pronoun
 * inside a quotation the quotation's speaker ("ik") or that speaker's side ("wij"): the speaker of a claim in the
 * same sentence, or, for a sentence that is a quotation of its own (it opens with the mark), of the last claim of
 * the sentence before.
 */
export function weForSpeakers(facts: Fact[], doc: Doc, date: string | null): void {
  const al = actorLang(doc.lang);
  const plural = al.firstPersonPlural;
  const singular = al.firstPersonSingular;
  if (plural.length + singular.length === 0) return;
  const speakers = new Map<number, ActorRef>();
  for (const f of facts) if (f.kind === 'claim' && (f as Claim).speaker && !speakers.has(f.source.sentence)) speakers.set(f.source.sentence, (f as Claim).speaker!);
  if (speakers.size === 0) return;
  const first = (w: string) => plural.includes(w) || singular.includes(w);
  // Still open: the pronoun itself, unresolved, or "wij" that coreference gave a person (the speaker's side is wanted).
  const open = (a: ActorRef) =>
    (a.id === null && first(a.name.toLowerCase())) || (a.id !== null && actorKind(a.type) === 'person' && plural.includes(a.text.toLowerCase()));
  for (const f of facts) {
    if (f.kind === 'claim' || (f.actor && !open(f.actor))) continue;
    const s = doc.sentences[f.source.sentence];
    if (!s) continue;
    const k = s.tokens.findIndex((t) => t.start === f.source.start);
    if (k < 0) continue;
    const head = s.tokens[k]!.head ?? -1;
    // The act's own subject ("dat wij ... controleren"), else its head's ("we willen ... controleren").
    const subjects = (h: number) => s.tokens.filter((t) => t.head === h && t.deprel?.startsWith('nsubj') && t.upos !== 'PUNCT' && !isQuote(t));
    const mine = subjects(k);
    const we = mine.find((t) => first(t.form.toLowerCase())) ?? (mine.length === 0 && head >= 0 ? subjects(head).find((t) => first(t.form.toLowerCase())) : undefined);
    if (!we || !quoted(s, we.i)) continue;
    const own = speakers.get(s.index);
    const speaker = own ?? (s.tokens[0] && opensQuote(s.text, s.start, s.tokens[0]) ? speakers.get(s.index - 1) : undefined);
    // A pronoun speaker ("zei ik") says nothing of who it is.
    if (!speaker || (speaker.id === null && first(speaker.name.toLowerCase()))) continue;
    const side = singular.includes(we.form.toLowerCase()) ? speaker : weOf(speaker, date);
    if (!side) continue;
    f.actor = { ...side, text: we.form };
    if (f.kind === 'state' && (!f.holder || f.holder.id === null)) f.holder = f.actor;
  }
}
