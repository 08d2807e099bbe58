// The printed summary: after the date, the rules and "Det är inget beslut", it leads with the same
// sentences as the result page (www/advice.js: the order to apply in, each scheme's first sentence,
// what would change it, the questions they depend on, each once), then measure by measure, what to
// do now, and the answers as a table (the role first), then those that no longer matter in one of
// their own. Short by design (at most two A4 pages for a usual case): no rule trace, no help texts.
import { answerOf, getAt } from '../state.js';
import { formatKronor } from '../dom.js';
import { groupCombined, measuresCaption, schemeNames } from '../advice.js';
import { answerText } from '../fields.js';
import { otherAnswers, shownAnswers } from './check.js';
import { adviceFor, combinedCaps, costWords, deadlineWords, measureOn, orderedSchemes, reasonWords, sharedDeadline } from './result.js';

/** The reason a printed measure line names: the first that fails, for a measure not reimbursed. */
const failing = (m) => (m.status === 'not_reimbursable' ? m.reasons.find((x) => x.holds === false) : null);

/** A scheme's measures, a line each, as on the result page: each by its number and date where
 * there are several, with its cost; the deadlines as the page gives them (one for all above the
 * lines, else each on its line) unless the first sentence says them (`dated`), a passed one always;
 * a reason worded once and referred to after. */
function measureList(ctx, s, dated) {
  const { el } = ctx;
  const t = ctx.T();
  const r = t.result;
  const shared = sharedDeadline(ctx, s);
  const why = reasonWords(ctx, s.measures, failing);
  const lines = el('ul', {}, s.measures.map((m) => {
    const caption = s.measures.length > 1 ? measureOn(ctx, m.index) : null;
    const kind = m.kind ? ctx.cat().label(`measures[${m.index}].kind`, m.kind) : caption ? null : t.measureCaption(m.index + 1);
    const cost = costWords(ctx, m.index);
    const dl = (dated ? m.deadline_passed : !shared) ? deadlineWords(ctx, s, m) : null;
    const w = why(m);
    return el('li', { text: `${[caption, [kind, cost].filter(Boolean).join(', ')].filter(Boolean).join(' – ')}: ${r.status[m.status]}${dl ? `, ${dl}` : ''}${w ? ` – ${w.text}` : ''}` });
  }));
  return [!dated && shared ? el('p', { text: r.allMeasures(shared) }) : null, lines];
}

export function renderPrint(ctx) {
  const { el, state } = ctx;
  const t = ctx.T();
  const r = t.result;
  const o = state.outcome;
  const advice = adviceFor(ctx);
  const schemes = orderedSchemes(ctx).map((s) => {
    const ns = s.verdict === 'eligible' ? s.next_step : null;
    const a = advice.schemes[s.id];
    return el('section', { class: 'rk-print-scheme' },
      el('h3', { class: 'rk-h3', text: s.name[state.lang] }),
      el('p', { class: 'rk-print-headline', text: a.text }),
      a.changes.length || a.unchangeable ? el('p', { text: `${t.advice.changes}: ${a.unchangeable ?? a.changes.map((c) => c.text).join(' ')}` }) : null,
      s.measures.length ? measureList(ctx, s, a.dated) : null,
      ns ? el('p', { text: [r.who[ns.who], ns.url].filter(Boolean).join(' ') }) : null,
      ...(s.documents?.length && s.verdict === 'eligible' ? [el('p', { text: `${r.documents}:` }),
        el('ul', {}, s.documents.map((d) => el('li', { text: d.have === null ? d.text[state.lang] : `${d.text[state.lang]} – ${r.doc[d.have]}` })))] : []));
  });
  // What is the same for several measures once, naming them (as on the result page).
  const kinds = (state.answers.measures ?? []).map((m) => m?.kind ?? null);
  const together = groupCombined(o.combined ?? [], kinds).map(({ indices, entry: c }) => {
    const kind = kinds[c.index];
    const label = kind ? ctx.cat().label(`measures[${c.index}].kind`, kind) : null;
    const name = indices.length > 1 || !label ? [measuresCaption(indices, state.lang), label].filter(Boolean).join(': ') : label;
    const max = c.max_ore == null ? null : indices.length > 1 ? r.combinedMaxEach(formatKronor(c.max_ore, state.lang)) : r.combinedMax(formatKronor(c.max_ore, state.lang));
    return el('li', { text: max ? `${name}: ${max}` : name });
  });
  const caps = combinedCaps(ctx).totals;
  const row = (value) => (p) => {
    const i = p.match(/^measures\[(\d+)\]/);
    return el('tr', {}, el('th', { scope: 'row', text: `${i ? `${t.measureCaption(Number(i[1]) + 1)}: ` : ''}${ctx.cat().question(p).text}` }),
      el('td', { text: answerText(ctx, p, value(state.answers, p)) }));
  };
  const shown = shownAnswers(ctx);
  const others = otherAnswers(ctx, shown);
  const table = (rows) => el('table', { class: 'rk-answers-table' }, el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: t.summary.question }), el('th', { scope: 'col', text: t.summary.answer }))),
    el('tbody', {}, rows));
  return el('div', { class: 'rk-print-body' },
    el('h1', { class: 'rk-h1', text: t.summary.heading }),
    el('p', { class: 'rk-meta', text: `${r.judgedOn(ctx.dateWords(o.date))} ${r.rulesVersion(o.rules_version, ctx.dateWords(o.sources_as_of))}` }),
    el('p', { text: r.intro }),
    el('h2', { class: 'rk-h2', text: t.summary.result }),
    advice.order ? el('p', { class: 'rk-print-headline', text: advice.order.text }) : null, schemes,
    advice.open.length ? [el('h3', { class: 'rk-h3', text: t.advice.openHeading }), el('ul', {}, advice.groups.map((q) => el('li', {
      text: `${q.caption ? `${q.caption}: ` : ''}${q.text} (${schemeNames(q.schemes, state.lang)})` })))] : null,
    together.length ? [el('h3', { class: 'rk-h3', text: r.combined }), caps ? el('p', { text: caps }) : null, el('ul', {}, together)] : null,
    el('h2', { class: 'rk-h2', text: t.summary.answers }),
    table([state.role ? el('tr', {}, el('th', { scope: 'row', text: t.check.role }), el('td', { text: t.start.roles[state.role] })) : null, ...shown.map(row(answerOf))]),
    others.length ? [el('h3', { class: 'rk-h3', text: t.summary.others }), el('p', { text: t.summary.othersWhy }), table(others.map(row(getAt)))] : null);
}
