// English word tables for time expressions. Data only.
import type { Holiday, Mod, Part, Season, Unit } from '../types.js';
export { parseNumberWords, NUMBER_WORD_SRC } from '../../quantity/en/numbers.js';

export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
};
export const MONTH_ABBR: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
export const WEEKDAYS: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};
export const DAY_PARTS = ['morning', 'afternoon', 'evening', 'night'];

export const DAY_WORDS: Record<string, number> = {
  today: 0, tonight: 0, 'this morning': 0, 'this afternoon': 0, 'this evening': 0,
  yesterday: -1, 'last night': -1, 'yesterday morning': -1, 'yesterday afternoon': -1, 'yesterday evening': -1,
  'the day before yesterday': -2, tomorrow: 1, 'tomorrow morning': 1, 'tomorrow evening': 1, 'the day after tomorrow': 2,
};
export const REL: Record<string, -1 | 0 | 1> = {
  last: -1, past: -1, previous: -1, 'the past': -1, 'the last': -1, 'the previous': -1,
  this: 0, current: 0, 'the current': 0,
  next: 1, coming: 1, 'the coming': 1, 'the next': 1, upcoming: 1, 'the upcoming': 1,
};
export const REL_AFTER: Record<string, -1 | 1> = {};

export const UNITS: Record<string, Unit> = {
  second: 'minute', seconds: 'minute', minute: 'minute', minutes: 'minute', hour: 'hour', hours: 'hour',
  day: 'day', days: 'day', week: 'week', weeks: 'week', weekend: 'weekend', weekends: 'weekend',
  month: 'month', months: 'month', quarter: 'quarter', quarters: 'quarter', year: 'year', years: 'year',
  decade: 'decade', decades: 'decade', century: 'century', centuries: 'century',
};
export const REL_UNITS: Record<string, Unit> = {
  week: 'week', weekend: 'weekend', month: 'month', quarter: 'quarter', year: 'year', decade: 'decade', century: 'century',
};
export const LONG: Record<string, Unit> = {
  'for hours': 'hour', 'for days': 'day', 'for weeks': 'week', 'for months': 'month', 'for years': 'year',
  'for decades': 'decade', 'for centuries': 'century', 'decades-long': 'decade', 'years-long': 'year',
  'months-long': 'month', 'weeks-long': 'week', 'days-long': 'day',
};
export const VAGUE_COUNTS = ['a few', 'several', 'a couple of', 'some', 'many', 'few', 'a number of'];

export const SEASONS: Record<string, Season> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };

export const DECADE_WORDS: Record<string, number> = {
  twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90,
};
export const ORDINAL_CENTURIES: Record<string, number> = {
  twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18,
  nineteenth: 19, twentieth: 20, 'twenty-first': 21,
};

export const VAGUE: Record<string, 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF'> = {
  soon: 'FUTURE_REF', shortly: 'FUTURE_REF', 'in the future': 'FUTURE_REF', 'in the coming days': 'FUTURE_REF',
  'in the coming weeks': 'FUTURE_REF', 'in the near future': 'FUTURE_REF', 'before long': 'FUTURE_REF',
  recently: 'PAST_REF', lately: 'PAST_REF', 'in the past': 'PAST_REF', formerly: 'PAST_REF', 'long ago': 'PAST_REF',
  'a while ago': 'PAST_REF', 'some time ago': 'PAST_REF', previously: 'PAST_REF', 'in recent years': 'PAST_REF',
  now: 'PRESENT_REF', currently: 'PRESENT_REF', 'at present': 'PRESENT_REF', 'at the moment': 'PRESENT_REF',
  nowadays: 'PRESENT_REF', 'these days': 'PRESENT_REF', presently: 'PRESENT_REF',
};
export const SET_WORDS: Record<string, [string, 'day' | 'week' | 'month' | 'year']> = {
  daily: ['P1D', 'day'], weekly: ['P1W', 'week'], monthly: ['P1M', 'month'], yearly: ['P1Y', 'year'], annually: ['P1Y', 'year'],
  annual: ['P1Y', 'year'], 'every day': ['P1D', 'day'], 'each day': ['P1D', 'day'], 'every week': ['P1W', 'week'],
  'every month': ['P1M', 'month'], 'every year': ['P1Y', 'year'], 'each year': ['P1Y', 'year'], 'per day': ['P1D', 'day'],
  'per year': ['P1Y', 'year'], 'day after day': ['P1D', 'day'],
};
export const EVERY = ['every', 'each'];
export const NAMED_DATES: Record<string, string> = { '9/11': '2001-09-11' };

export const MODIFIERS: [string, Mod][] = [
  ['since', 'since'], ['from', 'after'], ['after', 'after'], ['starting', 'after'], ['before', 'before'], ['by', 'before'],
  ['no later than', 'before'], ['ahead of', 'before'], ['prior to', 'before'], ['until', 'until'], ['till', 'until'],
  ['up to', 'until'], ['through', 'until'], ['around', 'approx'], ['about', 'approx'], ['circa', 'approx'], ['c.', 'approx'],
  ['approximately', 'approx'],
];
export const PARTS: [string, Part][] = [
  ['early', 'start'], ['the start of', 'start'], ['the beginning of', 'start'], ['beginning of', 'start'], ['earlier', 'start'],
  ['late', 'end'], ['the end of', 'end'], ['end of', 'end'], ['later', 'end'],
  ['mid', 'mid'], ['mid-', 'mid'], ['the middle of', 'mid'], ['middle of', 'mid'],
];
/** Verbs for tense (time words are left out: they date another event in the same sentence). */
export const FUTURE_CUES = [
  'will', "'ll", 'shall', 'going to', 'must', 'demand', 'demands', 'demanded', 'deadline', 'ultimatum', 'plans', 'plan',
  'planned', 'scheduled', 'expected', 'expects', 'threatens', 'hopes', 'wants',
];
export const PAST_CUES = [
  'was', 'were', 'had', 'did', 'said', 'told', 'reported', 'killed', 'died', 'fled', 'took', 'came',
  'went', 'fell', 'began', 'captured', 'seized', 'attacked', 'arrested', 'happened', 'occurred',
  'stressed', 'confirmed', 'announced', 'signed', 'won', 'lost',
];
export const TIME_OF_DAY_SRC =
  '\\s*,?\\s*(?:(?:at|around|about|by)\\s+)?(?:\\d{1,2}(?:[.:]\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?)|\\d{1,2}:\\d{2}|noon|midnight|in\\s+the\\s+(?:morning|afternoon|evening))(?![\\p{L}\\p{N}])';

export const HOLIDAYS: Record<string, Holiday> = {
  christmas: { fixed: [12, 25] }, 'christmas day': { fixed: [12, 25] }, 'christmas eve': { fixed: [12, 24] }, 'boxing day': { fixed: [12, 26] },
  "new year's day": { fixed: [1, 1] }, "new year's eve": { fixed: [12, 31] }, "valentine's day": { fixed: [2, 14] }, halloween: { fixed: [10, 31] },
  'independence day': { fixed: [7, 4] }, easter: { easter: 0 }, 'easter sunday': { easter: 0 }, 'easter monday': { easter: 1 }, 'good friday': { easter: -2 },
  'ash wednesday': { easter: -46 }, pentecost: { easter: 49 },
};
