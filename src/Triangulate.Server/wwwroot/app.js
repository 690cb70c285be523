// Triangulate web UI: plain JavaScript, no dependencies, no inline script (the CSP forbids it).
// Every string that comes from an article or the dossier is inserted as a text node (textContent),
// never as markup; links are built only from our own routes or from http(s) URLs.
'use strict';

(function () {
  const view = () => document.getElementById('view');
  const statusLine = () => document.getElementById('status');

  // ---- DOM helpers -------------------------------------------------------------------------
  /** el('a', {href: '#/x', class: 'c'}, 'text', child) — strings become text nodes. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') node.className = v;
      else node.setAttribute(k, String(v));
    }
    // Deep flatten: a child may be a list holding lists of links (framing cells), which must stay nodes, not text.
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  function setStatus(text) { statusLine().textContent = text; }

  function show(...nodes) {
    // replaceChildren turns null into the text "null": optional parts (no URL, no cited span) are left out here.
    view().replaceChildren(...nodes.flat(Infinity).filter((n) => n !== null && n !== undefined && n !== false));
  }

  /** An external link only for http(s) URLs; anything else (javascript:, data:) is shown as text. */
  function safeLink(url, label) {
    try {
      const u = new URL(url);
      if (u.protocol === 'http:' || u.protocol === 'https:') {
        return el('a', { href: u.href, rel: 'noopener noreferrer nofollow', target: '_blank' }, label || u.href);
      }
    } catch (e) { /* not a URL: shown as text below */ }
    return el('span', {}, label || String(url));
  }

  const enc = encodeURIComponent;
  const articleHref = (id, start, length) =>
    '#/article/' + enc(id) + (start !== undefined ? '?start=' + start + '&length=' + length : '');

  /** "1 article", "3 articles". */
  function plural(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }

  /** What stands for an article: its headline, else words that say it has none (never null, a file path or an id). */
  function articleLabel(a) { return (a && a.title) || 'Untitled article'; }

  /** A quotation between one pair of typographic marks: marks and a trailing comma already in the text are dropped. */
  function quoted(text) {
    const inner = String(text).trim().replace(/^["“”'‘’«»]+/, '').replace(/[,;:]?["“”'‘’«»]*$/, '').replace(/,$/, '');
    return '\u201c' + inner + '\u201d';
  }

  function fmtDate(value) {
    if (!value) return 'date unknown';
    const d = new Date(value);
    return isNaN(d) ? String(value) : d.toISOString().slice(0, 10);
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(url + ' answered ' + response.status);
    return response.json();
  }

  // ---- Routes -------------------------------------------------------------------------------
  function parseRoute() {
    const hash = location.hash.replace(/^#/, '') || '/';
    const [path, query] = hash.split('?');
    return { parts: path.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query || '') };
  }

  async function route() {
    const { parts, params } = parseRoute();
    setStatus('Loading…');
    try {
      if (parts[0] === 'story' && parts[1]) await storyPage(parts[1]);
      else if (parts[0] === 'article' && parts[1]) await articlePage(parts[1], params);
      else if (parts[0] === 'search') await searchPage(params.get('q') || '');
      else if (parts[0] === 'articles') await articlesPage(Number(params.get('offset') || 0));
      else await homePage(params);
    } catch (e) {
      show(el('p', { class: 'empty' }, 'Something went wrong: ' + e.message));
      setStatus('Error.');
    }
  }

  // ---- Home: stories, biggest and newest first ------------------------------------------------
  async function homePage(params) {
    const sort = params.get('sort') || 'size';
    const outlet = params.get('outlet') || '';
    const entity = params.get('entity') || '';
    const qs = new URLSearchParams({ sort, page: params.get('page') || '1', pageSize: '20' });
    if (outlet) qs.set('outlet', outlet);
    if (entity) qs.set('entity', entity);
    const page = await getJson('/api/stories?' + qs);
    document.title = 'Stories — Triangulate';
    const heading = el('h1', {}, 'Stories');
    if (!page.available) {
      const recent = await getJson('/api/articles?limit=20');
      show(heading,
        el('p', { class: 'empty', id: 'no-stories' }, 'No stories yet: story detection is not installed in this build. The articles are below; search works.'),
        el('h2', {}, 'Recent articles'), articleList(recent.items));
      setStatus(recent.total + ' articles stored.');
      return;
    }

    const form = el('form', { class: 'controls', id: 'story-filter' },
      el('label', {}, 'Sort', el('select', { name: 'sort' },
        el('option', { value: 'size', selected: sort === 'size' }, 'Biggest first'),
        el('option', { value: 'newest', selected: sort === 'newest' }, 'Newest first'),
        el('option', { value: 'oldest', selected: sort === 'oldest' }, 'Oldest first'),
        el('option', { value: 'updated', selected: sort === 'updated' }, 'Recently changed'))),
      el('label', {}, 'Outlet', el('input', { name: 'outlet', value: outlet })),
      el('label', {}, 'Entity', el('input', { name: 'entity', value: entity })),
      el('button', { type: 'submit' }, 'Apply'));
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const data = new URLSearchParams(new FormData(form));
      for (const [k, v] of [...data]) if (!v) data.delete(k);
      location.hash = '#/?' + data;
    });

    const list = el('ul', { class: 'plain', id: 'story-list' });
    for (const s of page.items) {
      list.append(el('li', {},
        el('a', { class: 'card-title', href: '#/story/' + enc(s.id) }, s.title || 'Untitled story'),
        el('div', { class: 'meta' },
          sourcesLine(s.independentSources, s.articleCount), ' · ', fmtDate(s.first), ' – ', fmtDate(s.last),
          s.outlets.length ? ' · ' + s.outlets.join(', ') : ''),
        s.entities.length ? el('div', { class: 'meta' }, 'About: ' + s.entities.join(', ')) : null,
        el('div', { class: 'meta change' }, changeLine(s.lastChange, s.updated))));
    }
    show(heading, form, page.items.length ? list : el('p', { class: 'empty' }, 'No story matches.'));
    setStatus(page.total + ' stories.');
  }

  // "updated 3 min ago: grew +2 articles, +1 independent source"
  function changeLine(change, updated) {
    const at = change ? change.at : updated;
    return 'updated ' + ago(at) + (change ? ': ' + change.summary : '');
  }

  function ago(when) {
    const seconds = Math.max(0, Math.round((Date.now() - new Date(when).getTime()) / 1000));
    if (seconds < 60) return 'just now';
    const minutes = Math.round(seconds / 60);
    if (minutes < 60) return minutes + ' min ago';
    const hours = Math.round(minutes / 60);
    if (hours < 48) return hours + (hours === 1 ? ' hour ago' : ' hours ago');
    return Math.round(hours / 24) + ' days ago';
  }

  function sourcesLine(independent, articles) {
    const a = articles + (articles === 1 ? ' article' : ' articles');
    if (independent === null || independent === undefined) return a;
    return independent + (independent === 1 ? ' independent source' : ' independent sources') + ' (' + a + ')';
  }

  function articleList(items) {
    const list = el('ul', { class: 'plain', id: 'article-list' });
    for (const a of items) {
      list.append(el('li', {},
        el('a', { class: 'card-title' + (a.title ? '' : ' untitled'), href: articleHref(a.id) }, articleLabel(a)),
        el('div', { class: 'meta' }, (a.outlet || 'unknown outlet') + ' · ' + fmtDate(a.published))));
    }
    return list;
  }

  async function articlesPage(offset) {
    const page = await getJson('/api/articles?limit=50&offset=' + offset);
    document.title = 'Articles — Triangulate';
    const nav = el('p', {});
    if (offset > 0) nav.append(el('a', { href: '#/articles?offset=' + Math.max(0, offset - 50) }, '← Newer'), ' ');
    if (offset + 50 < page.total) nav.append(el('a', { href: '#/articles?offset=' + (offset + 50) }, 'Older →'));
    show(el('h1', {}, 'Articles'), articleList(page.items), nav);
    setStatus(page.total + ' articles stored.');
  }

  // ---- Story page ---------------------------------------------------------------------------
  async function storyPage(id) {
    const detail = await getJson('/api/stories/' + enc(id));
    if (!detail) { show(el('p', { class: 'empty' }, 'No such story.')); setStatus('Not found.'); return; }
    const s = detail.story;
    const byId = new Map(detail.articles.map((a) => [a.id, a]));
    const name = (aid) => { const a = byId.get(aid); return a ? (a.outlet || articleLabel(a)) : 'an article not in this story'; };
    document.title = (s.title || 'Story') + ' — Triangulate';

    const nodes = [
      el('h1', {}, s.title || 'Untitled story'),
      el('p', { class: 'sources', id: 'independent-sources' }, sourcesLine(s.independentSources, s.articleIds.length)),
      el('p', { class: 'meta' }, fmtDate(s.first) + ' – ' + fmtDate(s.last)),
      el('p', { class: 'meta', id: 'last-change' }, changeLine(detail.lastChange, detail.updated),
        detail.pending ? ' (new articles are being analysed)' : ''),
    ];

    const cite = (ev, n) => el('a', { class: 'cite-link', href: articleHref(ev.articleId, ev.start, ev.length),
      'aria-label': 'Source ' + n + ': ' + name(ev.articleId) }, '[' + n + ']');
    const evidenceLinks = (list) => (list || []).map((ev, i) => cite(ev, i + 1));

    if (s.summary) {
      nodes.push(el('h2', {}, 'Summary'), el('ol', { id: 'summary' },
        s.summary.map((x) => el('li', {}, x.sentence, ' ', evidenceLinks(x.evidence)))));
    }
    const charts = window.TriangulateCharts;
    nodes.push(el('h2', {}, 'Coverage'), charts.leanBar(detail.articles));
    const coverageChart = charts.coverage(s, detail.articles, (aid) => articleHref(aid));
    if (coverageChart) nodes.push(coverageChart);
    if (s.figureTracks && s.figureTracks.length) {
      nodes.push(el('h2', {}, 'Figures over time'), s.figureTracks.map((t) => charts.steps(t, detail.articles, (aid) => articleHref(aid))));
    }
    if (s.lineages) {
      // Numbered L1…Ln in the order shown, so the labels never skip (the stored ids are hashes).
      const tree = charts.lineageTree(s, detail.articles, (aid) => articleHref(aid), name);
      nodes.push(el('h2', {}, 'Lineage: who copied whom'), tree, el('ul', { class: 'plain', id: 'lineages' }, s.lineages.map((l, i) => el('li', {},
        el('div', { class: 'card-title' }, el('span', { class: 'lineage-no' }, 'L' + (i + 1)), ' Origin: ' + ((l.origin && (l.origin.name || name(l.origin.articleId))) || 'unknown')),
        el('div', { class: 'meta' }, plural(l.articleIds.length, 'article') + ', ' + Math.round((l.sharedText || 0) * 100) + '% shared text'),
        el('div', {}, l.articleIds.flatMap((a, i) => [i ? ', ' : '', el('a', { href: articleHref(a) }, name(a))]))))));
    }
    if (s.claims) {
      nodes.push(el('h2', {}, 'Claims'));
      for (const status of ['corroborated', 'conflicting', 'unique']) {
        const claims = s.claims.filter((c) => c.status === status);
        if (!claims.length) continue;
        nodes.push(el('h3', {}, status[0].toUpperCase() + status.slice(1) + ' (' + claims.length + ')'),
          el('ul', {}, claims.map((c) => el('li', {}, el('span', { class: 'pill status-' + status }, status), c.text,
            ' ', el('span', { class: 'meta' }, '— ' + c.independentSources + ' independent'), ' ', evidenceLinks(c.evidence)))));
      }
    }
    if (s.conflicts) {
      nodes.push(el('h2', {}, 'Conflicts'), el('ul', { class: 'plain' }, s.conflicts.map((c) => el('li', {},
        el('div', { class: 'card-title' }, c.about + ' (' + c.kind + ')'),
        el('div', { class: 'side' }, c.sides.map((side) => el('div', {}, el('strong', {}, side.value), el('div', { class: 'meta' },
          side.articleIds.map(name).join(', ')), evidenceLinks(side.evidence)))),
        el('div', { class: 'meta' }, 'Assessment: ' + c.assessment)))));
    }
    if (s.quotes) {
      nodes.push(el('h2', {}, 'Quotes'), el('ul', { class: 'plain' }, s.quotes.map((q) => el('li', {},
        el('blockquote', {}, quoted(q.text)), el('div', { class: 'meta' }, '— ' + (q.speaker || 'unknown speaker') + ', in ' + plural(q.occurrences.length, 'article')),
        el('div', {}, q.occurrences.map((o, i) => el('a', { class: 'cite-link', href: articleHref(o.articleId, o.start, o.length) }, '[' + name(o.articleId) + ']'))),
        q.variants.length ? el('ul', {}, q.variants.map((v) => el('li', { class: 'meta' }, v.change + ': ' + v.articleIds.map(name).join(', ')))) : null))));
    }
    if (s.timeline) {
      const most = Math.max(1, ...s.timeline.map((t) => t.articleIds.length));
      nodes.push(el('h2', {}, 'Timeline'), el('ol', { class: 'timeline', 'aria-label': 'Timeline of events' }, s.timeline.map((t) => el('li', {},
        el('strong', {}, t.date), ' ', t.event,
        el('span', { class: 'bar', style: null, 'aria-hidden': 'true', 'data-w': t.articleIds.length / most }),
        ' ', el('span', { class: 'meta' }, plural(t.articleIds.length, 'article')), ' ', evidenceLinks(t.evidence)))));
    }
    if (s.framing) {
      const entityName = new Map((s.entities || []).map((e) => [e.id, e.name]));
      const outlets = [...new Set(s.framing.map((f) => f.outlet))];
      const entities = [...new Set(s.framing.map((f) => f.entityId))];
      // The table scrolls inside its own box: ten outlet columns must not widen the page.
      nodes.push(el('h2', {}, 'Framing: how each outlet describes the actors'), el('div', { class: 'table-scroll' }, el('table', { id: 'framing' },
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Actor'), outlets.map((o) => el('th', { scope: 'col' }, o)))),
        el('tbody', {}, entities.map((e) => el('tr', {}, el('th', { scope: 'row' }, entityName.get(e) || e),
          outlets.map((o) => { const f = s.framing.find((x) => x.entityId === e && x.outlet === o); return el('td', {}, f ? [f.descriptors.join('; '), ' ', evidenceLinks(f.evidence)] : '—'); })))))));
    }
    if (s.entities) {
      nodes.push(el('h2', {}, 'Who and what'), el('ul', {}, s.entities.map((e) => el('li', {}, e.name, ' ', el('span', { class: 'pill' }, e.type),
        e.aliases.length ? el('span', { class: 'meta' }, ' also: ' + e.aliases.join(', ')) : null,
        e.credits && e.credits.length ? el('span', { class: 'meta' }, ' credited as a source: ' + quoted(e.credits[0].text)) : null))));
    }
    nodes.push(el('h2', {}, 'Articles'), articleList(detail.articles));
    show(...nodes);
    // Bar widths through the CSSOM (not a style attribute), which the CSP allows.
    for (const bar of view().querySelectorAll('.bar')) bar.style.width = (Number(bar.dataset.w) * 10) + 'rem';
    setStatus('');
  }

  // ---- Article page -------------------------------------------------------------------------
  async function articlePage(id, params) {
    const data = await getJson('/api/articles/' + enc(id));
    if (!data) { show(el('p', { class: 'empty' }, 'No such article.')); setStatus('Not found.'); return; }
    const a = data.article;
    document.title = (a.title || 'Article') + ' — Triangulate';
    const start = params.has('start') ? Number(params.get('start')) : null;
    const length = params.has('length') ? Number(params.get('length')) : null;
    const cited = start !== null && length !== null && start >= 0 && length > 0 && start + length <= a.text.length ? { start, length } : null;

    const text = el('div', { class: 'article-text', id: 'article-text' }, renderText(a.text, data.annotations, cited));
    const legend = el('div', { class: 'legend', role: 'group', 'aria-label': 'Highlight annotations' },
      data.layers.map((layer) => {
        const box = el('input', { type: 'checkbox', checked: true, id: 'layer-' + layer });
        box.addEventListener('change', () => text.classList.toggle('hide-' + layer, !box.checked));
        return el('label', { for: 'layer-' + layer }, box, el('span', { class: 'swatch ' + layer, 'aria-hidden': 'true' }), layer);
      }));

    show(
      el('h1', { id: 'article-title', class: a.title ? null : 'untitled' }, articleLabel(a)),
      el('p', { class: 'meta' }, (a.outlet || 'unknown outlet') + ' · ' + fmtDate(a.published) + (a.byline ? ' · ' + a.byline : '')),
      a.url ? el('p', { class: 'meta' }, 'Source: ', safeLink(a.url)) : null,
      data.layers.length ? legend : null,
      cited ? el('p', { class: 'meta' }, el('a', { href: '#cited', id: 'jump-cited' }, 'Jump to the cited passage')) : null,
      text);
    const jump = document.getElementById('jump-cited');
    if (jump) jump.addEventListener('click', (ev) => { ev.preventDefault(); focusCited(); });
    if (cited) focusCited();
    setStatus(cited ? 'The cited passage is highlighted.' : '');
  }

  function focusCited() {
    const target = document.getElementById('cited');
    if (!target) return;
    target.setAttribute('tabindex', '-1');
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  }

  /** Splits the text at every annotation boundary; each piece carries the classes of the spans covering it. */
  function renderText(text, annotations, cited) {
    const spans = annotations.map((x) => ({ start: x.start, end: x.start + x.length, cls: x.layer, label: x.layer + ': ' + x.label }));
    if (cited) spans.push({ start: cited.start, end: cited.start + cited.length, cls: 'cite', label: 'cited passage' });
    const cuts = new Set([0, text.length]);
    for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
    const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((x, y) => x - y);
    const out = document.createDocumentFragment();
    let citedMarked = false;
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i], to = points[i + 1];
      const piece = text.slice(from, to);
      const covering = spans.filter((s) => s.start <= from && s.end >= to);
      if (!covering.length) { out.append(document.createTextNode(piece)); continue; }
      const isCite = covering.some((s) => s.cls === 'cite');
      const node = el(isCite ? 'mark' : 'span', { class: 'ann ' + covering.map((s) => s.cls).join(' '), title: covering.map((s) => s.label).join('; ') }, piece);
      if (isCite && !citedMarked) { node.id = 'cited'; citedMarked = true; }
      out.append(node);
    }
    return out;
  }

  // ---- Search -------------------------------------------------------------------------------
  async function searchPage(q) {
    document.getElementById('search-input').value = q;
    document.title = 'Search — Triangulate';
    if (!q.trim()) { show(el('h1', {}, 'Search'), el('p', {}, 'Type words to find in titles and texts.')); setStatus(''); return; }
    const result = await getJson('/api/search?q=' + enc(q) + '&limit=50');
    const list = el('ul', { class: 'plain', id: 'search-results' });
    for (const hit of result.hits) {
      list.append(el('li', {},
        el('a', { class: 'card-title' + (hit.title ? '' : ' untitled'), href: articleHref(hit.id) }, articleLabel(hit)),
        el('div', { class: 'meta' }, hit.outlet || 'unknown outlet'),
        el('div', {}, snippet(hit.snippet))));
    }
    show(el('h1', {}, 'Search: ' + q), result.hits.length ? list : el('p', { class: 'empty' }, 'No article matches.'));
    setStatus(result.hits.length + ' results for ' + q + '.');
  }

  /** The store marks matches with **…**; turn them into <mark> elements, all text as text nodes. */
  function snippet(s) {
    const parts = s.split('**');
    return parts.map((p, i) => (i % 2 === 1 ? el('mark', {}, p) : document.createTextNode(p)));
  }

  // ---- Start ----------------------------------------------------------------------------------
  document.addEventListener('DOMContentLoaded', () => {
    document.getElementById('search-form').addEventListener('submit', (ev) => {
      ev.preventDefault();
      location.hash = '#/search?q=' + enc(document.getElementById('search-input').value);
    });
    window.addEventListener('hashchange', () => { route(); if (!location.hash.startsWith('#/article/') ) document.getElementById('main').focus({ preventScroll: true }); });
    route();
  });
})();
