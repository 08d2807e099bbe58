// The result page, per scheme in plain words and most useful first: one sentence that is true in
// the case (www/advice.js: it may pay, how much and by when; it does not, and why; it depends on
// answers, listed once below the cards for every scheme, each with who knows and a way to answer
// them in turn), what would change a "no",
// then measure by measure, what to do now (who, where, by when, with what), AFA and FK together,
// and "Så har vi bedömt" with each condition's status and source. Rule ids are small links for
// experts. Everything shown comes from the outcome; only the words around it are chrome.
import { formatKronor, memo, memoOf } from '../dom.js';
import { askedAs, catalogueId, shownScope } from '../state.js';
import { advise, amountPhrase, cappedAcross, eachLastDay, groupCombined, measuresCaption, schemeNames } from '../advice.js';
import { controlId } from '../fields.js';
import { disclosure, firstOf, LIST_STEP } from './parts.js';

const ORDER = { eligible: 0, undetermined: 1, not_eligible: 2 };

/** From this many measures a card says how many have each status before its list ("25 insatser: 25
 * ersätts"): five lines are read at a glance on a phone, six and more are not (README, "The page:
 * views of one state"). */
export const COUNTS_FROM = 6;

const capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);
/** A measure's date as the user gave it, in words; null where not given (or "Vet ej"). */
const dateOf = (ctx, i) => {
  const d = ctx.state.answers.measures?.[i]?.date;
  return typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) ? ctx.dateWords(d) : null;
};
/** A measure named by its number and, where given, its date ("Insats 3 (1 februari 2026)"): how the
 * result and the printed summary tell like measures apart. */
export const measureOn = (ctx, i) => {
  const d = dateOf(ctx, i);
  const caption = ctx.T().measureCaption(i + 1);
  return d ? `${caption} (${d})` : caption;
};

/** A part of the result built again only when `inputs` (everything it shows, as JSON) changed: a
 * keystroke that changes one amount builds the lines that show it, not the whole result (dom.js
 * memo()). A rule reads the same in a language wherever it is shown (reasonItem()), so a reason is
 * in `inputs` by its rule and holds, not its text. */
const part = (ctx, key, inputs, build) => memo(ctx.doc, key, JSON.stringify([ctx.state.lang, inputs]), build);

/** How many items of the long list `key` the user asked to see (views/parts.js firstOf()). */
const shownOf = (ctx, key) => ctx.state.open[`more:${key}`] || 0;

/** The reason a measure line names: the first that fails (not reimbursed) or is open (undetermined). */
const mainReason = (m) => (m.status === 'not_reimbursable' ? m.reasons.find((x) => x.holds === false)
  : m.status === 'undetermined' ? m.reasons.find((x) => x.holds === null) : null);

/** The schemes in scope, the most useful first: those that may pay, the soonest deadline first (COMB-2), then the largest amount. */
export function orderedSchemes(ctx) {
  const o = ctx.state.outcome;
  const scope = shownScope(ctx.state);
  const day = (s) => s.next_step?.deadline ?? '9999-12-31';
  return o.schemes.filter((s) => !scope || scope.includes(s.id))
    .map((s, i) => [s, i])
    .sort(([a, i], [b, j]) => ORDER[a.verdict] - ORDER[b.verdict] || (day(a) < day(b) ? -1 : day(a) > day(b) ? 1 : 0)
      || (b.amount_ore.max ?? Infinity) - (a.amount_ore.max ?? Infinity) || i - j)
    .map(([s]) => s);
}

/** The advice (www/advice.js) for the outcome on screen, in the page's language; composed once per outcome and language. */
const advised = new WeakMap(); // outcome → lang → advice
export function adviceFor(ctx) {
  const { state } = ctx;
  const o = state.outcome;
  const byLang = advised.get(o) ?? advised.set(o, {}).get(o);
  // Each open question where the page asks it (state.js askedAs()), judged with the outcome: the
  // measures of a provider question asked per measure, so that "Svara" leads to a question shown.
  byLang[state.lang] ??= advise(o, ctx.cat().texts, { lang: state.lang, role: state.role, scope: shownScope(state), answers: state.answers,
    askedAs: (path) => askedAs(state, path) });
  return byLang[state.lang];
}

