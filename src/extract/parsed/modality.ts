// Modality of a predicate, scoped through the dependency tree: cue words (per-language data) count only when
// they hang on the trigger, on its auxiliaries, or on the verbs that govern it.
import type { Modality } from '../../model/index.js';
import type { ModalityLexicon } from '../lexicon/triggers.js';
import { ancestors, type Tree } from './tree.js';

const AUX = new Set(['aux', 'aux:pass', 'cop']);
const MODIFIER = new Set(['advmod', 'det', 'neg', 'amod', 'obl', 'discourse', 'fixed']);
/** Relations through which a governing verb's modality reaches its complement. */
const COMPLEMENT = new Set(['xcomp', 'ccomp', 'csubj', 'advcl', 'acl', 'obj', 'obl', 'nsubj', 'nsubj:pass', 'conj']);
const CLAUSE_EDGE = new Set(['ccomp', 'advcl', 'csubj', 'acl:relcl', 'parataxis']);

export interface ModalityResult {
  modality: Modality;
  /** The cue word, for the record ("nauwelijks", "overweegt", "zouden ... hebben"). */
  cue: string | null;
}

const low = (t: Tree, k: number) => t.lower(k);
// Without the underscores of separable verbs and compounds ("aan_kondigen"): the lexicons list words whole.
const lemma = (t: Tree, k: number) => (t.tokens[k]!.lemma ?? t.tokens[k]!.form).toLowerCase().replace(/_/g, '');

/**
 * The predicate whose auxiliaries carry a nominal trigger's modality: "een tegenoffensief zal beginnen" ->
 * beginnen. A verbal trigger is its own predicate.
 */
export function predicateOf(t: Tree, i: number, noun: boolean): number {
  if (!noun) return i;
  // Only as the verb's object or subject: "verrast door het offensief" says nothing of the offensive's modality.
  const r = t.rel(i);
  const h = t.head(i);
  if (h >= 0 && (r === 'obj' || r.startsWith('nsubj')) && (t.tokens[h]!.upos === 'VERB' || t.tokens[h]!.upos === 'AUX')) return h;
  return i;
}

/**
 * The conjunction of a conditional or question clause the predicate is in ("als ze willen blijven", "Of een aanval
 * ... af te slaan is"), -1 if none.
 */
export function conditionOf(t: Tree, pred: number, lex: ModalityLexicon): number {
  const up = [pred, ...ancestors(t, pred)];
  for (let n = 0; n < up.length && n < 4; n++) {
    const a = up[n]!;
    for (const d of t.kids[a]!) if (t.rel(d) === 'mark' && lex.conditionalMarks.has(low(t, d)) && d < pred) return d;
    if (CLAUSE_EDGE.has(t.rel(a))) break;
  }
  return -1;
}

/**
 * negated > hedged > hypothetical > future > reported > (historical is decided by the time) > asserted.
 * `i` is the trigger, `pred` its predicate (predicateOf).
 */
