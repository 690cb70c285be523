// Triangulate web UI charts: the report site's pictures (coverage timeline, figure-track step charts, lineage tree)
// and a coverage-by-lean bar, drawn as inline SVG through the DOM. Like app.js, every string from an article or
// the dossier goes in as a text node; links point only at our own #/article routes.
'use strict';

window.TriangulateCharts = (function () {
  const NS = 'http://www.w3.org/2000/svg';
  const LEANS = ['left', 'lean left', 'center', 'lean right', 'right'];
  const MAX_ROWS = 24;

  /** svg('circle', {cx: 1}, 'tooltip') — a string child becomes a <title> (the tooltip), nodes are appended. */
  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v !== null && v !== undefined) node.setAttribute(k, String(v));
    }
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      if (c instanceof Node) node.append(c);
      else { const t = document.createElementNS(NS, 'title'); t.textContent = String(c); node.append(t); }
    }
    return node;
  }

  function label(x, y, text, cls, anchor) {
    const t = svg('text', { x: round(x), y: round(y), class: cls || 'ch-muted', 'text-anchor': anchor || 'start' });
    t.textContent = text;
    return t;
  }

  const round = (v) => Math.round(v * 10) / 10;
  const short = (s, max) => (s.length <= max ? s : s.slice(0, max - 1) + '…');
  const time = (v) => (v ? new Date(v).getTime() : NaN);
  const day = (ms) => new Date(ms).toISOString().slice(0, 10);

  /** A figure with an accessible name and a caption that says how to read the picture. */
  function figure(id, width, height, name, caption, ...children) {
    const root = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, width: '100%', role: 'img', 'aria-label': name, class: 'chart' }, children);
    const fig = document.createElement('figure');
    fig.id = id;
    const cap = document.createElement('figcaption');
    cap.className = 'meta';
    cap.textContent = caption;
    fig.append(root, cap);
    return fig;
  }

  /** x position of a time between two bounds; one instant sits in the middle. */
  function timeScale(from, to, left, right) {
    const span = to - from;
    return (t) => (span <= 0 ? (left + right) / 2 : left + ((right - left) * (t - from)) / span);
  }

  function axis(x, from, to, y, top) {
    const out = [];
    const ticks = from === to ? [from] : [from, from + (to - from) / 2, to];
    ticks.forEach((t, i) => {
      out.push(svg('line', { x1: round(x(t)), x2: round(x(t)), y1: top, y2: y - 12, class: 'ch-grid' }));
      // The last date ends at its tick so it stays inside the picture.
      out.push(label(x(t), y, day(t), 'ch-muted', ticks.length > 1 && i === ticks.length - 1 ? 'end' : 'middle'));
    });
    return out;
  }

  /** As the report site: the credited origin article when it is a member, else the earliest dated member. */
  function originOf(lineage, byId) {
    const credited = lineage.origin && lineage.origin.articleId;
    if (credited && lineage.articleIds.includes(credited)) return credited;
    let best = lineage.articleIds[0];
    for (const id of lineage.articleIds) {
      const t = time(byId.get(id) && byId.get(id).published), b = time(byId.get(best) && byId.get(best).published);
      if (!isNaN(t) && (isNaN(b) || t < b)) best = id;
    }
    return best;
  }

  /** Outlets × time: one dot per dated article, filled for an original, a hollow ring for a copy in its lineage. */
  function coverage(story, articles, href) {
    const dated = articles.filter((a) => !isNaN(time(a.published)));
    if (!dated.length) return null;
    const byId = new Map(articles.map((a) => [a.id, a]));
    const origins = new Set((story.lineages || []).map((l) => originOf(l, byId)));
    const rows = [...new Set(dated.map((a) => a.outlet || 'unnamed outlet'))].slice(0, MAX_ROWS);
    const times = dated.map((a) => time(a.published));
    const from = Math.min(...times), to = Math.max(...times);
    const width = 720, left = 170, right = 700, rowH = 22, height = rows.length * rowH + 36;
    const x = timeScale(from, to, left, right);
    const parts = [...axis(x, from, to, height - 6, 4)];
    rows.forEach((row, i) => parts.push(label(left - 8, i * rowH + 18, short(row, 24), 'ch-label', 'end')));
    let copies = 0;
    for (const a of dated) {
      const row = rows.indexOf(a.outlet || 'unnamed outlet');
      if (row < 0) continue;
      const copy = !origins.has(a.id) && (story.lineages || []).some((l) => l.articleIds.length > 1 && l.articleIds.includes(a.id));
      if (copy) copies++;
      const tip = (a.outlet || 'unnamed outlet') + ' · ' + day(time(a.published)) + ' · ' + (copy ? 'copy' : 'original') + ' · ' + (a.title || 'untitled article');
      parts.push(svg('a', { href: href(a.id), class: copy ? 'cv-copy' : 'cv-original' },
        svg('circle', { cx: round(x(time(a.published))), cy: i2y(row), r: 6 }, tip)));
    }
    function i2y(i) { return i * rowH + 14; }
    return figure('coverage-chart', width, height, 'Coverage over time: ' + dated.length + ' dated articles by ' + rows.length + ' outlets',
      'Filled dot: original report; hollow ring: copy of an earlier report in its lineage (' + copies + (copies === 1 ? ' copy' : ' copies') + ').', parts);
  }

  /** A figure track as a step chart: the line holds each value until a later report changes it; a dot per report and outlet. */
  function steps(track, articles, href) {
    const byId = new Map(articles.map((a) => [a.id, a]));
    const points = [];
    for (const s of track.steps) {
      const at = time(s.asOf);
      if (isNaN(at)) continue;
      for (const id of s.articleIds.length ? s.articleIds : [null]) {
        const a = id && byId.get(id);
        const when = a && !isNaN(time(a.published)) ? Math.max(at, time(a.published)) : at;
        points.push({ at, when, value: s.value, step: s.step, id, outlet: a ? a.outlet || 'unnamed outlet' : '' });
      }
    }
    if (!points.length) return null;
    const width = 640, height = 180, left = 56, right = 624, top = 10, bottom = 152;
    const from = Math.min(...points.map((p) => p.when)), to = Math.max(...points.map((p) => p.when));
    const max = Math.max(0, ...points.map((p) => p.value)), min = Math.min(0, ...points.map((p) => p.value));
    const range = max - min || 1;
    const x = timeScale(from, to, left, right);
    const y = (v) => top + ((bottom - top) * (max - v)) / range;
    const line = [...track.steps].filter((s) => !isNaN(time(s.asOf))).sort((a, b) => time(a.asOf) - time(b.asOf));
    let d = 'M' + round(x(time(line[0].asOf))) + ' ' + round(y(line[0].value));
    for (const s of line.slice(1)) d += ' H' + round(x(time(s.asOf))) + ' V' + round(y(s.value));
    d += ' H' + right;
    const parts = [...axis(x, from, to, height - 4, top), svg('line', { x1: left, x2: left, y1: top, y2: bottom, class: 'ch-axis' }),
      label(left - 6, y(max) + 4, String(max), 'ch-muted', 'end'), label(left - 6, y(min) + 4, String(min), 'ch-muted', 'end'),
      svg('path', { d, class: 'st-line' })];
    for (const p of points) {
      const dot = svg('circle', { cx: round(x(p.when)), cy: round(y(p.value)), r: 4.5, class: 'st-dot' + (p.step ? ' st-' + p.step : '') },
        p.value + (p.outlet ? ' · ' + p.outlet : '') + ' · ' + day(p.when) + (p.step ? ' · ' + p.step : ''));
      parts.push(p.id ? svg('a', { href: href(p.id) }, dot) : dot);
    }
    return figure('steps-' + track.id, width, height, track.about + ': ' + points.length + (points.length === 1 ? ' report' : ' reports') + ' over time',
      track.about + ': the line holds each figure until a later report changes it; orange dots are updates, red dots contradictions.', parts);
  }

  /** Each lineage as origin → copies (lineages with copies only). */
  function lineageTree(story, articles, href, labelOf) {
    const byId = new Map(articles.map((a) => [a.id, a]));
    const trees = (story.lineages || []).filter((l) => l.articleIds.length > 1).slice(0, 10);
    if (!trees.length) return null;
    const rowH = 24, width = 720, parts = [];
    let row = 0;
    trees.forEach((l, n) => {
      const originId = originOf(l, byId);
      const copies = l.articleIds.filter((id) => id !== originId).slice(0, 8);
      const top = row * rowH;
      const credited = l.origin && l.origin.name;
      const originName = credited && credited !== labelOf(originId) ? credited + ' via ' + labelOf(originId) : labelOf(originId);
      const origin = label(10, top + 16, 'L' + (n + 1) + ': ' + short(originName, 30), 'ch-label');
      parts.push(byId.has(originId) ? svg('a', { href: href(originId) }, origin) : origin);
      copies.forEach((id, i) => {
        const y = (row + i) * rowH + 12;
        parts.push(svg('path', { d: 'M250 ' + (top + 12) + ' C300 ' + (top + 12) + ' 300 ' + y + ' 350 ' + y, class: 'lt-edge' }));
        parts.push(svg('a', { href: href(id) }, label(356, y + 4, short(labelOf(id), 44), 'ch-label')));
      });
      row += Math.max(1, copies.length) + 0.5;
    });
    const height = Math.ceil(row * rowH) + 4;
    return figure('lineage-tree', width, height, 'Lineage tree: ' + trees.length + (trees.length === 1 ? ' lineage' : ' lineages') + ' with copies',
      'Left: the origin of each lineage; right: the articles that copy it, earliest first.', parts);
  }

  /** Articles per political lean (AllSides rating of the outlet) as one stacked bar, with a blindspot flag. */
  function leanBar(articles) {
    const counts = LEANS.map((lean) => articles.filter((a) => a.lean === lean).length);
    const rated = counts.reduce((x, y) => x + y, 0);
    const box = document.createElement('div');
    box.id = 'lean-coverage';
    if (!rated) {
      box.append(Object.assign(document.createElement('p'), { className: 'meta', textContent: 'No outlet of this story has a lean rating.' }));
      return box;
    }
    const left = counts[0] + counts[1], right = counts[3] + counts[4];
    if (rated >= 3 && (left === 0) !== (right === 0)) {
      box.append(Object.assign(document.createElement('p'), { className: 'blindspot', id: 'blindspot',
        textContent: 'Blindspot: no coverage from the ' + (left === 0 ? 'left' : 'right') + ' among the ' + rated + ' rated articles.' }));
    }
    const width = 600, parts = [];
    let x = 0;
    LEANS.forEach((lean, i) => {
      if (!counts[i]) return;
      const w = (width * counts[i]) / rated;
      parts.push(svg('rect', { x: round(x), y: 0, width: round(w), height: 24, class: 'lean lean-' + i, 'data-lean': lean, 'data-count': counts[i] },
        lean + ': ' + counts[i] + (counts[i] === 1 ? ' article' : ' articles')));
      if (w > 40) parts.push(label(x + w / 2, 16, String(counts[i]), 'lean-count', 'middle'));
      x += w;
    });
    const unrated = articles.length - rated;
    box.append(figure('lean-bar', width, 24, 'Coverage by lean: ' + LEANS.map((l, i) => l + ' ' + counts[i]).join(', '),
      LEANS.map((l, i) => l + ' ' + counts[i]).join(' · ') + (unrated ? ' · not rated ' + unrated : '') + ' (AllSides ratings, research use only).', parts));
    return box;
  }

  return { coverage, steps, lineageTree, leanBar };
})();
