import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unitAt } from '../../src/resolve/shapes.js';
import { geocode } from '../../src/resolve/index.js';

test('reverse geocoding: the province and district around a point', () => {
  // Bazarak, the centre of Panjshir.
  const bazarak = unitAt(35.31, 69.52);
  assert.equal(bazarak.admin1?.id, 'AF08');
  assert.equal(bazarak.admin2?.admin1, 'Panjshir');
  // Every province centroid from the gazetteer falls in its own province (outlines and centroids agree).
  for (const name of ['Kunduz', 'Badakhshan', 'Helmand', 'Herat', 'Nangarhar', 'Balkh']) {
    const c = geocode(name)[0]!;
    assert.equal(unitAt(c.lat!, c.lon!).admin1?.id, c.id, name);
  }
  // Outside Afghanistan, and nonsense input.
  assert.deepEqual(unitAt(52.37, 4.89), { admin1: null, admin2: null });
  assert.deepEqual(unitAt(Number.NaN, 1), { admin1: null, admin2: null });
});
