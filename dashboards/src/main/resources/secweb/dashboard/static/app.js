/*
 * secweb watch dashboard. Reads only the dashboard's own API (/api/*, same origin); draws with Apache ECharts served
 * from its WebJar (/vendor/echarts.min.js). Every text from the data goes in through textContent, never as HTML.
 */
'use strict';

const LAYER = {
  agreement: {colour: '#0072B2', line: 'solid', curve: 0, label: 'agreement'},
  exercise: {colour: '#E69F00', line: 'dashed', curve: 0.18, label: 'exercise'},
  dialogue: {colour: '#CC79A7', line: [8, 3, 2, 3], curve: 0.34, label: 'dialogue'},
  coercion: {colour: '#D55E00', line: 'dotted', curve: -0.18, label: 'coercion'},
};
const HUB_COLOUR = '#009E73';
const OUTSIDE_COLOUR = '#999999';
const STATE_COLOUR = {FIRING: '#D55E00', PENDING: '#E69F00', RESOLVED: '#0072B2', FLAPPING: '#CC79A7', OK: '#999999', RETRACTED: '#000000'};
const LABELS = {
  members: 'Members', active_members: 'Active members', ties: 'Ties', density: 'Density', weighted_density: 'Weighted density',
  mean_strength: 'Mean strength', transitivity: 'Transitivity', average_clustering: 'Average clustering',
  degree_centralization: 'Degree centralization', hub_betweenness_share: 'Hub betweenness share',
  spoke_to_spoke_share: 'Spoke-to-spoke share', mean_hub_dependence: 'Mean hub dependence',
  hub_removal_efficiency_ratio: 'Hub-removal efficiency', global_efficiency: 'Global efficiency',
  maximal_cliques: 'Maximal cliques', largest_clique: 'Largest clique', active_minilateral_groups: 'Active minilateral groups',
  components: 'Components', largest_component_share: 'Largest component share', modularity: 'Modularity',
  communities: 'Communities', partition_stability: 'Partition stability', signed_triangle_balance: 'Signed triangle balance',
  signed_triangles: 'Signed triangles', ties_lost: 'Ties lost', dialogues_not_held: 'Dialogues not held',
  coercion_total: 'Coercion (total)',
  coercion_to_cooperation: 'Coercion / cooperation', degree: 'Degree', strength: 'Strength', hub_dependence: 'Hub dependence',
  betweenness: 'Betweenness', clustering: 'Clustering', coercion_received: 'Coercion received', coercion_exerted: 'Coercion exerted',
  agreement_weight: 'Agreement weight', exercise_weight: 'Exercise weight', dialogue_weight: 'Dialogue weight',
  cooperation_weight: 'Cooperation weight',
  coercion_a_on_b: 'Coercion a→b', coercion_b_on_a: 'Coercion b→a',
};
const TRENDS = ['spoke_to_spoke_share', 'density', 'weighted_density', 'modularity', 'coercion_to_cooperation', 'active_minilateral_groups'];
const COUNTRY_VALUES = ['strength', 'degree', 'hub_dependence', 'betweenness', 'clustering', 'coercion_received', 'coercion_exerted'];
const DAY_MS = 86400000;

const state = {
  settings: {poll_interval_ms: 5000}, scopes: [], scope: null, asOf: null, follow: true, view: 'overview',
  series: null, alerts: [], status: null, compare: null, countrySort: {key: 'strength', dir: -1}, selectedCountry: null,
  eventsOffset: 0, charts: new Map(),
};

// ---------- small helpers ----------
const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function fmt(v, digits) {
  if (v === null || v === undefined || Number.isNaN(v)) return '–';
  const a = Math.abs(v);
  const d = digits !== undefined ? digits : a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
  return Number(v).toFixed(d);
}

function pct(v) {
  if (v === null || v === undefined) return '–';
  return (v > 0 ? '+' : '') + fmt(v, 1) + ' %';
}

