// English temporal expressions, table-driven: our own sentences, each with its value and precision.
// D = a reference known to the day (Wednesday 14 July 2021), M = known only to the month.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimes } from '../../src/understand/time/index.js';
import { checkTime, type TimeRow } from './table.js';

const D = '2021-07-14';
const M = '2021-07';

const absolute: TimeRow[] = [
  ['The bridge was opened on July 4.', D, 'July 4', '2021-07-04', 'day'],
  ['Kabul fell on August 15, 2021.', D, 'August 15, 2021', '2021-08-15', 'day', { anchored_to: null }],
  ['The treaty was signed on 3 March 1998.', D, '3 March 1998', '1998-03-03', 'day'],
  ['On September 11, 2001 the towers were hit.', D, 'September 11, 2001', '2001-09-11', 'day'],
  ['Fighting erupted on the 4th of July.', D, 'the 4th of July', '2021-07-04', 'day'],
  ['The report was published on 2019-03-12.', D, '2019-03-12', '2019-03-12', 'day'],
  ['The letter is dated 11/05/2020.', D, '11/05/2020', '2020-11-05', 'day'],
  ['The deal was reached in May 2020.', D, 'May 2020', '2020-05', 'month'],
  ['In 2019 talks resumed.', D, '2019', '2019', 'year'],
  ['The assault began on Monday, July 12.', D, 'Monday, July 12', '2021-07-12', 'day'],
  ['The village was evacuated on Sunday, July 4.', D, 'Sunday, July 4', '2021-07-04', 'day'],
  ['Kabul fell on August 15, 2021.', M, 'August 15, 2021', '2021-08-15', 'day'],
];

const yearInference: TimeRow[] = [
  ['The court will rule on September 2.', D, 'September 2', '2021-09-02', 'day', { anchored_to: D }],
  ['The mayor was sworn in on June 2.', D, 'June 2', '2021-06-02', 'day'],
  ['Elections are scheduled for March 17.', D, 'March 17', '2022-03-17', 'day'],
  ['The border was closed on December 20.', D, 'December 20', '2020-12-20', 'day'],
  ['The border was closed in December.', D, 'December', '2020-12', 'month'],
  ['The summit takes place in October.', D, 'October', '2021-10', 'month'],
  ['The attack happened in February.', D, 'February', '2021-02', 'month'],
  ['The last troops will leave in August.', M, 'August', '2021-08', 'month'],
  // A participle after "be" carries no tense: the modal decides.
  ['The winners will be announced on March 2 in the capital.', D, 'March 2', '2022-03-02', 'day'],
];

const boundaries: TimeRow[] = [
  ['Troops must leave by August 31.', D, 'by August 31', '2021-08-31', 'day', { mod: 'before' }],
  ['The Taliban demand that all troops leave before September 11.', D, 'before September 11', '2021-09-11', 'day', { mod: 'before' }],
  ['Since March the road has been closed.', D, 'Since March', '2021-03/2021-07-14', 'month', { type: 'interval', mod: 'since' }],
  ['She has lived in Kabul since 2014.', D, 'since 2014', '2014/2021-07-14', 'year', { mod: 'since' }],
  ['Since May the refugees have stayed in camps.', M, 'Since May', '2021-05/2021-07', 'month', { mod: 'since' }],
  ['New rules apply from September 1.', D, 'from September 1', '2021-09-01', 'day', { mod: 'after' }],
  ['The mission stays active until 2024.', D, 'until 2024', '2024', 'year', { mod: 'until' }],
  ['Around 1900 the village had a hundred inhabitants.', D, 'Around 1900', '1900', 'year', { mod: 'approx' }],
  ['After 2015 violence increased.', D, 'After 2015', '2015', 'year', { mod: 'after' }],
  ['Before 2010 the region was calm.', D, 'Before 2010', '2010', 'year', { mod: 'before' }],
  ['The plan was presented in early 2020.', D, 'early 2020', '2020', 'year', { mod: 'start' }],
  ['The bridge must be ready by the end of July.', D, 'by the end of July', '2021-07', 'month', { mod: 'before' }],
  ['Earlier this month a journalist was kidnapped.', D, 'Earlier this month', '2021-07', 'month', { mod: 'start' }],
  ['Elections follow later this year.', D, 'later this year', '2021', 'year', { mod: 'end' }],
];

