// One question as a form field, the GOV.UK way: label or legend, hint, error message, the input,
// "Vet ej" where the engine allows it, and "Varför frågar vi?". The texts come from the engine's
// catalogue; the field is drawn from the state alone (the answer, what is typed, the message, what
// is open) and reports what the user chose through ctx.act; it never calls the engine itself.
import { answerOf, getAt } from './state.js';
import { parseKronor, formatKronor, memo } from './dom.js';
import { CHROME } from './i18n.js';
import { disclosure } from './views/parts.js';

/** A message in both languages from the chrome's texts. */
const both = (pick) => ({ sv: pick(CHROME.sv), en: pick(CHROME.en) });

/**
 * What is typed → an answer, or { error }: the message in both languages ({ sv, en }, and for a
 * date the `parts` it is about). Text for money and numbers; for a date its parts { day, month,
 * year } (the GOV.UK date input). Checked when the field is left. `kind`: the question (its `type`,
 * and the `min` and `max` the engine holds it to, so that a value out of range is said in the
 * page's own words, in kronor for money), or just its type.
 */
export function parseTyped(kind, raw) {
  const q = typeof kind === 'object' && kind ? kind : { type: kind };
  if (q.type === 'date') return parseDate(raw);
  const s = raw.trim();
  if (s === '') return { value: undefined };
  const money = q.type === 'money';
  const negative = /^[-−]/.test(s) && q.min != null && q.min >= 0;
  const value = negative ? null : money ? parseKronor(s) : /^\d{1,4}$/.test(s) ? Number(s) : null;
  const limit = (n, lang) => (money ? formatKronor(n, lang) : String(n));
  if (negative || (value !== null && q.min != null && value < q.min)) {
    return { error: { sv: CHROME.sv.errors[money ? 'moneyBelow' : 'numberBelow'](limit(q.min, 'sv')), en: CHROME.en.errors[money ? 'moneyBelow' : 'numberBelow'](limit(q.min, 'en')) } };
  }
  if (value !== null && q.max != null && value > q.max) {
    return { error: { sv: CHROME.sv.errors[money ? 'moneyAbove' : 'numberAbove'](limit(q.max, 'sv')), en: CHROME.en.errors[money ? 'moneyAbove' : 'numberAbove'](limit(q.max, 'en')) } };
  }
  if (value === null) return { error: both((c) => (money ? c.errors.money : c.errors.integer)) };
  return { value };
}

// ---- dates: the three boxes, and whatever people type into them -------------------------------
export const DATE_PARTS = ['day', 'month', 'year'];
const pad = (n) => String(n).padStart(2, '0');

/** A month as a number (1–12) or a name, Swedish or English, whole or its first three letters or
 * more ("mars", "mar", "March", "okt."); null when it is neither. */
export function monthOf(text) {
  const s = String(text).trim().toLowerCase().replace(/\.$/, '');
  if (/^\d{1,2}$/.test(s)) return Number(s) >= 1 && Number(s) <= 12 ? Number(s) : null;
  if (s.length < 3) return null;
  for (const names of [CHROME.sv.months, CHROME.en.months]) {
    const i = names.findIndex((m) => m.toLowerCase().startsWith(s));
    if (i >= 0) return i + 1;
  }
  return null;
}

/** A whole date typed in one box, as people write one ("15/1 2027", "15.1.2027", "15 januari 2027",
 * "15 jan", "2027-01-15", "20270115", "January 15, 2027"), in its parts as typed; null when it is not
 * one (a lone "15" is a day). */
export function splitDate(text) {
  const s = String(text).trim().replace(/,/g, ' ').replace(/\s+/g, ' ');
  let m = /^(\d{4})\s?[-/.]?\s?(\d{1,2})\s?[-/.]?\s?(\d{1,2})$/.exec(s);
  if (m && (s.length === 8 || /\D/.test(s))) return { day: m[3], month: m[2], year: m[1] };
  m = /^(\d{1,2})\s?[-/. ]\s?(\d{1,2}|\p{L}+\.?)(?:\s?[-/. ]\s?(\d+))?$/u.exec(s);
  if (m) return { day: m[1], month: m[2], year: m[3] ?? '' };
  m = /^(\p{L}+\.?) (\d{1,2})(?: (\d+))?$/u.exec(s);
  if (m) return { day: m[2], month: m[1], year: m[3] ?? '' };
  return null;
}