export function amountWords(ctx, { min, max }) {
  const r = ctx.T().result;
  const f = (x) => formatKronor(x, ctx.state.lang);
  if (max === null || max === undefined) return min > 0 ? r.atLeast(f(min)) : r.amountUnknown;
  if (min === max) return f(max);
  return min === 0 ? r.upTo(f(max)) : r.between(f(min), f(max));
}

const hasMeasures = (ctx) => (ctx.state.answers.measures || []).length > 0;

/** "AFA: upp till 6 000 kr · FK: behöver fler svar", for the sticky line and the live region. An
 * amount only where something bounds it: never "minst 0 kr". */
export function resultLine(ctx) {
  const t = ctx.T();
  return orderedSchemes(ctx).map((s) => {
    const amount = s.verdict === 'eligible' && s.payee !== 'none' && hasMeasures(ctx) ? amountPhrase(s.amount_ore, ctx.state.lang) : null;
    return `${t.schemeShort[s.id] ?? s.name[ctx.state.lang]}: ${amount ?? t.result.line[s.verdict]}`;
  }).join(' · ');
}

/** Each measure line's reason (`reasonOf`) in words, for the result page and the printed summary:
 * the rule's text on the first line with the same status and the same rule, "samma skäl som för
 * insats 2" on a later one (FK-EXCL-1's list of what FK does not pay for once, not under each
 * measure it excludes). A function of a measure: { rule, text }, or null where no reason is named. */
export function reasonWords(ctx, measures, reasonOf) {
  const t = ctx.T();
  const key = (m) => {
    const main = reasonOf(m);
    return main ? `${m.status} ${main.rule}` : undefined;
  };
  const first = new Map();
  for (const m of measures) if (key(m) !== undefined && !first.has(key(m))) first.set(key(m), m.index);
  return (m) => {
    const main = reasonOf(m);
    if (!main) return null;
    const on = first.get(key(m));
    return { rule: main.rule, text: on === m.index ? main.text[ctx.state.lang] : t.result.sameReason(t.measureCaption(on + 1)) };
  };
}

/** "kostnad 12 000 kr": measure `i`'s cost as given; null where not given (or "Vet ej"). */
export function costWords(ctx, i) {
  const c = ctx.state.answers.measures?.[i]?.cost_ore;
  return c != null && c !== 'unknown' ? ctx.T().result.costOf(formatKronor(c, ctx.state.lang)) : null;
}

export function deadlineWords(ctx, s, m) {
  const r = ctx.T().result;
  if (!m.deadline) return null;
  const d = ctx.dateWords(m.deadline);
  if (s.id === 'rehabiliteringsgarantin') return m.deadline_passed ? r.reportPassed(d) : r.reportBy(d);
  return m.deadline_passed ? r.passed(d) : r.applyBy(d);
}

/** The deadline every measure line of a card has, in words, when it is the same for all of them
 * (more than one): said once above the lines instead of on each ("sök senast …" 25 times). */
export function sharedDeadline(ctx, s) {
  if (s.measures.length < 2) return null;
  const words = s.measures.map((m) => deadlineWords(ctx, s, m));
  return words[0] && words.every((w) => w === words[0]) ? words[0] : null;
}

/** `cap`: what the scheme pays at most for all its measures together, where that is less than
 * their amounts alone add up to (advice.js cappedAcross()), else null. */
