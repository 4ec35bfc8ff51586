// Dutch temporal expressions, table-driven: our own sentences, each with its value and precision.
// D = a reference known to the day (Wednesday 14 July 2021), M = known only to the month.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes } from '../../src/understand/time/index.js';
import { checkTime, type TimeRow } from './table.js';

const D = '2021-07-14';
const M = '2021-07';

const absolute: TimeRow[] = [
  ['De brug werd op 4 juli geopend.', D, '4 juli', '2021-07-04', 'day'],
  ['Op 15 augustus 2021 trokken de strijders de stad binnen.', D, '15 augustus 2021', '2021-08-15', 'day', { anchored_to: null }],
  ['Het verdrag werd getekend op 3 maart 1998.', D, '3 maart 1998', '1998-03-03', 'day'],
  ['Op 11 september 2001 werden de torens getroffen.', D, '11 september 2001', '2001-09-11', 'day'],
  ['Op 29 februari 2020 sloten de VS een akkoord.', D, '29 februari 2020', '2020-02-29', 'day'],
  ['Op 3 jan. 2020 werd de generaal gedood.', D, '3 jan. 2020', '2020-01-03', 'day'],
  ['Op 12-03-2019 werd het rapport gepubliceerd.', D, '12-03-2019', '2019-03-12', 'day'],
  ['Het document is gedateerd 2020-11-05.', D, '2020-11-05', '2020-11-05', 'day'],
  ['In mei 2020 werd het akkoord gesloten.', D, 'mei 2020', '2020-05', 'month'],
  ['In 2019 werden de gesprekken hervat.', D, '2019', '2019', 'year'],
  ['In 1989 viel de Muur.', D, '1989', '1989', 'year'],
  ['Het verdrag uit 1648 bleef lang van kracht.', D, '1648', '1648', 'year'],
  ['Dit gebeurde in het jaar 2000.', D, '2000', '2000', 'year'],
  ['Op 15 augustus 2021 viel de hoofdstad.', M, '15 augustus 2021', '2021-08-15', 'day', { anchored_to: null }],
  ['Op maandag 12 juli werd de bestorming ingezet.', D, 'maandag 12 juli', '2021-07-12', 'day'],
  ['Zondag 4 juli werd het dorp ontruimd.', D, 'Zondag 4 juli', '2021-07-04', 'day'],
  ['Op donderdag 8 juli om 14.00 uur begon de zitting.', D, 'donderdag 8 juli om 14.00 uur', '2021-07-08', 'day'],
  ['Gisteren rond middernacht landde het toestel.', D, 'Gisteren rond middernacht', '2021-07-13', 'day'],
  ['Rond middernacht landde het toestel.', D, 'Rond middernacht', '2021-07-14T00:00', 'day', { mod: 'approx' }],
  ['Gisteren werd er gevochten. Om 18.30 uur viel de stad.', D, '18.30 uur', '2021-07-13T18:30', 'day', { anchored_to: '2021-07-13' }],
  ['Op 20 juli werd de ambassade ontruimd.', M, '20 juli', '2021-07-20', 'day'],
];

