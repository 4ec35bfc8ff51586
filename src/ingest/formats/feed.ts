import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parsePublished } from '../dates.js';
import { UNKNOWN_DATE, type ReadResult } from '../types.js';
import { htmlToText } from './html.js';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  processEntities: true,
  htmlEntities: true,
});

const asArray = (v: unknown): Node[] => (v === undefined || v === null ? [] : Array.isArray(v) ? (v as Node[]) : [v as Node]);

/** Text of an element that may be a string, a number, or an object with a text node (CDATA, attributes). */
function textOf(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return textOf(v[0]);
  if (typeof v === 'object') return textOf((v as Node)['#text']);
  return null;
}

/** Atom links are elements with href attributes; RSS links are text. Prefer rel="alternate". */
function linkOf(v: unknown): string | null {
  const links = asArray(v);
  for (const l of links) if (typeof l === 'string') return l;
  const alt = links.find((l) => !l['@rel'] || l['@rel'] === 'alternate') ?? links[0];
  return alt ? (textOf(alt['@href']) ?? textOf(alt)) : null;
}

/** An RSS 2.0, RSS 1.0 (RDF) or Atom file: one article per item/entry. */
export function readFeed(content: string, where: string): ReadResult[] {
  const valid = XMLValidator.validate(content);
  if (valid !== true) {
    return [{ ok: false, where, problem: `not a well-formed XML feed (line ${valid.err.line}: ${valid.err.msg})` }];
  }
  const doc = parser.parse(content) as Node;
  const rss = doc['rss'] as Node | undefined;
  const rdf = doc['rdf:RDF'] as Node | undefined;
  const atom = doc['feed'] as Node | undefined;
  const items = rss
    ? asArray((rss['channel'] as Node | undefined)?.['item'])
    : rdf
      ? asArray(rdf['item'])
      : atom
        ? asArray(atom['entry'])
        : null;
  if (!items) return [{ ok: false, where, problem: 'XML but not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)' }];
  if (items.length === 0) return [{ ok: false, where, problem: 'feed has no items' }];
  return items.map((item, i): ReadResult => {
    const at = `${where}#${i + 1}`;
    const body =
      textOf(item['content:encoded']) ?? textOf(item['content']) ?? textOf(item['description']) ?? textOf(item['summary']);
    const text = body ? htmlToText(body) : '';
    if (!text.trim()) return { ok: false, where: at, problem: 'feed item has no text (no content, description or summary)' };
    const dateText =
      textOf(item['pubDate']) ?? textOf(item['dc:date']) ?? textOf(item['published']) ?? textOf(item['updated']);
    const published = dateText ? parsePublished(dateText) : UNKNOWN_DATE;
    if (!published) return { ok: false, where: at, problem: `unknown date format '${dateText}'` };
    const title = textOf(item['title']);
    const url = linkOf(item['link']);
    return {
      ok: true,
      article: {
        source: at,
        url: url && /^https?:\/\//i.test(url) ? url.trim() : null,
        title: title ? htmlToText(title) : null,
        published,
        text,
      },
    };
  });
}