/** The boxes of a date: as typed (a draft), else from the answer ("2026-10-01" → 1, 10, 2026). */
export function dateParts(draft, value) {
  if (draft && typeof draft === 'object') return { day: draft.day ?? '', month: draft.month ?? '', year: draft.year ?? '' };
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typeof value === 'string' ? value : '');
  return m ? { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1] } : { day: '', month: '', year: '' };
}

/** The parts of a date → { value: "YYYY-MM-DD" }, { value: undefined } (nothing typed), or
 * { error } whose message names the part that is wrong, with `parts` for the boxes to mark. A
 * whole date typed in one box counts as its parts. */
export function parseDate(typed) {
  let p = Object.fromEntries(DATE_PARTS.map((k) => [k, String(typed?.[k] ?? '').trim()]));
  const filled = DATE_PARTS.filter((k) => p[k]);
  if (filled.length === 1) p = splitDate(p[filled[0]]) ?? p;
  if (DATE_PARTS.every((k) => !p[k])) return { value: undefined };
  const fail = (parts, pick) => ({ error: { ...both(pick), parts } });
  const missing = DATE_PARTS.filter((k) => !p[k]);
  if (missing.length) return fail(missing, (c) => c.errors.dateMissing(missing.map((k) => c.errors.datePart[k])));
  const day = /^\d{1,2}$/.test(p.day) ? Number(p.day) : 0;
  const month = monthOf(p.month);
  const year = /^\d{4}$/.test(p.year) && Number(p.year) >= 1000 ? Number(p.year) : 0;
  const wrong = [day >= 1 && day <= 31 ? null : 'day', month ? null : 'month', year ? null : 'year'].filter(Boolean);
  if (wrong.length) return fail(wrong, (c) => c.errors.dateWrong[wrong[0]]);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return fail(['day'], (c) => c.errors.dateNoSuchDay(c.months[month - 1], year, days));
  return { value: `${year}-${pad(month)}-${pad(day)}` };
}

/** The message at a question left unanswered: the catalogue's `required` for it ("Välj vem som
 * utför insatsen": what to answer), else "Svara på frågan". */
export const missingText = (ctx, path) => questionOf(ctx, path)?.required || ctx.T().answerNeeded;

/**
 * A problem as the error summary lists it: GOV.UK's summary shows the message alone, as it names
 * the question (the catalogue's `required`: "Välj vem som utför insatsen"). A message that does not
 * (`text`: a typing error, the engine's; "Svara på frågan") follows the question's own words, as
 * a sentence of its own after one that ends in "?". `context`: the measure ("Insats 3"), first,
 * where the page is not the measure's own.
 */
export function problemText(ctx, path, text = null, context = null) {
  const q = questionOf(ctx, path);
  const message = text ?? q?.required;
  let what = message || ctx.T().answerNeeded;
  // The engine's refusal is a clause ("ska vara mellan …"): after the question it reads as a sentence of its own.
  if (text) what = `${what[0].toUpperCase()}${what.slice(1)}${/[.!?]$/.test(what) ? '' : '.'}`;
  if (!message || text) what = /[?.!:]$/.test(q.text) ? `${q.text} ${what}` : `${q.text}: ${what}`;
  return `${context ? `${context}: ` : ''}${what}`;
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
  const current = answerOf(ctx.state.answers, path);
  if (asRadios(q, path)) {
    const values = q.type === 'bool' ? ['true', 'false', 'unknown'] : [...q.options.map((o) => o.value), 'unknown'];
    return `${id}-${values.includes(String(current)) ? String(current) : values[0]}`;
  }
  if (q.type === 'multi') return `${id}-${Array.isArray(current) && current.length ? current[0] : q.options[0].value}`;
  if (q.type === 'date') return `${id}-${ctx.state.errors[path]?.parts?.[0] ?? 'day'}`;
  return id;
}

/** What a question is called where it is not on its own page: its context ("Insats 2: ") and its text. */
export const fieldLabel = (ctx, path, context = null) => `${context ? `${context}: ` : ''}${questionOf(ctx, path).text}`;

/**
 * The question at `path`. `heading`: the question is the page's only one, so its text is the page
 * heading (GOV.UK: the legend or label as the h1). `context` ("Insats 2") is heard with the
 * question; with `caption` (or as a heading) it is shown above it too. `message`: the text at the
 * field (else the one in state.errors). `moot`: the question stopped mattering: it folds into a
 * short note and its answer stays; `{ by, above }`: `by` the answer path that folded it, when
 * known; `above`, it is above that answer, and shrinks to its note (ui.js renderInPlace() keeps
 * the focus where it was), else the note keeps the question's space, so nothing below it moves. `hidden`: not
 * shown at all. Built again only when something it shows changed.
 */
