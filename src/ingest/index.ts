export { readInputs, readInputFile, MAX_FILE_BYTES } from './read.js';
export { toArticle, articleId, normaliseText } from './article.js';
export { articleFromJson } from './formats/json.js';
export { detectLanguage } from './language.js';
export { parsePublished } from './dates.js';
export type { RawArticle, ReadResult } from './types.js';
