import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InputError } from '../src/model/index.js';

test('InputError names the input and the problem', () => {
  const e = new InputError('feed.xml', 'not XML');
  assert.equal(e.message, 'feed.xml: not XML');
});
