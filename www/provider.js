// The provider view: the invoice basis (fakturaunderlag) a provider gives the employer, checked by
// the engine the way a good public-sector form checks (GOV.UK error summary pattern): a field when
// the user leaves it, everything when "Kontrollera" is pressed, never an untouched field. Lines can
// be loaded from a CSV file read locally and saved back as one. The documents to print (the
// invoice basis, the 7026 report, AFA's underlag) are in provider-docs.js.
//
// The same pattern as the questionnaire (ui.js): the view is drawn from the state alone
// (ctx.state.invoice, made by emptyInvoice()), input changes that state, a check (the engine's
// checkInvoice) keeps its result there, and ctx.render() puts the page in line. Typing changes
// only the state: the page follows when a field is left, a choice is made or Kontrollera pressed.
//
// Privacy: nothing is sent or stored. The personnummer is obscured in its field when the field is
// not being edited (and in any printout of the form); the full number exists only in the printed
// documents, while they print. Problems from the engine never hold it.
import { parseKronor, formatKronor, memo } from './dom.js';
import { PROVIDER_TEXT } from './provider-text.js';
import { renderDocuments } from './provider-docs.js';
import { errorSummary, focusField } from './views/error-summary.js';

export const emptyInvoice = () => ({
  scheme: 'fk_arbetsplatsinriktat', name: '', personnummer: '', reference: '',
  employer: { name: '', org: '' }, provider: { name: '', org: '' }, place: '', docDate: '',
  lines: [], csvProblems: [], csvNote: '',
  touched: {}, // path → true once the user has left that field
  submitted: false, // "Kontrollera" pressed: every problem shows, with the summary
  report: null, // the last check: the engine's report
  problems: [], // the last check's problems, each at the path of the field that shows it
  pnrNote: '', // a valid personnummer, once left and checked: its birth date ("811218-****")
  filled: {}, // path → true: a long file's line list made whole once used
  printing: null, // the document printing now ('invoice', 'report' or 'afa'), only while it prints
});

const COMPETENCES = ['medicine', 'rehabilitation', 'work_organisation', 'behavioural_science', 'ergonomics', 'health_science', 'technology'];
/** Attributes that keep personal data out of session-replay and analytics tools a host page may run. */
export const PRIVATE = { autocomplete: 'off', 'data-private': '', 'data-hj-suppress': '', 'data-clarity-mask': 'true' };
const PRIVATE_CLASS = 'fs-exclude';
/** Where the engine's paths for the whole employee show. */
const SHOWN_AT = { employees: 'employees[0].name', 'employees[0]': 'employees[0].name' };
const PNR = 'employees[0].personnummer';
const LAZY_LISTS_FROM = 50;
const LINE_FIELDS = ['date', 'measure', 'kind', 'performer', 'competence', 'contracted', 'external', 'digital', 'cost_ore'];

const isAfa = (inv) => inv.scheme === 'afa_rehabiliteringsstod';

/** The invoice as the engine reads it (docs/API.md §6). For AFA the invoice carries the reference, not the person. */
function invoiceDoc(inv) {
  const lines = inv.lines.map((l) => {
    const out = {};
    for (const k of LINE_FIELDS) {
      const v = typeof l[k] === 'string' ? l[k].trim() : l[k];
      if (v !== '' && v !== undefined && v !== null) out[k] = v;
    }
    return out;
  });
  const doc = { scheme: inv.scheme, lines };
  if (isAfa(inv)) {
    if (inv.reference.trim()) doc.reference = inv.reference.trim();
  } else {
    const employee = {};
    if (inv.name.trim()) employee.name = inv.name.trim();
    if (inv.personnummer.trim()) employee.personnummer = inv.personnummer;
    if (Object.keys(employee).length) doc.employees = [employee];
  }
  return doc;
}

/** What the state holds for a field, as the user wrote it. */
function valueAt(inv, path) {
  const m = /^lines\[(\d+)\]\.(\w+)$/.exec(path);
  if (m) {
    const line = inv.lines[Number(m[1])] ?? {};
    return m[2] === 'cost_ore' ? line.cost_text ?? line.cost_ore : line[m[2]];
  }
  const direct = { 'employees[0].name': inv.name, [PNR]: inv.personnummer, reference: inv.reference };
  if (path in direct) return direct[path];
  const [party, field] = path.split('.');
  return inv[party]?.[field];
}

