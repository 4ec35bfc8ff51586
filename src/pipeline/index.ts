import { toArticle, type RawArticle, type ReadResult } from '../ingest/index.js';
import { isAnalysedLang, type Article, type Extraction } from '../model/index.js';
import { analyze } from '../nlp/index.js';
import { extract } from '../extract/index.js';
import type { AnalysisStatus, SaveResult, Store, StoredSentence } from '../store/index.js';

export interface Analysis {
  sentences: StoredSentence[];
  extraction: Extraction;
  status: AnalysisStatus;
}

const EMPTY: Extraction = { mentions: [], facts: [] };

/** nlp -> understand/extract -> resolve for one article; languages sitrep does not read are skipped with a note. */
export function analyzeArticle(article: Article): Analysis {
  if (!isAnalysedLang(article.lang)) {
    const note =
      article.lang === 'und' ? 'language could not be detected; stored, not analysed' : `language '${article.lang}' is not analysed; stored only`;
    return { sentences: [], extraction: EMPTY, status: { status: 'skipped', note } };
  }
  const doc = analyze(article.text, { lang: article.lang });
  const sentences = doc.sentences.map((s) => ({ index: s.index, start: s.start, end: s.end, text: s.text }));
  const extraction = extract(doc, { id: article.id, published: article.published });
  return { sentences, extraction, status: { status: 'analysed', note: null } };
}

export interface IngestOutcome {
  result: SaveResult;
  article: Article;
  factCount: number;
}

/** One raw article into the store, in one transaction; an already known text is not analysed again. */
export async function ingestArticle(store: Store, raw: RawArticle): Promise<IngestOutcome> {
  const article = toArticle(raw);
  if (await store.hasArticle(article.id)) return { result: 'duplicate', article, factCount: 0 };
  const analysis = analyzeArticle(article);
  const result = await store.saveArticle(article, analysis.sentences, analysis.extraction, analysis.status);
  return { result, article, factCount: result === 'new' ? analysis.extraction.facts.length : 0 };
}

export interface IngestSummary {
  new: number;
  duplicate: number;
  failed: number;
  facts: number;
  failures: { where: string; problem: string }[];
}

export interface IngestHooks {
  onStart?(total: number): void;
  onArticle?(outcome: IngestOutcome | { failure: string }): void;
}

/**
 * Stores everything read: each article on its own (a failure never undoes or blocks the others),
 * read failures counted and named.
 */
export async function ingestAll(store: Store, results: ReadResult[], hooks: IngestHooks = {}): Promise<IngestSummary> {
  const summary: IngestSummary = { new: 0, duplicate: 0, failed: 0, facts: 0, failures: [] };
  hooks.onStart?.(results.length);
  for (const r of results) {
    if (!r.ok) {
      summary.failed++;
      summary.failures.push({ where: r.where, problem: r.problem });
      hooks.onArticle?.({ failure: r.where });
      continue;
    }
    try {
      const outcome = await ingestArticle(store, r.article);
      if (outcome.result === 'new') summary.new++;
      else summary.duplicate++;
      summary.facts += outcome.factCount;
      hooks.onArticle?.(outcome);
    } catch (e) {
      summary.failed++;
      summary.failures.push({ where: r.article.source, problem: `could not be analysed and stored (internal error: ${(e as Error).message})` });
      hooks.onArticle?.({ failure: r.article.source });
    }
  }
  return summary;
}
