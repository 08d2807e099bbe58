// The documents a provider prints from the provider view: the invoice basis (FK-INV-1, FK-INV-2),
// the report on form 7026 (FK-REP-1) and, for AFA, the provider's underlag (AFA-DOC-3). Each is a
// whole document: employer and provider, the person, every measure with its date, performer,
// competence and cost, the total, place, date and signature lines.
//
// The personnummer: on screen these documents show a valid number's birth date only. The full
// number, in the standard form the engine writes, is in a print-only element of the document being
// printed, only while it prints (state.invoice.printing, set by provider.js's print action): the
// rest of the time the page holds it only in its own input. Nothing of an invalid number is shown
// or printed.
import { formatKronor, memo } from './dom.js';

const PRIVATE = { 'data-private': '', 'data-hj-suppress': '', 'data-clarity-mask': 'true' };
const PRIVATE_CLASS = 'fs-exclude';

/**
 * The documents' settings (place, date) and previews, from the state. ctx: ui.js's; c: { t, inv,
 * report, engine, catalogue, lineId(line), print(key) }. The previews are built again only when what they show
 * changed (a thousand lines are three thousand table rows).
 */
export function renderDocuments(ctx, c) {
  const { el, uid } = ctx;
  const { t, inv, report } = c;
  c = { ...c, el, uid, doc: ctx.doc, lang: ctx.state.lang };
  const placeId = `${uid}-doc-place`;
  const dateId = `${uid}-doc-date`;
  const afa = inv.scheme === 'afa_rehabiliteringsstod';
  // While a file's lines come in, the documents wait for all of them; then they are drawn a part
  // at a time (c.rows rows of each, out of sight), and shown once whole.
  const placing = inv.csvLoad?.phase === 'placing';
  const drawing = inv.csvLoad?.phase === 'documents';
  c.rows = drawing ? inv.csvLoad.done : inv.lines.length;
  const key = placing ? `placing:${c.lang}` : `${JSON.stringify([inv.scheme, inv.name, inv.personnummer, inv.reference, inv.employer, inv.provider, inv.place, inv.docDate, report?.total_ore, c.lang, inv.printing, c.rows, drawing])} ${inv.lines.map(c.lineId).join(' ')}`;
  return el('section', { class: 'rk-docs', 'aria-labelledby': `${uid}-docs-h` },
    el('h2', { id: `${uid}-docs-h`, text: t.docs }), el('p', { class: 'rk-help', text: t.docsIntro }),
    el('div', { class: 'rk-doc-settings' },
      el('div', { class: 'rk-q' }, el('label', { for: placeId, text: t.place }),
        el('input', { type: 'text', id: placeId, value: inv.place, autocomplete: 'off', oninput: (e) => { inv.place = e.target.value; } })),
      el('div', { class: 'rk-q' }, el('label', { for: dateId, text: t.docDate }), el('p', { class: 'rk-help', id: `${dateId}-help`, text: t.docDateHelp }),
        el('input', { type: 'text', id: dateId, value: inv.docDate, autocomplete: 'off', 'aria-describedby': `${dateId}-help`, oninput: (e) => { inv.docDate = e.target.value; } }))),
    placing || drawing ? el('p', { class: 'rk-help', 'data-key': 'docs-wait', text: t.docsWait }) : null,
    memo(ctx.doc, 'previews', key, () => el('div', { class: 'rk-doc-list', hidden: placing || drawing },
      placing ? null : afa ? [afaUnderlag(c, report)] : [invoiceBasis(c, report), report7026(c, report)])));
}

// ---- parts -----------------------------------------------------------------------------

const blankLine = (el) => el('span', { class: 'rk-doc-blank', 'aria-hidden': 'true' });
const value = (el, v) => (v && String(v).trim() ? String(v).trim() : blankLine(el));

/** The personnummer as each medium may show it: the birth date on screen, the whole number in print
 * (`printing`: this document is being printed). */
