// Loading the per-language lexicons that feed the features: a name gazetteer (type<TAB>name lines)
// and word clusters (word<TAB>bit path lines). Both are plain text files in models/ner/.
import { existsSync, readFileSync } from 'node:fs';
import { hashSeq, hashString } from './hash.js';
import { TYPE_BITS, type Lexicons } from './features.js';

const MAX_GAZ_LEN = 6;

/** Splits a name into tokens the way news tokenizers do (punctuation apart). */
export function nameTokens(name: string): string[] {
  return name.match(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu) ?? [];
}

/** Adds one name (already tokenised) with its type to a gazetteer map. */
export function addName(gaz: Map<number, number>, tokens: readonly string[], type: string, prefixes?: Set<number>): boolean {
  const bit = TYPE_BITS[type];
  if (!bit || tokens.length === 0 || tokens.length > MAX_GAZ_LEN) return false;
  const hashes = tokens.map((t) => hashString(t.toLowerCase()));
  const h = hashSeq(hashes, 0, tokens.length);
  gaz.set(h, (gaz.get(h) ?? 0) | bit);
  if (prefixes) for (let len = 1; len < hashes.length; len++) prefixes.add(hashSeq(hashes, 0, len));
  return true;
}

export function parseGazetteer(text: string, gaz = new Map<number, number>(), prefixes?: Set<number>): Map<number, number> {
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    addName(gaz, line.slice(tab + 1).split(' '), line.slice(0, tab), prefixes);
  }
  return gaz;
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
export function loadLexicons(gazetteerFile: string, clustersFile: string, firstNamesFile = '', extraNames: Iterable<[string, string[]]> = []): Lexicons {
  const gazPrefixes = new Set<number>();
  const gazetteer = existsSync(gazetteerFile) ? parseGazetteer(readFileSync(gazetteerFile, 'utf8'), undefined, gazPrefixes) : new Map<number, number>();
  for (const [type, tokens] of extraNames) addName(gazetteer, tokens, type, gazPrefixes);
  const clusters = existsSync(clustersFile) ? parseClusters(readFileSync(clustersFile, 'utf8')) : new Map<number, number>();
  const firstNames = new Set<number>();
  if (firstNamesFile && existsSync(firstNamesFile)) {
    for (const w of readFileSync(firstNamesFile, 'utf8').split('\n')) if (w) firstNames.add(hashString(w.toLowerCase()));
  }
  return { gazetteer, gazMaxLen: gazetteer.size ? MAX_GAZ_LEN : 0, gazPrefixes, clusters, firstNames };
}
