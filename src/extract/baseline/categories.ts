import type { AcledType } from '../../model/index.js';

/**
 * What a trigger word means, independent of language: PLOVER type and mode, CAMEO root code,
 * and the ACLED type it implies. Territory changes depend on who takes the place (see acledFor).
 */
export interface TriggerCategory {
  kind: 'event' | 'movement';
  type: string;
  mode: string | null;
  cameo: string;
  acled: AcledType | null;
}

export const CATEGORIES = {
  territory: { kind: 'event', type: 'COERCE', mode: 'seize', cameo: '19', acled: { event_type: 'Battles', sub_event_type: 'Non-state actor overtakes territory' } },
  attack: { kind: 'event', type: 'ASSAULT', mode: null, cameo: '19', acled: { event_type: 'Battles', sub_event_type: 'Armed clash' } },
  kill: { kind: 'event', type: 'ASSAULT', mode: null, cameo: '18', acled: { event_type: 'Violence against civilians', sub_event_type: 'Attack' } },
  flee: { kind: 'movement', type: 'RETREAT', mode: 'withdraw', cameo: '08', acled: null },
  surrender: { kind: 'event', type: 'RETREAT', mode: 'disarm', cameo: '08', acled: { event_type: 'Strategic developments', sub_event_type: 'Other' } },
  arrest: { kind: 'event', type: 'COERCE', mode: 'arrest', cameo: '17', acled: { event_type: 'Strategic developments', sub_event_type: 'Arrests' } },
  demand: { kind: 'event', type: 'REQUEST', mode: null, cameo: '10', acled: null },
  threaten: { kind: 'event', type: 'THREATEN', mode: null, cameo: '13', acled: null },
  agree: { kind: 'event', type: 'AGREE', mode: null, cameo: '03', acled: { event_type: 'Strategic developments', sub_event_type: 'Agreement' } },
  aid: { kind: 'event', type: 'AID', mode: null, cameo: '07', acled: null },
  mobilize: { kind: 'event', type: 'MOBILIZE', mode: null, cameo: '15', acled: null },
} satisfies Record<string, TriggerCategory>;

export type CategoryName = keyof typeof CATEGORIES;

/** ACLED distinguishes who takes territory: a state force regains it, anyone else overtakes it. */
export function acledFor(category: CategoryName, actorType: string | null): AcledType | null {
  const base: AcledType | null = CATEGORIES[category].acled;
  if (category === 'territory' && (actorType === 'state_military' || actorType === 'state' || actorType === 'police')) {
    return { event_type: 'Battles', sub_event_type: 'Government regains territory' };
  }
  return base;
}
