// The analysis core for one language: tagger -> lemmatizer -> parser over given tokens.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../model/index.js';
import { MODELS_DIR as MODELS_ROOT } from '../paths.js';
import { readBundle, weightsFromArrays } from './core/bundle.js';
import { Lemmatizer, type LemmatizerData } from './core/lemmatizer.js';
import { LexicalMemo } from './core/lexical.js';
import { Parser, parserInput } from './core/parser.js';
import { Tagger, type TaggerData } from './core/tagger.js';
import type { Annotated } from './core/types.js';
import { LANGUAGES, type LanguageRules } from './languages.js';

export class Pipeline {
  private readonly lexical: LexicalMemo;
  /**
   * Per word form (Lexical.e) the UPOS id it was last lemmatized with (-1 none), its lemma, and its current()
   * lemma without and with VerbForm=Part (undefined: not yet asked): the lemmatizer's own memos are maps by UPOS
   * name, then form, two string lookups per call; here one array index. Reset when the form numbers are given anew.
   */
  private lemmaTag = new Int32Array(0);
  private lemmaOf: string[] = [];
  private currentOf: (string | undefined)[] = [];
  private currentPartOf: (string | undefined)[] = [];
  private generation = -1;

  constructor(
    readonly tagger: Tagger,
    readonly lemmatizer: Lemmatizer,
    readonly parser: Parser,
    readonly rules: LanguageRules,
  ) {
    this.lexical = new LexicalMemo(tagger.data.clusters, tagger.data.heads, tagger.data.lexicon);
  }

  /**
   * Tags, lemmatizes and parses one tokenized sentence. A kicker or dateline the sentence splitter left in front
   * ("akkoord - De premiers ... beklonken", "WASHINGTON - The president ...") is analysed apart and attached to the
   * sentence's root as parataxis, so it cannot become the subject; two names around the dash ("Ajax - PSV") stay
   * one phrase.
   */
  annotate(forms: string[]): Annotated {
    const k = kickerDash(forms);
    const whole = this.annotateClause(forms);
    if (k < 0 || (whole.upos[k - 1] === 'PROPN' && whole.upos[k + 1] === 'PROPN')) return whole;
    const kicker = this.annotateClause(forms.slice(0, k));
    const rest = this.annotateClause(forms.slice(k + 1));
    const root = rest.heads.indexOf(-1) + k + 1;
    const join = <T>(a: T[], dash: T, b: T[]) => [...a, dash, ...b];
    return {
      forms,
      upos: join(kicker.upos, whole.upos[k]!, rest.upos),
      feats: join(kicker.feats, whole.feats[k]!, rest.feats),
      lemmas: join(kicker.lemmas, whole.lemmas[k]!, rest.lemmas),
      heads: join(kicker.heads.map((h) => (h < 0 ? root : h)), root, rest.heads.map((h) => (h < 0 ? -1 : h + k + 1))),
      deprels: join(kicker.deprels.map((d, i) => (kicker.heads[i]! < 0 ? 'parataxis' : d)), 'punct', rest.deprels),
    };
  }

  /** Grows the per-form caches to the LexicalMemo's forms; empties them when its numbers were given anew. */
  private formCaches(): void {
    const size = this.lexical.size;
    if (this.generation !== this.lexical.generation) {
      this.generation = this.lexical.generation;
      this.lemmaTag.fill(-1);
    }
    if (this.lemmaTag.length < size) {
      const length = Math.max(1024, size * 2);
      const grown = new Int32Array(length).fill(-1);
      grown.set(this.lemmaTag);
      this.lemmaTag = grown;
      // Filled, not holey: arrays written at scattered indices could turn into dictionaries.
      for (let k = this.lemmaOf.length; k < length; k++) {
        this.lemmaOf.push('');
        this.currentOf.push(undefined);
        this.currentPartOf.push(undefined);
      }
    }
  }

