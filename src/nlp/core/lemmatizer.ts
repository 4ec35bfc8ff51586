// Lemmatizer learned from a treebank: a lexicon (form + UPOS -> lemma) for known words and
// suffix edit rules (longest matching suffix per UPOS) for unknown ones.

export const MAX_RULE_SUFFIX = 8;

/** An edit script: case change, characters cut from the front and back, text appended. */
interface Script {
  lower: boolean;
  front: number;
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
  return `${lower ? 'l' : 'k'}${best.front}|${cut}|${lemma.slice(best.common)}`;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function parseScript(s: string): Script {
  const p1 = s.indexOf('|');
  const p2 = s.indexOf('|', p1 + 1);
  return { lower: s[0] === 'l', front: Number(s.slice(1, p1)), cut: Number(s.slice(p1 + 1, p2)), add: s.slice(p2 + 1) };
}

function applyScript(form: string, s: Script): string | null {
  const f = s.lower ? form.toLowerCase() : form;
  if (s.front + s.cut > f.length) return null;
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
}

export class Lemmatizer {
  private readonly lexicon: Map<string, string>;
  private readonly rules: Map<string, Script>;
  private readonly compound: Set<string>;
  private readonly modifiers: Map<string, Set<string>>;

  constructor(data: LemmatizerData) {
    this.lexicon = new Map(Object.entries(data.lexicon));
    this.compound = new Set(data.compoundUpos ?? []);
    this.modifiers = new Map(Object.entries(data.modifiers ?? {}).map(([u, m]) => [u, new Set(m)]));
    this.rules = new Map(Object.entries(data.rules).map(([k, v]) => [k, parseScript(v)]));
  }

  lemma(form: string, lower: string, upos: string): string {
    const known = this.lexicon.get(form + '\t' + upos) ?? (lower !== form ? this.lexicon.get(lower + '\t' + upos) : undefined);
    if (known !== undefined) return known;
    if (this.compound.has(upos)) {
      const c = this.splitCompound(lower, upos);
      if (c) return c;
    }
    return this.byRule(form, lower, upos);
  }

  private byRule(form: string, lower: string, upos: string): string {
    const key = '^' + lower;
    for (let len = Math.min(key.length, MAX_RULE_SUFFIX); len >= 0; len--) {
      const s = this.rules.get(upos + '\t' + key.slice(key.length - len));
      if (s) return applyScript(form, s) ?? form;
    }
    return form;
  }

  // Longest known head word wins: "grensovergangen" -> "grens" + "overgangen" -> grens_overgang.
  // The modifier must have been a compound part in the treebank or be a known word of 4+ letters
  // (so "ver" + "dreven" is not split); a linking "s" is dropped when that leaves a known word.
  private splitCompound(lower: string, upos: string): string | null {
    if (lower.length > 40) return null;
    const seen = this.modifiers.get(upos);
    for (let j = 2; j <= lower.length - 3; j++) {
      const head = this.lexicon.get(lower.slice(j) + '\t' + upos);
      if (head === undefined || head.includes('_')) continue;
      let modifier = lower.slice(0, j);
      if (modifier.endsWith('-')) modifier = modifier.slice(0, -1);
      if (modifier.endsWith('s') && modifier.length > 4 && this.knownLemma(modifier.slice(0, -1))) modifier = modifier.slice(0, -1);
      if (seen?.has(modifier) || (modifier.length >= 4 && this.knownLemma(modifier))) return modifier + '_' + head;
    }
    return null;
  }

  private knownLemma(w: string): boolean {
    return this.lexicon.has(w + '\tNOUN') || this.lexicon.has(w + '\tVERB') || this.lexicon.has(w + '\tADJ');
  }
}

export interface LemmaExample {
  form: string;
  upos: string;
  lemma: string;
  /** How much this occurrence counts (e.g. more for the annotation convention we follow). */
  weight: number;
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
