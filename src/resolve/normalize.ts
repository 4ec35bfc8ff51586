// Name keys for the gazetteer and actor indexes. Two levels: an exact key (case, diacritics,
// punctuation and spacing ignored) and a looser "skeleton" that also ignores the usual
// transliteration differences (kh/ch/x, sh, w/v, vowel quality, doubled letters).

/** A rewrite applied before keying, e.g. Dutch "sj" -> "sh"; from knowledge/lang/<lang>/transliteration.json. */
export type Rewrite = readonly [from: string, to: string];

const MARKS = /\p{M}+/gu;
const NOT_ALNUM = /[^\p{L}\p{N}]+/gu;
// Letters NFD does not decompose.
const SPECIAL: Record<string, string> = { ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ı: 'i', ð: 'd', þ: 'th', ʻ: '', ʼ: '' };

/** Lowercase, no diacritics, letters and digits only: "Sar-e Pol" -> "sarepol", "Panjšir" -> "panjsir". */
/**
 * Words that name the kind of a first-level unit, not the unit ("Nineveh Governorate" is "Nineveh Province"; English,
 * and the Dutch and German "province"): dropped where two names of one unit are compared.
 */
export const UNIT_KIND_WORDS = /\b(province|provincie|provinz|oblast|state|region|governorate|district|department|krai|prefecture)\b/g;

export function nameKey(s: string): string {
  return s.length > 64 ? computeNameKey(s) : keyedForm(s).key;
}

/**
 * A token form's nameKey, with a slot where the gazetteer matcher keeps what it knows about that key (one
 * hash lookup per token instead of one per index). Token forms repeat across sentences and articles.
 */
export interface KeyedForm {
  readonly key: string;
  /** Owned by findPlaces: the key's node in the gazetteer key trie, and which trie it belongs to. */
  trie?: unknown;
  node?: unknown;
  /** Owned by findActors: what the actor matcher knows about the form. */
  actor?: unknown;
  /** Owned by findPlaces: what the direction matchers know about the form. */
  place?: unknown;
  /** The form in lower case (tokenLowers), made once per form. */
  lower?: string;
  /** Owned by the coreference pass (extract/actors): what its word lists say of the form. */
  coref?: unknown;
  /** Owned by the trigger finder (extract/parsed): what the trigger lexicon says of the form. */
  trigger?: unknown;
  /** Owned by the claims extractor: what the cue lexicon says of the form. */
  claim?: unknown;
}
export function keyedForm(s: string): KeyedForm {
  let k = nameKeyCache.get(s);
  if (k === undefined) {
    // Every slot present from the start: one object shape, so the matchers' property reads stay monomorphic.
    k = { key: computeNameKey(s), trie: undefined, node: undefined, actor: undefined, place: undefined, lower: undefined, coref: undefined, trigger: undefined, claim: undefined };
    if (s.length > 64) return k;
    if (nameKeyCache.size >= 200_000) nameKeyCache.clear();
    nameKeyCache.set(s, k);
  }
  return k;
}
const nameKeyCache = new Map<string, KeyedForm>();
function computeNameKey(s: string): string {
  let out = s.normalize('NFD').replace(MARKS, '').toLowerCase();
  out = out.replace(/[øßæœłđıðþʻʼ]/g, (c) => SPECIAL[c] ?? c);
  return out.replace(NOT_ALNUM, '');
}

/** nameKey of each token form, remembered per token array (findPlaces and findActors both key every token). Read-only. */
export function tokenKeys(tokens: readonly { form: string }[]): readonly string[] {
  return tokenForms(tokens).keys;
}
/** keyedForm of each token form, and their keys, remembered per token array. Read-only. */
export function tokenForms(tokens: readonly { form: string }[]): { forms: readonly KeyedForm[]; keys: readonly string[] } {
  let f = tokenFormCache.find((x) => x.tokens === tokens);
  if (!f || f.keys.length !== tokens.length) {
    const forms = tokens.map((t) => keyedForm(t.form));
    f = { tokens, forms, keys: forms.map((x) => x.key) };
    if (tokenFormCache.unshift(f) > 4) tokenFormCache.pop();
  }
  return f;
}
interface TokenForms {
  tokens: readonly { form: string }[];
  forms: KeyedForm[];
  keys: string[];
}
/** The last few token arrays keyed (a sentence's, asked for by findActors and findPlaces in turn): not a WeakMap, see plan(). */
const tokenFormCache: TokenForms[] = [];

/**
 * Each token form in lower case, remembered per token array (actors, triggers, claims and places all read them, in
 * separate passes over the article) and per form: a form that comes back gets the same string, whose hash the
 * lexicon lookups have computed already. Read-only.
 */