const label = (name) => LABELS[name] || name.replace(/_/g, ' ');
const toDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (day) => Date.parse(day + 'T00:00:00Z');
const safeUrl = (u) => (typeof u === 'string' && /^https?:\/\//i.test(u) ? u : null);

async function api(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== '') q.set(k, v);
  const url = '/api/' + path + (q.toString() ? '?' + q : '');
  const r = await fetch(url, {headers: {Accept: 'application/json'}});
  const body = await r.json().catch(() => ({message: 'unreadable answer from ' + url}));
  if (!r.ok) {
    const err = new Error(body.message || r.statusText);
    err.status = r.status;
    throw err;
  }
  return body;
}

function showError(e) {
  const box = $('error');
  if (!e) { box.hidden = true; return; }
  box.textContent = e.message || String(e);
  box.hidden = false;
}

function chart(id, element) {
  let c = state.charts.get(id);
  if (!c || c.isDisposed() || c.getDom() !== element) {
    c = echarts.init(element, null, {renderer: 'canvas'});
    state.charts.set(id, c);
  }
  return c;
}

function sourceLink(url, text) {
  const safe = safeUrl(url);
  if (!safe) return el('span', {class: 'hint', text: 'no source link'});
  return el('a', {href: safe, target: '_blank', rel: 'noopener noreferrer', class: 'source-link'}, (text || new URL(safe).hostname) + ' ↗');
}

// ---------- scope, as-of day, slider ----------
function currentScope() {
  return state.scopes.find((s) => s.name === state.scope);
}

function setSliderRange() {
  const s = currentScope();
  const slider = $('time-slider');
  if (!s || !s.first_day) {
    slider.min = 0; slider.max = 0; slider.disabled = true;
    return;
  }
  slider.disabled = false;
  slider.min = 0;
  slider.max = Math.round((dayMs(s.last_day) - dayMs(s.first_day)) / DAY_MS);
  $('as-of').min = s.first_day;
  $('as-of').max = s.last_day;
}

function setAsOf(day, follow) {
  const s = currentScope();
  if (s && s.first_day) {
    if (day < s.first_day) day = s.first_day;
    if (day > s.last_day) day = s.last_day;
    $('time-slider').value = Math.round((dayMs(day) - dayMs(s.first_day)) / DAY_MS);
  }
  state.asOf = day;
  state.follow = !!follow || (s && day === s.last_day);
  $('as-of').value = day || '';
  $('time-slider').setAttribute('aria-valuetext', day || '');
  $('follow-latest').setAttribute('aria-pressed', String(state.follow));
  writeHash();
}

let renderTimer = null;
function scheduleRender(delay) {
  clearTimeout(renderTimer);
  renderTimer = setTimeout(() => render().catch(showError), delay === undefined ? 120 : delay);
}

function writeHash() {
  const h = new URLSearchParams({view: state.view, scope: state.scope || ''});
  if (!state.follow && state.asOf) h.set('as_of', state.asOf);
  history.replaceState(null, '', '#' + h);
}

async function loadScopeData() {
  const s = currentScope();
  $('scope-description').textContent = s ? s.description || '' : '';
  state.series = s && s.first_day ? await api('indicators', {scope: s.name}) : null;
  try {
    state.alerts = (await api('alerts', {scope: s.name, limit: 500})).alerts;
  } catch (e) {
    state.alerts = [];
  }
}

async function selectScope(name, asOf) {
  state.scope = name;
  $('scope').value = name;
  setSliderRange();
  const s = currentScope();
  setAsOf(asOf || (s && s.last_day) || new Date().toISOString().slice(0, 10), !asOf);
  state.compare = null;
  state.selectedCountry = null;
  await loadScopeData();
  await render();
}

// ---------- views ----------
function selectView(view, focus) {
  state.view = view;
  for (const tab of document.querySelectorAll('[role=tab]')) {
    const on = tab.dataset.view === view;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    if (on && focus) tab.focus();
    $(tab.getAttribute('aria-controls')).hidden = !on;
  }
  writeHash();
  render().catch(showError);
}

