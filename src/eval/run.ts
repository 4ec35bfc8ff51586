// Runs the current pipeline (analyzeArticle: whatever extractor is the default) over the gold documents.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ROOT } from '../paths.js';
import { analyzeArticle } from '../pipeline/index.js';
import { DEFAULT_ROOTS, loadDocument, type DocRoots } from './docs.js';
import { parseGoldFile, type GoldFact, type GoldScope } from './gold.js';
import { score, toPredicted, type PredictedFact, type Report } from './score.js';

export const GOLD_DIR = join(ROOT, 'test', 'data', 'gold');

export interface GoldSet {
  /** File name without .jsonl: "seeds", "nl-news", "en". */
  name: string;
  file: string;
  facts: GoldFact[];
  scopes: GoldScope[];
  /** Every document the set annotates, in first-mention order. */
  docs: string[];
}

export function loadGoldSet(file: string): GoldSet {
  const { facts, scopes } = parseGoldFile(readFileSync(file, 'utf8'), basename(file));
  const docs = [...new Set([...facts.map((f) => f.doc), ...scopes.map((s) => s.doc)])];
  return { name: basename(file).replace(/\.jsonl$/, ''), file, facts, scopes, docs };
}

/** The gold sets in a folder (*.jsonl), sorted by name. */
export function loadGoldSets(dir = GOLD_DIR): GoldSet[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => loadGoldSet(join(dir, f)));
}

/** The pipeline's facts for one gold document, restricted to the annotated sentence range if the set has one. */
export function predictDoc(ref: string, scope?: GoldScope, roots: DocRoots = DEFAULT_ROOTS): PredictedFact[] {
  const article = loadDocument(ref, roots);
  const facts = analyzeArticle(article).extraction.facts.map((f) => toPredicted(ref, f));
  return scope ? facts.filter((f) => f.sentence >= scope.first && f.sentence <= scope.last) : facts;
}

export interface SetResult {
  name: string;
  docs: number;
  gold: GoldFact[];
  pred: PredictedFact[];
  report: Report;
}

export function evaluateSet(set: GoldSet, roots: DocRoots = DEFAULT_ROOTS): SetResult {
  const pred = set.docs.flatMap((d) => predictDoc(d, set.scopes.find((s) => s.doc === d), roots));
  return { name: set.name, docs: set.docs.length, gold: set.facts, pred, report: score(set.facts, pred) };
}

/** Every set, and all sets pooled ("overall"). */
export function evaluateAll(sets: GoldSet[], roots: DocRoots = DEFAULT_ROOTS): { sets: SetResult[]; overall: SetResult } {
  const results = sets.map((s) => evaluateSet(s, roots));
  const gold = results.flatMap((r) => r.gold);
  const pred = results.flatMap((r) => r.pred);
  const overall = { name: 'overall', docs: results.reduce((n, r) => n + r.docs, 0), gold, pred, report: score(gold, pred) };
  return { sets: results, overall };
}
