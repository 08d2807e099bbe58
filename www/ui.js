// Rehabkollen's questionnaire: renders the engine's question catalogue and outcome into a
// container (a page element or a shadow root). No rule lives here: which questions show, what is
// decided and why all come from the WebAssembly core. Nothing is sent, stored or put in the URL;
// text from data is only ever set with textContent, never parsed as HTML.
import { CHROME } from './i18n.js';
import { builder, parseKronor, formatKronor } from './dom.js';
import { buildProvider, emptyInvoice } from './provider.js';

const SECTIONS_BY_ROLE = {
  employer: ['employer', 'person', 'provider'],
  provider: ['provider', 'employer', 'person'],
  person: ['person', 'employer', 'provider'],
  region: ['person', 'provider', 'employer'],
};
let instances = 0;

/** A performance mark, once per page, for the benchmarks (navigation → first question, → first result). */
function mark(name) {
  if (typeof performance !== 'undefined' && !performance.getEntriesByName(name).length) performance.mark(name);
}

/** Splits "measures[2].cost_ore" into ["measures", 2, "cost_ore"]. */
function parts(path) {
  return path.split(/\.|\[(\d+)\]\.?/).filter((p) => p !== undefined && p !== '').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}
function getAt(obj, path) {
  return parts(path).reduce((o, k) => (o == null ? undefined : o[k]), obj);
}
function setAt(obj, path, value) {
  const ks = parts(path);
  let o = obj;
  for (const k of ks.slice(0, -1)) {
    if (o[k] == null) o[k] = {};
    o = o[k];
  }
  const last = ks[ks.length - 1];
  if (value === undefined) delete o[last];
  else o[last] = value;
}
const clone = (x) => JSON.parse(JSON.stringify(x));
const emptyAnswers = () => ({ employer: {}, person: {}, provider: {}, measures: [] });

/**
 * Mounts the questionnaire. `engine` is the wasm module ({ evaluate, questions, version }).
 * Options: lang ('sv'|'en'), role, answers (initial), onChange(answers), onResult(outcome).
 */
