import { parsePublished } from '../dates.js';
import { UNKNOWN_DATE, type ReadResult } from '../types.js';

/** The seed format's date marker: ` date 2021-07 ` (or `date 2021-07-04`) before the text, same line or its own. */
const DATE_MARKER = /^\s*date:?[ \t]+(\d\S*)\s+/;
const MD_HEADING = /^#{1,2}[ \t]+(.+)\n+/;

/**
 * Plain text or Markdown: an optional date marker, then the article. Without a marker the date
 * is unknown (never invented). A Markdown first-level heading becomes the title.
 */
export function readText(content: string, where: string): ReadResult[] {
  let text = content;
  let published = UNKNOWN_DATE;
  const marker = DATE_MARKER.exec(text);
  if (marker) {
    const date = parsePublished(marker[1]!);
    if (!date) {
      return [{ ok: false, where, problem: `unknown date format '${marker[1]}' (expected date YYYY, YYYY-MM or YYYY-MM-DD)` }];
    }
    published = date;
    text = text.slice(marker[0].length);
  }
  let title: string | null = null;
  const heading = MD_HEADING.exec(text);
  if (heading && where.toLowerCase().endsWith('.md')) {
    title = heading[1]!.trim();
    text = text.slice(heading[0].length);
  }
  if (!text.trim()) return [{ ok: false, where, problem: 'no article text' }];
  return [{ ok: true, article: { source: where, url: null, title, published, text } }];
}
