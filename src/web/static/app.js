// sitrep's first web page: articles, one article with its facts highlighted, and the events table.
// Article text is untrusted: it only ever enters the page as text nodes (never innerHTML).

const view = document.getElementById('view');
const PAGE = 50;

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null) continue;
    if (k === 'class') node.className = v;
    else node.setAttribute(k, v);
  }
  for (const c of children.flat()) node.append(c instanceof Node ? c : document.createTextNode(String(c ?? '')));
  return node;
}

async function api(path) {
  const res = await fetch(path, { headers: { accept: 'application/json' } });
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || `HTTP ${res.status}`);
  return body;
}

function show(...nodes) {
  view.replaceChildren(...nodes);
}

function dateText(d) {
  return d && d.value ? `${d.value}${d.precision && d.precision !== 'day' ? ` (${d.precision})` : ''}` : 'undated';
}

function actorOf(f) {
  return f.kind === 'claim' ? f.speaker || f.actor : f.kind === 'state' ? f.holder || f.actor : f.actor;
}
function placeOf(f) {
  return f.kind === 'state' ? f.place || f.location : f.kind === 'movement' ? f.location || f.to || f.from : f.location;
}

async function articlesView(offset = 0) {
  const data = await api(`/api/articles?limit=${PAGE}&offset=${offset}`);
  const rows = data.items.map((a) =>
    el('tr', {},
      el('td', {}, dateText(a.published)),
      el('td', {}, el('span', { class: 'pill' }, a.lang)),
      el('td', {}, el('a', { href: `#/article/${a.id}` }, a.title || a.snippet.slice(0, 90) + '…')),
      el('td', {}, String(a.factCount)),
      el('td', { class: 'muted' }, a.status === 'skipped' ? a.note : ''),
    ),
  );
  show(
    el('h1', {}, 'Articles'),
    el('p', { class: 'muted' }, `${data.total} articles`),
    el('table', { id: 'articles' }, el('thead', {}, el('tr', {}, ['Published', 'Lang', 'Article', 'Facts', ''].map((h) => el('th', {}, h)))), el('tbody', {}, rows)),
    pager(offset, data.total, (o) => `#/?offset=${o}`),
  );
}

function pager(offset, total, href) {
  const nav = el('div', { class: 'pager' });
  if (offset > 0) nav.append(el('a', { href: href(Math.max(0, offset - PAGE)) }, '← newer'));
  if (offset + PAGE < total) nav.append(el('a', { href: href(offset + PAGE) }, 'older →'));
  return nav;
}

/** Splits text[from, to) at mention boundaries: non-overlapping spans become <mark>, the rest text nodes. */
function highlighted(text, mentions, from = 0, to = text.length) {
  const spans = mentions.filter((m) => m.start >= from && m.end <= to).sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  let at = from;
  for (const m of spans) {
    if (m.start < at || m.end <= m.start) continue;
    if (m.start > at) out.push(document.createTextNode(text.slice(at, m.start)));
    const title = `${m.kind}${m.resolved ? ': ' + m.resolved : ''}`;
    out.push(el('mark', { class: m.kind, title }, text.slice(m.start, m.end)));
    at = m.end;
  }
  if (at < to) out.push(document.createTextNode(text.slice(at, to)));
  return out;
}

/** The article text as sentence spans (so a fact can point at its sentence), each with its mentions marked. */
function articleBody(a) {
  const out = [];
  let at = 0;
  for (const s of a.sentences) {
    if (s.start < at) continue;
    if (s.start > at) out.push(...highlighted(a.text, a.mentions, at, s.start));
    out.push(el('span', { class: 'sentence', id: `s${s.index}` }, highlighted(a.text, a.mentions, s.start, s.end)));
    at = s.end;
  }
  out.push(...highlighted(a.text, a.mentions, at, a.text.length));
  return out;
}

