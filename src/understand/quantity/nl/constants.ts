// Dutch quantity words. Data only.
import type { Bound } from '../types.js';
export { MULTIPLIERS } from './numbers.js';

/** Vague plurals: at least two of the unit, fewer than ten of the next. */
export const VAGUE: Record<string, [number, number | null]> = {
  tientallen: [20, 99], honderden: [200, 999], duizenden: [2000, 9999], tienduizenden: [20_000, 99_999],
  honderdduizenden: [200_000, 999_999], miljoenen: [2_000_000, 9_999_999], miljarden: [2e9, 9.999e9],
  'enkele tientallen': [20, 99], 'enkele honderden': [200, 999], 'enkele duizenden': [2000, 9999],
  'vele duizenden': [2000, 9999], 'vele honderden': [200, 999], 'een paar honderd': [200, 999], 'een paar duizend': [2000, 9999],
  'enkele honderdduizenden': [200_000, 999_999], 'enkele tienduizenden': [20_000, 99_999],
  enkele: [2, 9], 'een paar': [2, 9], 'een handvol': [2, 9], meerdere: [2, null], talloze: [10, null],
};
export const APPROX_NOUNS: Record<string, number> = {
  tiental: 10, twintigtal: 20, dertigtal: 30, veertigtal: 40, vijftigtal: 50, zestigtal: 60, zeventigtal: 70,
  tachtigtal: 80, negentigtal: 90, honderdtal: 100, duizendtal: 1000, vijftal: 5, zestal: 6, zevental: 7, achttal: 8, dozijn: 12,
};
export const FRACTIONS: Record<string, number> = {
  'de helft': 1 / 2, 'een halve': 1 / 2, 'een derde': 1 / 3, 'één derde': 1 / 3, 'twee derde': 2 / 3, tweederde: 2 / 3,
  'een kwart': 1 / 4, 'één kwart': 1 / 4, driekwart: 3 / 4, 'drie kwart': 3 / 4, 'een vierde': 1 / 4, 'drie vierde': 3 / 4,
  'een vijfde': 1 / 5, 'twee vijfde': 2 / 5, 'drie vijfde': 3 / 5, 'vier vijfde': 4 / 5, 'een zesde': 1 / 6,
  'een achtste': 1 / 8, 'een tiende': 1 / 10, 'negen tiende': 9 / 10,
};
export const BOUNDS: [string, Bound, boolean][] = [
  ['meer dan', 'gt', false], ['ruim', 'gt', true], ['ruim meer dan', 'gt', true], ['bijna', 'almost', true],
  ['nagenoeg', 'almost', true], ['vrijwel', 'almost', true], ['een kleine', 'almost', true], ['net geen', 'almost', true],
  ['amper', 'only', true], ['nauwelijks', 'only', true], ['slechts', 'only', false], ['maar', 'only', false], ['pas', 'only', false],
  ['ongeveer', 'approx', true], ['circa', 'approx', true], ['ca.', 'approx', true], ['rond', 'approx', true], ['rond de', 'approx', true],
  ["zo'n", 'approx', true], ['zo’n', 'approx', true], ['pakweg', 'approx', true], ['om en nabij', 'approx', true], ['naar schatting', 'approx', true],
  ['bij benadering', 'approx', true], ['grofweg', 'approx', true], ['ongeveer een', 'approx', true], ['een dikke', 'gt', true], ['een goede', 'gt', true], ['een ruime', 'gt', true],
  ['minstens', 'gte', false], ['ten minste', 'gte', false], ['tenminste', 'gte', false], ['minimaal', 'gte', false], ['zeker', 'gte', false],
  ['op zijn minst', 'gte', false], ["z'n", 'approx', true],
  ['minder dan', 'lt', false], ['onder de', 'lt', false], ['boven de', 'gt', false], ['ruim boven de', 'gt', true], ['meer dan de', 'gt', false], ['hooguit', 'lte', false], ['maximaal', 'lte', false], ['ten hoogste', 'lte', false],
  ['tot wel', 'lte', false], ['tot maximaal', 'lte', false], ['niet meer dan', 'lte', false],
];
export const UNITS: Record<string, string> = {
  procent: '%', '%': '%', procentpunt: 'pp', procentpunten: 'pp', km: 'km', kilometer: 'km', 'vierkante kilometer': 'km2', km2: 'km2',
  meter: 'm', m: 'm', cm: 'cm', centimeter: 'cm', millimeter: 'mm', 'kubieke meter': 'm3', m3: 'm3', 'vierkante meter': 'm2', m2: 'm2', mm: 'mm', kilo: 'kg', kg: 'kg', kilogram: 'kg', gram: 'g', ton: 't', liter: 'l', hectare: 'ha',
  euro: 'EUR', dollar: 'USD', dollars: 'USD', pond: 'GBP', graden: '°', mijl: 'mi', vaten: 'barrel',
};
export const CURRENCIES: Record<string, string> = { '€': 'EUR', '$': 'USD', '£': 'GBP', 'US$': 'USD' };
export const TIME_UNITS = new Set([
  'seconde', 'seconden', 'minuut', 'minuten', 'uur', 'uren', 'dag', 'dagen', 'week', 'weken', 'weekend', 'maand', 'maanden',
  'jaar', 'jaren', 'decennium', 'decennia', 'eeuw', 'eeuwen', 'etmaal', 'etmalen', 'kwartaal', 'jarige', 'jarigen', 'jaar-',
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december',
]);
/** Words after a number that are not what it counts. */
export const NOT_NOUNS = new Set([
  'de', 'het', 'een', 'en', 'of', 'van', 'in', 'op', 'aan', 'met', 'voor', 'na', 'bij', 'uit', 'tot', 'om', 'over', 'door', 'naar',
  'die', 'dat', 'dit', 'deze', 'is', 'zijn', 'was', 'waren', 'werd', 'werden', 'wordt', 'worden', 'had', 'hadden', 'heeft', 'hebben',
  'zal', 'zullen', 'kan', 'kunnen', 'moet', 'moeten', 'er', 'niet', 'nog', 'al', 'ook', 'wel', 'zo', 'te', 'als', 'dan', 'per', 'keer',
  'maal', 'tegen', 'à', 'a', 'tussen', 'ruim', 'bijna', 'gingen', 'kwamen', 'vielen', 'raakten', 'bleven', 'zaten', 'stonden',
  'liepen', 'gaven', 'namen', 'kregen', 'zagen', 'lagen', 'moesten', 'konden', 'wilden', 'zouden', 'mochten', 'gaan', 'komen', 'zich', 'hun', 'haar', 'zijn', 'hij', 'zij', 'ze', 'we', 'wij', 'ik', 'u', 'hen', 'hem', 'ons', 'jullie', 'hiervan', 'daarvan',
]);
/** Attributive words before the noun that do not end in -e ("extra", "Afghaans" does). */
export const SKIP = new Set([
  'extra', 'meer', 'minder', 'nieuw', 'ander', 'zwaar', 'licht', 'groot', 'klein', 'open',
  // material adjectives end in -en like plural nouns
  'gouden', 'zilveren', 'houten', 'stenen', 'ijzeren', 'koperen', 'bronzen', 'glazen', 'wollen', 'lederen', 'leren', 'plastic', 'stalen', 'papieren',
]);
/** Words after which a number names something: "vraag 3", "de nummer 2", "artikel 5". */
export const LABELS = new Set([
  'nummer', 'nr', 'nr.', 'no', 'vraag', 'artikel', 'art.', 'pagina', 'blz', 'blz.', 'punt', 'groep', 'fase', 'niveau', 'code', 'lijn',
  'plek', 'plaats', 'positie', 'bus', 'tram', 'route', 'versie', 'editie', 'seizoen', 'hoofdstuk', 'klasse', 'categorie', 'kanaal', 'stap', 'ronde', 'etappe', 'type', 'model',
]);