export function modalityOf(t: Tree, i: number, pred: number, lex: ModalityLexicon, window?: [number, number]): ModalityResult {
  // The trigger and its predicate, plus the verbs up the xcomp chain ("hoefden ... te vechten").
  const core = [i];
  if (pred !== i) core.push(pred);
  let k = pred;
  for (let n = 0; n < 3 && t.rel(k) === 'xcomp'; n++) {
    k = t.head(k);
    if (k < 0) break;
    core.push(k);
  }
  const auxes: number[] = [];
  const mods: number[] = [];
  for (const c of core) {
    for (const d of t.kids[c]!) {
      const r = t.rel(d);
      if (AUX.has(r)) auxes.push(d);
      else if (MODIFIER.has(r)) mods.push(d);
    }
  }
  for (const m of mods) if (lex.negation.has(low(t, m))) return { modality: 'negated', cue: t.tokens[m]!.form };
  // A negator before the conjunction of the trigger's complement clause is the trigger's, wherever the parser hung it:
  // "wil niet dat de begroting groeit".
  for (const c of t.kids[i]!) {
    if (t.rel(c) !== 'ccomp' && t.rel(c) !== 'xcomp') continue;
    const mark = t.kids[c]!.find((m) => t.rel(m) === 'mark');
    const neg = mark === undefined ? undefined : t.kids[c]!.find((d) => d > i && d < mark && MODIFIER.has(t.rel(d)) && lex.negation.has(low(t, d)));
    if (neg !== undefined) return { modality: 'negated', cue: t.tokens[neg]!.form };
  }
  // A negative argument: "Niemand raakte gewond", "Er vielen geen doden".
  for (const c of core) {
    for (const d of t.kids[c]!) {
      const r = t.rel(d);
      if (!r.startsWith('nsubj') && r !== 'obj') continue;
      if (lex.negation.has(low(t, d))) return { modality: 'negated', cue: t.tokens[d]!.form };
      const det = t.kids[d]!.find((x) => t.rel(x) === 'det' && lex.negation.has(low(t, x)));
      if (det !== undefined) return { modality: 'negated', cue: t.tokens[det]!.form };
    }
  }
  for (const m of mods) if (lex.hedge.has(low(t, m))) return { modality: 'hedged', cue: t.tokens[m]!.form };
  // A verb of seeming over the act: "De aanslag lijkt gepleegd door een crimineel", "The army appears to have withdrawn".
  for (const c of core) if (c !== i && lex.hedgeVerbs.has(lemma(t, c)) && t.kids[c]!.some((d) => t.rel(d) === 'xcomp')) return { modality: 'hedged', cue: t.tokens[c]!.form };

  const condition = conditionOf(t, pred, lex);
  if (condition >= 0) return { modality: 'hypothetical', cue: t.tokens[condition]!.form };
  for (const a of auxes) {
    if (lex.hypotheticalVerbs.has(lemma(t, a))) return { modality: 'hypothetical', cue: t.tokens[a]!.form };
  }
  // A nominal act under a noun of prospect: "de kans op een aanslag", "plannen voor een aanval"; an infinitive clause
  // on one: "een besluit om troepen te sturen".
  const h = t.head(i);
  if (h >= 0 && t.rel(i).startsWith('nmod') && t.tokens[h]!.upos === 'NOUN' && lex.prospectNouns.has(lemma(t, h))) {
    return { modality: 'hypothetical', cue: t.tokens[h]!.form };
  }
  const hp = t.head(pred);
  if (hp >= 0 && t.rel(pred) === 'acl' && t.tokens[hp]!.upos === 'NOUN' && lex.prospectNouns.has(lemma(t, hp)) && t.kids[pred]!.some((d) => t.rel(d) === 'mark')) {
    return { modality: 'hypothetical', cue: t.tokens[hp]!.form };
  }
  // Governing verbs: "overweegt ... te bouwen" (hypothetical), "zwoer dat ..." (future), "vertelden dat ..." (reported).
  const governors: number[] = [];
  let g = pred;
  for (let n = 0; n < 3; n++) {
    if (!COMPLEMENT.has(t.rel(g))) break;
    // A clause of reason or time tells a fact whatever governs it: "is vier jaar geëist omdat hij ... is gevlucht".
    if (factualClause(t, g, lex)) break;
    const h = t.head(g);
    if (h < 0) break;
    if (t.rel(g) !== 'conj') governors.push(h);
    g = h;
  }
  for (const h of governors) {
    if (lex.hypotheticalVerbs.has(lemma(t, h)) || lex.hypotheticalVerbs.has(low(t, h))) return { modality: 'hypothetical', cue: t.tokens[h]!.form };
  }
  // A nominal act promised or announced: "belooft annexatie", "kondigde sancties aan" (not yet imposed).
  if (pred !== i && (lex.promiseVerbs.has(lemma(t, pred)) || lex.promiseVerbs.has(low(t, pred)))) return { modality: 'future', cue: t.tokens[pred]!.form };
  // A nominal act demanded: "Het OM eiste vier jaar cel", "Tegen hem is een celstraf geëist" (the court has not ruled).
  // (What is demanded, its object: "De aanslag heeft vier levens geëist" is no demand.)
  if (pred !== i && t.head(i) === pred && (t.rel(i) === 'obj' || t.rel(i) === 'nsubj:pass') && (lex.requestVerbs.has(lemma(t, pred)) || lex.requestVerbs.has(low(t, pred)))) return { modality: 'hypothetical', cue: t.tokens[pred]!.form };
  for (const a of auxes) {
    const f = low(t, a);
    if (lex.futureAux.has(lemma(t, a)) && !lex.reportedAux.has(f) && t.tokens[a]!.feats?.Tense !== 'Past') return { modality: 'future', cue: t.tokens[a]!.form };
  }
  for (const h of governors) {
    if (lex.intentionVerbs.has(lemma(t, h)) || lex.intentionVerbs.has(low(t, h))) return { modality: 'future', cue: t.tokens[h]!.form };
  }
  // A future verb over an infinitive as the predicate or the trigger itself: "De VN gaan een onderzoek doen",
  // "gaan demonstreren".
  for (const c of core) {
    if (!lex.futureAux.has(lemma(t, c)) || lex.reportedAux.has(low(t, c)) || t.tokens[c]!.feats?.Tense === 'Past') continue;
    if (t.kids[c]!.some((d) => t.rel(d) === 'xcomp')) return { modality: 'future', cue: t.tokens[c]!.form };
  }
  // The parser may hang "zal" on another verb: a future auxiliary right in the trigger's clause still counts.
  if (window) {
    for (let k = window[0]; k <= window[1]; k++) {
      if (k === i) continue;
      const tok = t.tokens[k]!;
      if ((tok.upos === 'AUX' || tok.upos === 'VERB') && lex.futureAux.has(lemma(t, k)) && !lex.reportedAux.has(low(t, k)) && tok.feats?.Tense !== 'Past') {
        return { modality: 'future', cue: tok.form };
      }
    }
  }
  // "said it would withdraw", "zei dat hij zou aftreden": a future seen from the past in what someone says or
  // means to do is announced; with a perfect ("zou hebben verzocht", "would have") it stays reported.
  const futurePast = auxes.find((a) => lex.futurePastAux.has(low(t, a)));
  if (futurePast !== undefined && !auxes.some((a) => lex.perfectAux.has(lemma(t, a))) && governors.some((h) => lex.speechVerbs.has(lemma(t, h)) || lex.intentionVerbs.has(lemma(t, h)))) {
    return { modality: 'future', cue: t.tokens[futurePast]!.form };
  }
  // "zouden ... hebben verzocht", "zouden zich ... aangesloten hebben": only a party says so.
  const reportedAux = auxes.find((a) => lex.reportedAux.has(low(t, a)));
  if (reportedAux !== undefined) return { modality: 'reported', cue: t.tokens[reportedAux]!.form };
  for (const h of governors) {
    if (lex.speechVerbs.has(lemma(t, h))) return { modality: 'reported', cue: t.tokens[h]!.form };
  }
  return { modality: 'asserted', cue: null };
}

