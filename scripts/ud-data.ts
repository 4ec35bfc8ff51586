// The UD training data of the nlp models and our own dev split of it: which files, how sentences are
// de-duplicated and assigned to documents, which documents are dev, and how the dev split is scored.
// Shared by the training script (scripts/train-nlp.ts) and the test that checks the committed models
// still give the scores their README states (test/nlp/dev-scores.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../src/model/index.js';
import { SHARED_DIR } from '../src/paths.js';
import { parseConllu } from '../src/nlp/conllu.js';
import { hashStr } from '../src/nlp/core/hash.js';
import type { Annotated } from '../src/nlp/core/types.js';
import { LANGUAGES } from '../src/nlp/languages.js';

export interface Gold extends Annotated {
  doc: string;
  /** True when the file follows the current UD lemma conventions (particle_verb, compound_parts). */
  current: boolean;
  /** Newspaper text (UD Dutch Alpino): the genre of the held-out test text. */
  newspaper: boolean;
  /** 0 for the current conventions, 1 for the older release (domain adaptation). */
  domain: number;
}

// Training files per language; `current: false` marks the older UD 2.0 release of LassySmall.
export const FILES: Record<Lang, { file: string; current: boolean }[]> = {
  // Current-convention files first: of duplicated sentences, the current annotation is kept.
  nl: [
    { file: 'nl/nl_lassysmall-ud-dev.conllu', current: true },
    { file: 'nl/nl_lassysmall-ud-test.conllu', current: true },
    { file: 'nl/nl_alpino-ud-dev.conllu', current: true },
    { file: 'nl/nl_lassysmall-ud-train-v2.0.conllu', current: false },
  ],
  en: [{ file: 'en/en_ewt-ud-dev.conllu', current: true }],
};

