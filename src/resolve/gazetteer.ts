// The gazetteer at run time: entries from knowledge/gazetteer/*.json, language data from
// knowledge/lang/*, user files on top; indexed by exact and transliteration-insensitive keys.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { KNOWLEDGE_DIR } from '../paths.js';
import { InputError } from '../model/index.js';
import { validateGazetteer, type FeatureType, type GazetteerEntry, type GazetteerFile } from './gazetteer-format.js';
import { knownLangs, placeLang } from './lang.js';
import { nameKey, skeletonKey } from './normalize.js';

export type { GazetteerEntry, FeatureType } from './gazetteer-format.js';

/** An entry as indexed: with its prior weight and ACLED precision resolved. */
export interface Place extends GazetteerEntry {
  importance: number;
  precision: 1 | 2 | 3;
  /** Index in Gazetteer.places. */
  n: number;
}

/** How a key points at a place. */
export interface Hit {
  place: number;
  /** Language of the name ("*" for all). */
  lang: string;
  /** The variant as written in the gazetteer. */
  variant: string;
  adjective: boolean;
}

export interface Gazetteer {
  places: Place[];
  byId: Map<string, Place>;
  exact: Map<string, Hit[]>;
  /** Transliteration skeleton -> hits; built on the first lookup that needs it (see fuzzyIndex). */
  fuzzy: Map<string, Hit[]> | null;
  /** Border entries by "AAA-BBB" (sorted codes). */
  borders: Map<string, Place>;
  /** Neighbours by ISO3. */
  neighbours: Map<string, string[]>;
  /** Relative regions by "ISO3:direction". */
  relative: Map<string, Place>;
  files: string[];
}

const DEFAULT_IMPORTANCE: Record<FeatureType, number> = {
  country: 1,
  admin1: 0.85,
  region: 0.75,
  feature: 0.7,
  border: 0.6,
  admin2: 0.55,
  populated_place: 0.4,
};
const DEFAULT_PRECISION: Record<FeatureType, 1 | 2 | 3> = {
  country: 3,
  admin1: 3,
  region: 3,
  feature: 2,
  border: 2,
  admin2: 2,
  populated_place: 1,
};

function importanceOf(e: GazetteerEntry): number {
  if (e.importance !== undefined) return e.importance;
  if (e.type === 'populated_place') {
    const pop = Math.max(1, e.population ?? 1000);
    const code = e.codes?.feature_code ?? '';
    // National capitals are what news means by their name ("Washington"); province capitals a little too.
    const bonus = code === 'PPLC' ? 0.2 : code === 'PPLA' ? 0.06 : 0;
    // A town of 100,000 weighs as much as a district; smaller towns less (districts are what news names).
    return Math.min(0.85, 0.2 + 0.07 * Math.log10(pop) + bonus);
  }
  return DEFAULT_IMPORTANCE[e.type];
}

