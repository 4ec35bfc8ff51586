// Event nouns: ones that only name an act told before ("condemned the invasion", "protested against the coup"),
// ones a period measures ("nine months of fighting").
import type { TriggerLexicon } from '../lexicon/triggers.js';
import type { Tree } from './tree.js';

/** Relations by which an event noun is what a reaction is about: its object, or an oblique ("against the coup"). */
const ABOUT_EDGE = new Set(['obj', 'obl', 'obl:arg']);

/** A verb reacting to an act: a bare verb trigger of an `about_acts` category ("condemned"), or a `back_reference_verbs` one ("halted"). */
export function reactionVerb(t: Tree, h: number, lex: TriggerLexicon): boolean {
  const tok = t.tokens[h]!;
  const keys = [(tok.lemma ?? tok.form).toLowerCase(), tok.form.toLowerCase()];
  // Bare verb entries only: one with parts is another verb ("launched a strike" is a protest, "launched an invasion" no reaction).
  return keys.some((k) => lex.language.backReferenceVerbs.has(k) || (lex.index.get(k) ?? []).some((e) => !e.noun && e.with.length === 0 && e.category.aboutActs));
}

/**
 * Whether the event noun at `i` has no details of its own: only definite or demonstrative determiners, a preposition,
 * and plain adjectives, no actor or place (`named`). A place, time, count, actor or of-phrase of its own makes it an
 * act worth telling ("the attack in Kabul", "de aanslag van vrijdag"). With `anyDeterminer`, "een", "elk", "zo'n" too.
 */
export function noDetails(t: Tree, i: number, lex: TriggerLexicon, named: (k: number) => boolean, anyDeterminer = false): boolean {
  return t.kids[i]!.every((c) => {
    const r = t.rel(c);
    const w = t.lower(c);
    if (r === 'det') return anyDeterminer || lex.language.definiteArticles.has(w) || lex.language.demonstratives.has(w);
    // "the brutal invasion" adds nothing; "the Russian invasion" names who did it (a capitalised adjective).
    // (The tagger may take an adjective for a compound noun: "the brutal invasion".)
    if (r === 'amod' || r === 'compound') return !named(c) && !/^\p{Lu}/u.test(t.tokens[c]!.form) && !lex.language.placeNouns.has(w) && t.kids[c]!.length === 0;
    return r === 'case' || r === 'punct';
  });
}

/** Whether the event noun at `i` is the object of a reaction to an act (reactionVerb) and has no details of its own. */
export function onlyRefersBack(t: Tree, i: number, lex: TriggerLexicon, named: (k: number) => boolean): boolean {
  const h = t.head(i);
  return h >= 0 && ABOUT_EDGE.has(t.rel(i)) && reactionVerb(t, h, lex) && noDetails(t, i, lex, named);
}

/**
 * "De demonstratie verliep rustig" after a protest was told: the event noun with the definite article and no details
 * of its own names an act told before when the article already told one of its kind (the caller's test).
 */
export function toldAgain(t: Tree, i: number, lex: TriggerLexicon, named: (k: number) => boolean): boolean {
  return t.kids[i]!.some((c) => t.rel(c) === 'det' && lex.language.definiteArticles.has(t.lower(c))) && noDetails(t, i, lex, named);
}

/**
 * "nine months of fighting", "twee weken van protesten": the event noun hangs on a period (a duration expression,
 * token spans `periods`) that measures it, which singles it out as an act of its own.
 */
export function measuredByPeriod(t: Tree, i: number, periods: [number, number][]): boolean {
  const h = t.head(i);
  if (h < 0 || t.rel(i) !== 'nmod') return false;
  return periods.some(([a, b]) => h >= a && h <= b);
}
