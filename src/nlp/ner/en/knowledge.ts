// What the project's knowledge (src/resolve: gazetteer and actor dictionary) says about a name.
// Optional: when the knowledge files are missing or fail to load, recognition goes on without them.
import type { Sentence, Token } from '../../../model/index.js';
import { findActors, geocode } from '../../../resolve/index.js';

export interface KnownSpan {
  start: number;
  end: number;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
}

export interface Knowledge {
  /** Score (0..1) of the best exact gazetteer match for a place name, 0 when unknown. */
  placeScore(name: string): number;
  /** Actor dictionary matches in a tokenised sentence, as token ranges with an entity type. */
  actors(tokens: readonly string[]): KnownSpan[];
}

const ACTOR_TYPES: Record<string, KnownSpan['type']> = { person: 'PER', state: 'LOC', ethnic_group: 'MISC', civilians: 'MISC' };

export function projectKnowledge(lang: 'en' | 'nl'): Knowledge | null {
  try {
    geocode('Kabul', { lang }); // loads the gazetteer now, so a broken one is found here
    const placeCache = new Map<string, number>();
    return {
      placeScore(name) {
        let s = placeCache.get(name);
        if (s === undefined) {
          const best = geocode(name, { lang, limit: 1 })[0];
          s = best && best.match === 'exact' ? best.score : 0;
          placeCache.set(name, s);
        }
        return s;
      },
      actors(forms) {
        let off = 0;
        const tokens: Token[] = forms.map((form, i) => {
          const t = { i, form, start: off, end: off + form.length };
          off += form.length + 1;
          return t;
        });
        const text = forms.join(' ');
        const sentence: Sentence = { index: 0, start: 0, end: text.length, text, tokens };
        const out: KnownSpan[] = [];
        for (const m of findActors(sentence, lang)) {
          if (m.via !== 'alias' || m.confidence < 0.9) continue;
          const start = tokens.findIndex((t) => t.start === m.start);
          const end = tokens.findIndex((t) => t.end === m.end) + 1;
          if (start < 0 || end <= start || !/^\p{Lu}/u.test(forms[start]!)) continue;
          out.push({ start, end, type: ACTOR_TYPES[m.actor.type] ?? 'ORG' });
        }
        return out;
      },
    };
  } catch {
    return null;
  }
}
