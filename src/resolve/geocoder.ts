// Ranking gazetteer entries for a mention. The score is the candidate's share of the total weight
// of all distinct readings, times the match quality: a unique exact name scores high, a name
// shared by several places or matched only fuzzily scores low, so nothing ambiguous looks sure.
import type { GeoCandidate } from './index.js';
import { fuzzyIndex, type FeatureType, type Gazetteer, type Hit, type Place } from './gazetteer.js';
import { placeLang } from './lang.js';
import { keyedForm, nameKey, skeletonKey, startsUpper, type KeyedForm } from './normalize.js';
import { firstNode, keyTrie, step } from './keytrie.js';

/** Match qualities. */
const Q_EXACT = 1;
const Q_OTHER_LANG = 0.92;
const Q_FUZZY = 0.72;
const MAX_SCORE = 0.97;
export const MIN_FUZZY_KEY = 5;
const PRIOR_SCALE = 3;
/** Longest name we try to look up: longer input cannot be a place name. */
export const MAX_NAME_LENGTH = 200;

/** What the rest of the article says about where it is. */
export interface GeoContext {
  /** Mentions per country (ISO3). */
  countries: Map<string, number>;
  /** Ids of first-level units (and their names, lowercase keys) mentioned. */
  admin1: Set<string>;
  admin2: Set<string>;
  /** The country mentioned most, or null. */
  focus: string | null;
}

export const EMPTY_CONTEXT: GeoContext = { countries: new Map(), admin1: new Set(), admin2: new Set(), focus: null };

export interface Scored {
  place: Place;
  q: number;
  variant: string;
  adjective: boolean;
}

/** Exact then fuzzy lookup of one name; qualities by language and match kind. */
export function lookup(gaz: Gazetteer, name: string, lang: string, opts: LookupOptions = {}): Scored[] {
  if (!name || name.length > MAX_NAME_LENGTH) return [];
  return lookupKey(gaz, nameKey(name), lang, opts);
}

export interface LookupOptions {
  adjectives?: boolean;
  fuzzy?: boolean;
}

/** lookup() for an already computed nameKey (token keys concatenated by findPlaces). */
export function lookupKey(gaz: Gazetteer, k: string, lang: string, opts: LookupOptions = {}): Scored[] {
  if (k.length < 2) return [];
  // The same keys come back sentence after sentence: remember the readings (a copy of the list goes out, the
  // Scored entries are shared and never changed). The memo first: a remembered key needs no second lookup in the
  // large exact index (the index does not change once built).
  const memo = lookupMemoOf(gaz, lang, opts);
  let found = memo.get(k);
  if (!found) {
    const exact = gaz.exact.get(k);
    // No exact hit and no fuzzy lookup wanted or possible: nothing to rank.
    if (!exact && (opts.fuzzy === false || k.length < MIN_FUZZY_KEY)) return [];
    found = computeLookup(gaz, k, exact, lang, opts);
    if (memo.size >= 100_000) memo.clear();
    memo.set(k, found);
  }
  return found.slice();
}
/** Per gazetteer and language, one memo per pair of options: (adjectives, fuzzy) false/true as 0-3. */
const lookupMemo = new WeakMap<Gazetteer, Map<string, Map<string, Scored[]>[]>>();
/** lookupKey's memo for these options, found without building a key string (it runs for every candidate span). */
function lookupMemoOf(gaz: Gazetteer, lang: string, opts: LookupOptions): Map<string, Scored[]> {
  let byLang = lookupMemo.get(gaz);
  if (!byLang) lookupMemo.set(gaz, (byLang = new Map()));
  let memos = byLang.get(lang);
  if (!memos) byLang.set(lang, (memos = [new Map(), new Map(), new Map(), new Map()]));
  return memos[(opts.adjectives === false ? 0 : 2) + (opts.fuzzy === false ? 0 : 1)]!;
}

function computeLookup(gaz: Gazetteer, k: string, exact: Hit[] | undefined, lang: string, opts: LookupOptions): Scored[] {
  const out = new Map<number, Scored>();
  const add = (h: Hit, q: number) => {
    if (h.adjective && opts.adjectives === false) return;
    const quality = h.lang === '*' || h.lang === lang ? q : q * Q_OTHER_LANG;
    const prev = out.get(h.place);
    if (!prev || prev.q < quality) out.set(h.place, { place: gaz.places[h.place]!, q: quality, variant: h.variant, adjective: h.adjective });
  };
  for (const h of exact ?? []) add(h, Q_EXACT);
  const hadExact = out.size > 0;
  // An exact reading makes transliteration neighbours noise; short names have too many of them ("Fra" is not Farah).
  if (hadExact || opts.fuzzy === false || k.length < MIN_FUZZY_KEY) return [...out.values()];
  const keys = skeletonKeys(k, lang);
  const fuzzy = fuzzyIndex(gaz);
  for (const sk of keys) for (const h of fuzzy.get(sk) ?? []) if (!out.has(h.place)) add(h, Q_FUZZY);
  return [...out.values()];
}

