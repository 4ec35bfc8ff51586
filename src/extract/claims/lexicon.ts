// The claim cue lexicons (knowledge/lexicon/claims.<lang>.yaml), validated and compiled once per language.
// A language without a file gets an empty lexicon: no claims, no crash.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { InputError } from '../../model/index.js';
import { KNOWLEDGE_DIR } from '../../paths.js';

const words = z.array(z.string().min(1)).default([]);

const eventSchema = z
  .object({
    type: z.string().regex(/^[A-Z]+$/),
    mode: z.string().nullable().optional(),
    cameo: z.string().regex(/^[0-9]{2,4}$/),
    when: words,
  })
  .strict();

const cueSchema = z
  .object({
    forms: words,
    split: words,
    particle: words,
    content: words,
    addressee: words,
    not_before: words,
    not_infinitive: words,
    unless: words,
    needs: z.enum(['clause', 'agent']).optional(),
    negates: z.boolean().optional(),
    future: z.boolean().optional(),
    statement: z.boolean().optional(),
    event: eventSchema.optional(),
  })
  .strict();

const fileSchema = z
  .object({
    cues: z.record(z.string(), cueSchema),
    articles: words,
    addressee_prepositions: words,
    complementizers: words,
    infinitive: words,
    coordinators: words,
    according_to: words,
    postposed: words,
    postposed_markers: words,
    source_nouns: words,
    not_sources: words,
    medium_prepositions: words,
    medium_nouns: words,
    medium_with: words,
    future: words,
    hedges: words,
    negators: words,
    passive_auxiliaries: words,
    anaphors: words,
    accusations: z.record(z.enum(['allege', 'disapprove']), words).default({}),
    denials: words.default([]),
    demands: words.default([]),
    counterfactual: words.default([]),
    generic_subjects: words.default([]),
    modes: z.record(z.string().regex(/^[A-Z]+$/), z.record(z.string(), words)).default({}),
  })
  .strict();

export type SpeechEvent = z.infer<typeof eventSchema>;

/** One cue verb, compiled. */
export interface Cue {
  lemma: string;
  /** Forms that need a particle later in the clause. */
  split: boolean;
  particle: Set<string>;
  content: Set<string>;
  addresseeObject: boolean;
  addresseePreps: Set<string>;
  needsClause: boolean;
  /** The speaker must be someone: an actor mention, a name or a pronoun ("Er dreigt een tekort" has none). */
  needsAgent: boolean;
  /** Words right after the form that make it no cue ("dreigen te" = be at risk of). */
  notBefore: Set<string>;
  /** Infinitives after the cue's "te" that make it no cue ("belooft een spannende avond te worden" predicts). */
  notInfinitive: Set<string>;
  /** Words in the statement's clause that make the verb another act ("veroordeeld tot vier jaar cel" convicts). */
  unless: string[];
  negates: boolean;
  future: boolean;
  /** false: an act, not a statement ("weigeren"): an event only, never a claim. */
  statement: boolean;
  event: SpeechEvent | null;
}

export interface ClaimLexicon {
  /** Lower-cased form -> cues (a form may be a full and a split form: split entries are tried first). */
  forms: Map<string, Cue[]>;
  /** Articles: a form right after one is a noun ("de eis"). */
  articles: Set<string>;
  /** "X tegen Y: „...”": the preposition before the addressee of a colon quotation. */
  addresseePrepositions: Set<string>;
  complementizers: Set<string>;
  infinitive: Set<string>;
  coordinators: Set<string>;
  /** Multi-word phrases as token sequences ("according to" -> ["according", "to"]). */
  accordingTo: string[][];
  postposed: string[][];
  /** "..., zo zei X": a word after the comma that announces a postposed cue. */
  postposedMarkers: Set<string>;
  sourceNouns: Set<string>;
  /** "volgens plan": nouns that make a "volgens" phrase no source. */
  notSources: Set<string>;
  mediumPrepositions: Set<string>;
  mediumNouns: string[];
  mediumWith: Set<string>;
  future: Set<string>;
  hedges: Set<string>;
  negators: Set<string>;
  /** Auxiliaries that make a participle cue passive ("werd gevraagd"): no speaker to attribute to. */
  passiveAuxiliaries: Set<string>;
  /** Words that stand for what the sentence before said ("hierom", "daarover"). */
  anaphors: Set<string>;
  /**
   * Words that make a statement an accusation (ACCUSE, the speaker against whom it names): "zegt dat hij het slachtoffer
   * is van een staatsgreep" (allege), "noemde het onbegrijpelijk" (disapprove). Mode -> word -> the UPOS it must have
   * ("licht/ADJ": "te licht", not "blauw licht"), or null for any.
   */
  accusations: Map<'allege' | 'disapprove', Map<string, string | null>>;
  /**
   * Phrases that deny what is said of the speaker's side ("Die informatie is niet waar", "Daar klopt niets van",
   * "aantijgingen politiek gemotiveerd"): a REJECT of the speaker. Each a word sequence that ends the clause.
   */
  denials: string[][];
  /** Present-tense modals of obligation: a statement that someone must do something demands it ("vindt dat de regering ... moet"). */
  demands: Set<string>;
  /** Past auxiliaries that make such a modal say what should have been done ("had moeten"): disapproval. */
  counterfactual: Set<string>;
  /** Generic pronouns ("je", "men"): a statement of obligation with one is a maxim, not a demand. */
  genericSubjects: Set<string>;
  /** PLOVER type -> [mode, words] in the order given: what is asked, refused or threatened decides the mode. */
  modes: Map<string, [string, string[]][]>;
}

