// polgraph explorer: search, draw a node's neighbourhood, expand it a step at a time, read
// every fact's evidence, find a shortest path, filter, export. Plain browser JavaScript over
// the GraphQL API at /graphql and Cytoscape.js (served from node_modules), no build step.
// The view's state lives in the URL (see readState/writeState) so a link reproduces it.
/* global cytoscape */
'use strict';

(function () {
  const NODE_TYPES = {
    PERSON: { name: 'Person', color: '#2f6fc0', shape: 'ellipse' },
    POSITION: { name: 'Position', color: '#8a5cc2', shape: 'round-rectangle' },
    ORGANIZATION: { name: 'Organization', color: '#2e9a4a', shape: 'rectangle' },
    MEETING: { name: 'Meeting', color: '#e07b1a', shape: 'diamond' },
    DOCUMENT: { name: 'Document', color: '#c8323c', shape: 'tag' },
    ARTICLE: { name: 'Article', color: '#6b7280', shape: 'round-tag' },
    PLACE: { name: 'Place', color: '#129aa8', shape: 'hexagon' },
  };
  const REL_TYPES = {
    HOLDS: { color: '#8a5cc2', style: 'solid', says: 'holds the office' },
    OF: { color: '#a58fd0', style: 'dashed', says: 'office of' },
    CHAIRED: { color: '#d9480f', style: 'solid', says: 'chaired' },
    SPOKE_AT: { color: '#f08c00', style: 'solid', says: 'spoke at' },
    ATTENDED: { color: '#f5b85c', style: 'dashed', says: 'attended' },
    ORGANIZED: { color: '#2e9a4a', style: 'solid', says: 'organised' },
    CITES: { color: '#c8323c', style: 'solid', says: 'cites' },
    IMPLEMENTS: { color: '#7a1f5c', style: 'solid', says: 'carries out' },
    ISSUED_BY: { color: '#e4848a', style: 'dashed', says: 'issued by' },
    PART_OF: { color: '#74b886', style: 'dashed', says: 'part of' },
    REPORTS: { color: '#6b7280', style: 'solid', says: 'reports' },
    MENTIONS: { color: '#b5bac3', style: 'dotted', says: 'mentions' },
    LOCATED_IN: { color: '#129aa8', style: 'dashed', says: 'located in' },
  };
  /** Neighbours drawn per expansion (the URL's `limit`, 2 to 200, changes it), and per relationship type at the node. */
  const DEFAULT_LIMIT = 40;
  const PER_TYPE = 12;
  /** Most nodes on screen: past it, expanding asks to clear or filter first. */
  const MAX_ON_SCREEN = 400;
  const MAX_PATH = 6;
  const FACTS_LIMIT = 200;

  const $ = (id) => document.getElementById(id);
  const el = (tag, attrs, ...children) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) e.append(c instanceof Node ? c : String(c));
    return e;
  };

  // ---- the API ----------------------------------------------------------------------

  /** requests under way, so a script can wait until the page has settled */
  let pending = 0;

  async function gql(query, variables) {
    pending++;
    let res;
    let body;
    try {
      res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      body = await res.json().catch(() => null);
    } finally {
      pending--;
    }
    if (!body) throw new Error(`the server answered ${res.status}`);
    if (body.errors && body.errors.length) throw new Error(body.errors.map((e) => e.message).join('; '));
    return body.data;
  }

  const VIEW_NODE = 'id type label date degree';
  /** A document's panel: the documents carrying it out, this many steps down, at most this many. */
  const TRACE_DEPTH = 2;
  const TRACE_LIMIT = 30;
  const VIEW_EDGE = 'id type source target article quote asOf';
  const GRAPH = `nodes { ${VIEW_NODE} } edges { ${VIEW_EDGE} } truncated`;

  const api = {
    search: (text, after) =>
      gql('query($t: String!, $a: String) { search(text: $t, first: 8, after: $a) { id type label degree cursor } }', { t: text, a: after || null }).then((d) => d.search),
    neighborhood: (id, limit, perType) =>
      gql(`query($id: ID!, $l: Int!, $p: Int!) { neighborhood(id: $id, depth: 1, limit: $l, limitPerType: $p) { ${GRAPH} } }`, { id, l: limit, p: perType }).then((d) => d.neighborhood),
    path: (from, to) => gql(`query($f: ID!, $t: ID!, $m: Int!) { path(from: $f, to: $t, maxLength: $m) { ${GRAPH} } }`, { f: from, t: to, m: MAX_PATH }).then((d) => d.path),
    nodes: (ids) => gql(`query($ids: [ID!]!) { subgraph(ids: $ids) { nodes { ${VIEW_NODE} } } }`, { ids }).then((d) => d.subgraph.nodes),
    details: (id) =>
      gql(
        `query($id: ID!, $l: Int!) {
          subgraph(ids: [$id]) { nodes { ${VIEW_NODE} properties { key value } } }
          neighborhood(id: $id, depth: 1, limit: $l, limitPerType: $l) {
            truncated nodes { id type label date }
            edges { ${VIEW_EDGE} evidence { article { id name title publishedAt url } } }
          }
        }`,
        { id, l: FACTS_LIMIT },
      ),
    tracing: (id) =>
      gql(
        `query($id: ID!) { document(id: $id) {
          reach(depth: ${TRACE_DEPTH}, limit: ${TRACE_LIMIT}) { truncated documents { depth document { id code name issuer { name } } carriesOut { id } } }
          citationTimeline(by: MONTH, depth: ${TRACE_DEPTH}) { meetings buckets { period province meetings } }
        } }`,
        { id },
      ).then((d) => d.document),
    edgeEvidence: (nodeId) =>
      gql(
        `query($id: ID!, $l: Int!) { neighborhood(id: $id, depth: 1, limit: $l, limitPerType: $l) { edges { id evidence { article { id name title publishedAt url } } } } }`,
        { id: nodeId, l: FACTS_LIMIT },
      ).then((d) => d.neighborhood.edges),
  };

  // ---- state and URL ------------------------------------------------------------------

  /** What a link reproduces: the nodes expanded (in order), the selection, the path, the filters. */
  const state = { open: [], selected: null, path: null, hiddenNodes: new Set(), hiddenRels: new Set(), from: '', to: '', limit: DEFAULT_LIMIT };
  const perType = () => Math.min(PER_TYPE, state.limit);

  function readState() {
    const q = new URLSearchParams(location.search);
    const list = (k) => (q.get(k) || '').split(',').map((s) => s.trim()).filter(Boolean);
    state.open = list('open');
    state.selected = q.get('sel') || null;
    const path = list('path');
    state.path = path.length === 2 ? { from: path[0], to: path[1] } : null;
    state.hiddenNodes = new Set(list('hideTypes').filter((t) => NODE_TYPES[t]));
    state.hiddenRels = new Set(list('hideRels').filter((t) => REL_TYPES[t]));
    const date = (k) => (/^\d{4}-\d{2}-\d{2}$/.test(q.get(k) || '') ? q.get(k) : '');
    state.from = date('from');
    state.to = date('to');
    const limit = Number(q.get('limit'));
    state.limit = Number.isInteger(limit) && limit >= 2 && limit <= 200 ? limit : DEFAULT_LIMIT;
  }

  function writeState() {
    const q = new URLSearchParams();
    if (state.open.length) q.set('open', state.open.join(','));
    if (state.selected) q.set('sel', state.selected);
    if (state.path) q.set('path', `${state.path.from},${state.path.to}`);
    if (state.hiddenNodes.size) q.set('hideTypes', [...state.hiddenNodes].join(','));
    if (state.hiddenRels.size) q.set('hideRels', [...state.hiddenRels].join(','));
    if (state.from) q.set('from', state.from);
    if (state.to) q.set('to', state.to);
    if (state.limit !== DEFAULT_LIMIT) q.set('limit', String(state.limit));
    const s = q.toString().replace(/%2C/g, ',').replace(/%3A/gi, ':');
    history.replaceState(null, '', s ? `?${s}` : location.pathname);
  }

  // ---- the drawing ----------------------------------------------------------------------

  const cy = cytoscape({
    container: $('cy'),
    minZoom: 0.15,
    maxZoom: 3,
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(short)',
          'font-family': '"Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif',
          'font-size': 11,
          color: '#1d2330',
          'text-valign': 'bottom',
          'text-margin-y': 3,
          'text-wrap': 'wrap',
          'text-max-width': 130,
          'text-background-color': '#fbfcfd',
          'text-background-opacity': 0.85,
          'text-background-padding': 1,
          width: 'mapData(degree, 0, 40, 22, 46)',
          height: 'mapData(degree, 0, 40, 22, 46)',
          'border-width': 1,
          'border-color': '#223',
        },
      },
      ...Object.entries(NODE_TYPES).map(([t, s]) => ({ selector: `node[type = "${t}"]`, style: { 'background-color': s.color, shape: s.shape } })),
      { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#1d2330' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1a66d2', 'overlay-color': '#1a66d2', 'overlay-opacity': 0.12, 'font-weight': 'bold' } },
      {
        selector: 'edge',
        style: {
          width: 1.6,
          'curve-style': 'bezier',
          'target-arrow-shape': 'triangle',
          'arrow-scale': 0.8,
          'font-size': 9,
          color: '#445',
          'text-rotation': 'autorotate',
          'text-background-color': '#fbfcfd',
          'text-background-opacity': 0.85,
        },
      },
      ...Object.entries(REL_TYPES).map(([t, s]) => ({ selector: `edge[type = "${t}"]`, style: { 'line-color': s.color, 'target-arrow-color': s.color, 'line-style': s.style } })),
      { selector: 'edge:selected', style: { width: 4, label: 'data(type)' } },
      { selector: 'node.onpath', style: { 'border-width': 5, 'border-color': '#f0b400' } },
      { selector: 'edge.onpath', style: { width: 5, 'line-color': '#f0b400', 'target-arrow-color': '#f0b400', 'z-index': 10 } },
      { selector: '.filtered', style: { display: 'none' } },
    ],
  });

  const short = (s) => (s.length > 60 ? s.slice(0, 57) + '…' : s);

  /** Adds nodes and edges not yet drawn; returns how many nodes were new. */
  function addGraph(g) {
    const added = cy.collection();
    for (const n of g.nodes) {
      const existing = cy.getElementById(n.id);
      if (existing.nonempty()) {
        existing.data({ degree: n.degree ?? existing.data('degree') });
        continue;
      }
      added.merge(cy.add({ group: 'nodes', data: { ...n, short: short(n.label) } }));
    }
    for (const e of g.edges) {
      if (cy.getElementById(e.id).nonempty()) continue;
      if (cy.getElementById(e.source).empty() || cy.getElementById(e.target).empty()) continue;
      cy.add({ group: 'edges', data: { ...e } });
    }
    return added;
  }

  function layout(fresh) {
    $('empty').hidden = cy.nodes().nonempty();
    if (cy.nodes().empty()) return;
    const positioned = cy.nodes().not(fresh);
    const opts = { name: 'cose', animate: false, nodeDimensionsIncludeLabels: true, idealEdgeLength: () => 90, nodeRepulsion: () => 9000, padding: 30, randomize: positioned.empty() };
    if (positioned.nonempty() && fresh && fresh.nonempty()) {
      // new nodes start around what they were expanded from, then everything settles
      fresh.forEach((n) => {
        const anchor = n.neighborhood('node').not(fresh).first();
        const p = anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
        n.position({ x: p.x + (Math.random() - 0.5) * 120, y: p.y + (Math.random() - 0.5) * 120 });
      });
    }
    cy.stop(true, false); // a centring animation still running would move the view off the fit
    cy.layout(opts).run();
    fitAll();
  }

  /** Everything visible in view, a few nodes not blown up to fill the screen. */
  function fitAll() {
    cy.fit(cy.elements(':visible'), 30);
    if (cy.zoom() > 1.4) {
      cy.zoom(1.4);
      cy.center(cy.elements(':visible'));
    }
  }

  // ---- status line ----------------------------------------------------------------------

  const notes = new Map();
  function note(key, text, kind) {
    if (text) notes.set(key, { text, kind });
    else notes.delete(key);
    const status = $('status');
    status.replaceChildren();
    for (const { text, kind } of notes.values()) status.append(el('span', { class: kind || '' }, text), ' ');
  }
  function fail(err) {
    note('error', `Error: ${err.message || err}`, 'error');
  }

  function summarise() {
    const shown = cy.nodes(':visible').length;
    const hidden = cy.nodes('.filtered').length;
    note('count', `${shown} nodes, ${cy.edges(':visible').length} relationships on screen${hidden ? ` (${hidden} ${hidden === 1 ? 'node' : 'nodes'} hidden by filters)` : ''}`);
    refreshCounts();
  }

  // ---- expanding ------------------------------------------------------------------------

  async function expand(id, { fit = true } = {}) {
    if (cy.nodes().length >= MAX_ON_SCREEN) {
      note('trunc', `${MAX_ON_SCREEN} nodes are on screen already: hide some types or start again before expanding more.`, 'warn');
      return;
    }
    const g = await api.neighborhood(id, state.limit, perType());
    const fresh = addGraph(g);
    cy.getElementById(id).addClass('expanded');
    if (!state.open.includes(id)) state.open.push(id);
    const n = cy.getElementById(id);
    if (g.truncated) {
      const label = n.data('label');
      note('trunc', `Truncated: ${label} has ${n.data('degree')} relationships; ${g.nodes.length - 1} neighbours drawn (at most ${perType()} per type, ${state.limit} in all).`, 'warn');
    } else {
      note('trunc', null);
    }
    applyFilters();
    if (fit) layout(fresh);
    summarise();
    writeState();
  }

  async function start(id) {
    cy.elements().remove();
    state.open = [];
    state.path = null;
    state.selected = null;
    note('trunc', null);
    note('path', null);
    await expand(id);
    select(id);
  }

  // ---- selection and details --------------------------------------------------------------

  function select(id) {
    cy.elements(':selected').unselect();
    const ele = id ? cy.getElementById(id) : cy.collection();
    if (ele.nonempty()) ele.select();
    state.selected = ele.nonempty() ? id : null;
    writeState();
    if (ele.empty()) return showNothing();
    if (ele.isNode()) showNode(ele);
    else showEdge(ele);
  }

  function showNothing() {
    ++detailsToken; // details still loading for the last selection are not shown
    $('details').replaceChildren(el('p', { class: 'hint' }, 'Select a node or a relationship to see its properties and the sentences it was read from.'));
  }

  const typeName = (t) => (NODE_TYPES[t] ? NODE_TYPES[t].name : t);

  function evidenceBlock(e, article) {
    const a = article || (e.evidence && e.evidence.article);
    const title = a ? a.title || a.name : e.article;
    const bits = [el('span', {}, title)];
    if (a && a.publishedAt) bits.push(' · ', el('time', { datetime: a.publishedAt }, a.publishedAt));
    if (a && a.url) bits.push(' · ', el('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer' }, 'source'));
    return [e.quote ? el('blockquote', { lang: 'vi' }, e.quote) : el('p', { class: 'hint' }, 'No sentence was kept for this fact.'), el('div', { class: 'source' }, ...bits)];
  }

  function nodeButton(id, label) {
    return el('button', { type: 'button', class: 'link', onclick: () => focusNode(id) }, label);
  }

  /** Selects a node, drawing it first (with its neighbourhood) when it is not on screen. */
  async function focusNode(id) {
    try {
      if (cy.getElementById(id).empty()) await expand(id);
      select(id);
      cy.animate({ center: { eles: cy.getElementById(id) } }, { duration: 200 });
    } catch (err) {
      fail(err);
    }
  }

  let detailsToken = 0;
  async function showNode(n) {
    const token = ++detailsToken;
    const id = n.id();
    const box = $('details');
    box.replaceChildren(el('h2', { lang: 'vi' }, n.data('label')), el('div', { class: 'kind' }, typeName(n.data('type'))), el('p', { class: 'hint' }, 'Loading…'));
    let d;
    let trace = null;
    try {
      // a document's panel also traces it down the hierarchy: asked beside the details, not after
      [d, trace] = await Promise.all([api.details(id), n.data('type') === 'DOCUMENT' ? api.tracing(id) : null]);
    } catch (err) {
      return fail(err);
    }
    if (token !== detailsToken) return;
    const info = d.subgraph.nodes[0];
    const g = d.neighborhood;
    const names = new Map(g.nodes.map((x) => [x.id, x]));
    const rows = [['id', id], ['degree', String(info ? info.degree : n.data('degree'))], ...(info ? info.properties.map((p) => [p.key, p.value]) : [])];
    const table = el('table', {}, rows.map(([k, v]) => el('tr', {}, el('th', {}, k), el('td', { lang: 'vi' }, k === 'url' && /^https?:/.test(v) ? el('a', { href: v, target: '_blank', rel: 'noopener noreferrer' }, v) : v))));
    const expanded = state.open.includes(id);
    const actions = el(
      'div',
      { class: 'actions' },
      el('button', { type: 'button', id: 'expand-btn', disabled: expanded, onclick: () => expand(id).catch(fail) }, expanded ? 'Expanded' : 'Expand'),
      el('button', { type: 'button', onclick: () => setPathEnd('from', id, n.data('label')) }, 'Path from here'),
      el('button', { type: 'button', onclick: () => setPathEnd('to', id, n.data('label')) }, 'Path to here'),
      el('a', { href: `/export?format=graphml&around=${encodeURIComponent(id)}&depth=1`, download: true }, 'GraphML'),
      el('a', { href: `/export?format=csv&part=edges&around=${encodeURIComponent(id)}&depth=1`, download: true }, 'CSV'),
    );
    const facts = el('section', { id: 'facts' }, el('h3', {}, `Facts (${g.edges.length}${g.truncated ? ', more not shown' : ''})`));
    const edges = [...g.edges].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : (b.asOf || '').localeCompare(a.asOf || '')));
    for (const e of edges) {
      const out = e.source === id;
      const other = names.get(out ? e.target : e.source);
      const r = REL_TYPES[e.type] || { color: '#444' };
      facts.append(
        el(
          'div',
          { class: 'fact' },
          el('div', {}, el('span', { class: 'rel', style: `color:${r.color}` }, out ? `${e.type} →` : `← ${e.type}`), ' ', other ? nodeButton(other.id, other.label) : '', other && other.date ? ` (${other.date})` : ''),
          evidenceBlock(e),
        ),
      );
    }
    if (g.truncated) facts.append(el('p', { class: 'hint' }, `Only the first ${FACTS_LIMIT} facts are listed.`));
    box.replaceChildren(el('h2', { lang: 'vi' }, n.data('label')), el('div', { class: 'kind' }, typeName(n.data('type'))), actions, table, ...(trace ? tracingSection(trace) : []), facts);
  }

  /** A document's implementing documents (indented by depth) and its citations per month as a bar chart. */
  function tracingSection(t) {
    const carried = el('section', { id: 'implemented-by' }, el('h3', {}, `Carried out by (${t.reach.documents.length}${t.reach.truncated ? ', more not shown' : ''})`));
    if (!t.reach.documents.length) carried.append(el('p', { class: 'hint' }, 'No document is reported as carrying it out.'));
    for (const r of t.reach.documents) {
      carried.append(el('div', { class: 'implementer', style: `padding-left:${(r.depth - 1) * 16}px` }, r.depth > 1 ? '↳ ' : '', nodeButton(r.document.id, r.document.code || r.document.name), r.document.issuer ? el('span', { class: 'issuer', lang: 'vi' }, ` · ${r.document.issuer.name}`) : ''));
    }
    const chart = el('section', { id: 'timeline' }, el('h3', {}, `Cited by ${t.citationTimeline.meetings} meeting${t.citationTimeline.meetings === 1 ? '' : 's'}, per month`));
    chart.append(timelineChart(t.citationTimeline.buckets));
    return [carried, chart];
  }

  const SVG = 'http://www.w3.org/2000/svg';
  const svg = (tag, attrs, ...children) => {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    for (const c of children) e.append(c);
    return e;
  };

  /** Months from the first to the last dated one, a bar each (gaps drawn as empty months); its title lists the provinces. */
  function timelineChart(buckets) {
    const dated = buckets.filter((b) => b.period);
    const undated = buckets.filter((b) => !b.period).reduce((s, b) => s + b.meetings, 0);
    if (!dated.length) return el('p', { class: 'hint' }, undated ? `${undated} undated.` : 'No meeting cites it.');
    const months = [];
    const [y0, m0] = dated[0].period.split('-').map(Number);
    const [y1, m1] = dated[dated.length - 1].period.split('-').map(Number);
    for (let y = y0, m = m0; y < y1 || (y === y1 && m <= m1); m === 12 ? ((m = 1), y++) : m++) months.push(`${y}-${String(m).padStart(2, '0')}`);
    const shown = months.slice(-60); // five years at most
    const per = new Map(shown.map((p) => [p, { total: 0, provinces: [] }]));
    for (const b of dated) {
      const slot = per.get(b.period);
      if (!slot) continue;
      slot.total += b.meetings;
      slot.provinces.push(`${b.province || 'province unknown'}: ${b.meetings}`);
    }
    const W = 320;
    const H = 90;
    const bw = W / shown.length;
    const max = Math.max(...[...per.values()].map((s) => s.total), 1);
    const bars = shown.map((p, i) => {
      const s = per.get(p);
      const h = s.total ? Math.max(2, ((H - 28) * s.total) / max) : 0; // 12 px above for the scale, 14 below for the dates
      return svg('rect', { x: (i * bw + 1).toFixed(1), y: (H - 14 - h).toFixed(1), width: Math.max(1, bw - 2).toFixed(1), height: h.toFixed(1), fill: '#c8323c', 'data-period': p, 'data-meetings': s.total }, svg('title', {}, `${p}: ${s.total} meeting${s.total === 1 ? '' : 's'}${s.provinces.length ? ` (${s.provinces.join(', ')})` : ''}`));
    });
    const label = (x, text, anchor) => {
      const t = svg('text', { x, y: H - 2, 'font-size': 10, fill: '#556', 'text-anchor': anchor });
      t.textContent = text;
      return t;
    };
    const peak = svg('text', { x: 0, y: 9, 'font-size': 10, fill: '#556' });
    peak.textContent = `max ${max}`;
    const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img', 'aria-label': `Meetings citing it per month, ${shown[0]} to ${shown[shown.length - 1]}` }, ...bars, label(0, shown[0], 'start'), label(W, shown[shown.length - 1], 'end'), peak);
    return el('div', { class: 'chart' }, chart, undated ? el('p', { class: 'hint' }, `and ${undated} undated`) : null);
  }

  async function showEdge(e) {
    const token = ++detailsToken;
    const src = cy.getElementById(e.data('source'));
    const dst = cy.getElementById(e.data('target'));
    const box = $('details');
    const head = [
      el('h2', {}, e.data('type')),
      el('div', { class: 'kind' }, 'Relationship', e.data('asOf') ? ` · reported true on ${e.data('asOf')}` : ''),
      el('p', { lang: 'vi' }, nodeButton(src.id(), src.data('label')), ` ${(REL_TYPES[e.data('type')] || {}).says || '→'} `, nodeButton(dst.id(), dst.data('label'))),
      el('h3', {}, 'Evidence'),
    ];
    box.replaceChildren(...head, el('p', { class: 'hint' }, 'Loading…'));
    let article = null;
    try {
      const list = await api.edgeEvidence(src.id());
      const found = list.find((x) => x.id === e.id());
      article = found ? found.evidence.article : null;
    } catch (err) {
      fail(err);
    }
    if (token !== detailsToken) return;
    box.replaceChildren(...head, el('div', { class: 'fact', id: 'edge-evidence' }, evidenceBlock(e.data(), article)));
  }

  cy.on('tap', 'node', (evt) => {
    const id = evt.target.id();
    select(id);
    // once expanded, the details say so, unless the user has moved on meanwhile
    if (!state.open.includes(id)) expand(id).then(() => state.selected === id && showNode(cy.getElementById(id))).catch(fail);
  });
  cy.on('tap', 'edge', (evt) => select(evt.target.id()));
  cy.on('tap', (evt) => {
    if (evt.target === cy) select(null);
  });

  // keyboard: arrows walk the visible nodes in reading order, Enter expands, Escape clears
  $('cy').addEventListener('keydown', (ev) => {
    const nodes = cy.nodes(':visible').sort((a, b) => a.position('y') - b.position('y') || a.position('x') - b.position('x'));
    if (!nodes.length) return;
    const at = state.selected ? nodes.toArray().findIndex((n) => n.id() === state.selected) : -1;
    if (['ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft'].includes(ev.key)) {
      const step = ev.key === 'ArrowDown' || ev.key === 'ArrowRight' ? 1 : -1;
      const next = nodes[(at + step + nodes.length) % nodes.length];
      select(next.id());
      cy.animate({ center: { eles: next } }, { duration: 150 });
    } else if (ev.key === 'Enter' && state.selected && cy.getElementById(state.selected).isNode()) {
      const id = state.selected;
      expand(id).then(() => state.selected === id && showNode(cy.getElementById(id))).catch(fail);
    } else if (ev.key === 'Escape') {
      select(null);
    } else if (ev.key === '+' || ev.key === '=') {
      cy.zoom({ level: cy.zoom() * 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    } else if (ev.key === '-') {
      cy.zoom({ level: cy.zoom() / 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    } else if (ev.key === 'f' || ev.key === 'F') {
      fitAll();
    } else {
      return;
    }
    ev.preventDefault();
  });

  // ---- typeahead ------------------------------------------------------------------------

  /** A combobox over `search`: arrows move, Enter picks, Escape closes; the last row loads more. */
  function typeahead(input, list, onPick) {
    let hits = [];
    let active = -1;
    let timer = null;
    let seq = 0;
    let lastCursor = null;

    const close = () => {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    };
    const render = (more) => {
      list.replaceChildren();
      hits.forEach((h, i) => {
        const t = NODE_TYPES[h.type] || { name: h.type, color: '#555' };
        list.append(
          el(
            'li',
            { id: `${list.id}-${i}`, role: 'option', 'aria-selected': i === active ? 'true' : 'false', onmousedown: (ev) => (ev.preventDefault(), pick(i)) },
            el('span', { class: 'type', style: `background:${t.color}` }, t.name),
            el('span', { lang: 'vi' }, h.label),
            el('span', { class: 'deg', title: 'relationships' }, String(h.degree)),
          ),
        );
      });
      if (!hits.length) list.append(el('li', { class: 'none', role: 'option', 'aria-disabled': 'true' }, 'Nothing matches'));
      if (more) list.append(el('li', { class: 'more', id: `${list.id}-more`, role: 'option', 'aria-selected': active === hits.length ? 'true' : 'false', onmousedown: (ev) => (ev.preventDefault(), loadMore()) }, 'More results…'));
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      if (active >= 0) input.setAttribute('aria-activedescendant', active < hits.length ? `${list.id}-${active}` : `${list.id}-more`);
    };
    let hasMore = false;
    const run = async (after) => {
      const text = input.value;
      if (!text.trim()) return close();
      const mine = ++seq;
      try {
        const page = await api.search(text, after);
        if (mine !== seq) return;
        hits = after ? hits.concat(page) : page;
        hasMore = page.length === 8;
        lastCursor = page.length ? page[page.length - 1].cursor : null;
        if (!after) active = hits.length ? 0 : -1;
        render(hasMore);
      } catch (err) {
        fail(err);
      }
    };
    const loadMore = () => {
      active = hits.length;
      run(lastCursor);
    };
    const pick = (i) => {
      const h = hits[i];
      if (!h) return;
      close();
      onPick(h);
    };
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => run(null), 120);
    });
    input.addEventListener('keydown', (ev) => {
      const rows = hits.length + (hasMore ? 1 : 0);
      if (ev.key === 'ArrowDown' && !list.hidden) active = Math.min(active + 1, rows - 1);
      else if (ev.key === 'ArrowUp' && !list.hidden) active = Math.max(active - 1, 0);
      else if (ev.key === 'Enter') {
        if (list.hidden) return;
        if (active === hits.length && hasMore) loadMore();
        else pick(Math.max(active, 0));
      } else if (ev.key === 'Escape') close();
      else return;
      ev.preventDefault();
      if (!list.hidden) render(hasMore);
    });
    input.addEventListener('blur', () => setTimeout(close, 100));
  }

  typeahead($('search'), $('search-list'), (h) => {
    $('search').value = h.label;
    start(h.id).catch(fail);
  });

  // ---- path finder ------------------------------------------------------------------------

  const pathEnds = { from: null, to: null };
  function setPathEnd(which, id, label) {
    pathEnds[which] = id;
    $(`path-${which}`).value = label;
    $(`path-${which}`).dataset.id = id;
  }
  typeahead($('path-from'), $('path-from-list'), (h) => setPathEnd('from', h.id, h.label));
  typeahead($('path-to'), $('path-to-list'), (h) => setPathEnd('to', h.id, h.label));
  for (const which of ['from', 'to']) $(`path-${which}`).addEventListener('input', () => (pathEnds[which] = null));

  async function findPath(from, to) {
    cy.elements('.onpath').removeClass('onpath');
    const g = await api.path(from, to);
    state.path = { from, to };
    writeState();
    if (!g) {
      note('path', `No path of at most ${MAX_PATH} relationships between these two nodes.`, 'warn');
      return;
    }
    // the ends may not be on screen yet
    const fresh = addGraph(g);
    g.nodes.forEach((n) => cy.getElementById(n.id).addClass('onpath'));
    g.edges.forEach((e) => cy.getElementById(e.id).addClass('onpath'));
    applyFilters();
    if (fresh.nonempty()) layout(fresh);
    const names = g.nodes.map((n) => n.label);
    note('path', `Path (${g.edges.length} steps): ${names.join(' → ')}`);
    fitPath();
    summarise();
  }

  /** The path in view, not blown up when it is short. */
  function fitPath() {
    cy.fit(cy.elements('.onpath'), 80);
    if (cy.zoom() > 1.1) cy.zoom(1.1);
    cy.center(cy.elements('.onpath'));
  }

  $('path-go').addEventListener('click', () => {
    const from = pathEnds.from || state.selected;
    const to = pathEnds.to;
    if (!from || !to) return note('path', 'Pick both ends of the path first (type in From and To, or use "Path from here" on a node).', 'warn');
    if (!pathEnds.from && state.selected) setPathEnd('from', state.selected, cy.getElementById(state.selected).data('label'));
    findPath(from, to).catch(fail);
  });

  // ---- filters and legend ---------------------------------------------------------------

  function legendRow(kind, type, label, swatch) {
    const hidden = kind === 'node' ? state.hiddenNodes : state.hiddenRels;
    const box = el('input', { type: 'checkbox', 'data-type': type, checked: !hidden.has(type) });
    box.addEventListener('change', () => {
      if (box.checked) hidden.delete(type);
      else hidden.add(type);
      applyFilters();
      summarise();
      writeState();
    });
    return el('label', {}, box, swatch, label, el('span', { class: 'count', 'data-count': `${kind}:${type}` }, ''));
  }

  function buildLegend() {
    $('node-filters').replaceChildren(
      ...Object.entries(NODE_TYPES).map(([t, s]) =>
        legendRow('node', t, s.name, el('span', { class: 'swatch', style: `background:${s.color};border-radius:${s.shape === 'ellipse' ? '50%' : '2px'}` })),
      ),
    );
    $('rel-filters').replaceChildren(
      ...Object.entries(REL_TYPES).map(([t, s]) => legendRow('rel', t, t, el('span', { class: 'line', style: `border-top-color:${s.color};border-top-style:${s.style}` }))),
    );
    $('date-from').value = state.from;
    $('date-to').value = state.to;
  }

  function refreshCounts() {
    for (const span of document.querySelectorAll('[data-count]')) {
      const [kind, type] = span.dataset.count.split(':');
      const n = kind === 'node' ? cy.nodes(`[type = "${type}"]`).length : cy.edges(`[type = "${type}"]`).length;
      span.textContent = n ? String(n) : '';
    }
  }

  const DATED = new Set(['MEETING', 'ARTICLE']);
  function applyFilters() {
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const t = n.data('type');
        const d = n.data('date');
        const outOfRange = DATED.has(t) && d && ((state.from && d < state.from) || (state.to && d > state.to));
        n.toggleClass('filtered', state.hiddenNodes.has(t) || Boolean(outOfRange));
      });
      cy.edges().forEach((e) => e.toggleClass('filtered', state.hiddenRels.has(e.data('type'))));
    });
  }

  for (const which of ['from', 'to']) {
    $(`date-${which}`).addEventListener('change', (ev) => {
      state[which] = ev.target.value;
      applyFilters();
      summarise();
      writeState();
    });
  }

  // ---- export ----------------------------------------------------------------------------

  function download(name, href) {
    const a = el('a', { href, download: name });
    document.body.append(a);
    a.click();
    a.remove();
  }
  const fileBase = () => `polgraph-${(state.selected || state.open[0] || 'view').replace(/[^A-Za-z0-9._-]+/g, '-')}`;

  $('export-png').addEventListener('click', () => {
    if (cy.nodes().empty()) return note('export', 'Nothing on screen to export yet.', 'warn');
    const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
    download(`${fileBase()}.png`, URL.createObjectURL(blob));
  });
  $('export-json').addEventListener('click', () => {
    if (cy.nodes().empty()) return note('export', 'Nothing on screen to export yet.', 'warn');
    const visible = cy.elements(':visible');
    const data = (eles) => eles.map((x) => { const d = { ...x.data() }; delete d.short; return { data: d, ...(x.isNode() ? { position: x.position() } : {}) }; });
    const doc = { format_version: '1.0', generated_by: 'polgraph explorer', view: location.href, elements: { nodes: data(visible.nodes()), edges: data(visible.edges()) } };
    download(`${fileBase()}.cyjs.json`, URL.createObjectURL(new Blob([JSON.stringify(doc, null, 1)], { type: 'application/json' })));
  });

  // ---- start: rebuild the view a link describes ------------------------------------------

  async function restore() {
    readState();
    buildLegend();
    const open = state.open;
    state.open = [];
    for (const id of open) {
      try {
        await expand(id, { fit: false });
      } catch (err) {
        fail(err);
      }
    }
    if (state.path) {
      const { from, to } = state.path;
      try {
        const ends = await api.nodes([from, to]);
        for (const n of ends) setPathEnd(n.id === from ? 'from' : 'to', n.id, n.label);
        await findPath(from, to);
      } catch (err) {
        fail(err);
      }
    }
    layout(cy.nodes());
    if (state.path) fitPath();
    const first = state.open.length ? cy.getElementById(state.open[0]) : cy.collection();
    if (first.nonempty()) $('search').value = first.data('label');
    summarise();
    if (state.selected) {
      if (cy.getElementById(state.selected).empty()) {
        try {
          layout(addGraph({ nodes: await api.nodes([state.selected]), edges: [] }));
        } catch (err) {
          fail(err);
        }
      }
      select(state.selected);
    }
    writeState();
    document.body.dataset.ready = 'true';
  }

  // for scripts and tests driving the page (read it, do not write it)
  window.explorer = {
    cy,
    state,
    get pending() {
      return pending;
    },
  };
  restore();
})();