export function mount(container, engine, options = {}) {
  const doc = container.ownerDocument || document;
  const uid = `rk${++instances}`;
  const state = {
    lang: options.lang === 'en' ? 'en' : 'sv',
    role: options.role || null,
    answers: options.answers ? clone(options.answers) : emptyAnswers(),
    errors: {}, // path → message shown at the field
    outcome: null,
    view: options.view === 'provider' ? 'provider' : 'case',
    invoice: emptyInvoice(),
  };
  let catalogue = null;
  let byField = {};
  const fields = new Map(); // path → wrapper element

  const T = () => CHROME[state.lang];
  const idFor = (path) => `${uid}-${path.replace(/[^a-z0-9]+/gi, '-')}`;

  const el = builder(doc);

  function loadCatalogue() {
    catalogue = engine.questions(state.lang);
    byField = {};
    for (const q of catalogue.questions) byField[q.id] = q;
  }
  const questionFor = (path) => byField[path.replace(/^measures\[\d+\]/, 'measures[]')];

  // ---- answers ---------------------------------------------------------------------------
  function showError(path, message) {
    if (message) state.errors[path] = message;
    else delete state.errors[path];
    const w = fields.get(path);
    if (!w) return;
    const slot = w.querySelector(':scope > .rk-error');
    slot.textContent = message || '';
    slot.hidden = !message;
    for (const input of w.querySelectorAll('input, select')) {
      if (message) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
  }

  /** Applies one change; the engine refuses bad input with the field's path, and then the last good answers stay. */
  function change(path, value) {
    const next = clone(state.answers);
    setAt(next, path, value);
    if (state.errors[path]) showError(path, null);
    recompute(next, path);
  }

  function recompute(next = state.answers, changed = null) {
    let outcome;
    try {
      outcome = engine.evaluate(next);
    } catch (e) {
      const at = fields.has(e.path) ? e.path : changed;
      if (at) showError(at, e[state.lang] || e.message);
      return;
    }
    state.answers = next;
    state.outcome = outcome;
    renderVisibility();
    renderResults();
    options.onChange?.(clone(state.answers));
    options.onResult?.(outcome);
  }

  // ---- questions -------------------------------------------------------------------------
  function radios(path, opts, current) {
    const name = idFor(path);
    return opts.map(([value, label]) => {
      const id = `${name}-${value}`;
      const input = el('input', { type: 'radio', id, name, value, checked: String(current) === value,
        onchange: () => change(path, value === 'true' ? true : value === 'false' ? false : value) });
      return el('span', { class: 'rk-option' }, input, el('label', { for: id, text: label }));
    });
  }

  function field(path, q) {
    const t = T();
    const id = idFor(path);
    const helpId = `${id}-help`;
    const errId = `${id}-error`;
    const describedBy = [q.help ? helpId : null, errId].filter(Boolean).join(' ');
    const current = getAt(state.answers, path);
    const help = q.help ? el('p', { class: 'rk-help', id: helpId, text: q.help }) : null;
    const why = el('details', { class: 'rk-why' }, el('summary', { text: t.why }),
      el('p', { text: q.why }), el('p', { class: 'rk-rules', text: `${t.rulesUsed}: ${q.rules.join(', ')}` }));
    const error = el('p', { class: 'rk-error', id: errId, hidden: true });
    let body;
    const unknown = q.unknown_allowed ? [['unknown', t.dontKnow]] : [];
    if (q.type === 'bool') {
      body = el('fieldset', { class: 'rk-q', 'aria-describedby': describedBy }, el('legend', { text: q.text }), help,
        el('div', { class: 'rk-options' }, radios(path, [['true', t.yes], ['false', t.no], ...unknown], current)), error, why);
    } else if (q.type === 'choice' && q.options.length <= 4 && !path.endsWith('.kind')) {
      body = el('fieldset', { class: 'rk-q', 'aria-describedby': describedBy }, el('legend', { text: q.text }), help,
        el('div', { class: 'rk-options' }, radios(path, [...q.options.map((o) => [o.value, o.label]), ...unknown], current)), error, why);
    } else if (q.type === 'choice') {
      const select = el('select', { id, 'aria-describedby': describedBy, onchange: (e) => change(path, e.target.value || undefined) });
      select.append(el('option', { value: '', text: path.endsWith('.kind') ? t.kindPlaceholder : t.choose }));
      if (path.endsWith('.kind')) {
        for (const g of catalogue.groups) {
          const og = el('optgroup', { label: g.label });
          for (const o of q.options.filter((o) => o.group === g.id)) og.append(el('option', { value: o.value, text: o.label }));
          select.append(og);
        }
      } else {
        for (const o of q.options) select.append(el('option', { value: o.value, text: o.label }));
        for (const [v, l] of unknown) select.append(el('option', { value: v, text: l }));
      }
      select.value = current == null ? '' : current;
      body = el('div', { class: 'rk-q' }, el('label', { for: id, text: q.text }), help, select, error, why);
    } else if (q.type === 'multi') {
      const chosen = Array.isArray(current) ? current : [];
      const boxes = q.options.map((o) => {
        const cid = `${id}-${o.value}`;
        return el('span', { class: 'rk-option' }, el('input', { type: 'checkbox', id: cid, value: o.value, checked: chosen.includes(o.value),
          onchange: () => {
            const vals = [...body.querySelectorAll('input[type=checkbox]:checked')].map((b) => b.value);
            change(path, vals);
          } }), el('label', { for: cid, text: o.label }));
      });
      body = el('fieldset', { class: 'rk-q', 'aria-describedby': describedBy }, el('legend', { text: q.text }), help,
        el('div', { class: 'rk-options rk-multi' }, boxes),
        q.unknown_allowed ? el('button', { type: 'button', class: 'rk-link', text: t.dontKnow, onclick: () => {
          for (const b of body.querySelectorAll('input[type=checkbox]')) b.checked = false;
          change(path, 'unknown');
        } }) : null, error, why);
    } else {
      const kind = q.type; // number | money | date
      const shown = current == null || current === 'unknown' ? '' : kind === 'money' ? formatKronor(current, state.lang).replace(/\u00a0kr$/, '') : String(current);
      const input = el('input', { id, type: 'text', value: shown, autocomplete: 'off', spellcheck: 'false',
        inputmode: kind === 'money' ? 'decimal' : kind === 'number' ? 'numeric' : null,
        placeholder: kind === 'date' ? (state.lang === 'sv' ? 'ÅÅÅÅ-MM-DD' : 'YYYY-MM-DD') : null,
        'aria-describedby': describedBy,
        oninput: (e) => {
          const raw = e.target.value.trim();
          if (raw === '') return change(path, undefined);
          if (kind === 'money') {
            const ore = parseKronor(raw);
            return ore === null ? showError(path, t.errors.money) : change(path, ore);
          }
          if (kind === 'number') return /^\d{1,4}$/.test(raw) ? change(path, Number(raw)) : showError(path, t.errors.integer);
          return /^\d{4}-\d{2}-\d{2}$/.test(raw) ? change(path, raw) : showError(path, t.errors.date);
        } });
      body = el('div', { class: 'rk-q' }, el('label', { for: id, text: q.text }), help,
        el('span', { class: `rk-input rk-${kind}` }, input, kind === 'money' ? el('span', { class: 'rk-unit', 'aria-hidden': 'true', text: t.kr }) : null),
        error, why);
    }
    body.dataset.path = path;
    fields.set(path, body);
    if (state.errors[path]) queueMicrotask(() => showError(path, state.errors[path]));
    return body;
  }

  // ---- layout ----------------------------------------------------------------------------
  const root = el('div', { class: 'rk', lang: state.lang });
  container.append(root);

  function build() {
    const t = T();
    fields.clear();
    root.replaceChildren();
    root.lang = state.lang;
    loadCatalogue();
    const header = el('header', { class: 'rk-header' },
      el('div', {}, el('h1', { class: 'rk-title', text: t.title }), el('p', { class: 'rk-tagline', text: t.tagline })),
      el('div', { class: 'rk-tools' },
        el('button', { type: 'button', class: 'rk-button rk-lang', lang: t.otherLangCode, text: t.otherLang, onclick: () => {
          state.lang = t.otherLangCode;
          build();
          root.querySelector('.rk-lang').focus();
        } }),
        el('button', { type: 'button', class: 'rk-button', text: t.print, onclick: () => {
          for (const d of root.querySelectorAll('.rk-results details')) d.open = true;
          doc.defaultView.print();
        } }),
        el('button', { type: 'button', class: 'rk-button rk-restart', text: t.restart, onclick: () => {
          state.answers = emptyAnswers();
          state.role = null;
          state.errors = {};
          state.invoice = emptyInvoice();
          build();
          root.querySelector('.rk-view button').focus();
        } })));
    const roleId = `${uid}-role`;
    const role = el('fieldset', { class: 'rk-role rk-q', 'aria-describedby': `${roleId}-help` }, el('legend', { text: t.roleLegend }),
      el('p', { class: 'rk-help', id: `${roleId}-help`, text: t.roleHelp }),
      el('div', { class: 'rk-options' }, Object.entries(t.roles).map(([value, label]) => el('span', { class: 'rk-option' },
        el('input', { type: 'radio', name: roleId, id: `${roleId}-${value}`, value, checked: state.role === value, onchange: () => {
          state.role = value;
          orderSections();
        } }), el('label', { for: `${roleId}-${value}`, text: label })))));
    const dateQ = { type: 'date', text: t.dateLabel, help: t.dateHelp, why: '', rules: ['AFA-DL-1', 'FK-DL-1', 'RG-TIME-1'], unknown_allowed: false };
    const date = field('date', dateQ);
    date.querySelector('.rk-why').remove();

    const sections = {};
    for (const s of ['employer', 'person', 'provider']) {
      const h = el('h2', { id: `${uid}-h-${s}`, text: t.sections[s] });
      sections[s] = el('section', { class: 'rk-section', 'aria-labelledby': h.id, 'data-section': s }, h,
        catalogue.questions.filter((q) => q.section === s).map((q) => field(q.id, q)));
    }
    const mh = el('h2', { id: `${uid}-h-measures`, text: t.sections.measures });
    const measureList = el('div', { class: 'rk-measures' });
    const measures = el('section', { class: 'rk-section', 'aria-labelledby': mh.id, 'data-section': 'measures' }, mh,
      el('p', { class: 'rk-help', text: t.measuresHelp }), measureList,
      el('button', { type: 'button', class: 'rk-button rk-add', text: t.addMeasure, onclick: () => {
        const next = clone(state.answers);
        next.measures = [...(next.measures || []), {}];
        state.answers = next;
        buildMeasures();
        recompute();
        measureList.lastElementChild?.querySelector('select')?.focus();
      } }));
    const form = el('form', { class: 'rk-form', novalidate: true, onsubmit: (e) => e.preventDefault() },
      el('p', { class: 'rk-privacy', text: t.privacy }), role, date, el('div', { class: 'rk-sections' }, Object.values(sections)), measures);
    form.addEventListener('focusout', () => queueMicrotask(renderVisibility));

    const rh = el('h2', { id: `${uid}-h-results`, text: t.results });
    // tabindex: on wide screens the panel scrolls on its own, and must be reachable by keyboard.
    const results = el('section', { class: 'rk-results', 'aria-labelledby': rh.id, tabindex: '0' }, rh,
      el('p', { class: 'rk-help', text: t.resultsIntro }),
      el('p', { class: 'rk-live', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' }),
      el('div', { class: 'rk-schemes' }), el('div', { class: 'rk-notes' }), el('p', { class: 'rk-meta' }), el('div', { class: 'rk-summary' }));
    const views = el('nav', { class: 'rk-view', 'aria-label': t.views.label }, [['case', t.views.case], ['provider', t.views.provider]].map(([v, label]) =>
      el('button', { type: 'button', class: 'rk-button', 'aria-pressed': String(state.view === v), text: label, onclick: () => {
        state.view = v;
        for (const b of views.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b === views.querySelector(`button:nth-child(${v === 'case' ? 1 : 2})`)));
        main.hidden = v !== 'case';
        provider.hidden = v !== 'provider';
      } })));
    const main = el('div', { class: 'rk-main', hidden: state.view !== 'case' }, form, results);
    const provider = el('div', { class: 'rk-provider', hidden: state.view !== 'provider' });
    root.append(header, views, main, provider);
    buildProvider(provider, { el, T, lang: state.lang, engine, catalogue, inv: state.invoice, uid, onInvoice: options.onInvoice });
    buildMeasures();
    orderSections();
    mark('rk:first-question');
    recompute();
    mark('rk:first-result');
  }

  function buildMeasures() {
    const t = T();
    const list = root.querySelector('.rk-measures');
    for (const path of [...fields.keys()]) if (path.startsWith('measures[')) fields.delete(path);
    list.replaceChildren();
    (state.answers.measures || []).forEach((m, i) => {
      const n = i + 1;
      const legend = el('legend', { text: `${t.measure} ${n}` });
      const follow = catalogue.questions.filter((q) => q.section === 'measure').map((q) => field(`measures[${i}].${q.id.split('.')[1]}`, q));
      list.append(el('fieldset', { class: 'rk-measure' }, legend, follow,
        el('button', { type: 'button', class: 'rk-button rk-remove', text: `${t.removeMeasure} ${n}`, onclick: () => {
          const next = clone(state.answers);
          next.measures.splice(i, 1);
          for (const p of Object.keys(state.errors)) if (p.startsWith('measures[')) delete state.errors[p];
          state.answers = next;
          buildMeasures();
          recompute();
          (list.querySelectorAll('.rk-remove')[i - 1] || root.querySelector('.rk-add')).focus();
        } })));
    });
  }

  function orderSections() {
    const order = SECTIONS_BY_ROLE[state.role] || SECTIONS_BY_ROLE.employer;
    const holder = root.querySelector('.rk-sections');
    for (const s of order) holder.append(holder.querySelector(`[data-section="${s}"]`));
  }

  /** Shows the engine's relevant questions and those whose answer still matters; keeps the rest's answers. */
  function renderVisibility() {
    const o = state.outcome;
    if (!o) return;
    const shown = new Set([...o.next_questions, ...o.answered_relevant]);
    const active = root.getRootNode().activeElement;
    for (const [path, w] of fields) {
      if (path === 'date') continue;
      const basic = /^measures\[\d+\]\.(kind|cost_ore|date)$/.test(path);
      const visible = basic || shown.has(path) || !!state.errors[path] || (active && w.contains(active));
      w.hidden = !visible;
    }
    for (const s of root.querySelectorAll('.rk-sections > .rk-section')) {
      s.hidden = ![...s.querySelectorAll('.rk-q')].some((q) => !q.hidden);
    }
  }

  // ---- results ---------------------------------------------------------------------------
  function sourceLink(src) {
    const t = T();
    const bits = [];
    if (src.doc) {
      const a = el('a', { href: new URL(`./sources/${src.doc}`, import.meta.url).href, target: '_blank', rel: 'noopener',
        text: `${t.docs[src.doc] || src.doc}: ${src.section}` });
      bits.push(a);
      if (src.ref) bits.push(` (${t.webSource(src.ref)})`);
    } else {
      bits.push(`${t.webSource(src.ref)}: ${src.section}`);
    }
    if (src.secondary) bits.push(` – ${t.secondary}`);
    return el('span', { class: 'rk-source' }, `${t.source}: `, ...bits);
  }

  function reasonItem(r) {
    const t = T();
    const mark = r.holds === true ? '✓' : r.holds === false ? '✗' : '?';
    return el('li', { class: `rk-reason rk-holds-${r.holds}` },
      el('span', { class: 'rk-mark', 'aria-hidden': 'true', text: mark }),
      el('span', { class: 'rk-visually-hidden', text: `${t.holds[r.holds]}: ` }),
      el('strong', { text: r.rule }), ' ', r.text[state.lang], ' ', sourceLink(r.source));
  }

  function amountText(s) {
    const t = T();
    const { min, max } = s.amount_ore;
    if (s.payee === 'none') return t.noMoney;
    if (!(state.answers.measures || []).length) return t.addMeasuresForAmount;
    const f = (x) => formatKronor(x, state.lang);
    const sum = max === null ? t.atLeast(f(min)) : min === max ? f(max) : min === 0 ? t.upTo(f(max)) : t.between(f(min), f(max));
    return `${sum} ${t.payee[s.payee]}`.trim();
  }

  function jumpTo(path) {
    const w = fields.get(path);
    if (!w) return;
    w.hidden = false;
    w.scrollIntoView({ block: 'center' });
    (w.querySelector('input:checked') || w.querySelector('input, select'))?.focus();
  }

  function schemeCard(s) {
    const t = T();
    const h = el('h3', { id: `${uid}-s-${s.id}`, text: s.name[state.lang] });
    const card = el('article', { class: `rk-scheme rk-v-${s.verdict}`, 'aria-labelledby': h.id, 'data-scheme': s.id }, h,
      el('p', { class: 'rk-verdict' }, el('span', { class: 'rk-badge', text: t.verdict[s.verdict] })));
    if (s.verdict !== 'not_eligible') card.append(el('p', { class: 'rk-amount', text: amountText(s) }));
    if (s.verdict === 'not_eligible') {
      const failing = s.reasons.filter((r) => r.holds === false);
      if (failing.length) card.append(el('p', { class: 'rk-because' }, `${t.because} `, failing.map((r) => r.text[state.lang]).join(' ')));
    }
    if (s.missing.length) {
      const list = el('ul', { class: 'rk-depends' });
      for (const path of s.missing) {
        const q = questionFor(path);
        const m = path.match(/^measures\[(\d+)\]/);
        const text = (m ? `${t.measure} ${Number(m[1]) + 1}: ` : '') + (q ? q.text : path);
        list.append(el('li', {}, el('a', { href: `#${idFor(path)}`, text, onclick: (e) => { e.preventDefault(); jumpTo(path); } })));
      }
      card.append(el('div', { class: 'rk-depends-on' }, el('p', { text: t.dependsOn }), list));
    }
    if (s.measures.length) {
      const ul = el('ul', { class: 'rk-measure-results' });
      for (const m of s.measures) {
        const kind = m.kind ? questionFor('measures[0].kind').options.find((o) => o.value === m.kind)?.label : '';
        const decisive = m.reasons.find((r) => r.holds === false) || m.reasons.find((r) => r.holds === null) || m.reasons[0];
        const dl = m.deadline ? `${s.id === 'rehabiliteringsgarantin' ? t.reportDay : t.deadline}: ${m.deadline}` : (s.id === 'afa_rehabiliteringsstod' && m.status !== 'not_reimbursable' ? `${t.deadline}: ${t.noDeadline}` : '');
        ul.append(el('li', { class: `rk-m-${m.status}` },
          el('strong', { text: `${t.measure} ${m.index + 1}${kind ? ` (${kind})` : ''}: ${t.status[m.status]}` }),
          dl ? el('span', { class: 'rk-deadline', text: ` · ${dl}` }) : null,
          decisive ? el('span', { class: 'rk-measure-reason', text: ` — ${decisive.rule}: ${decisive.text[state.lang]}` }) : null));
      }
      card.append(ul);
    }
    const reasons = el('ul', { class: 'rk-reasons' }, s.reasons.map(reasonItem),
      s.measures.flatMap((m) => m.reasons.map(reasonItem)));
    card.append(el('details', { class: 'rk-details' }, el('summary', { text: t.reasons }), reasons));
    if (s.documents.length && s.verdict !== 'not_eligible') {
      card.append(el('details', { class: 'rk-details rk-documents' }, el('summary', { text: t.documents }),
        el('ul', {}, s.documents.map((d) => el('li', {}, el('span', { class: 'rk-doc-state', text: `${d.have === true ? t.haveIt : d.have === false ? t.lacking : t.notAsked}: ` }), d.text[state.lang], ` (${d.rule})`)))));
    }
    return card;
  }

  function renderResults() {
    const t = T();
    const o = state.outcome;
    const results = root.querySelector('.rk-results');
    results.querySelector('.rk-schemes').replaceChildren(...o.schemes.map(schemeCard));
    const notes = o.notes.map((n) => el('li', { class: `rk-note rk-note-${n.kind}` }, el('strong', { text: `${t.noteKind[n.kind]}: ` }), n.text[state.lang],
      ' ', ...n.sources.map(sourceLink)));
    results.querySelector('.rk-notes').replaceChildren(...(notes.length ? [el('h3', { text: t.notes }), el('ul', {}, notes)] : []));
    results.querySelector('.rk-meta').textContent = `${t.judgedOn(o.date)} ${t.rulesVersion(o.rules_version, o.sources_as_of)}`;
    results.querySelector('.rk-live').textContent = o.schemes.map((s) =>
      `${t.schemeShort[s.id]}: ${t.verdict[s.verdict]}${s.verdict === 'eligible' && s.payee !== 'none' && (state.answers.measures || []).length ? `, ${amountText(s)}` : ''}.`).join(' ');
    renderSummary();
  }

  /** The answers in words, for the printed summary. */
  function renderSummary() {
    const t = T();
    const rows = [];
    for (const [path, w] of fields) {
      const v = getAt(state.answers, path);
      if (v === undefined || w.hidden) continue;
      const q = path === 'date' ? { text: t.dateLabel } : questionFor(path);
      const label = (o) => q.options?.find((x) => x.value === o)?.label ?? o;
      const shown = v === true ? t.yes : v === false ? t.no : v === 'unknown' ? t.dontKnow : Array.isArray(v) ? v.map(label).join(', ')
        : q.type === 'money' ? formatKronor(v, state.lang) : label(String(v));
      const m = path.match(/^measures\[(\d+)\]/);
      rows.push(el('div', {}, el('dt', { text: (m ? `${t.measure} ${Number(m[1]) + 1}: ` : '') + q.text }), el('dd', { text: shown })));
    }
    root.querySelector('.rk-summary').replaceChildren(el('h3', { text: t.summary }), el('dl', {}, rows));
  }

  build();
  return {
    get answers() { return clone(state.answers); },
    set answers(a) { state.answers = a ? clone(a) : emptyAnswers(); state.errors = {}; build(); },
    get outcome() { return state.outcome; },
    setLang(lang) { state.lang = lang === 'en' ? 'en' : 'sv'; build(); },
    setRole(role) { state.role = role; build(); },
  };
}
