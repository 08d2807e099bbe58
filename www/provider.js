// The provider view: the invoice basis (fakturaunderlag) a provider gives the employer, checked by
// the engine the way a good public-sector form checks (GOV.UK error summary pattern): a field when
// the user leaves it, everything when "Kontrollera" is pressed, never an untouched field. Lines can
// be loaded from a CSV file read locally and saved back as one. The documents to print (the
// invoice basis, the 7026 report, AFA's underlag) are in provider-docs.js.
//
// Privacy: nothing is sent or stored. The personnummer is obscured in its field when the field is
// not being edited (and in any printout of the form); the full number exists only in the printed
// documents. Problems from the engine never hold it.
import { parseKronor, formatKronor } from './dom.js';
import { PROVIDER_TEXT } from './provider-text.js';
import { buildDocuments } from './provider-docs.js';

export const emptyInvoice = () => ({
  scheme: 'fk_arbetsplatsinriktat', name: '', personnummer: '', reference: '',
  employer: { name: '', org: '' }, provider: { name: '', org: '' }, place: '', docDate: '',
  lines: [], csvProblems: [], csvNote: '',
  touched: {}, // path → true once the user has left that field
  submitted: false, // "Kontrollera" pressed: every problem shows, with the summary
});

const COMPETENCES = ['medicine', 'rehabilitation', 'work_organisation', 'behavioural_science', 'ergonomics', 'health_science', 'technology'];
/** Attributes that keep personal data out of session-replay and analytics tools a host page may run. */
export const PRIVATE = { autocomplete: 'off', 'data-private': '', 'data-hj-suppress': '', 'data-clarity-mask': 'true' };
const PRIVATE_CLASS = 'fs-exclude';
/** Where the engine's paths for the whole employee show. */
const SHOWN_AT = { employees: 'employees[0].name', 'employees[0]': 'employees[0].name' };

const stylesheets = new WeakMap();
const LAZY_LISTS_FROM = 50;

