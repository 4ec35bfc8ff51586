import Database from 'better-sqlite3';
import type { Article, ActorRef, Extraction, Fact, LocationRef, Mention } from '../../model/index.js';
import { boundOf, periodOf } from '../period.js';
import type {
  AnalysisStatus,
  ArticleSummary,
  FactFilter,
  SaveResult,
  SearchHit,
  Store,
  StoredArticle,
  StoredFact,
  StoredSentence,
} from '../types.js';
import { MIGRATIONS } from './migrations.js';

const SNIPPET_CHARS = 160;
const MAX_LIMIT = 1000;

type Row = Record<string, unknown>;

/** Lower-cased searchable text for an actor: name, id and surface form. */
function actorKey(...actors: (ActorRef | null | undefined)[]): string | null {
  const parts = actors.flatMap((a) => (a ? [a.name, a.id ?? '', a.text] : []));
  return parts.length ? parts.join(' | ').toLowerCase() : null;
}

function placeKey(...places: (LocationRef | null | undefined)[]): string | null {
  const parts = places.flatMap((p) => (p ? [p.name, p.admin1 ?? '', p.admin2 ?? '', p.country ?? '', p.text] : []));
  return parts.length ? parts.join(' | ').toLowerCase() : null;
}

/** The actor, recipient and place a fact is filtered by, whatever its kind. */
function indexFields(f: Fact) {
  const actor = f.kind === 'claim' ? (f.actor ?? f.speaker) : f.kind === 'state' ? (f.actor ?? f.holder) : f.actor;
  const place = f.kind === 'state' ? (f.location ?? f.place) : f.location;
  const extraPlaces = f.kind === 'movement' ? [f.from, f.to] : [];
  return {
    actor: actorKey(actor),
    recipient: actorKey(f.recipient),
    place: placeKey(place, ...extraPlaces),
  };
}

