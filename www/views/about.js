// "Om tjänsten": who is behind the rules, how they are kept current and sourced, that nothing is
// stored, and the accessibility statement (tillgänglighetsredogörelse) with the status as tested.
export function renderAbout(ctx) {
  const { el, act } = ctx;
  const t = ctx.T();
  const a = t.aboutPage;
  const v = ctx.version();
  return el('div', { class: 'rk-about', 'data-key': 'about' },
    el('button', { type: 'button', class: 'rk-back', text: t.back, onclick: () => act.back() }),
    el('h1', { class: 'rk-h1', id: ctx.idFor('about-title'), tabindex: '-1', text: a.heading }),
    a.sections.map(([h, p]) => [el('h2', { class: 'rk-h2', text: h }), el('p', { text: p })]),
    el('p', {}, ctx.externalLink(ctx.rulesPage(), t.rulesPage)),
    // For partners' editors: the page that makes the code to paste (it names no answer).
    el('p', {}, ctx.externalLink(ctx.url('badda-in.html'), a.embed)),
    v ? el('p', { class: 'rk-meta', text: a.version(v.rules_version, ctx.dateWords(v.sources_as_of)) }) : null,
    el('h2', { class: 'rk-h2', id: ctx.idFor('a11y'), text: a.a11yHeading }),
    a.a11y.map((p) => el('p', { text: p })));
}
