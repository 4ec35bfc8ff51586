// Measures the tokenizer against the gold tokens of a UD treebank (CoNLL-U with `# text =` lines).
// The documents are rebuilt from the sentence texts: sentences of one paragraph joined by a space (by a
// line break when the sentence has no final punctuation: a list item or headline was a line of its own),
// paragraphs by a blank line (paragraphs from `# newpar`/`# newdoc` or the ".p.N.s.M" part of the sentence id).
import type { Lang, Sentence } from '../../model/index.js';
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
  /** A few sentence boundary errors, "‖" marking the place. */
  boundaryExamples: string[];
}

export interface GoldSentence {
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

export interface EvaluateOptions {
  /** Only the first sentences. */
  limit?: number;
  /** false: join every sentence with one space, no line breaks (a harder test of the splitter). */
  layout?: boolean;
}

/** Sentences of tokens as they come from a segmenter, for comparing other tools (Frog's ucto). */
export type Segmenter = (text: string) => Sentence[];

export function evaluateTokenizer(conllu: string, lang: Lang, opts: EvaluateOptions = {}): TokenizerScore {
  return evaluateSegmenter(conllu, (text) => tokenize(text, lang), opts);
}

/** Scores any segmenter against the UD gold, on the same rebuilt documents as evaluateTokenizer. */
export function evaluateSegmenter(conllu: string, segmenter: Segmenter, opts: EvaluateOptions = {}): TokenizerScore {
  const gold = readConllu(conllu).slice(0, opts.limit ?? Infinity);
  const layout = opts.layout ?? true;
  // Rebuild the document text; find each gold token in its sentence text.
  let doc = '';
  const goldTokens = new Set<string>();
  const goldEnds = new Set<number>();
  const sentenceStarts: number[] = [];
  const skipped = new Set<number>();
  let goldCount = 0;
  gold.forEach((s, i) => {
    if (i > 0) {
      // Sentences of one paragraph follow each other; one without final punctuation was a line of its own (list item, headline).
      const prev = gold[i - 1]!;
      doc += !layout ? ' ' : s.paragraph !== prev.paragraph ? '\n\n' : /[.!?…;"'”’»)]$/u.test(prev.text) ? ' ' : '\n';
    }
    const base = doc.length;
    sentenceStarts.push(base);
    doc += s.text;
    goldEnds.add(doc.length);
    const spans: string[] = [];
    let pos = 0;
    for (const f of s.forms) {
      while (pos < s.text.length && /\s/.test(s.text[pos]!)) pos++;
      if (!s.text.startsWith(f, pos)) {
        skipped.add(i); // the treebank changed the text (rare): leave the sentence out of the token score
        return;
      }
      spans.push(`${base + pos}:${base + pos + f.length}`);
      pos += f.length;
    }
    for (const sp of spans) goldTokens.add(sp);
    goldCount += spans.length;
  });
  const sentenceAt = (offset: number): number => {
    let lo = 0;
    let hi = sentenceStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentenceStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  const predicted = segmenter(doc);
  let predCount = 0;
  let correct = 0;
  const predEnds = new Set<number>();
  const examples: [string, string][] = [];
  const seen = new Set<number>();
  for (const sent of predicted) {
    predEnds.add(sent.end);
    for (const t of sent.tokens) {
      const g = sentenceAt(t.start);
      if (skipped.has(g)) continue;
      predCount++;
      if (goldTokens.has(`${t.start}:${t.end}`)) correct++;
      else if (examples.length < 50 && !seen.has(g)) {
        seen.add(g);
        examples.push([gold[g]!.forms.join(' '), sent.tokens.map((x) => x.form).join(' ')]);
      }
    }
  }
  const context = (e: number) => `${doc.slice(Math.max(0, e - 50), e)}‖${doc.slice(e, e + 30)}`.replace(/\n/g, '¶');
  const boundaryExamples: string[] = [];
  let endsCorrect = 0;
  for (const e of predEnds) {
    if (goldEnds.has(e)) endsCorrect++;
    else if (boundaryExamples.length < 25) boundaryExamples.push(`extra:  ${context(e)}`);
  }
  for (const e of goldEnds) if (!predEnds.has(e) && boundaryExamples.length < 50) boundaryExamples.push(`missed: ${context(e)}`);
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
    unaligned: skipped.size,
    examples,
    boundaryExamples,
  };
}
