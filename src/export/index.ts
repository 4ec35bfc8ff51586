import { stringify } from 'csv-stringify/sync';
import countries from 'i18n-iso-countries';
import type { ActorRef, Fact, LocationRef } from '../model/index.js';

export type ExportFormat = 'csv' | 'jsonl' | 'geojson';
export const EXPORT_FORMATS: ExportFormat[] = ['csv', 'jsonl', 'geojson'];

export type ArticleSources = Map<string, { source: string; url: string | null; title: string | null }>;

/** ACLED's columns first (same names and meaning), then what sitrep adds: provenance and precision. */
export const CSV_COLUMNS = [
  'event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'country', 'admin1', 'admin2', 'location',
  'latitude', 'longitude', 'notes', 'source',
  'time_precision', 'geo_precision', 'fact_kind', 'plover_type', 'plover_mode', 'cameo', 'modality', 'confidence',
  'article_id', 'sentence_index',
] as const;

/** ISO 3166 alpha-3 -> English country name, as ACLED writes it. */
export function countryName(iso3: string | null): string {
  if (!iso3) return '';
  const a2 = countries.alpha3ToAlpha2(iso3);
  return (a2 && countries.getName(a2, 'en')) || iso3;
}

function actorOf(f: Fact): ActorRef | null {
  if (f.kind === 'claim') return f.actor ?? f.speaker;
  if (f.kind === 'state') return f.actor ?? f.holder;
  return f.actor;
}

export function placeOf(f: Fact): LocationRef | null {
  if (f.kind === 'state') return f.location ?? f.place;
  if (f.kind === 'movement') return f.location ?? f.to ?? f.from;
  return f.location;
}

/** Fact -> one ACLED-style row. */
export function csvRow(f: Fact, sources: ArticleSources): Record<(typeof CSV_COLUMNS)[number], string | number> {
  const place = placeOf(f);
  const src = sources.get(f.source.article);
  return {
    event_date: f.time?.value ?? '',
    event_type: f.acled?.event_type ?? '',
    sub_event_type: f.acled?.sub_event_type ?? '',
    actor1: actorOf(f)?.name ?? '',
    actor2: f.recipient?.name ?? '',
    country: countryName(place?.country ?? null),
    admin1: place?.admin1 ?? '',
    admin2: place?.admin2 ?? '',
    location: place?.name ?? '',
    latitude: place?.lat ?? '',
    longitude: place?.lon ?? '',
    notes: f.source.text,
    source: src?.url ?? src?.source ?? '',
    time_precision: f.time?.precision ?? '',
    geo_precision: place?.precision ?? '',
    fact_kind: f.kind,
    plover_type: f.type,
    plover_mode: f.mode ?? '',
    cameo: f.cameo ?? '',
    modality: f.modality,
    confidence: f.confidence,
    article_id: f.source.article,
    sentence_index: f.source.sentence,
  };
}

export function toCsv(facts: Fact[], sources: ArticleSources): string {
  return stringify(facts.map((f) => csvRow(f, sources)), { header: true, columns: [...CSV_COLUMNS] });
}

export function toJsonl(facts: Fact[]): string {
  return facts.map((f) => JSON.stringify(f)).join('\n') + (facts.length ? '\n' : '');
}

/** A FeatureCollection of the facts that have coordinates (others cannot be mapped; they are counted in `skipped`). */
export function toGeoJson(facts: Fact[], sources: ArticleSources): string {
  const features = [];
  let skipped = 0;
  for (const f of facts) {
    const place = placeOf(f);
    if (place?.lat == null || place.lon == null) {
      skipped++;
      continue;
    }
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
      properties: csvRow(f, sources),
    });
  }
  return JSON.stringify({ type: 'FeatureCollection', features, skipped }, null, 1) + '\n';
}
