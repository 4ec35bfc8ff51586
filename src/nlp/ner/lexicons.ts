// Loading the per-language lexicons that feed the features: a name gazetteer (type<TAB>name lines)
// and word clusters (word<TAB>bit path lines). Both are plain text files in models/ner/.
import { existsSync, readFileSync } from 'node:fs';
import { hashSeq, hashString } from './hash.js';
import { TYPE_BITS, trainLexCode, type Lexicons } from './features.js';

const MAX_GAZ_LEN = 6;

/** Splits a name into tokens the way news tokenizers do (punctuation apart). */
export function nameTokens(name: string): string[] {
  return name.match(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu) ?? [];
}

/** Adds one name (already tokenised) with its type to a gazetteer map; `words` collects the words of multi-word names. */
export function addName(gaz: Map<number, number>, tokens: readonly string[], type: string, prefixes?: Set<number>, words?: Map<number, number>): boolean {
  const bit = TYPE_BITS[type];
  if (!bit || tokens.length === 0 || tokens.length > MAX_GAZ_LEN) return false;
  const hashes = tokens.map((t) => hashString(t.toLowerCase()));
  const h = hashSeq(hashes, 0, tokens.length);
  gaz.set(h, (gaz.get(h) ?? 0) | bit);
  if (prefixes) for (let len = 1; len < hashes.length; len++) prefixes.add(hashSeq(hashes, 0, len));
  if (words && hashes.length > 1) hashes.forEach((w, k) => words.set(w, (words.get(w) ?? 0) | (k === 0 ? bit : bit << 4)));
  return true;
}

export function parseGazetteer(text: string, gaz = new Map<number, number>(), prefixes?: Set<number>, words?: Map<number, number>): Map<number, number> {
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    addName(gaz, line.slice(tab + 1).split(' '), line.slice(0, tab), prefixes, words);
  }
  return gaz;
}

/** Lines word<TAB>counts outside names and inside PER, ORG, LOC, MISC names (space-separated). */
export function parseTrainLex(text: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    out.set(hashString(line.slice(0, tab).toLowerCase()), trainLexCode(line.slice(tab + 1).split(' ').map(Number)));
  }
  return out;
}

/** Lines word<TAB>cluster bit path. */
export function parseClusters(text: string): Map<number, number> {
  const clusters = new Map<number, number>();
  for (const line of text.split('\n')) {
    const [word, path] = line.split('\t');
    if (!word || !path) continue;
    clusters.set(hashString(word.toLowerCase()), (parseInt(path.slice(0, 24), 2) << 5) | Math.min(path.length, 24));
  }
  return clusters;
}

/** Lexicons from files (missing files give empty lexicons, so a model without them still runs). */
export function loadLexicons(gazetteerFile: string, clustersFile: string, firstNamesFile = '', extraNames: Iterable<[string, string[]]> = [], trainLexFile = ''): Lexicons {
  const gazPrefixes = new Set<number>();
  const gazWords = new Map<number, number>();
  const gazetteer = existsSync(gazetteerFile) ? parseGazetteer(readFileSync(gazetteerFile, 'utf8'), undefined, gazPrefixes, gazWords) : new Map<number, number>();
  for (const [type, tokens] of extraNames) addName(gazetteer, tokens, type, gazPrefixes, gazWords);
  const clusters = existsSync(clustersFile) ? parseClusters(readFileSync(clustersFile, 'utf8')) : new Map<number, number>();
  const firstNames = new Set<number>();
  if (firstNamesFile && existsSync(firstNamesFile)) {
    for (const w of readFileSync(firstNamesFile, 'utf8').split('\n')) if (w) firstNames.add(hashString(w.toLowerCase()));
  }
  const trainLex = trainLexFile && existsSync(trainLexFile) ? parseTrainLex(readFileSync(trainLexFile, 'utf8')) : undefined;
  return { gazetteer, gazMaxLen: gazetteer.size ? MAX_GAZ_LEN : 0, gazPrefixes, clusters, firstNames, gazWords, trainLex };
}