// Document id of a sentence, so the dev split never shares a document with training.
function docOf(comments: string[], fallback: string): string {
  const idLine = comments.find((c) => c.startsWith('# sent_id =')) ?? comments[0] ?? `# ${fallback}`;
  const id = idLine.replace(/^# (sent_id = )?/, '').replace(/\.xml$/, '').trim();
  return id.split(/\\|\.p\.|\.s\./)[0]!.replace(/-\d{4}$/, '');
}

/** Every sentence of the language's files, de-duplicated by text (the first annotation wins). */
export function readGold(lang: Lang, opts: { noDomains?: boolean; log?: (s: string) => void } = {}): Gold[] {
  const all: Gold[] = [];
  const seen = new Set<string>();
  for (const { file, current } of FILES[lang]) {
    const sents = parseConllu(readFileSync(join(SHARED_DIR, 'data', 'ud', file), 'utf8'), file);
    let dup = 0;
    for (const s of sents) {
      const forms = s.words.map((w) => w[1]!);
      const key = forms.join(' ');
      if (seen.has(key)) {
        dup++;
        continue;
      }
      seen.add(key);
      const comments = s.lines.filter((l) => l.kind === 'comment').map((l) => (l as { raw: string }).raw);
      all.push({
        doc: `${file.split('/')[1]!.split('-')[0]}:${docOf(comments, String(all.length))}`.replace(/^nl_(lassysmall|alpino):/, 'nl:'),
        current,
        newspaper: file.includes('alpino'),
        domain: current || opts.noDomains ? 0 : 1,
        forms,
        lemmas: s.words.map((w) => w[2]!),
        upos: s.words.map((w) => w[3]!),
        feats: s.words.map((w) => w[5]!),
        heads: s.words.map((w) => Number(w[6]) - 1),
        deprels: s.words.map((w) => w[7]!),
      });
    }
    opts.log?.(`${file}: ${sents.length} sentences, ${dup} duplicates dropped`);
  }
  return all;
}

/** 10% of the documents, by a hash of the document id; `fold` 1-9 picks another tenth (cross-validation). */
export const isDev = (s: Gold, fold = 0) => hashStr(s.doc) % 10 === fold;

/**
 * The dev split: current-convention sentences of dev documents (held-out test data follows them);
 * older-convention sentences of dev documents are used nowhere.
 */
export function devSplit(all: Gold[], fold = 0): Gold[] {
  return all.filter((s) => isDev(s, fold) && s.current);
}

// Lemma conventions: the verb's own lemma is learned; the particle is joined after parsing.
export function verbLemma(s: Gold, i: number): string {
  const lemma = s.lemmas[i]!;
  for (let d = 0; d < s.forms.length; d++) {
    if (s.heads[d] === i && s.deprels[d] === 'compound:prt') {
      const p = s.lemmas[d]!.toLowerCase() + '_';
      if (lemma.startsWith(p)) return lemma.slice(p.length);
    }
  }
  return lemma;
}

/** Gold lemmas in the convention we output (particle joined when the treebank version did not). */
export function goldLemmas(s: Gold, lang: Lang): string[] {
  const rules = LANGUAGES[lang];
  const out = s.forms.map((_, i) => verbLemma(s, i));
  for (let d = 0; d < s.forms.length; d++) {
    const h = s.heads[d]!;
    if (s.deprels[d] === 'compound:prt' && h >= 0 && (s.upos[h] === 'VERB' || s.upos[h] === 'AUX')) {
      out[h] = rules.particleVerbLemma(out[h]!, s.lemmas[d]!) ?? out[h]!;
    }
  }
  return out;
}

export type DevScores = Record<'UPOS' | 'UFeats' | 'Lemma' | 'Lemma (ignoring _)' | 'UAS' | 'LAS' | 'LAS (full labels)', string>;

/**
 * Scores of an annotator on gold sentences with gold tokenization, as percentages with two decimals.
 * LAS counts the universal part of the relation, as the CoNLL 2018 evaluation does. `confuse` hears
 * every error (gold -> predicted).
 */
export function scoreDev(annotate: (forms: string[]) => Annotated, sents: Gold[], lang: Lang, confuse?: (what: string) => void): { words: number; scores: DevScores } {
  const c = { words: 0, upos: 0, feats: 0, lemma: 0, lemmaLoose: 0, uas: 0, las: 0, lasFull: 0 };
  for (const s of sents) {
    const a = annotate(s.forms);
    const gl = goldLemmas(s, lang);
    for (let i = 0; i < s.forms.length; i++) {
      c.words++;
      const g = s.deprels[i]!.split(':')[0];
      if (a.upos[i] !== s.upos[i]) confuse?.(`UPOS ${s.upos[i]} -> ${a.upos[i]}`);
      else if (a.heads[i] !== s.heads[i]) confuse?.(`head of ${g}`);
      else if (a.deprels[i]!.split(':')[0] !== g) confuse?.(`label ${g} -> ${a.deprels[i]!.split(':')[0]}`);
      if (a.upos[i] === s.upos[i]) c.upos++;
      if (a.feats[i] === s.feats[i]) c.feats++;
      if (a.lemmas[i] === gl[i]) c.lemma++;
      if (a.lemmas[i]!.replace(/_/g, '') === gl[i]!.replace(/_/g, '')) c.lemmaLoose++;
      if (a.heads[i] === s.heads[i]) {
        c.uas++;
        if (a.deprels[i]!.split(':')[0] === g) c.las++;
        if (a.deprels[i] === s.deprels[i]) c.lasFull++;
      }
    }
  }
  const pct = (x: number) => ((100 * x) / Math.max(1, c.words)).toFixed(2);
  return {
    words: c.words,
    scores: {
      UPOS: pct(c.upos),
      UFeats: pct(c.feats),
      Lemma: pct(c.lemma),
      'Lemma (ignoring _)': pct(c.lemmaLoose),
      UAS: pct(c.uas),
      LAS: pct(c.las),
      'LAS (full labels)': pct(c.lasFull),
    },
  };
}
