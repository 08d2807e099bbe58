// The start page: what the service answers, for whom, that nothing is stored, how long it takes,
// and who the user is (which decides the schemes judged). GOV.UK's start page pattern.
import { ROLES } from '../state.js';
import { errorSummary } from './error-summary.js';

/** The id of the first role, where the focus goes when "Starta" is pressed without one. */
export const firstRoleId = (ctx) => `${ctx.idFor('role')}-${Object.keys(ROLES)[0]}`;

/** What the user chose on the start page while it was the page's static HTML (index.html, before
 * the script ran): the role and "every scheme", read from the form controls renderStart() drew. */
export function chosenOnPage(ctx) {
  const roleId = ctx.idFor('role');
  const role = Object.keys(ROLES).find((r) => ctx.root.querySelector(`#${roleId}-${r}`)?.checked) ?? null;
  const all = ctx.root.querySelector(`#${roleId}-all`);
  return { role, ...(all ? { allSchemes: all.checked } : {}) };
}

export function renderStart(ctx) {
  const { el, state, act } = ctx;
  const t = ctx.T();
  const s = t.start;
  const roleId = ctx.idFor('role');
  const message = state.errors.role?.[state.lang];
  const error = el('p', { class: 'rk-error', id: `${roleId}-error`, hidden: !message },
    message ? [el('span', { class: 'rk-visually-hidden', text: t.errorPrefix }), message] : null);
  const roles = el('fieldset', { class: `rk-fieldset rk-q${message ? ' rk-q-error' : ''}`, 'aria-describedby': `${roleId}-error` },
    // elementtiming: the browser reports when the first question is painted (make bench reads it).
    el('legend', { class: 'rk-legend rk-legend-m', elementtiming: 'rk-first-question', text: s.roleLegend }), error,
    el('div', { class: 'rk-radios' }, Object.keys(ROLES).map((r) => {
      const id = `${roleId}-${r}`;
      return el('div', { class: 'rk-radio' },
        el('input', { type: 'radio', name: roleId, id, value: r, checked: state.role === r, 'aria-describedby': `${id}-hint`,
          onchange: () => act.setRole(r) }),
        el('label', { for: id, text: s.roles[r] }),
        el('p', { class: 'rk-hint rk-radio-hint', id: `${id}-hint`, text: s.roleHints[r] }));
    })));
  const all = state.scope ? null : el('div', { class: 'rk-checkbox rk-q' },
    el('input', { type: 'checkbox', id: `${roleId}-all`, checked: state.allSchemes, 'aria-describedby': `${roleId}-all-hint`,
      onchange: (e) => act.setAllSchemes(e.target.checked) }),
    el('label', { for: `${roleId}-all`, text: s.allSchemes }),
    el('p', { class: 'rk-hint rk-radio-hint', id: `${roleId}-all-hint`, text: s.allSchemesHint }));
  const summary = state.summary?.some((p) => p.path === 'role')
    ? errorSummary(el, { id: ctx.idFor('start-summary'), title: t.errorSummary, items: [{ text: s.roleMissing, target: firstRoleId(ctx) }] }) : null;
  return el('div', { class: 'rk-start', 'data-key': 'start' },
    ctx.noticeBanner(), summary,
    el('h1', { class: 'rk-h1', id: ctx.idFor('start-title'), tabindex: '-1', text: s.heading }),
    el('p', { class: 'rk-lead', text: s.lead }),
    el('p', { text: s.forWhom }),
    el('p', { text: s.time }),
    el('p', { class: 'rk-inset', text: s.privacy }),
    roles, all,
    el('button', { type: 'button', class: 'rk-button rk-button-start', onclick: () => act.begin() }, s.go, el('span', { class: 'rk-arrow', 'aria-hidden': 'true', text: ' →' })),
    el('p', { class: 'rk-secondary' }, `${s.orAll} `,
      el('button', { type: 'button', class: 'rk-link', text: t.views.all, onclick: () => act.go('all') })),
    ctx.allowProvider ? el('p', { class: 'rk-secondary' }, `${s.orProvider} `,
      el('button', { type: 'button', class: 'rk-link', text: t.views.provider, onclick: () => act.go('provider') })) : null);
}
