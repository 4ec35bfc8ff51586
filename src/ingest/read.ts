import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { readFeed } from './formats/feed.js';
import { readHtml } from './formats/html.js';
import { readJson, readJsonLines } from './formats/json.js';
import { readText } from './formats/text.js';
import type { ReadResult } from './types.js';

/** Files larger than this are refused: no news input is that big, and it would be read whole into memory. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

type Reader = (content: string, where: string) => ReadResult[];

const BY_EXTENSION: Record<string, Reader> = {
  '.txt': readText,
  '.text': readText,
  '.md': readText,
  '.markdown': readText,
  '.jsonl': readJsonLines,
  '.ndjson': readJsonLines,
  '.json': readJson,
  '.html': readHtml,
  '.htm': readHtml,
  '.xml': readFeed,
  '.rss': readFeed,
  '.atom': readFeed,
};

/** For files named on the command line with an unknown extension: look at the content. */
function sniff(content: string): Reader {
  const head = content.trimStart().slice(0, 200).toLowerCase();
  if (head.startsWith('<?xml') || head.startsWith('<rss') || head.startsWith('<feed') || head.startsWith('<rdf')) return readFeed;
  if (head.startsWith('<')) return readHtml;
  if (head.startsWith('{')) return readJsonLines;
  return readText;
}

/** Reads one file: size, binary and UTF-8 checks first, then the format's reader. */
export async function readInputFile(path: string, explicit = true): Promise<ReadResult[]> {
  const info = await stat(path);
  if (info.size > MAX_FILE_BYTES) {
    return [{ ok: false, where: path, problem: `file is ${(info.size / 2 ** 20).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 2 ** 20} MB` }];
  }
  if (info.size === 0) return [{ ok: false, where: path, problem: 'empty file' }];
  const bytes = await readFile(path);
  if (bytes.subarray(0, 8192).includes(0)) return [{ ok: false, where: path, problem: 'binary file, not text' }];
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return [{ ok: false, where: path, problem: 'not valid UTF-8 text' }];
  }
  if (!content.trim()) return [{ ok: false, where: path, problem: 'empty file (only white space)' }];
  const reader = BY_EXTENSION[extname(path).toLowerCase()] ?? (explicit ? sniff(content) : null);
  if (!reader) return [];
  return reader(content, path);
}

/**
 * Reads every path: files directly, directories recursively (files with a known extension, hidden
 * entries skipped, in name order so runs are reproducible). A missing or unreadable path is a failure
 * result, not an exception: the rest of the batch goes on.
 */
export async function* readInputs(paths: string[]): AsyncGenerator<ReadResult> {
  for (const path of paths) yield* readPath(path, true);
}

async function* readPath(path: string, explicit: boolean): AsyncGenerator<ReadResult> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    yield { ok: false, where: path, problem: code === 'ENOENT' ? 'no such file or directory' : `cannot read (${code})` };
    return;
  }
  if (info.isDirectory()) {
    const entries = (await readdir(path)).filter((n) => !n.startsWith('.')).sort();
    for (const name of entries) yield* readPath(join(path, name), false);
    return;
  }
  try {
    yield* await readInputFile(path, explicit);
  } catch (e) {
    yield { ok: false, where: path, problem: `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
}
