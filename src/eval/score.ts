// Matching predicted facts to gold facts and scoring them: pure functions, no I/O (docs/EVAL.md).
import type { ActorRef, DatePrecision, Fact, FactKind, LocationRef, Modality, QuantityRef, TimeRef } from '../model/index.js';
import type { GoldActor, GoldFact, GoldPlace, GoldTime } from './gold.js';
import { UNIT_KIND_WORDS } from '../resolve/normalize.js';

/** A predicted fact, as the scorer sees it: the extractor's Fact fields (all optional but the key) plus its document. */
export interface PredictedFact {
  doc: string;
  sentence: number;
  kind: FactKind;
  type: string;
  mode?: string | null;
  actor?: Partial<ActorRef> | null;
  recipient?: Partial<ActorRef> | null;
  location?: Partial<LocationRef> | null;
  time?: Partial<TimeRef> | null;
  quantities?: Partial<QuantityRef>[];
  modality?: Modality | null;
  speaker?: Partial<ActorRef> | null;
  holder?: Partial<ActorRef> | null;
  place?: Partial<LocationRef> | null;
  from?: Partial<LocationRef> | null;
  to?: Partial<LocationRef> | null;
}

/** An extractor fact of document `doc` as a PredictedFact (sentence from its provenance). */
export function toPredicted(doc: string, f: Fact): PredictedFact {
  return { ...(f as unknown as Omit<PredictedFact, 'doc' | 'sentence'>), doc, sentence: f.source.sentence };
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Right out of total, over matched pairs whose gold sets the attribute. */
export interface Rate {
  right: number;
  total: number;
  rate: number;
}

export const ATTRIBUTES = ['actor', 'recipient', 'country', 'admin1', 'time', 'modality', 'mode', 'quantities'] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

export interface Match {
  gold: GoldFact;
  pred: PredictedFact;
  /** Per attribute: true/false when the gold sets it, absent when it does not. */
  right: Partial<Record<Attribute, boolean>>;
}

export interface Report {
  overall: Counts;
  byKind: Partial<Record<FactKind, Counts>>;
  /** By label: the PLOVER type for events, CONTROL for states, "claim" and "movement" for those kinds. */
  byType: Record<string, Counts>;
  attributes: Record<Attribute, Rate>;
  /** Attribute rates over matched events only (the held-out targets are stated on events). */
  eventAttributes: Record<Attribute, Rate>;
  matches: Match[];
  misses: GoldFact[];
  falsePositives: PredictedFact[];
  /**
   * Type confusions: a missed gold event and an unmatched predicted event in the same sentence, counted
   * as "GOLD->PREDICTED" (each false positive used once), e.g. "ASSAULT->COERCE": 2.
   */
  confusions: Record<string, number>;
  typeAccuracy: TypeAccuracy;
}

/**
 * Event type accuracy, the measure of PLOVER-coded validation sets (one gold event per sentence): a gold
 * event is right when a predicted event of its sentence has its type. `all` counts every gold event
 * (nothing coded is wrong); `coded` only those whose sentence got some predicted event.
 */
export interface TypeAccuracy {
  all: Rate;
  coded: Rate;
}

export function typeAccuracy(gold: GoldFact[], pred: PredictedFact[]): TypeAccuracy {
  const types = new Map<string, Set<string>>();
  for (const p of pred) {
    if (p.kind !== 'event') continue;
    const k = `${p.doc}\u0000${p.sentence}`;
    const s = types.get(k) ?? new Set<string>();
    s.add(p.type);
    types.set(k, s);
  }
  let total = 0;
  let right = 0;
  let coded = 0;
  for (const g of gold) {
    if (g.kind !== 'event') continue;
    total++;
    const s = types.get(`${g.doc}\u0000${g.sentence}`);
    if (!s) continue;
    coded++;
    if (g.type !== null && s.has(g.type)) right++;
  }
  const rate = (r: number, t: number): Rate => ({ right: r, total: t, rate: t ? r / t : 0 });
  return { all: rate(right, total), coded: rate(right, coded) };
}

/** Pairs missed gold events with false-positive events of the same sentence: where the type went wrong. */
export function confusions(misses: GoldFact[], falsePositives: PredictedFact[]): Record<string, number> {
  const used = new Set<PredictedFact>();
  const out: Record<string, number> = {};
  for (const g of misses) {
    if (g.kind !== 'event') continue;
    const p = falsePositives.find((x) => !used.has(x) && x.kind === 'event' && x.doc === g.doc && x.sentence === g.sentence && x.type !== g.type);
    if (!p) continue;
    used.add(p);
    const k = `${g.type}->${p.type}`;
    out[k] = (out[k] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(out).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])));
}

