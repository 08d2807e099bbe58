// The result page, per scheme in plain words and most useful first: the verdict with the amount,
// measure by measure with the main reason, what to do now (who, where, by when, with what), AFA and
// FK together, and "Så har vi bedömt" with each condition's status and source. Rule ids are small
// links for experts. Everything shown comes from the outcome; only the words around it are chrome.
import { formatKronor } from '../dom.js';
import { scopeFor } from '../state.js';
import { disclosure } from './parts.js';

const ORDER = { eligible: 0, undetermined: 1, not_eligible: 2 };

/** The schemes in scope, the most useful first: those that may pay, the largest amount first. */
export function orderedSchemes(ctx) {
  const o = ctx.state.outcome;
  const scope = scopeFor(ctx.state) ?? ctx.state.answers.scope;
  return o.schemes.filter((s) => !scope || scope.includes(s.id))
    .map((s, i) => [s, i])
    .sort(([a, i], [b, j]) => ORDER[a.verdict] - ORDER[b.verdict] || (b.amount_ore.max ?? Infinity) - (a.amount_ore.max ?? Infinity) || i - j)
    .map(([s]) => s);
}

export function amountWords(ctx, { min, max }) {
  const r = ctx.T().result;
  const f = (x) => formatKronor(x, ctx.state.lang);
  if (max === null || max === undefined) return r.atLeast(f(min));
  if (min === max) return f(max);
  return min === 0 ? r.upTo(f(max)) : r.between(f(min), f(max));
}

const hasMeasures = (ctx) => (ctx.state.answers.measures || []).length > 0;

/** "Ni kan få upp till 6 000 kr", "Uppfyller inte villkoren", "Behöver fler svar". */
export function verdictText(ctx, s) {
  const r = ctx.T().result;
  if (s.verdict === 'not_eligible') return r.notEligible;
  if (s.verdict === 'undetermined') return r.undetermined;
  if (s.payee === 'none') return r.noMoney;
  if (!hasMeasures(ctx)) return r.eligibleNoAmount;
  const who = s.payee === 'employer' && ctx.state.role === 'employer' ? r.subject.employerYou : r.subject[s.payee] ?? r.subject.employer;
  // The amount is what the scheme may pay at most: the payer decides (AFA assesses each application).
  const { min, max } = s.amount_ore;
  return r.canGet(who, max === null || max === undefined ? r.atLeast(formatKronor(min, ctx.state.lang)) : r.upTo(formatKronor(max, ctx.state.lang)));
}

/** "AFA: upp till 6 000 kr · FK: behöver fler svar", for the sticky line, the live region and print. */
export function resultLine(ctx) {
  const t = ctx.T();
  return orderedSchemes(ctx).map((s) => {
    const { min, max } = s.amount_ore;
    const word = s.verdict === 'eligible' && s.payee !== 'none' && hasMeasures(ctx)
      ? (max == null ? t.result.atLeast(formatKronor(min, ctx.state.lang)) : t.result.upTo(formatKronor(max, ctx.state.lang))) : t.result.line[s.verdict];
    return `${t.schemeShort[s.id] ?? s.name[ctx.state.lang]}: ${word}`;
  }).join(' · ');
}

function deadlineWords(ctx, s, m) {
  const r = ctx.T().result;
  if (!m.deadline) return null;
  const d = ctx.dateWords(m.deadline);
  const passed = m.deadline_passed ?? m.deadline < ctx.state.outcome.date;
  if (s.id === 'rehabiliteringsgarantin') return passed ? r.reportPassed(d) : r.reportBy(d);
  return passed ? r.passed(d) : r.applyBy(d);
}

function measureLines(ctx, s) {
  const { el, state } = ctx;
  const t = ctx.T();
  const r = t.result;
  if (!s.measures.length) return null;
  return el('ul', { class: 'rk-measure-lines' }, s.measures.map((m) => {
    const answer = state.answers.measures?.[m.index] ?? {};
    const kind = m.kind ? ctx.cat().label(`measures[${m.index}].kind`, m.kind) : t.measureCaption(m.index + 1);
    const cost = answer.cost_ore != null && answer.cost_ore !== 'unknown' ? `, ${r.costOf(formatKronor(answer.cost_ore, state.lang))}` : '';
    const main = m.status === 'not_reimbursable' ? m.reasons.find((x) => x.holds === false)
      : m.status === 'undetermined' ? m.reasons.find((x) => x.holds === null) : null;
    const dl = deadlineWords(ctx, s, m);
    return el('li', { class: `rk-measure-line rk-m-${m.status}` },
      el('strong', { text: `${kind}${cost}: ${r.status[m.status]}` }), dl ? `, ${dl}` : '',
      main ? el('span', { class: 'rk-main-reason' }, ` – ${main.text[state.lang]} `, ctx.ruleLink(main.rule)) : null);
  }));
}