  private annotateClause(forms: string[]): Annotated {
    const n = forms.length;
    if (n === 0) return { forms, upos: [], feats: [], lemmas: [], heads: [], deprels: [] };
    const x = this.lexical.of(forms);
    const { tags, feats } = this.tagger.tag(x);
    const names = this.tagger.uposNames;
    separableParticiples(forms, x.lower, tags, feats, names, this.lemmatizer);
    // (Loops rather than Array.from with a mapping function, which goes through the iterator protocol: 2% of the
    // analysis for these three arrays.)
    const upos = new Array<string>(n);
    for (let i = 0; i < n; i++) upos[i] = names[tags[i]!]!;
    const e = x.e;
    this.formCaches();
    const lemmaTag = this.lemmaTag;
    const lemmas = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const k = e[i]!;
      if (lemmaTag[k] !== tags[i]) {
        lemmaTag[k] = tags[i]!;
        this.lemmaOf[k] = this.lemmatizer.lemma(forms[i]!, x.lower[i]!, upos[i]!);
        this.currentOf[k] = undefined;
        this.currentPartOf[k] = undefined;
      }
      lemmas[i] = this.lemmaOf[k]!;
    }
    const joins = particleJoins(upos, lemmas, this.lemmatizer, this.rules);
    const tree = this.parser.parse(parserInput(x.w, x.cl, upos, feats, lemmas, joins));
    const labelNames = this.parser.data.labels;
    const heads = new Array<number>(n);
    const deprels = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      heads[i] = tree.heads[i]!;
      deprels[i] = heads[i] === -1 ? 'root' : labelNames[tree.labels[i]!]!;
    }
    // A root label on a non-root arc would make the tree invalid for UD validators.
    for (let i = 0; i < n; i++) if (deprels[i] === 'root' && heads[i] !== -1) deprels[i] = 'dep';
    particlesFromCase(x.lower, upos, feats, heads, deprels, this.rules.separableParticles, joins);
    timeSubjects(x.lower, upos, heads, deprels, this.rules);
    for (let i = 0; i < n; i++) {
      const k = e[i]!;
      const part = feats[i]!.includes('VerbForm=Part');
      const cache = part ? this.currentPartOf : this.currentOf;
      // (The entry may be of another UPOS: the same form tagged otherwise later in the sentence.)
      let c = lemmaTag[k] === tags[i] ? cache[k] : undefined;
      if (c === undefined) {
        const p = part ? this.lemmatizer.participle(forms[i]!, x.lower[i]!, upos[i]!) : null;
        c = this.lemmatizer.current(forms[i]!, x.lower[i]!, upos[i]!, p || lemmas[i]!);
        if (!part && c !== x.lower[i]) c = this.lemmatizer.infinitive(forms[i]!, x.lower[i]!, upos[i]!, c) ?? c;
        if (lemmaTag[k] === tags[i]) cache[k] = c;
      }
      lemmas[i] = c;
    }
    for (let i = 0; i < n; i++) {
      if (deprels[i] !== 'compound:prt' || heads[i]! < 0) continue;
      const h = heads[i]!;
      if (upos[h] !== 'VERB' && upos[h] !== 'AUX') continue;
      const joined = this.rules.particleVerbLemma(lemmas[h]!, lemmas[i]!);
      if (joined) lemmas[h] = joined;
    }
    return { forms, upos, feats, lemmas, heads, deprels };
  }
}

/**
 * An unseen separable participle the tagger took for a noun ("Hosseini heeft de verkeerde doodgeschoten": the suffix
 * "-schoten" is a plural noun's) is a participle (Lemmatizer.separableParticiple), before lemmas and parse are built
 * on the tag. Languages without verb morphology in their lemmatizer data are left as they are.
 */
export function separableParticiples(forms: string[], lower: string[], tags: Int32Array | number[], feats: string[], names: readonly string[], lemmatizer: Lemmatizer): void {
  const noun = names.indexOf('NOUN');
  const verb = names.indexOf('VERB');
  if (noun < 0 || verb < 0) return;
  for (let i = 0; i < forms.length; i++) {
    if (tags[i] !== noun || !lemmatizer.separableParticiple(forms[i]!, lower[i]!, 'NOUN')) continue;
    tags[i] = verb;
    feats[i] = 'VerbForm=Part';
  }
}