async function render() {
  showError(null);
  if (!state.scope) return;
  if (state.view === 'overview') await renderOverview();
  else if (state.view === 'network') await renderNetwork();
  else if (state.view === 'countries') await renderCountries();
  else if (state.view === 'alerts') await renderAlerts();
  else if (state.view === 'events') await renderEvents(false);
  for (const c of state.charts.values()) if (!c.isDisposed() && c.getDom().offsetParent !== null) c.resize();
}

// ----- overview -----
function pointsUpTo(day) {
  if (!state.series) return [];
  return state.series.points.filter((p) => p.day <= day);
}

async function renderOverview() {
  const s = currentScope();
  $('overview-scope').textContent = s.name + (s.hub ? ' (hub ' + s.hub + ')' : '');
  let snap;
  try {
    snap = await api('snapshot', {scope: s.name, as_of: state.asOf});
  } catch (e) {
    if (e.status === 404) {
      $('overview-day').textContent = state.asOf + ' — no indicators computed yet';
      $('headline').replaceChildren();
      return;
    }
    throw e;
  }
  $('overview-day').textContent = snap.day;
  $('overview-final').textContent = snap.is_final ? '' : '(open day, live values)';
  $('overview-final').className = 'hint';

  const names = (state.series ? state.series.names : Object.keys(snap.values)).filter((n) => snap.values[n] !== undefined);
  const cards = names.map((n) => {
    const b = (snap.baselines || {})[n] || {};
    const change = (v, text) => el('span', {class: v > 0 ? 'up' : v < 0 ? 'down' : ''}, text + ' ' + pct(v));
    const spark = el('div', {class: 'spark', id: 'spark-' + n, 'aria-hidden': 'true'});
    return el('div', {class: 'card', id: 'card-' + n, 'data-indicator': n},
      el('div', {class: 'label', text: label(n)}),
      el('div', {class: 'value', id: 'value-' + n, text: fmt(snap.values[n])}),
      el('div', {class: 'change'}, change(b.change_4w_pct, '4w'), ' · ', change(b.change_52w_pct, '52w'),
        b.z_52w !== undefined ? ' · z ' + fmt(b.z_52w, 1) : ''),
      el('div', {class: 'hint'}, b.highest_since ? 'highest since ' + b.highest_since : b.lowest_since ? 'lowest since ' + b.lowest_since : ''),
      spark);
  });
  $('headline').replaceChildren(...cards);
  const recent = pointsUpTo(snap.day);
  const window = state.series && state.series.step === 'day' ? 365 : 52;
  for (const n of names) {
    const data = recent.slice(-window).filter((p) => p.values[n] !== undefined).map((p) => [p.day, p.values[n]]);
    chart('spark-' + n, $('spark-' + n)).setOption({
      animation: false, grid: {left: 0, right: 0, top: 2, bottom: 2},
      xAxis: {type: 'time', show: false}, yAxis: {type: 'value', show: false, scale: true},
      series: [{type: 'line', data, showSymbol: false, lineStyle: {width: 1.5, color: LAYER.agreement.colour}}],
    }, true);
  }
  renderTrends(snap.day);

  const top = (snap.provenance && snap.provenance.top_events) || [];
  await renderEventList($('overview-events'), top);
}

function renderTrends(day) {
  const box = $('trends');
  const names = TRENDS.filter((n) => state.series && state.series.names.includes(n)
    && state.series.points.some((p) => p.values[n] !== undefined));
  const existing = new Set([...box.children].map((c) => c.dataset.indicator));
  if (names.join() !== [...existing].join()) {
    box.replaceChildren(...names.map((n) => el('div', {class: 'trend', id: 'trend-' + n, 'data-indicator': n,
      role: 'img', 'aria-label': 'Trend of ' + label(n)})));
  }
  for (const n of names) {
    const data = state.series.points.filter((p) => p.values[n] !== undefined).map((p) => [p.day, p.values[n]]);
    const alertMarks = state.alerts.filter((a) => a.indicator === n && a.day).map((a) => ({
      coord: [a.day, a.measured !== null && a.measured !== undefined ? a.measured : valueNear(data, a.day)],
      name: (a.to || '') + ' ' + (a.rule_id || ''), symbol: 'triangle', symbolSize: 12,
      itemStyle: {color: STATE_COLOUR[a.to] || OUTSIDE_COLOUR},
      label: {show: false},
    }));
    chart('trend-' + n, $('trend-' + n)).setOption({
      animation: false,
      title: {text: label(n), left: 8, top: 4, textStyle: {fontSize: 13}},
      grid: {left: 48, right: 16, top: 30, bottom: 24},
      tooltip: {trigger: 'axis', valueFormatter: (v) => fmt(v)},
      xAxis: {type: 'time'}, yAxis: {type: 'value', scale: true},
      series: [{
        type: 'line', name: label(n), data, showSymbol: false, lineStyle: {width: 1.5, color: LAYER.agreement.colour},
        itemStyle: {color: LAYER.agreement.colour},
        markLine: {symbol: 'none', silent: true, label: {formatter: day, position: 'insideEndTop'}, lineStyle: {color: '#333', type: 'solid'}, data: [{xAxis: day}]},
        markPoint: {data: alertMarks},
      }],
    }, true);
  }
}

