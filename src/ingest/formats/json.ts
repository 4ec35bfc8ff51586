import { InputError } from '../../model/index.js';
import { parsePublished } from '../dates.js';
import { UNKNOWN_DATE, type RawArticle, type ReadResult } from '../types.js';

/** Upper bound on one article's text: longer is almost certainly not a news article. */
export const MAX_TEXT_CHARS = 2_000_000;

/**
 * Validates one article object `{title, text, published_at, url, lang?}` (JSON lines, JSON files
 * and POST /api/articles share this). Throws InputError naming `where` and the field.
 */
export function articleFromJson(value: unknown, where: string): RawArticle {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(where, 'expected a JSON object {title, text, published_at, url}');
  }
  const o = value as Record<string, unknown>;
  const str = (field: string): string | null => {
    const v = o[field];
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string') throw new InputError(where, `field '${field}' must be a string`);
    return v;
  };
  const text = str('text');
  if (!text || !text.trim()) throw new InputError(where, "field 'text' is missing or empty");
  if (text.length > MAX_TEXT_CHARS) {
    throw new InputError(where, `field 'text' is ${text.length} characters; the limit is ${MAX_TEXT_CHARS}`);
  }
  const dateText = str('published_at') ?? str('date');
  let published = UNKNOWN_DATE;
  if (dateText) {
    const parsed = parsePublished(dateText);
    if (!parsed) {
      throw new InputError(where, `field 'published_at' has an unknown date format '${dateText.slice(0, 40)}' (expected YYYY-MM-DD, YYYY-MM, YYYY or an ISO 8601 timestamp)`);
    }
    published = parsed;
  }
  const url = str('url');
  if (url && !/^https?:\/\/\S+$/i.test(url)) throw new InputError(where, `field 'url' is not an http(s) URL`);
  return {
    source: str('source') ?? where,
    url,
    title: str('title'),
    published,
    text,
    lang: str('lang'),
  };
}

function wrap(value: unknown, where: string): ReadResult {
  try {
    return { ok: true, article: articleFromJson(value, where) };
  } catch (e) {
    if (e instanceof InputError) return { ok: false, where, problem: e.problem };
    throw e;
  }
}

/** JSON lines: one article object per line; a bad line fails alone, named by its line number. */
export function readJsonLines(content: string, where: string): ReadResult[] {
  const out: ReadResult[] = [];
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const at = `${where}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      out.push({ ok: false, where: at, problem: `not valid JSON (${(e as Error).message})` });
      continue;
    }
    out.push(wrap(value, at));
  }
  if (out.length === 0) out.push({ ok: false, where, problem: 'no JSON lines in file' });
  return out;
}

/** A .json file: one article object or an array of them. */
export function readJson(content: string, where: string): ReadResult[] {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (e) {
    return [{ ok: false, where, problem: `not valid JSON (${(e as Error).message})` }];
  }
  if (Array.isArray(value)) return value.map((v, i) => wrap(v, `${where}[${i}]`));
  return [wrap(value, where)];
}
