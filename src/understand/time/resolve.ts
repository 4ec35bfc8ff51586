// Turns a language-neutral Spec into an ISO value against the reference date, never finer than
// what the reference allows: with a month-precision reference, "zondag" stays that month.
import type { DatePrecision } from '../../model/index.js';
import {
  addDays,
  easter,
  addMonths,
  compareYmd,
  isoDay,
  isoMonth,
  isoWeek,
  isoYear,
  isValidDay,
  weekday,
  type Ref,
  type Ymd,
} from './calendar.js';
import type { Candidate, Mod, Spec, Unit } from './types.js';
import type { TimeExpression } from './index.js';

export type Tense = 'past' | 'future' | null;

/** A resolved calendar value: the span [lo, hi] in days when known, for arithmetic on it. */
interface Cal {
  value: string | null;
  precision: DatePrecision;
  anchored: boolean;
  lo?: Ymd;
  hi?: Ymd;
}

const MIN_YEAR = 1000;
const MAX_YEAR = 2999;
const okYear = (y: number): boolean => Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;

function dayCal(d: Ymd, anchored: boolean): Cal {
  return { value: isoDay(d), precision: 'day', anchored, lo: d, hi: d };
}
function monthCal(y: number, m: number, anchored: boolean): Cal {
  return { value: isoMonth(y, m), precision: 'month', anchored, lo: { y, m, d: 1 }, hi: { y, m, d: 28 } };
}
function yearCal(y: number, anchored: boolean): Cal {
  return { value: isoYear(y), precision: 'year', anchored, lo: { y, m: 1, d: 1 }, hi: { y, m: 12, d: 31 } };
}
function spanCal(a: number, b: number, precision: DatePrecision, anchored: boolean): Cal {
  return { value: `${isoYear(a)}/${isoYear(b)}`, precision, anchored, lo: { y: a, m: 1, d: 1 }, hi: { y: b, m: 12, d: 31 } };
}
/** The reference itself: what a too-fine relative expression falls back to. */
function refCal(ref: Ref): Cal {
  if (ref.d !== undefined) return dayCal({ y: ref.y, m: ref.m!, d: ref.d }, true);
  if (ref.m !== undefined) return monthCal(ref.y, ref.m, true);
  return yearCal(ref.y, true);
}
const UNKNOWN: Cal = { value: null, precision: 'unknown', anchored: true };

/** Year for a month(/day) without one: the tense picks the side of the reference, else the nearest. */
function inferYear(m: number, d: number | undefined, ref: Ref, tense: Tense): number {
  if (ref.m === undefined) return ref.y;
  const sign = m !== ref.m ? m - ref.m : d !== undefined && ref.d !== undefined ? d - ref.d : 0;
  if (sign === 0) return ref.y;
  if (tense === 'future') return sign > 0 ? ref.y : ref.y + 1;
  if (tense === 'past') return sign < 0 ? ref.y : ref.y - 1;
  // Nearest occurrence, in days (mid-month when a day is unknown); a tie goes to the past
  // (news mostly reports what happened).
  const here: Ymd = { y: 2001, m: ref.m, d: ref.d ?? 15 };
  const next = sign > 0 ? { y: 2001, m, d: d ?? 15 } : { y: 2002, m, d: d ?? 15 };
  const prev = sign < 0 ? { y: 2001, m, d: d ?? 15 } : { y: 2000, m, d: d ?? 15 };
  const fwd = compareYmd(clampDay(next), here);
  const back = compareYmd(here, clampDay(prev));
  if (fwd < back) return sign > 0 ? ref.y : ref.y + 1;
  return sign < 0 ? ref.y : ref.y - 1;
}

/** 29 February in a non-leap helper year becomes the 28th: only distances are computed with it. */
function clampDay(x: Ymd): Ymd {
  return isValidDay(x.y, x.m, x.d) ? x : { ...x, d: 28 };
}

