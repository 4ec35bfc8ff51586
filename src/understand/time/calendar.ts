// Calendar arithmetic on plain numbers (UTC, proleptic Gregorian). Pure functions, no Date leaks out.
import type { PartialDate } from '../../model/index.js';

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** The reference date split into numbers; fields finer than its precision are absent. */
export interface Ref {
  value: string;
  y: number;
  m?: number;
  d?: number;
  /** Known only to the month, year, ... : relative expressions must not be finer than this. */
  precision: 'day' | 'month' | 'year';
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function isoYear(y: number): string {
  return pad(y, 4);
}
export function isoMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}
export function isoDay(d: Ymd): string {
  return `${pad(d.y, 4)}-${pad(d.m)}-${pad(d.d)}`;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function toEpochDay(d: Ymd): number {
  return Date.UTC(d.y, d.m - 1, d.d) / 86_400_000;
}
function fromEpochDay(n: number): Ymd {
  const t = new Date(n * 86_400_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(d: Ymd, n: number): Ymd {
  return fromEpochDay(toEpochDay(d) + n);
}

/** Month arithmetic on (year, month). */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function weekday(d: Ymd): number {
  const w = new Date(Date.UTC(d.y, d.m - 1, d.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week: "2021-W27". */
export function isoWeek(d: Ymd): string {
  const thursday = addDays(d, 4 - weekday(d));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const week = Math.floor((toEpochDay(thursday) - toEpochDay(jan1)) / 7) + 1;
  return `${pad(thursday.y, 4)}-W${pad(week)}`;
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return toEpochDay(a) - toEpochDay(b);
}

/**
 * Parses a PartialDate into numbers; null when it carries no usable value. Throws nothing:
 * callers at the edges (CLI) validate user input with parseRefValue.
 */
export function toRef(p: PartialDate | null | undefined): Ref | null {
  if (!p || !p.value) return null;
  const r = parseRefValue(p.value);
  if (!r) return null;
  // Precision may be coarser than the string (e.g. "2021-07-01" known to the month).
  if (p.precision === 'month' && r.d !== undefined) return { value: r.value.slice(0, 7), y: r.y, m: r.m, precision: 'month' };
  if ((p.precision === 'year' || p.precision === 'decade' || p.precision === 'century') && r.m !== undefined)
    return { value: r.value.slice(0, 4), y: r.y, precision: 'year' };
  return r;
}

/** "2021-07-04" / "2021-07" / "2021" -> Ref, or null when malformed or impossible. */
export function parseRefValue(s: string): Ref | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s.trim());
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3] !== undefined) {
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (!isValidDay(y, mo, d)) return null;
    return { value: isoDay({ y, m: mo, d }), y, m: mo, d, precision: 'day' };
  }
  if (m[2] !== undefined) {
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    return { value: isoMonth(y, mo), y, m: mo, precision: 'month' };
  }
  return { value: isoYear(y), y, precision: 'year' };
}

/** Last months of the TIMEX3 parts of a year: seasons (winter counted to its December), quarters, halves. */
const PART_END: Record<string, number> = { SP: 5, SU: 8, FA: 11, WI: 12, Q1: 3, Q2: 6, Q3: 9, Q4: 12, H1: 6, H2: 12 };

/**
 * The last day a date value covers, as days since 1970-01-01: "2018" -> 2018-12-31, "2018-12" -> 2018-12-31,
 * "2019-W10" -> its Sunday, "2018-FA" -> 2018-11-30, "2019-03-05T10:00" -> 2019-03-05; an interval by its end.
 * Null when the value is not a date.
 */
export function lastEpochDay(value: string): number | null {
  const end = value.split('/').pop()!.trim();
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$/.exec(end);
  if (m) {
    const y = Number(m[1]);
    const mo = m[2] === undefined ? 12 : Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    const d = m[3] === undefined ? daysInMonth(y, mo) : Number(m[3]);
    return toEpochDay({ y, m: mo, d });
  }
  m = /^(\d{4})-W(\d{2})$/.exec(end);
  if (m) {
    // ISO week 1 holds 4 January; its Monday is 4 January minus (weekday - 1).
    const jan4 = { y: Number(m[1]), m: 1, d: 4 };
    return toEpochDay(jan4) - (weekday(jan4) - 1) + 7 * (Number(m[2]) - 1) + 6;
  }
  m = /^(\d{4})-([A-Z]{2}|Q\d|H\d)$/.exec(end);
  const last = m ? PART_END[m[2]!] : undefined;
  if (m && last) return toEpochDay({ y: Number(m[1]), m: last, d: daysInMonth(Number(m[1]), last) });
  return null;
}

/** The first day of an ISO date value ("2021-07" -> 2021-07-01), as days since 1970-01-01; null when not a date. */
export function firstEpochDay(value: string): number | null {
  const r = parseRefValue(value.split('/')[0]!.slice(0, 10));
  return r ? toEpochDay({ y: r.y, m: r.m ?? 1, d: r.d ?? 1 }) : null;
}

/** Easter Sunday (Gregorian), by the anonymous computus. */
export function easter(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}
