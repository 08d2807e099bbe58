// One question as a form field, the GOV.UK way: label or legend, hint, error message, the input,
// "Vet ej" where the engine allows it, and "Varför frågar vi?". The texts come from the engine's
// catalogue; the field is drawn from the state alone (the answer, what is typed, the message, what
// is open) and reports what the user chose through ctx.act; it never calls the engine itself.
import { getAt } from './state.js';
import { parseKronor, formatKronor, memo } from './dom.js';
import { disclosure } from './views/parts.js';

/** The typed text → an answer, or { error } naming the chrome's message (errors.money, …). Checked on leaving the field. */
export function parseTyped(kind, raw) {
  const s = raw.trim();
  if (s === '') return { value: undefined };
  if (kind === 'money') {
    const ore = parseKronor(s);
    return ore === null ? { error: 'money' } : { value: ore };
  }
  if (kind === 'number') return /^\d{1,4}$/.test(s) ? { value: Number(s) } : { error: 'integer' };
  return /^\d{4}-\d{2}-\d{2}$/.test(s) ? { value: s } : { error: 'date' };
}

/** The answer as the user reads it: "Ja", "Vet ej", "12 000 kr", "1 februari 2027", an option's label. */
export function answerText(ctx, path, value) {
  const t = ctx.T();
  if (value === undefined) return t.notAnswered;
  if (value === true) return t.yes;
  if (value === false) return t.no;
  if (value === 'unknown' || value === null) return t.dontKnow;
  if (Array.isArray(value)) return value.map((v) => ctx.cat().label(path, v)).join(', ');
  const q = ctx.cat().question(path);
  if (q?.type === 'money') return formatKronor(value, ctx.state.lang);
  if (q?.type === 'date' || path === 'date') return ctx.dateWords(value);
  return ctx.cat().label(path, value);
}

/** The assessment date is asked like a question, though the catalogue does not hold it. */
export const dateQuestion = (ctx) => ({ type: 'date', text: ctx.T().dateLabel, help: ctx.T().dateHelp, unknown_allowed: false });
const questionOf = (ctx, path) => (path === 'date' ? dateQuestion(ctx) : ctx.cat().question(path));

const asRadios = (q, path) => q.type === 'bool' || (q.type === 'choice' && q.options.length <= 8 && !path.endsWith('.kind') && !path.endsWith('performer'));

/** The id of the control a link to this question moves the focus to: the chosen option, else the first. */
export function controlId(ctx, path) {
  const id = ctx.idFor(path);
  const q = questionOf(ctx, path);
  const current = getAt(ctx.state.answers, path);
  if (asRadios(q, path)) {
    const values = q.type === 'bool' ? ['true', 'false', 'unknown'] : [...q.options.map((o) => o.value), 'unknown'];
    return `${id}-${values.includes(String(current)) ? String(current) : values[0]}`;
  }
  if (q.type === 'multi') return `${id}-${Array.isArray(current) && current.length ? current[0] : q.options[0].value}`;
  return id;
}

/** What a question is called where it is not on its own page: its context ("Insats 2: ") and its text. */
export const fieldLabel = (ctx, path, context = null) => `${context ? `${context}: ` : ''}${questionOf(ctx, path).text}`;

/**
 * The question at `path`. `heading`: the question is the page's only one, so its text is the page
 * heading (GOV.UK: the legend or label as the h1). `context` ("Insats 2") is heard with the
 * question. `message`: the text at the field (else the one in state.errors). `moot`: the question
 * stopped mattering: it folds into a short note in the same space, so nothing around it moves, and
 * its answer stays. `hidden`: not shown at all. Built again only when something it shows changed.
 */
export function renderField(ctx, path, { heading = false, context = null, message = null, moot = false, hidden = false } = {}) {
  const { state } = ctx;
  const shownMessage = message ?? state.errors[path]?.[state.lang] ?? null;
  const whyKey = `why:${path}`;
  const key = JSON.stringify([state.lang, getAt(state.answers, path), state.drafts[path], shownMessage, heading, context, moot, hidden, !!state.open[whyKey]]);
  return memo(ctx.doc, `q:${path}`, key, () => buildField(ctx, path, { heading, context, message: shownMessage, moot, hidden, whyKey }));
}