function point(spec: Spec, ref: Ref | null, tense: Tense): Cal | null {
  switch (spec.k) {
    case 'date': {
      const { m, d } = spec;
      let y = spec.y;
      let anchored = false;
      if (y === undefined && spec.yrel !== undefined) {
        if (!ref) return UNKNOWN;
        y = ref.y + spec.yrel;
        anchored = true;
      }
      if (y === undefined) {
        if (m === undefined) return null;
        if (!ref) return d !== undefined && !isValidDay(2000, m, d) ? null : UNKNOWN;
        y = inferYear(m, d, ref, tense);
        anchored = true;
      }
      if (!okYear(y)) return null;
      if (m === undefined) return yearCal(y, anchored);
      if (d === undefined) return m >= 1 && m <= 12 ? monthCal(y, m, anchored) : null;
      return isValidDay(y, m, d) ? dayCal({ y, m, d }, anchored) : null;
    }
    case 'weekday': {
      if (!ref) return UNKNOWN;
      if (ref.d === undefined) return refCal(ref);
      const r: Ymd = { y: ref.y, m: ref.m!, d: ref.d };
      const diff = spec.wd - weekday(r); // -6..6
      let delta: number;
      if (spec.week !== undefined) delta = diff + 7 * spec.week;
      else if (spec.rel === -1) delta = diff < 0 ? diff : diff - 7;
      else if (spec.rel === 1) delta = diff > 0 ? diff : diff + 7;
      else if (tense === 'future') delta = diff >= 0 ? diff : diff + 7;
      else delta = diff <= 0 ? diff : diff - 7;
      return dayCal(addDays(r, delta), true);
    }
    case 'rel':
      return relative(spec.unit, spec.n, ref, tense);
    case 'clock':
    case 'later':
      return null; // resolved by the caller against the day in focus
    case 'shift': {
      if (spec.base) {
        const base = point(spec.base, ref, tense);
        if (!base || base.value === null) return base;
        if (spec.n === null || !base.lo) return { ...base, anchored: true };
        return shiftCal(base, spec.unit, spec.n * spec.dir) ?? { ...base, anchored: true };
      }
      if (!ref) return UNKNOWN;
      if (spec.n === null) return null; // vague: handled by the caller
      return shiftCal(refCal(ref), spec.unit, spec.n * spec.dir) ?? refCal(ref);
    }
    case 'decade': {
      let start = spec.start;
      if (start === undefined) {
        if (!ref) return UNKNOWN;
        start = Math.floor(ref.y / 100) * 100 + (spec.yy ?? 0);
        // "de jaren twintig" written in 2021 means the 1920s: a decade not yet over is the previous century's.
        if (start + 9 >= ref.y) start -= 100;
      }
      return okYear(start) ? spanCal(start, start + 9, 'decade', spec.start === undefined) : null;
    }
    case 'century': {
      const a = (spec.c - 1) * 100;
      return spec.c >= 11 && spec.c <= 30 ? spanCal(a, a + 99, 'century', false) : null;
    }
    case 'season': {
      const y = spec.y ?? (ref ? ref.y + (spec.rel ?? 0) : undefined);
      if (y === undefined) return UNKNOWN;
      if (!okYear(y)) return null;
      // TIMEX3 season codes (ISO 8601 has none that people read).
      return { value: `${isoYear(y)}-${spec.s}`, precision: 'month', anchored: spec.y === undefined };
    }
    case 'quarter': {
      // TIMEX3 codes: 2021-Q1, 2021-H2. Without a year: the reference's year.
      const y = spec.y ?? (ref ? ref.y + (spec.yrel ?? 0) : undefined);
      if (y === undefined) return UNKNOWN;
      if (!okYear(y)) return null;
      const m0 = spec.half ? (spec.q - 1) * 6 + 1 : (spec.q - 1) * 3 + 1;
      return { value: `${isoYear(y)}-${spec.half ? 'H' : 'Q'}${spec.q}`, precision: 'month', anchored: spec.y === undefined, lo: { y, m: m0, d: 1 }, hi: { y, m: m0, d: 1 } };
    }
    case 'holiday': {
      const first = (y: number): Ymd | null =>
        spec.fixed ? (isValidDay(y, spec.fixed[0], spec.fixed[1]) ? { y, m: spec.fixed[0], d: spec.fixed[1] } : null) : addDays(easter(y), spec.easter ?? 0);
      // "vorige kerst" / "komende carnaval": the last / next occurrence; "deze kerst": this year's.
      let y = spec.y ?? (spec.rel === 0 && ref ? ref.y : undefined);
      let anchored = spec.y === undefined;
      if (spec.rel === 1) tense = 'future';
      if (spec.rel === -1) tense = 'past';
      if (y === undefined) {
        if (!ref) return UNKNOWN;
        // Like a bare date: the tense picks the side of the reference, else the nearest occurrence.
        const here = refLo(ref);
        const options = [ref.y - 1, ref.y, ref.y + 1].map(first).filter((x): x is Ymd => x !== null);
        const after = options.filter((o) => compareYmd(o, here) >= 0);
        const before = options.filter((o) => compareYmd(o, here) <= 0);
        const pick =
          tense === 'future' ? after[0] : tense === 'past' ? before[before.length - 1] : [after[0], before[before.length - 1]]
            .filter(Boolean)
            .sort((p, q) => Math.abs(compareYmd(p, here)) - Math.abs(compareYmd(q, here)))[0];
        if (!pick) return null;
        y = pick.y;
        anchored = true;
      }
      if (!okYear(y)) return null;
      const start = first(y);
      if (!start) return null;
      if ((spec.days ?? 1) > 1) {
        const end = addDays(start, (spec.days ?? 1) - 1);
        return { value: `${isoDay(start)}/${isoDay(end)}`, precision: 'day', anchored, lo: start, hi: end };
      }
      return dayCal(start, anchored);
    }
    default:
      return null;
  }
}

