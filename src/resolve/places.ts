// Place mentions in a sentence: longest match of token n-grams against the gazetteer, plus the
// descriptive patterns of each language (directions, "Noord-X", "de Tadzjiekse grens").
import type { Lang, Sentence, Token } from '../model/index.js';
import type { GeoCandidate, PlaceMention } from './index.js';
import { gazetteer, personNameKeys, type FeatureType, type Gazetteer, type Place } from './gazetteer.js';
import { lookup, lookupKey, MIN_FUZZY_KEY, placeCandidate, rank, readContext, type GeoContext, type Scored } from './geocoder.js';
import { placeLang, type PlaceLang } from './lang.js';
import { nameKey, SEPARATOR, separatorsOnly, startsUpper, tokenForms, type KeyedForm } from './normalize.js';
import { firstNode, keyTrie, step, type KeyTrie } from './keytrie.js';
import { personAndGroupSpans } from './actors.js';

const MAX_TOKENS = 6;

function sameLang(s: Scored, lang: string): boolean {
  const rec = s.place.adjectives ?? {};
  return (rec['*'] ?? []).includes(s.variant) || (rec[lang] ?? []).includes(s.variant);
}

/**
 * Title or capitalised word before, speech verb after, an initial after ("Jos B."), a capitalised name particle
 * before ("Van Geel", "De Vries"): the token is (part of) a person's name.
 */
function personContext(pl: PlaceLang, toks: Token[], i: number, lower: (k: number) => string): boolean {
  if (pl.personTitles.includes(lower(i - 1)) || pl.speechVerbs.includes(lower(i + 1))) return true;
  if (INITIAL.test(toks[i + 1]?.form ?? '') && toks[i + 1]!.start === toks[i]!.end + 1) return true;
  const prev = toks[i - 1];
  if (prev && pl.nameParticles.includes(prev.form) && !atStart(toks, i - 1)) return true;
  // "Martin van Geel", "Peter R. de Vries", "Marc van der Linden": lower-case particles after a first name or an
  // initial. (Not after an institution: "de Universiteit van Amsterdam", "Vrije Universiteit van Amsterdam" have an
  // article or another capitalised word before it, unless that word opens the sentence: "Volgens Gijs de Man".)
  let f = i - 1;
  while (f > i - 3 && toks[f] && pl.nameParticles.includes(capitalise(toks[f]!.form)) && toks[f]!.form === toks[f]!.form.toLowerCase()) f--;
  const first = f < i - 1 ? toks[f] : undefined;
  if (first) {
    if (INITIAL.test(first.form)) return true;
    const before = toks[f - 1];
    const blocks = before && !pl.personTitles.includes(before.form.toLowerCase()) && ((/^\p{Lu}/u.test(before.form) && !atStart(toks, f - 1)) || pl.articles.includes(before.form.toLowerCase()) || before.upos === 'DET');
    if (/^\p{Lu}\p{Ll}+$/u.test(first.form) && !atStart(toks, f) && !blocks) return true;
  }
  // A capitalised word before it is a first name, unless it is a country's adjective ("het Franse Nice").
  return !!prev && /^\p{Lu}\p{Ll}+$/u.test(prev.form) && !atStart(toks, i - 1) && prev.end === toks[i]!.start - 1 && !countryAdjectiveForms(pl).has(lower(i - 1));
}

/** Every country adjective of the language, lower case ("franse", "duitse"). */
function countryAdjectiveForms(pl: PlaceLang): Set<string> {
  let set = adjectiveForms.get(pl);
  if (!set) adjectiveForms.set(pl, (set = new Set(Object.values(pl.countryAdjectives).flat().map((a) => a.toLowerCase()))));
  return set;
}
const adjectiveForms = new WeakMap<PlaceLang, Set<string>>();

