// The small helpers the place and actor matchers use in their per-token loops answer exactly what the code they
// replaced answered: the gap test as the regex on a slice, the country entry as the id lookup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { separatorsOnly } from '../../src/resolve/normalize.js';
import { countryPlace, gazetteer } from '../../src/resolve/gazetteer.js';

const GAP_OK = /^[\s\-‐‑]*$/u;

test('separatorsOnly is the gap regex on the slice, for any bounds', () => {
  const texts = ['Den Haag', 'Noord-Irak', 'a\u00a0b', 'a \u2009- b', 'x\u2010y\u2011z', 'a\tb\nc', 'emoji 😀 here', 'a-–b', ''];
  for (const text of texts) {
    for (let a = -3; a <= text.length + 2; a++) {
      for (let b = -3; b <= text.length + 2; b++) {
        assert.equal(separatorsOnly(text, a, b), GAP_OK.test(text.slice(a, b)), `${JSON.stringify(text)} [${a}, ${b})`);
      }
    }
  }
});

test('countryPlace is the country: entry of the gazetteer, also when asked again or for an unknown code', () => {
  const gaz = gazetteer();
  for (const iso of ['NLD', 'AFG', 'UKR', 'XXX', 'NLD']) assert.equal(countryPlace(gaz, iso), gaz.byId.get(`country:${iso}`));
  assert.equal(countryPlace(gaz, 'XXX'), undefined);
});
