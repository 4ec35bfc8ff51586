// CoNLL reading and conlleval-style scoring (exact span match, per label).
import { InputError } from '../../model/index.js';

/** One CoNLL block: a sentence of tokens (with the tag in the last column, when present) or a -DOCSTART- line. */
export type ConllItem =
  | { kind: 'docstart'; line: string }
  | { kind: 'sentence'; tokens: string[]; tags: (string | null)[]; lineNo: number };

/**
 * Parses CoNLL text: one token per line in the first column (whitespace-separated further columns),
 * blank lines between sentences, `-DOCSTART-` lines kept as their own items.
 * `tagColumn: 'last'` reads the last column as the gold tag (training/evaluation data).
 */
export function parseConll(text: string, where: string, tagColumn: 'none' | 'last' = 'none'): ConllItem[] {
  const items: ConllItem[] = [];
  let cur: Extract<ConllItem, { kind: 'sentence' }> | null = null;
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!.replace(/\r$/, '');
    if (/^\s*$/.test(line)) {
      if (cur) items.push(cur);
      cur = null;
      continue;
    }
    const cols = line.split(/[\t ]+/).filter((c) => c !== '');
    if (cols[0] === '-DOCSTART-') {
      if (cur) items.push(cur);
      cur = null;
      items.push({ kind: 'docstart', line });
      continue;
    }
    if (/^\s/.test(line)) throw new InputError(`${where}:${k + 1}`, 'line starts with whitespace: expected a token in the first column');
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(line)) throw new InputError(`${where}:${k + 1}`, 'control character in line');
    let tag: string | null = null;
    if (tagColumn === 'last') {
      tag = cols.length > 1 ? cols[cols.length - 1]! : null;
      if (tag === null || !/^(O|[BI]-(PER|ORG|LOC|MISC))$/.test(tag)) {
        throw new InputError(`${where}:${k + 1}`, `expected an IOB tag (O, B-PER, I-LOC, ...) in the last column, got "${tag ?? ''}"`);
      }
    }
    if (!cur) cur = { kind: 'sentence', tokens: [], tags: [], lineNo: k + 1 };
    cur.tokens.push(cols[0]!);
    cur.tags.push(tag);
  }
  if (cur) items.push(cur);
  return items;
}

/** Groups sentences into documents at -DOCSTART- lines (all one document when there are none). */
export function documents(items: readonly ConllItem[]): { tokens: string[]; tags: string[] }[][] {
  const docs: { tokens: string[]; tags: string[] }[][] = [[]];
  for (const it of items) {
    if (it.kind === 'docstart') {
      if (docs[docs.length - 1]!.length) docs.push([]);
    } else docs[docs.length - 1]!.push({ tokens: it.tokens, tags: it.tags.map((t) => t ?? 'O') });
  }
  return docs.filter((d) => d.length > 0);
}

export interface Span {
  label: string;
  start: number;
  end: number;
}

/** Entity spans of an IOB tag sequence, conlleval rules (an I- after a different type starts a new span). */
export function spans(tags: readonly string[]): Span[] {
  const out: Span[] = [];
  let cur: Span | null = null;
  tags.forEach((t, i) => {
    const type = t === 'O' ? null : t.slice(2);
    const begins = t.startsWith('B-') || (t.startsWith('I-') && (!cur || cur.label !== type));
    if (cur && (t === 'O' || begins)) {
      cur.end = i;
      out.push(cur);
      cur = null;
    }
    if (begins && type) cur = { label: type, start: i, end: i + 1 };
  });
  if (cur) {
    (cur as Span).end = tags.length;
    out.push(cur);
  }
  return out;
}

export interface Scores {
  overall: { p: number; r: number; f1: number; gold: number; pred: number; correct: number };
  perLabel: Record<string, { p: number; r: number; f1: number; gold: number; pred: number; correct: number }>;
}

/** conlleval-style precision/recall/F1 (percent) over exact spans. */
export function score(gold: readonly (readonly string[])[], pred: readonly (readonly string[])[]): Scores {
  const counts: Record<string, { gold: number; pred: number; correct: number }> = {};
  const get = (l: string) => (counts[l] ??= { gold: 0, pred: 0, correct: 0 });
  for (let s = 0; s < gold.length; s++) {
    const g = spans(gold[s]!), p = spans(pred[s]!);
    const key = (x: Span) => `${x.label}:${x.start}:${x.end}`;
    const gs = new Set(g.map(key));
    for (const x of g) get(x.label).gold++;
    for (const x of p) {
      get(x.label).pred++;
      if (gs.has(key(x))) get(x.label).correct++;
    }
  }
  const prf = (c: { gold: number; pred: number; correct: number }) => {
    const p = c.pred ? (100 * c.correct) / c.pred : 0;
    const r = c.gold ? (100 * c.correct) / c.gold : 0;
    return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, ...c };
  };
  const total = { gold: 0, pred: 0, correct: 0 };
  const perLabel: Scores['perLabel'] = {};
  for (const l of Object.keys(counts).sort()) {
    const c = counts[l]!;
    total.gold += c.gold; total.pred += c.pred; total.correct += c.correct;
    perLabel[l] = prf(c);
  }
  return { overall: prf(total), perLabel };
}

export function formatScores(s: Scores): string {
  const row = (name: string, x: Scores['overall']) =>
    `| ${name} | ${x.p.toFixed(2)} | ${x.r.toFixed(2)} | ${x.f1.toFixed(2)} | ${x.gold} |`;
  return ['| label | P | R | F1 | gold spans |', '| --- | ---: | ---: | ---: | ---: |', row('overall', s.overall),
    ...Object.entries(s.perLabel).map(([l, x]) => row(l, x))].join('\n');
}

export type ConllLine = { kind: 'token'; token: string } | { kind: 'blank' | 'docstart'; text: string };

/**
 * Line-preserving CoNLL reading for the CLI: each line classified, sentences (with their line numbers)
 * grouped into documents at -DOCSTART- lines. Malformed lines are an InputError naming the line.
 */
export function parseConllLines(text: string, where: string): {
  lines: ConllLine[];
  documents: { tokens: string[]; lineNos: number[] }[][];
} {
  const raw = text.split('\n');
  if (raw.length > 0 && raw[raw.length - 1] === '') raw.pop();
  const lines: ConllLine[] = [];
  const documents: { tokens: string[]; lineNos: number[] }[][] = [[]];
  let cur: { tokens: string[]; lineNos: number[] } | null = null;
  raw.forEach((r, k) => {
    const line = r.endsWith('\r') ? r.slice(0, -1) : r;
    if (/^[ \t]*$/.test(line)) {
      lines.push({ kind: 'blank', text: line });
      cur = null;
      return;
    }
    if (/^[ \t]/.test(line)) throw new InputError(`${where}:${k + 1}`, 'line starts with whitespace: expected a token in the first column');
    if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(line)) throw new InputError(`${where}:${k + 1}`, 'control character in line: not CoNLL text');
    const token = line.split(/[\t ]/, 1)[0]!;
    if (token === '-DOCSTART-') {
      lines.push({ kind: 'docstart', text: line });
      if (documents[documents.length - 1]!.length) documents.push([]);
      cur = null;
      return;
    }
    if (!cur) {
      cur = { tokens: [], lineNos: [] };
      documents[documents.length - 1]!.push(cur);
    }
    cur.tokens.push(token);
    cur.lineNos.push(k);
    lines.push({ kind: 'token', token });
  });
  return { lines, documents: documents.filter((d) => d.length) };
}
