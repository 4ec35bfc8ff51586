// The English time locale: parsers (later ones win ties on equal spans) and the word tables the shared refiners use.
import type { TimeLocale } from '../types.js';
import { alt, before, words } from '../util.js';
import { FUTURE_CUES, MODIFIERS, PARTS, PAST_CUES, TIME_OF_DAY_SRC } from './constants.js';
import { dayMonth, dayRange, monthAlone, monthDay, monthYear, namedDate, numericDate, yearAlone } from './parsers/absolute.js';
import { duration, longFor } from './parsers/duration.js';
import { everyWeekday, setWord, vague } from './parsers/other.js';
import { century, decade, holiday, season } from './parsers/period.js';
import { clock, dayWord, relUnit, relWeekday, theWeekend, weekdayAlone } from './parsers/relative.js';
import { ago, inFuture, later, recentSpan } from './parsers/shift.js';

export const en: TimeLocale = {
  parsers: [
    theWeekend, vague, setWord, duration, longFor, yearAlone, monthAlone, weekdayAlone, dayWord,
    monthYear, monthDay, dayMonth, numericDate, namedDate, relUnit, relWeekday, ago, inFuture,
    decade, century, season, everyWeekday, dayRange, clock, later, recentSpan, holiday,
  ],
  modifiers: MODIFIERS.sort((a, b) => b[0].length - a[0].length).map(([w, mod]) => [before(alt([w])), mod]),
  parts: PARTS.sort((a, b) => b[0].length - a[0].length).map(([w, part]) => [before(alt([w])), part]),
  rangeOpen: before('from|between'),
  rangeJoin: /^\s*(?:-|–|to|until|till|through|and)\s*$/i,
  rangeJoinBare: /^\s*(?:-|–|until|till|through)\s*$/i,
  shiftJoin: [
    [/^\s*(?:before|prior\s+to|ahead\s+of)\s*$/i, -1],
    [/^\s*(?:after)\s*$/i, 1],
  ],
  yearJoin: /^\s*(?:of\s+)?$/i,
  weekdayDateJoin: /^\s*,?\s*$/,
  timeOfDay: new RegExp(TIME_OF_DAY_SRC, 'giu'),
  futureCues: words(alt(FUTURE_CUES)),
  // Any -ed verb counts as past, except a participle after "be"/"have" ("will be announced"):
  // the auxiliary carries the tense there.
  pastCues: new RegExp(
    `(?<![\\p{L}\\p{N}])(?<!(?:be|been|being|is|are|was|were|has|have|had)\\s{1,3})(?:${alt(PAST_CUES)}|\\p{L}{3,}ed)(?![\\p{L}\\p{N}])`,
    'giu',
  ),
};