/**
 * A word of time opening a verb-second clause, parsed as the verb's subject while the noun phrase right after the verb
 * is its object ("Vrijdag ontmoette minister Hoekstra zijn ambtgenoot": vrijdag nsubj, Hoekstra obj): the time is an
 * adverbial (`obl`) and that noun phrase the subject. Only a bare name of a day or month, or a period with a modifier
 * of time ("vorige week"), before the verb and without a preposition; "Het weekend bracht regen" stays as it is.
 */
export function timeSubjects(lower: string[], upos: string[], heads: number[], deprels: string[], rules: LanguageRules): void {
  if (!rules.timeNames.size) return;
  const n = lower.length;
  for (let t = 0; t < n; t++) {
    if (deprels[t] !== 'nsubj') continue;
    const h = heads[t]!;
    if (h <= t || (upos[h] !== 'VERB' && upos[h] !== 'AUX')) continue;
    let timeWord = rules.timeNames.has(lower[t]!);
    let modified = false;
    let blocked = false;
    for (let c = 0; c < n; c++) {
      if (heads[c] !== t) continue;
      if (deprels[c] === 'case') blocked = true;
      else if ((deprels[c] === 'det' || deprels[c] === 'amod') && rules.timeModifiers.has(lower[c]!)) modified = true;
      else if (deprels[c] === 'det') blocked = true;
    }
    if (!timeWord) timeWord = modified && rules.timePeriods.has(lower[t]!);
    if (!timeWord || blocked) continue;
    // The verb's first object after it, a noun phrase or a personal pronoun, is the subject.
    let o = -1;
    for (let c = h + 1; c < n && o < 0; c++) if (heads[c] === h && deprels[c] === 'obj' && (upos[c] === 'NOUN' || upos[c] === 'PROPN' || upos[c] === 'PRON')) o = c;
    if (o < 0) continue;
    deprels[t] = 'obl';
    deprels[o] = 'nsubj';
  }
}

/**
 * The dash ending a kicker of one to three words at the start of a sentence ("akkoord - De premiers ..."), or -1:
 * the words before it are words, a capitalised word follows, at least three tokens follow, and no second dash
 * makes the first one open a parenthesis ("Het verhaal - Jezus sterft ... - is ingewikkeld").
 */
export function kickerDash(forms: string[]): number {
  const dash = (f: string) => f === '-' || f === '–' || f === '—';
  for (let k = 1; k <= 3 && k < forms.length; k++) {
    if (!/^[\p{L}\p{N}]/u.test(forms[k - 1]!)) return -1;
    if (!dash(forms[k]!)) continue;
    if (forms.length - k - 1 < 3 || !/^\p{Lu}/u.test(forms[k + 1]!)) return -1;
    return forms.slice(k + 1).some(dash) ? -1 : k;
  }
  return -1;
}

/**
 * UD never hangs a preposition (`case`) on a verb: a separable particle after its finite verb, with nothing of its
 * own, is the verb's particle ("renden de grens over"). Nor does it stack a separable particle on another
 * preposition of the same noun unless they form a compound preposition ("tot aan"): a particle that makes a
 * separable verb the treebank knows with the verb the noun depends on is that verb's particle ("haalde uit naar
 * Erdogan"). Relabels such arcs compound:prt (and rehangs the second), in place.
 */
export function particlesFromCase(lower: string[], upos: string[], feats: string[], heads: number[], deprels: string[], particles: ReadonlySet<string>, joins?: (h: number, d: number) => boolean): void {
  for (let i = 0; i < lower.length; i++) {
    const h = heads[i]!;
    if (deprels[i] !== 'case' || h < 0) continue;
    // (Cheap tests first: most prepositions hang on a noun after them with no other preposition next to them.)
    if (h < i && (upos[h] === 'VERB' || upos[h] === 'AUX')) {
      if (particles.has(lower[i]!) && feats[h]!.includes('VerbForm=Fin') && !heads.includes(i)) deprels[i] = 'compound:prt';
      continue;
    }
    if (!joins || h < i || deprels[i + 1] !== 'case' || heads[i + 1] !== h || upos[i + 1] !== 'ADP') continue;
    const v = heads[h]!;
    if (v < 0 || v > i || !particles.has(lower[i]!) || heads.includes(i)) continue;
    if (!joins(v, i) || deprels.some((d, k) => d === 'compound:prt' && heads[k] === v)) continue;
    heads[i] = v;
    deprels[i] = 'compound:prt';
  }
}

