// The gazetteer's exact-key index as a character trie: findPlaces and readContext walk it token key by token key
// instead of hashing every concatenation of token keys.
import type { Gazetteer } from './gazetteer.js';
import type { KeyedForm } from './normalize.js';

export interface TrieNode {
  next: Map<number, TrieNode>;
  end: boolean;
  /** Where each token key read from here leads (null: nowhere), filled as keys come: one lookup per token, not per character. */
  after: Map<string, TrieNode | null> | undefined;
}

/** The node reached from `node` by the characters of `key`, or undefined. */
export function step(node: TrieNode, key: string): TrieNode | undefined {
  let m = node.after;
  if (m === undefined) node.after = m = new Map();
  let r = m.get(key);
  if (r === undefined) {
    let x: TrieNode | undefined = node;
    for (let c = 0; x && c < key.length; c++) x = x.next.get(key.charCodeAt(c));
    r = x ?? null;
    if (m.size >= 10_000) m.clear();
    m.set(key, r);
  }
  return r ?? undefined;
}

/** The node of a token's key, remembered on its keyed form (which also holds its key): no second hash lookup. */
export function firstNode(trie: KeyTrie, f: KeyedForm): TrieNode | undefined {
  if (f.trie !== trie) {
    f.trie = trie;
    f.node = f.key === '' ? trie.root : trie.byPrefix.get(f.key);
  }
  return f.node as TrieNode | undefined;
}

export interface KeyTrie {
  size: number;
  root: TrieNode;
  /** Every non-empty key prefix -> its node. */
  byPrefix: Map<string, TrieNode>;
}
const tries = new WeakMap<Map<string, unknown>, KeyTrie>();
/** The exact-key index as a character trie (rebuilt if the index changes size). */
export function keyTrie(gaz: Gazetteer): KeyTrie {
  const known = tries.get(gaz.exact);
  if (known && known.size === gaz.exact.size) return known;
  const root: TrieNode = { next: new Map(), end: false, after: undefined };
  const byPrefix = new Map<string, TrieNode>();
  for (const k of gaz.exact.keys()) {
    let n = root;
    for (let c = 0; c < k.length; c++) {
      const ch = k.charCodeAt(c);
      let m = n.next.get(ch);
      if (!m) {
        n.next.set(ch, (m = { next: new Map(), end: false, after: undefined }));
        byPrefix.set(k.slice(0, c + 1), m);
      }
      n = m;
    }
    n.end = true;
  }
  const t = { size: gaz.exact.size, root, byPrefix };
  tries.set(gaz.exact, t);
  return t;
}