/** The distinct skeleton keys of a name key (plain and with the language's rewrites), remembered per language. */
function skeletonKeys(k: string, lang: string): string[] {
  const ck = `${lang}\u0000${k}`;
  let keys = skeletonCache.get(ck);
  if (!keys) {
    const rw = placeLang(lang).transliteration;
    keys = [...new Set([skeletonKey(k), skeletonKey(k, rw)])];
    if (skeletonCache.size >= 100_000) skeletonCache.clear();
    skeletonCache.set(ck, keys);
  }
  return keys;
}
const skeletonCache = new Map<string, string[]>();

/**
 * Group key: readings of one name that nest (province, its district and town of the same name) are one
 * reading. A reading without a known first-level unit joins the one group of its country, if there is one
 * ("Kherson": the city and the oblast).
 */
function groupOf(p: Place): string {
  if (p.type === 'country') return `c:${p.country}`;
  if (p.type === 'border' || p.type === 'region') return p.id;
  if (p.country && p.admin1) return `a:${p.country}:${p.admin1}`;
  if (p.country && p.type === 'admin1') return `a:${p.country}:${p.name}`;
  return p.id;
}

function groupsOf(cands: Scored[]): string[] {
  const keys = cands.map((c) => groupOf(c.place));
  const byCountry = new Map<string, Set<string>>();
  keys.forEach((k, n) => {
    const c = cands[n]!.place.country;
    if (c && k.startsWith('a:')) (byCountry.get(c) ?? byCountry.set(c, new Set()).get(c)!).add(k);
  });
  return keys.map((k, n) => {
    const p = cands[n]!.place;
    if (k.startsWith('a:') || k.startsWith('c:') || !p.country) return k;
    const same = byCountry.get(p.country);
    if (same && same.size === 1) return [...same][0]!;
    // A town named like its country ("Panama", "Hong Kong") is the same reading as the country.
    return !same && keys.includes(`c:${p.country}`) ? `c:${p.country}` : k;
  });
}

export interface RankOptions {
  context?: GeoContext;
  /** A cue in the text ("provincie", "district") says which kind of unit is meant. */
  prefer?: FeatureType | null;
  limit?: number;
}

export function rank(cands: Scored[], opts: RankOptions = {}): GeoCandidate[] {
  if (cands.length === 0) return [];
  const ctx = opts.context ?? EMPTY_CONTEXT;
  const groups = groupsOf(cands);
  const weighted = cands.map((c, n) => {
    const p = c.place;
    // Priors on an exponential scale: a capital of millions outweighs a town of 50,000 of the same name.
    let w = c.q * Math.exp(PRIOR_SCALE * p.importance);
    if (p.country && ctx.countries.has(p.country)) w *= p.country === ctx.focus ? 2 : 1.4;
    else if (ctx.focus && p.country && p.type !== 'country') w *= 0.6;
    // A unit inside a province named elsewhere in the article wins; not the province's own namesake town.
    if (p.admin1 && ctx.admin1.has(p.admin1) && p.type !== 'admin1' && nameSkeleton(p.name) !== nameSkeleton(p.admin1)) w *= 3;
    if (p.admin2 && ctx.admin2.has(p.admin2) && p.type === 'populated_place' && nameSkeleton(p.name) !== nameSkeleton(p.admin2)) w *= 1.5;
    if (opts.prefer && p.type === opts.prefer) w *= 4;
    return { c, w, g: groups[n]! };
  });
  const groupMax = new Map<string, number>();
  for (const x of weighted) groupMax.set(x.g, Math.max(groupMax.get(x.g) ?? 0, x.w));
  let total = 0;
  for (const v of groupMax.values()) total += v;
  const out = weighted.map((x) => {
    const share = groupMax.get(x.g)! / total;
    const inGroup = x.w / groupMax.get(x.g)!;
    const score = Math.min(MAX_SCORE, share * x.c.q * (0.6 + 0.4 * inGroup) * (inGroup < 1 ? 0.9 : 1));
    return { x, score };
  });
  out.sort((a, b) => b.score - a.score || b.x.w - a.x.w || a.x.c.place.n - b.x.c.place.n);
  return out.slice(0, opts.limit ?? 10).map(({ x, score }) => toCandidate(x.c, score));
}

