// Applies the meaning of the words just before an expression: a part ("eind vorige eeuw") and a
// boundary ("sinds mei", "voor 11 september"). The words join the span, since they change the value.
import type { Candidate, TimeLocale } from '../types.js';

const WINDOW = 24;

export function applyModifiers(text: string, cands: Candidate[], loc: TimeLocale): Candidate[] {
  let prevEnd = 0;
  for (const c of cands) {
    if (c.spec.k === 'dur' || c.spec.k === 'set' || c.spec.k === 'vague') {
      prevEnd = c.end;
      continue;
    }
    const floor = Math.max(prevEnd, c.start - WINDOW);
    for (const [re, part] of loc.parts) {
      const m = re.exec(text.slice(floor, c.start));
      if (m) {
        c.part = part;
        c.start -= m[0].length;
        break;
      }
    }
    const floor2 = Math.max(prevEnd, c.start - WINDOW);
    for (const [re, mod] of loc.modifiers) {
      const m = re.exec(text.slice(floor2, c.start));
      if (m) {
        c.mod = mod;
        c.start -= m[0].length;
        break;
      }
    }
    prevEnd = c.end;
  }
  return cands;
}