function focusSentence(index) {
  document.querySelectorAll('span.sentence.focus').forEach((n) => n.classList.remove('focus'));
  const node = document.getElementById(`s${index}`);
  if (!node) return;
  node.classList.add('focus');
  node.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

function factsTable(facts, withArticle) {
  const head = ['Date', 'Kind / type', 'Actor', 'Recipient', 'Place', 'Modality', 'Source sentence'];
  if (withArticle) head.push('Article');
  return el('table', { class: 'facts' },
    el('thead', {}, el('tr', {}, head.map((h) => el('th', {}, h)))),
    el('tbody', {}, facts.map((f) => {
      const place = placeOf(f);
      const cells = [
        el('td', {}, dateText(f.time)),
        el('td', {}, `${f.kind} / ${f.type}`, f.acled ? el('div', { class: 'muted' }, `${f.acled.event_type}: ${f.acled.sub_event_type}`) : ''),
        el('td', {}, actorOf(f)?.name ?? ''),
        el('td', {}, f.recipient?.name ?? ''),
        el('td', {}, place ? `${place.name}${place.country ? ' (' + place.country + ')' : ''}` : ''),
        el('td', {}, f.modality),
        el('td', { class: 'sentence' }, f.source.text),
      ];
      if (withArticle) cells.push(el('td', {}, el('a', { href: `#/article/${f.source.article}` }, `${f.source.article.slice(0, 8)}…#${f.source.sentence}`)));
      const row = el('tr', { 'data-sentence': String(f.source.sentence) }, cells);
      if (!withArticle) {
        row.classList.add('clickable');
        row.title = 'Show the sentence in the text';
        row.addEventListener('click', () => focusSentence(f.source.sentence));
      }
      return row;
    })),
  );
}

async function articleView(id) {
  const a = await api(`/api/articles/${encodeURIComponent(id)}`);
  const legend = el('p', { class: 'legend' }, ['place', 'actor', 'trigger', 'time', 'quantity'].map((k) => el('span', {}, el('mark', { class: k }, k))));
  show(
    el('p', {}, el('a', { href: '#/' }, '← all articles')),
    el('h1', {}, a.title || (a.sentences[0]?.text ?? a.text).slice(0, 120)),
    el('p', { class: 'muted' }, `${dateText(a.published)} · ${a.lang} · ${a.source}`, a.url ? [' · ', el('a', { href: a.url, rel: 'noopener noreferrer' }, 'original')] : '', a.note ? ` · ${a.note}` : ''),
    legend,
    el('div', { class: 'article-text', id: 'article-text' }, articleBody(a)),
    el('h2', {}, `Facts (${a.facts.length})`),
    a.facts.length ? factsTable(a.facts, false) : el('p', { class: 'muted' }, 'No facts extracted.'),
  );
}

async function eventsView(params) {
  const q = new URLSearchParams(params);
  q.set('limit', String(PAGE));
  const data = await api(`/api/events?${q}`);
  const offset = Number(params.get('offset') || 0);
  show(
    el('h1', {}, 'Events'),
    el('p', { class: 'muted' }, `${data.total} facts · export: `, ['csv', 'jsonl', 'geojson'].map((f) => [el('a', { href: `/api/export?format=${f}` }, f), ' '])),
    factsTable(data.items, true),
    pager(offset, data.total, (o) => `#/events?offset=${o}`),
  );
}

async function searchView(query) {
  const data = await api(`/api/search?q=${encodeURIComponent(query)}`);
  show(
    el('h1', {}, `Search: ${query}`),
    el('ul', {}, data.items.map((h) => el('li', {}, el('a', { href: `#/article/${h.id}` }, h.title || h.id), ' ', el('span', { class: 'muted' }, h.snippet.replace(/\[\[|\]\]/g, ''))))),
    data.items.length ? '' : el('p', { class: 'muted' }, 'No matches.'),
  );
}

async function route() {
  const [path, query = ''] = location.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query);
  document.querySelectorAll('nav a').forEach((a) => a.classList.toggle('active', (path || '/').startsWith('/events') === (a.dataset.nav === 'events')));
  try {
    if (path.startsWith('/article/')) await articleView(path.slice('/article/'.length));
    else if (path.startsWith('/events')) await eventsView(params);
    else if (path.startsWith('/search')) await searchView(params.get('q') || '');
    else await articlesView(Number(params.get('offset') || 0));
  } catch (e) {
    show(el('p', { class: 'error' }, `Could not load: ${e.message}`));
  }
}

document.getElementById('search').addEventListener('submit', (e) => {
  e.preventDefault();
  const q = new FormData(e.target).get('q');
  if (q) location.hash = `#/search?q=${encodeURIComponent(q)}`;
});
window.addEventListener('hashchange', route);
route();
