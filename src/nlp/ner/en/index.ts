// English: no annotated corpus is available, so names are found by rules over the analysis we have.
// 0. Known actors (knowledge/actors via src/resolve) are entities with their dictionary type.
// 1. Chunks: runs of capitalised words the tagger calls PROPN (or NOUN/ADJ/X: it misses names), joined
//    across name connectors ("Bank of England", "Abu Bakr al-Baghdadi"); titles, months, weekdays and
//    function words excluded; a capital at the sentence start needs more evidence (known name,
//    capitalised elsewhere in the article, or a multi-word name).
// 2. Types, first match wins: title before (President, Gen., spokesman) -> PER; organisation word
//    (Army, Ministry, Council) -> ORG; project gazetteer (src/resolve geocode) -> LOC; name list
//    (WikiANN, GeoNames, country names) -> its type; demonym/religion alone -> MISC; place preposition
//    before (in, near, outside) or place noun after (province, district) -> LOC; speech verb after
//    (said, told) -> PER; acronym -> ORG; then document memory (a word typed earlier in the article
//    keeps its type); otherwise two or more words -> PER, one word -> LOC.
import { join } from 'node:path';
import { MODELS_DIR } from '../../../paths.js';
import { hashSeq, hashString } from '../hash.js';
import { TYPE_BITS, TYPES } from '../features.js';
import { loadLexicons } from '../lexicons.js';
import type { IobTag } from '../model.js';
import type { LabelledSentence, Recognizer, TokenHints } from '../types.js';
import { projectKnowledge, type Knowledge } from './knowledge.js';
import { pipeline } from '../../pipeline.js';
import {
  COMPASS, MISC_WORDS, NAME_CONNECTORS, NOT_NAMES, ORG_WORDS, PERSON_TITLES, PLACE_HEADS, PLACE_PREFIXES, PLACE_PREPOSITIONS, PLACE_VERBS, SPEECH_VERBS,
} from './lexicon.js';

type Type = (typeof TYPES)[number];

interface Chunk {
  sentence: number;
  start: number;
  end: number;
  type: Type | null;
  confidence: number;
  /** The chunk's words with the parts written without spaces rejoined ("Nagorno-Karabakh"): what name lists hold. */
  name?: string[];
}

// Arabic names with a lower-case article count as capitalised: "al-Qaeda", "ash-Shabaab"
const ARABIC_ARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az)-\p{Lu}/u;
const isCapitalised = (w: string) => (/^\p{Lu}/u.test(w) && /\p{L}/u.test(w)) || ARABIC_ARTICLE.test(w);
const ARTICLES = new Set(['al', 'el', 'ad', 'an', 'ar', 'as', 'ash', 'at', 'az']);
// Lower-case links inside hyphenated Persian, Pashto and Urdu names written without spaces ("Mazar-i-Sharif").
const LINKS = new Set([...ARTICLES, 'i', 'e', 'ul', 'ud', 'ur', 'us', 'o']);
const isAcronym = (w: string) => w.length >= 2 && /^\p{Lu}[\p{Lu}\d&.-]+$/u.test(w);

export class EnglishRecognizer implements Recognizer {
  constructor(
    readonly gazetteer: Map<number, number>,
    readonly knowledge: Knowledge | null,
    /** Tags forms with UPOS when the caller gave none (the CoNLL path). */
    readonly tagger: ((forms: string[]) => string[]) | null,
  ) {}