/**
 * The predicate tells a past act: a finite past-tense verb ("invaded") or a perfect ("has withdrawn"). Such an act
 * is not announced, whatever date the sentence gives it.
 */
export function toldAsPast(t: Tree, pred: number, lex: ModalityLexicon): boolean {
  const f = t.tokens[pred]!.feats;
  if (f?.Tense === 'Past' && f.VerbForm === 'Fin') return true;
  const auxes = t.kids[pred]!.filter((d) => t.rel(d).startsWith('aux'));
  // A simple past the tagger took for a participle: no auxiliary, and no modifier of a noun.
  if (f?.Tense === 'Past' && f.VerbForm === 'Part' && auxes.length === 0 && !t.rel(pred).startsWith('acl') && t.rel(pred) !== 'amod') return true;
  return auxes.some((d) => t.rel(d) === 'aux' && lex.perfectAux.has(lemma(t, d)));
}

/** The clause headed at g is one of reason or time ("omdat ...", "nadat ...", "because ..."): it tells a fact. */
export function factualClause(t: Tree, g: number, lex: ModalityLexicon): boolean {
  return t.rel(g) === 'advcl' && t.kids[g]!.some((d) => t.rel(d) === 'mark' && lex.factualMarks.has(low(t, d)));
}

/**
 * The predicate is told in a past tense, the tense of narrative: a simple past, a past auxiliary ("werd veroordeeld",
 * "had gevraagd"), or a conjunct sharing such a verb's auxiliary ("werd veroordeeld en geëxecuteerd"). Not the
 * present perfect, the tense of news ("Rwanda heeft om zijn uitlevering gevraagd").
 */
export function toldInPast(t: Tree, pred: number, lex: ModalityLexicon): boolean {
  const past = (i: number) => {
    const auxes = t.kids[i]!.filter((d) => t.rel(d).startsWith('aux'));
    if (auxes.length) return auxes.some((d) => t.tokens[d]!.feats?.Tense === 'Past');
    return toldAsPast(t, i, lex);
  };
  return past(pred) || (t.rel(pred) === 'conj' && t.tokens[pred]!.feats?.VerbForm === 'Part' && past(t.head(pred)));
}

/**
 * A past perfect ("had de macht overgenomen", "was uitgevaardigd", "had taken"): the act lies before the story's time,
 * background to what the article tells.
 */
export function pluperfect(t: Tree, pred: number, lex: ModalityLexicon): boolean {
  if (t.tokens[pred]!.feats?.VerbForm !== 'Part') return false;
  return t.kids[pred]!.some((d) => t.rel(d).startsWith('aux') && lex.perfectAux.has(lemma(t, d)) && t.tokens[d]!.feats?.Tense === 'Past');
}

/** Sentence-level hearsay adverbs ("naar verluidt", "reportedly"): checked once per sentence. */
export function hearsay(sentenceLower: string, lex: ModalityLexicon): string | null {
  for (const a of lex.reportedAdverbs) if (sentenceLower.includes(a)) return a;
  return null;
}
