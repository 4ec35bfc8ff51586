// Spokespeople speak for someone: "een woordvoerder van de militie zei" is the militia saying it, and a later
// "de zegsman" is that spokesman again (PLOVER and ACLED code the organisation, not its mouthpiece).
import type { ActorRef, Doc, Fact } from '../../model/index.js';
import { guessActorType } from '../../resolve/index.js';
import { actorLang } from '../../resolve/lang.js';

/** Sentences a bare "de woordvoerder" may look back for the spokesman it repeats. */
const REACH = 3;

const words = (s: string) => s.toLowerCase().split(/\s+/).filter(Boolean);

interface Spokes {
  /** What follows "woordvoerder van": the principal's words, or null for a bare "de woordvoerder". */
  principal: string | null;
  /** "een woordvoerder": a new spokesman, never one told before. */
  indefinite: boolean;
}

function spokesPhrase(text: string, lang: string): Spokes | null {
  const al = actorLang(lang);
  const w = words(text);
  let k = 0;
  const det = al.articles.includes(w[0] ?? '') || w[0] === 'een' || w[0] === 'a' || w[0] === 'an';
  if (det) k = 1;
  const indefinite = w[0] === 'een' || w[0] === 'a' || w[0] === 'an';
  if (!al.spokesNouns.includes(w[k] ?? '')) {
    // "een politiewoordvoerder": a role noun heading the compound is the principal.
    const head = al.spokesNouns.find((n) => (w[k] ?? '').endsWith(n));
    const role = head ? w[k]!.slice(0, -head.length).replace(/-$/, '') : '';
    return role && al.roleNouns[role] ? { principal: role, indefinite } : null;
  }
  if (k + 1 === w.length) return { principal: null, indefinite };
  if (!al.spokesPrepositions.includes(w[k + 1] ?? '')) return null;
  const rest = text.trim().split(/\s+/).slice(k + 2);
  if (rest.length && al.articles.includes(rest[0]!.toLowerCase())) rest.shift();
  return rest.length ? { principal: rest.join(' '), indefinite } : null;
}

/**
 * Replaces spokespeople by whom they speak for, in the actors of events and the speakers of claims, in text
 * order: the principal is the actor named after "van"/"of" (a resolved actor of the article with that text when
 * there is one); a bare definite spokes noun takes the principal of the last spokes phrase within REACH sentences.
 */
export function speakForPrincipals(facts: Fact[], doc: Doc, known: ActorRef[]): void {
  const byText = new Map<string, ActorRef>();
  for (const a of known) byText.set(a.text.toLowerCase(), a);
  let last: { sentence: number; actor: ActorRef } | null = null;
  const principalOf = (ref: ActorRef, sentence: number): ActorRef | null => {
    const p = spokesPhrase(ref.text, doc.lang);
    if (!p) return null;
    if (p.principal) {
      const actor = byText.get(p.principal.toLowerCase()) ?? { text: p.principal, id: null, name: p.principal, type: guessActorType(p.principal, doc.lang), country: null };
      last = { sentence, actor };
      return { ...actor, text: ref.text };
    }
    if (last && sentence - last.sentence <= REACH && (!p.indefinite || last.sentence === sentence)) return { ...last.actor, text: ref.text };
    return null;
  };
  // Text order, claims first within a sentence: their speaker carries the full phrase ("een woordvoerder van X")
  // that an event there may only have as its head noun.
  const ordered = [...facts].sort((a, b) => a.source.sentence - b.source.sentence || Number(b.kind === 'claim') - Number(a.kind === 'claim') || a.source.start - b.source.start);
  for (const f of ordered) {
    if (f.kind === 'claim' && f.speaker) {
      const p = principalOf(f.speaker, f.source.sentence);
      if (p) f.speaker = p;
    }
    if ('actor' in f && f.actor) {
      const p = principalOf(f.actor, f.source.sentence);
      if (p) f.actor = p;
    }
  }
}
