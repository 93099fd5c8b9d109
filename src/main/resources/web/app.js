// exaplan web UI: sends the scenario form to the JSON API on every edit and shows the answer.
// No figure is computed here: every cell arrives formatted by the server's reporters.
'use strict';

(function () {
  const FIELDS = ['gpus', 'sites', 'clusterGpus', 'targetUsable', 'rackPowerLimit',
    'powerBasis', 'guidance', 'checkpointModel', 'checkpointCadences', 'checkpointMode'];
  // What `exaplan report` downloads beside the report formats of the comparison.
  const DELIVERABLES = [['html', 'HTML report'], ['pptx', 'PPTX deck']];
  const EDIT_DELAY_MS = 30;

  const $ = (id) => document.getElementById(id);
  const input = (key) => $('f-' + key);

  let defaults = {};
  let formats = [];
  let selected = null;
  let lastCompare = null;
  let drawings = [];
  let sequence = 0;
  let timer = 0;

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else e.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children) {
      if (c !== null && c !== undefined) e.append(c);
    }
    return e;
  }

  // A bare number in a field with a unit gets that unit; anything else goes as typed, and the
  // server says what is wrong with it.
  function valueOf(key) {
    const e = input(key);
    const v = e.value.trim();
    const unit = e.dataset.unit;
    return unit && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v) ? v + ' ' + unit : v;
  }

  // Only the fields that differ from the server's scenario: short links, same answer.
  function changed() {
    const out = {};
    for (const key of FIELDS) {
      const v = valueOf(key);
      if (v !== defaults[key]) out[key] = v;
    }
    return out;
  }

  // A list field ("60s, 5m") goes to the API as a list.
  function overrides() {
    const out = changed();
    for (const [k, v] of Object.entries(out)) {
      if (input(k).dataset.list) out[k] = v.split(',').map((x) => x.trim()).filter((x) => x);
    }
    return out;
  }

  function apiQuery(extra) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(overrides())) {
      if (Array.isArray(v)) v.forEach((x) => p.append('scenario.' + k + '[]', x));
      else p.append('scenario.' + k, v);
    }
    for (const [k, v] of Object.entries(extra)) p.append(k, v);
    return p.toString();
  }

  function pageQuery() {
    const p = new URLSearchParams(changed());
    if (selected && lastCompare && selected !== firstOption(lastCompare)) {
      p.append('option', selected);
    }
    return p.toString();
  }

  async function post(path, body) {
    const res = await fetch(path, {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify(body),
    });
    return {status: res.status, json: await res.json()};
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(update, EDIT_DELAY_MS);
  }

  async function update() {
    const mine = ++sequence;
    const body = {scenario: overrides()};
    $('status').textContent = 'Updating…';
    let compare;
    let audit;
    try {
      [compare, audit] = await Promise.all([post('/api/view/compare', body),
        post('/api/view/audit', body)]);
    } catch (e) {
      if (mine === sequence) showGeneral('The exaplan server did not answer: is it still running?');
      return;
    }
    if (mine !== sequence) return; // a newer edit is on its way
    clearErrors();
    const failed = [compare, audit].find((r) => r.status !== 200);
    if (failed) {
      showProblems(failed.json);
      setStale(true);
      $('status').textContent = 'Not updated: see the message next to the field.';
      return;
    }
    setStale(false);
    lastCompare = compare.json;
    if (!selected || !optionIds(lastCompare).includes(selected)) selected = firstOption(lastCompare);
    renderCompare(compare.json);
    renderAudit(audit.json);
    renderDownloads();
    updateDrawings(mine, body);
    const q = pageQuery();
    history.replaceState(null, '', q ? '?' + q : location.pathname);
    $('share-link').value = location.href;
    $('status').textContent = 'Up to date.';
  }

  function table(view, id) {
    return view.tables.find((t) => t.id === id);
  }

  function optionIds(view) {
    return table(view, 'metrics').rows.map((r) => r[0]);
  }

  function firstOption(view) {
    return optionIds(view)[0];
  }

  // --- errors -----------------------------------------------------------------------------

  function clearErrors() {
    for (const key of FIELDS) {
      input(key).removeAttribute('aria-invalid');
      const m = $('f-' + key + '-error');
      m.hidden = true;
      m.textContent = '';
    }
    $('form-error').hidden = true;
    $('form-error').textContent = '';
  }

  function showProblems(body) {
    const general = [];
    for (const p of body.problems || [{message: body.error}]) {
      const key = (p.field || '').replace(/^scenario\./, '');
      if (FIELDS.includes(key)) {
        input(key).setAttribute('aria-invalid', 'true');
        const m = $('f-' + key + '-error');
        m.textContent = m.textContent ? m.textContent + ' ' + p.message : p.message;
        m.hidden = false;
      } else {
        general.push(p.field ? p.field + ': ' + p.message : p.message);
      }
    }
    if (general.length) showGeneral(general.join('\n'));
  }

  function showGeneral(text) {
    $('form-error').textContent = text;
    $('form-error').hidden = false;
  }

  function setStale(stale) {
    $('results').classList.toggle('stale', stale);
    $('stale-note').hidden = !stale;
    for (const a of document.querySelectorAll('.downloads a')) {
      if (stale) {
        a.removeAttribute('href');
        a.setAttribute('aria-disabled', 'true');
      }
    }
  }

  // --- rendering ------------------------------------------------------------------------------

  function renderCompare(view) {
    $('compare-subtitle').textContent = view.subtitle || '';
    const t = table(view, 'metrics');
    const head = el('tr', {}, el('th', {scope: 'col', text: t.columns[0].title}));
    t.rows.forEach((row, i) => {
      const name = row[t.columns.findIndex((c) => c.key === 'name')] || row[0];
      const b = el('button', {type: 'button', class: 'option', 'data-option': row[0],
        'aria-pressed': String(row[0] === selected), title: name, text: row[0]});
      b.addEventListener('click', () => select(row[0], true));
      head.append(el('th', {scope: 'col', class: row[0] === selected ? 'selected' : null}, b));
    });
    const body = el('tbody');
    // The verdicts first, as on the deck's side-by-side slide.
    for (const v of view.verdicts || []) {
      const tr = el('tr', {class: 'verdict'}, el('th', {scope: 'row', text: v.label}));
      for (const c of v.cells) {
        tr.append(el('td', {class: 'text v-' + c.status + (c.option === selected ? ' selected' : ''),
          'data-option': c.option, text: c.text}));
      }
      body.append(tr);
    }
    t.columns.forEach((col, c) => {
      if (c === 0) return;
      const tr = el('tr', {'data-key': col.key}, el('th', {scope: 'row', text: col.title}));
      t.rows.forEach((row) => {
        tr.append(el('td', {class: (col.numeric ? 'num' : 'text')
          + (row[0] === selected ? ' selected' : ''), 'data-option': row[0], text: row[c]}));
      });
      body.append(tr);
    });
    const grid = el('table', {class: 'grid', id: 'metrics-table'},
      el('caption', {class: 'visually-hidden', text: t.title}), el('thead', {}, head), body);
    $('metrics').replaceChildren(grid);
    renderDetail(view);
    renderMore(view);
  }

  function cell(view, id, key, option) {
    const t = table(view, id);
    const c = t.columns.findIndex((col) => col.key === key);
    const row = t.rows.find((r) => r[0] === option);
    return c < 0 || !row ? null : row[c];
  }

  function renderDetail(view) {
    const name = cell(view, 'metrics', 'name', selected);
    $('detail-title').textContent = 'Selected option: ' + selected + (name ? ' (' + name + ')' : '');
    const racks = el('dl', {class: 'facts', id: 'rack-facts'});
    const facts = [['racks', 'Racks'], ['rackBound', 'Rack bound'],
      ['spaceBoundRacks', 'Racks by space'], ['powerBoundRacks', 'Racks by power'],
      ['rackUnits', 'Rack units with switches'], ['powerKW', 'Power typical (kW)'],
      ['rackKW', 'Rack power limit (kW)']];
    for (const [key, label] of facts) {
      const v = cell(view, 'metrics', key, selected);
      if (v !== null) racks.append(el('div', {}, el('dt', {text: label}), el('dd', {text: v})));
    }
    const notes = el('ul', {class: 'notes'});
    for (const row of table(view, 'notes').rows) {
      if (row[0] === selected) notes.append(el('li', {text: row[1]}));
    }
    $('detail-body').replaceChildren(el('h3', {text: 'Racks'}), racks,
      el('figure', {class: 'sheet', id: 'rack-sheet'}),
      el('h3', {text: 'How each figure was reached'}), notes);
    renderSheet();
  }

  // Every table other than the metrics and the notes, laid out as the report says: a report
  // that gains a table shows it here without a change to this page.
  function renderMore(view) {
    // tables start open but the long reference ones; a reader's choice survives each update
    const open = new Map([...document.querySelectorAll('#more-body details')]
      .map((d) => [d.dataset.table, d.open]));
    const parts = [];
    for (const t of view.tables) {
      if (t.id === 'metrics' || t.id === 'notes') continue;
      const isOpen = open.has(t.id) ? open.get(t.id) : !['assumptions', 'inputs'].includes(t.id);
      const d = el('details', {'data-table': t.id, open: isOpen},
        el('summary', {text: t.title}));
      d.append(t.layout === 'blocks' ? blocks(t) : rows(t));
      parts.push(d);
    }
    $('more-body').replaceChildren(...parts);
  }

  function rows(t) {
    const head = el('tr');
    for (const c of t.columns) head.append(el('th', {scope: 'col', text: c.title}));
    const body = el('tbody');
    for (const r of t.rows) {
      const tr = el('tr');
      r.forEach((v, i) => tr.append(el('td', {class: t.columns[i].numeric ? 'num' : 'text',
        text: v})));
      body.append(tr);
    }
    return el('div', {class: 'table-wrap'}, el('table', {class: 'plain'},
      el('thead', {}, head), body));
  }

  function blocks(t) {
    const list = el('div', {class: 'blocks'});
    let current = null;
    let block = null;
    for (const r of t.rows) {
      if (r[0] !== current) {
        current = r[0];
        block = el('article', {class: 'block'}, el('h3', {text: r[0]}));
        list.append(block);
      }
      const dl = el('dl');
      for (let i = 1; i < r.length; i++) {
        if (r[i] === '-') continue;
        dl.append(el('div', {}, el('dt', {text: t.columns[i].title}), el('dd', {text: r[i]})));
      }
      block.append(dl);
    }
    return list;
  }

  function renderAudit(view) {
    $('audit-subtitle').textContent = view.subtitle || '';
    const t = table(view, 'claims');
    const col = (key) => t.columns.findIndex((c) => c.key === key);
    const cards = el('div', {class: 'claims'});
    for (const r of t.rows) {
      const verdict = r[col('verdict')];
      cards.append(el('article', {class: 'claim', 'data-claim': r[0], 'data-verdict': verdict},
        el('div', {class: 'claim-head'},
          el('span', {class: 'badge ' + verdict, text: verdict}),
          el('h3', {text: r[col('statement')]})),
        el('p', {class: 'computed'}, el('span', {class: 'label', text: 'Computed: '}),
          r[col('computed')]),
        el('details', {}, el('summary', {text: 'Arithmetic'}),
          el('p', {text: r[col('explanation')]}))));
    }
    $('claims').replaceChildren(cards);
  }

  function renderDownloads() {
    for (const [command, nav] of [['compare', 'compare-downloads'], ['audit', 'audit-downloads']]) {
      const links = formats.map((f) => el('a', {
        href: '/api/' + command + '?' + apiQuery({format: f.key}),
        download: 'exaplan-' + command + '.' + f.extension,
        'data-format': f.key,
        class: 'download',
        text: f.key.toUpperCase(),
        title: 'Download ' + command + ' as ' + f.extension,
      }));
      if (command === 'compare') {
        for (const [key, label] of DELIVERABLES) {
          links.push(el('a', {href: '/api/report?' + apiQuery({format: key}),
            download: 'exaplan-report.' + key, 'data-format': key, class: 'download deliverable',
            text: key.toUpperCase(), title: 'Download the ' + label}));
        }
      }
      for (const a of links.filter((l) => l.classList.contains('deliverable'))) {
        a.addEventListener('click', busyDownload);
      }
      $(nav).replaceChildren(el('span', {class: 'label', text: 'Download'}), ...links);
    }
  }

  // A download that takes seconds (the deck, the report) shows it is busy until the file arrives.
  async function busyDownload(event) {
    const a = event.currentTarget;
    if (!a.getAttribute('href') || a.classList.contains('busy')) {
      event.preventDefault();
      return;
    }
    event.preventDefault();
    a.classList.add('busy');
    a.setAttribute('aria-busy', 'true');
    try {
      const r = await fetch(a.href);
      if (!r.ok) throw new Error(await r.text());
      const url = URL.createObjectURL(await r.blob());
      const tmp = el('a', {href: url, download: a.getAttribute('download')});
      document.body.append(tmp);
      tmp.click();
      tmp.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
    } catch (e) {
      $('status').textContent = 'Download failed: ' + e.message;
    } finally {
      a.classList.remove('busy');
      a.removeAttribute('aria-busy');
    }
  }

  // Rack sheets and charts come from the report's drawings, after the table: they take longer.
  async function updateDrawings(mine, body) {
    let r;
    try {
      r = await post('/api/view/report', body);
    } catch (e) {
      return;
    }
    if (mine !== sequence || r.status !== 200) return;
    drawings = r.json.drawings;
    renderSheet();
    const charts = drawings.filter((d) => !/-racks-(summary|full)$/.test(d.name));
    $('chart-list').replaceChildren(...charts.map((d) => el('figure', {class: 'chart'},
      el('img', {src: drawingUrl(d.name), alt: d.title, loading: 'lazy'}),
      el('figcaption', {text: d.title}))));
  }

  function drawingUrl(name) {
    return '/api/report?' + apiQuery({format: 'svg', file: name});
  }

  function renderSheet() {
    const name = selected + '-racks-summary';
    const d = drawings.find((x) => x.name === name);
    const holder = $('rack-sheet');
    if (!holder) return;
    holder.replaceChildren(d ? el('img', {src: drawingUrl(name), alt: d.title,
      id: 'rack-sheet-img'}) : '');
  }

  // Choosing an option brings its details into view; focus stays on its button.
  function select(option, reveal) {
    selected = option;
    if (lastCompare) {
      renderCompare(lastCompare);
      const q = pageQuery();
      history.replaceState(null, '', q ? '?' + q : location.pathname);
      $('share-link').value = location.href;
      const b = document.querySelector('button.option[data-option="' + CSS.escape(option) + '"]');
      if (b) b.focus({preventScroll: true});
      if (reveal) $('detail').scrollIntoView({block: 'nearest'});
    }
  }

  // --- start ----------------------------------------------------------------------------------

  function fillSelect(key, choices) {
    input(key).replaceChildren(...choices.map((c) => el('option', {value: c.id, text: c.name,
      title: c.id})));
  }

  function fromUrl() {
    const p = new URLSearchParams(location.search);
    for (const key of FIELDS) {
      if (p.has(key)) input(key).value = p.get(key);
    }
    if (p.has('option')) selected = p.get('option');
  }

  function reset() {
    for (const key of FIELDS) input(key).value = defaults[key];
    selected = null;
    update();
  }

  async function start() {
    const [scenario, fmts] = await Promise.all([
      fetch('/api/scenario').then((r) => r.json()),
      fetch('/api/formats').then((r) => r.json())]);
    defaults = scenario.form;
    formats = fmts;
    fillSelect('guidance', scenario.choices.guidance);
    fillSelect('powerBasis', scenario.choices.powerBasis);
    fillSelect('checkpointMode', scenario.choices.checkpointMode);
    $('checkpoint-models').replaceChildren(...scenario.choices.checkpointModel.map((m) =>
      el('option', {value: m.id, label: m.name})));
    for (const key of FIELDS) input(key).value = defaults[key];
    fromUrl();
    for (const key of FIELDS) {
      input(key).addEventListener('input', schedule);
      input(key).addEventListener('change', schedule);
    }
    $('scenario').addEventListener('submit', (e) => {
      e.preventDefault();
      update();
    });
    $('reset').addEventListener('click', reset);
    $('copy-link').addEventListener('click', async () => {
      $('share-link').select();
      try {
        await navigator.clipboard.writeText($('share-link').value);
        $('status').textContent = 'Link copied.';
      } catch (e) {
        $('status').textContent = 'Select the link and copy it.';
      }
    });
    await update();
  }

  document.addEventListener('DOMContentLoaded', start);
})();
