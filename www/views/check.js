// "Kontrollera dina svar" (GOV.UK check answers): every answer that matters, with "Ändra". After a
// change the flow comes back here, asking first only what the change made newly relevant (ui.js act.next).
import { answerOf, basicOfMeasure, getAt, MEASURE_BASICS, measureIndex, PER_MEASURE, relevantPaths } from '../state.js';
import { answerText } from '../fields.js';
import { disclosure, firstOf } from './parts.js';

/** Every answer the check page may show, in its order (catalogue order; under each measure its own
 * answers, its performer's competence among them), each with whether it is a measure's basic,
 * shown always. */
function answerPlaces(ctx) {
  const out = [];
  const measures = ctx.state.answers.measures || [];
  for (const q of ctx.cat().questions) {
    if (q.section === 'measure') continue;
    // A performer given once for the provider shows at each measure that gives none of its own
    // (answerOf()), so not again as a row of its own, whose change would change them unseen.
    if (measures.length && q.id.startsWith('provider.') && basicOfMeasure(q.id.slice('provider.'.length))) continue;
    out.push({ path: q.id, basic: false });
  }
  measures.forEach((_, i) => {
    for (const f of MEASURE_BASICS) out.push({ path: `measures[${i}].${f}`, basic: true });
    for (const q of ctx.cat().questions.filter((x) => x.section === 'measure')) {
      if (!MEASURE_BASICS.includes(q.id.split('.')[1])) out.push({ path: q.id.replace('measures[]', `measures[${i}]`), basic: false });
    }
    for (const f of PER_MEASURE) if (!basicOfMeasure(f)) out.push({ path: `measures[${i}].provider.${f}`, basic: false });
  });
  return out;
}

/** The answered questions to show: those that matter, and "Vet ej" answers that could. */
export function shownAnswers(ctx) {
  const relevant = relevantPaths(ctx.state);
  return answerPlaces(ctx).filter((p) => p.basic || relevant.has(p.path)).map((p) => p.path);
}

/** The answers given that no longer matter, in the same order: kept (the check page's first line
 * says so) and not shown there; the printed summary lists them apart. `shown`: shownAnswers(). */
export function otherAnswers(ctx, shown) {
  const seen = new Set(shown);
  return answerPlaces(ctx).map((p) => p.path).filter((p) => !seen.has(p) && getAt(ctx.state.answers, p) !== undefined);
}

/** From this many measures on, each measure is one line that opens to its answers: 500 measures
 * listed with every answer are some 40 000 elements, too many to build or lay out at once. */
const MANY_MEASURES = 20;

export function renderCheck(ctx) {
  const { el, state, act } = ctx;
  const t = ctx.T();
  const c = t.check;
  // `path`: the answer the row shows; its "Ändra" is where the focus returns after the change (ui.js).
  const row = (key, value, onChange, hiddenLabel, path = null) => el('div', { class: 'rk-summary-row' },
    el('dt', { class: 'rk-summary-key', text: key }),
    el('dd', { class: 'rk-summary-value', text: value }),
    el('dd', { class: 'rk-summary-actions' }, onChange ? el('button', { type: 'button', class: 'rk-link', id: path ? ctx.idFor(`change-${path}`) : null, onclick: onChange },
      value === t.notAnswered ? c.answer : c.change, el('span', { class: 'rk-visually-hidden', text: ` ${hiddenLabel ?? key}` })) : null));
  const questionRow = (path) => {
    const q = ctx.cat().question(path);
    const i = measureIndex(path);
    const basic = i !== null && MEASURE_BASICS.includes(path.replace(/^measures\[\d+\]\./, ''));
    return row(q.text, answerText(ctx, path, answerOf(state.answers, path)), () => act.change(basic ? { measure: i, path } : { path }),
      i !== null ? `${q.text} (${t.measureCaption(i + 1)})` : q.text, path);
  };
  const shown = shownAnswers(ctx);
  const list = (rows) => el('dl', { class: 'rk-summary-list' }, rows);
  const today = !state.answers.date;
  const caseRows = [
    row(c.role, state.role ? t.start.roles[state.role] : t.notAnswered, state.scope && state.role ? null : () => act.go('start')),
    state.allSchemes ? row(c.scope, c.allSchemes, () => act.go('start')) : null,
    row(c.date, today ? c.today(ctx.dateWords(state.outcome.date)) : ctx.dateWords(state.answers.date), () => act.change({ path: 'date' }), null, 'date'),
  ];
  const sections = [el('h2', { class: 'rk-h2', text: c.sections.case }), list(caseRows)];
  const measures = state.answers.measures || [];
  sections.push(el('h2', { class: 'rk-h2', text: c.sections.measures }));
  if (!measures.length) sections.push(el('p', { text: c.noMeasures }));
  // Each measure's rows, found in one pass: filtering all of them for each measure grows with the
  // square of the measures (500 measures: 2.5 million paths read).
  const perMeasure = measures.map(() => []);
  for (const p of shown) {
    const i = measureIndex(p);
    if (i !== null) perMeasure[i].push(p);
  }
  const caption = (m, i) => {
    const kind = m.kind ? ctx.cat().label(`measures[${i}].kind`, m.kind) : '';
    return `${t.measureCaption(i + 1)}${kind ? `: ${kind}` : ''}`;
  };
  const many = measures.length >= MANY_MEASURES;
  if (many) {
    // One line per measure, its answers shown when opened (a GOV.UK details), each open one kept
    // open by the state, and the lines a part at a time (firstOf()): what is built and laid out
    // stays small, and every answer is a click or two away. What it costs and when shows on the line.
    const brief = (i) => ['cost_ore', 'date'].map((f) => `measures[${i}].${f}`).filter((p) => getAt(state.answers, p) !== undefined)
      .map((p) => answerText(ctx, p, getAt(state.answers, p))).join(', ');
    const { items, more } = firstOf(ctx, 'measures', measures, (m, i) => {
      const said = brief(i);
      return el('li', { class: 'rk-measure-item' }, disclosure(ctx, `answers:measures[${i}]`, { class: 'rk-measure-answers' },
        [el('span', { class: 'rk-measure-name', text: caption(m, i) }), said ? el('span', { class: 'rk-measure-brief', text: ` – ${said}` }) : null],
        () => list(perMeasure[i].map(questionRow)), { lazy: true }));
    });
    sections.push(el('p', { class: 'rk-hint', text: c.manyMeasures(measures.length) }), el('ol', { class: 'rk-measure-list' }, items), more);
  } else {
    measures.forEach((m, i) => sections.push(el('h3', { class: 'rk-h3', text: caption(m, i) }), list(perMeasure[i].map(questionRow))));
  }
  sections.push(el('button', { type: 'button', class: 'rk-button rk-button-secondary', text: c.addMeasure, onclick: () => act.addMeasure() }));
  for (const s of ['employer', 'person', 'provider']) {
    const rows = shown.filter((p) => p.startsWith(`${s}.`)).map(questionRow);
    if (rows.length) sections.push(el('h2', { class: 'rk-h2', text: c.sections[s] }), list(rows));
  }
  return el('div', { class: 'rk-check', 'data-key': 'check' },
    el('button', { type: 'button', class: 'rk-back', text: t.back, onclick: () => act.back() }),
    el('h1', { class: 'rk-h1', id: ctx.idFor('check-title'), tabindex: '-1', text: c.heading }),
    el('p', { class: 'rk-hint', text: c.intro }), sections,
    el('div', { class: 'rk-button-group' }, el('button', { type: 'button', class: 'rk-button rk-button-primary', text: c.showResult, onclick: () => act.go('result') })));
}