/** The reference shifted by n units, at the unit's precision; coarser when the reference is. */
function relative(unit: Unit, n: number, ref: Ref | null, tense: Tense = null): Cal | null {
  if (!ref) return UNKNOWN;
  const r = refCal(ref);
  if (unit === 'year') return yearCal(ref.y + n, true);
  if (unit === 'decade') {
    const a = Math.floor(ref.y / 10) * 10 + 10 * n;
    return spanCal(a, a + 9, 'decade', true);
  }
  if (unit === 'century') {
    const a = Math.floor(ref.y / 100) * 100 + 100 * n;
    return spanCal(a, a + 99, 'century', true);
  }
  if (unit === 'month' || unit === 'quarter') {
    if (ref.m === undefined) return r;
    const t = addMonths(ref.y, ref.m, unit === 'quarter' ? 3 * n : n);
    return monthCal(t.y, t.m, true);
  }
  if (ref.d === undefined) return r;
  const d: Ymd = { y: ref.y, m: ref.m!, d: ref.d };
  if (unit === 'week') {
    const t = addDays(d, 7 * n);
    return { value: isoWeek(t), precision: 'week', anchored: true, lo: addDays(t, 1 - weekday(t)), hi: addDays(t, 7 - weekday(t)) };
  }
  if (unit === 'weekend') {
    const wd = weekday(d);
    // Saturday of: the last weekend before the reference (-1), this week (0), the next one (+1).
    let sat = addDays(d, 6 - wd);
    // "dit weekend" in a past-tense sentence is the weekend just gone (or under way).
    if (n === 0 && tense === 'past') sat = compareYmd(sat, d) <= 0 ? sat : addDays(sat, -7);
    else if (n < 0) sat = compareYmd(sat, d) < 0 ? sat : addDays(sat, -7);
    else if (n > 0) sat = compareYmd(sat, d) > 0 ? sat : addDays(sat, 7);
    const sun = addDays(sat, 1);
    return { value: `${isoDay(sat)}/${isoDay(sun)}`, precision: 'day', anchored: true, lo: sat, hi: sun };
  }
  return dayCal(addDays(d, n), true); // day, hour, minute
}

