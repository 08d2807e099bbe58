// The GOV.UK error summary, one component for the questionnaire and the provider tools: "Det finns
// ett problem" and a link per problem that moves the focus to the field it is about (its label in
// view above it). Drawn from the problems given, which the caller keeps in its state; the focus
// moves to the summary when it appears after a check (the caller's render does that).

/**
 * `id`: the summary's own id (and data-key); `title`: "Det finns ett problem"; `items`:
 * [{ text, target }], `target` the id of the control to focus, or null for a problem no field holds.
 */
export function errorSummary(el, { id, title, items }) {
  return el('div', { class: 'rk-error-summary', id, 'data-key': id, role: 'alert', tabindex: '-1', 'aria-labelledby': `${id}-title` },
    el('h2', { class: 'rk-error-summary-title', id: `${id}-title`, text: title }),
    el('ul', { class: 'rk-error-summary-list' }, items.map(({ text, target }) => el('li', {}, target
      ? el('a', { href: `#${target}`, text, onclick: (e) => {
        e.preventDefault();
        focusField(e.currentTarget.getRootNode(), target);
      } })
      : text))));
}

/** The field's question in view, the focus in its control (inside a shadow root too). */
export function focusField(root, id) {
  const control = root.getElementById?.(id) ?? root.querySelector?.(`#${CSS.escape(id)}`);
  if (!control) return;
  (control.closest('.rk-q') ?? control).scrollIntoView({ block: 'start' });
  control.focus({ preventScroll: true });
}
