/** Languages sitrep analyses. Anything else is stored but not analysed. */
export type Lang = 'nl' | 'en';
export const ANALYSED_LANGS: readonly Lang[] = ['nl', 'en'];

/** How precisely a date is known. A date known to the month must never be reported as a day. */
export type DatePrecision = 'day' | 'week' | 'month' | 'year' | 'decade' | 'century' | 'unknown';

/** A calendar value with its precision: "2021-07" with precision "month". */
export interface PartialDate {
  /** ISO 8601 prefix: YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY; null when unknown. */
  value: string | null;
  precision: DatePrecision;
}

/** One news article as sitrep stores it. */
export interface Article {
  /** sha256 (hex, first 32 chars) of the normalised text: same text, same id. */
  id: string;
  /** Where it came from: file path, feed URL or "api". */
  source: string;
  url: string | null;
  title: string | null;
  published: PartialDate;
  /** Detected (or given) language; "und" or an ISO 639-3 code when not nl/en. */
  lang: Lang | string;
  text: string;
}

export function isAnalysedLang(lang: string): lang is Lang {
  return (ANALYSED_LANGS as readonly string[]).includes(lang);
}
