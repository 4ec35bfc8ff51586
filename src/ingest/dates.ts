import type { PartialDate } from '../model/index.js';

const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Parses a publication date as given by an input: "2021", "2021-07", "2021-07-04", or a full
 * ISO 8601 / RFC 2822 timestamp (feeds). Keeps the precision the input had; never invents a day.
 * Returns null for anything else, or for an impossible date.
 */
export function parsePublished(input: string): PartialDate | null {
  const s = input.trim();
  const m = ISO_PARTIAL.exec(s);
  if (m) {
    const [, y, mo, d] = m;
    const year = Number(y);
    if (year < 1000 || year > 2999) return null;
    if (mo === undefined) return { value: y!, precision: 'year' };
    const month = Number(mo);
    if (month < 1 || month > 12) return null;
    if (d === undefined) return { value: `${y}-${mo}`, precision: 'month' };
    const day = Number(d);
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
    return { value: `${y}-${mo}-${d}`, precision: 'day' };
  }
  // Timestamps: ISO 8601 with time, or RFC 2822 as RSS uses. Date.parse handles both strictly enough
  // once we require a 4-digit year in the string (it accepts odd things like "1" otherwise).
  if (!/\d{4}/.test(s) || !/[T\s:,]/.test(s)) return null;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const iso = new Date(t).toISOString();
  const year = Number(iso.slice(0, 4));
  if (year < 1000 || year > 2999) return null;
  // A timestamp with an explicit offset is a moment: keep the calendar day as written when we can.
  const written = /^(\d{4}-\d{2}-\d{2})T/.exec(s);
  return { value: written ? written[1]! : iso.slice(0, 10), precision: 'day' };
}