/** A problem shows at its field once the field was left, everywhere after Kontrollera, and always for the file. */
const visible = (inv, p) => inv.submitted || p.path === 'csv' || inv.touched[p.path] || (p.code === 'no_employee' && inv.touched[PNR]);

/** The fields of the form now, by path, with the id of the control a summary link moves the focus to. */
function controls(inv, id) {
  const out = new Map([['employer.name', id('employer.name')], ['employer.org', id('employer.org')], ['provider.name', id('provider.name')],
    ['provider.org', id('provider.org')], ['employees[0].name', id('employees[0].name')], [PNR, id(PNR)], ['lines', `${id('lines')}-add`], ['csv', id('csv')]]);
  if (isAfa(inv)) out.set('reference', id('reference'));
  inv.lines.forEach((_, i) => {
    for (const f of ['date', 'measure', 'kind', 'performer', 'competence', 'cost_ore']) out.set(`lines[${i}].${f}`, id(`lines[${i}].${f}`));
    if (isAfa(inv)) out.set(`lines[${i}].digital`, `${id(`lines[${i}].digital`)}-true`);
    else out.set(`lines[${i}].contracted`, id(`lines[${i}].contracted`));
  });
  return out;
}

// ---- input: each action changes the state, then the page follows ------------------------------

/** A fresh invoice in the state, checked once (nothing shows until a field is left). */
export function startInvoice(ctx, tools) {
  ctx.state.invoice = emptyInvoice();
  check(ctx, tools);
}

/** Checks the invoice with the engine and keeps the result in the state. */
function check(ctx, tools) {
  const inv = ctx.state.invoice;
  const { engine } = tools;
  let report;
  try {
    report = engine.checkInvoice(invoiceDoc(inv));
  } catch (e) {
    // Malformed input cannot come from this form; say so plainly rather than fail silently.
    report = { ok: false, lines: inv.lines.length, total_ore: 0, problems: [{ path: e.path || 'lines', severity: 'error', text: { sv: e.sv || e.message, en: e.en || e.message }, rule: '' }] };
  }
  const problems = report.problems.map((p) => ({ ...p, path: SHOWN_AT[p.path] || p.path }));
  if (isAfa(inv) && inv.personnummer.trim()) {
    const c = engine.checkPersonnummer(inv.personnummer);
    if (!c.ok) problems.unshift({ path: PNR, code: c.code, severity: 'error', text: c.text, rule: c.rule });
  }
  for (const p of inv.csvProblems) problems.push({ ...p, path: 'csv' });
  inv.report = report;
  inv.problems = problems;
  // A valid personnummer, once left, is confirmed with its birth date only.
  inv.pnrNote = '';
  if (inv.touched[PNR] && inv.personnummer.trim() && !problems.some((p) => p.path === PNR && visible(inv, p))) {
    const c = engine.checkPersonnummer(inv.personnummer);
    if (c.ok) inv.pnrNote = c.masked;
  }
  tools.onInvoice?.(report);
}