function valueNear(data, day) {
  let v = null;
  for (const [d, x] of data) { if (d <= day) v = x; else break; }
  return v;
}

async function renderEventList(list, topEvents) {
  if (!topEvents.length) {
    list.replaceChildren(el('li', {class: 'hint', text: 'no contributing events'}));
    return;
  }
  const page = await api('events', {ids: topEvents.map((t) => t.id).join(','), limit: topEvents.length});
  const byId = new Map(page.events.map((e) => [e.id, e]));
  list.replaceChildren(...topEvents.map((t) => {
    const e = byId.get(t.id);
    return el('li', {'data-event-id': t.id},
      el('span', {class: 'layer-' + t.layer, text: t.layer}), ' ',
      e ? e.name + ' (' + e.start + ')' : t.id, ' · weight ' + fmt(t.weight), ' · ',
      sourceLink(t.url || (e && e.source_url), e && e.source_name));
  }));
}

// ----- network -----
function defaultCompareDay() {
  const s = currentScope();
  const d = toDay(dayMs(state.asOf) - 365 * DAY_MS);
  return s && s.first_day && d < s.first_day ? s.first_day : d;
}

async function renderNetwork() {
  const s = currentScope();
  if (!state.compare) state.compare = defaultCompareDay();
  $('compare-date').value = state.compare;
  $('network-a-day').textContent = state.asOf;
  const [a, b] = await Promise.all([api('network', {scope: s.name, as_of: state.asOf}),
    api('network', {scope: s.name, as_of: state.compare})]);
  drawNetwork('network-a', a, b);
  drawNetwork('network-b', b, a);
  const before = new Map(b.edges.map((e) => [e.source + '>' + e.target + ':' + e.layer, e.weight]));
  const rows = a.edges.slice().sort((x, y) => y.weight - x.weight).map((e) => {
    const prev = before.get(e.source + '>' + e.target + ':' + e.layer) || 0;
    return el('tr', {'data-dyad': e.dyad, 'data-layer': e.layer},
      el('td', {}, e.source), el('td', {}, e.target),
      el('td', {class: 'layer-' + e.layer, text: e.layer + (e.directed ? ' →' : '')}),
      el('td', {class: 'num', text: fmt(e.weight)}),
      el('td', {class: 'num'}, prev === 0 ? 'new' : pct((e.weight - prev) / prev * 100)),
      el('td', {}, el('button', {type: 'button', onclick: () => showDyad(e.dyad)}, 'details')));
  });
  $('edges-table').tBodies[0].replaceChildren(...rows);
}

