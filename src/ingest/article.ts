import { createHash } from 'node:crypto';
import type { Article } from '../model/index.js';
import { detectLanguage } from './language.js';
import type { RawArticle } from './types.js';

/** The text an article id is computed from: Unicode NFC, whitespace runs folded, trimmed. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Same text, same id: a re-ingest of the same article (from any source) is recognised. */
export function articleId(text: string): string {
  return createHash('sha256').update(normaliseText(text)).digest('hex').slice(0, 32);
}

/**
 * Turns a raw article into a stored Article: clean text (NFC, no control characters, paragraph
 * breaks kept), id, and language (given or detected).
 */
export function toArticle(raw: RawArticle): Article {
  const text = cleanText(raw.text);
  return {
    id: articleId(text),
    source: raw.source,
    url: raw.url,
    title: raw.title ? cleanText(raw.title) : null,
    published: raw.published,
    lang: raw.lang && raw.lang.trim() ? raw.lang.trim().toLowerCase() : detectLanguage(text),
    text,
  };
}

/** NFC, CRLF -> LF, control characters (except tab/newline) removed, trailing spaces and excess blank lines trimmed. */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFEFF]/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
