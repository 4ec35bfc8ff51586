// Reads the extraction lexicons (knowledge/lexicon/<name>.<lang>.yaml, or <name>.yaml for language-neutral
// data) once per process. A language without a file gets an empty lexicon: nothing is extracted, nothing crashes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { KNOWLEDGE_DIR } from '../../paths.js';
import { InputError } from '../../model/index.js';

const cache = new Map<string, unknown>();

export function lexiconFile(name: string, lang?: string): string {
  return join(KNOWLEDGE_DIR, 'lexicon', lang ? `${name}.${lang}.yaml` : `${name}.yaml`);
}

/** The parsed YAML of a lexicon file, or null when the file does not exist. */
export function readLexicon(name: string, lang?: string): unknown {
  const file = lexiconFile(name, lang);
  if (cache.has(file)) return cache.get(file);
  let data: unknown = null;
  if (existsSync(file)) {
    try {
      data = parseYaml(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new InputError(file, `not valid YAML: ${(err as Error).message.split('\n')[0]}`);
    }
  }
  cache.set(file, data);
  return data;
}

/** Memoises a compiled form of a lexicon per key (language). */
export function memo<T>(build: (key: string) => T): (key: string) => T {
  const m = new Map<string, T>();
  return (key) => {
    let v = m.get(key);
    if (v === undefined) {
      v = build(key);
      m.set(key, v);
    }
    return v;
  };
}
