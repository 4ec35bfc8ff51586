// Per-language knowledge, read from knowledge/lang/<lang>/: adding a language means adding a folder.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KNOWLEDGE_DIR } from '../paths.js';
import type { Rewrite } from './normalize.js';

export interface PlaceLang {
  transliteration: Rewrite[];
  /** Extra country names by ISO3 ("VS" for USA). */
  countryNames: Record<string, string[]>;
  /** Exonyms of places by "ISO3:English name" ("RUS:Moscow" -> ["Moskou"]). */
  placeNames: Record<string, string[]>;
  /** Adjectives of non-country entries, by gazetteer id ("Centraal-Aziatische") or, for towns, "ISO3:English name". */
  adjectiveNames: Record<string, string[]>;
  /** Country adjectives by ISO3 (from country-adjectives.tsv). */
  countryAdjectives: Record<string, string[]>;
  /** Country people nouns by ISO3 ("Afghanen"). */
  countryPeople: Record<string, string[]>;
  /** Direction word (lowercase) -> direction ("noorden" -> "north"). */
  directions: Record<string, string>;
  directionArticles: string[];
  /** Prefix of a country name that makes a region of it ("Noord-" -> "north"). */
  directionPrefixes: Record<string, string>;
  /** Suffixes naming a part of a town, each starting with its hyphen ("-Zuid" of "Rotterdam-Zuid"): the place is that town. */
  districtSuffixes: string[];
  /** Whether "Town-Name" is a borough of the town ("Rotterdam-Feijenoord"), as Dutch writes them. */
  townDistricts: boolean;
  borderNouns: string[];
  /**
   * Endings of nouns for people ("burgemeester", "raadsleden", "advocaat"): a town's adjective before one tells where
   * they are from, not where something happened ("de Rotterdamse atletiektrainer"). Lower case.
   */
  personNounEndings: string[];
  /** Longer endings of nouns that name no people though they end like one ("kamer", "restaurant", "straat"). */
  notPersonEndings: string[];
  /** Direction words that head a border compound or phrase ("noord" + "grens", "northern" + "border"). */
  directionStems: Record<string, string>;
  borderWith: string[];
  /** "van"/"of" in "het noorden van Irak". */
  directionOf: string[];
  /** Word before/after a name that says what kind of unit it is ("provincie" -> admin1). */
  featureCues: Record<string, string>;
  stopwords: Set<string>;
  /** Titles before a person's name ("president", "generaal"). */
  personTitles: string[];
  /** Speech verbs after a person's name ("zei", "said"). */
  speechVerbs: string[];
  /** Prepositions that make the next word a place ("in", "naar"). */
  locativePrepositions: string[];
  /** Capitalised particles of surnames ("Van Geel", "De Vries"): a town name after one is a person. */
  nameParticles: string[];
  /** Articles: "de Universiteit van Amsterdam" is no first name and surname. */
  articles: string[];
  /** Capitalised common words that are no place name at the start of a sentence ("Leiden", "Best"). */
  sentenceInitialStopwords: Set<string>;
}

export interface ActorLang {
  /** Articles and determiners that may precede an actor alias. */
  articles: string[];
  /** Role noun (lowercase) -> role ("militairen" -> "military"). Generates "Afghaanse militairen". */
  roleNouns: Record<string, string>;
  /** Compound heads after an actor name ("strijders" in "Talibanstrijders") -> role or "member". */
  compoundHeads: Record<string, string>;
  /** Head nouns (lowercase) -> actor type, for actors not in the dictionary (guessActorType). */
  typeHeads: Record<string, string>;
  /** Adjectives that make a role noun foreign rather than the article's country's ("buitenlandse troepen"). */
  foreignAdjectives: string[];
  /** Words besides articles after which a bare role noun is the article's country's ("ons leger", "duizenden burgers"). */
  bareRoleOk: string[];
  /**
   * The country a bare role noun belongs to when the article names none ("de politie" in local news): the home
   * country of the press writing the language, if it has one (nl: NLD); null otherwise.
   */
  homeCountry: string | null;
  /** Nouns of someone who speaks for another ("woordvoerder van X", "spokesman for X"): what they say, X says. */
  spokesNouns: string[];
  /** Prepositions between a spokes noun and whom it speaks for ("van", "namens"; "of", "for"). */
  spokesPrepositions: string[];
  /** First person plural subject pronouns ("wij", "we"): in a quotation, the speaker's side. */
  firstPersonPlural: string[];
  /** First person singular subject pronouns ("ik"): in a quotation, its speaker. */
  firstPersonSingular: string[];
  /** Prepositions of an owner after a role noun ("het regime van Maduro", "the army of Syria"). */
  possessivePrepositions: string[];
  /** Title words -> the title as the actor dictionary writes it ("premier" -> "prime minister"). */
  titles: Record<string, string>;
  /** Tokens that make the actor before them the owner of what follows ("Tajikistan 's president"). */
  genitiveMarkers: string[];
}