function personnummer(c, printing) {
  const { el, t, inv, engine } = c;
  const typed = inv.personnummer.trim();
  if (!typed) return blankLine(el);
  const check = engine.checkPersonnummer(typed);
  if (!check.ok) return el('span', { class: 'rk-doc-invalid', text: t.invalidPnr });
  return el('span', {}, el('span', { class: 'rk-pnr-screen', text: check.masked }),
    // Hidden by its attribute too: shown only by the print style of the document being printed, so
    // without that style sheet the number would not show on screen either.
    el('span', { class: `rk-pnr-print ${PRIVATE_CLASS}`, ...PRIVATE, hidden: true, text: printing ? engine.personnummerForPrint(typed) : null }));
}

/** An organisation number as it is written, NNNNNN-NNNN, where it was typed as ten digits alone
 * (the check takes both); else as typed. */
const orgNumber = (typed) => {
  const s = String(typed ?? '').trim();
  return /^\d{10}$/.test(s) ? `${s.slice(0, 6)}-${s.slice(6)}` : typed;
};

function parties(c, who) {
  const { el, t, inv } = c;
  const row = (label, ...v) => el('div', {}, el('dt', { text: label }), el('dd', {}, ...v));
  return el('div', { class: 'rk-doc-parties' },
    el('dl', {}, row(t.docEmployer, value(el, inv.employer.name)), row(t.org, value(el, orgNumber(inv.employer.org_number)))),
    el('dl', {}, row(t.docProvider, value(el, inv.provider.name)), row(t.org, value(el, orgNumber(inv.provider.org_number)))),
    el('dl', {}, ...who));
}

function person(c, label, printing) {
  const { el, t, inv } = c;
  const row = (l, ...v) => el('div', {}, el('dt', { text: l }), el('dd', {}, ...v));
  return [row(label, el('span', { class: PRIVATE_CLASS, ...PRIVATE }, value(el, inv.name))), row(t.pnrShort, personnummer(c, printing))];
}

const measureName = (c, l) => l.measure?.trim() || c.catalogue.questions.find((q) => q.id === 'measures[].kind').options.find((o) => o.value === l.kind)?.label || '';
function competenceName(c, v) {
  const q = c.catalogue.questions.find((x) => x.id === 'provider.competence');
  return q.options.find((o) => o.value === v)?.label || v || '';
}
const cost = (c, l) => (typeof l.cost_ore === 'number' ? formatKronor(l.cost_ore, c.lang) : l.cost_text || '');

/** Rows per <tbody>: a table of a thousand lines is twenty bodies, each built again only when one of its rows changed. */
const ROWS = 50;

/** A row for each of c.inv.lines, made by `rowOf(line)` (what a row shows is its line's, in the view's
 * language), each body's rows made only when that body is built. */
function table(c, columns, rowOf, total) {
  const lines = c.inv.lines.slice(0, c.rows);
  const { el, t } = c;
  const row = (r) => el('tr', {}, r.map((v, i) => el('td', { class: i === r.length - 1 ? 'rk-num' : i === 0 ? 'rk-nowrap' : null, 'data-label': columns[i] }, value(el, v))));
  const bodies = [];
  for (let b = 0; b * ROWS < lines.length; b++) {
    const part = lines.slice(b * ROWS, (b + 1) * ROWS);
    const key = `${JSON.stringify([columns, c.lang])} ${part.map(c.lineId).join(' ')}`;
    bodies.push(memo(c.doc, `rows:${b}`, key, () => el('tbody', {}, part.map((l) => row(rowOf(l))))));
  }
  return el('table', { class: 'rk-doc-table' },
    el('thead', {}, el('tr', {}, columns.map((h, i) => el('th', { scope: 'col', class: i === columns.length - 1 ? 'rk-num' : null, text: h })))),
    bodies.length ? bodies : el('tbody'),
    el('tfoot', {}, el('tr', {}, el('th', { scope: 'row', colspan: String(columns.length - 1), text: t.total }),
      el('td', { class: 'rk-num', text: formatKronor(total, c.lang) }))));
}

