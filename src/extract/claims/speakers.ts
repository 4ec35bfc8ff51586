// New actors for speakers and addressees that the actor resolver did not find ("een woordvoerder", "de wereld").
import type { ActorRef, Doc } from '../../model/index.js';
import { actorDictionary, gazetteer, guessActorType } from '../../resolve/index.js';
import { roleActor, toRef } from '../../resolve/actors.js';
import { isSeatOfGovernment } from '../../resolve/gazetteer.js';
import { nameKey } from '../../resolve/normalize.js';

export function newActor(text: string, doc: Doc, type?: string): ActorRef {
  const name = text.trim();
  return countryState(name) ?? { text, id: null, name, type: type ?? guessActorType(text, doc.lang), country: null };
}

/** A country the actor dictionary has no entry for ("eiste van Nieuw-Zeeland dat ..."), or a capital: its state. */
function countryState(name: string): ActorRef | null {
  const gaz = gazetteer();
  const hit = (gaz.exact.get(nameKey(name)) ?? []).find((h) => {
    const p = gaz.places[h.place]!;
    return !h.adjective && (p.type === 'country' || isSeatOfGovernment(p));
  });
  const iso = hit ? gaz.places[hit.place]!.country : null;
  const state = iso ? roleActor(actorDictionary(), iso, 'state') : null;
  return state ? toRef(state, name) : null;
}
