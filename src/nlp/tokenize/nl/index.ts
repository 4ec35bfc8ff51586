// Dutch tokenizer data, following UD Dutch (Alpino/LassySmall) tokens: hyphenated compounds stay one
// token ("Noord-Afghanistan"), "'s", "'t", "zo'n", "auto's" stay whole, ",," and "''" are quote tokens.
import { parseAbbreviations, wordSet, type TokenizerLanguage } from '../language.js';
import abbreviations from './abbreviations.js';

export const nl: TokenizerLanguage = {
  abbreviations: parseAbbreviations(abbreviations),
  // 's avonds, 't huis, 'n man, 'k ben, 'm (hem), 'r (haar), 'ie (hij)
  elisions: wordSet('s t n k m r ie'),
  clitics: [],
  splits: new Map(),
  splitHyphens: false,
  splitSlashes: false,
  sentenceStarters: wordSet(`de het een hij zij ze we wij ik u dit dat deze die er daar toen maar en ook
    volgens bovendien daarnaast intussen inmiddels wel niet nog in op bij na`),
  hyphenPrefixes: new Set(),
};