/** The first word of the sentence, or the first after an opening quote (a quoted sentence starts there), dash or colon. */
function atStart(toks: Token[], i: number): boolean {
  if (i > 0 && /^["“‘„«']$/u.test(toks[i - 1]!.form) && toks[i - 1]!.end === toks[i]!.start) return true;
  for (let k = i - 1; k >= 0; k--) {
    if (IS_WORD.test(toks[k]!.form)) return false;
    if (!/^["'“‘„«(:–—-]$/u.test(toks[k]!.form)) return false;
  }
  return true;
}
const IS_WORD = /[\p{L}\p{N}]/u;
const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
/** An initial of a name: "B." in "Jos B.". */
const INITIAL = /^\p{Lu}\.$/u;
const UPPER_START = /^\p{Lu}/u;
const ACRONYM = /^[\p{Lu}.]{2,6}$/u;
// Fuzzy (transliteration) matches in running text only for these kinds: small places are too noisy.
const FUZZY_TYPES = new Set<FeatureType>(['country', 'admin1', 'admin2', 'feature', 'region']);

interface Span {
  i: number;
  j: number; // inclusive
  text: string;
  start: number;
  end: number;
}

/**
 * Place names, adjectives/demonyms, regions and border expressions in one sentence, each with
 * ranked candidates. `context` is the article text (or its other place names) used for ranking and
 * for resolving relative expressions ("het noorden"); without it the sentence itself is used.
 */
export function findPlaces(sentence: Sentence, lang: Lang, context?: string): PlaceMention[] {
  const gaz = gazetteer();
  const pl = placeLang(lang);
  // The context is read only when a match needs it (ranking, "het noorden", border expressions): most sentences have none.
  let ctxMemo: GeoContext | undefined;
  const ctx = () => (ctxMemo ??= readContext(gaz, context ?? sentence.text, lang));
  const toks = sentence.tokens;
  const text = (t: Token) => t.form;
  const slice = (a: number, b: number) => sentence.text.slice(a - sentence.start, b - sentence.start);
  const blocked = personAndGroupSpans(sentence, lang, context);
  const isBlocked = (t: Token) => blocked.some(([s, e]) => t.start >= s && t.end <= e);
  // ok[k]: a word not inside a person/group span; reach[i]: the last j with i..j contiguous (i - 1 when none).
  const n = toks.length;
  // nameKey of a span = the tokens' keys joined (contiguous spans have only spaces/hyphens between).
  const { forms, keys } = tokenForms(toks);
  // What each token's form says (lower case, word, capital), remembered with the form: the same words come back.
  const infos = new Array<FormPlace>(n);
  for (let k = 0; k < n; k++) infos[k] = formPlace(forms[k]!, text(toks[k]!), pl);
  const lower = (k: number) => (toks[k] ? infos[k]!.lower : '');
  const ok = new Array<boolean>(n);
  for (let k = 0; k < n; k++) ok[k] = infos[k]!.word && !isBlocked(toks[k]!);
  // A plain array: a typed array of more than 64 bytes has its store off the heap, several times dearer to make.
  const reach = new Array<number>(n);
  for (let k = n - 1; k >= 0; k--) {
    if (!ok[k]) reach[k] = k - 1;
    else if (k + 1 < n && ok[k + 1] && separatorsOnly(sentence.text, toks[k]!.end - sentence.start, toks[k + 1]!.start - sentence.start)) reach[k] = reach[k + 1]!;
    else reach[k] = k;
  }
  const contiguous = (i: number, j: number) => j < i || (i >= 0 && i < n && reach[i]! >= j);
  const span = (i: number, j: number): Span => ({ i, j, start: toks[i]!.start, end: toks[j]!.end, text: slice(toks[i]!.start, toks[j]!.end) });
  // The character range span(i, j).text is taken from, as String.prototype.slice reads its arguments.
  const len = sentence.text.length;
  const spanLook: SpanLook = {
    capitalised: (i, j) => everyWordCapitalised(sentence.text, sliceIndex(len, toks[i]!.start - sentence.start), sliceIndex(len, toks[j]!.end - sentence.start)),
    firstCode: (i, j) => {
      const a = sliceIndex(len, toks[i]!.start - sentence.start);
      return a < sliceIndex(len, toks[j]!.end - sentence.start) ? sentence.text.charCodeAt(a) : -1;
    },
  };
  const upper = infos.map((f) => f.upper);
  // The gazetteer's key trie, found once per sentence rather than at every word.
  const trie = keyTrie(gaz);
  const out: PlaceMention[] = [];

  for (let i = 0; i < toks.length; ) {
    if (!ok[i]) {
      i++;
      continue;
    }
    // A word that opens no direction phrase and no border expression goes straight to the names.
    const m =
      (infos[i]!.direction ? (directionPhrase(gaz, pl, ctx, toks, i, contiguous, span, lower) ?? directionalBorder(gaz, pl, ctx, toks, i, contiguous, span, lower)) : null) ??
      nameMatch(gaz, trie, pl, ctx, lang, toks, forms, keys, upper, i, contiguous, span, lower, spanLook);
    if (m) {
      out.push(m.mention);
      i = m.next;
    } else i++;
  }
  return out;
}

/** What findPlaces knows about a token form, kept on its keyed form: its lower case, and whether it can open a direction phrase or border expression. */
interface FormPlace {
  pl: PlaceLang;
  lower: string;
  /** IS_WORD and UPPER_START of the form. */
  word: boolean;
  upper: boolean;
  /**
   * Whether directionPhrase or directionalBorder can find anything at a token of this form: an article of a
   * direction, a direction stem, or a word ending in a border noun after a stem (false: both return null).
   */
  direction: boolean;
}
function formPlace(f: KeyedForm, form: string, pl: PlaceLang): FormPlace {
  const known = f.place as FormPlace | undefined;
  if (known && known.pl === pl) return known;
  const w = (f.lower ??= form.toLowerCase());
  let dir: string | undefined;
  for (const noun of pl.borderNouns) {
    if (w.length > noun.length && w.endsWith(noun)) dir = pl.directionStems[w.slice(0, -noun.length)];
    if (dir) break;
  }
  const info: FormPlace = { pl, lower: w, word: IS_WORD.test(form), upper: UPPER_START.test(form), direction: pl.directionArticles.includes(w) || !!dir || !!pl.directionStems[w] };
  f.place = info;
  return info;
}

type Contig = (i: number, j: number) => boolean;
type Ctx = () => GeoContext;
type SpanFn = (i: number, j: number) => Span;
type Lower = (k: number) => string;
interface Found {
  mention: PlaceMention;
  next: number;
}

/** "het noorden" (of the article's country), "het noorden van Irak". */
function directionPhrase(gaz: Gazetteer, pl: PlaceLang, ctxOf: Ctx, toks: Token[], i: number, contiguous: Contig, span: SpanFn, lower: Lower): Found | null {
  if (!pl.directionArticles.includes(lower(i))) return null;
  const dir = pl.directions[lower(i + 1)];
  // "the West", "het Westen" (capitalised) are the Western world, not a part of the country.
  if (!dir || !contiguous(i, i + 1) || !/^\p{Ll}/u.test(toks[i + 1]!.form)) return null;
  let iso = ctxOf().focus;
  let end = i + 1;
  let score = 0.7;
  // "het westen van de stad": a direction of something that is not a country is not a region.
  if (pl.directionOf.includes(lower(i + 2))) iso = null;
  if (pl.directionOf.includes(lower(i + 2))) {
    for (let n = Math.min(4, toks.length - i - 3); n >= 1; n--) {
      if (!contiguous(i + 3, i + 2 + n)) continue;
      const country = (gaz.exact.get(nameKey(span(i + 3, i + 2 + n).text)) ?? []).map((h) => gaz.places[h.place]!).find((p) => p.type === 'country' && !gaz.exact.get(nameKey(span(i + 3, i + 2 + n).text))!.some((h) => h.adjective));
      if (country) {
        iso = country.country;
        end = i + 2 + n;
        score = 0.9;
        break;
      }
    }
  }
  if (!iso) return null;
  const cand = relativeRegion(gaz, iso, dir, score);
  if (!cand) return null;
  const s = span(i, end);
  return { mention: { text: s.text, start: s.start, end: s.end, candidates: [cand], adjectival: false }, next: end + 1 };
}

const BEARINGS: Record<string, number> = { north: 0, northeast: 45, east: 90, southeast: 135, south: 180, southwest: 225, west: 270, northwest: 315 };

/** "de noordgrens", "the northern border": the borders of the article's country with its neighbours in that direction. */
function directionalBorder(gaz: Gazetteer, pl: PlaceLang, ctxOf: Ctx, toks: Token[], i: number, contiguous: Contig, span: SpanFn, lower: Lower): Found | null {
  const w = lower(i);
  let dir: string | undefined;
  let end = i;
  for (const noun of pl.borderNouns) {
    if (w.length > noun.length && w.endsWith(noun)) dir = pl.directionStems[w.slice(0, -noun.length)];
    if (dir) break;
  }
  if (!dir && pl.directionStems[w] && pl.borderNouns.includes(lower(i + 1)) && contiguous(i, i + 1)) {
    dir = pl.directionStems[w];
    end = i + 1;
  }
  const bearing = dir ? BEARINGS[dir] : undefined;
  if (bearing === undefined) return null;
  const ctx = ctxOf();
  if (!ctx.focus) return null;
  const home = gaz.byId.get(`country:${ctx.focus}`);
  if (bearing === undefined || !home || home.lat === null || home.lon === null) return null;
  const cands: GeoCandidate[] = [];
  for (const n of gaz.neighbours.get(ctx.focus) ?? []) {
    const other = gaz.byId.get(`country:${n}`);
    const border = gaz.borders.get([ctx.focus, n].sort().join('-'));
    if (!other || other.lat === null || other.lon === null || !border) continue;
    const b = (Math.atan2((other.lon - home.lon) * Math.cos((home.lat * Math.PI) / 180), other.lat - home.lat) * 180) / Math.PI;
    const diff = Math.abs((((b - bearing) % 360) + 540) % 360 - 180);
    if (diff <= 60) cands.push(placeCandidate(border, 0));
  }
  if (cands.length === 0) return null;
  for (const c of cands) c.score = Math.round((0.9 / cands.length) * 1000) / 1000;
  const s = span(i, end);
  return { mention: { text: s.text, start: s.start, end: s.end, candidates: cands, adjectival: false }, next: end + 1 };
}

function relativeRegion(gaz: Gazetteer, iso: string, dir: string, score: number): GeoCandidate | null {
  const known = gaz.relative.get(`${iso}:${dir}`);
  if (known) return { ...placeCandidate(known, score), matched: dir, match: 'exact' };
  const country = gaz.byId.get(`country:${iso}`);
  if (!country) return null;
  return {
    id: `region:${iso}-${dir}`,
    name: `${dir[0]!.toUpperCase()}${dir.slice(1)} ${country.name}`,
    featureType: 'region',
    country: iso,
    admin1: null,
    admin2: null,
    lat: country.lat,
    lon: country.lon,
    precision: 3,
    score: Math.round(score * 0.9 * 1000) / 1000,
    matched: dir,
    match: 'exact',
  };
}

/** Whether the surface form may be a use of this gazetteer variant (capitals, acronyms, stop words). */
function acceptable(s: Scored, surface: string, pl: PlaceLang, tokens: number, atStart: boolean, lang: string): boolean {
  const v = s.variant;
  if (tokens === 1 && pl.stopwords.has(surface.toLowerCase())) return false;
  // One word in the gazetteer is not two in the text ("I ran" is not Iran).
  if (!/\s/.test(v) && /\s/.test(surface)) return false;
  // Adjectives and demonyms only in their own language ("Let" is a Latvian in Dutch, a verb in English).
  if (s.adjective && s.variant && !sameLang(s, lang)) return false;
  // A short word in capitals is an acronym, not the name written so ("ILO" is no Ilo).
  if (tokens === 1 && /^\p{Lu}{2,3}$/u.test(surface) && surface !== v) return false;
  if (ACRONYM.test(v.replace(/\s/g, '')) && v.replace(/[.\s]/g, '').length <= 5) {
    return surface.replace(/[.\s]/g, '') === v.replace(/[.\s]/g, '');
  }
  if (UPPER_START.test(v) && !UPPER_START.test(surface)) return false;
  // Word by word: a capitalised word of the name must be capitalised in the text ("Er is" is not "Eris").
  const vw = v.split(/[\s\-‐‑]+/);
  const sw = surface.split(/[\s\-‐‑]+/);
  if (vw.length === sw.length && vw.some((w, k) => UPPER_START.test(w) && !UPPER_START.test(sw[k]!))) return false;
  if (sw.length > 1 && sw.every((w) => pl.stopwords.has(w.toLowerCase()))) return false;
  if (tokens === 1 && pl.stopwords.has(surface.toLowerCase())) return false;
  if (tokens === 1 && atStart && pl.sentenceInitialStopwords.has(surface.toLowerCase())) return false;
  if (s.q < 0.9) {
    // Fuzzy readings in running text: only names of bigger units, written as one capitalised name.
    if (s.adjective || surface.length < 7 || sw.some((w) => !UPPER_START.test(w) && w.length > 3)) return false;
    if (!FUZZY_TYPES.has(s.place.type) && !(s.place.type === 'populated_place' && s.place.importance >= 0.6)) return false;
  }
  return true;
}

/** What nameMatch reads of a span's text without making the string. */
interface SpanLook {
  /** span(i, j).text.split(/[\s\-‐‑]+/).every((w) => UPPER_START.test(w)) */
  capitalised: (i: number, j: number) => boolean;
  /** span(i, j).text.charCodeAt(0), -1 for an empty span */
  firstCode: (i: number, j: number) => number;
}

/** Where s.slice reads an argument `a` for a string of length `len` (the range is empty when start >= end). */
function sliceIndex(len: number, a: number): number {
  return a < 0 ? Math.max(len + a, 0) : Math.min(a, len);
}

const UPPER_AT = /\p{Lu}/uy;

/**
 * str.slice(a, b).split(/[\s\-‐‑]+/).every((w) => UPPER_START.test(w)), without the slice and the split: every
 * piece between separator runs starts with a capital, and there is no empty piece (a separator at either end).
 */
function everyWordCapitalised(str: string, a: number, b: number): boolean {
  let p = a;
  for (;;) {
    if (p >= b || SEPARATOR[str.charCodeAt(p)]) return false;
    UPPER_AT.lastIndex = p;
    if (!UPPER_AT.test(str) || UPPER_AT.lastIndex > b) return false;
    while (p < b && !SEPARATOR[str.charCodeAt(p)]) p++;
    if (p >= b) return true;
    while (p < b && SEPARATOR[str.charCodeAt(p)]) p++;
  }
}

function nameMatch(gaz: Gazetteer, trie: KeyTrie, pl: PlaceLang, ctx: Ctx, lang: string, toks: Token[], forms: readonly KeyedForm[], keys: readonly string[], upper: boolean[], i: number, contiguous: Contig, span: SpanFn, lower: Lower, look: SpanLook): Found | null {
  // contiguous(i, j) is monotone in j: spans past the last contiguous j are never tried; keys grow by concatenation.
  let top = Math.min(toks.length, i + MAX_TOKENS) - 1;
  while (top >= i && !contiguous(i, top)) top--;
  if (top < i) return null;
  // Which span keys are exact gazetteer keys: one walk down the key trie, no hashing of the concatenations.
  // (Scratch arrays: nameMatch never runs inside itself, and reads only the entries written here.)
  const exactAt = EXACT_AT;
  const keyLen = KEY_LEN;
  // The first token's node comes from a map of key prefixes (its key string is reused, its hash cached).
  let node = firstNode(trie, forms[i]!);
  let len = keys[i]!.length;
  keyLen[0] = len;
  exactAt[0] = node && node.end ? 1 : 0;
  for (let j = i + 1; j <= top; j++) {
    const k = keys[j]!;
    len += k.length;
    keyLen[j - i] = len;
    if (node) node = step(node, k);
    exactAt[j - i] = node && node.end ? 1 : 0;
  }
  // "Noord-Irak" needs a span starting with a direction prefix: every span here starts where the longest does
  // (lower-casing a prefix of a text gives a prefix of its lower case, but for a final sigma). -1: not known yet.
  // (No closures in this loop: it runs for every word of every sentence, and a closure costs an allocation.)
  let prefixed = -1;
  for (let j = top; j >= i; j--) {
    // A span of 4+ tokens with no exact key and too short for a fuzzy lookup cannot give anything.
    if (j - i >= 3 && !exactAt[j - i] && keyLen[j - i]! < MIN_FUZZY_KEY) continue;
    // Transliteration matches only for capitalised words: running text is mostly not names.
    // (The first part of the span is the start of token i: when that is not capitalised, neither is the span.)
    // With an exact key the fuzzy option changes nothing (lookupKey never goes fuzzy past an exact hit), so
    // capitalisation is checked only where a fuzzy lookup can follow.
    const exact = exactAt[j - i] === 1;
    const capitalised = exact || (upper[i]! && keyLen[j - i]! >= MIN_FUZZY_KEY && look.capitalised(i, j));
    // lookupKey finds nothing without an exact key unless a fuzzy lookup is allowed and the key long enough:
    // most spans end here, with no candidates (the same steps as in namedSpan, without making the span first).
    if (!capitalised) {
      if (j - i < 3 && prefixed < 0) prefixed = mayStartWithPrefix(pl, i, Math.min(top, i + 2), span, look) ? 1 : 0;
      const d = j - i < 3 && prefixed === 1 ? directionPrefix(gaz, pl, lang, span(i, j)) : null;
      if (d) return { mention: d, next: j + 1 };
      if (i === j && pl.borderNouns.includes(lower(j + 1))) {
        const b = borderAfterAdjective(gaz, pl, ctx, lang, toks, span(i, j), [], contiguous, span, lower);
        if (b) return b;
      }
      continue;
    }
    const found = namedSpan(gaz, pl, ctx, lang, toks, keys, i, j, top, capitalised, contiguous, span, lower, look);
    if (found) return found;
  }
  return null;
}

/** nameMatch for the span i..j that has an exact key or may have a fuzzy one: the place found there, or null to try a shorter span. */
function namedSpan(gaz: Gazetteer, pl: PlaceLang, ctx: Ctx, lang: string, toks: Token[], keys: readonly string[], i: number, j: number, top: number, capitalised: boolean, contiguous: Contig, span: SpanFn, lower: Lower, look: SpanLook): Found | null {
  let initial: boolean | undefined;
  let sp: Span | undefined;
  const sOf = () => (sp ??= span(i, j));
  const key = keys.slice(i, j + 1).join('');
  let cands = lookupKey(gaz, key, lang, { fuzzy: capitalised });
  if (cands.length) cands = cands.filter((c) => acceptable(c, sOf().text, pl, j - i + 1, (initial ??= atStart(toks, i)), lang));
  if (cands.length === 0) {
    const d = j - i < 3 && mayStartWithPrefix(pl, i, Math.min(top, i + 2), span, look) ? directionPrefix(gaz, pl, lang, sOf()) : null;
    if (d) return { mention: d, next: j + 1 };
    const town = j - i < 3 ? townOfDistrict(gaz, pl, ctx, lang, sOf()) : null;
    if (town) return { mention: town, next: j + 1 };
    if (i === j && pl.borderNouns.includes(lower(j + 1))) {
      const b = borderAfterAdjective(gaz, pl, ctx, lang, toks, sOf(), [], contiguous, span, lower);
      if (b) return b;
    }
    return null;
  }
  // A lone town or district name next to a title, a first name or a speech verb is a person ("George Bush said").
  const personish = i === j && (personContext(pl, toks, i, lower) || (personNameKeys().has(key) && !pl.locativePrepositions.includes(lower(i - 1))));
  if (personish) cands = cands.filter((c) => c.place.type !== 'populated_place' && c.place.type !== 'admin2');
  if (cands.length === 0) return null;
  // Adjectives and names of the same key: the capitalised adjective reading wins only when no name does.
  const names = cands.filter((c) => !c.adjective);
  const adjectival = names.length === 0;
  if (!adjectival) cands = names;
  const s = sOf();

  if (adjectival) {
    const border = borderAfterAdjective(gaz, pl, ctx, lang, toks, s, cands, contiguous, span, lower);
    if (border) return border;
  } else if (pl.borderNouns.includes(lower(i - 2)) && pl.borderWith.includes(lower(i - 1))) {
    // "de grens met Tadzjikistan"
    const country = cands.find((c) => c.place.type === 'country');
    if (country) {
      const b = borderCandidates(gaz, ctx(), country.place.country!, []);
      if (b.length) {
        const bs = span(i - 2, j);
        return { mention: { text: bs.text, start: bs.start, end: bs.end, candidates: b, adjectival: false }, next: j + 1 };
      }
    }
  }
  const prefer = (pl.featureCues[lower(i - 1)] ?? pl.featureCues[lower(j + 1)] ?? null) as FeatureType | null;
  const ranked = rankIn(cands, ctx, prefer);
  return { mention: { text: s.text, start: s.start, end: s.end, candidates: ranked, adjectival }, next: j + 1 };
}

/**
 * rank() (five at most) with the context read only where it can matter: a lone candidate's score is its match
 * quality whatever its weight, and most names found have one reading (reading the context re-reads the text).
 */
function rankIn(cands: Scored[], ctx: Ctx, prefer: FeatureType | null): GeoCandidate[] {
  return rank(cands, { context: cands.length > 1 ? ctx() : undefined, prefer, limit: 5 });
}

const EXACT_AT = new Uint8Array(MAX_TOKENS);
const KEY_LEN = new Int32Array(MAX_TOKENS);

/** Whether the lower-cased text of span(i, j) may start with one of the language's direction prefixes. */
function mayStartWithPrefix(pl: PlaceLang, i: number, j: number, span: SpanFn, look: SpanLook): boolean {
  // The lower case of a text starts with the lower case of its first character (a sigma aside): a text whose first
  // character starts no prefix needs no lower-casing. Prefixes that are empty or start outside the plain letters
  // (a surrogate) always take the full test.
  const firsts = prefixFirsts(pl);
  if (firsts && !opensPrefix(firsts, look.firstCode(i, j))) return false;
  const low = span(i, j).text.toLowerCase();
  for (const [prefix, , sigma] of prefixList(pl)) if (sigma || low.startsWith(prefix)) return true;
  return false;
}

/** The first characters of the lower-cased prefixes, or null when the first-character test would not be exact. */
interface PrefixFirsts {
  firsts: Set<string>;
  /** Per UTF-16 code unit: whether its lower case starts with one of firsts (1), not (0), not known yet (-1). */
  byCode: Int8Array;
}
const prefixFirstSets = new WeakMap<PlaceLang, PrefixFirsts | null>();
function prefixFirsts(pl: PlaceLang): PrefixFirsts | null {
  let f = prefixFirstSets.get(pl);
  if (f === undefined) {
    const list = prefixList(pl);
    const exact = list.every(([p, , sigma]) => !sigma && p.length > 0 && !/[\uD800-\uDFFF]/.test(p.charAt(0)));
    f = exact ? { firsts: new Set(list.map(([p]) => p.charAt(0))), byCode: new Int8Array(65536).fill(-1) } : null;
    prefixFirstSets.set(pl, f);
  }
  return f;
}

/** Whether a span starting with code unit c (-1: an empty span) may start with a prefix; remembered per code unit (no lower-casing per word). */
function opensPrefix(f: PrefixFirsts, c: number): boolean {
  if (c < 0) return false;
  let known = f.byCode[c]!;
  if (known < 0) f.byCode[c] = known = f.firsts.has(String.fromCharCode(c).toLowerCase().charAt(0)) ? 1 : 0;
  return known === 1;
}

/** Lower-cased direction prefixes, their direction, and whether they hold a sigma (whose lower case depends on what follows). */
const prefixLists = new WeakMap<PlaceLang, [string, string, boolean][]>();
function prefixList(pl: PlaceLang): [string, string, boolean][] {
  let l = prefixLists.get(pl);
  if (!l) prefixLists.set(pl, (l = Object.entries(pl.directionPrefixes).map(([p, d]) => [p.toLowerCase(), d, /[σςΣ]/u.test(p)])));
  return l;
}

/** geocode() fallback: a name made of a direction prefix and a country ("Noord-Irak"). */
export function relativeByPrefix(gaz: Gazetteer, name: string, lang: string): GeoCandidate[] {
  if (!name || name.length > 200) return [];
  const m = directionPrefix(gaz, placeLang(lang), lang, { i: 0, j: 0, text: name, start: 0, end: name.length });
  return m ? m.candidates : [];
}

/** "Noord-Irak", "northern Iraq" when not in the gazetteer as such. */
function directionPrefix(gaz: Gazetteer, pl: PlaceLang, lang: string, s: Span): PlaceMention | null {
  const low = s.text.toLowerCase();
  for (const [prefix, dir] of prefixList(pl)) {
    if (s.text.length <= prefix.length || !low.startsWith(prefix)) continue;
    const rest = s.text.slice(prefix.length);
    if (!UPPER_START.test(rest)) continue;
    const country = lookup(gaz, rest, lang, { adjectives: false }).find((c) => c.place.type === 'country' && c.q >= 0.9);
    if (!country) continue;
    const cand = relativeRegion(gaz, country.place.country!, dir, 0.85);
    if (cand) return { text: s.text, start: s.start, end: s.end, candidates: [cand], adjectival: false };
  }
  return null;
}

/** What a district suffix may follow: a town, a municipality, a province ("Zeeland-West"); a named borough only a town. */
const SUFFIXED = new Set<string>(['populated_place', 'admin2', 'admin1']);
const BOROUGHED = new Set<string>(['populated_place', 'admin2']);

/**
 * "Rotterdam-Zuid", "Amsterdam-Nieuw-West", "Den Haag-Escamp": a part of a town the gazetteer has not got is placed
 * in the town. Both forms join the part to the town with a hyphen; most spans have none.
 */
function townOfDistrict(gaz: Gazetteer, pl: PlaceLang, ctx: Ctx, lang: string, s: Span): PlaceMention | null {
  const cut = s.text.lastIndexOf('-');
  if (cut <= 0) return null;
  const low = s.text.toLowerCase();
  for (const suffix of pl.districtSuffixes) {
    if (low.length <= suffix.length || !low.endsWith(suffix)) continue;
    const m = placedIn(gaz, ctx, lang, s, s.text.slice(0, -suffix.length), SUFFIXED);
    if (m) return m;
  }
  // "Rotterdam-Feijenoord": a town and a capitalised name that is no place of its own ("Parijs-Roubaix" is a race).
  if (!pl.townDistricts || !startsUpper(s.text.slice(cut + 1))) return null;
  if (lookup(gaz, s.text.slice(cut + 1), lang).some((c) => c.q >= 0.9)) return null;
  return placedIn(gaz, ctx, lang, s, s.text.slice(0, cut), BOROUGHED);
}

/** Span s as a mention of the place named `town` (of those types, a good match), or null. */
function placedIn(gaz: Gazetteer, ctx: Ctx, lang: string, s: Span, town: string, types: ReadonlySet<string>): PlaceMention | null {
  const cands = lookup(gaz, town, lang, { adjectives: false }).filter((c) => types.has(c.place.type) && c.q >= 0.9);
  return cands.length ? { text: s.text, start: s.start, end: s.end, candidates: rankIn(cands, ctx, null), adjectival: false } : null;
}

/** "de Tadzjiekse grens", "Afghaans-Tadzjiekse grens": an adjective of a country followed by a border noun. */
function borderAfterAdjective(gaz: Gazetteer, pl: PlaceLang, ctx: Ctx, lang: string, toks: Token[], s: Span, cands: Scored[], contiguous: Contig, span: SpanFn, lower: Lower): Found | null {
  const next = s.j + 1;
  if (!toks[next] || !pl.borderNouns.includes(lower(next)) || !contiguous(s.i, next)) return null;
  const countries = cands.filter((c) => c.place.type === 'country').map((c) => c.place.country!);
  let b: GeoCandidate[] = [];
  const parts = s.text.split(/[-‐‑]/);
  if (parts.length === 2) {
    // Compound "Afghaans-Tadzjiekse": both parts are adjectives of countries.
    const [a, c] = parts.map((p) => lookup(gaz, p, lang).find((x) => x.adjective && x.place.type === 'country')?.place.country);
    const pair = a && c ? gaz.borders.get([a, c].sort().join('-')) : undefined;
    if (pair) b = [placeCandidate(pair, 0.95)];
  }
  if (b.length === 0 && countries.length > 0) b = borderCandidates(gaz, ctx(), countries[0]!, []);
  if (b.length === 0) return null;
  const bs = span(s.i, next);
  return { mention: { text: bs.text, start: bs.start, end: bs.end, candidates: b, adjectival: false }, next: next + 1 };
}

/** Borders of `iso` ranked by how much the article talks about the neighbour on the other side. */
function borderCandidates(gaz: Gazetteer, ctx: GeoContext, iso: string, _also: string[]): GeoCandidate[] {
  const ns = gaz.neighbours.get(iso) ?? [];
  if (ns.length === 0) return [];
  const weights = ns.map((n) => ({ n, w: (n === ctx.focus ? 6 : 0) + (ctx.countries.get(n) ?? 0) + 0.1 }));
  const total = weights.reduce((a, x) => a + x.w, 0);
  return weights
    .sort((a, b) => b.w - a.w || a.n.localeCompare(b.n))
    .slice(0, 5)
    .map(({ n, w }) => placeCandidate(gaz.borders.get([iso, n].sort().join('-'))!, Math.min(0.95, w / total)));
}