function buildField(ctx, path, { heading, context, message, moot, hidden, whyKey }) {
  const { el, state } = ctx;
  const t = ctx.T();
  const q = questionOf(ctx, path);
  const id = ctx.idFor(path);
  const hintId = `${id}-hint`;
  const errId = `${id}-error`;
  const current = getAt(state.answers, path);
  const invalid = message ? 'true' : null;
  const text = q.text;
  const prefix = () => (context ? el('span', { class: 'rk-visually-hidden', text: `${context}: ` }) : null);
  const title = heading ? el('h1', { class: 'rk-question-heading', id: `${id}-title`, tabindex: '-1' }, prefix(), text) : [prefix(), text];
  const hint = q.help ? el('p', { class: 'rk-hint', id: hintId, text: q.help }) : null;
  const error = el('p', { class: 'rk-error', id: errId, hidden: !message, text: message ?? '' });
  const why = q.why ? disclosure(ctx, whyKey, { class: 'rk-why' }, t.why, () => [el('p', { text: q.why }),
    q.rules?.length ? el('p', { class: 'rk-rule-ids' }, `${t.rulesUsed}: `, ...q.rules.flatMap((r, i) => [i ? ', ' : '', ctx.ruleLink(r)])) : null]) : null;
  const describedBy = [q.help ? hintId : null, errId].filter(Boolean).join(' ');
  const unknownAllowed = q.unknown_allowed;
  let wrapper;

  const radios = (opts) => opts.map(([value, optLabel]) => {
    const rid = `${id}-${value}`;
    const input = el('input', { type: 'radio', id: rid, name: id, value, checked: current !== undefined && String(current) === value,
      onchange: () => ctx.act.answer(path, value === 'true' ? true : value === 'false' ? false : value) });
    return el('div', { class: 'rk-radio' }, input, el('label', { for: rid, text: optLabel }));
  });
  // GOV.UK: a page's only question is its heading; the h1 holds the label (a label may not hold an h1).
  const labelFor = () => (heading
    ? el('h1', { class: 'rk-question-heading', id: `${id}-title`, tabindex: '-1' }, el('label', { for: id, class: 'rk-label rk-legend-page' }, prefix(), text))
    : el('label', { for: id, class: 'rk-label' }, prefix(), text));
  const fieldset = (...inner) => el('fieldset', { class: 'rk-fieldset', 'aria-describedby': describedBy },
    el('legend', { class: heading ? 'rk-legend rk-legend-page' : 'rk-legend' }, title), hint, error, ...inner);

  if (q.type === 'bool') {
    wrapper = fieldset(el('div', { class: 'rk-radios rk-inline' }, radios([['true', t.yes], ['false', t.no], ...(unknownAllowed ? [['unknown', t.dontKnow]] : [])])));
  } else if (asRadios(q, path)) {
    wrapper = fieldset(el('div', { class: 'rk-radios' }, radios([...q.options.map((o) => [o.value, o.label]), ...(unknownAllowed ? [['unknown', t.dontKnow]] : [])])));
  } else if (q.type === 'choice') {
    const select = el('select', { id, class: 'rk-select', 'aria-describedby': describedBy, 'aria-invalid': invalid, onchange: (e) => ctx.act.answer(path, e.target.value || undefined) });
    select.append(el('option', { value: '', text: t.choose }));
    if (path.endsWith('.kind')) {
      for (const g of ctx.cat().groups) {
        const og = el('optgroup', { label: g.label });
        for (const o of q.options.filter((x) => x.group === g.id)) og.append(el('option', { value: o.value, text: o.label }));
        select.append(og);
      }
    } else {
      for (const o of q.options) select.append(el('option', { value: o.value, text: o.label }));
      if (unknownAllowed) select.append(el('option', { value: 'unknown', text: t.dontKnow }));
    }
    select.value = current == null ? '' : current;
    wrapper = el('div', { class: 'rk-field' }, labelFor(), hint, error, select);
  } else if (q.type === 'multi') {
    const chosen = Array.isArray(current) ? current : [];
    // The new answer is worked out from the state and the box just changed, never read back from the page.
    const toggle = (value, on) => {
      const now = getAt(ctx.state.answers, path);
      const was = Array.isArray(now) ? now : [];
      ctx.act.answer(path, q.options.map((o) => o.value).filter((v) => (v === value ? on : was.includes(v))));
    };
    const boxes = q.options.map((o) => {
      const cid = `${id}-${o.value}`;
      return el('div', { class: 'rk-checkbox' }, el('input', { type: 'checkbox', id: cid, value: o.value, checked: chosen.includes(o.value),
        onchange: (e) => toggle(o.value, e.target.checked) }), el('label', { for: cid, text: o.label }));
    });
    const unknown = unknownAllowed ? [el('p', { class: 'rk-or', text: t.or }), el('div', { class: 'rk-checkbox' },
      el('input', { type: 'checkbox', id: `${id}-unknown`, value: 'unknown', checked: current === 'unknown',
        onchange: (e) => ctx.act.answer(path, e.target.checked ? 'unknown' : undefined) }), el('label', { for: `${id}-unknown`, text: t.dontKnow }))] : [];
    wrapper = fieldset(el('div', { class: 'rk-checkboxes' }, boxes, unknown));
  } else {
    const kind = q.type; // number | money | date
    const draft = state.drafts[path];
    const shown = draft !== undefined ? draft : current == null || current === 'unknown' ? ''
      : kind === 'money' ? formatKronor(current, state.lang).replace(/\u00a0kr$/, '') : String(current);
    const input = el('input', { id, type: 'text', class: `rk-input rk-input-${kind}`, value: shown, autocomplete: 'off', spellcheck: 'false',
      inputmode: kind === 'money' ? 'decimal' : kind === 'number' ? 'numeric' : null,
      disabled: current === 'unknown',
      'aria-describedby': describedBy,
      'aria-invalid': invalid,
      // While typing, a valid value is used at once and nothing turns red; the check comes on leaving the field.
      oninput: (e) => ctx.act.typed(path, kind, e.target.value, false),
      onchange: (e) => ctx.act.typed(path, kind, e.target.value, true),
      onblur: (e) => ctx.act.typed(path, kind, e.target.value, true) });
    const unknown = unknownAllowed ? el('div', { class: 'rk-checkbox rk-unknown' },
      el('input', { type: 'checkbox', id: `${id}-unknown`, checked: current === 'unknown',
        onchange: (e) => ctx.act.answer(path, e.target.checked ? 'unknown' : undefined) }), el('label', { for: `${id}-unknown`, text: t.dontKnow })) : null;
    wrapper = el('div', { class: 'rk-field' }, labelFor(), hint, error,
      el('div', { class: 'rk-input-wrap' }, input, kind === 'money' ? el('span', { class: 'rk-suffix', 'aria-hidden': 'true', text: t.kr }) : null), unknown);
  }
  wrapper.classList.add('rk-q');
  if (message) wrapper.classList.add('rk-q-error');
  wrapper.dataset.path = path;
  if (why) wrapper.append(why);
  if (moot) {
    wrapper.setAttribute('data-moot', '');
    wrapper.append(el('p', { class: 'rk-moot-note', text: t.notNeeded }));
  }
  if (hidden) wrapper.hidden = true;
  return wrapper;
}