function measureLines(ctx, s, step, cap) {
  const { el, state } = ctx;
  const t = ctx.T();
  const r = t.result;
  if (!s.measures.length) return null;
  // With more than one measure each line names its measure and date above it: like measures
  // (25 back courses at the same cost) are told apart. One measure's line stays as it reads.
  const many = s.measures.length > 1;
  const shared = sharedDeadline(ctx, s);
  const why = reasonWords(ctx, s.measures, mainReason);
  const { items, more } = firstOf(ctx, `lines:${s.id}`, s.measures, (m) => {
    const kind = m.kind ? ctx.cat().label(`measures[${m.index}].kind`, m.kind) : many ? null : t.measureCaption(m.index + 1);
    const cost = costWords(ctx, m.index);
    const name = [kind, cost].filter(Boolean).join(', ');
    const w = why(m);
    const dl = shared ? null : deadlineWords(ctx, s, m);
    return el('li', { class: `rk-measure-line rk-m-${m.status}` },
      many ? el('span', { class: 'rk-caption', text: measureOn(ctx, m.index) }) : null,
      el('strong', { text: name ? `${capital(name)}: ${r.status[m.status]}` : capital(r.status[m.status]) }), dl ? `, ${dl}` : '',
      w ? part(ctx, 'reason', [w.text, w.rule], () => el('span', { class: 'rk-main-reason' }, ` – ${w.text} `, ctx.ruleLink(w.rule))) : null);
  }, step);
  // Many measures: how many have each status first, so that the list need not be read to the end.
  const counts = s.measures.length >= COUNTS_FROM ? Object.keys(r.status).map((k) => [r.status[k], s.measures.filter((m) => m.status === k).length]).filter(([, n]) => n) : null;
  // "ersätts" on every line is not each paid in full where the scheme's total is less: said next to the count.
  return el('div', {}, counts ? el('p', { class: 'rk-measure-counts', text: r.statusCounts(s.measures.length, counts) }) : null,
    many && cap !== null ? el('p', { class: 'rk-measure-cap', text: r.capAll(t.advice.payer[s.id] ?? s.name[state.lang], formatKronor(cap, state.lang)) }) : null,
    shared ? el('p', { class: 'rk-measure-deadline' }, el('strong', { text: r.allMeasures(shared) })) : null,
    el('ul', { class: 'rk-measure-lines' }, items), more);
}

/** `days`: the measures' last days in words where they differ (advice.js eachLastDay()), else null. */
function nextSteps(ctx, s, days) {
  const { el, state } = ctx;
  const r = ctx.T().result;
  const ns = s.next_step;
  const docs = s.documents?.length && s.verdict !== 'not_eligible' ? el('div', { class: 'rk-documents' },
    el('h4', { class: 'rk-h4', text: r.documents }),
    el('p', { class: 'rk-hint', text: r.documentsCheck }),
    el('ul', { class: 'rk-checklist' }, s.documents.map((d) => el('li', { class: `rk-doc rk-doc-${d.have}` },
      d.text[state.lang], d.have === null ? null : [' – ', el('strong', { text: r.doc[d.have] })])))) : null;
  if (!ns && !docs) return null;
  const parts = [];
  if (ns) {
    // The engine's "how" names who acts; the short "who" line is for the printed summary.
    parts.push(el('p', { class: 'rk-how', text: ns.how?.[state.lang] ?? r.who[ns.who] ?? '' }));
    if (ns.deadline) {
      const d = days ?? ctx.dateWords(ns.deadline);
      parts.push(el('p', { class: 'rk-deadline' }, el('strong', { text: ns.who === 'region' ? `${r.reportBy(d)}.`.replace(/^./, (c) => c.toUpperCase()) : r.deadline(d) })));
    }
    if (ns.url) parts.push(el('p', {}, ctx.externalLink(ns.url, r.officialPage)));
  }
  return el('div', { class: 'rk-next-steps' }, el('h3', { class: 'rk-h3', text: state.role === 'person' ? r.nextStepsYou : r.nextSteps }), parts, docs);
}

/** A reason: a rule's text, its status and its sources. A rule reads the same wherever it is shown, so
 * each is built once per language and status and copied (it holds no handler): typing stays quick.
 * `id`: where a headline's rule link leads. */