  label(sentences: readonly (readonly string[])[], hints?: readonly TokenHints[]): LabelledSentence[] {
    // words capitalised away from the sentence start somewhere in the document: real names
    const capMid = new Set<string>();
    for (const s of sentences) s.forEach((w, i) => { if (i > 0 && isCapitalised(w) && !/^["'“‘(:-]$/.test(s[i - 1]!)) capMid.add(w.toLowerCase()); });
    const chunks: Chunk[] = [];
    sentences.forEach((s, si) => {
      let upos = hints?.[si]?.upos;
      if ((!upos || !upos.some((u) => u)) && this.tagger && s.length) upos = this.tagger([...s]);
      chunks.push(...this.chunks(s, si, upos, capMid, hints?.[si]?.glued));
    });
    const memory = new Map<string, Type>();
    for (const c of chunks) {
      if (!c.type) this.type(c, sentences[c.sentence]!);
      if (c.type && c.confidence >= 0.6) for (let i = c.start; i < c.end; i++) {
        const w = sentences[c.sentence]![i]!.toLowerCase();
        if (!NAME_CONNECTORS.has(w) && !memory.has(w)) memory.set(w, c.type);
      }
    }
    // names listed together share a type: "between La Paz and El Alto", "Kunduz, Takhar and Badakhshan"
    for (let k = 0; k < chunks.length; k++) {
      const c = chunks[k]!;
      if (c.type) continue;
      for (const o of [chunks[k - 1], chunks[k + 1]]) {
        if (!o || o.sentence !== c.sentence || !o.type || o.confidence < 0.6) continue;
        const [a, b] = o.start < c.start ? [o, c] : [c, o];
        const gap = sentences[c.sentence]!.slice(a.end, b.start);
        if (gap.length >= 1 && gap.length <= 2 && gap.every((w) => w === ',' || w === 'and' || w === 'or')) {
          [c.type, c.confidence] = [o.type, 0.6];
          break;
        }
      }
    }
    for (const c of chunks) {
      if (c.type) continue;
      const s = sentences[c.sentence]!;
      const remembered = s.slice(c.start, c.end).map((w) => memory.get(w.toLowerCase())).find((t) => t);
      if (remembered) [c.type, c.confidence] = [remembered, 0.6];
      else [c.type, c.confidence] = (c.name?.length ?? c.end - c.start) >= 2 ? ['PER', 0.4] : [isAcronym(s[c.start]!) ? 'ORG' : 'LOC', 0.35];
    }
    const out: LabelledSentence[] = sentences.map((s) => ({ tags: s.map((): IobTag => 'O'), confidence: new Float32Array(s.length).fill(0.9) }));
    for (const c of chunks) {
      const ls = out[c.sentence]!;
      for (let i = c.start; i < c.end; i++) {
        ls.tags[i] = `${i === c.start ? 'B' : 'I'}-${c.type!}` as IobTag;
        ls.confidence[i] = c.confidence;
      }
    }
    return out;
  }

  private gazType(tokens: readonly string[], start: number, end: number): number {
    if (end <= start) return 0;
    const h = hashSeq(tokens.slice(start, end).map((t) => hashString(t.toLowerCase())), 0, end - start);
    return this.gazetteer.get(h) ?? 0;
  }

  private known(s: readonly string[], start: number, end: number): boolean {
    return this.gazType(s, start, end) !== 0 || (this.knowledge?.placeScore(s.slice(start, end).join(' ')) ?? 0) >= 0.5;
  }

  /** Whether a known multi-word name starts at token i ("Hong Kong" at the sentence start). */
  private knownRun(s: readonly string[], i: number): boolean {
    for (let k = 2; k <= 4 && i + k <= s.length && isCapitalised(s[i + k - 1]!); k++) if (this.known(s, i, i + k)) return true;
    return false;
  }

  /** A demonym of a known place ("Colombian", "Sudanese", "Iraqi"): the place name with the suffix undone. */
  private demonym(w: string): boolean {
    if (!this.knowledge || w.length < 5) return false;
    const base = w.endsWith('s') ? w.slice(0, -1) : w;
    const cands: string[] = [];
    if (base.endsWith('n')) cands.push(base.slice(0, -1), base.slice(0, -2));
    if (base.endsWith('ese')) cands.push(base.slice(0, -3), base.slice(0, -3) + 'a');
    if (base.endsWith('i')) cands.push(base.slice(0, -1));
    return cands.some((c) => c.length >= 3 && this.knowledge!.placeScore(c) >= 0.8);
  }

  private chunks(s: readonly string[], si: number, upos: readonly (string | undefined)[] | undefined, capMid: Set<string>, glued?: readonly boolean[]): Chunk[] {
    const tagged = !!upos && upos.some((u) => u);
    const out: Chunk[] = [];
    // known actors first: their spans and types come from the actor dictionary
    const taken = new Uint8Array(s.length);
    for (const a of this.knowledge?.actors(s) ?? []) {
      if (taken.subarray(a.start, a.end).some((x) => x)) continue;
      // a known person's name inside a longer name is not the person: "Hamid Karzai International Airport"
      if (a.type === 'PER' && a.end < s.length && isCapitalised(s[a.end]!) && !NOT_NAMES.has(s[a.end]!.toLowerCase())) continue;
      taken.fill(1, a.start, a.end);
      out.push({ sentence: si, start: a.start, end: a.end, type: a.type, confidence: 0.9 });
    }
    const nameLike = s.map((w, i) => {
      const lw = w.toLowerCase();
      if (taken[i] || !isCapitalised(w) || NOT_NAMES.has(lw)) return false;
      if (PERSON_TITLES.has(lw)) return false; // titles are cues, not names: "President Joe Biden"
      if (ARABIC_ARTICLE.test(w)) return true; // taggers often miss these
      const initial = i === 0 || /^["'“‘(:-]$/.test(s[i - 1]!);
      if (!initial) return !tagged || upos![i] === 'PROPN' || upos![i] === 'NOUN' || upos![i] === 'ADJ' || upos![i] === 'X';
      // a capital at the sentence start is a name only with more evidence
      const next = i + 1 < s.length ? s[i + 1]!.toLowerCase() : '';
      return this.known(s, i, i + 1) || this.knownRun(s, i) || MISC_WORDS.has(lw) || capMid.has(lw)
        || (isCapitalised(s[i + 1] ?? '') && !NOT_NAMES.has(next) && !PERSON_TITLES.has(next) && (!tagged || upos![i] === 'PROPN'));
    });
    // written without spaces, a hyphen joins the parts of one name: "Nagorno-Karabakh", "Ras al-Ain"
    const gl = (k: number) => !!glued?.[k];
    const hyphenJoin = (j: number) => {
      if (j + 1 < s.length && s[j] === '-' && gl(j) && gl(j + 1) && isCapitalised(s[j + 1]!)) return 2;
      if (j + 2 < s.length && ARTICLES.has(s[j]!) && s[j + 1] === '-' && gl(j + 1) && gl(j + 2) && isCapitalised(s[j + 2]!)) return 3;
      if (j + 3 < s.length && s[j] === '-' && LINKS.has(s[j + 1]!) && s[j + 2] === '-' && gl(j) && gl(j + 1) && gl(j + 2) && gl(j + 3) && isCapitalised(s[j + 3]!)) return 4;
      return 0;
    };
    let i = 0;
    while (i < s.length) {
      // a lower-case Arabic article opens a name: "al-Qaeda" split by the tokenizer, or "al Qaeda"
      const article = ARTICLES.has(s[i]!) && !taken[i + 1] && (hyphenJoin(i) === 3 || ((s[i] === 'al' || s[i] === 'el') && !!nameLike[i + 1] && !(i > 0 && nameLike[i - 1])));
      if (!nameLike[i] && !article) { i++; continue; }
      let j = article ? (hyphenJoin(i) === 3 ? i + 3 : i + 2) : i + 1;
      for (;;) {
        let h: number;
        if (j < s.length && nameLike[j]) j++;
        else if ((h = hyphenJoin(j))) j += h;
        else if (j + 1 < s.length && NAME_CONNECTORS.has(s[j]!.toLowerCase()) && s[j] !== 'and' && nameLike[j + 1]) j += 2;
        else break;
      }
      const name: string[] = [];
      for (let k = i; k < j; k++) {
        if (k > i && gl(k)) name[name.length - 1] += s[k]!;
        else name.push(s[k]!);
      }
      out.push({ sentence: si, start: i, end: j, type: null, confidence: 0, name });
      i = j;
    }
    return out.sort((a, b) => a.start - b.start);
  }

  private type(c: Chunk, s: readonly string[]): void {
    const words = s.slice(c.start, c.end).map((w) => w.toLowerCase());
    const prev = c.start > 0 ? s[c.start - 1]!.toLowerCase() : '';
    const prev2 = c.start > 1 ? s[c.start - 2]!.toLowerCase() : '';
    const next = c.end < s.length ? s[c.end]!.toLowerCase() : '';
    const set = (t: Type, conf: number) => { c.type = t; c.confidence = conf; };
    const name = c.name ?? s.slice(c.start, c.end);
    const gaz = this.gazType(name, 0, name.length);
    const titled = PERSON_TITLES.has(prev) || (PERSON_TITLES.has(prev2) && /^\p{Lu}/u.test(s[c.start - 1] ?? ''));
    const orgWord = words.some((w, k) => ORG_WORDS.has(w) && (k === words.length - 1 || k === 0 || words[k + 1] === 'of'));
    const placeContext = PLACE_PREPOSITIONS.has(prev) || PLACE_HEADS.has(next) || (prev === 'the' && PLACE_PREPOSITIONS.has(prev2));
    if (titled && !orgWord) return set('PER', 0.85);
    // a compass word before a demonym: "West African", "South Sudanese"
    if (words.length === 2 && COMPASS.has(words[0]!) && (MISC_WORDS.has(words[1]!) || this.demonym(s[c.end - 1]!))) return set('MISC', 0.75);
    // a place noun as the last word names a place or facility: "Panjshir Valley", "Bagram Air Base"
    if (words.length > 1 && PLACE_HEADS.has(words[words.length - 1]!)) return set('LOC', 0.8);
    if (orgWord) return set('ORG', 0.8);
    const place = this.knowledge?.placeScore(name.join(' ')) ?? 0;
    if (place >= 0.8 || (place >= 0.5 && placeContext)) return set('LOC', 0.9);
    if (words.length === 1 && this.demonym(s[c.start]!)) return set('MISC', 0.75);
    if (gaz) {
      const types = TYPES.filter((t) => gaz & TYPE_BITS[t]!);
      const pick = types.length === 1 ? types[0]! : placeContext && types.includes('LOC') ? 'LOC'
        : (['LOC', 'ORG', 'PER', 'MISC'] as Type[]).find((t) => types.includes(t))!;
      return set(pick, types.length === 1 ? 0.85 : 0.7);
    }
    if (words.length === 1 && MISC_WORDS.has(words[0]!)) return set('MISC', 0.85);
    if (placeContext) return set('LOC', 0.7);
    // a generic place word first ("Kafr Nabudah", "El Alto") or the object of a verb of taking or going ("recaptured X")
    if (words.length >= 2 && PLACE_PREFIXES.has(words[0]!)) return set('LOC', 0.6);
    if (PLACE_VERBS.has(prev)) return set('LOC', 0.6);
    if (SPEECH_VERBS.has(next) && words.length >= 2) return set('PER', 0.75);
    if (words.length === 1 && isAcronym(s[c.start]!)) return set('ORG', 0.6);
    // the first word a known place, e.g. "Kunduz City"
    if (this.gazType(s, c.start, c.start + 1) & TYPE_BITS.LOC!) return set('LOC', 0.6);
  }
}

export function recognizer(): Recognizer {
  const dir = join(MODELS_DIR, 'ner');
  // names are largely shared across languages: the Dutch WikiANN/GeoNames list serves English too
  const gaz = loadLexicons(join(dir, 'nl-gazetteer.tsv'), '/nonexistent').gazetteer;
  // the tagger is optional: without a working model, capitalisation alone decides
  let broken = false;
  const tagger = (forms: string[]): string[] => {
    if (broken) return [];
    try {
      return pipeline('en').annotate(forms).upos;
    } catch {
      broken = true;
      return [];
    }
  };
  return new EnglishRecognizer(gaz, projectKnowledge('en'), tagger);
}
