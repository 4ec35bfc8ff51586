import type { PartialDate } from '../model/index.js';

/** An article as read from some input, before normalisation and identification. */
export interface RawArticle {
  /** Where it came from: "path/file.txt", "feed.xml#3", "a.jsonl:12", "api". */
  source: string;
  url: string | null;
  title: string | null;
  published: PartialDate;
  text: string;
  /** Language given by the input itself (JSON "lang"), if any. */
  lang?: string | null;
}

/** One input read: an article, or a failure naming the input (and line) and the problem. */
export type ReadResult = { ok: true; article: RawArticle } | { ok: false; where: string; problem: string };

export const UNKNOWN_DATE: PartialDate = { value: null, precision: 'unknown' };