function drawNetwork(id, net, other) {
  const ordered = net.nodes.slice().sort((x, y) => (y.hub - x.hub) || (y.member - x.member) || x.id.localeCompare(y.id));
  // keep every state of both dates in place, so the two drawings line up
  const ids = new Set(ordered.map((n) => n.id));
  for (const n of other.nodes) if (!ids.has(n.id)) ordered.push({id: n.id, name: n.name, hub: n.hub, member: n.member, strength: 0, values: {}, absent: true});
  const maxStrength = Math.max(1e-9, ...ordered.map((n) => n.strength));
  const maxWeight = Math.max(1e-9, ...net.edges.map((e) => e.weight));
  const nodes = ordered.map((n) => ({
    id: n.id, name: n.id, value: n.strength, country: n.id, fullName: n.name,
    symbolSize: n.absent ? 8 : 14 + 30 * Math.sqrt(n.strength / maxStrength),
    itemStyle: {
      color: n.member ? '#e8eef5' : '#f4f4f4',
      borderColor: n.hub ? HUB_COLOUR : n.member ? '#333' : OUTSIDE_COLOUR,
      borderWidth: n.hub ? 4 : 1.5, borderType: n.member ? 'solid' : 'dashed', opacity: n.absent ? 0.4 : 1,
    },
    label: {show: true, fontWeight: n.hub ? 'bold' : 'normal'},
  }));
  const links = net.edges.map((e) => ({
    source: e.source, target: e.target, value: e.weight, layer: e.layer, dyad: e.dyad,
    symbol: e.directed ? ['none', 'arrow'] : ['none', 'none'], symbolSize: 8,
    lineStyle: {color: LAYER[e.layer].colour, type: LAYER[e.layer].line, width: 1 + 5 * e.weight / maxWeight,
      curveness: LAYER[e.layer].curve, opacity: 0.85},
  }));
  const c = chart(id, $(id));
  c.setOption({
    animation: false,
    tooltip: {formatter: (p) => p.dataType === 'edge'
      ? p.data.source + ' – ' + p.data.target + ': ' + p.data.layer + ' ' + fmt(p.data.value)
      : p.data.fullName + ' · strength ' + fmt(p.data.value)},
    series: [{type: 'graph', layout: 'circular', circular: {rotateLabel: false}, roam: true, data: nodes, links,
      emphasis: {focus: 'adjacency'}, label: {position: 'right'}, lineStyle: {curveness: 0}}],
  }, true);
  c.off('click');
  c.on('click', (p) => {
    if (p.dataType === 'node') showCountryDetails(p.data.country, $('network-details'));
    else if (p.dataType === 'edge') showDyad(p.data.dyad);
  });
}

function valuesList(values, baselines) {
  const dl = el('dl', {class: 'values'});
  for (const [k, v] of Object.entries(values || {})) {
    const b = (baselines || {})[k];
    dl.append(el('dt', {text: label(k)}), el('dd', {'data-value': k},
      fmt(v), b && b.change_52w_pct !== undefined ? ' (52w ' + pct(b.change_52w_pct) + ')' : ''));
  }
  return dl;
}

async function showCountryDetails(country, panel) {
  const s = currentScope();
  const detail = await api('country', {scope: s.name, country, to: state.asOf, from: toDay(dayMs(state.asOf) - 5 * 365 * DAY_MS)})
    .catch((e) => ({error: e.message}));
  const list = el('ul', {class: 'events-list'});
  if (detail.error) {
    panel.replaceChildren(el('h3', {text: country}), el('p', {class: 'hint', text: detail.error}));
    return;
  }
  const latest = detail.latest;
  const chartBox = el('div', {class: 'country-chart', id: panel.id + '-chart', role: 'img', 'aria-label': 'Trends of ' + detail.name});
  panel.replaceChildren(
    el('h3', {'data-country': country}, detail.name + ' (' + country + ')' + (detail.hub ? ' — hub' : '')),
    latest ? el('p', {class: 'hint', text: 'as of ' + latest.day}) : el('p', {class: 'hint', text: 'no ties yet in this scope'}),
    latest ? valuesList(latest.values, latest.baselines) : '',
    chartBox,
    el('h3', {text: 'Events involving ' + country + ' up to ' + state.asOf}), list);
  const series = ['strength', 'hub_dependence', 'coercion_received'].filter((n) => detail.points.some((p) => p.values[n] !== undefined));
  chart(panel.id + '-chart', chartBox).setOption({
    animation: false, legend: {top: 0}, grid: {left: 44, right: 44, top: 28, bottom: 22}, tooltip: {trigger: 'axis'},
    xAxis: {type: 'time'}, yAxis: [{type: 'value', scale: true}, {type: 'value', scale: true}],
    series: series.map((n, i) => ({
      type: 'line', name: label(n), showSymbol: false, step: 'end', yAxisIndex: n === 'strength' ? 0 : 1,
      data: detail.points.filter((p) => p.values[n] !== undefined).map((p) => [p.day, p.values[n]]),
      lineStyle: {color: [LAYER.agreement.colour, HUB_COLOUR, LAYER.coercion.colour][i]},
      itemStyle: {color: [LAYER.agreement.colour, HUB_COLOUR, LAYER.coercion.colour][i]},
    })),
  }, true);
  await renderInvolving(list, country);
}

