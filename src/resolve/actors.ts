// The actor dictionary (knowledge/actors/*.yaml plus user files) and actor mentions in sentences.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { KNOWLEDGE_DIR } from '../paths.js';
import { InputError, type ActorRef, type Lang, type Sentence, type Token } from '../model/index.js';
import type { ActorMention } from './index.js';
import { gazetteer } from './gazetteer.js';
import { readContext } from './geocoder.js';
import { actorLang, knownLangs, type ActorLang } from './lang.js';
import { nameKey, separatorsOnly, startsUpper, tokenForms, type KeyedForm } from './normalize.js';
import type { Gazetteer, Hit } from './gazetteer.js';

export const ACTOR_TYPES = [
  'state',
  'state_military',
  'police',
  'government',
  'rebel_group',
  'militia',
  'party',
  'igo',
  'ngo',
  'media',
  'company',
  'civilians',
  'ethnic_group',
  'person',
  'unknown',
] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

const ISO3 = z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code (e.g. "AFG")');
const perLang = z.record(z.string().min(2).max(8), z.array(z.string().min(1).max(200)));

const actorSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9_.:-]*$/, 'lowercase letters, digits and - _ . : (e.g. "afg-taliban")'),
    name: z.string().min(1).max(300),
    type: z.enum(ACTOR_TYPES),
    country: ISO3.nullable().optional(),
    /** Generic role of a state actor ("military"): "Afghaanse militairen" finds it. */
    role: z.string().min(1).optional(),
    affiliations: z.array(z.string().min(1)).optional(),
    /** Validity period "2004-2021", "1994-", "-2001". */
    valid: z.string().regex(/^(?:\d{4}-(?:\d{4})?|-\d{4}|\d{4})$/, 'a period like "2004-2021", "1994-", "-2001" or "2001"').optional(),
    aliases: perLang.optional(),
    /** Descriptive aliases ("de jihadisten"): only with a definite article, lower confidence, only in the actor's country context. */
    descriptive: perLang.optional(),
    /** May head compounds: "Talibanstrijders", "Taliban-woordvoerder". */
    compound: z.boolean().optional(),
    /** Persons: positions held. */
    roles: z
      .array(
        z
          .object({
            title: z.string().min(1),
            of: z.string().optional(),
            from: z.union([z.string(), z.number()]).optional(),
            to: z.union([z.string(), z.number()]).optional(),
          })
          .strict(),
      )
      .optional(),
    /** Confidence of the aliases (e.g. 0.6 for a surname shared by two persons). */
    confidence: z.number().min(0).max(1).optional(),
    note: z.string().optional(),
  })
  .strict();

const fileSchema = z
  .object({
    about: z.string().optional(),
    country: ISO3.optional(),
    /** Shorthand: the state of `country`, with its aliases; role actors (government, military, ...) are generated. */
    state: z.object({ name: z.string().min(1).optional(), aliases: perLang.optional() }).strict().optional(),
    actors: z.array(z.unknown()).optional(),
  })
  .strict();

export type Actor = z.infer<typeof actorSchema> & { file: string };

interface RoleTemplate {
  name: string;
  type: ActorType;
  /** A role that acts only at home (police, intelligence): a bare mention is of the country where its sentence is. */
  local?: boolean;
}

interface AliasHit {
  actor: Actor;
  descriptive: boolean;
  /** As written in the dictionary (for the capitalisation rule). */
  alias: string;
  confidence: number;
}

export interface ActorDictionary {
  actors: Actor[];
  byId: Map<string, Actor>;
  /** nameKey of the alias (words joined) -> hits, by language ("*" for all). */
  aliases: Map<string, AliasHit[]>;
  /** Aliases that can head compounds, lowercase key -> actors. */
  compoundPrefixes: { key: string; hit: AliasHit }[];
  roles: Record<string, RoleTemplate>;
  /** Longest alias in tokens. */
  maxTokens: number;
  files: string[];
}

