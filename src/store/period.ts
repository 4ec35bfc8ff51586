/**
 * The calendar period an ISO 8601 value covers, as [first day, last day] (YYYY-MM-DD strings), so
 * that facts known to the month or the year can be filtered by day ranges honestly.
 * Handles YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www and start/end intervals; null for anything else.
 */
export function periodOf(value: string | null | undefined): [string, string] | null {
  if (!value) return null;
  const slash = value.indexOf('/');
  if (slash > 0) {
    const a = periodOf(value.slice(0, slash));
    const b = periodOf(value.slice(slash + 1));
    if (a && b) return [a[0], b[1]];
    return a ?? b;
  }
  let m = /^(\d{4})$/.exec(value);
  if (m) return [`${m[1]}-01-01`, `${m[1]}-12-31`];
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
    return [`${m[1]}-${m[2]}-01`, `${m[1]}-${m[2]}-${String(last).padStart(2, '0')}`];
  }
  m = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  if (m) return [m[1]!, m[1]!];
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    // ISO week: week 1 contains January 4th; weeks start on Monday.
    const jan4 = new Date(Date.UTC(Number(m[1]), 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000 + (Number(m[2]) - 1) * 7 * 86400000);
    const sunday = new Date(monday.getTime() + 6 * 86400000);
    return [monday.toISOString().slice(0, 10), sunday.toISOString().slice(0, 10)];
  }
  m = /^(\d{3})X?$/.exec(value); // decade, e.g. "199" or "199X"
  if (m) return [`${m[1]}0-01-01`, `${m[1]}9-12-31`];
  return null;
}

/** A user's date bound ("2021", "2021-07", "2021-07-04") as the first or last day it covers. */
export function boundOf(value: string, side: 'start' | 'end'): string | null {
  const p = periodOf(value);
  return p ? (side === 'start' ? p[0] : p[1]) : null;
}
