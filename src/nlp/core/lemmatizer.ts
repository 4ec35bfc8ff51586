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
  /** "UPOS\tsuffix" -> edit script (suffix of the lowercased form, "^" marks the word start). */
  rules: Record<string, string>;
}

export class Lemmatizer {
  private readonly lexicon: Map<string, string>;
  private readonly rules: Map<string, Script>;

  constructor(data: LemmatizerData) {
    this.lexicon = new Map(Object.entries(data.lexicon));
    this.rules = new Map(Object.entries(data.rules).map(([k, v]) => [k, parseScript(v)]));
  }

  lemma(form: string, lower: string, upos: string): string {
    const known = this.lexicon.get(form + '\t' + upos) ?? (lower !== form ? this.lexicon.get(lower + '\t' + upos) : undefined);
    if (known !== undefined) return known;
    const key = '^' + lower;
    for (let len = Math.min(key.length, MAX_RULE_SUFFIX); len >= 0; len--) {
      const s = this.rules.get(upos + '\t' + key.slice(key.length - len));
      if (s) return applyScript(form, s) ?? form;
    }
    return form;
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
  return { lexicon, rules };
}
