// `node dist/scripts/build-en-lexicon.js`: writes knowledge/lang/en/wordnet-pos.tsv (word TAB word-class codes) from
// WordNet 3.0 as Debian's wordnet-base installs it (`apt-get install wordnet-base`: /usr/share/wordnet). Deterministic.
// Codes (src/nlp/en/lexicon.ts): n noun, v verb, a adjective, r adverb (the base forms of index.*); N irregular noun
// plural (noun.exc), D irregular verb form (verb.exc: past, participle, 3rd person), C irregular comparative or
// superlative (adj.exc). Regular inflections are added at training time by src/nlp/en/lexicon.ts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KNOWLEDGE_DIR } from '../src/paths.js';

const WN = process.argv[2] ?? '/usr/share/wordnet';
if (!existsSync(join(WN, 'index.noun'))) {
  console.error(`build-en-lexicon: no WordNet in ${WN} (apt-get install wordnet-base)`);
  process.exit(2);
}
const WORD = /^[a-z](?:[a-z'-]*[a-z])?$/;
const codes = new Map<string, Set<string>>();
const add = (w: string, c: string) => {
  if (!WORD.test(w)) return;
  let s = codes.get(w);
  if (!s) codes.set(w, (s = new Set()));
  s.add(c);
};
for (const [file, c] of [['index.noun', 'n'], ['index.verb', 'v'], ['index.adj', 'a'], ['index.adv', 'r']] as const) {
  for (const line of readFileSync(join(WN, file), 'utf8').split('\n')) if (line && !line.startsWith(' ')) add(line.split(' ')[0]!, c);
}
for (const [file, c] of [['noun.exc', 'N'], ['verb.exc', 'D'], ['adj.exc', 'C']] as const) {
  for (const line of readFileSync(join(WN, file), 'utf8').split('\n')) if (line) add(line.split(' ')[0]!, c);
}
const order = 'nNvDaCr';
const lines = [...codes].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([w, s]) => `${w}\t${[...s].sort((x, y) => order.indexOf(x) - order.indexOf(y)).join('')}`);
const out = join(KNOWLEDGE_DIR, 'lang', 'en', 'wordnet-pos.tsv');
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${lines.length} words -> ${out}`);
