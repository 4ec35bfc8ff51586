// Reverse geocoding inside Afghanistan: which province and district contain a point, from the
// simplified outlines in knowledge/gazetteer/afg-shapes.json (loaded on first use).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KNOWLEDGE_DIR } from '../paths.js';
import { gazetteer, type Place } from './gazetteer.js';

export type Ring = [number, number][];
interface Outline {
  id: string;
  polygons: Ring[][];
  box: [number, number, number, number];
}

let outlines: Outline[] | null = null;

function load(): Outline[] {
  if (outlines) return outlines;
  const file = join(KNOWLEDGE_DIR, 'gazetteer', 'afg-shapes.json');
  const data = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, Ring[][]>) : {};
  outlines = Object.entries(data).map(([id, polygons]) => {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const p of polygons) for (const [x, y] of p[0]!) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
    return { id, polygons, box: [x0, y0, x1, y1] };
  });
  return outlines;
}

/** Ray casting: is (x, y) inside the ring? */
export function inRing(x: number, y: number, r: Ring): boolean {
  let inside = false;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const [xi, yi] = r[i]!;
    const [xj, yj] = r[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside one of the polygons (outer ring first, then holes) and in none of its holes. */
export function inPolygons(x: number, y: number, polygons: Ring[][]): boolean {
  return polygons.some((p) => inRing(x, y, p[0]!) && !p.slice(1).some((h) => inRing(x, y, h)));
}

/** The Afghan province and district containing (lat, lon), or nulls outside Afghanistan or on a gap of the simplified outlines. */
export function unitAt(lat: number, lon: number): { admin1: Place | null; admin2: Place | null } {
  const out: { admin1: Place | null; admin2: Place | null } = { admin1: null, admin2: null };
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return out;
  const gaz = gazetteer();
  for (const o of load()) {
    const [x0, y0, x1, y1] = o.box;
    if (lon < x0 || lon > x1 || lat < y0 || lat > y1) continue;
    if (!inPolygons(lon, lat, o.polygons)) continue;
    const place = gaz.byId.get(o.id);
    if (place?.type === 'admin1') out.admin1 ??= place;
    if (place?.type === 'admin2') out.admin2 ??= place;
  }
  return out;
}
