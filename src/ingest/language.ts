import { francAll } from 'franc-min';

/** franc's ISO 639-3 codes for the languages sitrep analyses; any other code is stored as is. */
const ANALYSED: Record<string, string> = { nld: 'nl', eng: 'en' };
/** Close relatives (Afrikaans, Frisian, Scots...) win franc's trigram vote on short news texts too often. */
const PREFER_WITHIN = 0.9;

/**
 * Detects the language of an article text: "nl", "en", another ISO 639-3 code, or "und" when
 * the text is too short to tell.
 */
export function detectLanguage(text: string): string {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const ranked = francAll(sample, { minLength: 20 });
  const [top] = ranked;
  if (!top || top[0] === 'und') return 'und';
  for (const [code, score] of ranked.slice(0, 4)) {
    if (ANALYSED[code] && score >= top[1] * PREFER_WITHIN) return ANALYSED[code]!;
  }
  return ANALYSED[top[0]] ?? top[0];
}