function shiftCal(base: Cal, unit: Unit, n: number): Cal | null {
  const lo = base.lo;
  if (!lo) return null;
  const fine: Record<string, DatePrecision> = { day: 'day', week: 'week', month: 'month', year: 'year' };
  // Never finer than the base: "twee dagen geleden" against 2021-08 stays 2021-08.
  const rank: DatePrecision[] = ['day', 'week', 'month', 'year', 'decade', 'century'];
  const want = unit === 'hour' || unit === 'minute' ? 'day' : (fine[unit] ?? 'year');
  if (rank.indexOf(want) < rank.indexOf(base.precision)) return base;
  switch (unit) {
    case 'minute':
    case 'hour':
      return dayCal(lo, true);
    case 'day':
      return dayCal(addDays(lo, n), true);
    case 'week': {
      const t = addDays(lo, 7 * n);
      return { value: isoWeek(t), precision: 'week', anchored: true, lo: t, hi: t };
    }
    case 'weekend':
      return null;
    case 'month': {
      const t = addMonths(lo.y, lo.m, n);
      return monthCal(t.y, t.m, true);
    }
    case 'quarter': {
      const t = addMonths(lo.y, lo.m, 3 * n);
      return monthCal(t.y, t.m, true);
    }
    case 'year':
      return yearCal(lo.y + n, true);
    case 'decade':
      return yearCal(lo.y + 10 * n, true);
    case 'century':
      return yearCal(lo.y + 100 * n, true);
  }
}

const DUR_CODE: Record<Unit, string> = {
  minute: 'TM',
  hour: 'TH',
  day: 'D',
  week: 'W',
  weekend: 'WE',
  month: 'M',
  quarter: 'Q',
  year: 'Y',
  decade: 'DE',
  century: 'CE',
};
const DUR_PREC: Record<Unit, DatePrecision> = {
  minute: 'day',
  hour: 'day',
  day: 'day',
  week: 'week',
  weekend: 'day',
  month: 'month',
  quarter: 'month',
  year: 'year',
  decade: 'decade',
  century: 'century',
};

/** ISO 8601 duration ("P3W", "PT48H"); decades and centuries in years; X for a vague count (TIMEX3). */
export function durationValue(unit: Unit, n: number | null): string {
  const code = DUR_CODE[unit];
  const time = code.startsWith('T');
  const c = time ? code.slice(1) : code;
  if (n === null) return `P${time ? 'T' : ''}X${c}`;
  if (unit === 'decade') return `P${n * 10}Y`;
  if (unit === 'century') return `P${n * 100}Y`;
  if (unit === 'quarter') return `P${n * 3}M`;
  if (unit === 'weekend') return `P${n * 2}D`;
  // Fractions go down one unit, as TIMEX3 writes them: "een half jaar" = P6M, "anderhalve dag" = PT36H.
  if (!Number.isInteger(n)) {
    const down: Partial<Record<Unit, [number, string]>> = { year: [12, 'M'], week: [7, 'D'], day: [24, 'TH'], hour: [60, 'TM'] };
    const d = down[unit];
    if (d && Number.isInteger(+(n * d[0]).toFixed(6))) {
      const t = d[1].startsWith('T');
      return `P${t ? 'T' : ''}${+(n * d[0]).toFixed(6)}${t ? d[1].slice(1) : d[1]}`;
    }
  }
  return `P${time ? 'T' : ''}${+n.toFixed(2)}${c}`;
}

type Out = Omit<TimeExpression, 'text' | 'start' | 'end'>;

