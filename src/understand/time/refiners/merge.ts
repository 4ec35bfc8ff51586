// Joins neighbouring candidates into one expression: "zondag 4 juli", "enkele dagen voor 9/11",
// "van 1 tot 5 juli", "4 juli om 15.00 uur". Which words join them is locale data.
import type { Candidate, TimeLocale } from '../types.js';

const isPoint = (c: Candidate): boolean =>
  c.spec.k === 'date' || c.spec.k === 'rel' || c.spec.k === 'weekday' || c.spec.k === 'decade' || c.spec.k === 'century';

export function mergeAdjacent(text: string, cands: Candidate[], loc: TimeLocale): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i];
    const b = cands[i + 1];
    if (b && b.start - a.end <= 12) {
      const gap = text.slice(a.end, b.start);
      // Weekday then its date: the date decides the day.
      if (a.spec.k === 'weekday' && b.spec.k === 'date' && b.spec.d !== undefined && loc.weekdayDateJoin.test(gap)) {
        out.push({ ...b, start: a.start });
        i++;
        continue;
      }
      // Month and relative year, either order: "vorig jaar mei", "februari van dit jaar".
      const [md, yr] = a.spec.k === 'date' ? [a.spec, b.spec] : [b.spec, a.spec];
      if (md.k === 'date' && md.y === undefined && md.m !== undefined && yr.k === 'rel' && yr.unit === 'year' && loc.yearJoin.test(gap)) {
        out.push({ start: a.start, end: b.end, spec: { ...md, yrel: yr.n }, rank: b.rank, part: a.part });
        i++;
        continue;
      }
      // Weekday and relative week, either order: "dinsdag vorige week", "volgende week maandag".
      const [wd, wk] = a.spec.k === 'weekday' ? [a.spec, b.spec] : [b.spec, a.spec];
      if (wd.k === 'weekday' && wd.rel === 0 && wd.week === undefined && wk.k === 'rel' && wk.unit === 'week' && loc.yearJoin.test(gap)) {
        out.push({ start: a.start, end: b.end, spec: { ...wd, week: wk.n }, rank: b.rank });
        i++;
        continue;
      }
      // Count + before/after + anchor: "enkele dagen voor 9/11".
      if (a.spec.k === 'dur' && isPoint(b)) {
        const dir = loc.shiftJoin.find(([re]) => re.test(gap))?.[1];
        if (dir) {
          out.push({ start: a.start, end: b.end, spec: { k: 'shift', unit: a.spec.unit, n: a.spec.n, dir, base: b.spec }, rank: b.rank });
          i++;
          continue;
        }
      }
      // Range: "tussen 1996 en 2001", "van maandag tot woensdag", "1996-2001".
      if (isPoint(a) && isPoint(b)) {
        const open = loc.rangeOpen.exec(text.slice(Math.max(0, a.start - 12), a.start));
        // Without "van"/"tussen" only a dash or "tot" makes a range: "1 en 2 juli" is two days.
        if ((open && loc.rangeJoin.test(gap)) || loc.rangeJoinBare.test(gap)) {
          const start = open ? a.start - open[0].length : a.start;
          out.push({ start, end: b.end, spec: { k: 'range', from: a.spec, to: b.spec }, rank: b.rank });
          i++;
          continue;
        }
      }
    }
    out.push(a);
  }
  // A clock time or part of day right after a date is part of it; we keep the day as the value.
  const kept: Candidate[] = [];
  for (const c of out) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) continue; // swallowed by the date before it
    if (c.spec.k === 'date' || c.spec.k === 'weekday' || (c.spec.k === 'rel' && c.spec.unit === 'day')) {
      loc.timeOfDay.lastIndex = 0;
      const m = loc.timeOfDay.exec(text.slice(c.end, c.end + 40));
      if (m && m.index === 0) c.end += m[0].length;
    }
    kept.push(c);
  }
  return kept;
}
