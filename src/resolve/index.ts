import type { ActorRef, Lang } from '../model/index.js';
import { gazetteer } from './gazetteer.js';
import { lookup, rank, readContext } from './geocoder.js';
import { relativeByPrefix } from './places.js';

/** A gazetteer entry ranked for a mention. */
export interface GeoCandidate {
  /** Gazetteer id: "country:AFG", an OCHA P-code "AF1501", "geonames:1138958", "region:north-afghanistan". */
  id: string;
  name: string;
  featureType: 'country' | 'admin1' | 'admin2' | 'populated_place' | 'region' | 'border' | 'feature';
  /** ISO 3166-1 alpha-3. */
  country: string | null;
  admin1: string | null;
  admin2: string | null;
  lat: number | null;
  lon: number | null;
  /** ACLED geo-precision: 1 exact place, 2 near / part of a region, 3 only province or country. */
  precision: 1 | 2 | 3;
  /** 0..1 ranking score; low for ambiguous or fuzzy matches. */
  score: number;
  /** The gazetteer variant that matched. */
  matched?: string;
  /** How the name matched: exactly, through transliteration/diacritics, or as an adjective/demonym. */
  match?: 'exact' | 'fuzzy' | 'adjective';
}

export interface GeocodeOptions {
  lang?: Lang;
  /** Other text of the article (or its other place names) used to rank candidates. */
  context?: string;
  /** Maximum number of candidates (default 10). */
  limit?: number;
}

/** A place name found in a sentence, with its ranked candidates (best first). */
export interface PlaceMention {
  text: string;
  start: number;
  end: number;
  candidates: GeoCandidate[];
  /** True when the mention is an adjective/demonym ("Afghaanse") rather than a name. */
  adjectival: boolean;
}

/** A known actor found in a sentence. */
export interface ActorMention {
  text: string;
  start: number;
  end: number;
  actor: ActorRef;
  /** 0..1: descriptive aliases ("de extremisten") and bare role nouns ("het leger") score lower. */
  confidence: number;
  /** How it was found: a dictionary alias, a compound ("Talibanstrijders"), a demonym + role noun, or a bare role noun resolved by the article's country. */
  via: 'alias' | 'descriptive' | 'compound' | 'demonym_role' | 'role';
}

/**
 * Ranked gazetteer candidates for a place name, best first. Unknown or empty names give [];
 * ambiguous or fuzzy ones give low scores.
 */
export function geocode(name: string, opts: GeocodeOptions = {}): GeoCandidate[] {
  if (typeof name !== 'string') return [];
  const gaz = gazetteer();
  const lang = opts.lang ?? 'en';
  const ctx = readContext(gaz, opts.context, lang);
  const found = rank(lookup(gaz, name.trim(), lang), { context: ctx, limit: opts.limit });
  // "Noord-Irak", "northern Iraq": a direction of a country that has no entry of its own.
  return found.length > 0 ? found : relativeByPrefix(gaz, name.trim(), lang);
}

export { findPlaces } from './places.js';
export { findActors, guessActorType, loadActors, useActorFiles, actorDictionary } from './actors.js';
export { loadGazetteer, useGazetteerFiles, gazetteer } from './gazetteer.js';
export { unitAt } from './shapes.js';
export { ontology, ploverType, cameoToPlover, cameoRoot, acledFor } from './ontology.js';
export type { PloverType, PloverMode, CameoCode, AcledQuery } from './ontology.js';
