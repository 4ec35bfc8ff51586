// English quantities, table-driven: our own sentences, each with min/max (and approx, what, unit, share).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../src/understand/quantity/index.js';
import { checkQuantity, type QuantityRow } from './table.js';

const rows: QuantityRow[] = [
  ['More than 200 people were injured.', 'More than 200', 201, null, { approx: false, what: 'people' }],
  ['More than 1,000 Afghan soldiers crossed the border.', 'More than 1,000', 1001, null, { what: 'soldiers' }],
  ['Over 150,000 residents fled the city.', 'Over 150,000', 150_001, null, { what: 'residents' }],
  ['Nearly a thousand homes were destroyed.', 'Nearly a thousand', null, 1000, { approx: true, what: 'homes' }],
  ['Barely 300 officers kept order.', 'Barely 300', 300, 300, { approx: true, what: 'officers' }],
  ['About 40 villages lie in ruins.', 'About 40', 40, 40, { approx: true, what: 'villages' }],
  ['At least seventeen civilians died.', 'At least seventeen', 17, null, { what: 'civilians' }],
  ['Up to 500 fighters moved to the front.', 'Up to 500', null, 500, { what: 'fighters' }],
  ['Fewer than twenty soldiers stayed behind.', 'Fewer than twenty', null, 19, { what: 'soldiers' }],
  ['At most fifty people may enter.', 'At most fifty', null, 50, { what: 'people' }],
  ['Some 3,000 soldiers remain in the country.', 'Some 3,000', 3000, 3000, { approx: true, what: 'soldiers' }],
  ['The army set aside 3.5 million dollars.', '3.5 million dollars', 3_500_000, 3_500_000, { unit: 'USD' }],
  ['Two million people are displaced.', 'Two million', 2_000_000, 2_000_000, { what: 'people' }],
  ['1.5 million children are out of school.', '1.5 million', 1_500_000, 1_500_000, { what: 'children' }],
  ['Twenty-one soldiers were killed.', 'Twenty-one', 21, 21, { what: 'soldiers' }],
  ['Three hundred families received aid.', 'Three hundred', 300, 300, { what: 'families' }],
  ['Five thousand troops were deployed.', 'Five thousand', 5000, 5000, { what: 'troops' }],
  ['Two hundred and fifty prisoners were freed.', 'Two hundred and fifty', 250, 250, { what: 'prisoners' }],
  ['Six Afghan soldiers were wounded.', 'Six', 6, 6, { what: 'soldiers' }],
  ['At least two other vehicles burned.', 'At least two', 2, null, { what: 'vehicles' }],
  ['It costs $2.4 billion.', '$2.4 billion', 2_400_000_000, 2_400_000_000, { unit: 'USD' }],
  ['The country has 38 million inhabitants.', '38 million', 38_000_000, 38_000_000, { what: 'inhabitants' }],
  ['Unemployment rose to 12.5 percent.', '12.5 percent', 12.5, 12.5, { unit: '%' }],
  ['More than 60 percent of voters turned out.', 'More than 60 percent', 60, null, { unit: '%', what: 'voters' }],
  ['The convoy covered 120 kilometres.', '120 kilometres', 120, 120, { unit: 'km' }],
  ['The death toll rose to 73.', '73', 73, 73],
  ['Dozens of journalists were arrested.', 'Dozens', 24, 99, { approx: true, what: 'journalists' }],
  ['Hundreds of families slept outside.', 'Hundreds', 200, 999, { what: 'families' }],
  ['Thousands of protesters took to the streets.', 'Thousands', 2000, 9999, { what: 'protesters' }],
  ['Tens of thousands of refugees wait at the border.', 'Tens of thousands', 20_000, 99_999, { what: 'refugees' }],
  ['Several hundred prisoners were released.', 'Several hundred', 200, 999, { what: 'prisoners' }],
  ['Tens of millions of dollars went missing.', 'Tens of millions', 20_000_000, 99_000_000, { what: 'dollars' }],
  ['One in five children is out of school.', 'One in five', 1, 1, { of: 5, what: 'children' }],
  ['One of the soldiers died in the attack.', 'One', 1, 1, { what: 'soldiers' }],
  ['A dozen houses burned down.', 'A dozen', 12, 12, { approx: true, what: 'houses' }],
  ['Between 20 and 30 people were hurt.', 'Between 20 and 30', 20, 30, { what: 'people' }],
  ['Police arrested 15 to 20 men.', '15 to 20', 15, 20, { what: 'men' }],
  ['A third of the 30 provinces is unsafe.', 'A third of the 30', 10, 10, { approx: true, of: 30, fraction: 1 / 3, what: 'provinces' }],
  ['Two thirds of the 90 seats went to the opposition.', 'Two thirds of the 90', 60, 60, { of: 90, what: 'seats' }],
  ['Half of the 200 prisoners escaped.', 'Half of the 200', 100, 100, { of: 200, what: 'prisoners' }],
  ['About a third of the 421 districts is contested.', 'About a third of the 421', 140, 140, { approx: true, of: 421, what: 'districts' }],
];

test(`en quantity table (${rows.length} expressions)`, () => {
  for (const row of rows) checkQuantity('en', row);
});

test('en quantity: years, dates, times, durations, ages and ordinals are not quantities', () => {
  const texts = (s: string) => findQuantities(s, { lang: 'en' }).map((q) => q.text);
  assert.deepEqual(texts('In 2019 another 400 arrived.'), ['400']);
  assert.deepEqual(texts('On September 11 nearly 3,000 people died.'), ['nearly 3,000']);
  assert.deepEqual(texts('It is the third time this year.'), []);
  assert.deepEqual(texts('He is 45 years old.'), []);
  assert.deepEqual(texts('The hearing starts at 3 pm.'), []);
  assert.deepEqual(texts('The siege lasted three weeks.'), []);
  assert.deepEqual(texts('She finished 3rd.'), []);
  assert.deepEqual(texts('The F-16 jets flew over.'), []);
  assert.deepEqual(texts('The Boeing 737 was grounded.'), []);
  assert.deepEqual(texts('If one raises doubts, he is fined.'), []);
});
