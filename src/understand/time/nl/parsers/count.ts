import { parseNumberWord, VAGUE_COUNTS } from '../constants.js';

const VAGUE = new Set(VAGUE_COUNTS);

/** "twee" -> 2, "1,5" -> 1.5, "enkele" -> null (vague), unknown -> undefined. */
export function count(s: string): number | null | undefined {
  const w = s.toLowerCase().replace(/\s+/g, ' ');
  if (VAGUE.has(w)) return null;
  if (/^\d/.test(w)) return Number(w.replace(',', '.'));
  if (w === 'een half') return 0.5;
  return parseNumberWord(w) ?? undefined;
}