const EMPTY: ClaimLexicon = {
  forms: new Map(),
  articles: new Set(),
  addresseePrepositions: new Set(),
  complementizers: new Set(),
  infinitive: new Set(),
  coordinators: new Set(),
  accordingTo: [],
  postposed: [],
  postposedMarkers: new Set(),
  sourceNouns: new Set(),
  notSources: new Set(),
  mediumPrepositions: new Set(),
  mediumNouns: [],
  mediumWith: new Set(),
  future: new Set(),
  hedges: new Set(),
  negators: new Set(),
  passiveAuxiliaries: new Set(),
  anaphors: new Set(),
  accusations: new Map(),
  denials: [],
  demands: new Set(),
  counterfactual: new Set(),
  genericSubjects: new Set(),
  modes: new Map(),
};

const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
const phrases = (xs: string[]) => xs.map((x) => x.toLowerCase().split(/\s+/));

export function compileLexicon(data: unknown, where: string): ClaimLexicon {
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(where, `${issue.path.join('.') || 'file'}: ${issue.message}`);
  }
  const f = parsed.data;
  const forms = new Map<string, Cue[]>();
  const add = (form: string, cue: Cue) => {
    const key = form.toLowerCase();
    const list = forms.get(key) ?? [];
    list.push(cue);
    forms.set(key, list);
  };
  for (const [lemma, c] of Object.entries(f.cues)) {
    const base = {
      lemma,
      particle: lower(c.particle),
      content: lower(c.content),
      addresseeObject: c.addressee.includes('object'),
      addresseePreps: lower(c.addressee.filter((a) => a !== 'object')),
      needsClause: c.needs === 'clause',
      needsAgent: c.needs === 'agent',
      notBefore: lower(c.not_before),
      notInfinitive: lower(c.not_infinitive),
      unless: c.unless.map((w) => w.toLowerCase()),
      negates: c.negates ?? false,
      future: c.future ?? false,
      statement: c.statement ?? true,
      event: c.event ?? null,
    };
    for (const form of c.forms) add(form, { ...base, split: false });
    for (const form of c.split) add(form, { ...base, split: true });
  }
  // Split forms first: "zegde ... toe" is "toezeggen" when the particle is there, else "zeggen".
  for (const list of forms.values()) list.sort((a, b) => Number(b.split) - Number(a.split));
  return {
    forms,
    articles: lower(f.articles),
    addresseePrepositions: lower(f.addressee_prepositions),
    complementizers: lower(f.complementizers),
    infinitive: lower(f.infinitive),
    coordinators: lower(f.coordinators),
    accordingTo: phrases(f.according_to),
    postposed: phrases(f.postposed),
    postposedMarkers: lower(f.postposed_markers),
    sourceNouns: lower(f.source_nouns),
    notSources: lower(f.not_sources),
    mediumPrepositions: lower(f.medium_prepositions),
    mediumNouns: f.medium_nouns.map((x) => x.toLowerCase()),
    mediumWith: lower(f.medium_with),
    future: lower(f.future),
    hedges: lower(f.hedges),
    negators: lower(f.negators),
    passiveAuxiliaries: lower(f.passive_auxiliaries),
    anaphors: lower(f.anaphors),
    accusations: new Map(Object.entries(f.accusations).map(([m, ws]) => [m as 'allege' | 'disapprove', taggedWords(ws)])),
    denials: phrases(f.denials),
    demands: lower(f.demands),
    counterfactual: lower(f.counterfactual),
    genericSubjects: lower(f.generic_subjects),
    modes: new Map(Object.entries(f.modes).map(([type, m]) => [type, Object.entries(m).map(([mode, ws]) => [mode, ws.map((w) => w.toLowerCase())] as [string, string[]])])),
  };
}

/** "licht/ADJ" -> licht: ADJ; "schande" -> schande: null (any tag). */
function taggedWords(ws: string[]): Map<string, string | null> {
  return new Map(ws.map((w) => {
    const [word, upos] = w.split('/');
    return [word!.toLowerCase(), upos ?? null];
  }));
}

const cache = new Map<string, ClaimLexicon>();

/** The compiled claim lexicon of a language (empty when there is no file). */
export function claimLexicon(lang: string): ClaimLexicon {
  let lex = cache.get(lang);
  if (lex) return lex;
  const file = join(KNOWLEDGE_DIR, 'lexicon', `claims.${lang}.yaml`);
  if (!existsSync(file)) lex = EMPTY;
  else {
    let data: unknown;
    try {
      data = parseYaml(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new InputError(file, `not valid YAML: ${(err as Error).message.split('\n')[0]}`);
    }
    lex = compileLexicon(data, file);
  }
  cache.set(lang, lex);
  return lex;
}
