// The frame around every view: the skip link, the header with the language switch and the menu
// (on one line at every width), and the short result line shown while questions are on screen.
import { resultLine } from './result.js';
import { disclosure } from './parts.js';
import { stepHeading } from './step.js';
import { memo } from '../dom.js';

/**
 * The document's title: the page's heading and the service ("Kontrollera dina svar – Rehabkollen"),
 * "Fel: " first while the page shows a problem (GOV.UK), in the page's language, so that a screen
 * reader user hears which page this is when it changes.
 */
export function pageTitle(ctx) {
  const { state } = ctx;
  const t = ctx.T();
  const names = { start: t.start.heading, check: t.check.heading, result: t.result.heading, all: t.views.all, about: t.aboutPage.heading, provider: t.views.provider };
  let name = names[state.view];
  let problem = false;
  if (state.view === 'step') {
    const h = stepHeading(ctx);
    name = h.caption ? `${h.caption}: ${h.text}` : h.text;
    problem = !!state.summary?.length || state.step.paths.some((p) => state.errors[p]);
  } else if (state.view === 'start') problem = !!state.errors.role;
  else if (state.view === 'all') problem = Object.keys(state.errors).length > 0;
  return `${problem ? t.errorPrefix : ''}${name} – ${t.title}`;
}

function menuItem(ctx, text, onclick) {
  return ctx.el('button', { type: 'button', class: 'rk-menu-item', text, onclick: () => {
    ctx.act.setOpen('menu', false);
    onclick();
  } });
}

/** The skip link and the header. `tools: false` leaves the language switch and the menu out. The
 * menu is open while state.open.menu says so: its button, Escape, focus or a click leaving it
 * change that (a click outside the questionnaire: ui.js). */
export function renderHeader(ctx, { tools, allowProvider }) {
  const { state } = ctx;
  // Drawn again only when what it shows changed (it is on every render, for every keystroke).
  const key = JSON.stringify([state.lang, !!state.open.menu, state.view === 'all', tools, allowProvider]);
  return [memo(ctx.doc, 'skip', `${state.lang}:${state.view === 'provider'}`, () => skipLink(ctx)), memo(ctx.doc, 'header', key, () => header(ctx, { tools, allowProvider }))];
}

function skipLink(ctx) {
  // To the part of the page that is shown: the questions, or the provider tools in their own area.
  const target = ctx.state.view === 'provider' ? 'provider' : 'view';
  return ctx.el('a', { class: 'rk-skip', href: `#${ctx.idFor(target)}`, text: ctx.state.view === 'provider' ? ctx.T().skipProvider : ctx.T().skip, onclick: (e) => {
    e.preventDefault();
    ctx.act.focusView();
  } });
}

function header(ctx, { tools, allowProvider }) {
  const { el, state, act } = ctx;
  const t = ctx.T();
  const fileInput = el('input', { type: 'file', accept: 'application/json,.json', hidden: true, 'aria-label': t.open, id: ctx.idFor('open-file'),
    onchange: (e) => {
      const f = e.target.files?.[0];
      e.target.value = '';
      if (f) act.open(f);
    } });
  const menu = disclosure(ctx, 'menu', { class: 'rk-menu',
    // Like any menu: Escape closes it (the focus back on its button), and so does focus leaving it.
    onkeydown: (e) => {
      if (e.key !== 'Escape' || !state.open.menu) return;
      act.setOpen('menu', false);
      e.currentTarget.querySelector('summary').focus();
    },
    onfocusout: (e) => {
      if (state.open.menu && e.relatedTarget && !e.currentTarget.contains(e.relatedTarget)) act.setOpen('menu', false);
    } }, t.menu, () => el('div', { class: 'rk-menu-list' },
    menuItem(ctx, t.views.steps, () => (state.view === 'all' ? act.resume() : act.go('start'))),
    menuItem(ctx, t.views.all, () => act.go('all')),
    allowProvider ? menuItem(ctx, t.views.provider, () => act.go('provider')) : null,
    menuItem(ctx, t.save, () => act.save()),
    menuItem(ctx, t.open, () => ctx.root.querySelector(`#${CSS.escape(ctx.idFor('open-file'))}`)?.click()),
    menuItem(ctx, t.print, () => act.print()),
    menuItem(ctx, t.restart, () => act.restart()),
    menuItem(ctx, t.about, () => act.go('about'))), { summaryAttrs: { class: 'rk-button rk-button-small' } });
  const toolbar = tools ? el('div', { class: 'rk-tools', 'data-key': 'tools' },
    el('button', { type: 'button', class: 'rk-button rk-button-small rk-lang', lang: t.otherLangCode, text: t.otherLang, onclick: () => act.setLang(t.otherLangCode, true) }),
    menu, fileInput) : null;
  return el('header', { class: 'rk-header' }, el('p', { class: 'rk-title', text: t.title }), toolbar);
}

/** "Resultat hittills: AFA: upp till 6 000 kr · FK: behöver fler svar — Visa". "Visa" goes to the
 * result page; on "Alla frågor" to the result below the questions, the questions staying as they are. */
export function renderBar(ctx) {
  const t = ctx.T();
  const { el, act } = ctx;
  const show = () => {
    if (ctx.state.view !== 'all') return act.go('result');
    ctx.render({ focus: { id: ctx.idFor('all-result') } });
    // Its heading at the window's top, so that the line below covers none of what it says first.
    return ctx.root.querySelector(`#${CSS.escape(ctx.idFor('all-result'))}`)?.scrollIntoView({ block: 'start' });
  };
  return el('p', { class: 'rk-bar-text' }, el('span', { class: 'rk-bar-label', text: `${t.result.soFar}: ` }), resultLine(ctx), ' ',
    el('button', { type: 'button', class: 'rk-link rk-bar-show', text: t.result.show, 'aria-label': `${t.result.show}: ${t.result.heading}`, onclick: show }));
}