const reasons = new WeakMap(); // ctx → key → <li>
function reasonItem(ctx, x, id) {
  const { el, state } = ctx;
  const cache = reasons.get(ctx) ?? reasons.set(ctx, new Map()).get(ctx);
  const key = `${state.lang} ${x.rule} ${x.holds}`;
  if (!cache.has(key)) {
    const r = ctx.T().result;
    cache.set(key, el('li', { class: `rk-reason rk-holds-${x.holds}`, tabindex: '-1' },
      el('span', { class: `rk-tag rk-tag-${x.holds}`, text: r.holds[x.holds] }), ' ', x.text[state.lang], ' ',
      ctx.sourceLinks(x.source), ' ', ctx.ruleLink(x.rule)));
  }
  const li = cache.get(key).cloneNode(true);
  li.id = id;
  return li;
}

/** The id of a reason's item in "Så har vi bedömt" (`measure`: its index, or null for the scheme's own). */
const reasonId = (ctx, s, measure, rule) => ctx.idFor(`reason-${s.id}-${measure ?? 'scheme'}-${rule}`);

/** "Så har vi bedömt": every condition with its status and source. Open or closed by the state
 * (state.open, keyed by the scheme), its content built only while open, so a result updated as the
 * user types builds only what can be seen. */
function assessed(ctx, s, step) {
  const { el, state } = ctx;
  const t = ctx.T();
  return disclosure(ctx, `assessed:${s.id}`, { class: 'rk-assessed' }, `${t.result.assessed}: ${s.name[state.lang]}`, () => {
    const { items, more } = firstOf(ctx, `assessed:${s.id}`, s.measures.filter((m) => m.reasons.length), (m) => {
      const kind = m.kind ? ctx.cat().label(`measures[${m.index}].kind`, m.kind) : '';
      return el('div', { class: 'rk-measure-reasons' }, el('h4', { class: 'rk-h4', text: `${t.measureCaption(m.index + 1)}${kind ? `: ${kind}` : ''}` }),
        el('ul', { class: 'rk-reasons' }, m.reasons.map((x) => reasonItem(ctx, x, reasonId(ctx, s, m.index, x.rule)))));
    }, step);
    return [el('ul', { class: 'rk-reasons' }, s.reasons.map((x) => reasonItem(ctx, x, reasonId(ctx, s, null, x.rule)))), items, more];
  }, { lazy: true });
}

/** The card's first sentence (www/advice.js), each reason followed by its rule as a small link that opens "Så har vi bedömt" there. */
function headline(ctx, s, advice) {
  const { el, act } = ctx;
  const a = ctx.T().advice;
  return el('p', { class: 'rk-verdict rk-headline' }, advice.headline.map((part) => {
    if (typeof part === 'string') return part;
    const target = reasonId(ctx, s, part.measure, part.rule);
    return [part.text, ' ', el('a', { class: 'rk-rule-id rk-reason-link', href: `#${target}`,
      onclick: (e) => {
        e.preventDefault();
        act.openReason(`assessed:${s.id}`, target, part.measure);
      } }, el('span', { class: 'rk-visually-hidden', text: `${a.reasonIn}: ` }), part.rule)];
  }));
}

/** On a card that depends on answers: the way to them, in the result's one list of open questions. */
function openRef(ctx, advice) {
  const { el } = ctx;
  if (!advice.open.length) return null;
  const target = ctx.idFor('open-heading');
  return el('p', { class: 'rk-open-ref' }, el('a', { href: `#${target}`, text: ctx.T().advice.toOpen(ctx.T().advice.openHeading),
    onclick: (e) => {
      e.preventDefault();
      ctx.render({ focus: { id: target } });
    } }));
}

/** "Svar som behövs": every question that decides a scheme shown, once, each with the schemes it
 * decides, who usually knows, and a way to answer it and then the others in turn (ui.js act.walk),
 * back to the result when none is left. A question asked for several measures is one item naming
 * them (advice.js groupOpen()), with the number of answers it needs and a way to each; the list
 * then says how many answers and how many questions. Below the cards: each card's first sentence comes first. */
