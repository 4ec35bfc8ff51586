// Runs the current pipeline (analyzeArticle: whatever extractor is the default) over the gold documents.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ROOT } from '../paths.js';
import { isAnalysedLang } from '../model/index.js';
import type { Extractor } from '../extract/index.js';
import { analyze } from '../nlp/index.js';
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

export interface EvalOptions {
  roots?: DocRoots;
  /** Score this extractor (after `analyze`) instead of the pipeline's default (`analyzeArticle`). */
  extractor?: Extractor;
}

/** A document the pipeline failed on: named, so a crash in a colleague's stage points at its input. */
export class EvalDocError extends Error {
  constructor(
    readonly doc: string,
    cause: Error,
  ) {
    super(`${doc}: ${cause.message}`, { cause });
    this.name = 'EvalDocError';
  }
}

/** The pipeline's facts for one gold document, restricted to the annotated sentence range if the set has one. */
export function predictDoc(ref: string, scope?: GoldScope, opts: EvalOptions = {}): PredictedFact[] {
  const article = loadDocument(ref, opts.roots ?? DEFAULT_ROOTS);
  let facts: PredictedFact[];
  try {
    const extraction =
      opts.extractor && isAnalysedLang(article.lang)
        ? opts.extractor.extract(analyze(article.text, { lang: article.lang }), { id: article.id, published: article.published })
        : analyzeArticle(article).extraction;
    facts = extraction.facts.map((f) => toPredicted(ref, f));
  } catch (e) {
    throw new EvalDocError(ref, e as Error);
  }
  return scope ? facts.filter((f) => f.sentence >= scope.first && f.sentence <= scope.last) : facts;
}

export interface SetResult {
  name: string;
  docs: number;
  gold: GoldFact[];
  pred: PredictedFact[];
  report: Report;
}

export function evaluateSet(set: GoldSet, opts: EvalOptions = {}): SetResult {
  const pred = set.docs.flatMap((d) => predictDoc(d, set.scopes.find((s) => s.doc === d), opts));
  return { name: set.name, docs: set.docs.length, gold: set.facts, pred, report: score(set.facts, pred) };
}

/** Every set, and all sets pooled ("overall"). */
export function evaluateAll(sets: GoldSet[], opts: EvalOptions = {}): { sets: SetResult[]; overall: SetResult } {
  const results = sets.map((s) => evaluateSet(s, opts));
  const gold = results.flatMap((r) => r.gold);
  const pred = results.flatMap((r) => r.pred);
  const overall = { name: 'overall', docs: results.reduce((n, r) => n + r.docs, 0), gold, pred, report: score(gold, pred) };
  return { sets: results, overall };
}
