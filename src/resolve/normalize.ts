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
export function nameKey(s: string): string {
  let out = s.normalize('NFD').replace(MARKS, '').toLowerCase();
  out = out.replace(/[øßæœłđıðþʻʼ]/g, (c) => SPECIAL[c] ?? c);
  return out.replace(NOT_ALNUM, '');
}

/** Like nameKey but keeps single spaces between words (used for token-sequence matching). */
export function wordsKey(s: string): string {
  let out = s.normalize('NFD').replace(MARKS, '').toLowerCase();
  out = out.replace(/[øßæœłđıðþʻʼ]/g, (c) => SPECIAL[c] ?? c);
  return out.replace(NOT_ALNUM, ' ').trim();
}

// Applied in order to a nameKey: digraphs first, then vowel classes, then doubled letters.
const SKELETON_RULES: Rewrite[] = [
  ['tch', 'c'],
  ['kh', 'k'],
  ['gh', 'g'],
  ['ch', 'k'],
  ['sh', 's'],
  ['zh', 'z'],
  ['z', 's'],
  ['dj', 'j'],
  ['ph', 'f'],
  ['q', 'k'],
  ['x', 'k'],
  ['c', 'k'],
  ['w', 'v'],
  ['y', 'i'],
  ['e', 'i'],
  ['o', 'u'],
];

/**
 * Transliteration-insensitive key: "Badakhshan", "Badachsjan" (after Dutch rewrites),
 * "Panjsher", "Panjshir" all collapse to the same skeleton. Used for fuzzy matches only.
 */
export function skeletonKey(key: string, rewrites: readonly Rewrite[] = []): string {
  let s = key;
  for (const [a, b] of rewrites) if (s.includes(a)) s = s.split(a).join(b);
  for (const [a, b] of SKELETON_RULES) if (s.includes(a)) s = s.split(a).join(b);
  // "h" after a vowel or at the end is mostly a transliteration artefact ("Farah"/"Fara").
  s = s.replace(/([aiu])h(?![aiu])/g, '$1');
  s = s.replace(/(.)\1+/g, '$1');
  return s;
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
