import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { EXPORT_FORMATS, toCsv, toGeoJson, toJsonl } from '../export/index.js';
import { articleFromJson } from '../ingest/index.js';
import { InputError, type Fact } from '../model/index.js';
import { ROOT } from '../paths.js';
import { ingestArticle } from '../pipeline/index.js';
import type { Store } from '../store/index.js';
import { openApiDocument } from './openapi.js';

/** Largest accepted POST body: generous for one article, small enough to refuse abuse. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;
const WEB_DIR = join(ROOT, 'src', 'web', 'static');
const STATIC: Record<string, string> = {
  '/': 'index.html',
  '/app.js': 'app.js',
  '/style.css': 'style.css',
};
const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

const dateParam = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
const page = {
  limit: z.coerce.number().int().min(1).max(1000).optional(),
  offset: z.coerce.number().int().min(0).optional(),
};
const factQuery = z
  .object({
    ...page,
    since: dateParam.optional(),
    until: dateParam.optional(),
    place: z.string().min(1).max(200).optional(),
    actor: z.string().min(1).max(200).optional(),
    kind: z.enum(['event', 'claim', 'movement', 'state']).optional(),
    type: z.string().regex(/^[A-Za-z_]{2,20}$/).optional(),
    article: z.string().regex(/^[0-9a-f]{32}$/).optional(),
  })
  .strict();

function badRequest(c: Context, error: string, status: 400 | 404 | 413 | 415 = 400) {
  return c.json({ error }, status);
}

function parseQuery<T extends z.ZodTypeAny>(c: Context, schema: T): z.infer<T> | string {
  const r = schema.safeParse(c.req.query());
  if (r.success) return r.data;
  return r.error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`).join('; ');
}

/** The HTTP API and the web page over one store. Pure routing: no listening here (see index.ts). */
export function createApp(store: Store): Hono {
  const app = new Hono();

  app.get('/api/health', async (c) => {
    const { total } = await store.listArticles({ limit: 1 });
    return c.json({ status: 'ok', articles: total });
  });

  app.get('/api/openapi.json', (c) => c.json(openApiDocument));

  app.get('/api/articles', async (c) => {
    const q = parseQuery(c, z.object(page).strict());
    if (typeof q === 'string') return badRequest(c, q);
    return c.json({ ...(await store.listArticles(q)), limit: q.limit ?? 50, offset: q.offset ?? 0 });
  });

  app.get('/api/articles/:id', async (c) => {
    const id = c.req.param('id');
    if (!/^[0-9a-f]{32}$/.test(id)) return badRequest(c, `'${id.slice(0, 40)}' is not an article id (32 hexadecimal characters)`);
    const article = await store.getArticle(id);
    if (!article) return badRequest(c, `no article with id ${id}`, 404);
    return c.json(article);
  });

  app.post(
    '/api/articles',
    bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => badRequest(c, `request body is larger than ${MAX_BODY_BYTES} bytes`, 413) }),
    async (c) => {
      const type = c.req.header('content-type') ?? '';
      if (!/^application\/json\b/i.test(type)) return badRequest(c, 'send the article as application/json', 415);
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      let body: unknown;
      try {
        body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
      } catch (e) {
        return badRequest(c, e instanceof TypeError ? 'request body is not valid UTF-8' : `request body is not valid JSON (${(e as Error).message})`);
      }
      try {
        const raw = articleFromJson(body, 'request body');
        if (raw.source === 'request body') raw.source = 'api';
        const outcome = await ingestArticle(store, raw);
        return c.json(
          { id: outcome.article.id, result: outcome.result === 'new' ? 'new' : 'already known', lang: outcome.article.lang, facts: outcome.factCount },
          outcome.result === 'new' ? 201 : 200,
        );
      } catch (e) {
        if (e instanceof InputError) return badRequest(c, e.message);
        throw e;
      }
    },
  );

  app.get('/api/events', async (c) => {
    const q = parseQuery(c, factQuery);
    if (typeof q === 'string') return badRequest(c, q);
    const { total, items } = await store.facts(q);
    return c.json({ total, limit: q.limit ?? 100, offset: q.offset ?? 0, items });
  });

  app.get('/api/search', async (c) => {
    const q = parseQuery(c, z.object({ q: z.string().min(1, 'q is required').max(500), limit: page.limit }).strict());
    if (typeof q === 'string') return badRequest(c, q);
    return c.json({ query: q.q, items: await store.search(q.q, { limit: q.limit }) });
  });

  app.get('/api/export', async (c) => {
    const q = parseQuery(c, factQuery.extend({ format: z.enum(EXPORT_FORMATS as [string, ...string[]]) }));
    if (typeof q === 'string') return badRequest(c, q);
    const { format, ...filter } = q;
    const { items } = await store.facts({ ...filter, limit: filter.limit ?? 1000 });
    const facts = items.map(({ id: _id, ...f }) => f as Fact);
    const sources = await store.articleSources(facts.map((f) => f.source.article));
    if (format === 'csv') return c.body(toCsv(facts, sources), 200, { 'content-type': 'text/csv; charset=utf-8' });
    if (format === 'jsonl') return c.body(toJsonl(facts), 200, { 'content-type': 'application/x-ndjson; charset=utf-8' });
    return c.body(toGeoJson(facts, sources), 200, { 'content-type': 'application/geo+json; charset=utf-8' });
  });

  app.all('/api/*', (c) => badRequest(c, `no such endpoint: ${c.req.method} ${c.req.path}`, 404));

  app.get('*', async (c) => {
    const file = STATIC[c.req.path];
    if (!file) return c.text('Not found', 404);
    const body = await readFile(join(WEB_DIR, file), 'utf8');
    return c.body(body, 200, {
      'content-type': CONTENT_TYPES[file.split('.').pop()!]!,
      'content-security-policy': "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:",
      'x-content-type-options': 'nosniff',
    });
  });

  app.onError((err, c) => {
    process.stderr.write(`sitrep serve: ${err.stack ?? err.message}\n`);
    return c.json({ error: 'internal error' }, 500);
  });

  return app;
}
