// Dyad's web page. Plain script, no library, nothing fetched from another server.
// Every text that comes from a story or the store is put in the page as a text node
// (textContent, createTextNode), never parsed as markup: a story cannot run script here.
'use strict';

(function () {
  const ROOTS = ['Make public statement', 'Appeal', 'Express intent to cooperate', 'Consult', 'Engage in diplomatic cooperation',
    'Engage in material cooperation', 'Provide aid', 'Yield', 'Investigate', 'Demand', 'Disapprove', 'Reject', 'Threaten',
    'Protest', 'Exhibit force posture', 'Reduce relations', 'Coerce', 'Assault', 'Fight', 'Use unconventional mass violence'];
  const QUADS = ['', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
  const FILTER_KEYS = ['source', 'target', 'root', 'quad', 'from', 'to', 'q', 'place', 'daily'];
  const PAGE = 25;
  const SVG = 'http://www.w3.org/2000/svg';

  const $ = (id) => document.getElementById(id);

  // Builds an element; children are nodes or strings (strings become text nodes).
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') node.className = v;
      else if (k === 'text') node.textContent = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v);
    }
    for (const c of children) if (c != null) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
    return node;
  }

  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    if (text != null) node.textContent = text;
    return node;
  }

  // ---- state: everything lives in the address (#source=IRN&target=USA&event=…), so views can be linked ----

  function readState() {
    const p = new URLSearchParams(location.hash.slice(1));
    const s = {};
    for (const [k, v] of p) if (v !== '') s[k] = v;
    return s;
  }

  function go(next) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(next)) if (v != null && v !== '' && v !== false) p.set(k, v);
    const hash = '#' + p.toString();
    if (location.hash === hash || (hash === '#' && location.hash === '')) render();
    else location.hash = hash;
  }

  function filterParams(s, withPick) {
    const p = {};
    for (const k of FILTER_KEYS) if (s[k]) p[k] = s[k];
    if (withPick && s.pfrom) { p.from = s.pfrom; p.to = s.pto || s.pfrom; }
    return p;
  }

  // ---- API ----

  let pending = 0;
  function busy(delta) {
    pending += delta;
    document.body.dataset.busy = String(pending);
  }

  async function api(path, params) {
    const qs = new URLSearchParams(params || {}).toString();
    busy(1);
    try {
      const r = await fetch(path + (qs ? '?' + qs : ''), { headers: { Accept: 'application/json' } });
      const body = await r.json().catch(() => null);
      if (!r.ok) throw new Error((body && (body.detail || body.title)) || ('HTTP ' + r.status));
      return body;
    } finally {
      busy(-1);
    }
  }

  function showError(e) {
    const box = $('error');
    box.textContent = e ? String(e.message || e) : '';
    box.hidden = !e;
  }

  // ---- form ----

  function fillForm(s) {
    for (const k of FILTER_KEYS) {
      const input = $('f-' + k);
      if (input.type === 'checkbox') input.checked = s[k] === 'true';
      else input.value = s[k] || '';
    }
    $('f-period').value = s.period || 'month';
  }

  function formState() {
    const s = {};
    for (const k of FILTER_KEYS) {
      const input = $('f-' + k);
      const v = input.type === 'checkbox' ? (input.checked ? 'true' : '') : input.value.trim();
      if (v) s[k] = k === 'source' || k === 'target' ? v.toUpperCase() : v;
    }
    if ($('f-period').value !== 'month') s.period = $('f-period').value;
    return s;
  }

  // ---- events table ----

  function actorLabel(a) {
    return a.name ? `${a.code} (${a.name})` : a.code;
  }

  async function loadEvents(s, token) {
    const offset = Number(s.offset || 0);
    const page = await api('/api/events', { ...filterParams(s, true), offset, limit: PAGE, count: 'true' });
    if (token !== generation) return null;
    const body = $('events').tBodies[0];
    body.replaceChildren();
    for (const e of page.events) {
      const row = el('tr', { tabindex: '0', 'data-event-id': e.event_id },
        el('td', { text: e.date }),
        el('td', { class: 'code', text: e.source.code, title: e.source.name || e.source.text }),
        el('td', { class: 'code', text: e.target.code, title: e.target.name || e.target.text }),
        el('td', { text: e.cameo, title: e.cameo_name }),
        el('td', { class: 'num', text: e.goldstein.toFixed(1) }),
        el('td', { class: 'snippet', text: e.sentence, title: e.sentence }));
      const open = () => go({ ...readState(), event: e.event_id, story: null });
      row.addEventListener('click', open);
      row.addEventListener('keydown', (k) => { if (k.key === 'Enter') open(); });
      body.append(row);
    }
    if (page.events.length === 0) body.append(el('tr', {}, el('td', { colspan: '6', class: 'muted', text: 'No events match.' })));
    const pick = s.pfrom ? ` in ${s.pfrom}${s.pto && s.pto !== s.pfrom ? ' – ' + s.pto : ''}` : '';
    $('count').textContent = `${page.total.toLocaleString('en')} matching${pick}`;
    $('page-info').textContent = page.total ? `${offset + 1}–${offset + page.events.length}` : '';
    $('prev').disabled = offset === 0;
    $('next').disabled = page.next_offset == null;
    $('prev').onclick = () => go({ ...s, offset: Math.max(0, offset - PAGE) || null });
    $('next').onclick = () => go({ ...s, offset: page.next_offset });
    return page.total;
  }

  // ---- timeline chart: stacked bars per period by quad class, mean Goldstein as a line ----

  async function loadSeries(s, token) {
    const period = s.period || 'month';
    const series = await api('/api/series', { ...filterParams(s, false), period });
    if (token !== generation) return;
    const chart = $('chart');
    chart.replaceChildren();
    const dyad = s.source || s.target ? `${s.source || 'any'} → ${s.target || 'any'}` : 'all actors';
    $('timeline-dyad').textContent = dyad;
    const pts = series.points;
    if (pts.length === 0) {
      chart.append(svg('text', { x: 400, y: 140, 'text-anchor': 'middle', class: 'empty' }, 'No events to chart.'));
      return;
    }
    const L = 44, R = 36, T = 12, B = 36, W = 800 - L - R, H = 280 - T - B;
    const max = Math.max(...pts.map((p) => p.events));
    const step = W / pts.length, bar = Math.max(1, Math.min(40, step * 0.7));
    const y = (v) => T + H - (v / max) * H;
    const g = (v) => T + H / 2 - (v / 10) * (H / 2);
    for (let i = 0; i <= 4; i++) {
      const v = (max * i) / 4;
      chart.append(svg('line', { x1: L, x2: L + W, y1: y(v), y2: y(v), class: 'grid' }));
      chart.append(svg('text', { x: L - 6, y: y(v) + 4, 'text-anchor': 'end' }, Number.isInteger(v) ? v : v.toFixed(1)));
    }
    for (const v of [-10, 0, 10]) chart.append(svg('text', { x: L + W + 6, y: g(v) + 4 }, (v > 0 ? '+' : '') + v));
    chart.append(svg('line', { x1: L, x2: L + W, y1: T + H, y2: T + H, class: 'axis' }));
    const every = Math.ceil(pts.length / 8);
    const line = [];
    pts.forEach((p, i) => {
      const cx = L + step * i + step / 2;
      const label = period === 'month' ? p.start.slice(0, 7) : p.start;
      const group = svg('g', { class: 'chart-point', tabindex: 0, role: 'link', 'data-start': p.start, 'data-end': p.end });
      group.append(svg('title', {}, `${label}: ${p.events} events, mean Goldstein ${p.goldstein_mean == null ? '–' : p.goldstein_mean.toFixed(2)} — click to list them`));
      group.append(svg('rect', { class: 'hit', x: L + step * i, y: T, width: step, height: H }));
      let base = 0;
      [p.verbal_cooperation, p.material_cooperation, p.verbal_conflict, p.material_conflict].forEach((n, q) => {
        if (!n) return;
        group.append(svg('rect', { class: 'q' + (q + 1), x: cx - bar / 2, y: y(base + n), width: bar, height: y(base) - y(base + n) }));
        base += n;
      });
      const open = () => go({ ...readState(), pfrom: p.start, pto: p.end, offset: null, event: null });
      group.addEventListener('click', open);
      group.addEventListener('keydown', (k) => { if (k.key === 'Enter') open(); });
      chart.append(group);
      if (p.goldstein_mean != null) line.push([cx, g(p.goldstein_mean)]);
      if (i % every === 0) chart.append(svg('text', { x: cx, y: T + H + 16, 'text-anchor': 'middle' }, label));
    });
    if (line.length > 1) chart.append(svg('polyline', { class: 'gold-line', points: line.map((q) => q.join(',')).join(' ') }));
    for (const [cx, cy] of line) chart.append(svg('circle', { class: 'gold-dot', cx, cy, r: 2.5 }));
  }

  // ---- map: the world outline shipped with the page (world-atlas land-110m TopoJSON), equirectangular ----

  let landPath = null;

  async function loadWorld() {
    const r = await fetch('/assets/data/land-110m.json');
    const topo = await r.json();
    const [kx, ky] = topo.transform.scale, [dx, dy] = topo.transform.translate;
    const arcs = topo.arcs.map((arc) => {
      let x = 0, yy = 0;
      return arc.map(([a, b]) => { x += a; yy += b; return [x * kx + dx, yy * ky + dy]; });
    });
    const ring = (ids) => {
      const out = [];
      ids.forEach((id, k) => {
        const a = id < 0 ? arcs[~id].slice().reverse() : arcs[id];
        a.forEach((pt, j) => { if (j > 0 || k === 0) out.push(pt); });
      });
      return out;
    };
    let d = '';
    const polygon = (rings) => { for (const ids of rings) d += 'M' + ring(ids).map(([lon, lat]) => project(lon, lat).map((v) => v.toFixed(1)).join(',')).join('L') + 'Z'; };
    for (const geom of Object.values(topo.objects)[0].geometries) {
      if (geom.type === 'Polygon') polygon(geom.arcs);
      else if (geom.type === 'MultiPolygon') geom.arcs.forEach(polygon);
    }
    landPath = d;
  }

  function project(lon, lat) {
    return [((lon + 180) / 360) * 800, ((90 - lat) / 180) * 400];
  }

  function goldsteinColour(v) {
    if (v == null) return '#777';
    const t = Math.max(-1, Math.min(1, v / 6));
    return t < 0 ? `rgb(${200},${Math.round(80 + 100 * (1 + t))},${Math.round(70 + 60 * (1 + t))})` : `rgb(${Math.round(200 - 150 * t)},${Math.round(160 + 20 * t)},${Math.round(110 - 40 * t)})`;
  }

  async function loadPlaces(s, token) {
    const data = await api('/api/places', { ...filterParams(s, false), limit: 300 });
    if (token !== generation) return;
    const map = $('world');
    map.replaceChildren(svg('rect', { class: 'sea', x: 0, y: 0, width: 800, height: 400 }));
    for (let lon = -150; lon <= 150; lon += 30) map.append(svg('line', { class: 'graticule', x1: project(lon, 0)[0], x2: project(lon, 0)[0], y1: 0, y2: 400 }));
    for (let lat = -60; lat <= 60; lat += 30) map.append(svg('line', { class: 'graticule', x1: 0, x2: 800, y1: project(0, lat)[1], y2: project(0, lat)[1] }));
    if (landPath) map.append(svg('path', { class: 'land', d: landPath }));
    const max = Math.max(1, ...data.places.map((p) => p.events));
    data.places.slice().reverse().forEach((p, i) => {
      const [x, y] = project(p.lon, p.lat);
      const c = svg('circle', { class: 'place', cx: x.toFixed(1), cy: y.toFixed(1), r: (3 + 9 * Math.sqrt(p.events / max)).toFixed(1), fill: goldsteinColour(p.goldstein_mean), 'data-place': p.name });
      c.append(svg('title', {}, `${p.name}${p.country ? ' (' + p.country + ')' : ''}: ${p.events} events`));
      c.addEventListener('click', () => go({ ...readState(), place: p.name, offset: null, event: null }));
      map.append(c);
      if (i >= data.places.length - 5) map.append(svg('text', { class: 'place-label', x: (x + 8).toFixed(1), y: (y + 3).toFixed(1) }, p.name));
    });
  }

  // ---- top actors ----

  async function loadActors(s, token) {
    const params = filterParams(s, false);
    const [src, tgt] = await Promise.all([
      api('/api/actors', { ...params, role: 'source', limit: 10 }),
      api('/api/actors', { ...params, role: 'target', limit: 10 }),
    ]);
    if (token !== generation) return;
    const fill = (list, ranking, key) => {
      list.replaceChildren(...ranking.actors.map((a) => el('li', {},
        el('button', { type: 'button', class: 'code', text: a.code, title: 'Filter to ' + key + ' ' + a.code, onclick: () => go({ ...readState(), [key]: a.code, offset: null, event: null }) }),
        ' ', el('span', { class: 'muted', text: `${a.name ? a.name + ' · ' : ''}${a.events}` }))));
    };
    fill($('top-sources'), src, 'source');
    fill($('top-targets'), tgt, 'target');
  }

  // ---- event view: the sentence with source, target and trigger highlighted ----

  function isWordChar(c) { return c != null && /[\p{L}\p{N}]/u.test(c); }

  // The first occurrence of needle (case-insensitive, on word edges) not overlapping taken ranges.
  function find(text, needle, taken) {
    if (!needle) return null;
    const hay = text.toLowerCase(), n = needle.toLowerCase();
    for (let i = hay.indexOf(n); i >= 0; i = hay.indexOf(n, i + 1)) {
      const r = [i, i + n.length];
      const edges = !isWordChar(text[i - 1]) || !isWordChar(text[i]);
      const edgesEnd = !isWordChar(text[r[1]]) || !isWordChar(text[r[1] - 1]);
      if (edges && edgesEnd && !taken.some(([a, b]) => r[0] < b && a < r[1])) return r;
    }
    return null;
  }

  function highlightRanges(e) {
    const ranges = [];
    const add = (needle, kind) => {
      const r = find(e.sentence, needle, ranges);
      if (r) { ranges.push([r[0], r[1], kind]); return true; }
      return false;
    };
    add(e.source.text, 'source');
    add(e.target.text, 'target');
    // A trigger names its words ("held talks", "expansion cooperation"); they need not be adjacent.
    if (!add(e.evidence.trigger, 'trigger')) for (const w of (e.evidence.trigger || '').split(/\s+/)) add(w, 'trigger');
    return ranges.sort((a, b) => a[0] - b[0]);
  }

  function renderSentence(target, e) {
    target.replaceChildren();
    let at = 0;
    for (const [a, b, kind] of highlightRanges(e)) {
      if (a > at) target.append(document.createTextNode(e.sentence.slice(at, a)));
      target.append(el('mark', { class: 'hl-' + kind, 'data-role': kind, text: e.sentence.slice(a, b) }));
      at = b;
    }
    if (at < e.sentence.length) target.append(document.createTextNode(e.sentence.slice(at)));
  }

  function details(dl, rows) {
    dl.replaceChildren();
    for (const [k, v] of rows) if (v != null && v !== '') dl.append(el('dt', { text: k }), el('dd', {}, v));
  }

  async function openEvent(id, token) {
    const e = await api('/api/events/' + encodeURIComponent(id));
    if (token !== generation) return;
    showDialog('event-view');
    $('ev-title').textContent = `${e.cameo} · ${e.cameo_name}`;
    renderSentence($('ev-sentence'), e);
    $('ev-source').textContent = `${actorLabel(e.source)} — “${e.source.text}”`;
    $('ev-target').textContent = `${actorLabel(e.target)} — “${e.target.text}”`;
    $('ev-trigger').textContent = `“${e.evidence.trigger}”`;
    const loc = e.location;
    details($('ev-details'), [
      ['Date', e.date],
      ['Story', `${e.story_id}, sentence ${e.sentence_index + 1}`],
      ['Rule', el('code', { id: 'ev-rule', text: e.evidence.rule })],
      ['Confidence', e.evidence.confidence.toFixed(2)],
      ['Quad class', `${e.quad_class} ${QUADS[e.quad_class] || ''}`],
      ['Goldstein', e.goldstein.toFixed(1)],
      ['PLOVER', [e.plover.event_type, e.plover.mode].filter(Boolean).join(' / ')],
      ['Mode', e.mode],
      ['Place', loc ? `${loc.name}${loc.country ? ' (' + loc.country + ')' : ''}${loc.lat != null ? ` ${loc.lat.toFixed(2)}, ${loc.lon.toFixed(2)}` : ''}` : null],
      ['Event id', el('code', { text: e.event_id })],
    ]);
    $('ev-story').onclick = () => go({ ...readState(), event: null, story: e.story_id });
    $('ev-dyad').onclick = () => go({ source: e.source.code, target: e.target.code, period: readState().period });
  }

  async function openStory(id, token) {
    const v = await api('/api/stories/' + encodeURIComponent(id));
    if (token !== generation) return;
    showDialog('story-view');
    const s = v.story;
    $('st-title').textContent = s.title || s.story_id;
    const url = /^https?:\/\//i.test(s.url || '') ? el('a', { href: s.url, rel: 'noopener noreferrer', target: '_blank', text: s.url }) : s.url;
    details($('st-details'), [['Story id', s.story_id], ['Date', s.date], ['Outlet', s.source], ['Address', url],
      ['Characters', String(s.text_chars)], ['Events', String(s.event_count)], ['Coded at', s.coded_at]]);
    $('st-events').replaceChildren(...v.events.map((e) => el('li', {},
      el('button', { type: 'button', text: `${e.cameo} ${e.source.code} → ${e.target.code}`, onclick: () => go({ ...readState(), story: null, event: e.event_id }) }),
      ' ', el('span', { text: e.sentence }))));
  }

  function showDialog(id) {
    $('overlay').hidden = false;
    for (const d of ['event-view', 'story-view']) $(d).hidden = d !== id;
  }

  function closeDialogs() {
    $('overlay').hidden = true;
    $('event-view').hidden = true;
    $('story-view').hidden = true;
  }

  // ---- putting it together ----

  let health = null;
  // Each render has a number; an answer that arrives after a newer render started is dropped,
  // so a slow answer never paints over what the address now says.
  let generation = 0;

  async function render() {
    const token = ++generation;
    const s = readState();
    fillForm(s);
    showError(null);
    if (!s.event && !s.story) closeDialogs();
    const jobs = [loadEvents(s, token), loadSeries(s, token), loadPlaces(s, token), loadActors(s, token)];
    if (s.event) jobs.push(openEvent(s.event, token));
    if (s.story) jobs.push(openStory(s.story, token));
    const results = await Promise.allSettled(jobs);
    // Counts finished renders, stale or not: tests wait on it together with no request in flight.
    document.body.dataset.rendered = String(Number(document.body.dataset.rendered || 0) + 1);
    if (token !== generation) return;
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) showError(failed.reason);
    const total = results[0].status === 'fulfilled' ? results[0].value : null;
    if (health) $('status').textContent = `${total == null ? '' : total.toLocaleString('en') + ' events match · '}${health.store} · ${health.writable ? 'coding enabled' : 'read-only'} · dyad ${health.version.split('+')[0]}`;
  }

  async function start() {
    const root = $('f-root');
    ROOTS.forEach((name, i) => {
      const code = String(i + 1).padStart(2, '0');
      root.append(el('option', { value: code, text: `${code} ${name}` }));
    });
    $('filters').addEventListener('submit', (ev) => { ev.preventDefault(); go(formState()); });
    $('f-clear').addEventListener('click', () => go({}));
    $('f-swap').addEventListener('click', () => { const s = formState(); go({ ...s, source: s.target, target: s.source }); });
    $('f-period').addEventListener('change', () => go({ ...readState(), period: $('f-period').value === 'month' ? null : $('f-period').value }));
    $('overlay').addEventListener('click', (ev) => { if (ev.target === $('overlay') || ev.target.hasAttribute('data-close')) go({ ...readState(), event: null, story: null }); });
    document.addEventListener('keydown', (ev) => { if (ev.key === 'Escape' && !$('overlay').hidden) go({ ...readState(), event: null, story: null }); });
    window.addEventListener('hashchange', render);
    try { health = await api('/api/health'); } catch (e) { $('status').textContent = 'store unavailable: ' + e.message; }
    try { await loadWorld(); } catch (e) { /* the map then shows places without the outline */ }
    await render();
  }

  start();
})();
