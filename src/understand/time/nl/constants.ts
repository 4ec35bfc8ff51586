// Dutch word tables for time expressions. Data only: the parsers in ./parsers build patterns from these.
import type { Holiday, Mod, Part, Season, Unit } from '../types.js';
export { parseNumberWord, NUMBER_WORD_SRC } from '../../quantity/nl/numbers.js';

export const MONTHS: Record<string, number> = {
  januari: 1, februari: 2, maart: 3, april: 4, mei: 5, juni: 6, juli: 7, augustus: 8,
  september: 9, oktober: 10, november: 11, december: 12,
};
/** Abbreviations: only accepted with a day number ("3 jan."), since "Jan" is also a name. */
export const MONTH_ABBR: Record<string, number> = {
  jan: 1, feb: 2, febr: 2, mrt: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12,
};
export const WEEKDAYS: Record<string, number> = {
  maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6, zondag: 7,
};
/** Parts of the day glued to a weekday or day word: "zondagavond", "gisteravond". */
export const DAY_PARTS = ['ochtend', 'morgen', 'middag', 'avond', 'nacht'];

/** Words for a day relative to today. */
export const DAY_WORDS: Record<string, number> = {
  vandaag: 0, vanochtend: 0, vanmorgen: 0, vanmiddag: 0, vanavond: 0, vannacht: 0, heden: 0,
  gisteren: -1, gister: -1, gisterochtend: -1, gistermorgen: -1, gistermiddag: -1, gisteravond: -1, gisternacht: -1,
  eergisteren: -2,
  morgen: 1, morgenochtend: 1, morgenvroeg: 1, morgenmiddag: 1, morgenavond: 1, overmorgen: 2,
};

/** Relative determiners: "vorige week" (-1), "deze maand" (0), "volgend jaar" (+1). */
export const REL: Record<string, -1 | 0 | 1> = {
  vorige: -1, vorig: -1, afgelopen: -1, voorbije: -1, voorbij: -1, verleden: -1, 'het afgelopen': -1, 'het voorbije': -1,
  deze: 0, dit: 0, huidige: 0, 'het huidige': 0, lopende: 0, 'het lopende': 0,
  volgende: 1, volgend: 1, komende: 1, komend: 1, aanstaande: 1, 'het komende': 1, 'het volgende': 1,
};
/** "maandag jongstleden": a determiner after the word. */
export const REL_AFTER: Record<string, -1 | 1> = { jongstleden: -1, 'jl.': -1, aanstaande: 1, 'a.s.': 1 };

export const UNITS: Record<string, Unit> = {
  seconde: 'minute', seconden: 'minute', minuut: 'minute', minuten: 'minute',
  uur: 'hour', uren: 'hour', etmaal: 'day', etmalen: 'day',
  dag: 'day', dagen: 'day', week: 'week', weken: 'week', weekend: 'weekend', weekenden: 'weekend', weekeinde: 'weekend', weekeinden: 'weekend',
  maand: 'month', maanden: 'month', kwartaal: 'quarter', kwartalen: 'quarter',
  jaar: 'year', jaren: 'year', decennium: 'decade', decennia: 'decade', eeuw: 'century', eeuwen: 'century',
};
/** Units a relative determiner can take ("vorige week"); "vorige dag" is not said. */
export const REL_UNITS: Record<string, Unit> = {
  week: 'week', weekend: 'weekend', weekeinde: 'weekend', maand: 'month', kwartaal: 'quarter', jaar: 'year', decennium: 'decade', eeuw: 'century',
};
/** "decennialang", "jarenlang": a vague duration. */
export const LONG: Record<string, Unit> = {
  urenlang: 'hour', dagenlang: 'day', wekenlang: 'week', maandenlang: 'month', jarenlang: 'year',
  decennialang: 'decade', eeuwenlang: 'century',
};
/** Vague counts before a unit: "enkele dagen", "een paar weken". */
export const VAGUE_COUNTS = ['enkele', 'een paar', 'een aantal', 'meerdere', 'verscheidene', 'vele', 'tal van', 'ettelijke', 'luttele', 'zoveel'];

export const SEASONS: Record<string, Season> = {
  lente: 'SP', voorjaar: 'SP', zomer: 'SU', herfst: 'FA', najaar: 'FA', winter: 'WI',
};

/** Decades: "de jaren negentig", "de jaren '90". */
export const DECADE_WORDS: Record<string, number> = {
  nul: 0, tien: 10, twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90,
};
export const ORDINAL_CENTURIES: Record<string, number> = {
  twaalfde: 12, dertiende: 13, veertiende: 14, vijftiende: 15, zestiende: 16, zeventiende: 17, achttiende: 18,
  negentiende: 19, twintigste: 20, eenentwintigste: 21,
};