// A bare day and month: the year follows the tense of the sentence, else the nearest occurrence.
const yearInference: TimeRow[] = [
  ['De rechter zal op 2 september uitspraak doen.', D, '2 september', '2021-09-02', 'day', { anchored_to: D }],
  ['Op 2 juni werd de burgemeester beëdigd.', D, '2 juni', '2021-06-02', 'day'],
  ['De verkiezingen zijn gepland op 17 maart.', D, '17 maart', '2022-03-17', 'day'],
  ['Op 20 december werd de grens gesloten.', D, '20 december', '2020-12-20', 'day'],
  ['In december werd de grens gesloten.', D, 'december', '2020-12', 'month'],
  ['De top is in oktober.', D, 'oktober', '2021-10', 'month'],
  ['De aanval vond plaats in februari.', D, 'februari', '2021-02', 'month'],
  ['Op 1 mei gingen duizenden de straat op.', D, '1 mei', '2021-05-01', 'day'],
  ['De Taliban eisen het vertrek voor 1 mei.', M, 'voor 1 mei', '2022-05-01', 'day', { mod: 'before' }],
  ['Op 1 mei vertrokken de eerste troepen.', M, '1 mei', '2021-05-01', 'day'],
  ['In augustus zullen de laatste soldaten vertrekken.', M, 'augustus', '2021-08', 'month'],
  ['Het incident vond plaats op 9 juli.', D, '9 juli', '2021-07-09', 'day'],
  ['Waarschijnlijk niet eerder dan in september zal het besluit vallen.', D, 'september', '2021-09', 'month'],
  ['In januari werd de wet aangenomen.', D, 'januari', '2021-01', 'month'],
  ['In januari zullen de eerste vaccins komen.', D, 'januari', '2022-01', 'month'],
  ['Hij kondigde aan dat hij op 28 mei zou vertrekken, maar dat stond niemand toe.', D, '28 mei', '2022-05-28', 'day'],
  ['De man zou op 2 mei iemand hebben bedreigd.', D, '2 mei', '2021-05-02', 'day'],
];

const boundaries: TimeRow[] = [
  ['De troepen moeten uiterlijk 31 augustus vertrokken zijn.', D, 'uiterlijk 31 augustus', '2021-08-31', 'day', { mod: 'before' }],
  ['Het ultimatum verloopt voor 1 oktober.', D, 'voor 1 oktober', '2021-10-01', 'day', { mod: 'before' }],
  ['Sinds maart is de weg afgesloten.', D, 'Sinds maart', '2021-03/2021-07-14', 'month', { type: 'interval', mod: 'since' }],
  ['Sinds 2014 woont zij in Kabul.', D, 'Sinds 2014', '2014/2021-07-14', 'year', { mod: 'since' }],
  ['Sinds mei verblijven de vluchtelingen in kampen.', M, 'Sinds mei', '2021-05/2021-07', 'month', { mod: 'since' }],
  ['Sinds 1 juni geldt een avondklok.', M, 'Sinds 1 juni', '2021-06-01/2021-07', 'day', { mod: 'since' }],
  ['Sinds de jaren tachtig is de bevolking verdubbeld.', D, 'Sinds de jaren tachtig', '1980/1989', 'decade', { mod: 'since' }],
  ['Vanaf 1 september gelden nieuwe regels.', D, 'Vanaf 1 september', '2021-09-01', 'day', { mod: 'after' }],
  ['Tot 2024 blijft de missie actief.', D, 'Tot 2024', '2024', 'year', { mod: 'until' }],
  ['De controles blijven tot zeker februari van kracht.', D, 'tot zeker februari', '2022-02', 'month', { mod: 'until' }],
  ['Tot en met 30 juni kon men bezwaar maken.', D, 'Tot en met 30 juni', '2021-06-30', 'day', { mod: 'until' }],
  ['Rond 1900 telde het dorp honderd inwoners.', D, 'Rond 1900', '1900', 'year', { mod: 'approx' }],
  ['Omstreeks 1850 werd de kerk gebouwd.', D, 'Omstreeks 1850', '1850', 'year', { mod: 'approx' }],
  ['Na 2015 nam het geweld toe.', D, 'Na 2015', '2015', 'year', { mod: 'after' }],
  ['Voor 2010 was de regio rustig.', D, 'Voor 2010', '2010', 'year', { mod: 'before' }],
  ['Medio 2020 werd het plan gepresenteerd.', D, 'Medio 2020', '2020', 'year', { mod: 'mid' }],
  ['Halverwege 2022 moet de nieuwe wet ingaan.', D, 'Halverwege 2022', '2022', 'year', { mod: 'mid' }],
  ['Eind juli moet de brug klaar zijn.', D, 'Eind juli', '2021-07', 'month', { mod: 'end' }],
  ['Begin augustus vertrekken de laatste troepen.', D, 'Begin augustus', '2021-08', 'month', { mod: 'start' }],
  ['Half juni kwam het bericht.', D, 'Half juni', '2021-06', 'month', { mod: 'mid' }],
  ['Eerder deze maand werd een journalist ontvoerd.', D, 'Eerder deze maand', '2021-07', 'month', { mod: 'start' }],
  ['Later dit jaar volgen verkiezingen.', D, 'Later dit jaar', '2021', 'year', { mod: 'end' }],
];

