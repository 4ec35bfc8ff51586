// The day arithmetic behind "how long before the article": last and first days of ISO values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstEpochDay, lastEpochDay } from '../../src/understand/time/calendar.js';

const day = (iso: string) => Date.parse(iso) / 86_400_000;

test('the last day an ISO value covers: day, month, year, interval, ISO week, season, clock time', () => {
  assert.equal(lastEpochDay('2019-03-05'), day('2019-03-05'));
  assert.equal(lastEpochDay('2019-02'), day('2019-02-28'));
  assert.equal(lastEpochDay('2020-02'), day('2020-02-29'));
  assert.equal(lastEpochDay('2018'), day('2018-12-31'));
  assert.equal(lastEpochDay('1990/1999'), day('1999-12-31'));
  // ISO week 1 of 2019 runs from Monday 31 December 2018 to Sunday 6 January 2019.
  assert.equal(lastEpochDay('2019-W01'), day('2019-01-06'));
  assert.equal(lastEpochDay('2018-FA'), day('2018-11-30'));
  assert.equal(lastEpochDay('2019-03-23T12:00'), day('2019-03-23'));
  assert.equal(lastEpochDay('PAST_REF'), null);
  assert.equal(lastEpochDay('2019-13'), null);
});

test('the first day of an ISO value', () => {
  assert.equal(firstEpochDay('2021-07'), day('2021-07-01'));
  assert.equal(firstEpochDay('2019-04-09'), day('2019-04-09'));
  assert.equal(firstEpochDay('2018-10/2019-01'), day('2018-10-01'));
  assert.equal(firstEpochDay('unknown'), null);
});