function openList(ctx, advice, step) {
  const { el } = ctx;
  const a = ctx.T().advice;
  if (!advice.open.length) return null;
  const id = ctx.idFor('open-heading');
  const groups = advice.groups;
  const { items, more } = firstOf(ctx, 'open', groups, (q) => openItem(ctx, q), step);
  return el('section', { class: 'rk-open', 'aria-labelledby': id, 'data-key': 'open' },
    el('h2', { class: 'rk-h2', id, tabindex: '-1', text: a.openHeading }),
    el('p', { class: 'rk-hint', text: a.openIntro }),
    groups.length < advice.open.length ? el('p', { class: 'rk-open-count', text: a.openCount(advice.open.length, groups.length) }) : null,
    el('ul', { class: 'rk-open-list' }, items), more);
}

/** The open list's keys of each question's own answers ("Svara för en viss insats"): open or not, and how many shown. */
// By the question and its schemes, not its first answer: answering measure 1 keeps it open.
const eachKey = (q) => `open-each:${catalogueId(q.path)} ${q.schemes.join(' ')}`;
const openEachState = (ctx, advice) => advice.groups.filter((q) => q.paths.length > 1).map((q) => [ctx.state.open[eachKey(q)], shownOf(ctx, eachKey(q))]);

/** One question of "Svar som behövs"; asked for several measures, with a way to answer each. */
function openItem(ctx, q) {
  const { el, act } = ctx;
  const a = ctx.T().advice;
  // On "Alla frågor på en sida" the question is on the same page: to it, not away.
  const go = (paths, one) => (ctx.state.view === 'all' ? act.toQuestion(paths[0], controlId(ctx, paths[0])) : act.walk(paths, { one }));
  const several = q.paths.length > 1;
  const label = q.caption ? `${q.text} (${q.caption})` : q.text;
  return el('li', { class: 'rk-open-q', 'data-open': q.path, 'data-schemes': q.schemes.join(' '), ...(several ? { 'data-answers': String(q.paths.length) } : {}) },
    el('p', { class: 'rk-open-text' }, q.caption ? el('span', { class: 'rk-caption', text: q.caption }) : null, el('strong', { text: q.text })),
    several ? el('p', { class: 'rk-open-each', text: a.openEach(q.paths.length) }) : null,
    el('p', { class: 'rk-open-decides', text: a.decides(schemeNames(q.schemes, ctx.state.lang)) }),
    q.find_out ? el('p', { class: 'rk-hint' }, `${a.findOut} `, q.find_out) : null,
    // A question the page asks nowhere (advice.js openAcross()) has nothing to answer: no "Svara".
    q.unasked ? null : el('p', {}, el('button', { type: 'button', class: 'rk-link', id: ctx.idFor(`open-answer-${q.path}`), text: a.answer, 'aria-label': a.answerQuestion(label), onclick: () => go(q.paths, false) })),
    several ? disclosure(ctx, eachKey(q), { class: 'rk-open-measures' }, a.answerOne, () => {
      const { items, more } = firstOf(ctx, eachKey(q), q.paths, (path, i) => {
        const caption = ctx.T().measureCaption(q.measures[i] + 1);
        return el('li', {}, el('button', { type: 'button', class: 'rk-link', id: ctx.idFor(`open-one-${path}`), text: caption, 'aria-label': a.answerQuestion(`${q.text} (${caption})`), onclick: () => go([path], true) }));
      }); // buttons, light to draw: LIST_STEP at a time beside the questions too
      return [el('ul', { class: 'rk-open-measure-list' }, items), more];
    }, { lazy: true }) : null);
}

/** "Så kan det ändras": what would turn the scheme's verdict (its `changes`); for a "no" nothing
 * turns, one line saying so; else nothing. */
