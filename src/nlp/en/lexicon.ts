// English word classes for the tagger: WordNet's word classes with their regular inflections
// (knowledge/lang/en/wordnet-pos.tsv). A word's classes are one bit set; the tagger uses it as a feature of the word
// and of its neighbours (TaggerData.lexicon), which helps most with the words the treebank never showed ("devoted":
// adjective; "promises": plural noun or verb). A hand-written list of closed-class words with their possible UPOS
// added nothing over it (10-fold UPOS 93.17 without, 93.16 with; alone, without WordNet, +0.13), so it is not used.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const NOUN = 1;
export const NOUN_PLURAL = 2;
export const VERB = 4;
export const VERB_S = 8;
export const VERB_ED = 16;
export const VERB_ING = 32;
export const ADJ = 64;
export const ADJ_ER = 128;
export const ADV = 256;

const VOWEL = /[aeiou]/;

/** Consonant-vowel-consonant at the end of a short word: the consonant may double ("stop" -> "stopped"). */
function doubles(w: string): boolean {
  const n = w.length;
  return n >= 3 && n <= 6 && !VOWEL.test(w[n - 1]!) && !/[wxy]/.test(w[n - 1]!) && VOWEL.test(w[n - 2]!) && !VOWEL.test(w[n - 3]!);
}

/** -s forms: plural nouns, third person verbs. */
function sForms(w: string): string[] {
  if (/(s|x|z|ch|sh)$/.test(w)) return [w + 'es'];
  if (/[^aeiou]y$/.test(w)) return [w.slice(0, -1) + 'ies'];
  if (/[^aeiou]o$/.test(w)) return [w + 's', w + 'es'];
  return [w + 's'];
}

function edForms(w: string): string[] {
  if (w.endsWith('e')) return [w + 'd'];
  if (/[^aeiou]y$/.test(w)) return [w.slice(0, -1) + 'ied'];
  return doubles(w) ? [w + 'ed', w + w[w.length - 1] + 'ed'] : [w + 'ed'];
}

function ingForms(w: string): string[] {
  if (w.endsWith('ie')) return [w.slice(0, -2) + 'ying'];
  if (/[^eoy]e$/.test(w)) return [w.slice(0, -1) + 'ing'];
  return doubles(w) ? [w + 'ing', w + w[w.length - 1] + 'ing'] : [w + 'ing'];
}

function erForms(w: string): string[] {
  if (w.endsWith('e')) return [w + 'r', w + 'st'];
  if (/[^aeiou]y$/.test(w)) return [w.slice(0, -1) + 'ier', w.slice(0, -1) + 'iest'];
  return doubles(w) ? [w + 'er', w + 'est', w + w[w.length - 1] + 'er', w + w[w.length - 1] + 'est'] : [w + 'er', w + 'est'];
}

const CODES: Record<string, number> = { n: NOUN, N: NOUN_PLURAL, v: VERB, D: VERB_ED, a: ADJ, C: ADJ_ER, r: ADV };

/** Lowercase word form -> its word classes (bits), from the text of wordnet-pos.tsv. */
export function wordClasses(wordnet: string): Map<string, number> {
  const m = new Map<string, number>();
  const add = (w: string, bits: number) => m.set(w, (m.get(w) ?? 0) | bits);
  for (const line of wordnet.split('\n')) {
    const [w, codes] = line.split('\t');
    if (!w || !codes) continue;
    for (const c of codes) {
      const bits = CODES[c] ?? 0;
      add(w, bits);
      // Regular inflections of the base forms (only single words: "run-up" is not inflected here).
      if (w.includes('-') || w.length < 2) continue;
      if (c === 'n') for (const f of sForms(w)) add(f, NOUN_PLURAL);
      if (c === 'v') {
        for (const f of sForms(w)) add(f, VERB_S);
        for (const f of edForms(w)) add(f, VERB_ED);
        for (const f of ingForms(w)) add(f, VERB_ING);
      }
      if (c === 'a' && w.length <= 7) for (const f of erForms(w)) add(f, ADJ_ER);
    }
  }
  return m;
}

/** The word classes from knowledge/lang/en/wordnet-pos.tsv. */
export function loadWordClasses(knowledgeDir: string): Map<string, number> {
  return wordClasses(readFileSync(join(knowledgeDir, 'lang', 'en', 'wordnet-pos.tsv'), 'utf8'));
}
