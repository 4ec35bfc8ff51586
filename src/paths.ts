import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (the folder with package.json), found from this module so src/ and dist/src/ agree. */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('sitrep: cannot find the project root (package.json)');
    dir = up;
  }
}

export const ROOT = findRoot();
/** Trained models (committed). */
export const MODELS_DIR = join(ROOT, 'models');
/** Knowledge data: gazetteer, actors, ontology, lexicons (committed). */
export const KNOWLEDGE_DIR = join(ROOT, 'knowledge');
/** ../shared beside the project: training data, seeds. Never needed at run time. */
export const SHARED_DIR = join(ROOT, '..', 'shared');
