import type { DatePrecision } from './article.js';

/** Where a fact comes from: every fact is traceable to its sentence. */
export interface Provenance {
  /** Article id. */
  article: string;
  /** 0-based sentence index in the article. */
  sentence: number;
  /** Character span of the fact's evidence in the article text. */
  start: number;
  end: number;
  /** The full sentence text. */
  text: string;
}

/** An actor as mentioned and (when known) linked to the actor dictionary. */
export interface ActorRef {
  /** Surface text in the article. */
  text: string;
  /** Actor dictionary id, or null for an actor not in the dictionary. */
  id: string | null;
  /** Canonical English name (or the surface text for new actors). */
  name: string;
  /** Actor type: state_military, police, government, rebel_group, militia, party, igo, ngo, media, civilians, ethnic_group, person, state, unknown. */
  type: string;
  /** ISO 3166-1 alpha-3 code, or null. */
  country: string | null;
}

/** A geocoded place. precision follows ACLED: 1 exact place, 2 near/part of a region, 3 province/country only. */
export interface LocationRef {
  text: string;
  name: string;
  /** ISO 3166-1 alpha-3 code, or null when unknown. */
  country: string | null;
  admin1: string | null;
  admin2: string | null;
  lat: number | null;
  lon: number | null;
  precision: 1 | 2 | 3;
  /** Gazetteer id (e.g. an OCHA P-code or "country:AFG"), when known. */
  id?: string;
}

/** A normalised time for a fact. */
export interface TimeRef {
  /** Surface text; empty when the time is the article's publication date. */
  text: string;
  /** ISO 8601 value (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY, or start/end interval). */
  value: string | null;
  precision: DatePrecision;
}

export interface QuantityRef {
  text: string;
  min: number | null;
  max: number | null;
  /** What is counted ("militairen", "districts"), when known. */
  what: string | null;
}

export type Modality =
  | 'asserted'
  | 'negated'
  | 'hedged'
  | 'hypothetical'
  | 'future'
  | 'reported'
  | 'historical';

export interface AcledType {
  event_type: string;
  sub_event_type: string;
}

export type FactKind = 'event' | 'claim' | 'movement' | 'state';

/** Fields every fact has (the `sitrep extract` JSON line shape, docs/SCHEMA.md). */
export interface FactBase {
  kind: FactKind;
  /** PLOVER event type, or "CONTROL" for control states. */
  type: string;
  /** PLOVER mode, when one applies. */
  mode: string | null;
  acled: AcledType | null;
  /** CAMEO root code ("19"), when one applies. */
  cameo: string | null;
  actor: ActorRef | null;
  recipient: ActorRef | null;
  location: LocationRef | null;
  time: TimeRef | null;
  quantities: QuantityRef[];
  modality: Modality;
  source: Provenance;
  /** 0..1: how sure the extractor is. */
  confidence: number;
  /** The word(s) that triggered the fact ("namen ... in"), for display. */
  trigger?: string;
}

export interface Event extends FactBase {
  kind: 'event';
  /** Speech-act events (a demand, a threat made by speaking): the `ref` of the claim they were made in. */
  claim?: string | null;
}

/** An attributed statement: who said what, to whom, where. */
export interface Claim extends FactBase {
  kind: 'claim';
  speaker: ActorRef | null;
  content: string;
  cue: string;
  addressee?: ActorRef | null;
  medium?: string | null;
  /** Unique within the article (claim:<sentence>:<cue offset>): what speech-act events point to. */
  ref?: string;
}

/** People moving: fleeing, crossing borders, displaced, evacuated. */
export interface Movement extends FactBase {
  kind: 'movement';
  from: LocationRef | null;
  to: LocationRef | null;
}

/** Who holds which place, when. */
export interface ControlState extends FactBase {
  kind: 'state';
  type: 'CONTROL';
  holder: ActorRef | null;
  place: LocationRef | null;
  /** Share held, e.g. "about a third of 421 districts", when the text says so. */
  share?: QuantityRef | null;
}

export type Fact = Event | Claim | Movement | ControlState;

/** A span in the text that an analysis recognised: shown highlighted in the article view. */
export interface Mention {
  kind: 'place' | 'actor' | 'time' | 'quantity' | 'trigger' | 'entity';
  text: string;
  /** Character offsets into the article text. */
  start: number;
  end: number;
  sentence: number;
  /** What it was resolved to (place name, actor name, normalised value, PLOVER type), when anything. */
  resolved?: string | null;
}

/** What an extractor returns for one article. */
export interface Extraction {
  mentions: Mention[];
  facts: Fact[];
}