const ranges: TimeRow[] = [
  ['Het gebied was tussen 1996 en 2001 in handen van de rebellen.', D, 'tussen 1996 en 2001', '1996/2001', 'year', { type: 'interval' }],
  ['Van 1 tot en met 3 augustus wordt er gestaakt.', D, 'Van 1 tot en met 3 augustus', '2021-08-01/2021-08-03', 'day'],
  ['De conferentie duurt van 10 tot 12 mei 2022.', D, 'van 10 tot 12 mei 2022', '2022-05-10/2022-05-12', 'day'],
  ['Van 2001 tot 2021 waren er buitenlandse troepen.', D, 'Van 2001 tot 2021', '2001/2021', 'year'],
  ['De periode 2014-2016 was zwaar.', D, '2014-2016', '2014/2016', 'year'],
];

const relative: TimeRow[] = [
  ['Vorige week vielen er drie doden.', D, 'Vorige week', '2021-W27', 'week', { anchored_to: D }],
  ['Deze week praten de partijen verder.', D, 'Deze week', '2021-W28', 'week'],
  ['Volgende week komt het kabinet met een besluit.', D, 'Volgende week', '2021-W29', 'week'],
  ['Vorige maand steeg het aantal aanvallen.', D, 'Vorige maand', '2021-06', 'month'],
  ['Volgende maand begint de evacuatie.', D, 'Volgende maand', '2021-08', 'month'],
  ['Deze maand nog valt het besluit.', D, 'Deze maand', '2021-07', 'month'],
  ['Vorig jaar sneuvelden veel militairen.', D, 'Vorig jaar', '2020', 'year'],
  ['Dit jaar is het rustiger.', D, 'Dit jaar', '2021', 'year'],
  ['Volgend jaar worden er verkiezingen gehouden.', D, 'Volgend jaar', '2022', 'year'],
  ['Het afgelopen jaar was zwaar.', D, 'Het afgelopen jaar', '2020', 'year'],
  ['Afgelopen weekend werd er zwaar gevochten.', D, 'Afgelopen weekend', '2021-07-10/2021-07-11', 'day', { type: 'interval' }],
  ['Komend weekend demonstreren de boeren.', D, 'Komend weekend', '2021-07-17/2021-07-18', 'day'],
  ['Dit weekend wordt het warm.', D, 'Dit weekend', '2021-07-17/2021-07-18', 'day'],
  ['In het weekend werden drie mensen gearresteerd.', '2021-07-19', 'het weekend', '2021-07-17/2021-07-18', 'day'],
  ['Dit weekend werden twee vliegtuigen gezien.', '2021-07-19', 'Dit weekend', '2021-07-17/2021-07-18', 'day'],
  ['Dit weekend zullen er twee vliegtuigen landen.', '2021-07-19', 'Dit weekend', '2021-07-24/2021-07-25', 'day'],
  ['Gisteren sloeg de bliksem in.', D, 'Gisteren', '2021-07-13', 'day'],
  ['Eergisteren werd de verdachte aangehouden.', D, 'Eergisteren', '2021-07-12', 'day'],
  ['Vandaag tekent de minister het akkoord.', D, 'Vandaag', '2021-07-14', 'day'],
  ['Morgen vergadert de raad opnieuw.', D, 'Morgen', '2021-07-15', 'day'],
  ['Overmorgen vertrekt de delegatie.', D, 'Overmorgen', '2021-07-16', 'day'],
  ['Vanavond spreekt de premier het land toe.', D, 'Vanavond', '2021-07-14', 'day'],
  ['Gisteravond brak er brand uit.', D, 'Gisteravond', '2021-07-13', 'day'],
  ['Twee dagen geleden werd het konvooi aangevallen.', D, 'Twee dagen geleden', '2021-07-12', 'day'],
  ['Drie weken geleden begon het offensief.', D, 'Drie weken geleden', '2021-W25', 'week'],
  ['Vier maanden geleden viel de regering.', D, 'Vier maanden geleden', '2021-03', 'month'],
  ['Tien jaar geleden brak de oorlog uit.', D, 'Tien jaar geleden', '2011', 'year'],
  ['Een week geleden sloot de grensovergang.', D, 'Een week geleden', '2021-W27', 'week'],
  ['Over twee weken beslist de rechter.', D, 'Over twee weken', '2021-W30', 'week'],
  ['Over drie maanden volgt de uitspraak.', D, 'Over drie maanden', '2021-10', 'month'],
  ['Over een jaar is de weg klaar.', D, 'Over een jaar', '2022', 'year'],
  ['Afgelopen zomer was het droog.', D, 'Afgelopen zomer', '2020-SU', 'month'],
  ['De zomer van 2019 was heet.', D, 'De zomer van 2019', '2019-SU', 'month'],
  ['In het voorjaar van 2022 begint de bouw.', D, 'het voorjaar van 2022', '2022-SP', 'month'],
];