export function langDir(lang: string): string {
  return join(KNOWLEDGE_DIR, 'lang', lang);
}

/** Languages that have a folder under knowledge/lang. */
export function knownLangs(): string[] {
  const dir = join(KNOWLEDGE_DIR, 'lang');
  return existsSync(dir) ? readdirSync(dir).filter((d) => existsSync(join(dir, d, 'places.json'))).sort() : [];
}

function readTsv(file: string): { adj: Record<string, string[]>; people: Record<string, string[]> } {
  const adj: Record<string, string[]> = {};
  const people: Record<string, string[]> = {};
  if (!existsSync(file)) return { adj, people };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [code, a = '', p = ''] = line.split('\t');
    const split = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);
    adj[code!.trim()] = split(a);
    people[code!.trim()] = split(p);
  }
  return { adj, people };
}

/** The word (lower case) ends like a noun for people ("raadsleden", "advocaat"), not like one of the exceptions ("krant"). */
export function endsLikePersonNoun(word: string, pl: PlaceLang): boolean {
  const longest = (endings: string[]) => endings.reduce((n, e) => (e.length > n && word.endsWith(e) ? e.length : n), 0);
  const person = longest(pl.personNounEndings);
  return person > 0 && person > longest(pl.notPersonEndings);
}

/** A lookup table without a prototype: a word like "constructor" must not find Object's methods. */
function table<V>(o: Record<string, V> | undefined): Record<string, V> {
  return Object.assign(Object.create(null) as Record<string, V>, o ?? {});
}

const placeCache = new Map<string, PlaceLang>();
export function placeLang(lang: string): PlaceLang {
  let p = placeCache.get(lang);
  if (p) return p;
  const file = join(langDir(lang), 'places.json');
  const raw = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<Omit<PlaceLang, 'stopwords' | 'sentenceInitialStopwords'>> & { stopwords?: string[]; sentenceInitialStopwords?: string[] }) : {};
  const tsv = readTsv(join(langDir(lang), 'country-adjectives.tsv'));
  p = {
    transliteration: raw.transliteration ?? [],
    countryNames: table(raw.countryNames),
    adjectiveNames: table(raw.adjectiveNames),
    placeNames: table(raw.placeNames),
    countryAdjectives: tsv.adj,
    countryPeople: tsv.people,
    directions: table(raw.directions),
    directionArticles: raw.directionArticles ?? [],
    directionPrefixes: table(raw.directionPrefixes),
    districtSuffixes: (raw.districtSuffixes ?? []).map((w) => w.toLowerCase()),
    townDistricts: raw.townDistricts ?? false,
    borderNouns: raw.borderNouns ?? [],
    personNounEndings: raw.personNounEndings ?? [],
    notPersonEndings: raw.notPersonEndings ?? [],
    directionStems: table(raw.directionStems),
    borderWith: raw.borderWith ?? [],
    directionOf: raw.directionOf ?? [],
    featureCues: table(raw.featureCues),
    stopwords: new Set((raw.stopwords ?? []).map((s) => s.toLowerCase())),
    personTitles: (raw.personTitles ?? []).map((w) => w.toLowerCase()),
    speechVerbs: (raw.speechVerbs ?? []).map((w) => w.toLowerCase()),
    locativePrepositions: (raw.locativePrepositions ?? []).map((w) => w.toLowerCase()),
    nameParticles: raw.nameParticles ?? [],
    articles: (raw.articles ?? []).map((w) => w.toLowerCase()),
    sentenceInitialStopwords: new Set((raw.sentenceInitialStopwords ?? []).map((s) => s.toLowerCase())),
  };
  placeCache.set(lang, p);
  return p;
}

const actorCache = new Map<string, ActorLang>();
export function actorLang(lang: string): ActorLang {
  let a = actorCache.get(lang);
  if (a) return a;
  const file = join(langDir(lang), 'actors.json');
  const raw = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<ActorLang>) : {};
  a = {
    articles: raw.articles ?? [],
    roleNouns: table(raw.roleNouns),
    compoundHeads: table(raw.compoundHeads),
    typeHeads: table(raw.typeHeads),
    foreignAdjectives: raw.foreignAdjectives ?? [],
    bareRoleOk: raw.bareRoleOk ?? [],
    homeCountry: raw.homeCountry ?? null,
    spokesNouns: raw.spokesNouns ?? [],
    spokesPrepositions: raw.spokesPrepositions ?? [],
    firstPersonPlural: raw.firstPersonPlural ?? [],
    firstPersonSingular: raw.firstPersonSingular ?? [],
    possessivePrepositions: raw.possessivePrepositions ?? [],
    titles: raw.titles ?? {},
    genitiveMarkers: raw.genitiveMarkers ?? [],
  };
  actorCache.set(lang, a);
  return a;
}
