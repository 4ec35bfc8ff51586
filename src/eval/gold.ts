import type { DatePrecision, FactKind, Modality } from '../model/index.js';

/** PLOVER event types (docs/EVAL.md) and CONTROL for control states. */
export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;
export const FACT_TYPES: readonly string[] = [...PLOVER_TYPES, 'CONTROL'];
export const KINDS: readonly FactKind[] = ['event', 'claim', 'movement', 'state'];
export const MODALITIES: readonly Modality[] = ['asserted', 'negated', 'hedged', 'hypothetical', 'future', 'reported', 'historical'];
export const PRECISIONS: readonly DatePrecision[] = ['day', 'week', 'month', 'year', 'decade', 'century', 'unknown'];

/** An actor as the annotator sets it: dictionary id when there is one, else the name. */
export interface GoldActor {
  name: string;
  id?: string | null;
}

/** A place as the annotator sets it: name + ISO3 country (+ admin1 when known). */
export interface GoldPlace {
  name: string;
  country: string | null;
  admin1?: string | null;
}

export interface GoldTime {
  value: string | null;
  precision: DatePrecision;
}

export interface GoldQuantity {
  min: number | null;
  max?: number | null;
  what?: string | null;
}

/**
 * One annotated fact (a line of a gold file). Only `doc`, `sentence`, `kind` and `type` are required;
 * an attribute the annotator leaves out (or sets to null) is not scored.
 */
export interface GoldFact {
  doc: string;
  sentence: number;
  kind: FactKind;
  /** PLOVER type, CONTROL for states; may be null for claims (a claim matches by doc + sentence + kind). */
  type: string | null;
  mode?: string | null;
  actor?: GoldActor | null;
  recipient?: GoldActor | null;
  location?: GoldPlace | null;
  time?: GoldTime | null;
  quantities?: GoldQuantity[];
  modality?: Modality | null;
  /** Movements: where from and where to. */
  from?: GoldPlace | null;
  to?: GoldPlace | null;
  /** Free text for the annotator (never a copy of the sentence). */
  note?: string;
  /** Where the line came from (file:line), set by the parser. */
  line?: string;
}

export class GoldError extends Error {
  constructor(
    readonly where: string,
    readonly problem: string,
  ) {
    super(`${where}: ${problem}`);
    this.name = 'GoldError';
  }
}

const ISO3 = /^[A-Z]{3}$/;
const TIME_VALUE = /^(\d{4}(-\d{2}(-\d{2})?|-W\d{2})?)(\/\d{4}(-\d{2}(-\d{2})?)?)?$/;
const KNOWN_FIELDS = new Set(['doc', 'sentence', 'kind', 'type', 'mode', 'actor', 'recipient', 'location', 'time', 'quantities', 'modality', 'from', 'to', 'note']);

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function actor(v: unknown, field: string, where: string): GoldActor | null {
  if (v === undefined || v === null) return null;
  if (!isObj(v) || typeof v.name !== 'string' || !v.name.trim()) throw new GoldError(where, `${field}: expected {name, id?}`);
  if (v.id !== undefined && v.id !== null && (typeof v.id !== 'string' || !/^[a-z0-9_-]+$/.test(v.id))) {
    throw new GoldError(where, `${field}.id: expected a dictionary id like "afg-taliban"`);
  }
  return { name: v.name, id: (v.id as string | null | undefined) ?? null };
}

function place(v: unknown, field: string, where: string): GoldPlace | null {
  if (v === undefined || v === null) return null;
  if (!isObj(v) || typeof v.name !== 'string') throw new GoldError(where, `${field}: expected {name, country, admin1?}`);
  if (v.country !== null && (typeof v.country !== 'string' || !ISO3.test(v.country))) throw new GoldError(where, `${field}.country: expected an ISO3 code or null`);
  if (v.admin1 !== undefined && v.admin1 !== null && typeof v.admin1 !== 'string') throw new GoldError(where, `${field}.admin1: expected a string`);
  return { name: v.name, country: v.country as string | null, admin1: (v.admin1 as string | null | undefined) ?? null };
}