// Against a reference known only to the month, nothing finer than the month may come out.
const monthRef: TimeRow[] = [
  ['Twee dagen geleden werd het konvooi aangevallen.', M, 'Twee dagen geleden', '2021-07', 'month', { anchored_to: M }],
  ['Gisteren sloeg de bliksem in.', M, 'Gisteren', '2021-07', 'month'],
  ['Vorige week vielen er drie doden.', M, 'Vorige week', '2021-07', 'month'],
  ['Zondag namen de rebellen de stad in.', M, 'Zondag', '2021-07', 'month'],
  ['Maandag sprak de minister met de pers.', M, 'Maandag', '2021-07', 'month'],
  ['Vorig jaar werd de grens heropend.', M, 'Vorig jaar', '2020', 'year'],
  ['Volgende maand begint het proces.', M, 'Volgende maand', '2021-08', 'month'],
  ['Vorige maand begon het proces.', M, 'Vorige maand', '2021-06', 'month'],
];

const weekdays: TimeRow[] = [
  ['Zondag namen de rebellen de stad in.', D, 'Zondag', '2021-07-11', 'day', { anchored_to: D }],
  ['Maandag zal de minister de Kamer informeren.', D, 'Maandag', '2021-07-19', 'day'],
  ['Vrijdag werd de verdachte vrijgelaten.', D, 'Vrijdag', '2021-07-09', 'day'],
  ['Woensdag werd de wet aangenomen.', D, 'Woensdag', '2021-07-14', 'day'],
  ['Afgelopen dinsdag werd er een bom gevonden.', D, 'Afgelopen dinsdag', '2021-07-13', 'day'],
  ['Komende vrijdag gaat de school weer open.', D, 'Komende vrijdag', '2021-07-16', 'day'],
  ['Volgende maandag begint het proces.', D, 'Volgende maandag', '2021-07-19', 'day'],
  ['Zaterdagavond werd een politiepost bestormd.', D, 'Zaterdagavond', '2021-07-10', 'day'],
  ['Dinsdagochtend vielen de eerste schoten.', D, 'Dinsdagochtend', '2021-07-13', 'day'],
  ['Maandag jongstleden werd de grens gesloten.', D, 'Maandag jongstleden', '2021-07-12', 'day'],
  ['Deze zaterdag opent de beurs haar deuren.', D, 'Deze zaterdag', '2021-07-17', 'day'],
  ['Dinsdag vorige week werd de brug opgeblazen.', D, 'Dinsdag vorige week', '2021-07-06', 'day'],
  ['Volgende week maandag begint het proces.', D, 'Volgende week maandag', '2021-07-19', 'day'],
  ['Deze maandag werd de grens gesloten.', D, 'Deze maandag', '2021-07-12', 'day'],
];