/** The latest events in which every one of the countries takes part, up to the as-of day, with their sources. */
async function renderInvolving(list, countries) {
  const page = await api('events', {country: countries, to: state.asOf, limit: 10});
  list.replaceChildren(...(page.events.length ? page.events.map((e) => el('li', {'data-event-id': e.id},
    el('span', {class: 'layer-' + e.type, text: e.type}), ' ', e.start + ' ', e.name || e.id, ' · ',
    sourceLink(e.source_url, e.source_name))) : [el('li', {class: 'hint', text: 'no events'})]));
}

async function showDyad(key) {
  const s = currentScope();
  const [a] = key.split('|');
  const rows = await api('dyads', {scope: s.name, as_of: state.asOf, country: a});
  const d = rows.find((r) => r.key === key);
  const panel = $('network-details');
  if (!d) {
    panel.replaceChildren(el('h3', {text: key}), el('p', {class: 'hint', text: 'no tie on ' + state.asOf}));
    return;
  }
  const list = el('ul', {class: 'events-list'});
  panel.replaceChildren(el('h3', {'data-dyad': key}, d.a + ' – ' + d.b), el('p', {class: 'hint', text: 'as of ' + d.day}),
    valuesList(d.values), el('h3', {text: 'Events involving ' + d.a + ' and ' + d.b + ' up to ' + state.asOf}), list);
  await renderInvolving(list, d.a + ',' + d.b);
}

// ----- countries -----
async function renderCountries() {
  const s = currentScope();
  const rows = await api('countries', {scope: s.name, as_of: state.asOf});
  const {key, dir} = state.countrySort;
  const value = (r) => key === 'name' ? r.name : (r.values[key] === undefined ? -Infinity : r.values[key]);
  rows.sort((x, y) => (value(x) < value(y) ? -1 : value(x) > value(y) ? 1 : 0) * dir);
  for (const th of $('countries-table').tHead.rows[0].cells) {
    const k = th.querySelector('button').dataset.key;
    th.setAttribute('aria-sort', k === key ? (dir > 0 ? 'ascending' : 'descending') : 'none');
  }
  $('countries-table').tBodies[0].replaceChildren(...rows.map((r) => el('tr',
    {'data-country': r.country, class: r.country === state.selectedCountry ? 'selected' : null},
    el('td', {}, el('button', {type: 'button', onclick: () => selectCountry(r.country)}, r.name + (r.hub ? ' (hub)' : ''))),
    ...COUNTRY_VALUES.filter((k) => k !== 'clustering').map((k) => el('td', {class: 'num', 'data-value': k, text: fmt(r.values[k])})))));
  if (state.selectedCountry) await showCountryDetails(state.selectedCountry, $('country-panel'));
}

async function selectCountry(country) {
  state.selectedCountry = country;
  for (const tr of $('countries-table').tBodies[0].rows) tr.classList.toggle('selected', tr.dataset.country === country);
  await showCountryDetails(country, $('country-panel'));
}