function nextSteps(ctx, s) {
  const { el, state } = ctx;
  const r = ctx.T().result;
  const ns = s.next_step;
  const docs = s.documents?.length && s.verdict !== 'not_eligible' ? el('div', { class: 'rk-documents' },
    el('h4', { class: 'rk-h4', text: r.documents }),
    el('ul', { class: 'rk-checklist' }, s.documents.map((d) => el('li', { class: `rk-doc rk-doc-${d.have}` },
      el('span', { class: 'rk-check-mark', 'aria-hidden': 'true', text: d.have === true ? '☑' : '☐' }),
      `${d.text[state.lang]} – `, el('strong', { text: r.doc[d.have] }))))) : null;
  if (!ns && !docs) return null;
  const parts = [];
  if (ns) {
    // The engine's "how" names who acts; the short "who" line is for the printed summary.
    parts.push(el('p', { class: 'rk-how', text: ns.how?.[state.lang] ?? r.who[ns.who] ?? '' }));
    if (ns.deadline) {
      const d = ctx.dateWords(ns.deadline);
      parts.push(el('p', { class: 'rk-deadline' }, el('strong', { text: ns.who === 'region' ? `${r.reportBy(d)}.`.replace(/^./, (c) => c.toUpperCase()) : r.deadline(d) })));
    }
    if (ns.url) parts.push(el('p', {}, ctx.externalLink(ns.url, r.officialPage)));
  }
  return el('div', { class: 'rk-next-steps' }, el('h3', { class: 'rk-h3', text: state.role === 'person' ? r.nextStepsYou : r.nextSteps }), parts, docs);
}

/** A reason: a rule's text, its status and its sources. A rule reads the same wherever it is shown, so
 * each is built once per language and status and copied (it holds no handler): typing stays quick. */
const reasons = new WeakMap(); // ctx → key → <li>
function reasonItem(ctx, x) {
  const { el, state } = ctx;
  const cache = reasons.get(ctx) ?? reasons.set(ctx, new Map()).get(ctx);
  const key = `${state.lang} ${x.rule} ${x.holds}`;
  if (!cache.has(key)) {
    const r = ctx.T().result;
    cache.set(key, el('li', { class: `rk-reason rk-holds-${x.holds}` },
      el('span', { class: `rk-tag rk-tag-${x.holds}`, text: r.holds[x.holds] }), ' ', x.text[state.lang], ' ',
      ctx.sourceLinks(x.source), ' ', ctx.ruleLink(x.rule)));
  }
  return cache.get(key).cloneNode(true);
}

/** "Så har vi bedömt": every condition with its status and source. Open or closed by the state
 * (state.open, keyed by the scheme), its content built only while open, so a result updated as the
 * user types builds only what can be seen. */
function assessed(ctx, s) {
  const { el, state } = ctx;
  const t = ctx.T();
  return disclosure(ctx, `assessed:${s.id}`, { class: 'rk-assessed' }, `${t.result.assessed}: ${s.name[state.lang]}`, () => {
    const out = [el('ul', { class: 'rk-reasons' }, s.reasons.map((x) => reasonItem(ctx, x)))];
    for (const m of s.measures) {
      if (!m.reasons.length) continue;
      const kind = m.kind ? ctx.cat().label(`measures[${m.index}].kind`, m.kind) : '';
      out.push(el('h4', { class: 'rk-h4', text: `${t.measureCaption(m.index + 1)}${kind ? `: ${kind}` : ''}` }),
        el('ul', { class: 'rk-reasons' }, m.reasons.map((x) => reasonItem(ctx, x))));
    }
    return out;
  }, { lazy: true });
}

