import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { articleFromJson, toArticle } from '../ingest/index.js';
import { readText } from '../ingest/formats/text.js';
import type { Article } from '../model/index.js';
import { ROOT, SHARED_DIR } from '../paths.js';

/** Where gold documents live: the seeds and the Dutch news corpus in ../shared (read, never copied), English gold in the repo. */
export interface DocRoots {
  seeds: string;
  newsNl: string;
  goldEn: string;
}

export const DEFAULT_ROOTS: DocRoots = {
  seeds: join(SHARED_DIR, 'seeds'),
  newsNl: join(SHARED_DIR, 'data', 'news-nl-2019', 'articles.jsonl'),
  goldEn: join(ROOT, 'test', 'data', 'gold-en'),
};

export class DocError extends Error {}

const newsCache = new Map<string, Map<string, unknown>>();

function newsIndex(file: string): Map<string, unknown> {
  let m = newsCache.get(file);
  if (m) return m;
  if (!existsSync(file)) throw new DocError(`the Dutch news corpus is missing (${file})`);
  m = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { id: number | string };
    m.set(String(o.id), o);
  }
  newsCache.set(file, m);
  return m;
}

function fromTextFile(path: string, ref: string, lang: string): Article {
  if (!existsSync(path)) throw new DocError(`${ref}: no such document (${path})`);
  const r = readText(readFileSync(path, 'utf8'), basename(path))[0]!;
  if (!r.ok) throw new DocError(`${ref}: ${r.problem}`);
  return toArticle({ ...r.article, source: ref, lang });
}

/**
 * The article a gold document reference names: "seeds/<file>.txt", "news-nl-2019:<id>" (the `text`
 * field; the title is not part of the article text, as in `sitrep ingest`) or "gold-en/<file>.txt".
 * The language is fixed by the set (seeds and news: nl; gold-en: en), so language detection is not scored.
 */
export function loadDocument(ref: string, roots: DocRoots = DEFAULT_ROOTS): Article {
  if (ref.startsWith('seeds/')) return fromTextFile(join(roots.seeds, ref.slice('seeds/'.length)), ref, 'nl');
  if (ref.startsWith('gold-en/')) return fromTextFile(join(roots.goldEn, ref.slice('gold-en/'.length)), ref, 'en');
  if (ref.startsWith('news-nl-2019:')) {
    const id = ref.slice('news-nl-2019:'.length);
    const o = newsIndex(roots.newsNl).get(id);
    if (!o) throw new DocError(`${ref}: no article with id ${id} in ${roots.newsNl}`);
    return toArticle({ ...articleFromJson(o, ref), source: ref, lang: 'nl' });
  }
  throw new DocError(`${ref}: unknown document reference`);
}
