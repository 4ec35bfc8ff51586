// English cue words for the rule-based recognizer (data, not logic). All lower case.

/** Titles and roles right before a person's name ("President Ghani", "spokesman Zabihullah Mujahid"). */
export const PERSON_TITLES = new Set([
  'president', 'vice-president', 'gen', 'gen.', 'general', 'lt', 'lt.', 'col', 'col.', 'colonel', 'maj', 'maj.', 'major',
  'capt', 'capt.', 'captain', 'sgt', 'sgt.', 'commander', 'cmdr', 'adm', 'adm.', 'admiral', 'minister', 'secretary',
  'spokesman', 'spokeswoman', 'spokesperson', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.',
  'sen', 'sen.', 'senator', 'rep', 'rep.', 'governor', 'gov', 'gov.', 'mayor', 'king', 'queen', 'prince', 'princess',
  'sheikh', 'mullah', 'maulvi', 'mawlawi', 'imam', 'ayatollah', 'pope', 'chancellor', 'premier', 'ambassador', 'envoy',
  'leader', 'chief', 'judge', 'justice', 'pastor', 'father', 'sister', 'brother', 'sir', 'lord', 'lady', 'emir', 'amir',
  'warlord', 'marshal', 'field', 'officer', 'official', 'commissioner', 'director', 'chairman', 'chairwoman', 'ceo',
]);

/** Words after a name that mark a person speaking ("Mujahid said", "Ghani told"). */
export const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'stated', 'tweeted', 'wrote', 'argued', 'insisted', 'claimed', 'denied', 'warned', 'urged', 'asked']);

/** Prepositions before a place name. */
export const PLACE_PREPOSITIONS = new Set([
  'in', 'near', 'outside', 'from', 'to', 'into', 'towards', 'toward', 'across', 'around', 'at', 'through', 'inside',
  'throughout', 'via', 'within', 'across', 'between', 'north', 'south', 'east', 'west', 'northeast', 'northwest',
  'southeast', 'southwest', 'of',
]);

/** Nouns after a name that make it a place ("Kunduz province", "Panjshir valley"). */
export const PLACE_HEADS = new Set([
  'province', 'provinces', 'district', 'districts', 'city', 'town', 'village', 'villages', 'valley', 'region', 'county',
  'state', 'border', 'river', 'mountains', 'mountain', 'pass', 'airport', 'base', 'capital', 'area', 'governorate',
  'oblast', 'island', 'islands', 'coast', 'lake', 'sea', 'crossing', 'camp', 'square', 'street', 'road', 'highway',
]);

/** Last (or first) words of organisation names ("Afghan National Army", "Ministry of Defence"). */
export const ORG_WORDS = new Set([
  'army', 'forces', 'force', 'ministry', 'council', 'party', 'front', 'group', 'brigade', 'brigades', 'corps', 'battalion',
  'regiment', 'division', 'organization', 'organisation', 'agency', 'union', 'bank', 'police', 'committee', 'commission',
  'movement', 'university', 'news', 'times', 'post', 'press', 'network', 'network', 'institute', 'association',
  'federation', 'alliance', 'coalition', 'league', 'government', 'parliament', 'assembly', 'congress', 'senate',
  'court', 'office', 'department', 'service', 'services', 'company', 'corporation', 'inc', 'inc.', 'ltd', 'ltd.',
  'foundation', 'fund', 'program', 'programme', 'mission', 'nations', 'taliban', 'militia', 'guard', 'guards',
  'directorate', 'authority', 'bureau', 'club', 'airlines', 'airways', 'red', 'cross', 'crescent', 'watch', 'international',
]);

