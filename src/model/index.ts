export * from './article.js';
export * from './doc.js';
export * from './facts.js';
export * from './errors.js';
