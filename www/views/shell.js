// The frame around every view: the skip link, the header with the language switch and the menu
// (on one line at every width), and the short result line shown while questions are on screen.
import { resultLine } from './result.js';

function menuItem(ctx, text, onclick) {
  return ctx.el('button', { type: 'button', class: 'rk-menu-item', text, onclick: (e) => {
    e.target.closest('details').open = false;
    onclick();
  } });
}

/** The skip link and the header. `tools: false` leaves the language switch and the menu out. */
export function renderHeader(ctx, { tools, allowProvider, focusView }) {
  const { el, state, act } = ctx;
  const t = ctx.T();
  const fileInput = el('input', { type: 'file', accept: 'application/json,.json', hidden: true, 'aria-label': t.open,
    onchange: (e) => {
      const f = e.target.files?.[0];
      e.target.value = '';
      if (f) act.open(f);
    } });
  const toolbar = tools ? el('div', { class: 'rk-tools' },
    el('button', { type: 'button', class: 'rk-button rk-button-small rk-lang', lang: t.otherLangCode, text: t.otherLang, onclick: () => act.setLang(t.otherLangCode, true) }),
    el('details', { class: 'rk-menu',
      // Like any menu: Escape closes it (the focus back on its button), and so does focus or a click leaving it.
      onkeydown: (e) => {
        if (e.key !== 'Escape' || !e.currentTarget.open) return;
        e.currentTarget.open = false;
        e.currentTarget.querySelector('summary').focus();
      },
      onfocusout: (e) => {
        if (e.currentTarget.open && e.relatedTarget && !e.currentTarget.contains(e.relatedTarget)) e.currentTarget.open = false;
      } },
    el('summary', { class: 'rk-button rk-button-small', text: t.menu }),
      el('div', { class: 'rk-menu-list' },
        menuItem(ctx, t.views.steps, () => (state.view === 'all' ? act.resume() : act.go('start'))),
        menuItem(ctx, t.views.all, () => act.go('all')),
        allowProvider ? menuItem(ctx, t.views.provider, () => act.go('provider')) : null,
        menuItem(ctx, t.save, () => act.save()),
        menuItem(ctx, t.open, () => fileInput.click()),
        menuItem(ctx, t.print, () => act.print()),
        menuItem(ctx, t.restart, () => act.restart()),
        menuItem(ctx, t.about, () => act.go('about')))),
    fileInput) : null;
  const skip = el('a', { class: 'rk-skip', href: `#${ctx.idFor('view')}`, text: t.skip, onclick: (e) => {
    e.preventDefault();
    focusView();
  } });
  return [skip, el('header', { class: 'rk-header' }, el('p', { class: 'rk-title', text: t.title }), toolbar)];
}

/** "Resultat hittills: AFA: upp till 6 000 kr · FK: behöver fler svar — Visa". */
export function renderBar(ctx) {
  const t = ctx.T();
  const { el, act } = ctx;
  return el('p', { class: 'rk-bar-text' }, el('span', { class: 'rk-bar-label', text: `${t.result.soFar}: ` }), resultLine(ctx), ' ',
    el('button', { type: 'button', class: 'rk-link rk-bar-show', text: t.result.show, 'aria-label': `${t.result.show}: ${t.result.heading}`, onclick: () => act.go('result') }));
}
