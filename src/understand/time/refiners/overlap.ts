import type { Candidate } from '../types.js';

/**
 * Keeps one candidate per stretch of text: the longest, then the higher-ranked parser.
 * One left-to-right sweep over candidates sorted by start: linear after the sort.
 */
export function removeOverlaps(cands: Candidate[]): Candidate[] {
  cands.sort((a, b) => a.start - b.start || b.end - a.end || b.rank - a.rank);
  const out: Candidate[] = [];
  for (const c of cands) {
    const last = out[out.length - 1];
    if (!last || c.start >= last.end) {
      out.push(c);
      continue;
    }
    const better = c.end - c.start > last.end - last.start || (c.end - c.start === last.end - last.start && c.rank > last.rank);
    if (better) out[out.length - 1] = c;
  }
  return out;
}