function changesPart(ctx, s, advice) {
  const { el } = ctx;
  const a = ctx.T().advice;
  if (!advice.changes.length && !advice.unchangeable) return null;
  const id = ctx.idFor(`changes-${s.id}`);
  return el('div', { class: 'rk-changes', 'data-key': `changes:${s.id}`, role: 'group', 'aria-labelledby': id },
    el('h3', { class: 'rk-h3', id, text: a.changes }),
    advice.unchangeable ? el('p', { class: 'rk-unchangeable', text: advice.unchangeable })
      : el('ul', { class: 'rk-change-list' }, advice.changes.map((c) => el('li', { class: 'rk-change' }, c.text, ' ',
        ...c.rules.flatMap((rule, i) => [i ? ', ' : '', ctx.ruleLink(rule)])))));
}

function schemeCard(ctx, s, advice, step) {
  const { el, state } = ctx;
  const r = ctx.T().result;
  const id = ctx.idFor(`scheme-${s.id}`);
  const lang = state.lang;
  const open = !!state.open[`assessed:${s.id}`];
  const byRule = (x) => [x.rule, x.holds];
  const cap = cappedAcross(state.outcome)[s.id] ?? null;
  const days = s.verdict === 'eligible' ? eachLastDay(s, lang) : null;
  // Each part built again only when what it shows changed (part()); the reasons of "Så har vi
  // bedömt" count only while it is open, as only then are they built. A long list's part holds how
  // many of its items are shown (views/parts.js firstOf()).
  const lines = s.measures.length ? part(ctx, `lines:${s.id}`, [s.id, state.outcome.date, step, shownOf(ctx, `lines:${s.id}`), s.measures.map((m) => [m.index, m.kind, m.status, m.deadline,
    m.deadline_passed, mainReason(m)?.rule, mainReason(m)?.text[lang], state.answers.measures?.[m.index]?.cost_ore, state.answers.measures?.[m.index]?.date]), cap], () => measureLines(ctx, s, step, cap)) : null;
  const parts = [
    part(ctx, 'name', [id, s.name[lang]], () => el('h2', { class: 'rk-h2', id, text: s.name[lang] })),
    part(ctx, `headline:${s.id}`, [s.id, advice.headline], () => headline(ctx, s, advice)),
    advice.open.length ? part(ctx, `open-ref:${s.id}`, [], () => openRef(ctx, advice)) : null,
    advice.changes.length || advice.unchangeable ? part(ctx, `changes:${s.id}`, [s.id, advice.changes, advice.unchangeable], () => changesPart(ctx, s, advice)) : null,
    lines ? part(ctx, 'lines-heading', [], () => el('h3', { class: 'rk-h3', text: r.measures })) : null,
    lines,
    // What to do now only where the scheme may pay as things stand: not while it depends on answers.
    s.verdict === 'eligible' && (s.next_step || s.documents?.length)
      ? part(ctx, `next:${s.id}`, [state.role, s.next_step, s.documents, days], () => nextSteps(ctx, s, days)) : null,
    part(ctx, `assessed:${s.id}`, [s.id, s.name[lang], open, open ? [step, shownOf(ctx, `assessed:${s.id}`), s.reasons.map(byRule), s.measures.map((m) => [m.index, m.kind, m.reasons.map(byRule)])] : null],
      () => assessed(ctx, s, step)),
  ];
  // Keyed by the scheme: when the schemes change places, each card (and what is open in it) moves with its scheme.
  return memo(ctx.doc, `scheme:${s.id}`, memoOf([s.id, s.verdict], parts), () => el('section',
    { class: `rk-scheme rk-v-${s.verdict}`, 'aria-labelledby': id, 'data-scheme': s.id }, parts));
}

/** A scheme of the combined measures that pays less in all than its amounts for each measure alone
 * add up to (FK's yearly cap): `capped` their ids, `totals` their totals said once and `text` that
 * and that each measure's amount below is its own (null when none): the result's combined section
 * shows the amounts, the printed summary only what both reach (so it says the totals alone). */
