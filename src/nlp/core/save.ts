// Writes trained models in the layout loadPipeline() reads.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { weightsToArrays, writeBundle } from './bundle.js';
import type { LemmatizerData } from './lemmatizer.js';
import type { ParserData } from './parser.js';
import type { TaggerData } from './tagger.js';

export function saveModels(dir: string, tagger: TaggerData, lemmas: LemmatizerData, parser: ParserData): void {
  const ak = [...tagger.tagDict.keys()].sort((a, b) => a - b);
  const ck = [...tagger.clusters.keys()].sort((a, b) => a - b);
  const hk = [...tagger.heads.keys()].sort((a, b) => a - b);
  const lk = [...tagger.lexicon.keys()].sort((a, b) => a - b);
  const arrays = {
    ...weightsToArrays('upos', tagger.upos),
    ...(tagger.upos2 ? weightsToArrays('upos2', tagger.upos2) : {}),
    'clusters.keys': Int32Array.from(ck),
    'clusters.paths': Int32Array.from(ck, (k) => tagger.clusters.get(k)!),
    'tagdict.keys': Int32Array.from(ak),
    'tagdict.tags': Int32Array.from(ak, (k) => tagger.tagDict.get(k)!),
    'heads.keys': Int32Array.from(hk),
    'heads.tags': Int32Array.from(hk, (k) => tagger.heads.get(k)!),
    // Only when the language has one, so the files of the others stay as they were.
    ...(lk.length ? { 'lexicon.keys': Int32Array.from(lk), 'lexicon.classes': Int32Array.from(lk, (k) => tagger.lexicon.get(k)!) } : {}),
  };
  tagger.feats.forEach((f, u) => {
    if (f.weights) Object.assign(arrays, weightsToArrays(`feats${u}`, f.weights));
  });
  writeBundle(
    join(dir, 'tagger.bin'),
    {
      uposNames: tagger.uposNames,
      upos: { nClasses: tagger.upos.nClasses, scale: tagger.upos.scale },
      upos2: tagger.upos2 ? { scale: tagger.upos2.scale } : null,
      feats: tagger.feats.map((f) => ({ names: f.names, scale: f.weights ? f.weights.scale : null })),
    },
    arrays,
  );
  writeBundle(
    join(dir, 'parser.bin'),
    { labels: parser.labels, transScale: parser.transitions.scale, labelScale: parser.arcLabels.scale },
    { ...weightsToArrays('trans', parser.transitions), ...weightsToArrays('label', parser.arcLabels) },
  );
  writeFileSync(join(dir, 'lemmas.json'), JSON.stringify(lemmas));
}
