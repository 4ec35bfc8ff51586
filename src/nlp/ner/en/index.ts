// English: no annotated corpus is available, so names are found by rules over the analysis we have.
// 1. Chunks: runs of proper nouns (UPOS PROPN from the tagger; capitalised words when no tagger ran),
//    joined across name connectors ("Bank of England", "Abu Bakr al-Baghdadi"), months/weekdays and
//    sentence-initial function words excluded.
// 2. Types, first match wins: gazetteer (places, countries, WikiANN names, knowledge files) unless a
//    cue contradicts it; title before (President, Gen., spokesman) -> PER; organisation word inside
//    (Army, Ministry, Council) -> ORG; demonym/religion alone -> MISC; place preposition before (in, near,
//    outside) or place noun after (province, district) -> LOC; speech verb after (said, told) -> PER;
//    acronym -> ORG; then document memory (a word typed earlier in the article keeps its type);
//    otherwise two or more words -> PER, one word -> LOC.
import { join } from 'node:path';
import { MODELS_DIR } from '../../../paths.js';
import { hashSeq, hashString } from '../hash.js';
import { TYPE_BITS, TYPES } from '../features.js';
import { loadLexicons } from '../lexicons.js';
import type { IobTag } from '../model.js';
import type { LabelledSentence, Recognizer, TokenHints } from '../types.js';
import { MISC_WORDS, NAME_CONNECTORS, NOT_NAMES, ORG_WORDS, PERSON_TITLES, PLACE_HEADS, PLACE_PREPOSITIONS, SPEECH_VERBS } from './lexicon.js';

type Type = (typeof TYPES)[number];

interface Chunk {
  sentence: number;
  start: number;
  end: number;
  type: Type | null;
  confidence: number;
}

const isCapitalised = (w: string) => /^\p{Lu}/u.test(w) && /\p{L}/u.test(w);
const isAcronym = (w: string) => w.length >= 2 && /^\p{Lu}[\p{Lu}\d&.-]+$/u.test(w);

export class EnglishRecognizer implements Recognizer {
  constructor(readonly gazetteer: Map<number, number>) {}

  label(sentences: readonly (readonly string[])[], hints?: readonly TokenHints[]): LabelledSentence[] {
    const chunks: Chunk[] = [];
    sentences.forEach((s, si) => chunks.push(...this.chunks(s, si, hints?.[si]?.upos)));
    const memory = new Map<string, Type>();
    for (const c of chunks) {
      this.type(c, sentences[c.sentence]!);
      if (c.type) for (let i = c.start; i < c.end; i++) {
        const w = sentences[c.sentence]![i]!.toLowerCase();
        if (!NAME_CONNECTORS.has(w) && !memory.has(w)) memory.set(w, c.type);
      }
    }
    for (const c of chunks) {
      if (c.type) continue;
      const s = sentences[c.sentence]!;
      const remembered = s.slice(c.start, c.end).map((w) => memory.get(w.toLowerCase())).find((t) => t);
      if (remembered) [c.type, c.confidence] = [remembered, 0.6];
      else [c.type, c.confidence] = c.end - c.start >= 2 ? ['PER', 0.4] : [isAcronym(s[c.start]!) ? 'ORG' : 'LOC', 0.35];
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
    const h = hashSeq(tokens.slice(start, end).map((t) => hashString(t.toLowerCase())), 0, end - start);
    return this.gazetteer.get(h) ?? 0;
  }

  private chunks(s: readonly string[], si: number, upos?: readonly (string | undefined)[]): Chunk[] {
    const tagged = !!upos && upos.some((u) => u);
    const nameLike = s.map((w, i) => {
      const lw = w.toLowerCase();
      if (!isCapitalised(w) || NOT_NAMES.has(lw)) return false;
      if (tagged && upos![i] === 'PROPN') return true;
      if (i === 0 || /^["'“‘(:-]$/.test(s[i - 1]!)) return this.gazType(s, i, i + 1) !== 0 || MISC_WORDS.has(lw) || (!tagged && !/^\p{Lu}\p{Ll}+(ly|ed|ing)$/u.test(w));
      return true;
    });
    const out: Chunk[] = [];
    let i = 0;
    while (i < s.length) {
      if (!nameLike[i]) { i++; continue; }
      let j = i + 1;
      for (;;) {
        if (j < s.length && nameLike[j]) j++;
        else if (j + 1 < s.length && NAME_CONNECTORS.has(s[j]!.toLowerCase()) && nameLike[j + 1] && s[j] !== 'and') j += 2;
        else break;
      }
      out.push({ sentence: si, start: i, end: j, type: null, confidence: 0 });
      i = j;
    }
    return out;
  }

  private type(c: Chunk, s: readonly string[]): void {
    const words = s.slice(c.start, c.end).map((w) => w.toLowerCase());
    const prev = c.start > 0 ? s[c.start - 1]!.toLowerCase() : '';
    const prev2 = c.start > 1 ? s[c.start - 2]!.toLowerCase() : '';
    const next = c.end < s.length ? s[c.end]!.toLowerCase() : '';
    const set = (t: Type, conf: number) => { c.type = t; c.confidence = conf; };
    const gaz = this.gazType(s, c.start, c.end);
    const titled = PERSON_TITLES.has(prev) || PERSON_TITLES.has(words[0]!);
    const orgWord = words.some((w, k) => ORG_WORDS.has(w) && (k === words.length - 1 || k === 0 || words[k + 1] === 'of'));
    const placeContext = PLACE_PREPOSITIONS.has(prev) || PLACE_HEADS.has(next) || (prev === ',' && PLACE_PREPOSITIONS.has(prev2));
    if (titled && !orgWord) {
      // the title itself is not part of the name ("President Ghani" -> "Ghani"), unless it's the only word
      if (PERSON_TITLES.has(words[0]!) && words.length > 1) c.start++;
      return set('PER', 0.85);
    }
    if (gaz) {
      const types = TYPES.filter((t) => gaz & TYPE_BITS[t]!);
      const pick = types.length === 1 ? types[0]! : placeContext && types.includes('LOC') ? 'LOC'
        : orgWord && types.includes('ORG') ? 'ORG' : (['LOC', 'ORG', 'PER', 'MISC'] as Type[]).find((t) => types.includes(t))!;
      return set(pick, types.length === 1 ? 0.9 : 0.75);
    }
    if (orgWord) return set('ORG', 0.8);
    if (words.length === 1 && MISC_WORDS.has(words[0]!)) return set('MISC', 0.85);
    if (placeContext) return set('LOC', 0.7);
    if (SPEECH_VERBS.has(next) && words.length >= 2) return set('PER', 0.75);
    if (words.length === 1 && isAcronym(s[c.start]!)) return set('ORG', 0.6);
    // the first word a known place and a place noun after, e.g. "Kunduz City"
    if (this.gazType(s, c.start, c.start + 1) & TYPE_BITS.LOC!) return set('LOC', 0.6);
  }
}

export function recognizer(): Recognizer {
  const dir = join(MODELS_DIR, 'ner');
  // English names share much with the Dutch WikiANN/GeoNames list; en-gazetteer adds English country names
  const nlLex = loadLexicons(join(dir, 'nl-gazetteer.tsv'), '/nonexistent');
  const enLex = loadLexicons(join(dir, 'en-gazetteer.tsv'), '/nonexistent');
  const gaz = new Map(nlLex.gazetteer);
  for (const [h, b] of enLex.gazetteer) gaz.set(h, b | (gaz.get(h) ?? 0));
  return new EnglishRecognizer(gaz);
}