const periods: TimeRow[] = [
  ['In de jaren negentig heerste er burgeroorlog.', D, 'de jaren negentig', '1990/1999', 'decade'],
  ['In de jaren tachtig vochten de moedjahedien tegen de Sovjets.', D, 'de jaren tachtig', '1980/1989', 'decade'],
  ['De stad groeide sterk in de jaren 70.', D, 'de jaren 70', '1970/1979', 'decade'],
  ["Het lied was een hit in de jaren '60.", D, "de jaren '60", '1960/1969', 'decade'],
  ['In de jaren twintig werd de stad gesticht.', D, 'de jaren twintig', '1920/1929', 'decade'],
  ['Begin jaren negentig trok het leger zich terug.', D, 'Begin jaren negentig', '1990/1999', 'decade', { mod: 'start' }],
  ['Midden jaren zeventig kwam de ommekeer.', D, 'Midden jaren zeventig', '1970/1979', 'decade', { mod: 'mid' }],
  ['Eind vorige eeuw veranderde alles.', D, 'Eind vorige eeuw', '1990/1999', 'decade', { mod: 'end', type: 'interval' }],
  ['Begin deze eeuw werd de grondwet herzien.', D, 'Begin deze eeuw', '2000/2009', 'decade', { mod: 'start' }],
  ['De kerk stamt uit de negentiende eeuw.', D, 'de negentiende eeuw', '1800/1899', 'century'],
  ['In de 17e eeuw was de stad een handelscentrum.', D, 'de 17e eeuw', '1600/1699', 'century'],
  ['Vorige eeuw werd de dam gebouwd.', D, 'Vorige eeuw', '1900/1999', 'century'],
  ['De beker dateert van het einde van de 16de eeuw.', D, 'het einde van de 16de eeuw', '1590/1599', 'decade', { mod: 'end' }],
];

const durations: TimeRow[] = [
  ['Het conflict duurde drie weken.', D, 'drie weken', 'P3W', 'week', { type: 'duration' }],
  ['De belegering duurde anderhalf jaar.', D, 'anderhalf jaar', 'P18M', 'year'],
  ['Hij zat 48 uur vast.', D, '48 uur', 'PT48H', 'day'],
  ['De gesprekken duurden twee maanden.', D, 'twee maanden', 'P2M', 'month'],
  ['Het land is al tien jaar in oorlog.', D, 'tien jaar', 'P10Y', 'year'],
  ['Het bestand hield vijf dagen stand.', D, 'vijf dagen', 'P5D', 'day'],
  ['Het duurde een week.', D, 'een week', 'P1W', 'week'],
  ['Het beleg duurde twee decennia.', D, 'twee decennia', 'P20Y', 'decade'],
  ['De rebellen bestreden het regime decennialang.', D, 'decennialang', 'PXDE', 'decade', { mod: 'approx' }],
  ['Er werd dagenlang gevochten.', D, 'dagenlang', 'PXD', 'day'],
  ['Jarenlang bleef het stil.', D, 'Jarenlang', 'PXY', 'year'],
  ['Enkele dagen duurde de stilte.', D, 'Enkele dagen', 'PXD', 'day'],
  ['Het onderzoek duurde een paar maanden.', D, 'een paar maanden', 'PXM', 'month'],
  ['Het OM eiste een half jaar cel.', D, 'een half jaar', 'P6M', 'year'],
  ['De laatste decennia nam de criminaliteit toe.', D, 'De laatste decennia', 'PXDE', 'decade'],
  ['De afgelopen drie jaar vielen er honderden doden.', D, 'De afgelopen drie jaar', 'P3Y', 'year'],
];