/** The parser's separable-verb test: a verb and a word whose joined lemma the treebank knows. */
export function particleJoins(upos: string[], lemmas: string[], lemmatizer: Lemmatizer, rules: LanguageRules): (h: number, d: number) => boolean {
  return (h, d) => {
    if (upos[h] !== 'VERB' && upos[h] !== 'AUX') return false;
    const joined = rules.particleVerbLemma(lemmas[h]!, lemmas[d]!);
    return joined !== null && lemmatizer.knowsParticleVerb(joined);
  };
}

export function modelDir(lang: Lang): string {
  return join(MODELS_ROOT, lang);
}

/** A map stored as two parallel arrays of a model bundle (empty when the bundle has not got them). */
function mapOf(arrays: Record<string, unknown>, keys: string, values: string): Map<number, number> {
  const k = arrays[keys] as Int32Array | undefined;
  const v = arrays[values] as Int32Array | undefined;
  const map = new Map<number, number>();
  if (k && v) for (let i = 0; i < k.length; i++) map.set(k[i]!, v[i]!);
  return map;
}

/** Loads a language's models from a folder (models/<lang> by default). */
export function loadPipeline(lang: Lang, dir = modelDir(lang)): Pipeline {
  const files = ['tagger.bin', 'parser.bin', 'lemmas.json'];
  for (const f of files) {
    if (!existsSync(join(dir, f))) throw new Error(`sitrep: model file ${join(dir, f)} is missing; run npm run train:${lang}`);
  }
  const tb = readBundle(join(dir, 'tagger.bin'));
  const tmeta = tb.meta as {
    uposNames: string[];
    upos: { nClasses: number; scale: number };
    upos2?: { scale: number } | null;
    feats: { names: string[]; scale: number | null }[] };
  const taggerData: TaggerData = {
    // Compound heads are absent from models trained before them: an empty map.
    clusters: mapOf(tb.arrays, 'clusters.keys', 'clusters.paths'),
    tagDict: mapOf(tb.arrays, 'tagdict.keys', 'tagdict.tags'),
    heads: mapOf(tb.arrays, 'heads.keys', 'heads.tags'),
    // Word classes of a lexicon of the language (en); absent for the others: an empty map.
    lexicon: mapOf(tb.arrays, 'lexicon.keys', 'lexicon.classes'),
    uposNames: tmeta.uposNames,
    upos: weightsFromArrays('upos', tb.arrays, tmeta.upos.nClasses, tmeta.upos.scale),
    upos2: tmeta.upos2 ? weightsFromArrays('upos2', tb.arrays, tmeta.upos.nClasses, tmeta.upos2.scale) : null,
    feats: tmeta.feats.map((f, u) => ({
      names: f.names,
      weights: f.scale === null ? null : weightsFromArrays(`feats${u}`, tb.arrays, f.names.length, f.scale),
    })),
  };
  const pb = readBundle(join(dir, 'parser.bin'));
  const pmeta = pb.meta as { labels: string[]; transScale: number; labelScale: number };
  const parser = new Parser({
    labels: pmeta.labels,
    transitions: weightsFromArrays('trans', pb.arrays, 3, pmeta.transScale),
    arcLabels: weightsFromArrays('label', pb.arrays, pmeta.labels.length, pmeta.labelScale),
  });
  const lemmas = JSON.parse(readFileSync(join(dir, 'lemmas.json'), 'utf8')) as LemmatizerData;
  return new Pipeline(new Tagger(taggerData), new Lemmatizer(lemmas), parser, LANGUAGES[lang]);
}

const cache = new Map<Lang, Pipeline>();

/** The language's pipeline, loaded once per process. */
export function pipeline(lang: Lang): Pipeline {
  let p = cache.get(lang);
  if (!p) {
    p = loadPipeline(lang);
    cache.set(lang, p);
  }
  return p;
}
