import type { ActorRef, Lang, Sentence } from '../model/index.js';

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
}

export interface GeocodeOptions {
  lang?: Lang;
  /** Other text of the article (or its other place names) used to rank candidates. */
  context?: string;
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
}

/** PLACEHOLDER (issue 2): issue 5 implements these behind the same signatures. */
export function geocode(_name: string, _opts: GeocodeOptions = {}): GeoCandidate[] {
  return [];
}

export function findPlaces(_sentence: Sentence, _lang: Lang, _context?: string): PlaceMention[] {
  return [];
}

export function findActors(_sentence: Sentence, _lang: Lang): ActorMention[] {
  return [];
}