/** Builds the provider view into `host`. ctx: { el, lang, engine, integrity (the component's hashes, or null), catalogue, inv (state, kept across rebuilds), uid, onInvoice }. */
export function buildProvider(host, ctx) {
  const { el, engine, catalogue, inv, uid } = ctx;
  const t = PROVIDER_TEXT[ctx.lang] || PROVIDER_TEXT.sv;
  const fields = new Map(); // display path → { wrap, control, slot }
  const kindQ = catalogue.questions.find((q) => q.id === 'measures[].kind');
  const competenceQ = catalogue.questions.find((q) => q.id === 'provider.competence');
  const competenceOptions = COMPETENCES.map((c) => ({ value: c, label: competenceQ.options.find((o) => o.value === c).label }));
  const id = (path) => `${uid}-inv-${path.replace(/[^a-z0-9]+/gi, '-')}`;
  const afa = inv.scheme === 'afa_rehabiliteringsstod';
  let report = null;
  let problems = [];

  /** The invoice as the engine reads it (docs/API.md §6). For AFA the invoice carries the reference, not the person. */
  function invoice() {
    const lines = inv.lines.map((l) => {
      const out = {};
      for (const k of ['date', 'measure', 'kind', 'performer', 'competence', 'contracted', 'external', 'digital', 'cost_ore']) {
        const v = typeof l[k] === 'string' ? l[k].trim() : l[k];
        if (v !== '' && v !== undefined && v !== null) out[k] = v;
      }
      return out;
    });
    const doc = { scheme: inv.scheme, lines };
    if (afa) {
      if (inv.reference.trim()) doc.reference = inv.reference.trim();
    } else {
      const employee = {};
      if (inv.name.trim()) employee.name = inv.name.trim();
      if (inv.personnummer.trim()) employee.personnummer = inv.personnummer;
      if (Object.keys(employee).length) doc.employees = [employee];
    }
    return doc;
  }

  // ---- fields ----------------------------------------------------------------------------
  const errorSlot = (fid) => el('p', { class: 'rk-error', id: `${fid}-error`, hidden: true });
  const describedBy = (fid, help) => `${help ? `${fid}-help ` : ''}${fid}-error`;

  function register(path, wrap, control) {
    fields.set(path, { wrap, control, slot: wrap.querySelector(':scope > .rk-error') });
    wrap.dataset.inv = path;
    return wrap;
  }

  function text(path, label, value, onInput, opts = {}) {
    const fid = id(path);
    // The value is set as a property, never as an attribute: personal data stays out of the markup.
    const input = el('input', { id: fid, type: 'text', spellcheck: 'false', inputmode: opts.inputmode, autocomplete: 'off',
      'aria-describedby': describedBy(fid, opts.help), oninput: (e) => onInput(e.target.value), ...(opts.private ? PRIVATE : {}),
      class: [opts.class, opts.private ? PRIVATE_CLASS : null].filter(Boolean).join(' ') || undefined });
    input.value = value ?? '';
    const wrap = el('div', { class: 'rk-q' }, el('label', { for: fid, text: label }),
      opts.help ? el('p', { class: 'rk-help', id: `${fid}-help`, text: opts.help }) : null,
      errorSlot(fid),
      el('span', { class: 'rk-input' }, input, opts.unit ? el('span', { class: 'rk-unit', 'aria-hidden': 'true', text: opts.unit }) : null),
      opts.after || null);
    return register(path, wrap, input);
  }

  function select(path, label, value, options, onChange, groups) {
    const fid = id(path);
    const s = el('select', { id: fid, 'aria-describedby': describedBy(fid), onchange: (e) => onChange(e.target.value) }, el('option', { value: '', text: t.choose }));
    const option = (o) => el('option', { value: o.value, text: o.label });
    // A value the list does not have (from a file) stays visible, for the user to replace.
    const known = options.find((o) => o.value === value || (typeof value === 'string' && o.label.toLowerCase() === value.trim().toLowerCase()));
    const unknown = value && !known ? el('option', { value, text: value }) : null;
    // With many lines the whole list is made when the list is first used: a thousand lines from a
    // file would otherwise be fifty thousand options.
    const fill = () => {
      if (s.dataset.filled) return;
      s.dataset.filled = 'true';
      const chosen = s.value;
      s.replaceChildren(s.options[0]);
      if (groups) {
        for (const g of groups) s.append(el('optgroup', { label: g.label }, options.filter((o) => o.group === g.id).map(option)));
      } else {
        s.append(...options.map(option));
      }
      if (unknown) s.append(unknown);
      s.value = chosen;
    };
    if (known) s.append(option(known));
    if (unknown) s.append(unknown);
    s.value = known ? known.value : value ?? '';
    if (inv.lines.length > LAZY_LISTS_FROM) for (const ev of ['focus', 'pointerdown', 'mousedown', 'keydown']) s.addEventListener(ev, fill);
    else fill();
    const wrap = el('div', { class: 'rk-q' }, el('label', { for: fid, text: label }), errorSlot(fid), s);
    return register(path, wrap, s);
  }

  function yesNo(path, legend, value, onChange) {
    const name = id(path);
    const radios = [[true, t.yes], [false, t.no]].map(([v, label]) => el('span', { class: 'rk-option' },
      el('input', { type: 'radio', name, id: `${name}-${v}`, checked: value === v, onchange: () => onChange(v) }),
      el('label', { for: `${name}-${v}`, text: label })));
    const wrap = el('fieldset', { class: 'rk-q', 'aria-describedby': `${name}-error` }, el('legend', { text: legend }), errorSlot(name),
      el('div', { class: 'rk-options' }, radios));
    return register(path, wrap, radios[0].querySelector('input'));
  }

  function lineRow(line, i) {
    const p = (f) => `lines[${i}].${f}`;
    const set = (f) => (v) => { line[f] = v; };
    const investigation = /^investigate_/.test(line.kind || '');
    const contractedId = id(p('contracted'));
    const contracted = register(p('contracted'), el('div', { class: 'rk-q' }, errorSlot(contractedId), el('span', { class: 'rk-option' },
      el('input', { type: 'checkbox', id: contractedId, checked: line.contracted === true, 'aria-describedby': `${contractedId}-error`,
        onchange: (e) => { line.contracted = e.target.checked || undefined; line.external = e.target.checked || undefined; } }),
      el('label', { for: contractedId, text: t.contracted }))), null);
    fields.get(p('contracted')).control = contracted.querySelector('input');
    const costText = line.cost_text ?? (typeof line.cost_ore === 'number' ? formatKronor(line.cost_ore, ctx.lang).replace(/\u00a0kr$/, '') : line.cost_ore ?? '');
    const pid = id(p('positions'));
    return el('fieldset', { class: 'rk-measure rk-line' }, el('legend', { text: `${t.line} ${i + 1}` }),
      text(p('date'), t.date, line.date, set('date'), { help: i === 0 ? t.dateHelp : undefined, class: 'rk-date-input' }),
      text(p('measure'), t.measure, line.measure, set('measure'), { help: i === 0 ? t.measureHelp : undefined }),
      select(p('kind'), t.kind, line.kind, kindQ.options, (v) => {
        line.kind = v;
        // An investigation asks for the positions taken, for the report: the line is drawn again.
        if (/^investigate_/.test(v) !== investigation) rebuild(() => host.querySelector(`#${CSS.escape(id(p('kind')))}`)?.focus());
      }, catalogue.groups),
      text(p('performer'), t.performer, line.performer, set('performer')),
      select(p('competence'), t.competence, line.competence, competenceOptions, set('competence')),
      afa ? null : contracted,
      afa ? yesNo(p('digital'), t.digital, line.digital, set('digital')) : null,
      text(p('cost_ore'), t.cost, costText, (v) => {
        line.cost_text = v;
        const ore = parseKronor(v);
        line.cost_ore = v.trim() === '' ? undefined : ore ?? v;
      }, { inputmode: 'decimal', unit: t.kr }),
      investigation && !afa ? el('div', { class: 'rk-q' }, el('label', { for: pid, text: t.positions }),
        el('p', { class: 'rk-help', id: `${pid}-help`, text: t.positionsHelp }),
        el('textarea', { id: pid, rows: '4', 'aria-describedby': `${pid}-help`, oninput: (e) => { line.positions = e.target.value; } }, line.positions || '')) : null,
      el('button', { type: 'button', class: 'rk-button rk-remove', text: `${t.removeLine} ${i + 1}`, onclick: () => {
        inv.lines.splice(i, 1);
        for (const k of Object.keys(inv.touched)) if (k.startsWith('lines[')) delete inv.touched[k];
        rebuild(() => (host.querySelectorAll('.rk-line .rk-remove')[i - 1] || host.querySelector('.rk-add-line')).focus());
      } }));
  }

  function rebuild(focus) {
    buildProvider(host, ctx);
    focus?.();
  }

  // ---- layout ----------------------------------------------------------------------------
  const body = mountBody(host, el, ctx.integrity);
  const schemeName = `${uid}-inv-scheme`;
  const fileId = `${uid}-inv-csv`;
  const summary = el('div', { class: 'rk-error-summary', role: 'alert', tabindex: '-1', 'aria-labelledby': `${uid}-inv-summary-h`, hidden: true });
  const status = el('div', { class: 'rk-inv-status', role: 'status', 'aria-live': 'polite', tabindex: '-1', hidden: true });
  const party = (key, legend) => el('fieldset', { class: 'rk-measure' }, el('legend', { text: legend }),
    text(`${key}.name`, t.partyName, inv[key].name, (v) => { inv[key].name = v; }),
    text(`${key}.org`, t.org, inv[key].org, (v) => { inv[key].org = v; }, { help: t.orgHelp, inputmode: 'numeric' }));
  const pnrNote = el('p', { class: 'rk-pnr-note', id: `${id('employees[0].personnummer')}-note`, 'aria-live': 'polite' });
  const csvSlot = register('csv', el('div', { class: 'rk-q rk-file' }, el('label', { for: fileId, text: t.csv }),
    el('p', { class: 'rk-help', id: `${fileId}-help`, text: t.csvHelp }),
    el('ul', { class: 'rk-error rk-csv-problems', id: `${fileId}-error`, hidden: true }),
    el('input', { type: 'file', id: fileId, accept: '.csv,text/csv,text/plain', 'aria-describedby': `${fileId}-help ${fileId}-error`, onchange: (e) => loadCsv(e.target.files[0]) }),
    el('p', { class: 'rk-csv-note', 'aria-live': 'polite', text: inv.csvNote })), null);
  fields.get('csv').control = csvSlot.querySelector('input');
  fields.get('csv').slot = csvSlot.querySelector('.rk-csv-problems');
  const addLine = el('button', { type: 'button', class: 'rk-button rk-add rk-add-line', text: t.addLine, onclick: () => {
    inv.lines.push({});
    rebuild(() => host.querySelector('.rk-line:last-of-type input')?.focus());
  } });
  const linesSlot = register('lines', el('div', { class: 'rk-q' }, errorSlot(id('lines')), addLine), addLine);

  body.replaceChildren(
    el('h2', { text: t.title, tabindex: '-1' }), el('p', { class: 'rk-help', text: t.intro }),
    summary,
    el('form', { class: 'rk-invoice-form', novalidate: true, onsubmit: (e) => { e.preventDefault(); submit(); } },
      el('fieldset', { class: 'rk-q' }, el('legend', { text: t.scheme }), el('div', { class: 'rk-options rk-multi' },
        [['fk_arbetsplatsinriktat', t.fk], ['afa_rehabiliteringsstod', t.afa]].map(([v, l]) => el('span', { class: 'rk-option' },
          el('input', { type: 'radio', name: schemeName, id: `${schemeName}-${v}`, value: v, checked: inv.scheme === v, onchange: () => {
            inv.scheme = v;
            rebuild(() => host.querySelector(`#${CSS.escape(`${schemeName}-${v}`)}`)?.focus());
          } }),
          el('label', { for: `${schemeName}-${v}`, text: l }))))),
      party('employer', t.employer),
      party('provider', t.provider),
      el('fieldset', { class: 'rk-measure' }, el('legend', { text: afa ? t.employeeAfa : t.employeeFk }),
        el('p', { class: 'rk-help', text: afa ? t.employeeHelpAfa : t.employeeHelpFk }),
        text('employees[0].name', t.name, inv.name, (v) => { inv.name = v; }, { private: true }),
        text('employees[0].personnummer', t.personnummer, inv.personnummer, (v) => { inv.personnummer = v; pnrNote.textContent = ''; },
          { help: t.personnummerHelp, private: true, class: 'rk-pnr', after: pnrNote }),
        afa ? text('reference', t.reference, inv.reference, (v) => { inv.reference = v; }, { help: t.referenceHelp }) : null),
      el('h3', { text: t.lines }),
      el('div', { class: 'rk-lines' }, inv.lines.map(lineRow)),
      linesSlot,
      el('div', { class: 'rk-tools rk-inv-tools' }, el('button', { type: 'button', class: 'rk-button', text: t.exportCsv, onclick: exportCsv })),
      csvSlot,
      el('button', { type: 'submit', class: 'rk-button rk-add rk-check', text: t.check })),
    status,
    el('div', { class: 'rk-docs-slot' }));
  const docs = buildDocuments(body.querySelector('.rk-docs-slot'), { el, t, inv, engine, catalogue, lang: ctx.lang, uid });
  const pnrInput = fields.get('employees[0].personnummer').control;
  pnrInput.setAttribute('aria-describedby', `${pnrInput.getAttribute('aria-describedby')} ${pnrNote.id}`);

  // A field is checked when the user leaves it (GOV.UK: not while typing).
  body.addEventListener('focusout', (e) => {
    if (!e.target.matches?.('input:not([type=file]), select, textarea')) return;
    const wrap = e.target.closest('[data-inv]');
    if (!wrap || wrap.contains(e.relatedTarget)) return;
    // Passing through an empty field is not an answer: what is missing shows with Kontrollera.
    if (!inv.touched[wrap.dataset.inv] && !e.target.value.trim()) return;
    inv.touched[wrap.dataset.inv] = true;
    // Left with a press of the pointer: check after the click, so nothing moves under it.
    if (pressing) afterClick(run);
    else run();
  });
  let pressing = false;
  body.addEventListener('pointerdown', () => {
    pressing = true;
    const win = host.ownerDocument.defaultView;
    win.addEventListener('pointerup', () => win.setTimeout(() => { pressing = false; }), { capture: true, once: true });
  }, true);
  body.addEventListener('change', (e) => {
    const wrap = e.target.closest?.('[data-inv]');
    if (e.target.type === 'file' || (wrap && e.target.type === 'text')) return; // files load; fields check on leaving
    if (wrap) inv.touched[wrap.dataset.inv] = true;
    run();
  });

  function afterClick(fn) {
    const win = host.ownerDocument.defaultView;
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      pressing = false;
      if (body.isConnected) fn();
    };
    win.addEventListener('click', () => win.setTimeout(go), { capture: true, once: true });
    win.setTimeout(go, 800);
  }

  // ---- checking --------------------------------------------------------------------------
  function displayPath(path) {
    return SHOWN_AT[path] || path;
  }

  function run() {
    try {
      report = engine.checkInvoice(invoice());
    } catch (e) {
      // Malformed input cannot come from this form; say so plainly rather than fail silently.
      report = { ok: false, lines: inv.lines.length, total_ore: 0, problems: [{ path: e.path || 'lines', severity: 'error', text: { sv: e.sv || e.message, en: e.en || e.message }, rule: '' }] };
    }
    problems = report.problems.map((p) => ({ ...p, path: displayPath(p.path) }));
    if (afa && inv.personnummer.trim()) {
      const c = engine.checkPersonnummer(inv.personnummer);
      if (!c.ok) problems.unshift({ path: 'employees[0].personnummer', code: c.code, severity: 'error', text: c.text, rule: c.rule });
    }
    for (const p of inv.csvProblems) problems.push({ ...p, path: 'csv' });
    render();
    ctx.onInvoice?.(report);
  }

  const visible = (p) => inv.submitted || p.path === 'csv' || inv.touched[p.path] || (p.code === 'no_employee' && inv.touched['employees[0].personnummer']);

  function problemText(p) {
    const m = /^lines\[(\d+)\]/.exec(p.path);
    const where = p.path === 'csv' && p.csv_line ? `${t.csvLine(p.csv_line)}: ` : '';
    return { where, text: p.text[ctx.lang], line: m ? t.lineRef(Number(m[1]), inv.lines[Number(m[1])]?.csv_line) : null };
  }

  function render() {
    const byPath = new Map();
    for (const p of problems) if (visible(p)) byPath.set(p.path, [...(byPath.get(p.path) || []), p]);
    for (const [path, f] of fields) {
      const list = byPath.get(path) || [];
      // Only a field whose problems changed is drawn again (a thousand lines are seven thousand fields).
      const key = list.length ? JSON.stringify(list.map((p) => [p.code, p.text.sv, p.csv_line])) : '';
      if (key === (f.key ?? '')) continue;
      f.key = key;
      const errors = list.filter((p) => p.severity === 'error');
      const slotItems = list.map((p) => {
        const { where, text: msg } = problemText(p);
        const item = el(path === 'csv' ? 'li' : 'span', { class: `rk-problem${p.severity === 'warning' ? ' rk-warning' : ''}` },
          el('span', { class: 'rk-visually-hidden', text: `${p.severity === 'error' ? t.errorPrefix : t.warningPrefix} ` }), `${where}${msg}`,
          p.rule && path !== 'csv' ? el('span', { class: 'rk-rule', text: ` ${p.rule}` }) : null);
        return path === 'csv' ? item : [item, ' '];
      });
      f.slot.replaceChildren(...slotItems.flat());
      f.slot.hidden = !list.length;
      f.slot.classList.toggle('rk-warning', list.length > 0 && !errors.length);
      f.wrap.classList.toggle('rk-q-error', errors.length > 0);
      for (const c of f.wrap.querySelectorAll('input:not([type=file]), select')) {
        if (errors.length) c.setAttribute('aria-invalid', 'true');
        else c.removeAttribute('aria-invalid');
      }
    }
    // A valid personnummer, once left, is confirmed with its birth date only.
    if (inv.touched['employees[0].personnummer'] && inv.personnummer.trim() && !byPath.has('employees[0].personnummer')) {
      const c = engine.checkPersonnummer(inv.personnummer);
      pnrNote.textContent = c.ok ? t.validPnr(c.masked) : '';
    } else {
      pnrNote.textContent = '';
    }
    renderSummary();
    renderDocs();
  }

  function renderSummary() {
    if (!inv.submitted) {
      summary.hidden = true;
      status.hidden = true;
      return;
    }
    const errors = problems.filter((p) => p.severity === 'error');
    const warnings = problems.filter((p) => p.severity === 'warning');
    const link = (p) => {
      const f = fields.get(p.path);
      const { where, text: msg, line } = problemText(p);
      const label = `${line ? `${line}: ` : ''}${where}${msg}`;
      if (!f) return el('li', { text: label });
      return el('li', {}, el('a', { href: `#${f.control.id}`, text: label, onclick: (e) => {
        e.preventDefault();
        f.wrap.scrollIntoView({ block: 'start' });
        f.control.focus({ preventScroll: true });
      } }));
    };
    summary.hidden = !errors.length;
    status.hidden = false;
    // Each is drawn again only when it changes: a link being clicked must stay where it is.
    const redraw = (box, list, draw) => {
      const key = JSON.stringify(list.map((p) => [p.path, p.text.sv, p.csv_line]));
      if (key === box.dataset.key) return;
      box.dataset.key = key;
      draw();
    };
    redraw(summary, errors, () => summary.replaceChildren(el('h2', { id: `${uid}-inv-summary-h`, text: t.summaryTitle }),
      el('ul', { class: 'rk-error-summary-list' }, errors.map(link))));
    status.className = `rk-inv-status ${report.ok ? 'rk-ok' : 'rk-not-ok'}`;
    redraw(status, [...errors, ...warnings], () => status.replaceChildren(el('p', { class: 'rk-inv-verdict', text: report.ok ? t.ready : t.errors(errors.length) }),
      ...(warnings.length ? [el('p', { text: t.warnings(warnings.length) }), el('ul', { class: 'rk-warning-list' }, warnings.map(link))] : [])));
  }

  function submit() {
    inv.submitted = true;
    run();
    (summary.hidden ? status : summary).focus();
  }

  function renderDocs() {
    docs.refresh(report);
  }

  // ---- CSV -------------------------------------------------------------------------------
  function loadCsv(file) {
    if (!file) return;
    file.arrayBuffer().then((buf) => {
      const read = engine.readInvoiceCsv(new Uint8Array(buf));
      if (read.lines.length || !read.problems.some((p) => p.code === 'csv_too_many_lines')) {
        inv.lines = read.lines.map((l, i) => ({ ...l, csv_line: read.csv_lines[i], cost_text: typeof l.cost_ore === 'string' ? l.cost_ore : undefined }));
      }
      inv.csvProblems = read.problems;
      inv.csvNote = read.lines.length ? t.csvRead(read.lines.length) : '';
      inv.touched = {};
      // Lines from a file are handed in whole, like a form sent: every problem shows, with the summary.
      if (read.lines.length) inv.submitted = true;
      rebuild(() => host.querySelector(`#${CSS.escape(fileId)}`).focus());
    });
  }

  function exportCsv() {
    const text = engine.invoiceCsv(invoice());
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    const a = el('a', { href: url, download: 'fakturaunderlag.csv', hidden: true });
    body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  run();
}

/** A fresh container for the view inside `host`, after the view's stylesheet link, which is kept
 * across rebuilds (removing it would drop the styles for a moment); checked against its hash when
 * `integrity` (the component's hashes) is given. */
function mountBody(host, el, integrity) {
  const body = el('div', { class: 'rk-provider-body' });
  const old = host.querySelector(':scope > .rk-provider-body');
  if (old) old.replaceWith(body);
  else host.replaceChildren(body);
  if (!stylesheets.has(host) || !host.contains(stylesheets.get(host))) {
    const link = el('link', { rel: 'stylesheet', href: new URL('./provider.css', import.meta.url).href,
      ...(integrity ? { integrity: integrity['provider.css'], crossorigin: 'anonymous' } : {}) });
    stylesheets.set(host, link);
    host.prepend(link);
  }
  return body;
}
