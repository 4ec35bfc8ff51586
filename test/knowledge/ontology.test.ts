import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ontology, ploverType, cameoToPlover, cameoRoot, acledFor } from '../../src/resolve/ontology.js';

test('PLOVER types and modes come from the manual', () => {
  const o = ontology();
  assert.equal(o.plover.length, 16);
  assert.deepEqual(ploverType('RETREAT')!.modes.map((m) => m.name), ['withdraw', 'release', 'disarm', 'ceasefire', 'access', 'resign']);
  assert.equal(ploverType('ASSAULT')!.quad, 'MATERIAL CONFLICT');
  assert.equal(ploverType('ASSAULT')!.modes.find((m) => m.name === 'aerial')?.score, -9.5);
  assert.equal(ploverType('COOPERATE')!.requiresRecipient, true);
  assert.ok(o.contexts.some((c) => c.id === 'territory'));
});

test('CAMEO codes map to PLOVER, with prefix fallback', () => {
  assert.equal(cameoToPlover('195')?.plover, 'ASSAULT');
  assert.equal(cameoToPlover('195')?.mode, 'heavy-weapons'); // "Employ aerial weapons": the table says heavy-weapons
  assert.equal(cameoToPlover('141')?.plover, 'PROTEST');
  assert.equal(cameoToPlover('0899')?.plover, cameoToPlover('08')?.plover);
  assert.equal(cameoToPlover('99'), null);
  assert.equal(cameoRoot('PROTEST'), '14');
  assert.equal(cameoRoot('ASSAULT', 'heavy-weapons'), '19');
  assert.equal(cameoRoot('ASSAULT', 'suicide-attack'), '18');
});

test('ACLED types: the territory rules', () => {
  assert.deepEqual(acledFor({ type: 'ASSAULT', actorType: 'rebel_group', territoryChangesHands: true, fighting: true }), {
    event_type: 'Battles',
    sub_event_type: 'Non-state actor overtakes territory',
  });
  assert.deepEqual(acledFor({ type: 'ASSAULT', actorType: 'state_military', territoryChangesHands: true, fighting: true }), {
    event_type: 'Battles',
    sub_event_type: 'Government regains territory',
  });
  // Districts taken without a fight (the army fled or surrendered).
  assert.deepEqual(acledFor({ type: 'COERCE', mode: 'seize', actorType: 'rebel_group', territoryChangesHands: true, fighting: false }), {
    event_type: 'Strategic developments',
    sub_event_type: 'Non-violent transfer of territory',
  });
});

test('ACLED types: modes and recipients', () => {
  assert.equal(acledFor({ type: 'ASSAULT', mode: 'drone', actorType: 'state_military' })?.sub_event_type, 'Air/drone strike');
  assert.equal(acledFor({ type: 'ASSAULT', mode: 'firearms', actorType: 'rebel_group', recipientType: 'civilians' })?.event_type, 'Violence against civilians');
  assert.equal(acledFor({ type: 'ASSAULT', mode: 'firearms', actorType: 'rebel_group', recipientType: 'state_military' })?.sub_event_type, 'Armed clash');
  assert.equal(acledFor({ type: 'PROTEST', mode: 'riot' })?.event_type, 'Riots');
  assert.equal(acledFor({ type: 'COERCE', mode: 'arrest' })?.sub_event_type, 'Arrests');
  assert.equal(acledFor({ type: 'CONSULT' }), null);
  for (const r of ontology().acled.rules) {
    const t = ontology().acled.eventTypes[r.acled.event_type];
    assert.ok(t && r.acled.sub_event_type in t.sub_event_types, `${r.acled.event_type} / ${r.acled.sub_event_type}`);
  }
});

test('every trigger category carries a CAMEO code the fact schema accepts and the CAMEO table knows', async () => {
  const { categories } = await import('../../src/extract/lexicon/triggers.js');
  for (const c of categories('*').values()) {
    if (c.cameo === null) continue;
    assert.match(c.cameo, /^[0-9]{2,4}$/, `category ${c.name}: cameo ${c.cameo}`);
    // Not always of the same PLOVER type: "sign formal agreement" (057) is SUPPORT in the PLOVER table, AGREE here.
    assert.ok(cameoToPlover(c.cameo), `category ${c.name}: cameo ${c.cameo} is not in the CAMEO table`);
  }
});
