// The event ontology as data (knowledge/ontology/): PLOVER types and modes, CAMEO -> PLOVER, and
// the rules mapping PLOVER events to ACLED event and sub-event types. Documented in docs/ONTOLOGY.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { KNOWLEDGE_DIR } from '../paths.js';
import type { AcledType } from '../model/index.js';

export interface PloverMode {
  name: string;
  description: string;
  /** PLOVER conflict-cooperation score (-10..10), when the manual gives one. */
  score?: number;
}

export interface PloverType {
  name: string;
  description: string;
  requiresRecipient: boolean | null;
  /** VERBAL COOPERATION, MATERIAL COOPERATION, VERBAL CONFLICT, MATERIAL CONFLICT. */
  quad: string | null;
  modes: PloverMode[];
  score?: number;
  /** CAMEO root codes ("18") whose events map to this type. */
  cameoRoots: string[];
}

export interface CameoCode {
  code: string;
  plover: string;
  mode: string | null;
  context: string | null;
  description: string;
}

export interface AcledRule {
  when: {
    plover?: string[];
    mode?: string[];
    actor_type?: string[];
    recipient_type?: (string | null)[];
    territory?: 'changes_hands';
    fighting?: boolean;
  };
  acled: AcledType;
}

export interface Ontology {
  plover: PloverType[];
  contexts: { id: string; name: string; description: string }[];
  cameo: Map<string, CameoCode>;
  acled: {
    eventTypes: Record<string, { definition: string; sub_event_types: Record<string, string> }>;
    rules: AcledRule[];
  };
}

let cached: Ontology | null = null;

export function ontology(): Ontology {
  if (cached) return cached;
  const dir = join(KNOWLEDGE_DIR, 'ontology');
  const plover = JSON.parse(readFileSync(join(dir, 'plover.json'), 'utf8')) as { types: PloverType[]; contexts: Ontology['contexts'] };
  const cameo = JSON.parse(readFileSync(join(dir, 'cameo.json'), 'utf8')) as { codes: CameoCode[] };
  const acled = parseYaml(readFileSync(join(dir, 'acled.yaml'), 'utf8')) as {
    event_types: Ontology['acled']['eventTypes'];
    rules: AcledRule[];
  };
  cached = {
    plover: plover.types,
    contexts: plover.contexts,
    cameo: new Map(cameo.codes.map((c) => [c.code, c])),
    acled: { eventTypes: acled.event_types, rules: acled.rules },
  };
  return cached;
}

export function ploverType(name: string): PloverType | null {
  return ontology().plover.find((t) => t.name === name.toUpperCase()) ?? null;
}

/** PLOVER type, mode and context of a CAMEO code ("190", "1823"); falls back to shorter prefixes. */
export function cameoToPlover(code: string): CameoCode | null {
  const m = ontology().cameo;
  for (let n = code.length; n >= 2; n--) {
    const c = m.get(code.slice(0, n));
    if (c) return c;
  }
  return null;
}

/** The CAMEO root code most associated with a PLOVER type and mode ("ASSAULT", "aerial" -> "19"). */
export function cameoRoot(type: string, mode?: string | null): string | null {
  const t = ploverType(type);
  if (!t) return null;
  if (mode) {
    const hit = [...ontology().cameo.values()].find((c) => c.plover === t.name && c.mode === mode);
    if (hit) return hit.code.slice(0, 2);
  }
  return t.cameoRoots[0] ?? null;
}

export interface AcledQuery {
  type: string;
  mode?: string | null;
  actorType?: string | null;
  recipientType?: string | null;
  /** The event moves control of a place (a CONTROL fact follows from it). */
  territoryChangesHands?: boolean;
  /** Armed engagement was reported (for territory changes). */
  fighting?: boolean;
}

/** ACLED event and sub-event type for a PLOVER event, by the ordered rules of acled.yaml; null for verbal events. */
export function acledFor(q: AcledQuery): AcledType | null {
  for (const r of ontology().acled.rules) {
    const w = r.when;
    if (w.territory === 'changes_hands' && !q.territoryChangesHands) continue;
    if (w.fighting !== undefined && w.fighting !== (q.fighting ?? false)) continue;
    if (w.plover && !w.plover.includes(q.type.toUpperCase())) continue;
    if (w.mode && !(q.mode && w.mode.includes(q.mode))) continue;
    if (w.actor_type && !w.actor_type.includes(q.actorType ?? 'unknown')) continue;
    if (w.recipient_type && !w.recipient_type.includes(q.recipientType ?? null)) continue;
    return { ...r.acled };
  }
  return null;
}