/** Capitalised words that start sentences or dates but are not names. */
export const NOT_NAMES = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'of', 'for', 'to', 'from', 'by', 'with', 'and', 'but', 'or', 'as', 'if', 'when',
  'while', 'after', 'before', 'since', 'during', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they',
  'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'there', 'here', 'what', 'who', 'which', 'where', 'why', 'how',
  'some', 'many', 'most', 'all', 'no', 'not', 'one', 'two', 'three', 'several', 'more', 'less', 'about', 'according',
  'however', 'meanwhile', 'also', 'but', 'yet', 'so', 'then', 'now', 'today', 'yesterday', 'tomorrow', 'last', 'next',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mr', 'mrs', 'ms', 'dr', 'despite', 'although', 'because',
  'under', 'over', 'into', 'up', 'down', 'out', 'both', 'each', 'every', 'other', 'such', 'only', 'even', 'still',
  'officials', 'residents', 'witnesses', 'police', 'troops', 'fighters', 'security', 'local', 'earlier', 'later',
  'following', 'amid', 'against', 'among', 'between', 'without', 'within', 'just', 'do', 'does', 'did', 'is', 'are',
  'was', 'were', 'be', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must',
  'please', 'thank', 'yes', 'ok', 'okay', 'well', 'oh',
]);

/** Words joining the parts of one name ("Bank of England", "Abu Bakr al-Baghdadi", "Gulbuddin Hekmatyar"). */
export const NAME_CONNECTORS = new Set(['of', 'al', 'el', 'bin', 'ibn', 'bint', 'abu', 'de', 'del', 'la', 'van', 'von', 'der', 'den', 'du', 'da', 'dos', 'y', 'for', 'and']);

/** Demonyms, languages and religions (MISC in CoNLL conventions), when not part of a longer name. */
export const MISC_WORDS = new Set([
  'afghan', 'afghans', 'american', 'americans', 'british', 'russian', 'russians', 'chinese', 'iranian', 'iranians',
  'pakistani', 'pakistanis', 'indian', 'indians', 'turkish', 'german', 'germans', 'french', 'dutch', 'european',
  'europeans', 'tajik', 'tajiks', 'uzbek', 'uzbeks', 'hazara', 'hazaras', 'pashtun', 'pashtuns', 'turkmen', 'baluch',
  'arab', 'arabs', 'arabic', 'islamic', 'muslim', 'muslims', 'sunni', 'sunnis', 'shia', 'shiite', 'shiites', 'christian',
  'christians', 'jewish', 'israeli', 'israelis', 'palestinian', 'palestinians', 'syrian', 'syrians', 'iraqi', 'iraqis',
  'ukrainian', 'ukrainians', 'kurdish', 'kurds', 'soviet', 'western', 'english', 'dari', 'pashto', 'persian', 'qatari',
  'saudi', 'saudis', 'emirati', 'egyptian', 'turkish', 'japanese', 'korean', 'african', 'asian', 'nato-led',
]);

/** Generic first words of place names in the languages of conflict regions ("Kafr Nabudah", "Ras al-Ain", "San Pedro"). */
export const PLACE_PREFIXES = new Set([
  'kafr', 'tell', 'tal', 'ras', 'bab', 'bir', 'beit', 'bayt', 'deir', 'dayr', 'wadi', 'jebel', 'jabal', 'ain', 'ayn', 'khan', 'qala',
  'qalat', 'qasr', 'tel', 'sidi', 'bandar', 'kili', 'kuh', 'koh', 'dasht', 'san', 'santa', 'santo', 'sao', 'são', 'puerto',
  'porto', 'port', 'fort', 'mount', 'mt', 'mt.', 'lake', 'cape', 'saint', 'st', 'st.', 'ciudad', 'villa', 'nueva', 'nuevo',
  'nova', 'novo', 'novaya', 'nizhny', 'nizhni', 'ust', 'staryi', 'stary', 'velyka', 'velykyi', 'mala', 'krasny', 'krasnyi',
  'chak', 'nahr', 'jisr', 'mazraat', 'tall', 'la', 'el', 'los', 'las',
]);

/** Verbs whose object is most often a place ("recaptured Kafr Nabudah", "entered Kherson"). */
export const PLACE_VERBS = new Set([
  'captured', 'recaptured', 'seized', 'retook', 'retaken', 'entered', 'shelled', 'besieged', 'overran', 'stormed',
  'reached', 'fled', 'liberated', 'encircled', 'surrounded', 'invaded', 'occupied', 'evacuated', 'bombarded', 'visited',
  'captures', 'recaptures', 'seizes', 'enters', 'shells', 'reaches', 'flee', 'flees', 'leave', 'left', 'occupy',
]);

/** Compass words that start place names ("North Korea") or MISC names before a demonym ("West African"). */
export const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower']);