export const VAGUE: Record<string, 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF'> = {
  binnenkort: 'FUTURE_REF', straks: 'FUTURE_REF', spoedig: 'FUTURE_REF', weldra: 'FUTURE_REF',
  'op termijn': 'FUTURE_REF', 'in de toekomst': 'FUTURE_REF', 'de komende tijd': 'FUTURE_REF', 'in de nabije toekomst': 'FUTURE_REF',
  onlangs: 'PAST_REF', recent: 'PAST_REF', recentelijk: 'PAST_REF', kortgeleden: 'PAST_REF', 'kort geleden': 'PAST_REF',
  'lang geleden': 'PAST_REF', 'enige tijd geleden': 'PAST_REF', vroeger: 'PAST_REF', destijds: 'PAST_REF', toentertijd: 'PAST_REF', toendertijd: 'PAST_REF',
  'in het verleden': 'PAST_REF', 'de laatste tijd': 'PAST_REF', 'de afgelopen tijd': 'PAST_REF', laatst: 'PAST_REF',
  nu: 'PRESENT_REF', momenteel: 'PRESENT_REF', tegenwoordig: 'PRESENT_REF', 'op dit moment': 'PRESENT_REF',
  thans: 'PRESENT_REF', 'op het moment': 'PRESENT_REF', 'op dit ogenblik': 'PRESENT_REF', 'op het ogenblik': 'PRESENT_REF', 'dezer dagen': 'PRESENT_REF', heden_ten_dage: 'PRESENT_REF',
};

/** Sets: "dagelijks", "elke maandag" (built in the parser), "'s zondags". */
export const SET_WORDS: Record<string, [string, 'day' | 'week' | 'month' | 'year']> = {
  dagelijks: ['P1D', 'day'], dagelijkse: ['P1D', 'day'], wekelijks: ['P1W', 'week'], wekelijkse: ['P1W', 'week'],
  maandelijks: ['P1M', 'month'], maandelijkse: ['P1M', 'month'], jaarlijks: ['P1Y', 'year'], jaarlijkse: ['P1Y', 'year'],
  'elke dag': ['P1D', 'day'], 'iedere dag': ['P1D', 'day'], 'elke week': ['P1W', 'week'], 'iedere week': ['P1W', 'week'],
  'elke maand': ['P1M', 'month'], 'iedere maand': ['P1M', 'month'], 'elk jaar': ['P1Y', 'year'], 'ieder jaar': ['P1Y', 'year'],
  'dag in dag uit': ['P1D', 'day'], 'per dag': ['P1D', 'day'], 'per week': ['P1W', 'week'], 'per jaar': ['P1Y', 'year'],
};
export const EVERY = ['elke', 'iedere', 'elk', 'ieder', 'alle'];

/** Days with a name that people use as a date. */
export const NAMED_DATES: Record<string, string> = { '9/11': '2001-09-11', '9-11': '2001-09-11', nineeleven: '2001-09-11' };

/** Words before an expression that change its meaning; checked longest first. */
export const MODIFIERS: [string, Mod][] = [
  ['sinds', 'since'], ['sedert', 'since'], ['per', 'after'], ['met ingang van', 'after'], ['vanaf', 'after'], ['vanuit', 'after'], ['na', 'after'], ['pas na', 'after'],
  ['voor', 'before'], ['vóór', 'before'], ['uiterlijk', 'before'], ['uiterlijk op', 'before'], ['ten laatste', 'before'],
  ['tot', 'until'], ['tot en met', 'until'], ['tot zeker', 'until'], ['tot minstens', 'until'], ['tot ten minste', 'until'], ['tot uiterlijk', 'until'], ['t/m', 'until'], ['totdat', 'until'], ['tot aan', 'until'],
  ['rond', 'approx'], ['rondom', 'approx'], ['omstreeks', 'approx'], ['omtrent', 'approx'], ['circa', 'approx'], ['ca.', 'approx'], ['ongeveer', 'approx'],
];
export const PARTS: [string, Part][] = [
  ['begin', 'start'], ['begin van', 'start'], ['het begin van', 'start'], ['aan het begin van', 'start'], ['eerder', 'start'],
  ['eind', 'end'], ['einde', 'end'], ['eind van', 'end'], ['het eind van', 'end'], ['het einde van', 'end'], ['aan het eind van', 'end'], ['later', 'end'],
  ['medio', 'mid'], ['half', 'mid'], ['midden', 'mid'], ['halverwege', 'mid'], ['het midden van', 'mid'],
];