/** skeletonKey(nameKey(name)) of a gazetteer name, remembered: rank compares the same place names article after article. */
function nameSkeleton(name: string): string {
  let sk = nameSkeletons.get(name);
  if (sk === undefined) {
    sk = skeletonKey(nameKey(name));
    if (nameSkeletons.size >= 50_000) nameSkeletons.clear();
    nameSkeletons.set(name, sk);
  }
  return sk;
}
const nameSkeletons = new Map<string, string>();

/** A gazetteer place as a ranked candidate. */
export function placeCandidate(p: Place, score: number): GeoCandidate {
  return {
    id: p.id,
    name: p.name,
    featureType: p.type,
    country: p.country,
    admin1: p.admin1 ?? (p.type === 'admin1' ? p.name : null),
    admin2: p.admin2 ?? null,
    lat: p.lat,
    lon: p.lon,
    precision: p.precision,
    score: Math.round(score * 1000) / 1000,
  };
}

export function toCandidate(c: Scored, score: number): GeoCandidate {
  // Fields added to placeCandidate's object rather than spread into a copy (same keys, same order).
  const cand = placeCandidate(c.place, score);
  cand.matched = c.variant;
  cand.match = c.adjective ? 'adjective' : c.q >= Q_OTHER_LANG * 0.999 ? 'exact' : 'fuzzy';
  return cand;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const MAX_NGRAM = 4;

/**
 * Reads the places of a text (exact, capitalised names only) into a GeoContext. Linear in the text
 * length; the last few results are cached because findPlaces passes the same article text per sentence.
 */
export function readContext(gaz: Gazetteer, text: string | undefined, lang: string): GeoContext {
  if (!text) return EMPTY_CONTEXT;
  // Same article text for every sentence: compare with the last few (=== on the same string is cheap).
  const at = contextCache.findIndex((c) => c.gaz === gaz && c.lang === lang && c.text === text);
  if (at >= 0) {
    const [hit] = contextCache.splice(at, 1);
    contextCache.unshift(hit!);
    return hit!.ctx;
  }
  const stop = placeLang(lang).stopwords;
  const words = text.match(WORD) ?? [];
  // Keys only where an n-gram can start (a capitalised word) and the few words after it.
  const forms: (KeyedForm | undefined)[] = new Array(words.length);
  const formAt = (k: number) => (forms[k] ??= keyedForm(words[k]!));
  const keyAt = (k: number) => formAt(k).key;
  // Which n-grams are exact keys: one walk down the key trie (no n-gram string is made unless it is a key).
  const trie = keyTrie(gaz);
  const ends: boolean[] = [];
  const ctx: GeoContext = { countries: new Map(), admin1: new Set(), admin2: new Set(), focus: null };
  const bump = (iso: string, n = 1) => ctx.countries.set(iso, (ctx.countries.get(iso) ?? 0) + n);
  for (let i = 0; i < words.length; i++) {
    const w0 = words[i]!;
    if (!startsUpper(w0)) continue;
    const top = Math.min(MAX_NGRAM, words.length - i);
    ends.length = 0;
    let node = firstNode(trie, formAt(i));
    ends.push(!!node && node.end);
    for (let n = 2; n <= top; n++) {
      if (node) node = step(node, keyAt(i + n - 1));
      ends.push(!!node && node.end);
    }
    for (let n = top; n >= 1; n--) {
      if (n === 1 && stop.has(w0.toLowerCase())) break;
      if (!ends[n - 1]) continue;
      let k = keyAt(i);
      for (let m = 1; m < n; m++) k += keyAt(i + m);
      const hits = gaz.exact.get(k);
      if (!hits) continue;
      const places = hits.map((h) => gaz.places[h.place]!).filter((p) => p.type !== 'border');
      const countries = new Set(places.map((p) => p.country).filter((c): c is string => !!c));
      if (countries.size === 1) bump([...countries][0]!, places.some((p) => p.type === 'country') ? 2 : 1);
      const admin1 = new Set(places.map((p) => p.admin1 ?? (p.type === 'admin1' ? p.name : null)).filter((a): a is string => !!a));
      if (admin1.size <= 2) for (const a of admin1) ctx.admin1.add(a);
      for (const p of places) if (p.type === 'admin2' && p.admin2) ctx.admin2.add(p.admin2);
      i += n - 1;
      break;
    }
  }
  let best = 0;
  for (const [iso, c] of ctx.countries) if (c > best) [best, ctx.focus] = [c, iso];
  contextCache.unshift({ gaz, lang, text, ctx });
  if (contextCache.length > 4) contextCache.pop();
  return ctx;
}
const contextCache: { gaz: Gazetteer; lang: string; text: string; ctx: GeoContext }[] = [];