function readYaml(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new InputError(file, `cannot read the actor file (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    throw new InputError(file, `not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${(err as Error).message.split('\n')[0]}`);
  }
}

function zodProblem(err: z.ZodError): { field: string; message: string } {
  const issue = err.issues[0]!;
  return { field: issue.path.join('.') || '(entry)', message: issue.message };
}

/** Validates one actor file's content; errors name the file, the entry and the field. */
export function parseActorFile(data: unknown, file: string, roles: Record<string, RoleTemplate>, countryName: (iso: string) => string): Actor[] {
  const f = fileSchema.safeParse(data ?? {});
  if (!f.success) {
    const p = zodProblem(f.error);
    throw new InputError(file, `field "${p.field}": ${p.message}`);
  }
  const out: Actor[] = [];
  const { country, state } = f.data;
  if (state) {
    if (!country) throw new InputError(file, 'field "country": required when "state" is given');
    const iso = country.toLowerCase();
    out.push({ id: iso, name: state.name ?? countryName(country), type: 'state', country, role: 'state', aliases: state.aliases, file });
  }
  (f.data.actors ?? []).forEach((raw, i) => {
    const r = actorSchema.safeParse(raw);
    if (!r.success) {
      const p = zodProblem(r.error);
      const id = raw && typeof raw === 'object' && 'id' in raw ? JSON.stringify((raw as { id: unknown }).id) : '(no id)';
      throw new InputError(file, `entry ${i} (id ${id}), field "${p.field}": ${p.message}`);
    }
    const a = r.data;
    if (a.role && !roles[a.role]) {
      throw new InputError(file, `entry ${i} (id "${a.id}"), field "role": unknown role "${a.role}" (known: ${Object.keys(roles).join(', ')})`);
    }
    out.push({ ...a, country: a.country === undefined ? (country ?? null) : a.country, file });
  });
  return out;
}

export function defaultActorFiles(): string[] {
  const dir = join(KNOWLEDGE_DIR, 'actors');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(ya?ml|json)$/.test(f) && f !== 'roles.yaml')
    .sort()
    .map((f) => join(dir, f));
}

function loadRoles(): Record<string, RoleTemplate> {
  const file = join(KNOWLEDGE_DIR, 'actors', 'roles.yaml');
  const data = readYaml(file) as { roles?: Record<string, RoleTemplate> };
  return data.roles ?? {};
}

/** Loads the dictionary: knowledge/actors/*.yaml, then SITREP_ACTORS (a path-list) and `userFiles`; later ids replace earlier ones. */
export function loadActors(userFiles: string[] = []): ActorDictionary {
  const env = process.env.SITREP_ACTORS;
  const files = [...defaultActorFiles(), ...(env ? env.split(':').filter(Boolean) : []), ...userFiles];
  const roles = loadRoles();
  const gaz = gazetteer();
  const countryName = (iso: string) => gaz.byId.get(`country:${iso}`)?.name ?? iso;
  const byId = new Map<string, Actor>();
  for (const file of files) for (const a of parseActorFile(readYaml(file), file, roles, countryName)) byId.set(a.id, a);
  const actors = [...byId.values()];
  const aliases = new Map<string, AliasHit[]>();
  const compoundPrefixes: { key: string; hit: AliasHit }[] = [];
  let maxTokens = 1;
  const add = (alias: string, hit: AliasHit) => {
    const k = nameKey(alias);
    if (k.length < 2) return;
    maxTokens = Math.max(maxTokens, alias.split(/\s+/).length);
    const list = aliases.get(k) ?? [];
    if (!list.some((h) => h.actor.id === hit.actor.id && h.descriptive === hit.descriptive && h.alias === hit.alias)) list.push(hit);
    aliases.set(k, list);
  };
  for (const a of actors) {
    const conf = a.confidence ?? 0.95;
    add(a.name, { actor: a, descriptive: false, alias: a.name, confidence: conf });
    for (const list of Object.values(a.aliases ?? {})) for (const al of list) add(al, { actor: a, descriptive: false, alias: al, confidence: conf });
    for (const list of Object.values(a.descriptive ?? {})) for (const al of list) add(al, { actor: a, descriptive: true, alias: al, confidence: 0.6 });
    if (a.compound) {
      for (const list of Object.values(a.aliases ?? {})) {
        for (const al of list) if (!/\s/.test(al)) compoundPrefixes.push({ key: al.toLowerCase(), hit: { actor: a, descriptive: false, alias: al, confidence: 0.85 } });
      }
    }
  }
  compoundPrefixes.sort((x, y) => y.key.length - x.key.length || x.key.localeCompare(y.key));
  return { actors, byId, aliases, compoundPrefixes, roles, maxTokens: Math.min(maxTokens, 8), files };
}

let dict: ActorDictionary | null = null;
let userActorFiles: string[] = [];
export function actorDictionary(): ActorDictionary {
  return (dict ??= loadActors(userActorFiles));
}
/** Sets user actor files (CLI `--actors`); validates them at once. */
export function useActorFiles(files: string[]): ActorDictionary {
  userActorFiles = files;
  dict = loadActors(files);
  return dict;
}

export function toRef(a: Actor, text: string): ActorRef {
  return { text, id: a.id, name: a.name, type: a.type, country: a.country ?? null };
}

/**
 * Whether a position was held at some time of a date ("2019-03-01", "2019-07", "2019"): its `from` and `to` are years
 * or ISO dates ("2019-07-24"), compared at the coarser precision of the two, so a year covers all its days and a
 * month-precise date in the month of a change of office fits both holders. True when the date is unknown.
 */
export function heldAt(role: { from?: string | number; to?: string | number }, date: string | null): boolean {
  if (!date) return true;
  const cut = (bound: string | number | undefined) => {
    const b = bound === undefined ? '' : String(bound);
    const n = Math.min(b.length, date.length);
    return [date.slice(0, n), b.slice(0, n)] as const;
  };
  const [d1, from] = cut(role.from);
  const [d2, to] = cut(role.to);
  return (!from || d1 >= from) && (!to || d2 <= to);
}

/** Whether an actor's validity period ("2004-2021", "1994-", "2001") contains the year; true when either is unknown. */
export function validIn(a: Actor, year: number | null): boolean {
  if (year === null || !a.valid) return true;
  const [from, to] = a.valid.includes('-') ? a.valid.split('-') : [a.valid, a.valid];
  return (!from || Number(from) <= year) && (!to || year <= Number(to));
}

/**
 * The actor for a country's role ("military" of AFG) in a year: the dictionary entry valid then
 * (afg-military until 2021, afg-taliban-military after), or one made from the role template.
 */
export function roleActor(d: ActorDictionary, iso: string, role: string, year: number | null = null): Actor | null {
  const id = `${iso.toLowerCase()}-${role === 'state' ? '' : role}`.replace(/-$/, '');
  const known = [d.byId.get(id), ...actorsOfRole(d, iso, role)].filter((a): a is Actor => !!a);
  const pick = known.find((a) => validIn(a, year) && year !== null && !!a.valid) ?? known.find((a) => validIn(a, year));
  if (pick) return pick;
  const t = d.roles[role];
  if (!t) return null;
  const country = gazetteer().byId.get(`country:${iso}`)?.name ?? iso;
  return { id, name: t.name.replace('{country}', country), type: t.type, country: iso, role, file: '(generated)' };
}

/**
 * d.actors.filter((a) => a.country === iso && a.role === role), from an index of the dictionary's actors by country
 * and role (in dictionary order), rebuilt if the list changes length: roleActor runs for most facts.
 */
function actorsOfRole(d: ActorDictionary, iso: string, role: string): readonly Actor[] {
  let index = roleIndex.get(d.actors);
  if (!index || index.n !== d.actors.length) {
    index = { n: d.actors.length, byCountry: new Map() };
    for (const a of d.actors) {
      if (typeof a.country !== 'string' || typeof a.role !== 'string') continue;
      let byRole = index.byCountry.get(a.country);
      if (!byRole) index.byCountry.set(a.country, (byRole = new Map()));
      const list = byRole.get(a.role);
      if (list) list.push(a);
      else byRole.set(a.role, [a]);
    }
    roleIndex.set(d.actors, index);
  }
  return index.byCountry.get(iso)?.get(role) ?? NO_ACTORS;
}
const roleIndex = new WeakMap<Actor[], { n: number; byCountry: Map<string, Map<string, Actor[]>> }>();
const NO_ACTORS: readonly Actor[] = [];

const IS_WORD = /[\p{L}\p{N}]/u;
const UPPER_START = /^\p{Lu}/u;
const ACRONYM = /^[\p{Lu}.]{2,6}$/u;

function caseOk(alias: string, surface: string): boolean {
  // One word in the dictionary is not two in the text ("I ran" is not Iran).
  if (!/\s/.test(alias) && /\s/.test(surface)) return false;
  if (ACRONYM.test(alias)) return surface.replace(/\./g, '') === alias.replace(/\./g, '');
  return !UPPER_START.test(alias) || UPPER_START.test(surface);
}

export interface FindActorsOptions {
  /** The article text: its country focus resolves "het leger" and descriptive aliases. */
  context?: string;
  /** The article date (ISO prefix "2021-08"): picks the actor valid then ("de Afghaanse regering" before or after August 2021). */
  date?: string | null;
}

/**
 * Actor mentions in a sentence: dictionary aliases (longest match), compounds headed by an actor
 * ("Talibanstrijders"), demonym + role noun ("Afghaanse militairen"), and bare role nouns resolved to
 * the article's main country ("het leger"). Articles are not part of the mention.
 */
export function findActors(sentence: Sentence, lang: Lang, opts: FindActorsOptions = {}): ActorMention[] {
  return mentionsVia(sentence, lang, opts, null);
}

/** findActors' mentions found by `via` only (all of them for null): the others are not made, nor is the focus read for them. */
function mentionsVia(sentence: Sentence, lang: Lang, opts: FindActorsOptions, via: ActorMention['via'] | null): ActorMention[] {
  const year = opts.date && /^\d{4}/.test(opts.date) ? Number(opts.date.slice(0, 4)) : null;
  const steps = plan(sentence, lang, year);
  if (steps.length === 0) return [];
  // The article's country focus is read only when a mention depends on it (an ambiguous alias, a bare role).
  let focus: string | null | undefined;
  const focusOf = () => (focus === undefined ? (focus = readContext(gazetteer(), opts.context ?? sentence.text, lang).focus) : focus);
  const out: ActorMention[] = [];
  for (const step of steps) if (via === null || step.via === via) out.push(step.mention(focusOf));
  return out;
}

/** One mention of a sentence, made fresh on each call; only the article's country focus is left open. */
interface Step {
  via: ActorMention['via'];
  mention: (focus: () => string | null) => ActorMention;
}
interface Plan {
  sentence: Sentence;
  dict: ActorDictionary;
  gaz: unknown;
  text: string;
  tokens: Token[];
  lang: Lang;
  year: number | null;
  steps: Step[];
}
// Which tokens form mentions does not depend on the context (only which actor an ambiguous alias or a bare
// role noun is does): the scan is done once per sentence though findPlaces and the extractor both ask, one right
// after the other. The last few plans, not a WeakMap: an entry for a short-lived key costs more than a scan.
const plans: Plan[] = [];

function plan(sentence: Sentence, lang: Lang, year: number | null): Step[] {
  const d = actorDictionary();
  const gaz = gazetteer();
  const known = plans.find((p) => p.sentence === sentence);
  if (known && known.dict === d && known.gaz === gaz && known.text === sentence.text && known.tokens === sentence.tokens && known.lang === lang && known.year === year) return known.steps;
  const al = actorLang(lang);
  const toks = sentence.tokens;
  const slice = (a: number, b: number) => sentence.text.slice(a - sentence.start, b - sentence.start);
  const n = toks.length;
  const { forms, keys } = tokenForms(toks);
  const gaz0 = gaz as Gazetteer;
  const infos = new Array<FormInfo>(n);
  const lowers = new Array<string>(n);
  for (let k = 0; k < n; k++) lowers[k] = (infos[k] = formInfo(forms[k]!, toks[k]!.form, d, al, gaz0)).lower;
  const lower = (k: number) => (k >= 0 && k < n ? lowers[k]! : '');
  // Per token: is a word; per gap k|k+1: only spaces/hyphens. reach[i] = last j with i..j contiguous (or i-1).
  const word = new Array<boolean>(n);
  for (let k = 0; k < n; k++) word[k] = infos[k]!.word;
  const reach = new Array<number>(n); // not a typed array: see findPlaces
  for (let k = n - 1; k >= 0; k--) {
    if (!word[k]) reach[k] = k - 1;
    else if (k + 1 < n && word[k + 1] && separatorsOnly(sentence.text, toks[k]!.end - sentence.start, toks[k + 1]!.start - sentence.start)) reach[k] = reach[k + 1]!;
    else reach[k] = k;
  }
  const contiguous = (i: number, j: number) => reach[i]! >= j;
  const steps: Step[] = [];
  const push: Push = (i, j, actor, confidence, via) => {
    const text = slice(toks[i]!.start, toks[j]!.end);
    const start = toks[i]!.start;
    const end = toks[j]!.end;
    steps.push({ via, mention: (focus) => ({ text, start, end, actor: actor(focus), confidence: confidence(focus), via }) });
  };
  const definite = (i: number) => al.articles.includes(lower(i - 1));

  for (let i = 0; i < toks.length; ) {
    if (!word[i]) {
      i++;
      continue;
    }
    const next =
      (infos[i]!.aliasStart ? aliasMatch(d, toks, keys, infos[i]!, i, contiguous, slice, definite, year, push) : null) ??
      compoundMatch(d, al, toks, infos[i]!, i, push) ??
      demonymRole(d, al, toks, infos[i]!, i, contiguous, slice, lower, year, push) ??
      (infos[i]!.role ? bareRole(d, al, toks, infos[i]!.role, i, lower, year, push) : null);
    i = next ?? i + 1;
  }
  if (plans.unshift({ sentence, dict: d, gaz, text: sentence.text, tokens: toks, lang, year, steps }) > 4) plans.pop();
  return steps;
}

/**
 * What the matchers know about one token form, remembered on its keyed form (one hash lookup per token):
 * its lower case, whether its key starts an alias, its role (as bareRole reads it), its country adjectives.
 */
interface FormInfo {
  d: ActorDictionary;
  al: ActorLang;
  gaz: Gazetteer;
  key: string;
  lower: string;
  /** IS_WORD of the form. */
  word: boolean;
  aliasStart: boolean;
  role: string | null;
  countryAdjective?: Hit[];
  /** The alias trie's node of the form's key (aliasMatch), null when none; undefined until asked. */
  aliasNode: AliasNode | null | undefined;
  /** The compound prefix the form is headed by (compoundMatch), null when none; undefined until asked. */
  compound: AliasHit | null | undefined;
}
function formInfo(f: KeyedForm, form: string, d: ActorDictionary, al: ActorLang, gaz: Gazetteer): FormInfo {
  const known = f.actor as FormInfo | undefined;
  if (known && known.d === d && known.al === al && known.gaz === gaz) return known;
  const lower = (f.lower ??= form.toLowerCase());
  const info: FormInfo = {
    d,
    al,
    gaz,
    key: f.key,
    lower,
    word: IS_WORD.test(form),
    aliasStart: aliasPrefixes(d).has(f.key),
    role: lower in al.roleNouns || /^\p{Ll}/u.test(form) ? roleOf(al, lower) : null,
    countryAdjective: undefined,
    aliasNode: undefined,
    compound: undefined,
  };
  f.actor = info;
  return info;
}

/** A mention's actor and confidence, given the article's country focus when they depend on it. */
type Push = (i: number, j: number, actor: (focus: () => string | null) => ActorRef, confidence: (focus: () => string | null) => number, via: ActorMention['via']) => void;
const fixed =
  <T>(v: T) =>
  () =>
    v;

function aliasMatch(d: ActorDictionary, toks: Token[], keys: readonly string[], info: FormInfo, i: number, contiguous: (i: number, j: number) => boolean, slice: (a: number, b: number) => string, definite: (i: number) => boolean, year: number | null, push: Push): number | null {
  // contiguous(i, j) is monotone in j: only spans up to the last contiguous j are tried; keys grow by concatenation.
  // A span's key can be an alias only when each shorter span's key is the start of one: stop growing there.
  // (The span keys are walked down a character trie of the alias keys, token key by token key: no key strings.)
  let top = Math.min(toks.length, i + d.maxTokens) - 1;
  while (top >= i && !contiguous(i, top)) top--;
  if (top < i) return null;
  let node = info.aliasNode;
  if (node === undefined) info.aliasNode = node = keys[i]! === '' ? null : aliasStep(aliasTrie(d), keys[i]!);
  if (node === null) return null;
  const nodes: AliasNode[] = [node];
  for (let j = i + 1; j <= top; j++) {
    const next = aliasStep(node!, keys[j]!);
    if (next === null) break;
    nodes.push((node = next));
  }
  top = i + nodes.length - 1;
  for (let j = top; j >= i; j--) {
    const key = nodes[j - i]!.key;
    const all = key === null ? undefined : d.aliases.get(key);
    if (!all) continue;
    const surface = slice(toks[i]!.start, toks[j]!.end);
    const hits = all.filter((h) => caseOk(h.alias, surface));
    if (hits.length === 0) continue;
    // Actors not valid at the article date only when nothing else has the alias.
    const valid = hits.filter((h) => validIn(h.actor, year));
    const exact = (valid.some((h) => !h.descriptive) ? valid : hits).filter((h) => !h.descriptive);
    if (exact.length) {
      // Several actors share the alias: prefer the one of the article's country.
      const best = exact.length === 1 ? fixed(exact[0]!) : (focus: () => string | null) => exact.find((h) => h.actor.country === focus()) ?? exact[0]!;
      const ambiguous = new Set(exact.map((h) => h.actor.id)).size > 1;
      push(i, j, (f) => toRef(best(f).actor, surface), (f) => (ambiguous ? Math.min(best(f).confidence, 0.6) : best(f).confidence), 'alias');
      return j + 1;
    }
    // Descriptive aliases ("de jihadisten") need a definite article and name the actor only in its country's news;
    // elsewhere they are a new actor of the actor's kind ("de rebellen" in Libya are no Taliban).
    if (!definite(i)) continue;
    const inCountry = (focus: () => string | null) => (hits.some((h) => h.actor.country) ? hits.find((h) => h.actor.country && h.actor.country === focus()) : undefined);
    const generic = (a: Actor): ActorRef => (a.country ? { text: surface, id: null, name: surface, type: a.type, country: null } : toRef(a, surface));
    push(i, j, (f) => { const h = inCountry(f); return h ? toRef(h.actor, surface) : generic(hits[0]!.actor); }, (f) => (inCountry(f) ? 0.6 : 0.3), 'descriptive');
    return j + 1;
  }
  return null;
}

/** A node of the alias keys' character trie: the key ending here (null: only a prefix of keys). */
interface AliasNode {
  next: Map<number, AliasNode>;
  key: string | null;
  /** Where each token key read from here leads (null: nowhere), filled as keys come (one lookup per token). */
  after: Map<string, AliasNode | null> | undefined;
}
/** The node reached from `node` by the characters of `key`, or null: a span key is a prefix of an alias key exactly when it leads somewhere. */
function aliasStep(node: AliasNode, key: string): AliasNode | null {
  let m = node.after;
  if (m === undefined) node.after = m = new Map();
  let r = m.get(key);
  if (r === undefined) {
    let x: AliasNode | undefined = node;
    for (let c = 0; x && c < key.length; c++) x = x.next.get(key.charCodeAt(c));
    r = x ?? null;
    if (m.size >= 10_000) m.clear();
    m.set(key, r);
  }
  return r;
}
/** The character trie of the alias keys, built once per alias index (rebuilt if it changes size). */
const aliasTries = new WeakMap<Map<string, AliasHit[]>, { size: number; root: AliasNode }>();
function aliasTrie(d: ActorDictionary): AliasNode {
  const known = aliasTries.get(d.aliases);
  if (known && known.size === d.aliases.size) return known.root;
  const root: AliasNode = { next: new Map(), key: null, after: undefined };
  for (const k of d.aliases.keys()) {
    let n = root;
    for (let c = 0; c < k.length; c++) {
      const ch = k.charCodeAt(c);
      let m = n.next.get(ch);
      if (!m) n.next.set(ch, (m = { next: new Map(), key: null, after: undefined }));
      n = m;
    }
    n.key = k;
  }
  aliasTries.set(d.aliases, { size: d.aliases.size, root });
  return root;
}

/** Every prefix of every alias key (the keys themselves included), built once per alias index. */
const prefixSets = new WeakMap<Map<string, AliasHit[]>, { size: number; set: Set<string> }>();
function aliasPrefixes(d: ActorDictionary): Set<string> {
  const known = prefixSets.get(d.aliases);
  if (known && known.size === d.aliases.size) return known.set;
  const set = new Set<string>();
  for (const k of d.aliases.keys()) for (let n = 1; n <= k.length; n++) set.add(k.slice(0, n));
  prefixSets.set(d.aliases, { size: d.aliases.size, set });
  return set;
}

/** "Talibanstrijders", "Taliban-woordvoerder", "NAVO-troepen": an actor alias heading a compound. */
function compoundMatch(d: ActorDictionary, al: ActorLang, toks: Token[], info: FormInfo, i: number, push: Push): number | null {
  const form = toks[i]!.form;
  // What heads the form depends on the form alone: found once per form (kept with its FormInfo).
  let hit = info.compound;
  if (hit === undefined) info.compound = hit = compoundHit(d, al, form, info.lower);
  if (hit === null) return null;
  pushCompound(push, i, hit, form);
  return i + 1;
}

/** The first compound prefix (longest first) that heads the form, lower case `low`, as a word of its own: the alias and a compound head after it. */
function compoundHit(d: ActorDictionary, al: ActorLang, form: string, low: string): AliasHit | null {
  for (const { key, hit } of compoundsByFirst(d).get(low.charCodeAt(0)) ?? []) {
    if (low.length <= key.length || !low.startsWith(key)) continue;
    // The alias's capitalisation against the part of the word it covers ("PKK-strijders": PKK).
    if (!caseOk(hit.alias, form.slice(0, key.length))) continue;
    const rest = low.slice(key.length).replace(/^[-‐‑]/, '');
    if (al.compoundHeads[rest] === undefined) continue;
    return hit;
  }
  return null;
}

/** The compound's mention (its closures made here, not in compoundMatch's loop: a loop body with a closure costs an allocation per turn). */
function pushCompound(push: Push, i: number, hit: AliasHit, form: string): void {
  push(i, i, () => toRef(hit.actor, form), fixed(hit.confidence), 'compound');
}

/** compoundPrefixes by first character code (each list in the dictionary's order: longest key first). */
const compoundIndex = new WeakMap<ActorDictionary['compoundPrefixes'], Map<number, ActorDictionary['compoundPrefixes']>>();
function compoundsByFirst(d: ActorDictionary): Map<number, ActorDictionary['compoundPrefixes']> {
  let m = compoundIndex.get(d.compoundPrefixes);
  if (!m) {
    m = new Map();
    for (const c of d.compoundPrefixes) {
      const k = c.key.charCodeAt(0);
      (m.get(k) ?? m.set(k, []).get(k)!).push(c);
    }
    compoundIndex.set(d.compoundPrefixes, m);
  }
  return m;
}

/** The role of a word: "militairen" -> military; also compounds ending in a role noun ("elitetroepen"). */
export function roleOf(al: ActorLang, word: string): string | null {
  let memo = roleMemo.get(al);
  if (!memo) roleMemo.set(al, (memo = new Map()));
  let r = memo.get(word);
  if (r === undefined) {
    r = computeRoleOf(al, word);
    if (memo.size >= 100_000) memo.clear();
    memo.set(word, r);
  }
  return r;
}
const roleMemo = new WeakMap<ActorLang, Map<string, string | null>>();
function computeRoleOf(al: ActorLang, word: string): string | null {
  const w = word.toLowerCase();
  const direct = al.roleNouns[w];
  // "-": listed as no role, so no compound match either ("scheidsrechter" is no court).
  if (direct) return direct === '-' ? null : direct;
  // Longest role noun the word ends with, leaving at least 3 letters in front ("elitetroepen"): only the
  // role nouns that share the word's last three letters are tried, longest first.
  if (w.length < 6) return null;
  for (const noun of roleNounsByEnding(al).get(w.slice(-3)) ?? []) {
    // (A short role noun is matched whole only: "hof" ends "Binnenhof" and "kerkhof".)
    if (noun.length < 4 || noun.length > w.length - 3 || !w.endsWith(noun)) continue;
    const role = al.roleNouns[noun];
    if (role) return role;
  }
  return null;
}
/** Role nouns of 3 letters or more by their last three letters, longest first. */
const roleEndings = new WeakMap<ActorLang, Map<string, string[]>>();
function roleNounsByEnding(al: ActorLang): Map<string, string[]> {
  let m = roleEndings.get(al);
  if (!m) {
    m = new Map();
    for (const noun of Object.keys(al.roleNouns)) if (noun.length >= 3) (m.get(noun.slice(-3)) ?? m.set(noun.slice(-3), []).get(noun.slice(-3))!).push(noun);
    for (const list of m.values()) list.sort((x, y) => y.length - x.length);
    roleEndings.set(al, m);
  }
  return m;
}

/** "Afghaanse militairen", "Russische troepen", "Tadzjiekse grenswachten", "Afghan security forces". */
function demonymRole(d: ActorDictionary, al: ActorLang, toks: Token[], info: FormInfo, i: number, contiguous: (i: number, j: number) => boolean, slice: (a: number, b: number) => string, lower: (k: number) => string, year: number | null, push: Push): number | null {
  if (!startsUpper(toks[i]!.form)) return null;
  const gaz = gazetteer();
  const hits = (info.countryAdjective ??= (gaz.exact.get(info.key) ?? []).filter((h) => h.adjective && gaz.places[h.place]!.type === 'country'));
  if (hits.length === 0) return null;
  const iso = gaz.places[hits[0]!.place]!.country!;
  // The role noun right after, or after one lowercase modifier ("Afghaanse nationale veiligheidstroepen").
  for (const j of [i + 1, i + 2]) {
    if (!toks[j] || !contiguous(i, j)) break;
    if (j === i + 2 && !/^\p{Ll}/u.test(toks[i + 1]!.form)) break;
    const role = roleOf(al, lower(j));
    if (!role) continue;
    const actor = roleActor(d, iso, role, year);
    if (!actor) return null;
    const text = slice(toks[i]!.start, toks[j]!.end);
    push(i, j, () => toRef(actor, text), fixed(0.85), 'demonym_role');
    return j + 1;
  }
  // The people noun alone ("de Amerikanen") is the state, when the dictionary says so (aliases); else nothing.
  return null;
}

/** "het leger", "de regering", "the army": the role of the article's main country, with lower confidence. */
function bareRole(d: ActorDictionary, al: ActorLang, toks: Token[], role: string | null, i: number, lower: (k: number) => string, year: number | null, push: Push): number | null {
  const w = lower(i);
  if (!role) return null;
  if (!/^\p{Ll}/u.test(toks[i]!.form) && i > 0) return null;
  // "Government forces": a role word as modifier of another role noun is the same actor, one mention.
  const nextRole = i + 1 < toks.length ? al.roleNouns[lower(i + 1)] : undefined;
  if (nextRole && nextRole !== '-' && al.bareRoleOk.includes(w)) return null;
  const prev = lower(i - 1);
  if (al.foreignAdjectives.includes(prev)) {
    const t = d.roles[role];
    const text = `${toks[i - 1]!.form} ${toks[i]!.form}`;
    push(i - 1, i, () => ({ text, id: null, name: `Foreign ${t?.name.replace(/ of \{country\}|\s*\(\{country\}\)/, '') ?? role}`, type: t?.type ?? 'unknown', country: null }), fixed(0.5), 'role');
    return i + 1;
  }
  // A bare plural or mass noun opening the sentence needs no article ("Police fired tear gas", "Troepen trokken ..."),
  // nor does one that is counted ("drie miljoen inwoners", "duizenden burgers"), nor civilians, who are always a
  // country's ("killed civilians", "riep burgers op").
  if (i > 0 && !al.articles.includes(prev) && !al.bareRoleOk.includes(prev) && toks[i - 1]!.upos !== 'NUM' && d.roles[role]?.type !== 'civilians') return null;
  const form = toks[i]!.form;
  const t = d.roles[role];
  // The country's role actor when the article has a focus (remembered per focus), else a generic one.
  const byFocus = new Map<string, Actor | null>();
  // With no country in the article, the press's home country (not for armed forces: "de soldaten" in a report on
  // fighting with no country named are not the Dutch army).
  const home = t?.type === 'state_military' ? null : al.homeCountry;
  const actorFor = (focus: () => string | null): Actor | null => {
    const f = focus() ?? home;
    if (!f) return null;
    if (!byFocus.has(f)) byFocus.set(f, roleActor(d, f, role, year));
    return byFocus.get(f)!;
  };
  push(
    i,
    i,
    (f) => {
      const a = actorFor(f);
      return a ? toRef(a, form) : { text: form, id: null, name: form, type: t?.type ?? 'unknown', country: null };
    },
    (f) => (actorFor(f) ? 0.55 : 0.3),
    'role',
  );
  return i + 1;
}

/**
 * A type for an actor not in the dictionary, from its head noun (per-language lists):
 * "de strijders van X" -> rebel_group, "een militie" -> militia, "de woordvoerder" -> person.
 */
export function guessActorType(text: string, lang: Lang): ActorType {
  // Entity texts and nouns come back article after article: remember the answer per language and dictionary.
  const al = actorLang(lang);
  const d = actorDictionary();
  let memo = guessMemo.get(al);
  if (!memo || memo.d !== d) guessMemo.set(al, (memo = { d, m: new Map() }));
  let t = memo.m.get(text);
  if (t === undefined) {
    t = computeActorType(text, al);
    if (memo.m.size >= 50_000) memo.m.clear();
    memo.m.set(text, t);
  }
  return t;
}
const guessMemo = new WeakMap<ActorLang, { d: ActorDictionary; m: Map<string, ActorType> }>();

function computeActorType(text: string, al: ActorLang): ActorType {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);
  // Dutch and English noun phrases are head-final before a prepositional phrase: try each word, the first head found wins.
  for (const w of words) {
    const t = al.typeHeads[w];
    if (t) return t as ActorType;
  }
  for (const w of words) {
    let best: string | null = null;
    let len = 0;
    for (const [head, t] of typeHeadEntries(al)) {
      if (head.length > len && w.length > head.length && w.endsWith(head)) {
        best = t;
        len = head.length;
      }
    }
    if (best) return best as ActorType;
  }
  for (const w of words) {
    const role = roleOf(al, w);
    if (role && actorDictionary().roles[role]) return actorDictionary().roles[role]!.type;
  }
  return 'unknown';
}

const typeHeadLists = new WeakMap<ActorLang, [string, string][]>();
function typeHeadEntries(al: ActorLang): [string, string][] {
  let l = typeHeadLists.get(al);
  if (!l) typeHeadLists.set(al, (l = Object.entries(al.typeHeads)));
  return l;
}

/** Character spans of persons and named groups (not states) in a sentence: place matching skips them. */
export function personAndGroupSpans(sentence: Sentence, lang: Lang, context?: string): [number, number][] {
  // Only the aliases: a bare role's actor needs the country focus, a reading of the whole context.
  return mentionsVia(sentence, lang, { context }, 'alias')
    .filter((m) => m.actor.type !== 'state' && m.actor.type !== 'government')
    .map((m) => [m.start, m.end]);
}

export function knownActorLangs(): string[] {
  return knownLangs();
}

export const _internal = { basename };
