import type { DatePrecision, Lang, PartialDate } from '../../model/index.js';

/** A temporal expression found in text, normalised against a reference date. */
export interface TimeExpression {
  text: string;
  /** Character offsets into the text given to findTimes. */
  start: number;
  end: number;
  type: 'date' | 'interval' | 'duration' | 'set' | 'vague';
  /** ISO 8601: YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www, start/end for intervals, P.. for durations; null if unresolvable. */
  value: string | null;
  precision: DatePrecision;
  /** The reference date value it was resolved against, or null when absolute. */
  anchored_to: string | null;
  /** Qualifier the preposition adds: "before" ("voor 11 september"), "after"/"since" ("sinds mei"), "approx". */
  mod?: 'before' | 'after' | 'since' | 'until' | 'approx' | 'start' | 'mid' | 'end' | null;
}

export interface FindTimesOptions {
  lang: Lang;
  /** Publication date of the article, with its precision. */
  ref: PartialDate;
}

/** PLACEHOLDER (issue 2): returns nothing; issue 6 implements it behind this signature. */
export function findTimes(_text: string, _opts: FindTimesOptions): TimeExpression[] {
  return [];
}