function actions(ctx, tools) {
  const inv = ctx.state.invoice;
  const win = ctx.doc.defaultView;
  const checked = (opts) => {
    check(ctx, tools);
    ctx.render(opts);
  };
  return {
    checked,
    /** A field was left: from now on its problems show. Left with a press of the pointer, the check
     * waits for the click, so nothing moves under it. */
    left(path) {
      // Passing through an empty text field is not an answer (a box or a yes/no is one once left).
      if (!inv.touched[path] && !/\.(contracted|digital)$/.test(path) && !String(valueAt(inv, path) ?? '').trim()) return;
      inv.touched[path] = true;
      if (!ctx.pointer.down) return checked();
      let done = false;
      const go = () => {
        if (done) return;
        done = true;
        if (ctx.state.invoice === inv) checked();
      };
      win.addEventListener('click', () => win.setTimeout(go), { capture: true, once: true });
      win.setTimeout(go, 800);
    },
    submit() {
      inv.submitted = true;
      check(ctx, tools);
      const errors = inv.problems.some((p) => p.severity === 'error');
      ctx.render({ focus: { id: errors ? `${ctx.uid}-inv-summary` : `${ctx.uid}-inv-status` } });
    },
    setScheme(v) {
      inv.scheme = v;
    },
    addLine() {
      inv.lines.push({});
      checked({ focus: { id: `${ctx.uid}-inv-${`lines[${inv.lines.length - 1}].date`.replace(/[^a-z0-9]+/gi, '-')}` } });
    },
    removeLine(i) {
      inv.lines.splice(i, 1);
      for (const table of [inv.touched, inv.filled]) for (const k of Object.keys(table)) if (k.startsWith('lines[')) delete table[k];
      const id = i > 0 ? `${ctx.uid}-inv-line-${i - 1}-remove` : `${ctx.uid}-inv-lines-add`;
      checked({ focus: { id } });
    },
    /** A long file's list is made whole the first time it is used. */
    fill(path) {
      if (inv.filled[path]) return;
      inv.filled[path] = true;
      ctx.render();
    },
    typedPnr(v) {
      inv.personnummer = v;
      if (inv.pnrNote) {
        inv.pnrNote = ''; // what was confirmed is not what is in the field now
        ctx.render();
      }
    },
    loadCsv(file) {
      const t = PROVIDER_TEXT[ctx.state.lang] || PROVIDER_TEXT.sv;
      file.arrayBuffer().then((buf) => {
        if (ctx.state.invoice !== inv) return;
        const read = tools.engine.readInvoiceCsv(new Uint8Array(buf));
        if (read.lines.length || !read.problems.some((p) => p.code === 'csv_too_many_lines')) {
          inv.lines = read.lines.map((l, i) => ({ ...l, csv_line: read.csv_lines[i], cost_text: typeof l.cost_ore === 'string' ? l.cost_ore : undefined }));
        }
        inv.csvProblems = read.problems;
        inv.csvNote = read.lines.length ? t.csvRead(read.lines.length) : '';
        inv.touched = {};
        inv.filled = {};
        // Lines from a file are handed in whole, like a form sent: every problem shows, with the summary.
        if (read.lines.length) inv.submitted = true;
        checked({ focus: { id: `${ctx.uid}-inv-csv` } });
      });
    },
    exportCsv() {
      const text = tools.engine.invoiceCsv(invoiceDoc(inv));
      const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
      const a = ctx.el('a', { href: url, download: 'fakturaunderlag.csv', hidden: true });
      ctx.root.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
    /** Prints one document alone, with the full personnummer in it while it prints (provider-docs.js). */
    print(key) {
      inv.printing = key;
      ctx.render();
      win.addEventListener('afterprint', () => {
        inv.printing = null;
        ctx.render();
      }, { once: true });
      win.print();
    },
  };
}

// ---- the view ------------------------------------------------------------------------------------

/** The provider view from ctx.state.invoice. tools: { engine (the full module), onInvoice }. */
export function renderProvider(ctx, tools) {
  const { el, state, uid } = ctx;
  const inv = state.invoice;
  const lang = state.lang;
  const t = PROVIDER_TEXT[lang] || PROVIDER_TEXT.sv;
  const act = actions(ctx, tools);
  const afa = isAfa(inv);
  const catalogue = ctx.cat();
  const id = (path) => `${uid}-inv-${path.replace(/[^a-z0-9]+/gi, '-')}`;
  const kindQ = catalogue.questions.find((q) => q.id === 'measures[].kind');
  const competenceQ = catalogue.questions.find((q) => q.id === 'provider.competence');
  const competenceOptions = COMPETENCES.map((c) => ({ value: c, label: competenceQ.options.find((o) => o.value === c).label }));
  const byPath = new Map();
  for (const p of inv.problems) if (visible(inv, p)) byPath.set(p.path, [...(byPath.get(p.path) || []), p]);
  const lineRef = (p) => {
    const m = /^lines\[(\d+)\]/.exec(p.path);
    return m ? t.lineRef(Number(m[1]), inv.lines[Number(m[1])]?.csv_line) : null;
  };
  const problemText = (p) => `${p.path === 'csv' && p.csv_line ? `${t.csvLine(p.csv_line)}: ` : ''}${p.text[lang]}`;

  // ---- fields ----
  const describedBy = (fid, help) => `${help ? `${fid}-help ` : ''}${fid}-error`;
  /** The problems at a field: its message slot, and whether they are errors. */
  function slot(path, fid) {
    const list = byPath.get(path) || [];
    const errors = list.some((p) => p.severity === 'error');
    const csv = path === 'csv';
    const items = list.map((p) => {
      const item = el(csv ? 'li' : 'span', { class: `rk-problem${p.severity === 'warning' ? ' rk-warning' : ''}` },
        el('span', { class: 'rk-visually-hidden', text: `${p.severity === 'error' ? t.errorPrefix : t.warningPrefix} ` }), problemText(p),
        p.rule && !csv ? el('span', { class: 'rk-rule', text: ` ${p.rule}` }) : null);
      return csv ? item : [item, ' '];
    });
    const cls = `rk-error${csv ? ' rk-csv-problems' : ''}${list.length && !errors ? ' rk-warning' : ''}`;
    return { errors, node: el(csv ? 'ul' : 'p', { class: cls, id: `${fid}-error`, hidden: !list.length }, items.flat()) };
  }
  const wrap = (tag, path, s, attrs, ...children) => el(tag, { ...attrs, class: ['rk-q', attrs.class, s.errors ? 'rk-q-error' : null].filter(Boolean).join(' '), 'data-inv': path }, ...children);

  function text(path, label, value, onInput, opts = {}) {
    const fid = id(path);
    const s = slot(path, fid);
    // The value is set as a property, never as an attribute: personal data stays out of the markup.
    const input = el('input', { id: fid, type: 'text', spellcheck: 'false', inputmode: opts.inputmode, autocomplete: 'off',
      'aria-describedby': `${describedBy(fid, opts.help)}${opts.describedBy ? ` ${opts.describedBy}` : ''}`, 'aria-invalid': s.errors ? 'true' : null,
      oninput: (e) => onInput(e.target.value), ...(opts.private ? PRIVATE : {}),
      class: [opts.class, opts.private ? PRIVATE_CLASS : null].filter(Boolean).join(' ') || undefined });
    input.value = value ?? '';
    return wrap('div', path, s, {}, el('label', { for: fid, text: label }),
      opts.help ? el('p', { class: 'rk-help', id: `${fid}-help`, text: opts.help }) : null,
      s.node,
      el('span', { class: 'rk-input' }, input, opts.unit ? el('span', { class: 'rk-unit', 'aria-hidden': 'true', text: opts.unit }) : null),
      opts.after || null);
  }

  function select(path, label, value, options, onChange, groups) {
    const fid = id(path);
    const s = slot(path, fid);
    const option = (o) => el('option', { value: o.value, text: o.label });
    // A value the list does not have (from a file) stays visible, for the user to replace.
    const known = options.find((o) => o.value === value || (typeof value === 'string' && o.label.toLowerCase() === value.trim().toLowerCase()));
    const unknown = value && !known ? el('option', { value, text: value }) : null;
    // With many lines a line's list is made whole when it is first used: a thousand lines from a
    // file would otherwise be fifty thousand options.
    const whole = inv.lines.length <= LAZY_LISTS_FROM || inv.filled[path];
    const fill = whole ? null : () => act.fill(path);
    const list = !whole ? [known ? option(known) : null]
      : groups ? groups.map((g) => el('optgroup', { label: g.label }, options.filter((o) => o.group === g.id).map(option)))
        : options.map(option);
    const control = el('select', { id: fid, 'aria-describedby': describedBy(fid), 'aria-invalid': s.errors ? 'true' : null, onchange: (e) => onChange(e.target.value),
      onfocus: fill, onpointerdown: fill, onmousedown: fill, onkeydown: fill }, el('option', { value: '', text: t.choose }), list, unknown);
    control.value = known ? known.value : value ?? '';
    return wrap('div', path, s, {}, el('label', { for: fid, text: label }), s.node, control);
  }

  function yesNo(path, legend, value, onChange) {
    const name = id(path);
    const s = slot(path, name);
    return wrap('fieldset', path, s, { 'aria-describedby': `${name}-error` }, el('legend', { text: legend }), s.node,
      el('div', { class: 'rk-options' }, [[true, t.yes], [false, t.no]].map(([v, label]) => el('span', { class: 'rk-option' },
        el('input', { type: 'radio', name, id: `${name}-${v}`, checked: value === v, 'aria-invalid': s.errors ? 'true' : null, onchange: () => onChange(v) }),
        el('label', { for: `${name}-${v}`, text: label })))));
  }

  /** One line, built again only when something it shows changed. */
  function lineRow(line, i) {
    const p = (f) => `lines[${i}].${f}`;
    const paths = [...LINE_FIELDS, 'positions'].map(p);
    const key = JSON.stringify([lang, afa, i, line, paths.map((x) => byPath.get(x) ?? null), paths.map((x) => !!inv.filled[x]), inv.lines.length > LAZY_LISTS_FROM]);
    return memo(ctx.doc, `line:${i}`, key, () => {
      // Handlers find the line by its number when they run: the state may hold another object by then.
      const set = (f) => (v) => { inv.lines[i][f] = v; };
      const investigation = /^investigate_/.test(line.kind || '');
      const contractedId = id(p('contracted'));
      const cs = slot(p('contracted'), contractedId);
      const contracted = wrap('div', p('contracted'), cs, {}, cs.node, el('span', { class: 'rk-option' },
        el('input', { type: 'checkbox', id: contractedId, checked: line.contracted === true, 'aria-describedby': `${contractedId}-error`, 'aria-invalid': cs.errors ? 'true' : null,
          onchange: (e) => Object.assign(inv.lines[i], { contracted: e.target.checked || undefined, external: e.target.checked || undefined }) }),
        el('label', { for: contractedId, text: t.contracted })));
      const costText = line.cost_text ?? (typeof line.cost_ore === 'number' ? formatKronor(line.cost_ore, lang).replace(/\u00a0kr$/, '') : line.cost_ore ?? '');
      const pid = id(p('positions'));
      return el('fieldset', { class: 'rk-measure rk-line' }, el('legend', { text: `${t.line} ${i + 1}` }),
        text(p('date'), t.date, line.date, set('date'), { help: i === 0 ? t.dateHelp : undefined, class: 'rk-date-input' }),
        text(p('measure'), t.measure, line.measure, set('measure'), { help: i === 0 ? t.measureHelp : undefined }),
        select(p('kind'), t.kind, line.kind, kindQ.options, set('kind'), catalogue.groups),
        text(p('performer'), t.performer, line.performer, set('performer')),
        select(p('competence'), t.competence, line.competence, competenceOptions, set('competence')),
        afa ? null : contracted,
        afa ? yesNo(p('digital'), t.digital, line.digital, set('digital')) : null,
        text(p('cost_ore'), t.cost, costText, (v) => {
          const ore = parseKronor(v);
          Object.assign(inv.lines[i], { cost_text: v, cost_ore: v.trim() === '' ? undefined : ore ?? v });
        }, { inputmode: 'decimal', unit: t.kr }),
        // An investigation asks for the positions taken, for the report.
        investigation && !afa ? el('div', { class: 'rk-q' }, el('label', { for: pid, text: t.positions }),
          el('p', { class: 'rk-help', id: `${pid}-help`, text: t.positionsHelp }),
          el('textarea', { id: pid, rows: '4', 'aria-describedby': `${pid}-help`, oninput: (e) => { inv.lines[i].positions = e.target.value; } }, line.positions || '')) : null,
        el('button', { type: 'button', class: 'rk-button rk-remove', id: `${uid}-inv-line-${i}-remove`, text: `${t.removeLine} ${i + 1}`, onclick: () => act.removeLine(i) }));
    });
  }

  // ---- the summary and the verdict ----
  const errors = inv.problems.filter((p) => visible(inv, p) && p.severity === 'error');
  const warnings = inv.problems.filter((p) => visible(inv, p) && p.severity === 'warning');
  const targets = controls(inv, id);
  const item = (p) => {
    const line = lineRef(p);
    return { text: `${line ? `${line}: ` : ''}${problemText(p)}`, target: targets.get(p.path) ?? null };
  };
  const summary = inv.submitted && errors.length
    ? errorSummary(el, { id: `${uid}-inv-summary`, title: t.summaryTitle, items: errors.map(item) }) : null;
  const report = inv.report;
  const status = el('div', { class: `rk-inv-status ${report.ok ? 'rk-ok' : 'rk-not-ok'}`, id: `${uid}-inv-status`, 'data-key': 'status',
    role: 'status', 'aria-live': 'polite', tabindex: '-1', hidden: !inv.submitted },
  inv.submitted ? [el('p', { class: 'rk-inv-verdict', text: report.ok ? t.ready : t.errors(errors.length) }),
    ...(warnings.length ? [el('p', { text: t.warnings(warnings.length) }), el('ul', { class: 'rk-warning-list' }, warnings.map((p) => {
      const { text: label, target } = item(p);
      return el('li', {}, target ? el('a', { href: `#${target}`, text: label, onclick: (e) => {
        e.preventDefault();
        focusField(e.currentTarget.getRootNode(), target);
      } }) : label);
    }))] : [])] : []);

  // ---- the form ----
  const schemeName = `${uid}-inv-scheme`;
  const fileId = id('csv');
  const party = (key, legend) => el('fieldset', { class: 'rk-measure' }, el('legend', { text: legend }),
    text(`${key}.name`, t.partyName, inv[key].name, (v) => { inv[key].name = v; }),
    text(`${key}.org`, t.org, inv[key].org, (v) => { inv[key].org = v; }, { help: t.orgHelp, inputmode: 'numeric' }));
  const pnrNoteId = `${id(PNR)}-note`;
  const csv = slot('csv', fileId);
  const lines = slot('lines', id('lines'));

  return el('div', { class: 'rk-provider-body', 'data-key': 'provider',
    // A field is checked when the user leaves it (GOV.UK: not while typing).
    onfocusout: (e) => {
      if (!e.target.matches?.('input:not([type=file]), select, textarea')) return;
      const w = e.target.closest('[data-inv]');
      if (!w || w.contains(e.relatedTarget)) return;
      act.left(w.dataset.inv);
    },
    // A choice (a radio, a box, a list) checks at once; typed text when it is left; a file when it is read.
    onchange: (e) => {
      const w = e.target.closest?.('[data-inv]');
      if (e.target.type === 'file' || (w && e.target.type === 'text')) return;
      if (w) inv.touched[w.dataset.inv] = true;
      act.checked();
    } },
  el('h2', { text: t.title, tabindex: '-1' }), el('p', { class: 'rk-help', text: t.intro }),
  summary,
  el('form', { class: 'rk-invoice-form', novalidate: true, onsubmit: (e) => { e.preventDefault(); act.submit(); } },
    el('fieldset', { class: 'rk-q' }, el('legend', { text: t.scheme }), el('div', { class: 'rk-options rk-multi' },
      [['fk_arbetsplatsinriktat', t.fk], ['afa_rehabiliteringsstod', t.afa]].map(([v, l]) => el('span', { class: 'rk-option' },
        el('input', { type: 'radio', name: schemeName, id: `${schemeName}-${v}`, value: v, checked: inv.scheme === v, onchange: () => act.setScheme(v) }),
        el('label', { for: `${schemeName}-${v}`, text: l }))))),
    party('employer', t.employer),
    party('provider', t.provider),
    el('fieldset', { class: 'rk-measure', 'data-key': `employee:${afa}` }, el('legend', { text: afa ? t.employeeAfa : t.employeeFk }),
      el('p', { class: 'rk-help', text: afa ? t.employeeHelpAfa : t.employeeHelpFk }),
      text('employees[0].name', t.name, inv.name, (v) => { inv.name = v; }, { private: true }),
      text(PNR, t.personnummer, inv.personnummer, (v) => act.typedPnr(v), { help: t.personnummerHelp, private: true, class: 'rk-pnr', describedBy: pnrNoteId,
        after: el('p', { class: 'rk-pnr-note', id: pnrNoteId, 'aria-live': 'polite', text: inv.pnrNote ? t.validPnr(inv.pnrNote) : '' }) }),
      afa ? text('reference', t.reference, inv.reference, (v) => { inv.reference = v; }, { help: t.referenceHelp }) : null),
    el('h3', { text: t.lines }),
    el('div', { class: 'rk-lines' }, inv.lines.map(lineRow)),
    wrap('div', 'lines', lines, {}, lines.node,
      el('button', { type: 'button', class: 'rk-button rk-add rk-add-line', id: `${id('lines')}-add`, text: t.addLine, onclick: () => act.addLine() })),
    el('div', { class: 'rk-tools rk-inv-tools' }, el('button', { type: 'button', class: 'rk-button', text: t.exportCsv, onclick: () => act.exportCsv() })),
    wrap('div', 'csv', csv, { class: 'rk-file' }, el('label', { for: fileId, text: t.csv }),
      el('p', { class: 'rk-help', id: `${fileId}-help`, text: t.csvHelp }),
      csv.node,
      el('input', { type: 'file', id: fileId, accept: '.csv,text/csv,text/plain', 'aria-describedby': `${fileId}-help ${fileId}-error`, onchange: (e) => {
        const file = e.target.files[0];
        e.target.value = ''; // the same file chosen again is read again
        if (file) act.loadCsv(file);
      } }),
      el('p', { class: 'rk-csv-note', 'aria-live': 'polite', text: inv.csvNote })),
    el('button', { type: 'submit', class: 'rk-button rk-add rk-check', text: t.check })),
  status,
  el('div', { class: 'rk-docs-slot' }, renderDocuments(ctx, { t, inv, report, engine: tools.engine, catalogue, print: (key) => act.print(key) })));
}
