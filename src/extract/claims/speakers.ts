// New actors for speakers and addressees that the actor resolver did not find ("een woordvoerder", "de wereld").
import type { ActorRef, Doc } from '../../model/index.js';
import { guessActorType } from '../../resolve/index.js';

export function newActor(text: string, doc: Doc, type?: string): ActorRef {
  const name = text.trim();
  return { text, id: null, name, type: type ?? guessActorType(text, doc.lang), country: null };
}