const ranges: TimeRow[] = [
  ['The area was held by rebels between 1996 and 2001.', D, 'between 1996 and 2001', '1996/2001', 'year', { type: 'interval' }],
  ['The conference runs from 10 to 12 May 2022.', D, 'from 10 to 12 May 2022', '2022-05-10/2022-05-12', 'day'],
  ['From 2001 to 2021 foreign troops were present.', D, 'From 2001 to 2021', '2001/2021', 'year'],
  ['Talks were held July 1-5.', D, 'July 1-5', '2021-07-01/2021-07-05', 'day'],
];

const relative: TimeRow[] = [
  ['Last week three people died.', D, 'Last week', '2021-W27', 'week', { anchored_to: D }],
  ['This week the parties resume talks.', D, 'This week', '2021-W28', 'week'],
  ['Next week the cabinet decides.', D, 'Next week', '2021-W29', 'week'],
  ['Last month attacks increased.', D, 'Last month', '2021-06', 'month'],
  ['Next month the evacuation begins.', D, 'Next month', '2021-08', 'month'],
  ['Last year many soldiers died.', D, 'Last year', '2020', 'year'],
  ['This year it is calmer.', D, 'This year', '2021', 'year'],
  ['Next year elections will be held.', D, 'Next year', '2022', 'year'],
  ['The past year was hard.', D, 'The past year', '2020', 'year'],
  ['Heavy fighting took place last weekend.', D, 'last weekend', '2021-07-10/2021-07-11', 'day'],
  ['Farmers protest next weekend.', D, 'next weekend', '2021-07-17/2021-07-18', 'day'],
  ['Three people were arrested over the weekend.', '2021-07-19', 'the weekend', '2021-07-17/2021-07-18', 'day'],
  ['Lightning struck yesterday.', D, 'yesterday', '2021-07-13', 'day'],
  ['The minister signs the deal today.', D, 'today', '2021-07-14', 'day'],
  ['The council meets again tomorrow.', D, 'tomorrow', '2021-07-15', 'day'],
  ['The president addresses the nation tonight.', D, 'tonight', '2021-07-14', 'day'],
  ['The convoy was attacked two days ago.', D, 'two days ago', '2021-07-12', 'day'],
  ['The offensive began three weeks ago.', D, 'three weeks ago', '2021-W25', 'week'],
  ['The government fell four months ago.', D, 'four months ago', '2021-03', 'month'],
  ['The war broke out ten years ago.', D, 'ten years ago', '2011', 'year'],
  ['The crossing closed a week ago.', D, 'a week ago', '2021-W27', 'week'],
  ['The judge decides in two weeks.', D, 'in two weeks', '2021-W30', 'week'],
  ['Last summer was dry.', D, 'Last summer', '2020-SU', 'month'],
];

const monthRef: TimeRow[] = [
  ['The convoy was attacked two days ago.', M, 'two days ago', '2021-07', 'month', { anchored_to: M }],
  ['Rebels took the city on Sunday.', M, 'Sunday', '2021-07', 'month'],
  ['Lightning struck yesterday.', M, 'yesterday', '2021-07', 'month'],
  ['Last week three people died.', M, 'Last week', '2021-07', 'month'],
  ['Last year many soldiers died.', M, 'Last year', '2020', 'year'],
];

const weekdays: TimeRow[] = [
  ['Rebels took the city on Sunday.', D, 'Sunday', '2021-07-11', 'day'],
  ['The minister will brief parliament on Monday.', D, 'Monday', '2021-07-19', 'day'],
  ['The suspect was released on Friday.', D, 'Friday', '2021-07-09', 'day'],
  ['Last Tuesday a bomb was found.', D, 'Last Tuesday', '2021-07-13', 'day'],
  ['The school reopens next Friday.', D, 'next Friday', '2021-07-16', 'day'],
  ['The bridge was blown up on Tuesday last week.', D, 'Tuesday last week', '2021-07-06', 'day'],
  ['A police post was stormed on Saturday night.', D, 'Saturday night', '2021-07-10', 'day'],
];

