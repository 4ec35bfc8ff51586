import { z } from 'zod';
import { InputError } from '../model/index.js';

/** Feature types of the gazetteer (same set as GeoCandidate.featureType). */
export const FEATURE_TYPES = ['country', 'admin1', 'admin2', 'populated_place', 'region', 'border', 'feature'] as const;
export type FeatureType = (typeof FEATURE_TYPES)[number];

/**
 * One gazetteer entry; the format of knowledge/gazetteer/*.json and of user files
 * (`--gazetteer extra.json`, SITREP_GAZETTEER). Documented in docs/KNOWLEDGE.md.
 */
export interface GazetteerEntry {
  /** Stable id: "country:AFG", an OCHA P-code "AF1501", "geonames:1138958", "region:north-afghanistan". */
  id: string;
  /** Display name (English). */
  name: string;
  type: FeatureType;
  /** ISO 3166-1 alpha-3, or null for supranational regions. */
  country: string | null;
  admin1?: string | null;
  admin2?: string | null;
  lat: number | null;
  lon: number | null;
  population?: number;
  /** Names by language: "*" for names used in every language, or "nl", "en", ... */
  names: Record<string, string[]>;
  /** Adjectives/demonyms by language ("Afghaanse", "Afghan"): a mention of the place used adjectivally. */
  adjectives?: Record<string, string[]>;
  /** For border entries: the two countries (ISO3) the border separates. */
  borders?: string[];
  /** For relative regions ("het noorden" of the article's country): north, south, east, west, ... */
  relative?: string;
  /** ACLED precision override (default from the type). */
  precision?: 1 | 2 | 3;
  /** 0..1 prior weight override (default from type and population). */
  importance?: number;
  /** Id of the containing unit (admin1 of a district, country of a region). */
  parent?: string;
  /** OCHA/other codes, free form. */
  codes?: Record<string, string>;
}

export interface GazetteerFile {
  format: 'sitrep-gazetteer/1';
  /** Where the data comes from and its licence. */
  sources?: string[];
  entries: GazetteerEntry[];
}

const nameList = z.record(z.string().min(1), z.array(z.string().min(1).max(200)).max(2000));

const entrySchema = z
  .object({
    id: z.string().min(1).max(200),
    name: z.string().min(1).max(200),
    type: z.enum(FEATURE_TYPES),
    country: z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code (e.g. "AFG")').nullable(),
    admin1: z.string().max(200).nullable().optional(),
    admin2: z.string().max(200).nullable().optional(),
    lat: z.number().min(-90).max(90).nullable(),
    lon: z.number().min(-180).max(180).nullable(),
    population: z.number().nonnegative().optional(),
    names: nameList,
    adjectives: nameList.optional(),
    borders: z.array(z.string().regex(/^[A-Z]{3}$/)).length(2).optional(),
    relative: z.string().min(1).optional(),
    precision: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
    importance: z.number().min(0).max(1).optional(),
    parent: z.string().optional(),
    codes: z.record(z.string(), z.string()).optional(),
  })
  .strict();

/**
 * Validates a parsed gazetteer file; errors name the file, the entry (index and id) and the field.
 */
export function validateGazetteer(data: unknown, file: string): GazetteerFile {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InputError(file, 'a gazetteer file must be a JSON object {"format": "sitrep-gazetteer/1", "entries": [...]}');
  }
  const obj = data as Record<string, unknown>;
  if (obj.format !== 'sitrep-gazetteer/1') {
    throw new InputError(file, `field "format" must be "sitrep-gazetteer/1" (got ${JSON.stringify(obj.format ?? null)})`);
  }
  if (!Array.isArray(obj.entries)) throw new InputError(file, 'field "entries" must be an array');
  const entries: GazetteerEntry[] = [];
  obj.entries.forEach((raw, i) => {
    const r = entrySchema.safeParse(raw);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      const id = typeof raw === 'object' && raw && 'id' in raw ? JSON.stringify((raw as { id: unknown }).id) : '(no id)';
      const field = issue.path.join('.') || '(entry)';
      throw new InputError(file, `entry ${i} (id ${id}), field "${field}": ${issue.message}`);
    }
    entries.push(r.data as GazetteerEntry);
  });
  return { format: 'sitrep-gazetteer/1', sources: Array.isArray(obj.sources) ? (obj.sources as string[]) : [], entries };
}