function schemeCard(ctx, s) {
  const { el, state, act } = ctx;
  const r = ctx.T().result;
  const id = ctx.idFor(`scheme-${s.id}`);
  const open = s.verdict === 'undetermined' ? s.missing.length : 0;
  // Keyed by the scheme: when the schemes change places, each card (and what is open in it) moves with its scheme.
  return el('section', { class: `rk-scheme rk-v-${s.verdict}`, 'aria-labelledby': id, 'data-scheme': s.id, 'data-key': `scheme:${s.id}` },
    el('h2', { class: 'rk-h2', id, text: s.name[state.lang] }),
    el('p', { class: 'rk-verdict', text: verdictText(ctx, s) }),
    s.verdict === 'undetermined' && s.payee !== 'none' && hasMeasures(ctx) && s.amount_ore.max !== 0
      ? el('p', { class: 'rk-if-met', text: r.ifMet(s.amount_ore.max == null ? r.atLeast(formatKronor(s.amount_ore.min, state.lang)) : r.upTo(formatKronor(s.amount_ore.max, state.lang))) }) : null,
    // The first question that could still settle this scheme, even one answered "Vet ej".
    open ? el('p', {}, el('button', { type: 'button', class: 'rk-link', text: r.answerMore(open), onclick: () => act.change({ path: s.missing[0] }) })) : null,
    measureLines(ctx, s) ? el('h3', { class: 'rk-h3', text: r.measures }) : null, measureLines(ctx, s),
    nextSteps(ctx, s), assessed(ctx, s));
}

function combined(ctx) {
  const { el, state } = ctx;
  const t = ctx.T();
  const r = t.result;
  const list = state.outcome.combined ?? [];
  if (!list.length) return null;
  return el('section', { class: 'rk-combined', 'aria-labelledby': ctx.idFor('combined'), 'data-key': 'combined' },
    el('h2', { class: 'rk-h2', id: ctx.idFor('combined'), text: r.combined }),
    list.map((c) => {
      const kind = state.answers.measures?.[c.index]?.kind;
      return el('div', { class: 'rk-combined-item' },
        el('h3', { class: 'rk-h3', text: `${t.measureCaption(c.index + 1)}${kind ? `: ${ctx.cat().label(`measures[${c.index}].kind`, kind)}` : ''}` }),
        el('ul', {}, c.schemes.map((p) => el('li', {}, `${t.schemeShort[p.scheme]}: ${amountWords(ctx, p.amount_ore)}`,
          p.deadline ? `, ${deadlineWords(ctx, { id: p.scheme }, { deadline: p.deadline })}` : ''))),
        c.max_ore != null ? el('p', {}, el('strong', { text: r.combinedMax(formatKronor(c.max_ore, state.lang)) })) : null,
        el('p', {}, c.text[state.lang], ' ', ...c.sources.map((src) => ctx.sourceLinks(src)), ...c.rules.flatMap((id, i) => [i ? ', ' : ' ', ctx.ruleLink(id)])));
    }));
}

function notes(ctx) {
  const { el, state } = ctx;
  const r = ctx.T().result;
  const o = state.outcome;
  if (!o.notes.length) return null;
  return el('section', { class: 'rk-notes', 'aria-labelledby': ctx.idFor('notes'), 'data-key': 'notes' },
    el('h2', { class: 'rk-h2', id: ctx.idFor('notes'), text: r.notes }),
    el('ul', {}, o.notes.map((n) => el('li', { class: `rk-note rk-note-${n.kind}` },
      el('strong', { text: `${r.noteKind[n.kind] ?? ''}: ` }), n.text[state.lang], ' ', ...(n.sources ?? []).map((src) => ctx.sourceLinks(src))))));
}

/** The result's content, shared by the result page, "Alla frågor på en sida" and the printed summary. */
export function resultBody(ctx) {
  const o = ctx.state.outcome;
  const r = ctx.T().result;
  return [...orderedSchemes(ctx).map((s) => schemeCard(ctx, s)), combined(ctx), notes(ctx),
    ctx.el('p', { class: 'rk-meta', 'data-key': 'meta', text: `${r.judgedOn(ctx.dateWords(o.date))} ${r.rulesVersion(o.rules_version, ctx.dateWords(o.sources_as_of))}` })];
}

export function renderResult(ctx) {
  const { el, act } = ctx;
  const t = ctx.T();
  const title = el('h1', { class: 'rk-h1', id: ctx.idFor('result-title'), tabindex: '-1', text: t.result.heading });
  return el('div', { class: 'rk-result', 'data-key': 'result' },
    el('button', { type: 'button', class: 'rk-back', text: t.back, onclick: () => act.go('check') }),
    title, el('p', { class: 'rk-lead', text: t.result.intro }), resultBody(ctx),
    el('div', { class: 'rk-button-group rk-no-print' },
      el('button', { type: 'button', class: 'rk-button rk-button-secondary', text: t.result.changeAnswers, onclick: () => act.go('check') }),
      el('button', { type: 'button', class: 'rk-button rk-button-secondary', text: t.print, onclick: () => act.print() }),
      el('button', { type: 'button', class: 'rk-button rk-button-secondary', text: t.save, onclick: () => act.save() })));
}