const periods: TimeRow[] = [
  ['Civil war raged in the 1990s.', D, 'the 1990s', '1990/1999', 'decade'],
  ['In the eighties the mujahideen fought the Soviets.', D, 'the eighties', '1980/1989', 'decade'],
  ["The song was a hit in the '60s.", D, "the '60s", '1960/1969', 'decade'],
  ['Everything changed late last century.', D, 'late last century', '1990/1999', 'decade', { mod: 'end' }],
  ['The church was built in the 19th century.', D, 'the 19th century', '1800/1899', 'century'],
  ['The fortress was built in the sixteenth century.', D, 'the sixteenth century', '1500/1599', 'century'],
];

const durations: TimeRow[] = [
  ['The conflict lasted three weeks.', D, 'three weeks', 'P3W', 'week', { type: 'duration' }],
  ['The siege lasted for two years.', D, 'two years', 'P2Y', 'year'],
  ['He was detained for 48 hours.', D, '48 hours', 'PT48H', 'day'],
  ['Rebels fought the regime for decades.', D, 'for decades', 'PXDE', 'decade'],
  ['A decades-long conflict ended.', D, 'decades-long', 'PXDE', 'decade'],
  ['The truce held for five days.', D, 'five days', 'P5D', 'day'],
  ['Talks went on for a few months.', D, 'a few months', 'PXM', 'month'],
  ['The investigation took one and a half years.', D, 'one and a half years', 'P18M', 'year'],
];

const setsAndVague: TimeRow[] = [
  ['Meetings are held every Monday.', D, 'every Monday', 'XXXX-WXX-1', 'day', { type: 'set' }],
  ['Patrols go out daily.', D, 'daily', 'P1D', 'day'],
  ['The figures are updated weekly.', D, 'weekly', 'P1W', 'week'],
  ['The market is held on Fridays.', D, 'on Fridays', 'XXXX-WXX-5', 'day'],
  ['More information will follow soon.', D, 'soon', 'FUTURE_REF', 'unknown', { type: 'vague' }],
  ['A new commander was recently appointed.', D, 'recently', 'PAST_REF', 'unknown'],
  ['The situation is currently calm.', D, 'currently', 'PRESENT_REF', 'unknown'],
  ['He fled a few weeks ago.', D, 'a few weeks ago', 'PAST_REF', 'unknown'],
];

const anchored: TimeRow[] = [
  ['He was killed a few days before 9/11.', D, 'a few days before 9/11', '2001-09-11', 'day', { mod: 'before', anchored_to: '2001-09-11' }],
  ['He was arrested on March 3. Two days later he was freed.', D, 'Two days later', '2021-03-05', 'day', { anchored_to: '2021-03-03' }],
  ['Two days after 9/11 the borders closed.', D, 'Two days after 9/11', '2001-09-13', 'day', { anchored_to: '2001-09-11' }],
];

const holidays: TimeRow[] = [
  ['He died on Christmas Day.', D, 'Christmas Day', '2020-12-25', 'day'],
  ['The shops close at Easter, the ministry will announce.', D, 'Easter', '2022-04-17', 'day'],
  ['Shops were closed on Good Friday 2019.', D, 'Good Friday 2019', '2019-04-19', 'day'],
];

const suites: Record<string, TimeRow[]> = { absolute, yearInference, boundaries, ranges, relative, monthRef, weekdays, periods, durations, setsAndVague, anchored, holidays };

for (const [name, rows] of Object.entries(suites)) {
  test(`en time: ${name} (${rows.length} expressions)`, () => {
    for (const row of rows) checkTime('en', row);
  });
}

test('en time: impossible dates, modal "may" and names are not dates', () => {
  const ref = { value: D, precision: 'day' as const };
  const texts = (s: string) => findTimes(s, { lang: 'en', ref }).map((t) => t.text);
  assert.deepEqual(texts('Nothing happened on February 31.'), []);
  assert.deepEqual(texts('He may come, said Theresa May.'), []);
  assert.deepEqual(texts('Troops may march on.'), []);
  assert.deepEqual(texts('2000 soldiers fled across the border.'), []);
  assert.deepEqual(texts('She writes for the Washington Monthly.'), []);
  assert.deepEqual(texts('Christmas wish lists are long.'), []);
});