/** Turns a user query into an FTS5 expression of quoted terms, so no input is an FTS syntax error. */
function ftsQuery(query: string): string | null {
  const terms = query.match(/"[^"]+"|[\p{L}\p{N}][\p{L}\p{N}'’-]*\*?/gu) ?? [];
  const quoted = terms.map((t) => {
    const prefix = t.endsWith('*');
    const body = t.replace(/^"|"$/g, '').replace(/\*$/, '').replace(/"/g, '');
    return body ? `"${body}"${prefix ? '*' : ''}` : '';
  });
  const expr = quoted.filter(Boolean).join(' ');
  return expr || null;
}

/** The embedded default store: one SQLite file, WAL mode, foreign keys on, FTS5 over articles. */
export class SqliteStore implements Store {
  private db: Database.Database;

  constructor(readonly path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.migrate();
  }

  private migrate(): void {
    const current = this.db.pragma('user_version', { simple: true }) as number;
    if (current > MIGRATIONS.length) {
      throw new Error(`${this.path}: database schema version ${current} is newer than this sitrep (${MIGRATIONS.length})`);
    }
    for (let v = current; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  async hasArticle(id: string): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
  }

  async saveArticle(article: Article, sentences: StoredSentence[], extraction: Extraction, status: AnalysisStatus): Promise<SaveResult> {
    const db = this.db;
    const save = db.transaction((): SaveResult => {
      if (db.prepare('SELECT 1 FROM articles WHERE id = ?').get(article.id)) return 'duplicate';
      const info = db
        .prepare(
          `INSERT INTO articles (id, source, url, title, published, published_precision, lang, text, status, note, ingested_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          article.id,
          article.source,
          article.url,
          article.title,
          article.published.value,
          article.published.precision,
          article.lang,
          article.text,
          status.status,
          status.note,
          new Date().toISOString(),
        );
      db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)').run(info.lastInsertRowid, article.title ?? '', article.text);
      const insSentence = db.prepare('INSERT INTO sentences (article_id, idx, start, "end", text) VALUES (?, ?, ?, ?, ?)');
      for (const s of sentences) insSentence.run(article.id, s.index, s.start, s.end, s.text);
      const insMention = db.prepare(
        'INSERT INTO mentions (article_id, sentence, kind, start, "end", text, resolved) VALUES (?, ?, ?, ?, ?, ?, ?)',
      );
      for (const m of extraction.mentions) insMention.run(article.id, m.sentence, m.kind, m.start, m.end, m.text, m.resolved ?? null);
      const insFact = db.prepare(
        `INSERT INTO facts (article_id, sentence, kind, type, modality, date_start, date_end, actor, recipient, place, confidence, data)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const f of extraction.facts) {
        const period = periodOf(f.time?.value);
        const keys = indexFields(f);
        insFact.run(
          article.id,
          f.source.sentence,
          f.kind,
          f.type,
          f.modality,
          period?.[0] ?? null,
          period?.[1] ?? null,
          keys.actor,
          keys.recipient,
          keys.place,
          f.confidence,
          JSON.stringify(f),
        );
      }
      return 'new';
    });
    return save.immediate();
  }

  private summary(r: Row): ArticleSummary {
    return {
      id: r.id as string,
      source: r.source as string,
      url: (r.url as string) ?? null,
      title: (r.title as string) ?? null,
      published: { value: (r.published as string) ?? null, precision: r.published_precision as ArticleSummary['published']['precision'] },
      lang: r.lang as string,
      status: r.status as ArticleSummary['status'],
      note: (r.note as string) ?? null,
      ingestedAt: r.ingested_at as string,
      snippet: r.snippet as string,
      factCount: Number(r.fact_count ?? 0),
    };
  }

  async listArticles(opts: { limit?: number; offset?: number } = {}): Promise<{ total: number; items: ArticleSummary[] }> {
    const limit = Math.min(Math.max(opts.limit ?? 50, 1), MAX_LIMIT);
    const offset = Math.max(opts.offset ?? 0, 0);
    const total = (this.db.prepare('SELECT count(*) AS n FROM articles').get() as Row).n as number;
    const rows = this.db
      .prepare(
        `SELECT a.id, a.source, a.url, a.title, a.published, a.published_precision, a.lang, a.status, a.note, a.ingested_at,
                substr(a.text, 1, ${SNIPPET_CHARS}) AS snippet,
                (SELECT count(*) FROM facts f WHERE f.article_id = a.id) AS fact_count
         FROM articles a ORDER BY a.published DESC NULLS LAST, a.ingested_at DESC, a.id LIMIT ? OFFSET ?`,
      )
      .all(limit, offset) as Row[];
    return { total, items: rows.map((r) => this.summary(r)) };
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const r = this.db
      .prepare(
        `SELECT a.*, substr(a.text, 1, ${SNIPPET_CHARS}) AS snippet,
                (SELECT count(*) FROM facts f WHERE f.article_id = a.id) AS fact_count
         FROM articles a WHERE a.id = ?`,
      )
      .get(id) as Row | undefined;
    if (!r) return null;
    const sentences = (
      this.db.prepare('SELECT idx, start, "end", text FROM sentences WHERE article_id = ? ORDER BY idx').all(id) as Row[]
    ).map((s) => ({ index: s.idx as number, start: s.start as number, end: s.end as number, text: s.text as string }));
    const mentions = (
      this.db
        .prepare('SELECT sentence, kind, start, "end", text, resolved FROM mentions WHERE article_id = ? ORDER BY start, "end"')
        .all(id) as Row[]
    ).map(
      (m): Mention => ({
        kind: m.kind as Mention['kind'],
        text: m.text as string,
        start: m.start as number,
        end: m.end as number,
        sentence: m.sentence as number,
        resolved: (m.resolved as string) ?? null,
      }),
    );
    const facts = (this.db.prepare('SELECT id, data FROM facts WHERE article_id = ? ORDER BY sentence, id').all(id) as Row[]).map(
      (f) => ({ ...(JSON.parse(f.data as string) as Fact), id: f.id as number }),
    );
    return { ...this.summary(r), text: r.text as string, sentences, mentions, facts };
  }

  async search(query: string, opts: { limit?: number } = {}): Promise<SearchHit[]> {
    const expr = ftsQuery(query);
    if (!expr) return [];
    const limit = Math.min(Math.max(opts.limit ?? 20, 1), MAX_LIMIT);
    const rows = this.db
      .prepare(
        `SELECT a.id, a.title, a.published, a.published_precision, a.lang,
                snippet(articles_fts, 1, '[[', ']]', '…', 16) AS snippet
         FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
         WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`,
      )
      .all(expr, limit) as Row[];
    return rows.map((r) => ({
      id: r.id as string,
      title: (r.title as string) ?? null,
      published: { value: (r.published as string) ?? null, precision: r.published_precision as SearchHit['published']['precision'] },
      lang: r.lang as string,
      snippet: r.snippet as string,
    }));
  }

  async facts(filter: FactFilter = {}): Promise<{ total: number; items: StoredFact[] }> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (filter.kind) {
      where.push('kind = ?');
      args.push(filter.kind);
    }
    if (filter.type) {
      where.push('type = ?');
      args.push(filter.type.toUpperCase());
    }
    if (filter.article) {
      where.push('article_id = ?');
      args.push(filter.article);
    }
    if (filter.since) {
      where.push('date_end >= ?');
      args.push(boundOf(filter.since, 'start'));
    }
    if (filter.until) {
      where.push('date_start <= ?');
      args.push(boundOf(filter.until, 'end'));
    }
    if (filter.place) {
      where.push("instr(place, ?) > 0");
      args.push(filter.place.toLowerCase());
    }
    if (filter.actor) {
      where.push('(instr(actor, ?) > 0 OR instr(recipient, ?) > 0)');
      args.push(filter.actor.toLowerCase(), filter.actor.toLowerCase());
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const limit = Math.min(Math.max(filter.limit ?? 100, 1), MAX_LIMIT);
    const offset = Math.max(filter.offset ?? 0, 0);
    const total = (this.db.prepare(`SELECT count(*) AS n FROM facts ${clause}`).get(...args) as Row).n as number;
    const rows = this.db
      .prepare(`SELECT id, data FROM facts ${clause} ORDER BY date_start DESC NULLS LAST, article_id, sentence, id LIMIT ? OFFSET ?`)
      .all(...args, limit, offset) as Row[];
    return { total, items: rows.map((r) => ({ ...(JSON.parse(r.data as string) as Fact), id: r.id as number })) };
  }

  async articleSources(ids: string[]): Promise<Map<string, { source: string; url: string | null; title: string | null }>> {
    const out = new Map<string, { source: string; url: string | null; title: string | null }>();
    const get = this.db.prepare('SELECT source, url, title FROM articles WHERE id = ?');
    for (const id of new Set(ids)) {
      const r = get.get(id) as Row | undefined;
      if (r) out.set(id, { source: r.source as string, url: (r.url as string) ?? null, title: (r.title as string) ?? null });
    }
    return out;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
