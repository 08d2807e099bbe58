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
// documents, while they print, and leaves them when printing ends or after PRINT_SLOT_MS, whichever
// comes first (a sandboxed frame may never say that printing ended). Problems never hold it.
//
// A CSV file is read in parts (the provider module's reader, READ_ROWS rows at a time) and its
// lines put on the page in parts (PLACE_ROWS at a time), the browser getting a turn between parts:
// every task stays short and a progress bar says how far it has come (README, "Large files").
import { parseKronor, formatKronor, memo } from './dom.js';
import { PROVIDER_TEXT } from './provider-text.js';
import { renderDocuments } from './provider-docs.js';
import { errorSummary, focusField } from './views/error-summary.js';
import { CSV_MAX_BYTES, fileBytes, megabytes, yieldToBrowser } from './files.js';

export const emptyInvoice = () => ({
  scheme: 'fk_arbetsplatsinriktat', name: '', personnummer: '', reference: '',
  employer: { name: '', org_number: '' }, provider: { name: '', org_number: '' }, place: '', docDate: '',
  lines: [], csvProblems: [], csvNote: null, // csvNote: what the last file gave, { key, args }
  // A file being loaded: { phase: 'reading', position, length, parts } while it is read, { phase:
  // 'ask', incoming } while the user says whether its lines are added to the lines there or replace
  // them, { phase: 'placing', done, of, parts } while they are put on the page; null otherwise.
  csvLoad: null,
  message: null, // what the last file action says at the file tools: { kind: 'error'|'info', key, args }
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
/** Rows read from a file per part, and lines put on the page per part (each part one short task). */
export const READ_ROWS = 100;
export const PLACE_ROWS = 25;
/** Rows of each document drawn per part once a file's lines are in (a row per line, in two documents). */
export const DOC_ROWS = 50;
/** Lines drawn as one block: a change redraws its block, and the page compares blocks, not lines. */
const BLOCK = 50;
/** The most lines the form holds (the provider module refuses a longer file: csv_too_many_lines). */
const MAX_LINES = 1000;
/** The full personnummer leaves the document being printed this long after printing began, at the latest. */
export const PRINT_SLOT_MS = 1000;
const LINE_FIELDS = ['date', 'measure', 'kind', 'performer', 'competence', 'contracted', 'external', 'digital', 'cost_ore'];

const isAfa = (inv) => inv.scheme === 'afa_rehabiliteringsstod';

// A line is never changed in place: a change puts a new object in its place (changeLine). So the
// views tell a changed line by its object, through a number given to each line object: with a
// thousand lines of long texts every redraw would otherwise serialise and compare megabytes.
const lineIds = new WeakMap();
let lastLineId = 0;
/** A number for this line object, the same for as long as the object lives; for the views' memo keys. */
export function lineId(line) {
  let id = lineIds.get(line);
  if (id === undefined) lineIds.set(line, (id = ++lastLineId));
  return id;
}
const changeLine = (inv, i, patch) => {
  if (inv.lines[i]) inv.lines[i] = { ...inv.lines[i], ...patch };
};

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
  const party = (p) => Object.fromEntries(['name', 'org_number'].map((k) => [k, p[k].trim()]).filter(([, v]) => v));
  const doc = { scheme: inv.scheme, employer: party(inv.employer), provider: party(inv.provider), lines };
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

/** A problem shows at its field once the field was left, everywhere after Kontrollera, and always for
 * the file; while a file's lines come in, each line's as it comes (the rest once they are all in). */
const placing = (inv) => inv.csvLoad?.phase === 'placing';
const visible = (inv, p) => inv.submitted || p.path === 'csv' || inv.touched[p.path] || (placing(inv) && p.path.startsWith('lines['))
  || (p.code === 'no_employee' && inv.touched[PNR]);

/** The id of the control a summary link for `path` moves the focus to; null for a path no field shows. */
function targetOf(inv, id, path) {
  if (['employer.name', 'employer.org_number', 'provider.name', 'provider.org_number', 'employees[0].name', PNR, 'csv'].includes(path)) return id(path);
  if (path === 'lines') return `${id('lines')}-add`;
  if (path === 'reference') return isAfa(inv) ? id(path) : null;
  const m = /^lines\[(\d+)\]\.(\w+)$/.exec(path);
  const line = m && inv.lines[Number(m[1])];
  if (!line) return null;
  if (['date', 'measure', 'kind', 'performer', 'competence', 'cost_ore'].includes(m[2])) return id(path);
  if (m[2] === 'digital') return isAfa(inv) ? `${id(path)}-true` : null;
  if (m[2] === 'contracted' && !isAfa(inv)) return line.external === true ? `${id(path)}-true` : id(`lines[${m[1]}].external`);
  return null;
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
  // Not while a file's lines come in: the host hears of the invoice once they are all in.
  if (!placing(inv)) tools.onInvoice?.(report);
}

function actions(ctx, tools) {
  const inv = ctx.state.invoice;
  const win = ctx.doc.defaultView;
  const checked = (opts) => {
    check(ctx, tools);
    ctx.render(opts);
  };
  const csvId = `${ctx.uid}-inv-csv`;
  /** A file's loading ends without lines, saying why. */
  const stop = (message) => {
    inv.csvLoad = null;
    inv.message = message;
    ctx.render({ focus: { id: `${csvId}-message` } });
  };
  /** The problems of lines [from, to) alone, as the whole check gives them: a line's own problems
   * depend on that line only (the provider module's check), so a part of a file shows its problems
   * as it comes in, and the whole check after the last part changes no line that is there. */
  const checkPart = (from, to) => {
    let report;
    try {
      report = tools.engine.checkInvoice({ scheme: inv.scheme, lines: invoiceDoc({ ...inv, lines: inv.lines.slice(from, to) }).lines });
    } catch {
      return; // the whole check after the last part says what it is
    }
    for (const p of report.problems) {
      const m = /^lines\[(\d+)\](.*)$/.exec(p.path);
      if (m) inv.problems.push({ ...p, path: `lines[${from + Number(m[1])}]${m[2]}` });
    }
  };
  /** The lines of a file put on the page a part at a time, after those there ('add') or instead of
   * them; then the documents drawn a part at a time. */
  async function place(incoming, mode) {
    const n = incoming.lines.length;
    const removed = mode === 'replace' ? inv.lines.length : 0;
    const load = { phase: 'placing', done: 0, of: n, parts: 0 };
    const stale = () => ctx.state.invoice !== inv || inv.csvLoad !== load;
    inv.csvLoad = load;
    inv.message = null;
    inv.csvProblems = incoming.problems;
    if (mode === 'replace') {
      inv.lines = [];
      for (const table of [inv.touched, inv.filled]) for (const k of Object.keys(table)) if (k.startsWith('lines[')) delete table[k];
    }
    // Each line's problems show as the line comes in (a line is drawn once, with its problems);
    // the invoice's own (no lines yet, a name missing) wait until every line is in.
    check(ctx, tools); // the problems of the lines there now
    for (let i = 0; i < n; i += PLACE_ROWS) {
      const from = inv.lines.length;
      inv.lines.push(...incoming.lines.slice(i, i + PLACE_ROWS));
      checkPart(from, inv.lines.length);
      Object.assign(load, { done: Math.min(n, i + PLACE_ROWS), parts: load.parts + 1 });
      ctx.render();
      await yieldToBrowser(win);
      if (stale()) return;
    }
    inv.csvNote = !n ? null : mode === 'add' ? { key: 'csvAdded', args: [n] } : removed ? { key: 'csvReplaced', args: [n, removed] } : { key: 'csvRead', args: [n] };
    // The whole check (the summary, the total) in one part, drawn in the next; then the documents,
    // DOC_ROWS rows a part.
    Object.assign(load, { phase: 'documents', done: 0, of: inv.lines.length });
    // Lines from a file are handed in whole, like a form sent: every problem shows, with the summary.
    if (n) inv.submitted = true;
    check(ctx, tools);
    await yieldToBrowser(win);
    if (stale()) return;
    ctx.render();
    while (load.done < load.of) {
      await yieldToBrowser(win);
      if (stale()) return;
      load.done = Math.min(load.of, load.done + DOC_ROWS);
      ctx.render();
    }
    await yieldToBrowser(win);
    if (stale()) return;
    inv.csvLoad = null;
    // The focus to the file tools, unless the user went on to something else meanwhile.
    const active = ctx.root.getRootNode().activeElement;
    const moved = active && active !== ctx.doc.body && !active.closest?.('.rk-inv-files') && ctx.root.contains(active);
    ctx.render(moved ? {} : { focus: { id: csvId } });
  }
  return {
    checked,
    /** A field was left: from now on its problems show. Left with a press of the pointer, the check
     * waits for the click, so nothing moves under it. */
    left(path) {
      // Passing through an empty text field is not an answer (a box or a yes/no is one once left).
      if (!inv.touched[path] && !/\.(external|contracted|digital)$/.test(path) && !String(valueAt(inv, path) ?? '').trim()) return;
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
    /** A CSV file chosen: refused at once when too large; else read in parts with its progress. */
    async loadCsv(file) {
      inv.message = null;
      inv.csvNote = null;
      if (file.size > CSV_MAX_BYTES) {
        inv.message = { kind: 'error', key: 'csvTooBig', args: [file.size, CSV_MAX_BYTES] };
        return ctx.render({ focus: { id: csvId } });
      }
      const load = { phase: 'reading', position: 0, length: file.size, parts: 0 };
      inv.csvLoad = load;
      ctx.render();
      const stale = () => ctx.state.invoice !== inv || inv.csvLoad !== load;
      const read = await fileBytes(file, CSV_MAX_BYTES);
      if (stale()) return;
      if (read.error) return stop(read.error === 'tooBig' ? { kind: 'error', key: 'csvTooBig', args: [read.size, read.max] } : { kind: 'error', key: 'csvUnreadable', args: [] });
      const incoming = { lines: [], problems: [] };
      let reader;
      try {
        reader = tools.engine.csvReader(read.bytes);
        while (!reader.done) {
          const part = reader.next(READ_ROWS);
          part.lines.forEach((l, i) => incoming.lines.push({ ...l, csv_line: part.csv_lines[i], cost_text: typeof l.cost_ore === 'string' ? l.cost_ore : undefined }));
          incoming.problems.push(...part.problems);
          Object.assign(load, { position: reader.position, length: reader.length, parts: load.parts + 1 });
          ctx.render();
          await yieldToBrowser(win);
          if (stale()) return;
        }
      } catch (e) {
        console.error('Rehabkollen:', e?.message);
        return stop({ kind: 'error', key: 'csvUnreadable', args: [] });
      } finally {
        reader?.free();
      }
      if (incoming.problems.some((p) => p.code === 'csv_too_many_lines')) {
        inv.csvLoad = null;
        inv.csvProblems = incoming.problems;
        return checked({ focus: { id: csvId } });
      }
      // Lines typed or loaded before are never replaced without asking.
      if (inv.lines.length && incoming.lines.length) {
        inv.csvLoad = { phase: 'ask', incoming };
        return ctx.render({ focus: { id: `${csvId}-ask` } });
      }
      return place(incoming, 'replace');
    },
    /** The answer to "add or replace?": 'add', 'replace' or 'cancel'. */
    csvChoice(choice) {
      const incoming = inv.csvLoad?.phase === 'ask' ? inv.csvLoad.incoming : null;
      if (!incoming) return;
      if (choice === 'cancel') return stop({ kind: 'info', key: 'csvCancelled', args: [] });
      if (choice === 'add' && inv.lines.length + incoming.lines.length > MAX_LINES) {
        inv.message = { kind: 'error', key: 'csvTooManyTogether', args: [inv.lines.length, incoming.lines.length] };
        return ctx.render({ focus: { id: `${csvId}-ask` } });
      }
      return place(incoming, choice);
    },
    exportCsv() {
      inv.message = null;
      let text;
      try {
        text = tools.engine.invoiceCsv(invoiceDoc(inv));
      } catch (e) {
        // The form holds nothing the file cannot, but should it ever: say so, never fail silently.
        console.error('Rehabkollen:', e?.message);
        inv.message = { kind: 'error', key: 'exportFailed', args: [] };
        return ctx.render({ focus: { id: `${csvId}-message` } });
      }
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
      const done = () => {
        if (inv.printing !== key) return;
        inv.printing = null;
        ctx.render();
      };
      win.addEventListener('afterprint', done, { once: true });
      win.print();
      // window.print() returns when the dialog closes, or at once where printing is not allowed (a
      // frame sandboxed without allow-modals), and then `afterprint` never comes.
      win.setTimeout(done, PRINT_SLOT_MS);
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
  // Many lines, or a file's lines coming in that will be many: decided once for the whole file, so
  // that its first lines are not drawn twice (with whole lists, then without).
  const load = inv.csvLoad;
  const many = inv.lines.length + (load?.phase === 'placing' ? load.of - load.done : 0) > LAZY_LISTS_FROM;
  const byPath = new Map();
  for (const p of inv.problems) if (visible(inv, p)) byPath.set(p.path, [...(byPath.get(p.path) || []), p]);
  /** Whose a problem is, for the summary: "Insats 2"; "Arbetsgivaren" for a check of an
   * organisation number, whose words do not say whose it is (two fields are named alike); else null. */
  const lineRef = (p) => {
    const m = /^lines\[(\d+)\]/.exec(p.path);
    if (m) return t.lineRef(Number(m[1]), inv.lines[Number(m[1])]?.csv_line);
    return p.code?.startsWith('org_number_') ? t.partyRef[p.path.split('.')[0]] ?? null : null;
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
    const whole = !many || inv.filled[path];
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

  // What the lines show besides their own fields, by line: their problems shown and their lists
  // made whole. Gathered once, so that a line with neither (most of a thousand) costs no serialising.
  const lineExtras = new Map();
  const extra = (path, value) => {
    const m = /^lines\[(\d+)\]\.(\w+)$/.exec(path);
    if (m) (lineExtras.get(Number(m[1])) ?? lineExtras.set(Number(m[1]), []).get(Number(m[1]))).push([m[2], value]);
  };
  for (const [path, list] of byPath) extra(path, list);
  for (const path of Object.keys(inv.filled)) extra(path, true);
  const linesKey = JSON.stringify([lang, afa, many]);
  /** What a line shows, as a string: the line is built again only when it changes. */
  const lineKey = (line, i) => `${linesKey} ${lineId(line)} ${i} ${lineExtras.has(i) ? JSON.stringify(lineExtras.get(i)) : ''}`;

  /** One line, built again only when something it shows changed. */
  function lineRow(line, i, key) {
    const p = (f) => `lines[${i}].${f}`;
    return memo(ctx.doc, `line:${i}`, key, () => {
      // Handlers find the line by its number when they run: the state may hold another object by then.
      const set = (f) => (v) => changeLine(inv, i, { [f]: v });
      const investigation = /^investigate_/.test(line.kind || '');
      // FK: a performer the provider does not employ must be contracted (FK-INV-2): the box says
      // who is external, and only for them the question of the agreement follows. The CSV columns
      // `extern` and `kontrakterad` are the same two answers.
      const externalId = id(p('external'));
      const external = el('div', { class: 'rk-q rk-line-external', 'data-inv': p('external') }, el('span', { class: 'rk-option' },
        el('input', { type: 'checkbox', id: externalId, checked: line.external === true, 'aria-describedby': `${externalId}-help`,
          onchange: (e) => changeLine(inv, i, { external: e.target.checked }) }),
        el('label', { for: externalId, text: t.external })),
      el('p', { class: 'rk-help', id: `${externalId}-help`, text: t.externalHelp }));
      const costText = line.cost_text ?? (typeof line.cost_ore === 'number' ? formatKronor(line.cost_ore, lang).replace(/\u00a0kr$/, '') : line.cost_ore ?? '');
      const pid = id(p('positions'));
      return el('fieldset', { class: 'rk-measure rk-line' }, el('legend', { text: `${t.line} ${i + 1}` }),
        text(p('date'), t.date, line.date, set('date'), { help: i === 0 ? t.dateHelp : undefined, class: 'rk-date-input' }),
        text(p('measure'), t.measure, line.measure, set('measure'), { help: i === 0 ? t.measureHelp : undefined }),
        select(p('kind'), t.kind, line.kind, kindQ.options, set('kind'), catalogue.groups),
        text(p('performer'), t.performer, line.performer, set('performer')),
        select(p('competence'), t.competence, line.competence, competenceOptions, set('competence')),
        afa ? null : external,
        !afa && line.external === true ? yesNo(p('contracted'), t.contracted, line.contracted, set('contracted')) : null,
        afa ? yesNo(p('digital'), t.digital, line.digital, set('digital')) : null,
        text(p('cost_ore'), t.cost, costText, (v) => {
          const ore = parseKronor(v);
          changeLine(inv, i, { cost_text: v, cost_ore: v.trim() === '' ? undefined : ore ?? v });
        }, { inputmode: 'decimal', unit: t.kr }),
        // An investigation asks for the positions taken, for the report.
        investigation && !afa ? el('div', { class: 'rk-q' }, el('label', { for: pid, text: t.positions }),
          el('p', { class: 'rk-help', id: `${pid}-help`, text: t.positionsHelp }),
          el('textarea', { id: pid, rows: '4', 'aria-describedby': `${pid}-help`, oninput: (e) => changeLine(inv, i, { positions: e.target.value }) }, line.positions || '')) : null,
        el('button', { type: 'button', class: 'rk-button rk-remove', id: `${uid}-inv-line-${i}-remove`, text: `${t.removeLine} ${i + 1}`, onclick: () => act.removeLine(i) }));
    });
  }

  /** The lines in blocks of BLOCK: the page compares a few blocks, and a change redraws one. */
  function lineBlocks() {
    const keys = inv.lines.map(lineKey);
    const blocks = [];
    for (let b = 0; b * BLOCK < inv.lines.length; b++) {
      const from = b * BLOCK;
      const part = keys.slice(from, from + BLOCK);
      blocks.push(memo(ctx.doc, `lines:${b}`, part.join('\n'), () => el('div', { class: 'rk-line-block' },
        part.map((key, j) => lineRow(inv.lines[from + j], from + j, key)))));
    }
    return blocks;
  }

  /** The file tools: load a CSV file (its progress, the question add or replace), save one, what happened. */
  function fileTools(csv) {
    const load = inv.csvLoad;
    const fileId = id('csv');
    const busy = load && load.phase !== 'ask';
    const say = ({ key, args }) => (typeof t[key] === 'function' ? t[key](...args.map((a) => (key === 'csvTooBig' ? megabytes(a, lang) : a))) : t[key]);
    const message = inv.message ? say(inv.message) : '';
    const progress = busy ? el('div', { class: 'rk-csv-progress', 'data-key': 'csv-progress' },
      el('label', { for: `${fileId}-progress`, text: load.phase === 'reading' ? t.csvReading : load.phase === 'placing' ? t.csvPlacing(load.done, load.of) : t.csvDocuments(load.done, load.of) }),
      el('progress', { id: `${fileId}-progress`, max: String(load.phase === 'reading' ? load.length || 1 : load.of || 1), value: String(load.phase === 'reading' ? load.position : load.done) })) : null;
    const ask = load?.phase === 'ask' ? el('div', { class: 'rk-csv-ask', id: `${fileId}-ask`, 'data-key': 'csv-ask', role: 'group', tabindex: '-1', 'aria-labelledby': `${fileId}-ask-q` },
      el('p', { class: 'rk-csv-ask-q', id: `${fileId}-ask-q`, text: t.csvAsk(inv.lines.length, load.incoming.lines.length) }),
      el('div', { class: 'rk-tools rk-csv-ask-buttons' },
        el('button', { type: 'button', class: 'rk-button', text: t.csvAdd, onclick: () => act.csvChoice('add') }),
        el('button', { type: 'button', class: 'rk-button', text: t.csvReplace, onclick: () => act.csvChoice('replace') }),
        el('button', { type: 'button', class: 'rk-button rk-button-secondary', text: t.csvCancel, onclick: () => act.csvChoice('cancel') }))) : null;
    return el('div', { class: 'rk-inv-files', 'data-key': 'files' },
      wrap('div', 'csv', csv, { class: 'rk-file' }, el('label', { for: fileId, text: t.csv }),
        el('p', { class: 'rk-help', id: `${fileId}-help`, text: t.csvHelp(megabytes(CSV_MAX_BYTES, lang)) }),
        csv.node,
        el('input', { type: 'file', id: fileId, accept: '.csv,text/csv,text/plain', disabled: !!load, 'aria-describedby': `${fileId}-help ${fileId}-error ${fileId}-message`, onchange: (e) => {
          const file = e.target.files[0];
          e.target.value = ''; // the same file chosen again is read again
          if (file) act.loadCsv(file);
        } }),
        progress, ask,
        el('p', { class: `rk-csv-message${inv.message?.kind === 'error' ? ' rk-error' : ''}`, id: `${fileId}-message`, tabindex: '-1', role: inv.message?.kind === 'error' ? 'alert' : null, hidden: !message, text: message }),
        el('p', { class: 'rk-csv-note', 'aria-live': 'polite', text: inv.csvNote ? say(inv.csvNote) : '' })),
      el('div', { class: 'rk-tools rk-inv-tools' }, el('button', { type: 'button', class: 'rk-button', text: t.exportCsv, disabled: !!load, onclick: () => act.exportCsv() })));
  }

  // ---- the summary and the verdict ----
  const errors = inv.problems.filter((p) => visible(inv, p) && p.severity === 'error');
  const warnings = inv.problems.filter((p) => visible(inv, p) && p.severity === 'warning');
  const item = (p) => {
    const line = lineRef(p);
    return { text: `${line ? `${line}: ` : ''}${problemText(p)}`, target: targetOf(inv, id, p.path) };
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
    text(`${key}.org_number`, t.org, inv[key].org_number, (v) => { inv[key].org_number = v; }, { help: key === 'provider' ? t.orgHelpProvider : t.orgHelp }));
  const pnrNoteId = `${id(PNR)}-note`;
  const csv = slot('csv', fileId);
  const lines = slot('lines', id('lines'));

  return el('div', { class: `rk-provider-body${many ? ' rk-many-lines' : ''}`, 'data-key': 'provider',
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
  el('h1', { class: 'rk-h1', id: `${uid}-inv-title`, text: t.title, tabindex: '-1' }), el('p', { class: 'rk-help', text: t.intro }),
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
    el('h2', { text: t.lines }),
    // The file tools above the lines: lines from a file come in below the focus, never above it.
    fileTools(csv),
    el('div', { class: 'rk-lines' }, lineBlocks()),
    wrap('div', 'lines', lines, {}, lines.node,
      el('button', { type: 'button', class: 'rk-button rk-add rk-add-line', id: `${id('lines')}-add`, text: t.addLine, onclick: () => act.addLine() })),
    el('button', { type: 'submit', class: 'rk-button rk-add rk-check', text: t.check })),
  status,
  el('div', { class: 'rk-docs-slot' }, renderDocuments(ctx, { t, inv, report, engine: tools.engine, catalogue, lineId, print: (key) => act.print(key) })));
}