export function renderField(ctx, path, { heading = false, context = null, caption = false, message = null, moot = false, hidden = false } = {}) {
  const { state } = ctx;
  const shownMessage = message ?? state.errors[path]?.[state.lang] ?? null;
  const whyKey = `why:${path}`;
  const key = JSON.stringify([state.lang, answerOf(state.answers, path), state.drafts[path], shownMessage, state.errors[path]?.parts, heading, context, caption,
    moot, hidden, !!state.open[whyKey]]);
  return memo(ctx.doc, `q:${path}`, key, () => buildField(ctx, path, { heading, context, caption: caption || heading, message: shownMessage, moot, hidden, whyKey }));
}

function buildField(ctx, path, { heading, context, caption, message, moot, hidden, whyKey }) {
  const { el, state } = ctx;
  const t = ctx.T();
  const q = questionOf(ctx, path);
  const id = ctx.idFor(path);
  const hintId = `${id}-hint`;
  const errId = `${id}-error`;
  const current = answerOf(state.answers, path);
  const invalid = message ? 'true' : null;
  const text = q.text;
  const prefix = () => {
    if (!context) return null;
    return caption ? [el('span', { class: 'rk-caption', text: context }), el('span', { class: 'rk-visually-hidden', text: ': ' })]
      : el('span', { class: 'rk-visually-hidden', text: `${context}: ` });
  };
  const title = heading ? el('h1', { class: 'rk-question-heading', id: `${id}-title`, tabindex: '-1' }, prefix(), text) : [prefix(), text];
  // A date's hint says how to write it, before anything is typed (GOV.UK: "Till exempel 27 3 2027").
  const help = [q.help, q.type === 'date' ? t.dateExample : null].filter(Boolean).join(' ');
  const hint = () => (help ? el('p', { class: 'rk-hint', id: hintId, text: help }) : null);
  // GOV.UK's error message: a hidden "Fel:" before it, so a screen reader hears it is one.
  const error = () => el('p', { class: 'rk-error', id: errId, hidden: !message },
    message ? [el('span', { class: 'rk-visually-hidden', text: t.errorPrefix }), message] : null);
  // Built again only when opened, closed or in another language, not with each keystroke in the field.
  const why = q.why ? memo(ctx.doc, whyKey, JSON.stringify([state.lang, !!state.open[whyKey]]), () => disclosure(ctx, whyKey, { class: 'rk-why' }, t.why, () => [el('p', { text: q.why }),
    q.rules?.length ? el('p', { class: 'rk-rule-ids' }, `${t.rulesUsed}: `, ...q.rules.flatMap((r, i) => [i ? ', ' : '', ctx.ruleLink(r)])) : null])) : null;
  const describedBy = [help ? hintId : null, errId].filter(Boolean).join(' ');
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
    el('legend', { class: heading ? 'rk-legend rk-legend-page' : 'rk-legend' }, title), hint(), error(), ...inner);

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
    wrapper = el('div', { class: 'rk-field' }, labelFor(), hint(), error(), select);
  } else if (q.type === 'multi') {
    const chosen = Array.isArray(current) ? current : [];
    // The new answer is worked out from the state and the box just changed, never read back from the page.
    const toggle = (value, on) => {
      const now = answerOf(ctx.state.answers, path);
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
  } else if (q.type === 'date') {
    // GOV.UK's date input: day, month and year, each with its label; a whole date typed or pasted
    // into one box is spread over the three when that box is left. Checked when the date is left.
    const shown = dateParts(state.drafts[path], current);
    const wrong = new Set(message ? state.errors[path]?.parts ?? DATE_PARTS : []);
    const typed = (k, text) => {
      const now = dateParts(ctx.state.drafts[path], getAt(ctx.state.answers, path));
      return { ...now, [k]: text };
    };
    const box = (k) => {
      const bid = `${id}-${k}`;
      return el('div', { class: 'rk-date-item' },
        el('label', { for: bid, class: 'rk-date-label', text: t.dateParts[k] }),
        el('input', { id: bid, type: 'text', class: `rk-input rk-date-${k}`, value: shown[k], autocomplete: 'off', spellcheck: 'false',
          // Numbers for the day and the year; the month may be a name too.
          inputmode: k === 'month' ? null : 'numeric',
          'aria-invalid': wrong.has(k) ? 'true' : null,
          oninput: (e) => ctx.act.typed(path, 'date', typed(k, e.target.value), false),
          onchange: (e) => ctx.act.typed(path, 'date', splitDate(e.target.value) ?? typed(k, e.target.value), 'box') }));
    };
    // Left as a whole (not from one box to the next): checked, after the click that left it.
    const boxes = el('div', { class: 'rk-date-input',
      onfocusout: (e) => {
        if (e.currentTarget.contains(e.relatedTarget)) return;
        const leave = () => {
          if (ctx.state.drafts[path] !== undefined) ctx.act.typed(path, 'date', dateParts(ctx.state.drafts[path]), true);
        };
        if (!ctx.pointer.down) return leave();
        const win = ctx.doc.defaultView;
        let done = false;
        const once = () => {
          if (!done) leave();
          done = true;
        };
        win.addEventListener('click', () => win.setTimeout(once), { capture: true, once: true });
        win.setTimeout(once, 800);
      } }, DATE_PARTS.map(box));
    wrapper = fieldset(boxes);
  } else {
    const kind = q.type; // number | money
    const draft = state.drafts[path];
    const shown = draft !== undefined ? draft : current == null || current === 'unknown' ? ''
      : kind === 'money' ? formatKronor(current, state.lang).replace(/\u00a0kr$/, '') : String(current);
    const input = () => el('input', { id, type: 'text', class: `rk-input rk-input-${kind}`, value: shown, autocomplete: 'off', spellcheck: 'false',
      inputmode: kind === 'money' ? 'decimal' : kind === 'number' ? 'numeric' : null,
      disabled: current === 'unknown',
      'aria-describedby': describedBy,
      'aria-invalid': invalid,
      // While typing, a valid value is used at once and nothing turns red; the check comes on leaving the field.
      oninput: (e) => ctx.act.typed(path, q, e.target.value, false),
      onchange: (e) => ctx.act.typed(path, q, e.target.value, true),
      onblur: (e) => ctx.act.typed(path, q, e.target.value, true) });
    const unknown = () => el('div', { class: 'rk-checkbox rk-unknown' },
      el('input', { type: 'checkbox', id: `${id}-unknown`, checked: current === 'unknown',
        onchange: (e) => ctx.act.answer(path, e.target.checked ? 'unknown' : undefined) }), el('label', { for: `${id}-unknown`, text: t.dontKnow }));
    // Each keystroke changes what the box shows and nothing else: the parts around it are memo()
    // parts, so only the box is built again (their keys: everything each shows).
    const part = (key, inputs, make) => memo(ctx.doc, key, JSON.stringify([state.lang, inputs]), make);
    wrapper = el('div', { class: 'rk-field' },
      part('label', [heading, context, caption, text], labelFor), help ? part('hint', help, hint) : null, part('error', message, error),
      part('box', [shown, current === 'unknown', invalid, describedBy], () => el('div', { class: 'rk-input-wrap' }, input(),
        kind === 'money' ? el('span', { class: 'rk-suffix', 'aria-hidden': 'true', text: t.kr }) : null)),
      // A click on "Vet ej" that the engine refuses leaves a message: the box is then built again,
      // and put back as the state has it (dom.js morph()).
      unknownAllowed ? part('unknown', [current === 'unknown', message], unknown) : null);
  }
  wrapper.classList.add('rk-q');
  if (message) wrapper.classList.add('rk-q-error');
  wrapper.dataset.path = path;
  if (why) wrapper.append(why);
  if (moot) {
    // The folded question, why it is not needed (never "above" when the answer that folded it is
    // below), and its answer, which is kept.
    wrapper.setAttribute('data-moot', moot.above ? 'above' : '');
    const by = moot.by ? questionOf(ctx, moot.by)?.text : null;
    wrapper.append(el('p', { class: 'rk-moot-note' }, el('span', { class: 'rk-moot-question', text: text }),
      el('span', { text: by ? t.folded.by(by) : t.folded.other }),
      current === undefined ? null : el('span', { text: ` ${t.folded.kept(answerText(ctx, path, current))}` })));
  }
  if (hidden) wrapper.hidden = true;
  return wrapper;
}
