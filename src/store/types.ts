import type { Article, Extraction, Fact, Mention, PartialDate } from '../model/index.js';

/** A sentence as stored: enough to show provenance without re-analysing. */
export interface StoredSentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** Whether the article was analysed, and why not when it was not. */
export interface AnalysisStatus {
  status: 'analysed' | 'skipped';
  note: string | null;
}

export interface ArticleSummary {
  id: string;
  source: string;
  url: string | null;
  title: string | null;
  published: PartialDate;
  lang: string;
  status: 'analysed' | 'skipped';
  note: string | null;
  ingestedAt: string;
  /** First characters of the text, for lists. */
  snippet: string;
  factCount: number;
}

export interface StoredArticle extends ArticleSummary {
  text: string;
  sentences: StoredSentence[];
  mentions: Mention[];
  facts: StoredFact[];
}

/** A fact with its store id. */
export type StoredFact = Fact & { id: number };

export interface FactFilter {
  kind?: Fact['kind'];
  /** PLOVER type. */
  type?: string;
  /** Facts dated on or after (YYYY, YYYY-MM or YYYY-MM-DD); undated facts are excluded. */
  since?: string;
  until?: string;
  /** Matches location name, admin1, admin2 or country (case-insensitive substring). */
  place?: string;
  /** Matches actor or recipient name, id or surface text (case-insensitive substring). */
  actor?: string;
  article?: string;
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  id: string;
  title: string | null;
  published: PartialDate;
  lang: string;
  /** Matching text with the hits marked by [[ and ]]. */
  snippet: string;
}

export type SaveResult = 'new' | 'duplicate';

/**
 * Where articles and their facts live. SQLite is the embedded default; other back ends
 * (PostgreSQL) implement the same interface. Every save is one transaction: an article is
 * stored with all its sentences, mentions and facts, or not at all.
 */
export interface Store {
  hasArticle(id: string): Promise<boolean>;
  saveArticle(article: Article, sentences: StoredSentence[], extraction: Extraction, status: AnalysisStatus): Promise<SaveResult>;
  listArticles(opts?: { limit?: number; offset?: number }): Promise<{ total: number; items: ArticleSummary[] }>;
  getArticle(id: string): Promise<StoredArticle | null>;
  search(query: string, opts?: { limit?: number }): Promise<SearchHit[]>;
  facts(filter?: FactFilter): Promise<{ total: number; items: StoredFact[] }>;
  /** Source, URL and title of articles, for exports that cite them. */
  articleSources(ids: string[]): Promise<Map<string, { source: string; url: string | null; title: string | null }>>;
  close(): Promise<void>;
}