/**
 * Verbs that make a clause about the future or the past (nearest to the expression wins). Time words
 * ("gisteren", "komende") are left out on purpose: they date another event in the same sentence.
 */
export const FUTURE_CUES = [
  'zal', 'zullen', 'zult', 'zou willen', 'moet', 'moeten', 'eisen', 'eist', 'eiste', 'wil', 'willen',
  'uiterlijk', 'deadline', 'ultimatum', 'gepland', 'plant', 'plannen', 'verwacht', 'verwachten', 'voornemens',
  'dreigt', 'dreigen', 'hoopt', 'hopen',
];
export const PAST_CUES = [
  'was', 'waren', 'werd', 'werden', 'had', 'hadden', 'toen', 'heeft', 'hebben',
  'kon', 'konden', 'mocht', 'mochten', 'moest', 'moesten', 'wilde', 'wilden', 'zat', 'zaten', 'lag', 'lagen',
  'bleef', 'bleven', 'hield', 'hielden', 'bracht', 'brachten', 'dacht', 'dachten', 'wist', 'wisten', 'vroegen',
  'zei', 'zeiden', 'meldde', 'meldden', 'kwam', 'kwamen', 'ging', 'gingen', 'vond', 'vonden', 'stond', 'stonden',
  'nam', 'namen', 'sloot', 'sloten', 'deed', 'deden', 'zag', 'zagen', 'viel', 'vielen', 'begon', 'begonnen',
  'overleed', 'stierf', 'stierven', 'gebeurde', 'vluchtte', 'vluchtten', 'liet', 'lieten', 'kreeg', 'kregen',
  'benadrukte', 'benadrukten', 'verklaarde', 'verklaarden', 'vertelde', 'vertelden', 'bevestigde', 'bevestigden',
  'veroverde', 'veroverden', 'boekte', 'boekten', 'vermoord', 'gedood', 'omgekomen', 'gearresteerd', 'aangehouden',
  'plaatsgevonden', 'gevonden', 'vond plaats',
];

/** Clock times and parts of day after a date: "om 15.00 uur", "'s avonds". */
export const TIME_OF_DAY_SRC =
  "\\s*,?\\s*(?:(?:om|rond|omstreeks|tegen|vanaf)\\s+)?(?:\\d{1,2}[.:]\\d{2}(?:\\s*uur)?|\\d{1,2}\\s*uur|'s\\s+(?:ochtends|morgens|middags|avonds|nachts)|middernacht|het\\s+middaguur)(?![\\p{L}\\p{N}])";

/** Holidays: fixed days, or days counted from Easter Sunday. */
export const HOLIDAYS: Record<string, Holiday> = {
  kerstmis: { fixed: [12, 25] }, kerst: { fixed: [12, 25] }, 'eerste kerstdag': { fixed: [12, 25] }, 'tweede kerstdag': { fixed: [12, 26] },
  kerstavond: { fixed: [12, 24] }, oudejaarsdag: { fixed: [12, 31] }, oudjaarsdag: { fixed: [12, 31] }, oudejaarsavond: { fixed: [12, 31] },
  oudjaarsavond: { fixed: [12, 31] }, nieuwjaarsdag: { fixed: [1, 1] }, koningsdag: { fixed: [4, 27] }, bevrijdingsdag: { fixed: [5, 5] },
  dodenherdenking: { fixed: [5, 4] }, pakjesavond: { fixed: [12, 5] }, valentijnsdag: { fixed: [2, 14] },
  pasen: { easter: 0 }, paaszondag: { easter: 0 }, 'eerste paasdag': { easter: 0 }, 'tweede paasdag': { easter: 1 }, paasmaandag: { easter: 1 },
  'goede vrijdag': { easter: -2 }, hemelvaartsdag: { easter: 39 }, hemelvaart: { easter: 39 }, pinksteren: { easter: 49 },
  'eerste pinksterdag': { easter: 49 }, 'tweede pinksterdag': { easter: 50 }, aswoensdag: { easter: -46 }, carnaval: { easter: -49, days: 3 },
};

/** Quarters and halves: "het eerste kwartaal", "de tweede helft". */
export const QUARTERS: Record<string, number> = { eerste: 1, tweede: 2, derde: 3, vierde: 4, laatste: 4 };
export const HALVES: Record<string, number> = { eerste: 1, tweede: 2, laatste: 2 };