/** An entry in a user or extension file that only adds names to an existing id. */
interface Extension {
  id: string;
  names?: Record<string, string[]>;
  adjectives?: Record<string, string[]>;
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new InputError(file, `cannot read the gazetteer file (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new InputError(file, `not valid JSON: ${(err as Error).message}`);
  }
}

/**
 * Splits a file's entries into full entries and name extensions of existing ids (entries without "type").
 * `trusted` files (built.json, written and validated by our build) skip the per-entry validation.
 */
function readGazetteerFile(file: string, trusted = false): { entries: GazetteerEntry[]; extensions: Extension[] } {
  const data = readJson(file);
  if (trusted && (data as GazetteerFile).format === 'sitrep-gazetteer/1') return { entries: (data as GazetteerFile).entries, extensions: [] };
  const shown = basename(file) === file ? file : file;
  const raw = (data as { entries?: unknown[] })?.entries;
  const extensions: Extension[] = [];
  if (Array.isArray(raw)) {
    const full: unknown[] = [];
    raw.forEach((r, i) => {
      if (r && typeof r === 'object' && !('type' in r)) {
        const x = r as Record<string, unknown>;
        if (typeof x.id !== 'string' || !x.id) throw new InputError(shown, `entry ${i} (no id), field "id": required`);
        for (const f of Object.keys(x)) {
          if (!['id', 'names', 'adjectives'].includes(f)) {
            throw new InputError(shown, `entry ${i} (id "${x.id}"), field "type": required (an entry without "type" may only add "names"/"adjectives" to an existing id; got field "${f}")`);
          }
        }
        for (const f of ['names', 'adjectives'] as const) {
          const v = x[f];
          if (v === undefined) continue;
          if (typeof v !== 'object' || v === null || Array.isArray(v) || !Object.values(v).every((l) => Array.isArray(l) && l.every((s) => typeof s === 'string' && s.length > 0))) {
            throw new InputError(shown, `entry ${i} (id "${x.id}"), field "${f}": must be an object of language -> list of non-empty strings`);
          }
        }
        extensions.push(x as unknown as Extension);
      } else full.push(r);
    });
    return { entries: validateGazetteer({ ...(data as object), entries: full }, shown).entries, extensions };
  }
  return { entries: validateGazetteer(data, shown).entries, extensions };
}

/** The files loaded by default: built.json first, then the hand-written files, in name order. */
export function defaultGazetteerFiles(): string[] {
  const dir = join(KNOWLEDGE_DIR, 'gazetteer');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('-shapes.json') && f !== 'built.json')
    .sort();
  return [join(dir, 'built.json'), ...files.map((f) => join(dir, f))];
}

/**
 * Loads the gazetteer: the committed files, the language data, then `userFiles` (and the
 * SITREP_GAZETTEER environment variable, a path-list) on top. Later files add to or replace earlier ids.
 */
export function loadGazetteer(userFiles: string[] = []): Gazetteer {
  const env = process.env.SITREP_GAZETTEER;
  const files = [...defaultGazetteerFiles(), ...(env ? env.split(':').filter(Boolean) : []), ...userFiles];
  const builtFile = join(KNOWLEDGE_DIR, 'gazetteer', 'built.json');
  const byId = new Map<string, GazetteerEntry>();
  const order: string[] = [];
  for (const file of files) {
    const { entries, extensions } = readGazetteerFile(file, file === builtFile);
    for (const e of entries) {
      if (!byId.has(e.id)) order.push(e.id);
      byId.set(e.id, e);
    }
    extensions.forEach((x, i) => {
      const e = byId.get(x.id);
      if (!e) throw new InputError(file, `entry ${i} (id "${x.id}"), field "id": no such gazetteer entry to add names to`);
      mergeNames(e, 'names', x.names);
      mergeNames(e, 'adjectives', x.adjectives);
    });
  }
  let placeIndex: Map<string, GazetteerEntry> | undefined;
  // Language data: extra country names, adjectives and demonyms, exonyms.
  for (const lang of knownLangs()) {
    const pl = placeLang(lang);
    for (const [iso, names] of Object.entries(pl.countryNames)) addNames(byId.get(`country:${iso}`), 'names', lang, names);
    for (const [iso, adj] of Object.entries(pl.countryAdjectives)) addNames(byId.get(`country:${iso}`), 'adjectives', lang, adj);
    for (const [iso, ppl] of Object.entries(pl.countryPeople)) addNames(byId.get(`country:${iso}`), 'adjectives', lang, ppl);
    // Keyed by id ("region:central-asia") or, for towns, like placeNames ("NLD:Utrecht").
    for (const [id, adj] of Object.entries(pl.adjectiveNames)) addNames(byId.get(id) ?? placeByName(id), 'adjectives', lang, adj);
    for (const [key, names] of Object.entries(pl.placeNames)) addNames(placeByName(key), 'names', lang, names);
  }

  function placeByName(key: string): GazetteerEntry | undefined {
    if (!placeIndex) {
      placeIndex = new Map();
      for (const e of byId.values()) {
        if (e.type !== 'populated_place' || !e.country) continue;
        const k = `${e.country}:${e.name}`;
        const prev = placeIndex.get(k);
        if (!prev || (prev.population ?? 0) < (e.population ?? 0)) placeIndex.set(k, e);
      }
    }
    return placeIndex.get(key);
  }
  return indexGazetteer(order.map((id) => byId.get(id)!), files);
}

function addNames(e: GazetteerEntry | undefined, field: 'names' | 'adjectives', lang: string, names: string[]): void {
  if (!e) return;
  const rec = (e[field] ??= {});
  const list = (rec[lang] ??= []);
  for (const n of names) if (!list.includes(n)) list.push(n);
}
function mergeNames(e: GazetteerEntry, field: 'names' | 'adjectives', add?: Record<string, string[]>): void {
  if (add) for (const [lang, names] of Object.entries(add)) addNames(e, field, lang, names);
}

export function indexGazetteer(entries: GazetteerEntry[], files: string[] = []): Gazetteer {
  const places: Place[] = entries.map((e, n) => ({
    ...e,
    importance: importanceOf(e),
    precision: e.precision ?? DEFAULT_PRECISION[e.type],
    n,
  }));
  const exact = new Map<string, Hit[]>();
  for (const p of places) {
    for (const field of ['names', 'adjectives'] as const) {
      const rec = p[field];
      if (!rec) continue;
      for (const [lang, list] of Object.entries(rec)) {
        for (const variant of list) {
          const k = nameKey(variant);
          if (k.length < 2) continue;
          put(exact, k, { place: p.n, lang, variant, adjective: field === 'adjectives' });
        }
      }
    }
  }
  const borders = new Map<string, Place>();
  const neighbours = new Map<string, string[]>();
  const relative = new Map<string, Place>();
  for (const p of places) {
    if (p.type === 'border' && p.borders) {
      const [a, b] = [...p.borders].sort() as [string, string];
      borders.set(`${a}-${b}`, p);
      (neighbours.get(a) ?? neighbours.set(a, []).get(a)!).push(b);
      (neighbours.get(b) ?? neighbours.set(b, []).get(b)!).push(a);
    }
    if (p.relative && p.country) relative.set(`${p.country}:${p.relative}`, p);
  }
  return { places, byId: new Map(places.map((p) => [p.id, p])), exact, fuzzy: null, borders, neighbours, relative, files };
}

function put(m: Map<string, Hit[]>, k: string, h: Hit): void {
  if (!k) return;
  const list = m.get(k);
  if (!list) m.set(k, [h]);
  else if (!list.some((x) => x.place === h.place && x.adjective === h.adjective && x.lang === h.lang)) list.push(h);
}

/** The skeleton index, built from the exact index on first use (half the load time, needed only for misses). */
export function fuzzyIndex(gaz: Gazetteer): Map<string, Hit[]> {
  if (gaz.fuzzy) return gaz.fuzzy;
  const fuzzy = new Map<string, Hit[]>();
  const rewrites = new Map(knownLangs().map((l) => [l, placeLang(l).transliteration]));
  for (const [k, hits] of gaz.exact) {
    const plain = skeletonKey(k);
    for (const h of hits) {
      put(fuzzy, plain, h);
      const rw = rewrites.get(h.lang);
      if (rw?.length) put(fuzzy, skeletonKey(k, rw), h);
    }
  }
  gaz.fuzzy = fuzzy;
  return fuzzy;
}

let defaultGaz: Gazetteer | null = null;
let defaultUserFiles: string[] = [];

/** Feature codes of a seat of government (geonames): the capital, and a seat that is not the capital (The Hague). */
const SEATS = new Set(['PPLC', 'PPLG']);

/** A seat of government: where a state's decisions are said to come from ("Moskou zegt", "Den Haag trekt ... in"). */
export function isSeatOfGovernment(place: Pick<Place, 'codes'> | undefined): boolean {
  return SEATS.has(place?.codes?.feature_code ?? '');
}

/** The entry of a country (`country:ISO3`), remembered per gazetteer: the extractor asks for one at nearly every fact. */
export function countryPlace(gaz: Gazetteer, iso: string): Place | undefined {
  let byIso = countryPlaces.get(gaz);
  if (!byIso) countryPlaces.set(gaz, (byIso = new Map()));
  let p = byIso.get(iso);
  if (p === undefined && !byIso.has(iso)) {
    p = gaz.byId.get(`country:${iso}`);
    byIso.set(iso, p);
  }
  return p;
}
const countryPlaces = new WeakMap<Gazetteer, Map<string, Place | undefined>>();

/** The process-wide gazetteer (loaded on first use). */
export function gazetteer(): Gazetteer {
  return (defaultGaz ??= loadGazetteer(defaultUserFiles));
}

/** Sets user gazetteer files (CLI `--gazetteer`); validates them at once. */
export function useGazetteerFiles(files: string[]): Gazetteer {
  defaultUserFiles = files;
  defaultGaz = loadGazetteer(files);
  return defaultGaz;
}

let personNames: Set<string> | null = null;
/** Single-word names that news uses for persons more than for the towns of that name (knowledge/gazetteer/person-names.txt). */
export function personNameKeys(): Set<string> {
  if (personNames) return personNames;
  const file = join(KNOWLEDGE_DIR, 'gazetteer', 'person-names.txt');
  const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n') : [];
  personNames = new Set(lines.filter((l) => l.trim() && !l.startsWith('#')).map((l) => nameKey(l)));
  return personNames;
}

export function shapesFile(): string | null {
  const f = join(KNOWLEDGE_DIR, 'gazetteer', 'afg-shapes.json');
  return existsSync(f) ? f : null;
}
