// The Dutch time locale: parsers (later ones win ties on equal spans) and the word tables the shared refiners use.
import type { TimeLocale } from '../types.js';
import { alt, before, words } from '../util.js';
import { FUTURE_CUES, MODIFIERS, PARTS, PAST_CUES, TIME_OF_DAY_SRC } from './constants.js';
import { citedDayMonth, dayMonth, dayRange, monthAlone, monthYear, namedDate, numericDate, yearAlone } from './parsers/absolute.js';
import { duration, longFor } from './parsers/duration.js';
import { everyWeekday, setWord, vague } from './parsers/other.js';
import { century, decade, holiday, quarter, season } from './parsers/period.js';
import { clock, dayWord, nightOf, relUnit, relWeekday, theWeekend, weekdayAlone } from './parsers/relative.js';
import { ago, inFuture, later, pluralSpan, recentSpan } from './parsers/shift.js';

export const nl: TimeLocale = {
  parsers: [
    theWeekend, vague, setWord, duration, longFor, yearAlone, monthAlone, weekdayAlone, dayWord,
    monthYear, dayMonth, numericDate, namedDate, relUnit, relWeekday, ago, inFuture,
    decade, century, season, everyWeekday, dayRange, clock, later, recentSpan, holiday, nightOf, pluralSpan, quarter, citedDayMonth,
  ],
  modifiers: MODIFIERS.sort((a, b) => b[0].length - a[0].length).map(([w, mod]) => [before(alt([w])), mod]),
  parts: PARTS.sort((a, b) => b[0].length - a[0].length).map(([w, part]) => [before(alt([w])), part]),
  rangeOpen: before('van|tussen|vanaf'),
  rangeJoin: /^\s*(?:-|–|tot(?:\s+en\s+met)?|t\/m|en)\s*$/i,
  rangeJoinBare: /^\s*(?:-|–|tot(?:\s+en\s+met)?|t\/m)\s*$/i,
  shiftJoin: [
    [/^\s*(?:voor|vóór|voorafgaand\s+aan)\s*$/i, -1],
    [/^\s*(?:na)\s*$/i, 1],
  ],
  yearJoin: /^\s*(?:van\s+)?$/i,
  weekdayDateJoin: /^\s*,?\s*$/,
  timeOfDay: new RegExp(TIME_OF_DAY_SRC, 'giu'),
  // "zou vertrekken" looks ahead; "zou hebben bedreigd" is hearsay about the past.
  futureCues: new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${alt(FUTURE_CUES)}|zou(?:den)?(?![^,.;:]*(?<![\\p{L}])(?:hebben|zijn)(?![\\p{L}])))(?![\\p{L}\\p{N}])`,
    'giu',
  ),
  pastCues: words(alt(PAST_CUES)),
  reportedClause: /(?<![\p{L}\p{N}])dat(?![\p{L}\p{N}])/iu,
};