function signature(c) {
  const { el, t, inv } = c;
  const line = (label, v) => el('div', { class: 'rk-doc-sign-line' }, el('span', { class: 'rk-doc-sign-value', text: v || '' }), el('span', { class: 'rk-doc-sign-label', text: label }));
  return el('div', { class: 'rk-doc-sign' }, el('p', { class: 'rk-doc-sign-for', text: t.signFor }),
    line(t.signPlace, [inv.place.trim(), inv.docDate.trim()].filter(Boolean).join(', ')), line(t.sign, ''), line(t.signName, ''));
}

function article(c, key, title, printLabel, ...content) {
  const { el, uid } = c;
  const hid = `${uid}-doc-${key}`;
  const a = el('article', { class: `rk-doc${c.inv.printing === key ? ' rk-doc-printing' : ''}`, 'data-doc': key, 'data-key': `doc:${key}`, 'aria-labelledby': hid },
    el('div', { class: 'rk-doc-tools' }, el('button', { type: 'button', class: 'rk-button', text: printLabel, onclick: () => c.print(key) })),
    el('h3', { id: hid, class: 'rk-doc-title', text: title }), ...content);
  return a;
}

function invoiceBasis(c, report) {
  const { el, t, inv } = c;
  const rowOf = (l) => [l.date, measureName(c, l), l.performer, competenceName(c, l.competence) + (l.contracted ? ` (${t.colContracted.toLowerCase()})` : ''), cost(c, l)];
  return article(c, 'invoice', t.invoiceDoc, t.printInvoice,
    el('p', { class: 'rk-doc-for', text: t.docFor }),
    parties(c, person(c, t.concerns, inv.printing === 'invoice')),
    table(c, [t.colDate, t.colMeasure, t.colPerformer, t.colCompetence, t.colCost], rowOf, report?.total_ore ?? 0),
    el('p', { class: 'rk-doc-note', text: t.invoiceNote }),
    signature(c));
}

function report7026(c, report) {
  const { el, t, inv } = c;
  const rowOf = (l) => [l.date, measureName(c, l), l.performer, competenceName(c, l.competence), cost(c, l)];
  const positions = inv.lines.map((l, i) => [l, i]).filter(([l]) => /^investigate_/.test(l.kind || ''));
  return article(c, 'report', t.reportDoc, t.printReport,
    el('p', { class: 'rk-doc-for', text: t.docFor }),
    parties(c, person(c, t.concerns, inv.printing === 'report')),
    el('h4', { text: t.measuresDone }),
    table(c, [t.colDate, t.colMeasure, t.colPerformer, t.colCompetence, t.colCost], rowOf, report?.total_ore ?? 0),
    positions.length ? el('div', { class: 'rk-doc-positions' }, el('h4', { text: t.positionsDoc }),
      positions.map(([l, i]) => el('div', { class: 'rk-doc-position' },
        el('p', { class: 'rk-doc-position-head', text: `${t.line} ${i + 1}: ${measureName(c, l)}${l.date ? `, ${l.date}` : ''}` }),
        el('p', { class: 'rk-doc-text' }, value(el, l.positions))))) : null,
    el('p', { class: 'rk-doc-note', text: t.reportNote }),
    signature(c));
}

function afaUnderlag(c, report) {
  const { el, t, inv } = c;
  const dates = inv.lines.map((l) => (l.date || '').trim()).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  const period = dates.length ? (dates[0] === dates[dates.length - 1] ? dates[0] : `${dates[0]} – ${dates[dates.length - 1]}`) : '';
  const yesNo = (v) => (v === true ? t.yes : v === false ? t.no : '');
  const rowOf = (l) => [l.date, measureName(c, l), l.performer, yesNo(l.digital), cost(c, l)];
  const row = (l, v) => el('div', {}, el('dt', { text: l }), el('dd', {}, value(el, v)));
  return article(c, 'afa', t.afaDoc, t.printAfa,
    el('p', { class: 'rk-doc-for', text: t.docForAfa }),
    parties(c, [...person(c, t.treated, inv.printing === 'afa'), row(t.refShort, inv.reference), row(t.period, period)]),
    table(c, [t.colDate, t.colMeasure, t.colPerformer, t.colDigital, t.colCost], rowOf, report?.total_ore ?? 0),
    el('p', { class: 'rk-doc-note', text: t.afaNote }),
    signature(c));
}
