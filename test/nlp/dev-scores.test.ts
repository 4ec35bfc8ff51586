// The committed models give the dev scores their README and scores.json state: any change to the
// analysis code or models that moves them must retrain or rescore (npm run train:<lang>).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { annotateForms } from '../../src/nlp/index.js';
import { MODELS_DIR } from '../../src/paths.js';
import { devSplit, readGold, scoreDev } from '../../scripts/ud-data.js';

for (const lang of ['nl', 'en'] as const) {
  test(`${lang}: the committed models score on the dev split exactly what models/${lang}/scores.json says`, () => {
    const recorded = JSON.parse(readFileSync(join(MODELS_DIR, lang, 'scores.json'), 'utf8')) as {
      dev: Record<string, string | number>;
      devNewspaper?: Record<string, string | number>;
    };
    const dev = devSplit(readGold(lang));
    const { words, scores } = scoreDev((forms) => annotateForms(forms, lang), dev, lang);
    assert.equal(words, recorded.dev.words);
    for (const [k, v] of Object.entries(scores)) assert.equal(v, recorded.dev[k], `${lang} dev ${k}`);
    if (recorded.devNewspaper) {
      const news = scoreDev((forms) => annotateForms(forms, lang), dev.filter((s) => s.newspaper), lang);
      for (const [k, v] of Object.entries(news.scores)) assert.equal(v, recorded.devNewspaper[k], `${lang} newspaper ${k}`);
    }
    // and the floor the rest of the pipeline was built on
    assert.ok(Number(scores.UPOS) > (lang === 'nl' ? 93 : 90) && Number(scores.LAS) > (lang === 'nl' ? 74 : 70), JSON.stringify(scores));
  });
}
