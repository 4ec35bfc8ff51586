import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../src/model/index.js';
import { loadGazetteer, loadActors } from '../../src/resolve/index.js';
import { lookup, rank } from '../../src/resolve/geocoder.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-knowledge-'));
function file(name: string, content: string): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

test('a user gazetteer adds places and names to existing ones', () => {
  const extra = file(
    'extra.json',
    JSON.stringify({
      format: 'sitrep-gazetteer/1',
      entries: [
        { id: 'user:camp-bastion', name: 'Camp Bastion', type: 'feature', country: 'AFG', admin1: 'Helmand', lat: 31.86, lon: 64.22, names: { '*': ['Camp Bastion'], nl: ['Kamp Bastion'] } },
        { id: 'AF08', names: { nl: ['Pandsjsjierprovincie'] } },
      ],
    }),
  );
  const gaz = loadGazetteer([extra]);
  assert.equal(rank(lookup(gaz, 'Kamp Bastion', 'nl'))[0]?.id, 'user:camp-bastion');
  assert.equal(rank(lookup(gaz, 'Pandsjsjierprovincie', 'nl'))[0]?.id, 'AF08');
  // The environment variable works the same way.
  process.env.SITREP_GAZETTEER = extra;
  try {
    assert.equal(rank(lookup(loadGazetteer(), 'Camp Bastion', 'en'))[0]?.id, 'user:camp-bastion');
  } finally {
    delete process.env.SITREP_GAZETTEER;
  }
});

test('malformed user gazetteers: the error names the file, the entry and the field', () => {
  // Every documented form of a validity period loads: "2004-2021", "1994-", "-2001", "2001".
  for (const valid of ['2004-2021', '1994-', '-2001', '2001']) {
    const d = loadActors([file(`valid${valid}.yaml`, `actors:\n  - id: x\n    name: X\n    type: militia\n    valid: "${valid}"\n`)]);
    assert.equal(d.byId.get('x')?.valid, valid);
  }
  const cases: [string, string, RegExp][] = [
    ['notjson.json', '{"format": ', /notjson\.json: not valid JSON/],
    ['noformat.json', '{"entries": []}', /noformat\.json: field "format" must be "sitrep-gazetteer\/1"/],
    ['badtype.json', JSON.stringify({ format: 'sitrep-gazetteer/1', entries: [{ id: 'x', name: 'X', type: 'town', country: 'AFG', lat: 1, lon: 2, names: {} }] }), /badtype\.json: entry 0 \(id "x"\), field "type"/],
    ['badlat.json', JSON.stringify({ format: 'sitrep-gazetteer/1', entries: [{ id: 'y', name: 'Y', type: 'feature', country: 'AFG', lat: 123, lon: 2, names: {} }] }), /entry 0 \(id "y"\), field "lat"/],
    ['badiso.json', JSON.stringify({ format: 'sitrep-gazetteer/1', entries: [{ id: 'z', name: 'Z', type: 'feature', country: 'Afghanistan', lat: 1, lon: 2, names: {} }] }), /entry 0 \(id "z"\), field "country": an ISO 3166-1 alpha-3 code/],
    ['badnames.json', JSON.stringify({ format: 'sitrep-gazetteer/1', entries: [{ id: 'AF08', names: { nl: 'Panjshir' } }] }), /entry 0 \(id "AF08"\), field "names"/],
    ['noid.json', JSON.stringify({ format: 'sitrep-gazetteer/1', entries: [{ id: 'nope', names: { nl: ['X'] } }] }), /entry 0 \(id "nope"\), field "id": no such gazetteer entry/],
  ];
  for (const [name, content, re] of cases) {
    assert.throws(() => loadGazetteer([file(name, content)]), (e: unknown) => e instanceof InputError && re.test(e.message), name);
  }
  assert.throws(() => loadGazetteer([join(dir, 'missing.json')]), (e: unknown) => e instanceof InputError && /missing\.json: cannot read/.test(e.message));
});

test('a user actor file adds actors; malformed ones name the file, entry and field', () => {
  const extra = file(
    'extra.yaml',
    ['country: AFG', 'actors:', '  - id: afg-local-militia', '    name: Andarab Militia', '    type: militia', '    aliases: { nl: [Andarab-militie] }'].join('\n'),
  );
  const d = loadActors([extra]);
  assert.equal(d.byId.get('afg-local-militia')?.country, 'AFG');
  assert.equal(d.aliases.get('andarabmilitie')?.[0]?.actor.id, 'afg-local-militia');
  // The environment variable works the same way; a later file replaces an id of an earlier one.
  const replace = file('replace.yaml', 'actors:\n  - id: afg-taliban\n    name: Taliban (user)\n    type: rebel_group\n    country: AFG\n');
  process.env.SITREP_ACTORS = `${extra}:${replace}`;
  try {
    const e = loadActors();
    assert.equal(e.byId.get('afg-local-militia')?.type, 'militia');
    assert.equal(e.byId.get('afg-taliban')?.name, 'Taliban (user)');
  } finally {
    delete process.env.SITREP_ACTORS;
  }
  const cases: [string, string, RegExp][] = [
    ['bad.yaml', 'actors: [\n  - id: x\n', /bad\.yaml: not valid YAML/],
    ['badtype.yaml', 'actors:\n  - id: grp-x\n    name: X\n    type: gang\n', /badtype\.yaml: entry 0 \(id "grp-x"\), field "type"/],
    ['badid.yaml', 'actors:\n  - id: Bad Id\n    name: X\n    type: militia\n', /badid\.yaml: entry 0 \(id "Bad Id"\), field "id"/],
    ['badcountry.yaml', 'actors:\n  - id: x\n    name: X\n    type: militia\n    country: AF\n', /entry 0 \(id "x"\), field "country"/],
    ['badvalid.yaml', 'actors:\n  - id: x\n    name: X\n    type: militia\n    valid: since 2001\n', /entry 0 \(id "x"\), field "valid"/],
    ['badvalid2.yaml', 'actors:\n  - id: x\n    name: X\n    type: militia\n    valid: "-"\n', /entry 0 \(id "x"\), field "valid"/],
    ['badrole.yaml', 'country: AFG\nactors:\n  - id: x\n    name: X\n    type: militia\n    role: wizards\n', /entry 0 \(id "x"\), field "role": unknown role/],
    ['badfield.yaml', 'actors:\n  - id: x\n    name: X\n    type: militia\n    colour: red\n', /entry 0 \(id "x"\), field "\(entry\)"|colour/],
    ['stateless.yaml', 'state: { aliases: { nl: [X] } }\n', /stateless\.yaml: field "country": required/],
  ];
  for (const [name, content, re] of cases) {
    assert.throws(() => loadActors([file(name, content)]), (e: unknown) => e instanceof InputError && re.test(e.message), `${name}`);
  }
});
