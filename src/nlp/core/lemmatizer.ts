// Lemmatizer learned from a treebank: a lexicon (form + UPOS -> lemma) for known words and
// suffix edit rules (longest matching suffix per UPOS) for unknown ones.

export const MAX_RULE_SUFFIX = 8;

/** An edit script: case change, characters cut from the front and back, text appended. */
interface Script {
  lower: boolean;
  front: number;
  /** What the front cut removes ("ge" of a participle): the script applies only to forms starting with it. */
  prefix: string | null;
  cut: number;
  add: string;
}

export function scriptOf(form: string, lemma: string): string {
  const lower = lemma === lemma.toLowerCase() && form !== form.toLowerCase();
  const f = lower ? form.toLowerCase() : form;
  // Also try cutting a short prefix (Dutch participles: ge-werkt -> werken).
  let best = { front: 0, common: commonPrefix(f, lemma) };
  for (let front = 1; front <= 3 && front < f.length; front++) {
    const c = commonPrefix(f.slice(front), lemma);
    if (c >= 3 && c > best.common + front) best = { front, common: c };
  }
  const cut = f.length - best.front - best.common;
  const front = best.front ? `${best.front}=${f.slice(0, best.front)}` : '0';
  return `${lower ? 'l' : 'k'}${front}|${cut}|${lemma.slice(best.common)}`;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function parseScript(s: string): Script {
  const p1 = s.indexOf('|');
  const p2 = s.indexOf('|', p1 + 1);
  const [front, prefix] = s.slice(1, p1).split('=');
  return { lower: s[0] === 'l', front: Number(front), prefix: prefix ?? null, cut: Number(s.slice(p1 + 1, p2)), add: s.slice(p2 + 1) };
}

function applyScript(form: string, s: Script): string | null {
  const f = s.lower ? form.toLowerCase() : form;
  if (s.front + s.cut > f.length) return null;
  // A participle's "ge" cut from a word without it ("losschoten" -> "sschieten") is wrong.
  if (s.prefix !== null && !f.startsWith(s.prefix)) return null;
  const r = f.slice(s.front, f.length - s.cut) + s.add;
  return r.length ? r : null;
}

export interface LemmatizerData {
  /** "form\tUPOS" -> lemma. */
  lexicon: Record<string, string>;
  /**
   * UPOS tags whose lemmas mark compound parts with "_" in the treebank (UD Dutch: partij_leiding,
   * af_springen): an unknown word that ends in a known word of the same UPOS is split there.
   */
  compoundUpos?: string[];
  /** Per UPOS: the first compound parts seen in the treebank ("af", "partij", ...). */
  modifiers?: Record<string, string[]>;
  /** "UPOS\tsuffix" -> edit script (suffix of the lowercased form, "^" marks the word start). */
  rules: Record<string, string>;
  /** Language data for unseen verb forms (Dutch: src/nlp/nl/morphology.ts); absent = rules only. */
  verbMorphology?: VerbMorphology;
  /** Lemmas of separable verbs in the treebank, also where the particle stood apart ("in_nemen"). */
  particleVerbs?: string[];
  /**
   * "form\tUPOS" -> lemma in the treebank's current conventions where it differs from `lexicon`, whose lemmas are
   * weighted across conventions because the parser's lemma features were trained on them (built by
   * conventionLemmas; applied after parsing by current()).
   */
  conventions?: Record<string, string>;
}

/**
 * What the lemmatizer needs to know about a language's verbs to lemmatize forms it has never seen.
 * Every candidate built from it is accepted only when the treebank knows it (a known form or lemma),
 * so the data proposes and the lexicon decides.
 */
export interface VerbMorphology {
  /** UPOS tags this applies to. */
  upos: string[];
  /** Separable particles, joined as particle_verb when they start a participle before the prefix. */
  particles: string[];
  /** Participle prefix after a separable particle (Dutch "ge": op+ge+blazen). */
  participlePrefix: string;
  /** Plural past ending on the singular past (Dutch "en": schoot -> schoten). */
  pluralEnding: string;
  /** Vowel letters: a single vowel before one consonant is lengthened or its consonant doubled. */
  vowels: string;
  /** Weak participle endings after the stem (Dutch "d", "t": ge+ren+d -> rennen). */
  weakEndings: string[];
  /** Infinitive ending added to a stem. */
  infinitive: string;
  /** Letters after the prefix that only mark the syllable break (Dutch "ge|ëist" -> eisen): the verb's own letter. */
  afterPrefix?: Record<string, string>;
}

export class Lemmatizer {
  private readonly lexicon: Map<string, string>;
  /**
   * The lexicon, the conventions and the rules by UPOS, then form (suffix): the entries of the "form\tUPOS"
   * ("UPOS\tsuffix") maps, looked up without building a key string per lookup (an unknown word takes many).
   */
  private readonly lexiconBy: ByUpos<string>;
  private readonly conventionsBy: ByUpos<string>;
  private readonly rulesBy: ByUpos<Script>;
  private readonly compound: Set<string>;
  private readonly modifiers: Map<string, Set<string>>;
  private readonly morph: VerbMorphology | null;
  /** Per UPOS of `morph`: the lemmas of the lexicon. */
  private readonly knownLemmas = new Map<string, Set<string>>();
  private readonly particleVerbs: Set<string>;
  private readonly conventions: Map<string, string>;
  private readonly nounLemmas = new Set<string>();

  constructor(data: LemmatizerData) {
    this.lexicon = new Map(Object.entries(data.lexicon));
    this.conventions = new Map(Object.entries(data.conventions ?? {}));
    for (const [key, lemma] of this.lexicon) if (key.endsWith('\tNOUN') && !lemma.includes('_')) this.nounLemmas.add(lemma.toLowerCase());
    this.particleVerbs = new Set(data.particleVerbs ?? []);
    this.compound = new Set(data.compoundUpos ?? []);
    this.modifiers = new Map(Object.entries(data.modifiers ?? {}).map(([u, m]) => [u, new Set(m)]));
    this.lexiconBy = byUpos(this.lexicon, false);
    this.conventionsBy = byUpos(this.conventions, false);
    this.rulesBy = byUpos(new Map(Object.entries(data.rules).map(([k, v]) => [k, parseScript(v)])), true);
    this.morph = data.verbMorphology
      ? { ...data.verbMorphology, particles: [...data.verbMorphology.particles].sort((a, b) => b.length - a.length) }
      : null;
    if (this.morph) {
      for (const u of this.morph.upos) this.knownLemmas.set(u, new Set());
      for (const [key, lemma] of this.lexicon) this.knownLemmas.get(key.slice(key.indexOf('\t') + 1))?.add(lemma);
    }
  }

  /** Whether the treebank has this separable verb (particle_verb lemma). */
  knowsParticleVerb(lemma: string): boolean {
    return this.particleVerbs.has(lemma);
  }

  /**
   * Results of lemma() by form and UPOS: news repeats its words, and unknown words cost rule lookups. One map per
   * UPOS, keyed by the form, so no key string is built per token.
   */
  private readonly memo = new Map<string, Map<string, string>>();
  private memoSize = 0;

  lemma(form: string, lower: string, upos: string): string {
    let m = this.memo.get(upos);
    if (m === undefined) {
      m = new Map();
      this.memo.set(upos, m);
    }
    let l = m.get(form);
    if (l === undefined) {
      // Bounded: a long-running process sees an open vocabulary.
      if (this.memoSize >= 100_000) {
        for (const x of this.memo.values()) x.clear();
        this.memoSize = 0;
      }
      l = this.compute(form, lower, upos);
      m.set(form, l);
      this.memoSize++;
    }
    return l;
  }

  private compute(form: string, lower: string, upos: string): string {
    const lex = this.lexiconBy.get(upos);
    const known = lex === undefined ? undefined : (lex.get(form) ?? (lower !== form ? lex.get(lower) : undefined));
    if (known !== undefined) return known;
    if (this.compound.has(upos)) {
      const c = this.splitCompound(lower, upos);
      if (c) return c;
    }
    if (this.knownLemmas.has(upos)) {
      const v = this.unseenVerb(lower, upos);
      if (v) return v;
    }
    return this.byRule(form, lower, upos);
  }

  /**
   * The lemma in the treebank's current conventions, for after parsing (`lemma` is what lemma() gave, the parser's
   * feature): a known word as the current-convention sentences lemmatize it ("ingenomen" in_nemen, "feesttent"
   * feest_tent, where the older release wrote innemen, feesttent); an unknown word joined by a hyphen as a compound
   * of its parts ("KNZB-voorzitter" KNZB_voorzitter, "oud-trainers" oud_trainer).
   */
  current(form: string, lower: string, upos: string, lemma: string): string {
    let m = this.currentMemo.get(upos);
    if (m === undefined) this.currentMemo.set(upos, (m = new Map()));
    const known = m.get(form);
    if (known !== undefined && known.lemma === lemma) return known.current;
    if (this.currentMemoSize >= 100_000) {
      for (const x of this.currentMemo.values()) x.clear();
      this.currentMemoSize = 0;
    }
    const current = this.computeCurrent(form, lower, upos, lemma);
    m.set(form, { lemma, current });
    this.currentMemoSize++;
    return current;
  }

  /**
   * Results of current() by UPOS and form, with the lemma they were given (a participle's differs): every token
   * takes this step, and the unknown compounds among them a search of the lexicon. `lower` is the form's lower case.
   */
  private readonly currentMemo = new Map<string, Map<string, { lemma: string; current: string }>>();
  private currentMemoSize = 0;

  private computeCurrent(form: string, lower: string, upos: string, lemma: string): string {
    const conv = this.conventionsBy.get(upos);
    const c = conv === undefined ? undefined : (conv.get(form) ?? (lower !== form ? conv.get(lower) : undefined));
    if (c !== undefined) return c;
    if (!this.compound.has(upos) || this.inLexicon(form, upos) || this.inLexicon(lower, upos)) return lemma;
    return this.hyphenCompound(form, upos) ?? (lemma.includes('_') ? null : this.splitCompound(lower, upos, true)) ?? lemma;
  }

  // "EU-burgers" -> EU_burger: the modifier as written (a known word such as "N-VA" keeps its hyphen, others become
  // parts), the head lemmatized. Two capitalised parts are a name and keep the hyphen (Noord-Amerikaans).
  private hyphenCompound(form: string, upos: string): string | null {
    const k = form.lastIndexOf('-');
    if (k <= 0 || k > form.length - 3 || form.length > 60) return null;
    const head = form.slice(k + 1);
    const modifier = form.slice(0, k);
    // A one-letter modifier names a kind (X-boot, T-shirt): the treebank keeps the hyphen.
    if (!/^\p{L}+$/u.test(head) || !/[\p{L}\p{N}]$/u.test(modifier) || modifier.length < 2) return null;
    const upper = (c: string) => c !== c.toLowerCase();
    if (upper(modifier[0]!) && upper(head[0]!)) return null;
    const headLower = head.toLowerCase();
    const headLemma = this.current(head, headLower, upos, this.lemma(head, headLower, upos));
    const known = ['PROPN', 'NOUN', 'ADJ'].some((u) => this.inLexicon(modifier, u));
    return (known ? modifier : modifier.replace(/-/g, '_')) + '_' + headLemma;
  }

  /** A compound of known parts in the current conventions ("feesttent" -> feest_tent), or null. */
  compoundOf(lower: string, upos: string): string | null {
    return this.compound.has(upos) ? this.splitCompound(lower, upos) : null;
  }

  /**
   * The separable verb a joined verb lemma is ("innemen" -> in_nemen), or null: its form is a participle with the
   * particle before the prefix ("ingenomen", not "onderworpen") and the rest is a known verb, or the treebank has the
   * separable verb ("terechtkwam" for terecht_komen).
   */
  particleOf(lemma: string, lower: string, upos: string): string | null {
    const m = this.morph;
    const known = this.knownLemmas.get(upos);
    if (!m || !known) return null;
    for (const p of m.particles) {
      if (lemma.length <= p.length + 3 || !lemma.startsWith(p)) continue;
      const joined = p + '_' + lemma.slice(p.length);
      if (lower.startsWith(p + m.participlePrefix) ? known.has(lemma.slice(p.length)) : this.particleVerbs.has(joined)) return joined;
    }
    return null;
  }

  // A separable participle (op+ge+blazen -> op_blazen), else the verb on its own.
  private unseenVerb(lower: string, upos: string): string | null {
    const m = this.morph!;
    for (const p of m.particles) {
      if (!lower.startsWith(p + m.participlePrefix) || lower.length < p.length + m.participlePrefix.length + 3) continue;
      const rest = lower.slice(p.length);
      const l = this.knownVerb(rest, upos) ?? this.knownVerb(rest.slice(m.participlePrefix.length), upos);
      if (l && !l.includes('_')) return p + '_' + l;
    }
    return this.knownVerb(lower, upos);
  }

  /**
   * A form the tagger took for something else that is a separable participle: a particle, then a participle the
   * lexicon knows as a verb of another lemma ("dood|geschoten" -> schieten, "neer|gestoken"), the whole form not a
   * known word of `upos` ("over|gewicht" has no verb after the particle, "op|geven" is the verb's own infinitive).
   */
  separableParticiple(form: string, lower: string, upos: string): boolean {
    const m = this.morph;
    if (!m) return false;
    // (Asked of every noun the tagger finds: the cheap prefix test first, the lexicon only for a candidate.)
    for (const p of m.particles) {
      if (!lower.startsWith(p) || !lower.startsWith(m.participlePrefix, p.length) || lower.length < p.length + m.participlePrefix.length + 3) continue;
      const rest = lower.slice(p.length);
      for (const verb of m.upos) {
        const lemma = this.lexicon.get(rest + '\t' + verb);
        if (lemma !== undefined && lemma !== rest) return !this.inLexicon(form, upos) && !this.inLexicon(lower, upos);
      }
    }
    return false;
  }

  /**
   * The lemma of an unknown verb form shaped like an infinitive (in Dutch also the present plural) whose `lemma` the
   * suffix rules made up: the form itself, or particle_verb when a separable particle starts it and the treebank has
   * that separable verb. The rules, learned per UPOS from every verb form, rewrite stems
   * ("doden" -> "dieden" by the rule of "geboden", "schaden" -> "scheden"). Null when `lemma` is a verb the treebank
   * knows, when the form is a known word, and when it is the regular past plural of `lemma` ("kelderden" -> kelderen);
   * the tagger's Tense is no guide here (it called "doden" past). Used after tagging (pipeline.ts).
   */
  infinitive(form: string, lower: string, upos: string, lemma: string): string | null {
    const m = this.morph;
    if (!m || !this.knownLemmas.has(upos) || !lower.endsWith(m.infinitive) || lower.length < m.infinitive.length + 3) return null;
    const known = this.knownLemmas.get(upos)!;
    if (known.has(lemma.slice(lemma.lastIndexOf('_') + 1)) || !/^\p{Ll}+$/u.test(lower)) return null;
    if (this.inLexicon(form, upos) || this.inLexicon(lower, upos)) return null;
    if (lemma.endsWith(m.infinitive)) {
      const stem = lemma.slice(0, -m.infinitive.length);
      const n = stem.length;
      const single = n > 2 && stem[n - 1] === stem[n - 2] && !m.vowels.includes(stem[n - 1]!) ? stem.slice(0, -1) : null;
      for (const st of [stem, this.respell(stem, 'vowel'), single]) {
        if (st && m.weakEndings.some((e) => lower === st + e + m.pluralEnding)) return null;
      }
    }
    // (Only a separable verb the treebank has: "overleven", "doorzoeken" may be inseparable.)
    for (const p of m.particles) {
      if (lower.startsWith(p) && this.particleVerbs.has(p + '_' + lower.slice(p.length))) return p + '_' + lower.slice(p.length);
    }
    return lower;
  }

  /**
   * The lemma of an unknown participle without particle, by its form without the participle prefix ("gebleken" ->
   * "bleken" -> blijken, "geselecteerde" -> selecteren, "gekelderd" -> kelderen); null for known forms and when
   * nothing fits. Used after tagging has said VerbForm=Part (pipeline.ts): the lexicon and rules alone cannot
   * tell a participle's "ge" from a verb that starts with it, and the parser's lemma features do not use it.
   */
  participle(form: string, lower: string, upos: string): string | null {
    const m = this.morph;
    if (!m || !this.knownLemmas.has(upos)) return null;
    const pre = m.participlePrefix;
    if (!lower.startsWith(pre) || lower.length < pre.length + 4) return null;
    if (this.inLexicon(form, upos) || this.inLexicon(lower, upos)) return null;
    if (m.particles.some((p) => lower.startsWith(p + pre))) return null;
    const known = this.knownLemmas.get(upos)!;
    const first = lower[pre.length]!;
    const rest = (m.afterPrefix?.[first] ?? first) + lower.slice(pre.length + 1);
    const k = this.knownVerb(rest, upos);
    if (k) return k;
    // A stem that itself ends in d/t takes no ending (ge+dood -> doden).
    if (m.weakEndings.some((e) => rest.endsWith(e))) {
      for (const c of [this.shorten(rest), this.respell(rest, 'consonant')]) {
        if (c && known.has(c + m.infinitive)) return c + m.infinitive;
      }
    }
    // A verb the treebank does not know: the rule's infinitive of the form without the prefix, when the rule on the
    // whole form kept the prefix or rewrote the start of the word ("gekelderd" -> kelderen, not "gekelderen").
    let r = this.byRule(rest, rest, upos);
    if (!r.endsWith(m.infinitive)) return null;
    // An open syllable writes its long vowel single: "doog" + "en" -> "dogen".
    const stem = r.slice(0, -m.infinitive.length);
    r = (this.shorten(stem) ?? stem) + m.infinitive;
    const start = rest.slice(0, 3);
    const whole = this.byRule(lower, lower, upos);
    return r.startsWith(start) && (whole.startsWith(pre) || !whole.startsWith(start)) ? r : null;
  }

  // A lemma for `w` that the treebank knows: w itself is a known form; w is a known past singular plus
  // the plural ending (schoten -> schoot -> schieten); or the suffix rule's lemma, as it is or with its
  // consonant doubled after a short vowel (renden -> rule "renen" -> "rennen").
  private knownVerb(w: string, upos: string): string | null {
    const m = this.morph!;
    const known = this.knownLemmas.get(upos)!;
    const byForm = this.lexiconBy.get(upos);
    const lex = byForm?.get(w);
    if (lex !== undefined) return lex;
    if (w.endsWith(m.pluralEnding) && w.length > m.pluralEnding.length + 2) {
      const stem = w.slice(0, -m.pluralEnding.length);
      for (const c of [stem, this.respell(stem, 'vowel')]) {
        const l = c && byForm?.get(c);
        if (l) return l;
      }
    }
    const r = this.byRule(w, w, upos);
    if (known.has(r)) return r;
    if (r.endsWith(m.pluralEnding)) {
      const d = this.respell(r.slice(0, -m.pluralEnding.length), 'consonant');
      if (d && known.has(d + m.pluralEnding)) return d + m.pluralEnding;
    }
    // Weak participle without its prefix: stem + ending (rend -> ren -> rennen, klapt -> klappen).
    for (const e of m.weakEndings) {
      if (!w.endsWith(e) || w.length < e.length + 2) continue;
      const stem = w.slice(0, -e.length);
      for (const c of [stem, this.respell(stem, 'consonant'), this.shorten(stem)]) {
        if (c && known.has(c + m.infinitive)) return c + m.infinitive;
      }
    }
    return null;
  }

  // "maak" -> "mak": a doubled vowel before the last consonant is written single before an ending.
  private shorten(w: string): string | null {
    const n = w.length;
    if (n < 3 || w[n - 2] !== w[n - 3] || !this.morph!.vowels.includes(w[n - 2]!)) return null;
    return w.slice(0, -2) + w[n - 1];
  }

  // "schot" -> "schoot" (vowel) or "ren" -> "renn" (consonant) when the word ends in consonant + one vowel
  // letter + consonant; null otherwise.
  private respell(w: string, what: 'vowel' | 'consonant'): string | null {
    const v = this.morph!.vowels;
    const n = w.length;
    if (n < 3) return null;
    const [a, b, c] = [w[n - 3]!, w[n - 2]!, w[n - 1]!];
    if (v.includes(a) || !v.includes(b) || v.includes(c) || !/\p{L}/u.test(c)) return null;
    return what === 'vowel' ? w.slice(0, -1) + b + c : w + c;
  }

  private byRule(form: string, lower: string, upos: string): string {
    const key = '^' + lower;
    const rules = this.rulesBy.get(upos);
    if (rules === undefined) return form;
    for (let len = Math.min(key.length, MAX_RULE_SUFFIX); len >= 0; len--) {
      const s = rules.get(key.slice(key.length - len));
      const lemma = s && applyScript(form, s);
      if (lemma) return lemma;
    }
    return form;
  }

  // Longest known head word wins: "grensovergangen" -> "grens" + "overgangen" -> grens_overgang.
  // The modifier must have been a compound part in the treebank or be a known word of 4+ letters
  // (so "ver" + "dreven" is not split); a linking "s" is dropped when that leaves a known word.
  // `wide` (after parsing only, so the parser's lemma features stay as trained) also takes a plural modifier as its
  // lemma ("heksenleger" heks_leger) and a noun lemma as a modifier ("buur" of "buren").
  private splitCompound(lower: string, upos: string, wide = false): string | null {
    if (lower.length > 40) return null;
    const seen = this.modifiers.get(upos);
    const lex = this.lexiconBy.get(upos);
    if (lex === undefined) return null;
    for (let j = 2; j <= lower.length - 3; j++) {
      const head = lex.get(lower.slice(j));
      if (head === undefined || head.includes('_')) continue;
      let modifier = lower.slice(0, j);
      if (modifier.endsWith('-')) modifier = modifier.slice(0, -1);
      if (modifier.endsWith('s') && modifier.length > 4 && this.knownLemma(modifier.slice(0, -1))) modifier = modifier.slice(0, -1);
      // A plural modifier stands as its lemma: "heksenleger" heks_leger, "paardenconcours" paard_concours.
      const plural = wide && modifier.length > 4 && modifier.endsWith('en') ? this.lexiconBy.get('NOUN')?.get(modifier) : undefined;
      if (plural !== undefined && plural !== modifier && !plural.includes('_')) return plural + '_' + head;
      if (seen?.has(modifier) || (modifier.length >= 4 && (this.knownLemma(modifier) || (wide && this.nounLemmas.has(modifier))))) return modifier + '_' + head;
    }
    return null;
  }

  private knownLemma(w: string): boolean {
    return this.inLexicon(w, 'NOUN') || this.inLexicon(w, 'VERB') || this.inLexicon(w, 'ADJ');
  }

  /** lexicon.has(form + '\t' + upos). */
  private inLexicon(form: string, upos: string): boolean {
    return this.lexiconBy.get(upos)?.has(form) === true;
  }
}

/** A map keyed "a\tb" as a map by UPOS of maps by the rest: the UPOS is the part after the last tab, or with `uposFirst` the part before the first. */
type ByUpos<V> = Map<string, Map<string, V>>;
function byUpos<V>(m: Map<string, V>, uposFirst: boolean): ByUpos<V> {
  const out: ByUpos<V> = new Map();
  for (const [key, v] of m) {
    const tab = uposFirst ? key.indexOf('\t') : key.lastIndexOf('\t');
    if (tab < 0) continue;
    const upos = uposFirst ? key.slice(0, tab) : key.slice(tab + 1);
    const rest = uposFirst ? key.slice(tab + 1) : key.slice(0, tab);
    let inner = out.get(upos);
    if (!inner) out.set(upos, (inner = new Map()));
    inner.set(rest, v);
  }
  return out;
}

export interface LemmaExample {
  form: string;
  upos: string;
  lemma: string;
  /** How much this occurrence counts (e.g. more for the annotation convention we follow). */
  weight: number;
  /** The sentence follows the current annotation conventions (conventionLemmas). */
  current?: boolean;
}

/**
 * LemmatizerData.conventions: for each lexicon entry, its lemma in the current conventions where that differs from
 * the lexicon's. An entry seen in current-convention sentences takes their most frequent lemma; an entry seen only in
 * the older release is converted: to the current lemma that is the same word with compound underscores (feesttent ->
 * feest_tent when the current sentences have feest_tent), else to a separable verb (innemen -> in_nemen when nemen is
 * a known verb and the form starts with the particle), else to a compound of known parts (as for unknown words).
 */
export function conventionLemmas(data: LemmatizerData, examples: LemmaExample[]): Record<string, string> {
  const current = new Map<string, Map<string, number>>();
  const underscored = new Map<string, Map<string, number>>();
  const add = (m: Map<string, Map<string, number>>, key: string, lemma: string) => {
    let c = m.get(key);
    if (!c) m.set(key, (c = new Map()));
    c.set(lemma, (c.get(lemma) ?? 0) + 1);
  };
  for (const e of examples) {
    if (!e.current) continue;
    add(current, e.form + '\t' + e.upos, e.lemma);
    if (/.._./.test(e.lemma)) add(underscored, e.lemma.replace(/_/g, '') + '\t' + e.upos, e.lemma);
  }
  const top = (c: Map<string, number>) => [...c.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  const lz = new Lemmatizer({ ...data, conventions: {} });
  const out: Record<string, string> = {};
  for (const [key, lemma] of Object.entries(data.lexicon)) {
    const c = current.get(key);
    let l: string;
    if (c) l = top(c);
    else if (lemma.includes('_')) continue;
    else {
      const [form, upos] = key.split('\t') as [string, string];
      const u = underscored.get(lemma + '\t' + upos);
      const lower = form.toLowerCase();
      const particle = lz.particleOf(lemma, lower, upos);
      const joined = u ? top(u) : null;
      // Known nouns are often lexicalised (ogenblik, bladzijde) and a verb's parts are forms of other verbs
      // (doorzagen: zagen of zien): only adjectives are split into known parts (Nederlands_talig).
      const split = upos === 'ADJ' ? lz.compoundOf(lemma, upos) : null;
      l = particle ?? joined ?? (split !== null && split.replace(/_/g, '') === lemma ? split : lemma);
    }
    if (l !== lemma) out[key] = l;
  }
  return out;
}

/** Builds the lexicon (most frequent lemma per form + UPOS) and suffix rules over word types. */
export function trainLemmatizer(examples: LemmaExample[], ruleLemma: (lemma: string) => string = (l) => l): LemmatizerData {
  const counts = new Map<string, Map<string, number>>();
  for (const e of examples) {
    const key = e.form + '\t' + e.upos;
    let m = counts.get(key);
    if (!m) counts.set(key, (m = new Map()));
    m.set(e.lemma, (m.get(e.lemma) ?? 0) + e.weight);
  }
  const lexicon: Record<string, string> = {};
  const ruleCounts = new Map<string, Map<string, number>>();
  for (const key of [...counts.keys()].sort()) {
    const m = counts.get(key)!;
    const lemma = [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    lexicon[key] = lemma;
    const [form, upos] = key.split('\t') as [string, string];
    const script = scriptOf(form, ruleLemma(lemma));
    const k = '^' + form.toLowerCase();
    for (let len = 0; len <= Math.min(k.length, MAX_RULE_SUFFIX); len++) {
      const rk = upos + '\t' + k.slice(k.length - len);
      let r = ruleCounts.get(rk);
      if (!r) ruleCounts.set(rk, (r = new Map()));
      r.set(script, (r.get(script) ?? 0) + 1);
    }
  }
  const best = new Map<string, string>();
  for (const [rk, r] of ruleCounts) {
    best.set(rk, [...r.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]);
  }
  // Keep a rule only where it differs from the rule of the next shorter suffix.
  const rules: Record<string, string> = {};
  for (const rk of [...best.keys()].sort()) {
    const tab = rk.indexOf('\t');
    const suffix = rk.slice(tab + 1);
    const parent = suffix.length ? best.get(rk.slice(0, tab + 1) + suffix.slice(1)) : undefined;
    if (parent !== best.get(rk) || !suffix.length) rules[rk] = best.get(rk)!;
  }
  // UPOS whose lemmas contain compound underscores often enough to be the convention.
  const compoundUpos: string[] = [];
  const perUpos = new Map<string, [number, number]>();
  for (const [key, lemma] of Object.entries(lexicon)) {
    const upos = key.slice(key.indexOf('\t') + 1);
    const c = perUpos.get(upos) ?? [0, 0];
    c[0]++;
    if (/.._./.test(lemma) && !key.includes('_')) c[1]++;
    perUpos.set(upos, c);
  }
  for (const [upos, [n, u]] of [...perUpos.entries()].sort()) if (u >= 0.03 * n && u >= 20) compoundUpos.push(upos);
  // Compound parts seen in at least 2 word types (10 for two-letter parts such as particles "af", "op").
  const mods: Record<string, Map<string, number>> = {};
  for (const [key, lemma] of Object.entries(lexicon)) {
    const upos = key.slice(key.indexOf('\t') + 1);
    if (!compoundUpos.includes(upos) || !/.._./.test(lemma)) continue;
    const m = (mods[upos] ??= new Map());
    const part = lemma.slice(0, lemma.indexOf('_', 1)).toLowerCase();
    m.set(part, (m.get(part) ?? 0) + 1);
  }
  const modifiers = Object.fromEntries(
    Object.entries(mods).map(([u, m]) => [u, [...m.entries()].filter(([p, c]) => c >= (p.length <= 2 ? 10 : 2)).map(([p]) => p).sort()]),
  );
  return { lexicon, rules, compoundUpos, modifiers };
}