/** Resolves one candidate; null when it denotes no real date (31 februari, year 99999). */
export function resolve(c: Candidate, ref: Ref | null, tense: Tense, focusDay: string | null = null): Out | null {
  const spec = c.spec;
  const anchor = ref?.value ?? null;
  if (spec.k === 'dur') {
    return { type: 'duration', value: durationValue(spec.unit, spec.n), precision: DUR_PREC[spec.unit], anchored_to: null, mod: spec.n === null ? 'approx' : null };
  }
  if (spec.k === 'set') return { type: 'set', value: spec.value, precision: spec.precision, anchored_to: null, mod: null };
  if (spec.k === 'vague') return { type: 'vague', value: spec.value, precision: 'unknown', anchored_to: anchor, mod: null };
  if (spec.k === 'shift' && !spec.base && spec.n === null) {
    return { type: 'vague', value: spec.dir < 0 ? 'PAST_REF' : 'FUTURE_REF', precision: 'unknown', anchored_to: anchor, mod: null };
  }
  // "sinds" always looks back, whatever the rest of the sentence says; a deadline or a start ("tot",
  // "voor", "vanaf") looks ahead unless the sentence says otherwise.
  const t: Tense = c.mod === 'since' ? 'past' : (tense ?? (c.mod === 'until' || c.mod === 'before' || c.mod === 'after' ? 'future' : null));
  let cal: Cal | null;
  let anchoredTo: string | null;
  let mod: Mod | null = c.mod ?? c.part ?? null;
  if (spec.k === 'range') {
    const a = point(spec.from, ref, t);
    const b = point(spec.to, ref, t);
    if (!a || !b) return null;
    if (a.value === null || b.value === null) return { type: 'interval', value: null, precision: 'unknown', anchored_to: anchor, mod };
    return { type: 'interval', value: `${a.value}/${b.value}`, precision: a.precision, anchored_to: a.anchored || b.anchored ? anchor : null, mod };
  }
  if (spec.k === 'clock') {
    // A clock time belongs to the day last talked about, else to the reference day.
    const day = focusDay?.length === 10 ? focusDay : ref?.d !== undefined ? ref.value : null;
    const hhmm = `${String(spec.h).padStart(2, '0')}:${String(spec.min).padStart(2, '0')}`;
    return { type: 'date', value: day ? `${day}T${hhmm}` : null, precision: day ? 'day' : 'unknown', anchored_to: day, mod };
  }
  if (spec.k === 'later') {
    // "een dag later": counted from the day last talked about; without one it is only a distance.
    const focus = focusDay ? parseIsoDay(focusDay) : null;
    const base = focus ? (focusDay!.length === 7 ? monthCal(focus.y, focus.m, true) : dayCal(focus, true)) : null;
    const shifted = base ? shiftCal(base, spec.unit, spec.n * spec.dir) : null;
    if (!shifted) return { type: 'duration', value: durationValue(spec.unit, spec.n), precision: DUR_PREC[spec.unit], anchored_to: null, mod };
    return { type: 'date', value: shifted.value, precision: shifted.precision, anchored_to: focusDay, mod };
  }
  cal = point(spec, ref, t);
  if (!cal) return null;
  anchoredTo = cal.anchored ? anchor : null;
  if (spec.k === 'shift' && spec.base) {
    const base = point(spec.base, ref, t);
    anchoredTo = base?.value ?? null;
    if (spec.n === null) mod = spec.dir < 0 ? 'before' : 'after';
  }
  // "eind vorige eeuw": the last decade of it, not the whole century.
  if (c.part && cal.precision === 'century' && cal.lo) {
    const a = cal.lo.y;
    const [x, y] = c.part === 'start' ? [a, a + 9] : c.part === 'end' ? [a + 90, a + 99] : [a + 40, a + 59];
    cal = spanCal(x, y, 'decade', cal.anchored);
  }
  let value = cal.value;
  // "sinds mei": from then up to the reference.
  if (c.mod === 'since' && value && ref && !value.includes('/') && cal.lo && compareYmd(cal.lo, refLo(ref)) <= 0) {
    value = `${value}/${ref.value}`;
    anchoredTo = anchor;
  }
  return { type: value?.includes('/') ? 'interval' : 'date', value, precision: cal.precision, anchored_to: anchoredTo, mod };
}

function parseIsoDay(s: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(s);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3] ?? 1) } : null;
}

function refLo(ref: Ref): Ymd {
  return { y: ref.y, m: ref.m ?? 1, d: ref.d ?? 1 };
}