export function combinedCaps(ctx) {
  const { state } = ctx;
  const t = ctx.T();
  const list = state.outcome.combined ?? [];
  const caps = cappedAcross(state.outcome);
  const capped = Object.keys(caps).filter((id) => list.some((c) => c.schemes.some((p) => p.scheme === id)));
  const totals = capped.map((id) => t.result.capAll(t.advice.payer[id] ?? id, formatKronor(caps[id], state.lang)));
  const text = capped.length ? [...totals, ...capped.map((id) => t.result.capEach(t.schemeShort[id] ?? id))].join(' ') : null;
  return { capped, text, totals: capped.length ? totals.join(' ') : null };
}

/** "AFA och Försäkringskassan tillsammans": for each measure both may pay for, each one's amount
 * and what they reach together. What is the same for several measures is said once, naming them
 * ("Insats 1–25: Stödsamtal", advice.js groupCombined()); the rule, the same for every measure
 * (COMB-1 with its sources), once for the section, before them. */
function combined(ctx, step) {
  const { el, state } = ctx;
  const t = ctx.T();
  const r = t.result;
  const list = state.outcome.combined ?? [];
  if (!list.length) return null;
  const kinds = (state.answers.measures ?? []).map((m) => m?.kind ?? null);
  const groups = groupCombined(list, kinds);
  const { capped, text: capText } = combinedCaps(ctx);
  const { items, more } = firstOf(ctx, 'combined', groups, ({ indices, entry: c }) => {
    const kind = kinds[c.index];
    const several = indices.length > 1;
    const alone = capped.length > 0;
    const amount = (p) => amountWords(ctx, p.amount_ore);
    const max = c.max_ore != null ? formatKronor(c.max_ore, state.lang) : null;
    return el('div', { class: 'rk-combined-item', ...(several ? { 'data-measures': String(indices.length) } : {}) },
      el('h3', { class: 'rk-h3', text: `${measuresCaption(indices, state.lang)}${kind ? `: ${ctx.cat().label(`measures[${c.index}].kind`, kind)}` : ''}` }),
      several ? el('p', { text: alone ? r.combinedEachAlone : r.combinedEach }) : null,
      el('ul', {}, c.schemes.map((p) => el('li', {}, `${t.schemeShort[p.scheme]}: ${alone && !several && capped.includes(p.scheme) ? r.forThisMeasure(amount(p)) : amount(p)}`,
        p.deadline ? `, ${deadlineWords(ctx, { id: p.scheme }, { deadline: p.deadline })}` : ''))),
      max !== null ? el('p', {}, el('strong', { text: several ? capital(r.combinedMaxEach(max)) : alone ? r.combinedMaxThis(max) : r.combinedMax(max) })) : null);
  }, step);
  const capNote = capText ? el('p', { class: 'rk-combined-cap' }, el('strong', { text: capText })) : null;
  // The rule with its sources: the same for every measure (docs/API.md §2 `combined`), so said once;
  // should it ever differ, each reads once, naming its measures.
  const rules = [];
  for (const c of list) {
    const key = JSON.stringify([c.text[state.lang], c.rules]);
    const g = rules.find((x) => x.key === key);
    if (g) g.indices.push(c.index);
    else rules.push({ key, indices: [c.index], c });
  }
  const ruleParts = rules.map(({ indices, c }) => part(ctx, 'rule', [rules.length > 1 ? measuresCaption(indices, state.lang) : null, c.text[state.lang], c.sources, c.rules],
    () => el('p', { class: 'rk-combined-rule' }, rules.length > 1 ? `${measuresCaption(indices, state.lang)}: ` : '', c.text[state.lang], ' ', ...c.sources.map((src) => ctx.sourceLinks(src)),
      ...c.rules.flatMap((id, i) => [i ? ', ' : ' ', ctx.ruleLink(id)]))));
  return el('section', { class: 'rk-combined', 'aria-labelledby': ctx.idFor('combined'), 'data-key': 'combined' },
    el('h2', { class: 'rk-h2', id: ctx.idFor('combined'), text: r.combined }), ruleParts, capNote, items, more);
}