const setsAndVague: TimeRow[] = [
  ['Er wordt elke maandag vergaderd.', D, 'elke maandag', 'XXXX-WXX-1', 'day', { type: 'set' }],
  ['Iedere vrijdag is er een markt.', D, 'Iedere vrijdag', 'XXXX-WXX-5', 'day'],
  ['De patrouilles rijden dagelijks uit.', D, 'dagelijks', 'P1D', 'day'],
  ['De cijfers worden wekelijks bijgewerkt.', D, 'wekelijks', 'P1W', 'week'],
  ['Het rapport verschijnt jaarlijks.', D, 'jaarlijks', 'P1Y', 'year'],
  ['Elk jaar vluchten duizenden mensen.', D, 'Elk jaar', 'P1Y', 'year'],
  ['Binnenkort volgt meer informatie.', D, 'Binnenkort', 'FUTURE_REF', 'unknown', { type: 'vague' }],
  ['Onlangs werd een nieuwe commandant benoemd.', D, 'Onlangs', 'PAST_REF', 'unknown'],
  ['Momenteel is de situatie rustig.', D, 'Momenteel', 'PRESENT_REF', 'unknown'],
  ['Vroeger was dit een bloeiende stad.', D, 'Vroeger', 'PAST_REF', 'unknown'],
  ['Kort geleden sloot de fabriek.', D, 'Kort geleden', 'PAST_REF', 'unknown'],
  ['Enkele weken geleden vluchtte hij.', D, 'Enkele weken geleden', 'PAST_REF', 'unknown'],
  ['In het verleden ging het vaker mis.', D, 'In het verleden', 'PAST_REF', 'unknown'],
  ['De komende tijd blijft het onrustig.', D, 'De komende tijd', 'FUTURE_REF', 'unknown'],
  ['De laatste tijd nemen de spanningen toe.', D, 'De laatste tijd', 'PAST_REF', 'unknown'],
  ['Dezer dagen is het druk aan de grens.', D, 'Dezer dagen', 'PRESENT_REF', 'unknown'],
  ['Zij wachten al jaren op een verblijfsvergunning.', D, 'jaren', 'PXY', 'year', { type: 'duration' }],
];

const anchored: TimeRow[] = [
  ['Hij stierf enkele dagen voor 9/11.', D, 'enkele dagen voor 9/11', '2001-09-11', 'day', { mod: 'before', anchored_to: '2001-09-11' }],
  ['Twee dagen na 9/11 sloten de grenzen.', D, 'Twee dagen na 9/11', '2001-09-13', 'day', { anchored_to: '2001-09-11' }],
  ['Drie jaar na 9/11 kwam het rapport uit.', D, 'Drie jaar na 9/11', '2004', 'year', { anchored_to: '2001-09-11' }],
  // Counted from the day last mentioned in the same text.
  ['Op 19 februari vielen de eerste doden, een dag later volgden er meer.', D, 'een dag later', '2021-02-20', 'day', { anchored_to: '2021-02-19' }],
  ['Op 3 maart werd hij gearresteerd; twee weken eerder was hij gevlucht.', D, 'twee weken eerder', '2021-W07', 'week', { anchored_to: '2021-03-03' }],
];

const quarters: TimeRow[] = [
  ['In het eerste kwartaal van dit jaar groeide de economie.', D, 'het eerste kwartaal van dit jaar', '2021-Q1', 'month'],
  ['Het tweede kwartaal van 2019 was zwak.', D, 'Het tweede kwartaal van 2019', '2019-Q2', 'month'],
  ['In de tweede helft van vorig jaar daalde de export.', D, 'de tweede helft van vorig jaar', '2020-H2', 'month'],
  ['Zie de brief over de belasting (Brieven 18-3).', D, '18-3', '2021-03-18', 'day'],
];

const holidays: TimeRow[] = [
  ['Met kerst was het erg druk in de kerken.', D, 'kerst', '2020-12-25', 'day'],
  ['Met kerst zullen de winkels dicht zijn.', D, 'kerst', '2021-12-25', 'day'],
  ['Op Koningsdag is het overal feest.', D, 'Koningsdag', '2021-04-27', 'day'],
  ['Vorige kerst bleef het rustig.', D, 'Vorige kerst', '2020-12-25', 'day'],
  ['Met Pasen 2020 was alles dicht.', D, 'Pasen 2020', '2020-04-12', 'day'],
  ['Met carnaval werd er flink gefeest.', D, 'carnaval', '2021-02-14/2021-02-16', 'day', { type: 'interval' }],
  ['Op Hemelvaartsdag werd de mars gehouden.', D, 'Hemelvaartsdag', '2021-05-13', 'day'],
  ['In de nacht van zaterdag op zondag werd een agent neergestoken.', D, 'In de nacht van zaterdag op zondag', '2021-07-10', 'day'],
  ['In de nacht van zaterdag op zondag was het onrustig. Rond vier uur ontplofte een bom.', D, 'Rond vier uur', '2021-07-11T04:00', 'day'],
  ['De winkels verwachten drukte tijdens de komende carnaval.', '2019-02-27', 'komende carnaval', '2019-03-03/2019-03-05', 'day'],
];

