// Language-neutral meaning of a temporal expression. Locale parsers produce these; shared refiners
// and the resolver turn them into ISO values. Nothing here knows any language.
import type { TimeExpression } from './index.js';

export type Unit = 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';
export type Mod = NonNullable<TimeExpression['mod']>;
export type Part = 'start' | 'mid' | 'end';
export type Season = 'SP' | 'SU' | 'FA' | 'WI';
/** Holiday table entry (locale data). */
export type Holiday = { fixed: [number, number]; days?: number } | { easter: number; days?: number };

export type Spec =
  /**
   * Calendar date, possibly partial. No year: inferred from the reference and the tense, or `yrel` years from
   * the reference ("vorig jaar mei").
   */
  | { k: 'date'; y?: number; m?: number; d?: number; yrel?: number }
  /** The reference's unit shifted by n: "gisteren" = day -1, "vorige week" = week -1, "dit jaar" = year 0. */
  | { k: 'rel'; unit: Unit; n: number }
  /**
   * A weekday; rel -1 = "vorige maandag", +1 = "volgende maandag", 0 = plain ("maandag"). `week` fixes the ISO
   * week relative to the reference's: 0 = "deze maandag", -1 = "dinsdag vorige week". `night`: the night after it
   * ("de nacht van donderdag op vrijdag"), so clock times that follow belong to the next day.
   */
  | { k: 'weekday'; wd: number; rel: -1 | 0 | 1; week?: number; night?: boolean }
  /** Shift from the reference ("twee dagen geleden" = day -2) or from an anchor date; n null = vague count. */
  | { k: 'shift'; unit: Unit; n: number | null; dir: -1 | 1; base?: Spec }
  /** "de jaren negentig": decade within an unknown century (yy = 90) or with a known one (1990). */
  | { k: 'decade'; yy?: number; start?: number }
  /** "de twintigste eeuw" = 20. */
  | { k: 'century'; c: number }
  /** "afgelopen zomer" (rel -1), "de zomer van 2019" (y). */
  | { k: 'season'; s: Season; y?: number; rel?: number }
  /** A holiday: a fixed day ("Koningsdag" = 27 April) or days from Easter ("Hemelvaart" = +39), lasting `days`. */
  | { k: 'holiday'; fixed?: [number, number]; easter?: number; days?: number; y?: number; rel?: number }
  /** A length of time; n null = vague ("enkele dagen", "decennialang"). */
  | { k: 'dur'; unit: Unit; n: number | null }
  /** A quarter or half of a year ("het eerste kwartaal van 2021"): year given, relative, or inferred. */
  | { k: 'quarter'; q: number; half?: boolean; y?: number; yrel?: number }
  /** "een dag later", "twee weken eerder": counted from the day last mentioned. */
  | { k: 'later'; unit: Unit; n: number; dir: -1 | 1 }
  /** A clock time ("om 18.00 uur"): its day comes from the text around it. */
  | { k: 'clock'; h: number; min: number }
  | { k: 'set'; value: string; precision: TimeExpression['precision'] }
  | { k: 'vague'; value: 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF' }
  | { k: 'range'; from: Spec; to: Spec }
  /** A date-shaped match that denotes no date (31 februari, year 99999): blocks shorter matches inside it, then dropped. */
  | { k: 'invalid' };

/** One match before resolution. */
export interface Candidate {
  start: number;
  end: number;
  spec: Spec;
  mod?: Mod;
  part?: Part;
  /** Parser rank: on equal spans the higher wins. */
  rank: number;
}

/** A locale parser: one pattern family. `extract` returns null to reject a match (e.g. 31 February). */
export interface TimeParser {
  name: string;
  /** Must have the g flag (and u when it uses \p classes). */
  pattern: RegExp;
  extract(m: RegExpExecArray): Spec | null;
  /**
   * Runs on the original text when case matters ("May" the month, "mei" vs a name); all other
   * patterns run on a lower-cased copy, without the costly i flag.
   */
  cased?: boolean;
  /**
   * A cheap test on the lower-cased text (plain substrings, no flags) that must pass before the pattern runs:
   * most sentences have no unit word, and skipping the costlier pattern for them keeps per-sentence calls fast.
   */
  gate?: RegExp;
  /** When extract rejects a match, still claim its span so that no shorter parser reads part of it. */
  blockOnReject?: boolean;
}

/** Everything a language contributes to time understanding. */
export interface TimeLocale {
  parsers: TimeParser[];
  /** Words before an expression that change its meaning ("sinds" -> since), lower case, longest first. */
  modifiers: [RegExp, Mod][];
  /** Words before an expression that select a part of it ("eind" -> end). */
  parts: [RegExp, Part][];
  /** Connectors for ranges: "van X tot Y", "tussen X en Y". */
  rangeOpen: RegExp;
  rangeJoin: RegExp;
  /** Joins that make a range on their own: "1996-2001", "maandag tot woensdag". */
  rangeJoinBare: RegExp;
  /** Between a count ("enkele dagen") and an anchor ("9/11"): before or after. */
  shiftJoin: [RegExp, -1 | 1][];
  /** Between a month and a relative year: "mei vorig jaar", "februari van dit jaar". */
  yearJoin: RegExp;
  /** Between a weekday and its date ("zondag 4 juli", "Sunday, July 4"). */
  weekdayDateJoin: RegExp;
  /** Clock times and parts of day that may follow a date without changing its day ("om 15.00 uur"). */
  timeOfDay: RegExp;
  /** Sentence cues for year/weekday inference. */
  futureCues: RegExp;
  pastCues: RegExp;
  /**
   * A complementizer that opens a reported clause with its own tense ("liet weten dat hij voor 28 april aftreedt"): a
   * past cue before it is the report's, not the expression's. Absent where reported clauses shift their tense (English).
   */
  reportedClause?: RegExp;
}
