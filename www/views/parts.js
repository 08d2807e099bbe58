// Small pieces several views share: links that open in a new tab (the answers stay in this one),
// a rule id linking to "Regler och källor", a source (official page first, stored text second),
// and the notice shown once at the top of a view. Addresses of Rehabkollen's own pages come from
// ctx.url (ui.js, a module at www/ itself), never from this module's own address: bundled, it is
// not where it was written.

const newTab = (ctx) => ctx.el('span', { class: 'rk-visually-hidden', text: ` ${ctx.T().newTab}` });

export const rulesPage = (ctx) => ctx.url('rules.html');

export function externalLink(ctx, href, text) {
  return ctx.el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, text, newTab(ctx));
}

/** A rule id, small, for experts: its entry on "Regler och källor". */
export function ruleLink(ctx, id) {
  return ctx.el('a', { class: 'rk-rule-id', href: ctx.url(`rules.html#${encodeURIComponent(id)}`), target: '_blank', rel: 'noopener' }, id, newTab(ctx));
}

/** "Källa: <the official page>" and, second, the stored seed text. */
export function sourceLinks(ctx, src) {
  const t = ctx.T();
  const title = (src.doc && t.docs[src.doc]) || ctx.cat().pageTitle(src) || src.section;
  const bits = [];
  if (src.url) bits.push(externalLink(ctx, src.url, src.section && title !== src.section ? `${title}: ${src.section}` : title));
  if (src.doc) {
    const stored = externalLink(ctx, ctx.url(`source.html#${src.doc}`), src.url ? t.result.storedText : `${title}: ${src.section}`);
    bits.push(...(bits.length ? [' (', stored, ')'] : [stored]));
  }
  if (!bits.length) bits.push(src.section);
  if (src.secondary) bits.push(`, ${t.result.secondary}`);
  return ctx.el('span', { class: 'rk-source' }, `${t.result.source}: `, ...bits);
}

/** The notice in state.notice ("Svaren är borttagna. Ångra", a file error, …), or nothing. Its
 * text is { sv, en } where both are known, so a language switch translates it. */
export function noticeBanner(ctx) {
  const n = ctx.state.notice;
  if (!n) return null;
  return ctx.el('div', { class: `rk-notice rk-notice-${n.kind}`, role: n.kind === 'error' ? 'alert' : 'status', 'data-key': 'notice' },
    ctx.el('p', { class: 'rk-notice-text', text: typeof n.text === 'string' ? n.text : n.text[ctx.state.lang] }),
    n.undo ? ctx.el('button', { type: 'button', class: 'rk-button rk-button-secondary', text: ctx.T().undo, onclick: () => ctx.act.undo() }) : null);
}

/**
 * A <details> whose being open is state (state.open[key]), so it stays with what it belongs to
 * however the page is drawn again. `content()` is what it holds; with `lazy`, built only while it
 * is open. The summary's click changes the state (and the page follows); a details opened another
 * way (find in page) tells the state too.
 */
export function disclosure(ctx, key, attrs, summary, content, { summaryAttrs = {}, lazy = false } = {}) {
  const open = !!ctx.state.open[key];
  return ctx.el('details', { ...attrs, open, 'data-key': key,
    ontoggle: (e) => { if (e.currentTarget.open !== !!ctx.state.open[key]) ctx.act.setOpen(key, e.currentTarget.open); } },
  ctx.el('summary', { ...summaryAttrs, onclick: (e) => {
    e.preventDefault();
    ctx.act.setOpen(key, !ctx.state.open[key]);
  } }, summary),
  open || !lazy ? content() : null);
}

/** How many items of a long list show at first, and how many more each "Visa … till" shows (unless the list says). */
export const LIST_STEP = 50;

/**
 * A long list (a case of up to 500 measures) shown a part at a time, so that no view builds and
 * lays out thousands of items at once: the first LIST_STEP items, then as many as the user asks
 * for, LIST_STEP at a time (state.open[`more:${key}`] holds how many show). The button is below
 * the items, so what it adds comes where it was, below everything above it; the focus moves to the
 * first item added. `render(item, i)` builds an element; `step`: items per part. Returns { items, more }: the elements, and
 * the line with the button while some are hidden (else null).
 */
export function firstOf(ctx, key, list, render, step = LIST_STEP) {
  const t = ctx.T().more;
  // Whole parts: a count asked for elsewhere (the focus sent to item i, or the same list shown with
  // another step beside the questions) is rounded up, so the next part's first item has its id.
  const count = Math.ceil(Math.max(step, ctx.state.open[`more:${key}`] || 0) / step) * step;
  const at = (i) => ctx.idFor(`more-${key}-${i}`);
  const items = list.slice(0, count).map((x, i) => {
    const n = render(x, i);
    if (!i || i % step) return n;
    // The first of each part shown by "Visa … till" is where the focus goes; an item that is a
    // memo() placeholder (dom.js) gets it when it is built, and as its key holds `i`, keeps it.
    const mark = (e) => {
      e.classList.add('rk-shown-first'); // its focus shows (style.css)
      return Object.assign(e, { id: at(i), tabIndex: -1 });
    };
    if (!n.rkStub) return mark(n);
    const build = n.rkStub.build;
    n.rkStub.build = () => mark(build());
    return n;
  });
  if (list.length <= count) return { items, more: null };
  const next = Math.min(step, list.length - count);
  return { items, more: ctx.el('p', { class: 'rk-more' }, `${t.shown(count, list.length)} `,
    ctx.el('button', { type: 'button', class: 'rk-link', text: t.show(next), onclick: () => ctx.act.showMore(key, count + next, at(count)) })) };
}