// ----- alerts -----
async function renderAlerts() {
  const all = $('alerts-all-scopes').checked;
  const page = await api('alerts', {scope: all ? null : state.scope, notifying: $('alerts-notifying').checked ? 'true' : null, limit: 500});
  $('alerts-count').textContent = page.total + ' state change' + (page.total === 1 ? '' : 's');
  $('alerts-table').tBodies[0].replaceChildren(...(page.alerts.length ? page.alerts.map((a) => el('tr',
    {'data-alert-id': a.id, 'data-rule': a.rule_id, 'data-to': a.to},
    el('td', {text: a.day}),
    el('td', {class: 'sev-' + (a.severity || ''), text: a.severity || ''}),
    el('td', {title: a.rule_id}, a.rule_name || a.rule_id),
    el('td', {text: a.scope}),
    el('td', {text: a.series || [a.level, a.country || a.dyad, a.indicator].filter(Boolean).join(' ')}),
    el('td', {}, (a.from || '') + ' → ', el('strong', {style: 'color:' + (STATE_COLOUR[a.to] || 'inherit'), text: a.to || ''})),
    el('td', {class: 'num', 'data-measured': a.measured, title: 'indicator value ' + fmt(a.value)}, measuredText(a),
      el('div', {class: 'hint', text: 'value ' + fmt(a.value)})),
    el('td', {title: a.episode_id, text: a.episode_id ? a.episode_id.slice(0, 10) : ''}),
    el('td', {}, ...a.top_events.map((t) => el('div', {}, sourceLink(t.url, t.id)))))) :
    [el('tr', {}, el('td', {colspan: 9, class: 'hint', text: 'no alert state changes'}))]));
}

// what the rule compared with its threshold: the value, its change in % or its z-score against the baseline
function measuredText(a) {
  if (a.to === 'RETRACTED') return 'no longer crosses (day restated)';
  const measured = a.measured !== null && a.measured !== undefined ? a.measured : a.value;
  if (a.condition === 'change_pct') return fmt(measured) + ' % vs ' + fmt(a.threshold) + ' % (' + (a.baseline || '') + ')';
  if (a.condition === 'zscore') return 'z ' + fmt(measured) + ' vs ' + fmt(a.threshold) + ' (' + (a.baseline || '') + ')';
  if (a.condition === 'highest_since' || a.condition === 'lowest_since') return fmt(measured) + ' (' + a.condition.replace('_', ' ') + ')';
  return fmt(measured) + ' vs ' + fmt(a.threshold);
}

// ----- events -----
async function renderEvents(more) {
  if (!more) state.eventsOffset = 0;
  const country = $('events-country').value.trim();
  const page = await api('events', {q: $('events-q').value.trim(), type: $('events-type').value, country,
    from: $('events-from').value, to: $('events-to').value, limit: 50, offset: state.eventsOffset});
  const rows = page.events.map((e) => el('tr', {'data-event-id': e.id},
    el('td', {text: e.start}), el('td', {class: 'layer-' + e.type, text: e.type}),
    el('td', {}, e.name || e.id, e.retracted ? ' (retracted)' : ''),
    el('td', {text: e.countries.join(' ')}), el('td', {text: e.detail}),
    el('td', {}, sourceLink(e.source_url, e.source_name))));
  const body = $('events-table').tBodies[0];
  if (more) body.append(...rows); else body.replaceChildren(...rows);
  state.eventsOffset += page.events.length;
  $('events-count').textContent = page.total + ' event' + (page.total === 1 ? '' : 's');
  $('events-more').hidden = state.eventsOffset >= page.total;
}

// ---------- live updates ----------
async function poll() {
  if (state.scope) {
    try {
      const st = await api('status', {scope: state.scope});
      const before = state.status;
      $('live').className = 'live ok';
      $('live').textContent = 'live · ' + st.events + ' events · checked ' + new Date().toLocaleTimeString();
      if (before && (before.events !== st.events || before.indicator_documents !== st.indicator_documents
        || before.alerts !== st.alerts || before.last_day !== st.last_day)) {
        state.scopes = await api('scopes');
        setSliderRange();
        await loadScopeData();
        if (state.follow && currentScope().last_day) setAsOf(currentScope().last_day, true);
        await render();
      }
      // only once the page shows it: a failed refresh is retried at the next poll
      state.status = st;
    } catch (e) {
      $('live').className = 'live down';
      $('live').textContent = 'not reachable: ' + e.message;
    }
  }
  setTimeout(poll, state.settings.poll_interval_ms);
}