export function tokenLowers(tokens: readonly { form: string }[]): readonly string[] {
  return sentenceForms(tokens).lowers;
}

/**
 * keyedForm and lower case of each token form, remembered per token array for the passes that come after
 * findActors and findPlaces (their ring of the last few is gone by then). Read-only.
 */
export function sentenceForms(tokens: readonly { form: string }[]): { forms: readonly KeyedForm[]; lowers: readonly string[] } {
  let known = sentenceCache.get(tokens);
  if (!known || known.lowers.length !== tokens.length) {
    const { forms } = tokenForms(tokens);
    const lowers = new Array<string>(tokens.length);
    for (let k = 0; k < tokens.length; k++) {
      const f = forms[k]!;
      lowers[k] = f.lower ??= tokens[k]!.form.toLowerCase();
    }
    known = { forms, lowers };
    sentenceCache.set(tokens, known);
  }
  return known;
}
const sentenceCache = new WeakMap<readonly { form: string }[], { forms: readonly KeyedForm[]; lowers: string[] }>();

/** /^\p{Lu}/u.test(w), without the pattern when the first letter is plain ASCII (most words). */
export function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 97 && c <= 122) return false;
  if (c >= 65 && c <= 90) return true;
  return /^\p{Lu}/u.test(w);
}

/** Code units that /[\s\-‐‑]/ matches (none outside the BMP). */
export const SEPARATOR = (() => {
  const t = new Uint8Array(65536);
  const re = /[\s\-‐‑]/;
  for (let c = 0; c < 65536; c++) if (re.test(String.fromCharCode(c))) t[c] = 1;
  return t;
})();

/**
 * /^[\s\-‐‑]*$/u.test(str.slice(a, b)) without making the slice: the gap between two tokens is only spaces and
 * hyphens (the matchers ask it for every pair of neighbouring tokens).
 */
export function separatorsOnly(str: string, a: number, b: number): boolean {
  const len = str.length;
  const from = a < 0 ? Math.max(len + a, 0) : Math.min(a, len);
  const to = b < 0 ? Math.max(len + b, 0) : Math.min(b, len);
  for (let k = from; k < to; k++) if (!SEPARATOR[str.charCodeAt(k)]) return false;
  return true;
}

/** Like nameKey but keeps single spaces between words (used for token-sequence matching). */
export function wordsKey(s: string): string {
  let out = s.normalize('NFD').replace(MARKS, '').toLowerCase();
  out = out.replace(/[øßæœłđıðþʻʼ]/g, (c) => SPECIAL[c] ?? c);
  return out.replace(NOT_ALNUM, ' ').trim();
}

// One pass over a nameKey, digraphs before single letters: kh/ch/x/q/c -> k, sh -> s, zh/z -> s,
// dj -> j, ph -> f, w -> v, vowel classes e/y -> i and o -> u.
const SKELETON_MAP: Record<string, string> = {
  tch: 'k',
  kh: 'k',
  gh: 'g',
  ch: 'k',
  sh: 's',
  zh: 's',
  dj: 'j',
  ph: 'f',
  q: 'k',
  x: 'k',
  c: 'k',
  w: 'v',
  y: 'i',
  e: 'i',
  o: 'u',
  z: 's',
};
const SKELETON_RE = /tch|kh|gh|ch|sh|zh|dj|ph|[qxcwyeoz]/g;
const VOWEL_H = /([aiu])h(?![aiu])/g;
const DOUBLE = /(.)\1+/g;

/**
 * Transliteration-insensitive key: "Badakhshan", "Badachsjan" (after Dutch rewrites),
 * "Panjsher", "Panjshir" all collapse to the same skeleton. Used for fuzzy matches only.
 */
export function skeletonKey(key: string, rewrites: readonly Rewrite[] = []): string {
  let s = key;
  for (const [a, b] of rewrites) if (s.includes(a)) s = s.split(a).join(b);
  s = s.replace(SKELETON_RE, (m) => SKELETON_MAP[m]!);
  // "h" after a vowel and not before one is mostly a transliteration artefact ("Farah"/"Fara").
  return s.replace(VOWEL_H, '$1').replace(DOUBLE, '$1');
}

/** Dice coefficient on character bigrams (build-time matching of variant lists only). */
export function bigramDice(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const grams = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const g = a.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  let hit = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const g = b.slice(i, i + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) {
      hit++;
      grams.set(g, n - 1);
    }
  }
  return (2 * hit) / (a.length + b.length - 2);
}
