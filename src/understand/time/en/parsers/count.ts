import { parseNumberWords, VAGUE_COUNTS } from '../constants.js';

const VAGUE = new Set(VAGUE_COUNTS);

/** "two" -> 2, "1.5" -> 1.5, "a few" -> null (vague), unknown -> undefined. */
export function count(s: string): number | null | undefined {
  const w = s.toLowerCase().replace(/\s+/g, ' ');
  if (VAGUE.has(w)) return null;
  if (/^\d/.test(w)) return Number(w.replace(/,/g, ''));
  if (w === 'a' || w === 'an' || w === 'one') return 1;
  if (w === 'a half' || w === 'half a') return 0.5;
  if (w === 'one and a half' || w === 'a year and a half') return 1.5;
  return parseNumberWords(w) ?? undefined;
}