const suites: Record<string, TimeRow[]> = { absolute, yearInference, boundaries, ranges, relative, monthRef, weekdays, periods, durations, setsAndVague, anchored, holidays, quarters };

for (const [name, rows] of Object.entries(suites)) {
  test(`nl time: ${name} (${rows.length} expressions)`, () => {
    for (const row of rows) checkTime('nl', row);
  });
}

test('nl time table has at least 140 expressions', () => {
  assert.ok(Object.values(suites).reduce((n, r) => n + r.length, 0) >= 140);
});

test('nl time: impossible dates are skipped, never thrown', () => {
  const ref = { value: D, precision: 'day' as const };
  assert.deepEqual(findTimes('Op 31 februari gebeurde niets.', { lang: 'nl', ref }), []);
  assert.deepEqual(findTimes('Op 29 februari 2021 gebeurde niets.', { lang: 'nl', ref }), []);
  assert.deepEqual(findTimes('Op 31 december 99999 is het feest.', { lang: 'nl', ref }), []);
  assert.deepEqual(findTimes('Op 31-13-2020 gebeurde niets.', { lang: 'nl', ref }), []);
  assert.deepEqual(findTimes('', { lang: 'nl', ref }), []);
  assert.deepEqual(findTimes('2000 militairen vluchtten over de grens.', { lang: 'nl', ref }), []);
});

test('nl time: carnaval as the feast is no date', () => {
  const ref = { value: D, precision: 'day' as const };
  assert.deepEqual(findTimes('Een cursus carnaval kan geen kwaad.', { lang: 'nl', ref }), []);
});

test('nl time: "op het moment dat/van" is a conjunction, not the present', () => {
  const ref = { value: D, precision: 'day' as const };
  assert.deepEqual(findTimes('Op het moment dat de bom afging, was de club dicht.', { lang: 'nl', ref }), []);
  assert.deepEqual(findTimes('De club was dicht op het moment van de explosie.', { lang: 'nl', ref }), []);
});

test('nl time: an unknown reference leaves relative expressions unresolved, absolute ones intact', () => {
  const ref = { value: null, precision: 'unknown' as const };
  const got = findTimes('Gisteren, op 4 juli 2021, en vorige week.', { lang: 'nl', ref });
  assert.deepEqual(
    got.map((t) => [t.text, t.value, t.precision]),
    [
      ['Gisteren', null, 'unknown'],
      ['4 juli 2021', '2021-07-04', 'day'],
      ['vorige week', null, 'unknown'],
    ],
  );
});

test('nl time: offsets are relative to the text given, also deep inside it', () => {
  const pad = 'x'.repeat(5000) + ' ';
  const [t] = findTimes(pad + 'Gisteren viel de stad.', { lang: 'nl', ref: { value: D, precision: 'day' } });
  assert.equal(t.start, pad.length);
  assert.equal(t.value, '2021-07-13');
});

test('nl time: a past report does not date the year-less date of the clause it reports ("liet weten dat ... voor 28 juli")', () => {
  const ref = { value: D, precision: 'day' as const };
  const [ahead] = findTimes('De president heeft maandag laten weten dat hij nog voor 28 juli aftreedt.', { lang: 'nl', ref }).filter((t) => t.text.includes('juli'));
  assert.equal(ahead?.value, '2021-07-28');
  // Without the reported clause the past tense decides: the 28th of July gone by.
  const [gone] = findTimes('De president was op 28 juli afgetreden.', { lang: 'nl', ref }).filter((t) => t.text.includes('juli'));
  assert.equal(gone?.value, '2020-07-28');
});
