import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parsePublished } from '../dates.js';
import { UNKNOWN_DATE, type ReadResult } from '../types.js';

const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE',
  'PRE', 'TABLE', 'TR', 'HEADER', 'FOOTER', 'FIGURE', 'FIGCAPTION', 'DL', 'DT', 'DD', 'BR', 'HR', 'ASIDE', 'MAIN',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Text of an HTML fragment with paragraph breaks kept (Readability's textContent glues blocks together). */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const parts: string[] = [];
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 || SKIP.has(node.nodeName)) return;
    const block = BLOCK.has(node.nodeName);
    if (block) parts.push('\n\n');
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) parts.push('\n\n');
  };
  walk(document.body as unknown as DomNode);
  return parts
    .join('')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n\n');
}

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="DC.date"]',
  'meta[name="dcterms.date"]',
  'meta[property="og:published_time"]',
];

/** An HTML page: the main article text via Readability, title, canonical URL and publication date from meta data. */
export function readHtml(content: string, where: string): ReadResult[] {
  if (!/<[a-z!]/i.test(content)) return [{ ok: false, where, problem: 'not HTML (no tags found)' }];
  const { document } = parseHTML(content);
  let published = UNKNOWN_DATE;
  for (const sel of DATE_META) {
    const v = document.querySelector(sel)?.getAttribute('content');
    const d = v ? parsePublished(v) : null;
    if (d) {
      published = d;
      break;
    }
  }
  if (published === UNKNOWN_DATE) {
    const v = document.querySelector('time[datetime]')?.getAttribute('datetime');
    const d = v ? parsePublished(v) : null;
    if (d) published = d;
  }
  const url =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    document.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    null;
  const pageTitle = document.querySelector('title')?.textContent?.trim() || null;
  // Readability mutates the document it is given; it has what it needs from the metadata above.
  const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  const text = parsed?.content ? htmlToText(parsed.content) : htmlToText(document.body?.innerHTML ?? '');
  if (!text.trim()) return [{ ok: false, where, problem: 'no article text found in the HTML' }];
  return [
    {
      ok: true,
      article: {
        source: where,
        url: url && /^https?:\/\//i.test(url) ? url : null,
        title: parsed?.title?.trim() || pageTitle,
        published,
        text,
      },
    },
  ];
}
