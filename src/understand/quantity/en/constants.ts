// English quantity words. Data only.
import type { Bound } from '../types.js';

export const MULTIPLIERS: Record<string, number> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, mln: 1e6, bn: 1e9, m: 1e6, k: 1e3,
};
export const VAGUE: Record<string, [number, number | null]> = {
  dozens: [24, 99], tens: [20, 99], 'tens of': [20, 99], hundreds: [200, 999], thousands: [2000, 9999], 'tens of thousands': [20_000, 99_999],
  'hundreds of thousands': [200_000, 999_999], millions: [2_000_000, 9_999_999], billions: [2e9, 9.999e9],
  'several hundred': [200, 999], 'several thousand': [2000, 9999], 'a few hundred': [200, 999], 'a few thousand': [2000, 9999],
  'a few dozen': [24, 99], 'several dozen': [24, 99], 'a few': [2, 9], several: [2, 9], 'a handful of': [2, 9], 'a couple of': [2, 2],
  numerous: [10, null], scores: [40, 99],
};
export const APPROX_NOUNS: Record<string, number> = { 'a dozen': 12, 'a score of': 20, 'some ten': 10 };
export const FRACTIONS: Record<string, number> = {
  half: 1 / 2, 'a half': 1 / 2, 'a third': 1 / 3, 'one third': 1 / 3, 'one-third': 1 / 3, 'two thirds': 2 / 3, 'two-thirds': 2 / 3,
  'a quarter': 1 / 4, 'one quarter': 1 / 4, 'three quarters': 3 / 4, 'three-quarters': 3 / 4, 'a fifth': 1 / 5, 'one fifth': 1 / 5,
  'two fifths': 2 / 5, 'a tenth': 1 / 10, 'one tenth': 1 / 10,
};
export const BOUNDS: [string, Bound, boolean][] = [
  ['more than', 'gt', false], ['over', 'gt', false], ['upwards of', 'gt', false], ['well over', 'gt', true], ['just over', 'gt', true],
  ['nearly', 'almost', true], ['almost', 'almost', true], ['close to', 'almost', true], ['just under', 'almost', true],
  ['only', 'only', false], ['just', 'only', false], ['barely', 'only', true], ['a mere', 'only', false],
  ['about', 'approx', true], ['around', 'approx', true], ['approximately', 'approx', true], ['roughly', 'approx', true],
  ['some', 'approx', true], ['an estimated', 'approx', true], ['circa', 'approx', true], ['c.', 'approx', true], ['an approximate', 'approx', true],
  ['at least', 'gte', false], ['no fewer than', 'gte', false], ['no less than', 'gte', false], ['a minimum of', 'gte', false],
  ['fewer than', 'lt', false], ['less than', 'lt', false], ['under', 'lt', false], ['below', 'lt', false],
  ['up to', 'lte', false], ['at most', 'lte', false], ['as many as', 'lte', false], ['no more than', 'lte', false], ['a maximum of', 'lte', false],
];
export const UNITS: Record<string, string> = {
  percent: '%', 'per cent': '%', '%': '%', 'percentage points': 'pp', km: 'km', kilometres: 'km', kilometers: 'km', kilometre: 'km',
  kilometer: 'km', miles: 'mi', mile: 'mi', metres: 'm', meters: 'm', m: 'm', kg: 'kg', kilograms: 'kg', tonnes: 't', tons: 't',
  litres: 'l', liters: 'l', hectares: 'ha', 'square kilometres': 'km2', 'square kilometers': 'km2', dollars: 'USD', euros: 'EUR',
  pounds: 'GBP', degrees: '°', barrels: 'barrel',
};
export const CURRENCIES: Record<string, string> = { '€': 'EUR', '$': 'USD', '£': 'GBP', 'US$': 'USD' };
export const TIME_UNITS = new Set([
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'weekend', 'month', 'months',
  'year', 'years', 'decade', 'decades', 'century', 'centuries', 'year-old', 'years-old', 'am', 'pm', 'a.m.', 'p.m.',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
export const NOT_NOUNS = new Set([
  'the', 'a', 'an', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'that', 'which', 'who', 'is', 'are',
  'was', 'were', 'be', 'been', 'had', 'have', 'has', 'will', 'would', 'can', 'could', 'may', 'more', 'than', 'per', 'times', 'percent',
  'it', 'they', 'he', 'she', 'we', 'their', 'his', 'her', 'its', 'out', 'not', 'also', 'than', 'up', 'down',
]);
/** Plurals without -s. */
export const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'personnel', 'staff', 'militia', 'cattle', 'sheep', 'fish', 'aircraft']);
/** Adjectives often between a number and its noun ("two other men"). */
export const SKIP = new Set(['other', 'more', 'additional', 'further', 'new', 'extra', 'different', 'separate', 'armed', 'young', 'old', 'foreign', 'local']);
/** Words after which a number names something: "question 3", "article 5". */
export const LABELS = new Set([
  'number', 'no', 'no.', 'question', 'article', 'page', 'chapter', 'level', 'phase', 'route', 'flight', 'version', 'season', 'grade',
  'category', 'step', 'round', 'stage', 'type', 'model', 'channel', 'section', 'paragraph', 'item', 'line', 'bus',
]);