/** Validates one parsed gold line; throws GoldError naming the line and the field. */
export function parseGoldFact(value: unknown, where: string): GoldFact {
  if (!isObj(value)) throw new GoldError(where, 'expected a JSON object');
  for (const k of Object.keys(value)) if (!KNOWN_FIELDS.has(k)) throw new GoldError(where, `unknown field "${k}"`);
  const { doc, sentence, kind, type } = value;
  if (typeof doc !== 'string' || !/^(seeds\/[\w.-]+\.txt|news-nl-2019:\d+|gold-en\/[\w.-]+\.txt)$/.test(doc)) {
    throw new GoldError(where, 'doc: expected "seeds/<file>.txt", "news-nl-2019:<id>" or "gold-en/<file>.txt"');
  }
  if (typeof sentence !== 'number' || !Number.isInteger(sentence) || sentence < 0) throw new GoldError(where, 'sentence: expected a sentence index >= 0');
  if (typeof kind !== 'string' || !(KINDS as readonly string[]).includes(kind)) throw new GoldError(where, `kind: expected one of ${KINDS.join(', ')}`);
  if (type === null || type === undefined) {
    if (kind !== 'claim') throw new GoldError(where, 'type: required (a PLOVER type, or CONTROL for states)');
  } else if (typeof type !== 'string' || !FACT_TYPES.includes(type)) {
    throw new GoldError(where, `type: "${String(type)}" is not a PLOVER type or CONTROL`);
  }
  if (kind === 'state' && type !== 'CONTROL') throw new GoldError(where, 'type: a state is of type CONTROL');
  if (kind !== 'state' && type === 'CONTROL') throw new GoldError(where, 'type: CONTROL is for kind "state"');
  if (value.mode !== undefined && value.mode !== null && typeof value.mode !== 'string') throw new GoldError(where, 'mode: expected a string');
  if (value.modality !== undefined && value.modality !== null && !(MODALITIES as readonly unknown[]).includes(value.modality)) {
    throw new GoldError(where, `modality: expected one of ${MODALITIES.join(', ')}`);
  }
  let time: GoldTime | null = null;
  if (value.time !== undefined && value.time !== null) {
    const t = value.time;
    if (!isObj(t) || !(PRECISIONS as readonly unknown[]).includes(t.precision)) throw new GoldError(where, 'time: expected {value, precision}');
    if (t.value !== null && (typeof t.value !== 'string' || !TIME_VALUE.test(t.value))) {
      throw new GoldError(where, 'time.value: expected YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www or start/end');
    }
    time = { value: t.value as string | null, precision: t.precision as DatePrecision };
  }
  let quantities: GoldQuantity[] | undefined;
  if (value.quantities !== undefined) {
    if (!Array.isArray(value.quantities)) throw new GoldError(where, 'quantities: expected an array');
    quantities = value.quantities.map((q, i) => {
      if (!isObj(q) || (q.min !== null && typeof q.min !== 'number')) throw new GoldError(where, `quantities[${i}]: expected {min, max?, what?}`);
      return { min: q.min as number | null, max: (q.max as number | null | undefined) ?? null, what: (q.what as string | null | undefined) ?? null };
    });
  }
  if (value.note !== undefined && typeof value.note !== 'string') throw new GoldError(where, 'note: expected a string');
  return {
    doc,
    sentence,
    kind: kind as FactKind,
    type: (type as string | null | undefined) ?? null,
    mode: (value.mode as string | null | undefined) ?? null,
    actor: actor(value.actor, 'actor', where),
    recipient: actor(value.recipient, 'recipient', where),
    location: place(value.location, 'location', where),
    time,
    quantities,
    modality: (value.modality as Modality | null | undefined) ?? null,
    from: place(value.from, 'from', where),
    to: place(value.to, 'to', where),
    note: value.note as string | undefined,
    line: where,
  };
}

/**
 * A document's annotated range: `{"doc": ..., "sentences": [first, last]}` says only those sentences
 * (inclusive) were annotated, so predictions elsewhere in the document are not scored. A document
 * without a scope line is annotated in full.
 */
export interface GoldScope {
  doc: string;
  first: number;
  last: number;
  line?: string;
}

export interface GoldFile {
  facts: GoldFact[];
  scopes: GoldScope[];
}

function parseScope(v: Record<string, unknown>, where: string): GoldScope {
  const s = v.sentences;
  for (const k of Object.keys(v)) if (k !== 'doc' && k !== 'sentences' && k !== 'note') throw new GoldError(where, `a scope line has only doc, sentences and note (found "${k}")`);
  if (!Array.isArray(s) || s.length !== 2 || !s.every((x) => Number.isInteger(x) && (x as number) >= 0) || (s[0] as number) > (s[1] as number)) {
    throw new GoldError(where, 'sentences: expected [first, last] sentence indices');
  }
  if (typeof v.doc !== 'string') throw new GoldError(where, 'doc: expected a document reference');
  return { doc: v.doc, first: s[0] as number, last: s[1] as number, line: where };
}

/** Parses a gold file's content (JSON lines; blank lines and lines starting with // are skipped). */
export function parseGoldFile(content: string, file: string): GoldFile {
  const facts: GoldFact[] = [];
  const scopes: GoldScope[] = [];
  content.split('\n').forEach((line, i) => {
    const t = line.trim();
    if (!t || t.startsWith('//')) return;
    const where = `${file}:${i + 1}`;
    let v: unknown;
    try {
      v = JSON.parse(t);
    } catch (e) {
      throw new GoldError(where, `not JSON (${(e as Error).message})`);
    }
    if (v && typeof v === 'object' && 'sentences' in v && !('kind' in v)) scopes.push(parseScope(v as Record<string, unknown>, where));
    else facts.push(parseGoldFact(v, where));
  });
  for (const sc of scopes) {
    if (scopes.filter((x) => x.doc === sc.doc).length > 1) throw new GoldError(sc.line ?? file, `${sc.doc}: more than one scope line`);
    const out = facts.find((f) => f.doc === sc.doc && (f.sentence < sc.first || f.sentence > sc.last));
    if (out) throw new GoldError(out.line ?? file, `sentence ${out.sentence} is outside the annotated range [${sc.first}, ${sc.last}] of ${sc.doc}`);
  }
  return { facts, scopes };
}

/** The facts of a gold file. */
export function parseGold(content: string, file: string): GoldFact[] {
  return parseGoldFile(content, file).facts;
}