// ---------- wiring ----------
function wire() {
  $('scope').addEventListener('change', () => selectScope($('scope').value).catch(showError));
  $('as-of').addEventListener('change', () => {
    if ($('as-of').value) { setAsOf($('as-of').value, false); scheduleRender(0); }
  });
  $('time-slider').addEventListener('input', () => {
    const s = currentScope();
    setAsOf(toDay(dayMs(s.first_day) + Number($('time-slider').value) * DAY_MS), false);
    scheduleRender();
  });
  $('follow-latest').addEventListener('click', () => { setAsOf(currentScope().last_day, true); scheduleRender(0); });
  $('compare-date').addEventListener('change', () => { state.compare = $('compare-date').value || null; scheduleRender(0); });
  const tabs = [...document.querySelectorAll('[role=tab]')];
  for (const tab of tabs) {
    tab.addEventListener('click', () => selectView(tab.dataset.view, false));
    tab.addEventListener('keydown', (e) => {
      const i = tabs.indexOf(tab);
      const next = {ArrowRight: (i + 1) % tabs.length, ArrowLeft: (i - 1 + tabs.length) % tabs.length, Home: 0, End: tabs.length - 1}[e.key];
      if (next !== undefined) { e.preventDefault(); selectView(tabs[next].dataset.view, true); }
    });
  }
  document.addEventListener('keydown', (e) => {
    const t = e.target;
    if (e.altKey || e.ctrlKey || e.metaKey || (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA'))) return;
    const i = '12345'.indexOf(e.key);
    if (i >= 0) selectView(tabs[i].dataset.view, true);
  });
  for (const b of $('countries-table').tHead.querySelectorAll('button')) {
    b.addEventListener('click', () => {
      const k = b.dataset.key;
      state.countrySort = {key: k, dir: state.countrySort.key === k ? -state.countrySort.dir : (k === 'name' ? 1 : -1)};
      renderCountries().catch(showError);
    });
  }
  $('alerts-all-scopes').addEventListener('change', () => renderAlerts().catch(showError));
  $('alerts-notifying').addEventListener('change', () => renderAlerts().catch(showError));
  $('events-form').addEventListener('submit', (e) => { e.preventDefault(); renderEvents(false).catch(showError); });
  $('events-more').addEventListener('click', () => renderEvents(true).catch(showError));
  // a link or a typed #view=…&scope=…&as_of=… navigates without reloading
  window.addEventListener('hashchange', () => {
    const h = new URLSearchParams(location.hash.slice(1));
    const scope = h.get('scope');
    const view = h.get('view');
    const work = scope && scope !== state.scope ? selectScope(scope, h.get('as_of'))
      : h.get('as_of') && h.get('as_of') !== state.asOf ? Promise.resolve(setAsOf(h.get('as_of'), false)) : Promise.resolve();
    work.then(() => (view && view !== state.view ? selectView(view, false) : render())).catch(showError);
  });
  window.addEventListener('resize', () => { for (const c of state.charts.values()) if (!c.isDisposed()) c.resize(); });
}

async function start() {
  wire();
  try {
    state.settings = await (await fetch('/settings.json')).json();
  } catch (e) { /* defaults */ }
  try {
    state.scopes = await api('scopes');
  } catch (e) {
    showError(e);
    setTimeout(start, 5000);
    return;
  }
  $('scope').replaceChildren(...state.scopes.map((s) => el('option', {value: s.name}, s.name + (s.last_day ? '' : ' (no data yet)'))));
  const hash = new URLSearchParams(location.hash.slice(1));
  const wanted = state.scopes.find((s) => s.name === hash.get('scope')) || state.scopes.find((s) => s.last_day) || state.scopes[0];
  const view = ['overview', 'network', 'countries', 'alerts', 'events'].includes(hash.get('view')) ? hash.get('view') : 'overview';
  state.view = view;
  if (wanted) await selectScope(wanted.name, hash.get('as_of')).catch(showError);
  selectView(view, false);
  document.body.dataset.ready = 'true';
  poll();
}

document.addEventListener('DOMContentLoaded', () => start().catch(showError));
