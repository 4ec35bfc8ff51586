/**
 * Schema migrations, applied in order; PRAGMA user_version records how far a database is.
 * Never edit a released migration: add a new one.
 */
export const MIGRATIONS: string[] = [
  `
  CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    url TEXT,
    title TEXT,
    published TEXT,
    published_precision TEXT NOT NULL,
    lang TEXT NOT NULL,
    text TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('analysed', 'skipped')),
    note TEXT,
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX articles_published ON articles(published);

  CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
  );

  CREATE TABLE sentences (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
  );

  CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence INTEGER NOT NULL,
    kind TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    resolved TEXT
  );
  CREATE INDEX mentions_article ON mentions(article_id);

  CREATE TABLE facts (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence INTEGER NOT NULL,
    kind TEXT NOT NULL,
    type TEXT NOT NULL,
    modality TEXT NOT NULL,
    date_start TEXT,
    date_end TEXT,
    actor TEXT,
    recipient TEXT,
    place TEXT,
    confidence REAL NOT NULL,
    data TEXT NOT NULL
  );
  CREATE INDEX facts_article ON facts(article_id);
  CREATE INDEX facts_kind_type ON facts(kind, type);
  CREATE INDEX facts_date ON facts(date_start, date_end);
  `,
];
