// The provider view: an invoice basis (fakturaunderlag) checked by the engine while it is typed,
// lines loaded from a CSV file read locally, and a printable report draft (form 7026, FK-REP-1).
// Nothing is sent or stored; the personnummer is shown only in its own field, and masked elsewhere.
import { parseKronor, formatKronor } from './dom.js';

export const emptyInvoice = () => ({ scheme: 'fk_arbetsplatsinriktat', name: '', personnummer: '', reference: '', lines: [], positions: {}, csvProblems: [] });

const COMPETENCES = ['medicine', 'rehabilitation', 'work_organisation', 'behavioural_science', 'ergonomics', 'health_science', 'technology'];

/** Builds the provider view into `host`. ctx: { el, T, lang, engine, catalogue, inv (state, kept across rebuilds), uid }. */
export function buildProvider(host, ctx) {
  const { el, T, engine, catalogue, inv, uid } = ctx;
  const t = T().provider;
  const fields = new Map(); // path → wrapper
  const kindQ = catalogue.questions.find((q) => q.id === 'measures[].kind');
  const competenceQ = catalogue.questions.find((q) => q.id === 'provider.competence');
  const id = (path) => `${uid}-inv-${path.replace(/[^a-z0-9]+/gi, '-')}`;

  /** The invoice as the engine reads it (api.md §6). */
  function invoice() {
    const employee = {};
    if (inv.name.trim()) employee.name = inv.name.trim();
    if (inv.personnummer.trim()) employee.personnummer = inv.personnummer.trim();
    const doc = { scheme: inv.scheme, lines: inv.lines.map((l) => {
      const out = {};
      for (const [k, v] of Object.entries(l)) if (v !== '' && v !== undefined && v !== null && k !== 'cost_text') out[k] = v;
      return out;
    }) };
    if (Object.keys(employee).length) doc.employees = [employee];
    if (inv.reference.trim()) doc.reference = inv.reference.trim();
    return doc;
  }

  function text(path, label, value, onInput, opts = {}) {
    const fid = id(path);
    const input = el('input', { id: fid, type: 'text', value: value ?? '', autocomplete: 'off', spellcheck: 'false', inputmode: opts.inputmode,
      'aria-describedby': `${fid}-error${opts.help ? ` ${fid}-help` : ''}`, oninput: (e) => { onInput(e.target.value); check(); } });
    const w = el('div', { class: 'rk-q', 'data-inv': path }, el('label', { for: fid, text: label }),
      opts.help ? el('p', { class: 'rk-help', id: `${fid}-help`, text: opts.help }) : null,
      el('span', { class: 'rk-input' }, input, opts.unit ? el('span', { class: 'rk-unit', 'aria-hidden': 'true', text: opts.unit }) : null),
      el('p', { class: 'rk-error', id: `${fid}-error`, hidden: true }));
    fields.set(path, w);
    return w;
  }

  function select(path, label, value, options, onChange, groups) {
    const fid = id(path);
    const s = el('select', { id: fid, 'aria-describedby': `${fid}-error`, onchange: (e) => { onChange(e.target.value); check(); } },
      el('option', { value: '', text: T().choose }));
    if (groups) {
      for (const g of groups) s.append(el('optgroup', { label: g.label }, options.filter((o) => o.group === g.id).map((o) => el('option', { value: o.value, text: o.label }))));
    } else {
      for (const o of options) s.append(el('option', { value: o.value, text: o.label }));
    }
    s.value = value ?? '';
    const w = el('div', { class: 'rk-q', 'data-inv': path }, el('label', { for: fid, text: label }), s, el('p', { class: 'rk-error', id: `${fid}-error`, hidden: true }));
    fields.set(path, w);
    return w;
  }

  function lineRow(line, i) {
    const p = (f) => `lines[${i}].${f}`;
    const set = (f) => (v) => { line[f] = v; };
    const competenceOptions = COMPETENCES.map((c) => ({ value: c, label: competenceQ.options.find((o) => o.value === c).label }));
    const contractedId = id(p('contracted'));
    return el('fieldset', { class: 'rk-measure rk-line' }, el('legend', { text: `${t.line} ${i + 1}` }),
      text(p('date'), t.date, line.date, set('date'), { help: t.dateHelp }),
      text(p('measure'), t.measure, line.measure, set('measure'), { help: t.measureHelp }),
      select(p('kind'), t.kind, line.kind, kindQ.options, set('kind'), catalogue.groups),
      text(p('performer'), t.performer, line.performer, set('performer')),
      select(p('competence'), t.competence, line.competence, competenceOptions, set('competence')),
      (() => {
        const w = el('div', { class: 'rk-q', 'data-inv': p('contracted') }, el('span', { class: 'rk-option' },
          el('input', { type: 'checkbox', id: contractedId, checked: line.contracted === true,
            onchange: (e) => { line.external = e.target.checked || undefined; line.contracted = e.target.checked || undefined; check(); } }),
          el('label', { for: contractedId, text: t.contracted })), el('p', { class: 'rk-error', hidden: true }));
        fields.set(p('contracted'), w);
        return w;
      })(),
      text(p('cost_ore'), t.cost, line.cost_text ?? (line.cost_ore ? formatKronor(line.cost_ore, ctx.lang).replace(/\u00a0kr$/, '') : ''), (v) => {
        line.cost_text = v;
        const ore = parseKronor(v);
        line.cost_ore = v.trim() === '' ? undefined : ore ?? v;
      }, { inputmode: 'decimal', unit: T().kr }),
      el('button', { type: 'button', class: 'rk-button rk-remove', text: `${t.removeLine} ${i + 1}`, onclick: () => {
        inv.lines.splice(i, 1);
        rebuild(() => (host.querySelectorAll('.rk-line .rk-remove')[i - 1] || host.querySelector('.rk-add-line')).focus());
      } }));
  }

  function rebuild(focus) {
    buildProvider(host, ctx);
    focus?.();
  }

  // ---- layout ----------------------------------------------------------------------------
  fields.clear();
  const schemeName = `${uid}-inv-scheme`;
  const fileId = `${uid}-inv-csv`;
  const status = el('div', { class: 'rk-inv-status', role: 'status', 'aria-live': 'polite' });
  const csvList = el('ul', { class: 'rk-csv-problems' });
  host.replaceChildren(
    el('h2', { text: t.title }), el('p', { class: 'rk-help', text: t.intro }),
    el('fieldset', { class: 'rk-q' }, el('legend', { text: t.scheme }), el('div', { class: 'rk-options' },
      [['fk_arbetsplatsinriktat', t.fk], ['afa_rehabiliteringsstod', t.afa]].map(([v, l]) => el('span', { class: 'rk-option' },
        el('input', { type: 'radio', name: schemeName, id: `${schemeName}-${v}`, value: v, checked: inv.scheme === v, onchange: () => { inv.scheme = v; check(); } }),
        el('label', { for: `${schemeName}-${v}`, text: l }))))),
    el('fieldset', { class: 'rk-measure', 'data-inv': 'employees[0]' }, el('legend', { text: t.employee }),
      el('p', { class: 'rk-help', text: t.employeeHelp }),
      text('employees[0].name', t.name, inv.name, (v) => { inv.name = v; }),
      text('employees[0].personnummer', t.personnummer, inv.personnummer, (v) => { inv.personnummer = v; }, { help: t.personnummerHelp }),
      text('reference', t.reference, inv.reference, (v) => { inv.reference = v; }, { help: t.referenceHelp }),
      el('p', { class: 'rk-error', hidden: true })),
    el('div', { class: 'rk-q', 'data-inv': 'employees' }, el('p', { class: 'rk-error', hidden: true })),
    el('h3', { text: t.lines }),
    el('div', { class: 'rk-q', 'data-inv': 'lines' }, el('p', { class: 'rk-error', hidden: true })),
    el('div', { class: 'rk-lines' }, inv.lines.map(lineRow)),
    el('div', { class: 'rk-tools' },
      el('button', { type: 'button', class: 'rk-button rk-add rk-add-line', text: t.addLine, onclick: () => {
        inv.lines.push({});
        rebuild(() => host.querySelector('.rk-line:last-of-type input')?.focus());
      } }),
      el('span', { class: 'rk-file' }, el('label', { for: fileId, text: t.csv }),
        el('input', { type: 'file', id: fileId, accept: '.csv,text/csv,text/plain', 'aria-describedby': `${fileId}-help`, onchange: (e) => {
          const file = e.target.files[0];
          if (!file) return;
          const reader = new FileReader();
          reader.onload = () => {
            const read = engine.readInvoiceCsv(String(reader.result));
            inv.lines = read.lines.map((l) => ({ ...l, cost_text: typeof l.cost_ore === 'string' ? l.cost_ore : undefined }));
            inv.csvProblems = read.problems;
            rebuild(() => host.querySelector(`#${fileId}`).focus());
          };
          reader.readAsText(file);
        } }),
        el('p', { class: 'rk-help', id: `${fileId}-help`, text: t.csvHelp }))),
    csvList,
    status,
    el('section', { class: 'rk-report', 'aria-labelledby': `${uid}-report-h` }, el('h2', { id: `${uid}-report-h`, text: t.report }),
      el('p', { class: 'rk-help', text: t.reportIntro }), el('div', { class: 'rk-report-body' }),
      el('button', { type: 'button', class: 'rk-button', text: t.printReport, onclick: () => {
        const root = host.closest('.rk');
        root.classList.add('rk-printing-report');
        host.ownerDocument.defaultView.print();
        root.classList.remove('rk-printing-report');
      } })));

  function showProblem(path, problems) {
    const w = fields.get(path) || host.querySelector(`[data-inv="${CSS.escape(path)}"]`);
    if (!w) return false;
    const slot = w.querySelector(':scope > .rk-error');
    slot.textContent = problems.map((p) => `${p.text[ctx.lang]}${p.shown ? ` (${p.shown})` : ''} [${p.rule}]`).join(' ');
    slot.hidden = !problems.length;
    slot.classList.toggle('rk-warning', problems.length > 0 && problems.every((p) => p.severity === 'warning'));
    for (const input of w.querySelectorAll('input, select')) {
      if (problems.some((p) => p.severity === 'error')) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
    return true;
  }

  function check() {
    let report;
    try {
      report = engine.checkInvoice(invoice());
    } catch (e) {
      status.replaceChildren(el('p', { class: 'rk-error', text: e[ctx.lang] || e.message }));
      return;
    }
    const byPath = new Map();
    for (const p of report.problems) byPath.set(p.path, [...(byPath.get(p.path) || []), p]);
    for (const w of host.querySelectorAll('[data-inv]')) showProblem(w.dataset.inv, byPath.get(w.dataset.inv) || []);
    const errors = report.problems.filter((p) => p.severity === 'error').length;
    const warnings = report.problems.length - errors;
    status.className = `rk-inv-status ${report.ok ? 'rk-ok' : 'rk-not-ok'}`;
    status.replaceChildren(el('p', { class: 'rk-inv-verdict', text: report.ok ? t.ready : t.errors(errors) }),
      ...(warnings ? [el('p', { text: t.warnings(warnings) })] : []));
    csvList.replaceChildren(...inv.csvProblems.map((p) => el('li', { class: 'rk-error', text: `${t.csvLine(p.csv_line)}: ${p.text[ctx.lang]}` })));
    renderReport();
    ctx.onInvoice?.(report);
  }

  /** The report draft: who, which measures, and the positions taken in investigations. */
  function renderReport() {
    const body = host.querySelector('.rk-report-body');
    const masked = inv.personnummer.trim().length >= 6 ? `${inv.personnummer.trim().slice(0, inv.personnummer.trim().length > 11 ? 8 : 6)}-****` : '';
    const rows = inv.lines.map((l, i) => {
      const kind = kindQ.options.find((o) => o.value === l.kind)?.label;
      const investigation = /^investigate_/.test(l.kind || '');
      const pid = `${uid}-pos-${i}`;
      return el('li', {}, el('span', { text: [l.date, l.measure || kind, l.performer].filter(Boolean).join(' · ') || `${t.line} ${i + 1}` }),
        investigation ? el('div', { class: 'rk-q' }, el('label', { for: pid, text: t.positions }),
          el('textarea', { id: pid, rows: '3', oninput: (e) => { inv.positions[i] = e.target.value; } }, inv.positions[i] || '')) : null);
    });
    const reportHeading = el('p', {}, el('strong', { text: `${t.concerns}: ` }), `${inv.name.trim() || '…'}${masked ? ` (${masked})` : ''}`);
    const active = host.ownerDocument.activeElement;
    if (active?.tagName === 'TEXTAREA' && body.contains(active)) return; // keep the user's place while writing
    body.replaceChildren(reportHeading, el('p', { class: 'rk-help', text: t.maskedNote }), el('ol', {}, rows));
  }

  check();
}