export function counts(tp: number, fp: number, fn: number): Counts {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Claims and movements match by doc + sentence + kind; events and states also by type. */
export function typed(kind: FactKind): boolean {
  return kind === 'event' || kind === 'state';
}

/** The per-type label a fact is counted under. */
export function label(f: { kind: FactKind; type: string | null }): string {
  return typed(f.kind) ? (f.type ?? '?') : f.kind;
}

function key(f: { doc: string; sentence: number; kind: FactKind; type: string | null }): string {
  return `${f.doc}\u0000${f.sentence}\u0000${f.kind}\u0000${typed(f.kind) ? f.type : ''}`;
}

/** Lower case, no diacritics, only letters and digits, single spaces, no leading article. */
export function normName(s: string | null | undefined): string {
  return (s ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(de|het|the|een|a|an) /, '');
}

function normAdmin(s: string | null | undefined): string {
  return normName(s)
    .replace(UNIT_KIND_WORDS, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One normalised name inside the other as whole words ("maduro" in "nicolas maduro"); the inner one has >= 3 characters. */
function nameContains(a: string, b: string): boolean {
  const [outer, inner] = a.length >= b.length ? [a, b] : [b, a];
  return inner.length >= 3 && ` ${outer} `.includes(` ${inner} `);
}

/**
 * Actor right: equal ids when the gold has an id; otherwise the gold name (the surface form in the article)
 * and the predicted name or text are equal, or one contains the other as whole words, after normName.
 */
export function actorRight(gold: GoldActor, pred: Partial<ActorRef> | null | undefined): boolean {
  if (!pred) return false;
  if (gold.id) return pred.id === gold.id;
  const g = normName(gold.name);
  return g !== '' && [pred.name, pred.text].some((x) => {
    const n = normName(x);
    return n !== '' && (n === g || nameContains(n, g));
  });
}

export function countryRight(gold: GoldPlace, pred: Partial<LocationRef> | null | undefined): boolean {
  return !!pred && (pred.country ?? null) === gold.country;
}

export function admin1Right(gold: GoldPlace, pred: Partial<LocationRef> | null | undefined): boolean {
  return !!pred && !!pred.admin1 && normAdmin(pred.admin1) === normAdmin(gold.admin1);
}

/** ISO week "YYYY-Www" of a day "YYYY-MM-DD". */
function isoWeek(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const dow = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - dow + 3);
  const year = d.getUTCFullYear();
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const week = 1 + Math.round(((d.getTime() - jan4.getTime()) / 86_400_000 - 3 + ((jan4.getUTCDay() + 6) % 7)) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Monday of an ISO week, as YYYY-MM-DD. */
function weekMonday(week: string): string {
  const m = /^(\d{4})-W(\d{2})$/.exec(week)!;
  const jan4 = new Date(Date.UTC(Number(m[1]), 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (Number(m[2]) - 1) * 7 * 86_400_000);
  return monday.toISOString().slice(0, 10);
}

const PREFIX: Partial<Record<DatePrecision, number>> = { day: 10, month: 7, year: 4, decade: 3, century: 2 };

/** The value cut to a precision ("2021-07-15" at month: "2021-07"); null when the value is coarser than that. */
export function timeAt(value: string | null | undefined, precision: DatePrecision): string | null {
  if (!value) return null;
  let v = value.split('/')[0]!;
  if (precision === 'week') {
    if (/^\d{4}-W\d{2}$/.test(v)) return v;
    return /^\d{4}-\d{2}-\d{2}$/.test(v) ? isoWeek(v) : null;
  }
  if (/^\d{4}-W\d{2}$/.test(v)) v = precision === 'day' ? '' : weekMonday(v);
  const n = PREFIX[precision];
  if (!n) return null;
  const needed = precision === 'decade' || precision === 'century' ? 4 : n;
  return v.length >= needed ? v.slice(0, n) : null;
}

/** Right when the predicted value, cut to the gold precision, equals the gold value cut likewise. */
export function timeRight(gold: GoldTime, pred: Partial<TimeRef> | null | undefined): boolean {
  const g = timeAt(gold.value, gold.precision);
  return g !== null && timeAt(pred?.value, gold.precision) === g;
}

function predActor(p: PredictedFact): Partial<ActorRef> | null | undefined {
  if (p.kind === 'state') return p.holder ?? p.actor;
  if (p.kind === 'claim') return p.speaker ?? p.actor;
  return p.actor;
}

function predPlaces(p: PredictedFact): Partial<LocationRef>[] {
  const out = [p.location, p.place, p.to, p.from].filter((x): x is Partial<LocationRef> => !!x);
  return out;
}

/** The attributes the gold sets, each right or wrong for this prediction. */
export function compare(g: GoldFact, p: PredictedFact): Partial<Record<Attribute, boolean>> {
  const r: Partial<Record<Attribute, boolean>> = {};
  if (g.actor) r.actor = actorRight(g.actor, predActor(p));
  if (g.recipient) r.recipient = actorRight(g.recipient, p.recipient);
  // Place: the fact's location (states: the place held). Movements: every place the gold names (location,
  // from, to) must be among the predicted ones (location, from, to), whichever role the extractor gave it.
  const places = predPlaces(p);
  if (g.kind === 'movement') {
    const gp = [g.location, g.from, g.to].filter((x): x is GoldPlace => !!x);
    const withCountry = gp.filter((x) => x.country !== null);
    const withAdmin1 = gp.filter((x) => !!x.admin1);
    if (withCountry.length) r.country = withCountry.every((x) => places.some((y) => countryRight(x, y)));
    if (withAdmin1.length) r.admin1 = withAdmin1.every((x) => places.some((y) => admin1Right(x, y)));
  } else if (g.location) {
    if (g.location.country !== null) r.country = countryRight(g.location, places[0]);
    if (g.location.admin1) r.admin1 = admin1Right(g.location, places[0]);
  }
  if (g.time && g.time.value && g.time.precision !== 'unknown') r.time = timeRight(g.time, p.time);
  if (g.modality) r.modality = p.modality === g.modality;
  if (g.mode) r.mode = p.mode === g.mode;
  if (g.quantities && g.quantities.length) {
    const qs = p.quantities ?? [];
    r.quantities = g.quantities.every((q) => qs.some((x) => x.min === q.min && (q.max === null || q.max === undefined || x.max === q.max)));
  }
  return r;
}

function agreement(r: Partial<Record<Attribute, boolean>>): number {
  return Object.values(r).filter(Boolean).length;
}

/**
 * One-to-one matching: a predicted fact can match a gold fact with the same doc, sentence, kind
 * and (events, states) type; within such a group pairs are taken greedily by attribute agreement
 * (ties: earlier gold, then earlier prediction).
 */
export function match(gold: GoldFact[], pred: PredictedFact[]): { matches: Match[]; misses: GoldFact[]; falsePositives: PredictedFact[] } {
  const byKey = new Map<string, { g: number[]; p: number[] }>();
  gold.forEach((g, i) => {
    const k = key(g);
    const e = byKey.get(k) ?? { g: [], p: [] };
    e.g.push(i);
    byKey.set(k, e);
  });
  pred.forEach((p, i) => {
    const e = byKey.get(key(p));
    if (e) e.p.push(i);
  });
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const matches: Match[] = [];
  for (const { g, p } of byKey.values()) {
    if (!p.length) continue;
    const pairs: { gi: number; pi: number; right: Partial<Record<Attribute, boolean>>; score: number }[] = [];
    for (const gi of g) for (const pi of p) {
      const right = compare(gold[gi]!, pred[pi]!);
      pairs.push({ gi, pi, right, score: agreement(right) });
    }
    pairs.sort((a, b) => b.score - a.score || a.gi - b.gi || a.pi - b.pi);
    for (const x of pairs) {
      if (usedG.has(x.gi) || usedP.has(x.pi)) continue;
      usedG.add(x.gi);
      usedP.add(x.pi);
      matches.push({ gold: gold[x.gi]!, pred: pred[x.pi]!, right: x.right });
    }
  }
  matches.sort((a, b) => gold.indexOf(a.gold) - gold.indexOf(b.gold));
  return {
    matches,
    misses: gold.filter((_, i) => !usedG.has(i)),
    falsePositives: pred.filter((_, i) => !usedP.has(i)),
  };
}

function rates(matches: Match[]): Record<Attribute, Rate> {
  const out = {} as Record<Attribute, Rate>;
  for (const a of ATTRIBUTES) {
    const judged = matches.filter((m) => m.right[a] !== undefined);
    const right = judged.filter((m) => m.right[a]).length;
    out[a] = { right, total: judged.length, rate: judged.length ? right / judged.length : 0 };
  }
  return out;
}

function tally<T>(items: T[], by: (x: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of items) m.set(by(x), (m.get(by(x)) ?? 0) + 1);
  return m;
}

/** Scores predictions against gold: P/R/F1 overall, per kind and per type, and attribute rates over matches. */
export function score(gold: GoldFact[], pred: PredictedFact[]): Report {
  const { matches, misses, falsePositives } = match(gold, pred);
  const build = (by: (x: { kind: FactKind; type: string | null }) => string): Record<string, Counts> => {
    const tp = tally(matches.map((m) => m.gold), by);
    const fn = tally(misses, by);
    const fp = tally(falsePositives, by);
    const labels = [...new Set([...tp.keys(), ...fn.keys(), ...fp.keys()])].sort();
    return Object.fromEntries(labels.map((l) => [l, counts(tp.get(l) ?? 0, fp.get(l) ?? 0, fn.get(l) ?? 0)]));
  };
  return {
    overall: counts(matches.length, falsePositives.length, misses.length),
    byKind: build((f) => f.kind) as Partial<Record<FactKind, Counts>>,
    byType: build(label),
    attributes: rates(matches),
    eventAttributes: rates(matches.filter((m) => m.gold.kind === 'event')),
    matches,
    misses,
    falsePositives,
    confusions: confusions(misses, falsePositives),
    typeAccuracy: typeAccuracy(gold, pred),
  };
}
