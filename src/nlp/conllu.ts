// CoNLL-U reading and writing (https://universaldependencies.org/format.html).
import { InputError } from '../model/index.js';

export type ConlluLine =
  | { kind: 'comment' | 'mwt' | 'empty'; raw: string }
  | { kind: 'word'; cols: string[]; line: number };

export interface ConlluSentence {
  /** Everything in input order: comments, multiword-token ranges, empty nodes, words. */
  lines: ConlluLine[];
  /** The syntactic words (integer IDs), 10 columns each; the same arrays as in `lines`. */
  words: string[][];
  /** 1-based line number of the sentence's first line in the input. */
  line: number;
}

const WORD_ID = /^[1-9][0-9]*$/;
const RANGE_ID = /^([1-9][0-9]*)-([1-9][0-9]*)$/;
const EMPTY_ID = /^(0|[1-9][0-9]*)\.[1-9][0-9]*$/;

/** Parses CoNLL-U; a malformed line is an InputError naming `where:line`. */
export function parseConllu(text: string, where = 'input'): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let cur: ConlluSentence | null = null;
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    let raw = lines[n]!;
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    const lineNo = n + 1;
    if (raw.trim() === '') {
      if (cur) finish(cur, where);
      cur = null;
      continue;
    }
    if (!cur) {
      cur = { lines: [], words: [], line: lineNo };
      sentences.push(cur);
    }
    if (raw.startsWith('#')) {
      cur.lines.push({ kind: 'comment', raw });
      continue;
    }
    const cols = raw.split('\t');
    if (cols.length !== 10) {
      throw new InputError(`${where}:${lineNo}`, `expected 10 tab-separated columns, found ${cols.length}`);
    }
    const id = cols[0]!;
    if (WORD_ID.test(id)) {
      const expected = cur.words.length + 1;
      if (Number(id) !== expected) throw new InputError(`${where}:${lineNo}`, `word ID ${id} out of sequence (expected ${expected})`);
      if (cols[1] === '') throw new InputError(`${where}:${lineNo}`, 'empty FORM column');
      cur.words.push(cols);
      cur.lines.push({ kind: 'word', cols, line: lineNo });
    } else if (RANGE_ID.test(id)) {
      const [, a, b] = RANGE_ID.exec(id)!;
      if (Number(a) !== cur.words.length + 1 || Number(b) < Number(a)) {
        throw new InputError(`${where}:${lineNo}`, `bad multiword token range ${id}`);
      }
      cur.lines.push({ kind: 'mwt', raw });
    } else if (EMPTY_ID.test(id)) {
      cur.lines.push({ kind: 'empty', raw });
    } else {
      throw new InputError(`${where}:${lineNo}`, `bad ID "${id.slice(0, 20)}" (expected 1, 2, ... or a range 1-2 or an empty node 1.1)`);
    }
  }
  if (cur) finish(cur, where);
  return sentences;
}

function finish(s: ConlluSentence, where: string): void {
  if (s.words.length === 0 && s.lines.some((l) => l.kind !== 'comment')) {
    throw new InputError(`${where}:${s.line}`, 'sentence without words');
  }
}

export function writeConllu(sentences: ConlluSentence[]): string {
  const out: string[] = [];
  for (const s of sentences) {
    for (const l of s.lines) out.push(l.kind === 'word' ? l.cols.join('\t') : l.raw);
    out.push('');
  }
  return out.length ? out.join('\n') + '\n' : '';
}

/** FEATS column <-> record. */
export function parseFeats(s: string): Record<string, string> | undefined {
  if (!s || s === '_') return undefined;
  const r: Record<string, string> = {};
  for (const kv of s.split('|')) {
    const eq = kv.indexOf('=');
    if (eq > 0) r[kv.slice(0, eq)] = kv.slice(eq + 1);
  }
  return r;
}

export function formatFeats(f: Record<string, string> | undefined): string {
  if (!f) return '_';
  const keys = Object.keys(f).sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
  return keys.length ? keys.map((k) => `${k}=${f[k]}`).join('|') : '_';
}
