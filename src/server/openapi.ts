/** OpenAPI 3.1 description of the HTTP API, served at /api/openapi.json. Keep in step with app.ts. */
const error = { type: 'object', properties: { error: { type: 'string' } }, required: ['error'] };
const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
const page = [
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000 } },
  { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0 } },
];
const factFilters = [
  ...page,
  { name: 'since', in: 'query', description: 'facts on or after (YYYY, YYYY-MM, YYYY-MM-DD)', schema: { type: 'string' } },
  { name: 'until', in: 'query', description: 'facts on or before', schema: { type: 'string' } },
  { name: 'place', in: 'query', description: 'place name, province, district or ISO3 country', schema: { type: 'string' } },
  { name: 'actor', in: 'query', description: 'actor or recipient name or id', schema: { type: 'string' } },
  { name: 'kind', in: 'query', schema: { type: 'string', enum: ['event', 'claim', 'movement', 'state'] } },
  { name: 'type', in: 'query', description: 'PLOVER type or CONTROL', schema: { type: 'string' } },
  { name: 'article', in: 'query', description: 'article id', schema: { type: 'string' } },
];

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'sitrep API',
    version: '0.1.0',
    description: 'Articles, and the facts extracted from them, each with its source sentence. Fact schema: docs/schema/fact.schema.json.',
  },
  servers: [{ url: '/' }],
  paths: {
    '/api/health': { get: { summary: 'Liveness and article count', responses: { '200': { description: 'ok' } } } },
    '/api/articles': {
      get: { summary: 'List articles, newest first', parameters: page, responses: { '200': { description: 'a page of articles' }, '400': errorResponse('bad query') } },
      post: {
        summary: 'Ingest one article (same validation as `sitrep ingest`)',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['text'],
                properties: {
                  text: { type: 'string' },
                  title: { type: 'string' },
                  published_at: { type: 'string', description: 'YYYY, YYYY-MM, YYYY-MM-DD or ISO 8601 timestamp' },
                  url: { type: 'string', format: 'uri' },
                  lang: { type: 'string', description: 'nl, en, ... (detected when absent)' },
                },
              },
            },
          },
        },
        responses: {
          '201': { description: 'stored and analysed' },
          '200': { description: 'already known (same text)' },
          '400': errorResponse('invalid article'),
          '413': errorResponse('body too large'),
          '415': errorResponse('not JSON'),
        },
      },
    },
    '/api/articles/{id}': {
      get: {
        summary: 'One article with its text, sentences, highlighted mentions (character spans) and facts',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[0-9a-f]{32}$' } }],
        responses: { '200': { description: 'the article' }, '400': errorResponse('bad id'), '404': errorResponse('unknown id') },
      },
    },
    '/api/events': {
      get: { summary: 'Facts (events, claims, movements, control states), filtered and paginated', parameters: factFilters, responses: { '200': { description: '{total, limit, offset, items}' }, '400': errorResponse('bad filter') } },
    },
    '/api/search': {
      get: {
        summary: 'Full-text search over articles',
        parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string' } }, page[0]],
        responses: { '200': { description: '{query, items}' }, '400': errorResponse('missing q') },
      },
    },
    '/api/export': {
      get: {
        summary: 'Facts as ACLED-style CSV, JSON lines or GeoJSON',
        parameters: [{ name: 'format', in: 'query', required: true, schema: { type: 'string', enum: ['csv', 'jsonl', 'geojson'] } }, ...factFilters],
        responses: { '200': { description: 'the export' }, '400': errorResponse('bad format or filter') },
      },
    },
  },
  components: { schemas: { Error: error } },
} as const;
