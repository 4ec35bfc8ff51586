// Small helpers for building locale patterns from word tables. Language-free.

/** Regex alternation of the words, longest first so "vorige" wins over "vorig". */
export function alt(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/**
 * A gate for a pattern that cannot match without one of these words or phrases: each one's longest word, lower-cased
 * (the gate reads the lower-cased text, where every literal of a match is found too).
 */
export function gateOf(words: Iterable<string>): RegExp {
  return new RegExp(alt([...words].map((w) => w.split(' ').reduce((a, b) => (b.length > a.length ? b : a)).toLowerCase())));
}

/** Word boundaries that work for accented letters (\b does not). */
export const B = '(?<![\\p{L}\\p{N}])';
export const E = '(?![\\p{L}\\p{N}])';

/** A global, unicode, case-insensitive pattern bounded by word edges. */
export function words(src: string, flags = 'giu'): RegExp {
  return new RegExp(`${B}(?:${src})${E}`, flags);
}

/** Looks up a (multi-word) match in a table, ignoring case and inner spacing. */
export function lookup<T>(table: Record<string, T>, key: string): T | undefined {
  return table[key.toLowerCase().replace(/\s+/g, ' ')];
}

/** An ending-anchored pattern for words just before an expression: /(?:^|\s)(?:sinds)\s+$/i. */
export function before(src: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${src})\\s*$`, 'iu');
}
