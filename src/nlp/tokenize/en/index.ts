// English tokenizer data, following UD EWT tokens: clitics split ("do" "n't", "it" "'s"), hyphens
// between words are their own token ("15" "-" "year") except after a few prefixes ("e-mail").
import { parseAbbreviations, wordSet, type TokenizerLanguage } from '../language.js';
import abbreviations from './abbreviations.js';

export const en: TokenizerLanguage = {
  abbreviations: parseAbbreviations(abbreviations),
  // 'em, 'cause, 'til, 'n' (rock 'n' roll); "'s" typed apart from its word
  elisions: wordSet("em cause cos til n s"),
  // Longest first is not needed: they all start with an apostrophe or "n".
  clitics: ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"],
  splits: new Map<string, number[]>([
    ['cannot', [3, 3]],
    ['gonna', [3, 2]],
    ['gotta', [3, 2]],
    ['wanna', [3, 2]],
    ['dunno', [2, 1, 2]],
  ]),
  splitHyphens: true,
  splitSlashes: true,
  sentenceStarters: wordSet(`the a an he she it they we you this that these those there but and also
    however meanwhile in on at after before when while if according`),
  hyphenPrefixes: wordSet(`e non re anti counter mis vice semi co pre post ex pro multi inter over
    sub super ultra un mid de`),
};
