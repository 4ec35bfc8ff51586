// Model files: one binary file = 4-byte little-endian header length, a JSON header, then the
// typed arrays it lists, each 8-byte aligned. Loading is a read and a few views: no parsing.
import { readFileSync, writeFileSync } from 'node:fs';
import type { FrozenWeights } from './linear.js';

type Typed = Int32Array | Uint16Array | Int16Array | Float32Array | Uint8Array;
const CTORS = { Int32Array, Uint16Array, Int16Array, Float32Array, Uint8Array } as const;
type CtorName = keyof typeof CTORS;

interface Section {
  name: string;
  type: CtorName;
  offset: number;
  length: number;
}

export function writeBundle(path: string, meta: unknown, arrays: Record<string, Typed>): void {
  const sections: Section[] = [];
  let offset = 0;
  for (const [name, a] of Object.entries(arrays)) {
    sections.push({ name, type: a.constructor.name as CtorName, offset, length: a.length });
    offset += Math.ceil(a.byteLength / 8) * 8;
  }
  const header = Buffer.from(JSON.stringify({ meta, sections }), 'utf8');
  const headLen = Math.ceil((4 + header.length) / 8) * 8;
  const out = Buffer.alloc(headLen + offset);
  out.writeUInt32LE(header.length, 0);
  header.copy(out, 4);
  for (const s of sections) {
    const a = arrays[s.name]!;
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, headLen + s.offset);
  }
  writeFileSync(path, out);
}

export function readBundle(path: string): { meta: any; arrays: Record<string, Typed> } {
  const buf = readFileSync(path);
  const len = buf.readUInt32LE(0);
  const { meta, sections } = JSON.parse(buf.subarray(4, 4 + len).toString('utf8')) as { meta: unknown; sections: Section[] };
  const headLen = Math.ceil((4 + len) / 8) * 8;
  // Copy into an aligned buffer so every typed view is legal.
  const body = new ArrayBuffer(buf.length - headLen);
  new Uint8Array(body).set(buf.subarray(headLen));
  const arrays: Record<string, Typed> = {};
  for (const s of sections) arrays[s.name] = new CTORS[s.type](body, s.offset, s.length);
  return { meta, arrays };
}

export function weightsToArrays(prefix: string, fw: FrozenWeights): Record<string, Typed> {
  return { [`${prefix}.keys`]: fw.keys, [`${prefix}.ptr`]: fw.ptr, [`${prefix}.cls`]: fw.cls, [`${prefix}.q`]: fw.q };
}

export function weightsFromArrays(prefix: string, arrays: Record<string, Typed>, nClasses: number, scale: number): FrozenWeights {
  return {
    nClasses,
    scale,
    keys: arrays[`${prefix}.keys`] as Int32Array,
    ptr: arrays[`${prefix}.ptr`] as Int32Array,
    cls: arrays[`${prefix}.cls`] as Uint16Array,
    q: arrays[`${prefix}.q`] as Int16Array,
  };
}