function notes(ctx) {
  const { el, state } = ctx;
  const r = ctx.T().result;
  const o = state.outcome;
  if (!o.notes.length) return null;
  return el('section', { class: 'rk-notes', 'aria-labelledby': ctx.idFor('notes'), 'data-key': 'notes' },
    el('h2', { class: 'rk-h2', id: ctx.idFor('notes'), text: r.notes }),
    // A conflict of sources and a pointer to other support are named; plain information under "Bra att veta" needs no label.
    el('ul', {}, o.notes.map((n) => el('li', { class: `rk-note rk-note-${n.kind}` },
      r.noteKind[n.kind] ? el('strong', { text: `${r.noteKind[n.kind]}: ` }) : null, n.text[state.lang], ' ', ...(n.sources ?? []).map((src) => ctx.sourceLinks(src))))));
}

/** The result's content, shared by the result page and "Alla frågor på en sida" (beside the
 * questions, where it is drawn at every keystroke, its long lists show `step` items at a time):
 * memo() parts (or null), so that a view can hold them together with memoOf(). */
export function resultBody(ctx, step = LIST_STEP) {
  const o = ctx.state.outcome;
  const r = ctx.T().result;
  const advice = adviceFor(ctx);
  const order = advice.order ? part(ctx, 'order', advice.order.text, () => ctx.el('p', { class: 'rk-inset rk-order', text: advice.order.text })) : null;
  const kinds = (ctx.state.answers.measures || []).map((m) => m?.kind);
  const meta = `${r.judgedOn(ctx.dateWords(o.date))} ${r.rulesVersion(o.rules_version, ctx.dateWords(o.sources_as_of))}`;
  return [order, ...orderedSchemes(ctx).map((s) => schemeCard(ctx, s, advice.schemes[s.id], step)),
    advice.open.length ? part(ctx, 'open', [step, shownOf(ctx, 'open'), advice.open, openEachState(ctx, advice)], () => openList(ctx, advice, step)) : null,
    o.combined?.length ? part(ctx, 'combined', [step, shownOf(ctx, 'combined'), o.date, o.combined, kinds, cappedAcross(o)], () => combined(ctx, step)) : null,
    o.notes.length ? part(ctx, 'notes', o.notes, () => notes(ctx)) : null,
    part(ctx, 'meta', meta, () => ctx.el('p', { class: 'rk-meta', text: meta }))];
}

/** What to do with a result, at its foot: print it, save the answers; on the result page, first
 * "Ändra svaren" (`change`: on "Alla frågor" the answers are beside it). */
export function resultActions(ctx, { change }) {
  const { el, act } = ctx;
  const t = ctx.T();
  const button = (text, onclick) => el('button', { type: 'button', class: 'rk-button rk-button-secondary', text, onclick });
  return el('div', { class: 'rk-button-group rk-no-print' },
    change ? button(t.result.changeAnswers, () => act.go('check')) : null,
    button(t.print, () => act.print()),
    button(t.save, () => act.save()));
}

export function renderResult(ctx) {
  const { el, act } = ctx;
  const t = ctx.T();
  const title = el('h1', { class: 'rk-h1', id: ctx.idFor('result-title'), tabindex: '-1', text: t.result.heading });
  // A provider's next step after the check: the invoice basis and the report (the provider tools).
  const toProvider = ctx.state.role === 'provider' && ctx.allowProvider ? el('p', { class: 'rk-secondary rk-no-print' }, `${t.result.toProvider} `,
    el('button', { type: 'button', class: 'rk-link', text: t.views.provider, onclick: () => act.go('provider') })) : null;
  return el('div', { class: 'rk-result', 'data-key': 'result' },
    el('button', { type: 'button', class: 'rk-back', text: t.back, onclick: () => act.back() }),
    title, el('p', { class: 'rk-lead', text: t.result.intro }), resultBody(ctx), resultActions(ctx, { change: true }), toProvider);
}
