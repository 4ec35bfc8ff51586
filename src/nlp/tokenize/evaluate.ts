// Measures the tokenizer against the gold tokens of a UD treebank (CoNLL-U with `# text =` lines).
// The documents are rebuilt from the sentence texts: sentences of one paragraph joined by a space,
// paragraphs by a blank line (paragraphs from `# newpar` or the ".p.N.s.M" part of the sentence id).
import type { Lang } from '../../model/index.js';
import { tokenize } from './index.js';

export interface TokenizerScore {
  sentences: number;
  goldTokens: number;
  tokenPrecision: number;
  tokenRecall: number;
  tokenF1: number;
  /** Sentence ends: precision/recall/F1 over the end offsets of sentences. */
  sentencePrecision: number;
  sentenceRecall: number;
  sentenceF1: number;
  /** Sentences whose gold tokens could not be found in their text (skipped). */
  unaligned: number;
  /** A few token errors for inspection: [gold tokens, predicted tokens] around the first difference. */
  examples: [string, string][];
}

interface GoldSentence {
  text: string;
  paragraph: string;
  forms: string[];
}

/** Reads sentences with their surface tokens; multiword tokens are split only when the parts spell the surface ("do"+"n't"). */
export function readConllu(conllu: string): GoldSentence[] {
  const out: GoldSentence[] = [];
  let text = '';
  let paragraph = '';
  let newpar = 0;
  let forms: string[] = [];
  let mwtEnd = 0;
  let mwtForm = '';
  let mwtParts: string[] = [];
  const flushMwt = () => {
    if (!mwtForm) return;
    if (mwtParts.join('') === mwtForm) forms.push(...mwtParts);
    else forms.push(mwtForm);
    mwtForm = '';
    mwtParts = [];
  };
  for (const line of conllu.split('\n')) {
    if (line.startsWith('# text = ')) text = line.slice(9);
    else if (line.startsWith('# newpar') || line.startsWith('# newdoc')) newpar++;
    else if (line.startsWith('# sent_id = ')) {
      const id = line.slice(12);
      const m = /^(.*)\.s\.\d+$/.exec(id);
      paragraph = m ? m[1]! : '';
    } else if (line.trim() === '') {
      flushMwt();
      if (forms.length && text) out.push({ text, paragraph: paragraph || `#${newpar}`, forms });
      forms = [];
      text = '';
    } else if (!line.startsWith('#')) {
      const cols = line.split('\t');
      const id = cols[0]!;
      if (id.includes('.')) continue; // empty nodes
      const range = /^(\d+)-(\d+)$/.exec(id);
      if (range) {
        flushMwt();
        mwtForm = cols[1]!;
        mwtEnd = Number(range[2]);
        continue;
      }
      if (mwtForm && Number(id) <= mwtEnd) {
        mwtParts.push(cols[1]!);
        if (Number(id) === mwtEnd) flushMwt();
      } else forms.push(cols[1]!);
    }
  }
  flushMwt();
  if (forms.length && text) out.push({ text, paragraph: paragraph || `#${newpar}`, forms });
  return out;
}

export function evaluateTokenizer(conllu: string, lang: Lang, limit = Infinity): TokenizerScore {
  const gold = readConllu(conllu).slice(0, limit);
  // Rebuild the document text and the gold spans.
  let doc = '';
  const goldTokens = new Set<string>();
  const goldEnds = new Set<number>();
  let unaligned = 0;
  let goldCount = 0;
  let prevPar: string | null = null;
  for (const s of gold) {
    if (prevPar !== null) doc += s.paragraph === prevPar ? ' ' : '\n\n';
    prevPar = s.paragraph;
    const base = doc.length;
    doc += s.text;
    const spans: [number, number][] = [];
    let pos = 0;
    let ok = true;
    for (const f of s.forms) {
      while (pos < s.text.length && /\s/.test(s.text[pos]!)) pos++;
      if (s.text.startsWith(f, pos)) {
        spans.push([pos, pos + f.length]);
        pos += f.length;
      } else {
        ok = false;
        break;
      }
    }
    goldEnds.add(doc.length);
    if (!ok) {
      unaligned++;
      continue;
    }
    for (const [a, b] of spans) goldTokens.add(`${base + a}:${base + b}`);
    goldCount += spans.length;
  }
  // Tokens of unaligned sentences are excluded from both sides.
  const aligned = (a: number) => goldSentenceAt(a);
  const sentenceStarts: number[] = [];
  const sentenceOk: boolean[] = [];
  {
    let p = 0;
    let prev: string | null = null;
    for (const s of gold) {
      if (prev !== null) p += s.paragraph === prev ? 1 : 2;
      prev = s.paragraph;
      sentenceStarts.push(p);
      p += s.text.length;
      sentenceOk.push(true);
    }
  }
  function goldSentenceAt(offset: number): number {
    let lo = 0;
    let hi = sentenceStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentenceStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  const unalignedSet = new Set<number>();
  gold.forEach((s, i) => {
    let pos = 0;
    for (const f of s.forms) {
      while (pos < s.text.length && /\s/.test(s.text[pos]!)) pos++;
      if (!s.text.startsWith(f, pos)) {
        unalignedSet.add(i);
        return;
      }
      pos += f.length;
    }
  });

  const predicted = tokenize(doc, lang);
  let predCount = 0;
  let correct = 0;
  const predEnds = new Set<number>();
  const examples: [string, string][] = [];
  for (const sent of predicted) {
    predEnds.add(sent.end);
    for (const t of sent.tokens) {
      if (unalignedSet.has(aligned(t.start))) continue;
      predCount++;
      if (goldTokens.has(`${t.start}:${t.end}`)) correct++;
      else if (examples.length < 40) {
        const g = gold[aligned(t.start)]!;
        examples.push([g.forms.join(' '), sent.tokens.map((x) => x.form).join(' ')]);
      }
    }
  }
  let endsCorrect = 0;
  for (const e of predEnds) if (goldEnds.has(e)) endsCorrect++;
  const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
  const tp = predCount ? correct / predCount : 0;
  const tr = goldCount ? correct / goldCount : 0;
  const sp = predEnds.size ? endsCorrect / predEnds.size : 0;
  const sr = goldEnds.size ? endsCorrect / goldEnds.size : 0;
  return {
    sentences: gold.length,
    goldTokens: goldCount,
    tokenPrecision: tp,
    tokenRecall: tr,
    tokenF1: f1(tp, tr),
    sentencePrecision: sp,
    sentenceRecall: sr,
    sentenceF1: f1(sp, sr),
    unaligned,
    examples,
  };
}
