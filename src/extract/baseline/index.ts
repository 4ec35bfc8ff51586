import type { ActorRef, Doc, Extraction, Fact, LocationRef, Mention, Sentence, TimeRef } from '../../model/index.js';
import { findActors, findPlaces, type ActorMention, type PlaceMention } from '../../resolve/index.js';
import { findQuantities } from '../../understand/quantity/index.js';
import { findTimes } from '../../understand/time/index.js';
import type { ArticleContext, Extractor } from '../types.js';
import { acledFor, CATEGORIES, type CategoryName } from './categories.js';
import { LEXICONS, type TriggerEntry } from './lexicon.js';

interface Trigger {
  category: CategoryName;
  start: number;
  end: number;
  text: string;
  tokenIndex: number;
}

function findTriggers(sentence: Sentence, lexicon: TriggerEntry[]): Trigger[] {
  const out: Trigger[] = [];
  const lower = sentence.tokens.map((t) => t.form.toLowerCase());
  for (let i = 0; i < lower.length; i++) {
    for (const entry of lexicon) {
      if (!entry.form.test(lower[i]!)) continue;
      const tok = sentence.tokens[i]!;
      if (entry.then) {
        const j = lower.findIndex((w, k) => k > i && entry.then!.test(w));
        if (j < 0) continue;
        const particle = sentence.tokens[j]!;
        out.push({ category: entry.category, start: tok.start, end: tok.end, text: `${tok.form} … ${particle.form}`, tokenIndex: i });
      } else {
        out.push({ category: entry.category, start: tok.start, end: tok.end, text: tok.form, tokenIndex: i });
      }
      break;
    }
  }
  return out;
}

function toLocation(p: PlaceMention): LocationRef | null {
  const c = p.candidates[0];
  if (!c) return null;
  return {
    text: p.text,
    name: c.name,
    country: c.country,
    admin1: c.admin1,
    admin2: c.admin2,
    lat: c.lat,
    lon: c.lon,
    precision: c.precision,
    id: c.id,
  };
}

/** The actor nearest to the trigger, preferring one before it (subject position in most clauses). */
function pickActor(actors: ActorMention[], trigger: Trigger): ActorMention | null {
  const before = actors.filter((a) => a.end <= trigger.start);
  if (before.length) return before[before.length - 1]!;
  return actors.find((a) => a.start >= trigger.end) ?? null;
}

/**
 * The baseline extractor: dictionary places and actors (knowledge layer), a small trigger lexicon
 * per language, and the article date. Every fact carries its sentence. Low confidence by design:
 * it does not know who did what to whom, only what co-occurs in a sentence.
 */
export const baselineExtractor: Extractor = {
  name: 'baseline',
  extract(doc: Doc, article: ArticleContext): Extraction {
    const mentions: Mention[] = [];
    const facts: Fact[] = [];
    const lexicon = LEXICONS[doc.lang];
    const perSentence = doc.sentences.map((s) => ({
      sentence: s,
      places: findPlaces(s, doc.lang),
      actors: findActors(s, doc.lang),
    }));
    // Article-level place focus: the most mentioned named (non-adjectival) place, for sentences without one.
    const counts = new Map<string, { n: number; loc: LocationRef }>();
    for (const { places } of perSentence) {
      for (const p of places) {
        const loc = !p.adjectival ? toLocation(p) : null;
        if (!loc) continue;
        const key = loc.id ?? loc.name;
        const entry = counts.get(key) ?? { n: 0, loc };
        entry.n++;
        counts.set(key, entry);
      }
    }
    const focus = [...counts.values()].sort((a, b) => b.n - a.n)[0]?.loc ?? null;
    const articleTime: TimeRef = { text: '', value: article.published.value, precision: article.published.precision };

    for (const { sentence, places, actors } of perSentence) {
      for (const p of places) {
        mentions.push({ kind: 'place', text: p.text, start: p.start, end: p.end, sentence: sentence.index, resolved: p.candidates[0]?.name ?? null });
      }
      for (const a of actors) {
        mentions.push({ kind: 'actor', text: a.text, start: a.start, end: a.end, sentence: sentence.index, resolved: a.actor.name });
      }
      const times = findTimes(sentence.text, { lang: doc.lang, ref: article.published });
      for (const t of times) {
        mentions.push({ kind: 'time', text: t.text, start: sentence.start + t.start, end: sentence.start + t.end, sentence: sentence.index, resolved: t.value });
      }
      const quantities = findQuantities(sentence.text, { lang: doc.lang });
      for (const q of quantities) {
        mentions.push({ kind: 'quantity', text: q.text, start: sentence.start + q.start, end: sentence.start + q.end, sentence: sentence.index, resolved: null });
      }
      const triggers = findTriggers(sentence, lexicon);
      for (const trigger of triggers) {
        const cat = CATEGORIES[trigger.category];
        mentions.push({ kind: 'trigger', text: trigger.text.split(' … ')[0]!, start: trigger.start, end: trigger.end, sentence: sentence.index, resolved: cat.type });
        const actorMention = pickActor(actors, trigger);
        const actor: ActorRef | null = actorMention?.actor ?? null;
        const recipientMention = actors.find((a) => a !== actorMention && a.actor.id !== actor?.id && a.start > trigger.start) ?? null;
        const named = places.find((p) => !p.adjectival && p.candidates.length > 0);
        const location = named ? toLocation(named) : focus;
        // Only a calendar value dates the fact; vague or relative-only expressions leave the article date.
        const dated = times.find((t) => t.value !== null && /^\d{4}/.test(t.value) && (t.type === 'date' || t.type === 'interval'));
        const time: TimeRef = dated ? { text: dated.text, value: dated.value, precision: dated.precision } : articleTime;
        const base = {
          type: cat.type,
          mode: cat.mode,
          acled: acledFor(trigger.category, actor?.type ?? null),
          cameo: cat.cameo,
          actor,
          recipient: recipientMention?.actor ?? null,
          location,
          time,
          quantities: quantities.map((q) => ({ text: q.text, min: q.min, max: q.max, what: q.what })),
          modality: 'asserted' as const,
          source: { article: article.id, sentence: sentence.index, start: trigger.start, end: trigger.end, text: sentence.text },
          // Co-occurrence only: more evidence (actor and place in the sentence) means a likelier event.
          confidence: 0.3 + (actor ? 0.15 : 0) + (named ? 0.1 : 0),
          trigger: trigger.text,
        };
        if (cat.kind === 'movement') {
          facts.push({ ...base, kind: 'movement', from: null, to: named ? location : null });
        } else {
          facts.push({ ...base, kind: 'event' });
        }
      }
    }
    return { mentions, facts };
  },
};
