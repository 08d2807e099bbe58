// "Regler och källor": every rule of every scheme from the engine's registry (rules(lang)), with
// its text, the official pages as links and the stored seed text as a secondary link. Offline:
// the registry comes from the wasm module, the seeds from sources/. One anchor per rule id
// (rules.html#AFA-COV-2) for result pages to link to. Swedish first, an English switch.
import init, { rules } from './pkg/rehabkollen.js';

const CHROME = {
  sv: {
    title: 'Regler och källor',
    docTitle: 'Regler och källor – Rehabkollen',
    tagline: 'Varje regel Rehabkollen följer, med var den kommer ifrån. Källorna lästes senast {date}; reglerna har version {version}.',
    skip: 'Hoppa till reglerna',
    switchTo: 'In English',
    switchLang: 'en',
    back: 'Till Rehabkollen',
    nav: 'Sidan',
    contents: 'Innehåll',
    sources: 'Källor',
    official: 'Officiell sida',
    page: 'Sida',
    section: 'avsnitt',
    stored: 'Lagrad kopia av sidan',
    secondary: 'sekundär källa',
    ruleCount: (n) => `${n} regler`,
    loadError: 'Reglerna kunde inte laddas.',
  },
  en: {
    title: 'Rules and sources',
    docTitle: 'Rules and sources – Rehabkollen',
    tagline: 'Every rule Rehabkollen follows, with where it comes from. The sources were last read on {date}; the rules are version {version}.',
    skip: 'Skip to the rules',
    switchTo: 'På svenska',
    switchLang: 'sv',
    back: 'Back to Rehabkollen',
    nav: 'Page',
    contents: 'Contents',
    sources: 'Sources',
    official: 'Official page',
    page: 'Page',
    section: 'section',
    stored: 'Stored copy of the page',
    secondary: 'secondary source',
    ruleCount: (n) => `${n} rules`,
    loadError: 'The rules could not be loaded.',
  },
};

// Layout in px (no rem); a constructed sheet, so the strict CSP (style-src 'self') holds.
const CSS = `
.rk-registry .rk-contents ul { padding-left: 20px; margin: 8px 0 16px; }
.rk-registry .rk-contents li { margin: 4px 0; }
.rk-registry .rk-scheme-rules { border-top: 1px solid #8a8a8a; margin-top: 24px; }
.rk-registry .rk-rule-list { list-style: none; margin: 0; padding: 0; }
.rk-registry .rk-rule { border-left: 4px solid #0b5394; padding: 8px 12px; margin: 16px 0; scroll-margin-top: 16px; }
.rk-registry .rk-rule:target, .rk-registry .rk-rule.rk-target { background: #fff6d6; outline: 3px solid #8a6d00; outline-offset: 2px; }
.rk-registry .rk-rule h3 { font-size: 18px; margin: 0 0 4px; }
.rk-registry .rk-rule p { margin: 0 0 8px; }
.rk-registry .rk-rule h4 { font-size: 16px; margin: 8px 0 4px; }
.rk-registry .rk-source-list { margin: 0; padding-left: 20px; }
.rk-registry .rk-source-list li { margin: 4px 0; }
.rk-registry a { color: #0b5394; }
.rk-registry .rk-id { font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
`;

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v !== undefined && v !== null) e.setAttribute(k, v);
  }
  e.append(...children.flat().filter((c) => c !== null && c !== undefined));
  return e;
}

/** The host of an address, for a link text that says where it goes. */
const host = (url) => new URL(url).hostname.replace(/^www\d?\./, '');

function sourceItem(src, t) {
  const link = el('a', { href: src.url, rel: 'noopener noreferrer', hreflang: 'sv', 'data-kind': 'official' },
    `${src.doc ? t.official : t.page}: ${host(src.url)} (${src.ref})`);
  const parts = [link];
  if (src.section) parts.push(`, ${t.section} ”${src.section}”`);
  if (src.secondary) parts.push(` – ${t.secondary}`);
  if (src.doc) {
    parts.push(' · ', el('a', { href: `source.html#${src.doc}`, hreflang: 'sv', 'data-kind': 'stored' }, `${t.stored} (${src.doc})`));
  }
  return el('li', {}, parts);
}

function ruleItem(rule, t) {
  const heading = `${rule.id}-heading`;
  return el('li', { id: rule.id, class: 'rk-rule' },
    el('h3', { id: heading }, el('span', { class: 'rk-id' }, rule.id)),
    el('p', {}, rule.text),
    el('h4', {}, t.sources),
    el('ul', { class: 'rk-source-list' }, rule.sources.map((s) => sourceItem(s, t))));
}

function render(main, registry, lang) {
  const t = CHROME[lang];
  document.documentElement.lang = lang;
  document.title = t.docTitle;
  document.getElementById('title').textContent = t.title;
  document.getElementById('tagline').textContent = t.tagline.replace('{date}', registry.sources_as_of).replace('{version}', registry.rules_version);
  document.getElementById('skip').textContent = t.skip;
  document.getElementById('back').textContent = t.back;
  document.querySelector('nav.rk-tools').setAttribute('aria-label', t.nav);
  const button = document.getElementById('lang');
  button.textContent = t.switchTo;
  button.lang = t.switchLang;

  const contents = el('nav', { class: 'rk-contents', 'aria-labelledby': 'contents-heading' },
    el('h2', { id: 'contents-heading' }, t.contents),
    el('ul', {}, registry.schemes.map((s) => el('li', {}, el('a', { href: `#scheme-${s.id}` }, s.name), ` (${t.ruleCount(s.rules.length)})`))));
  const sections = registry.schemes.map((s) => el('section', { class: 'rk-scheme-rules', 'aria-labelledby': `scheme-${s.id}` },
    el('h2', { id: `scheme-${s.id}` }, s.name),
    el('ul', { class: 'rk-rule-list' }, s.rules.map((r) => ruleItem(r, t)))));
  main.replaceChildren(contents, ...sections);
}

/** Shows the rule the address names: the content arrives after load, so the browser cannot. */
function showTarget() {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id && document.getElementById(id);
  // :target is settled at navigation, before the rules exist: mark the rule ourselves.
  for (const old of document.querySelectorAll('.rk-target')) old.classList.remove('rk-target');
  if (target) {
    target.classList.add('rk-target');
    target.scrollIntoView();
  }
}

const main = document.getElementById('rules');
try {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  await init();
  let lang = document.documentElement.lang === 'en' ? 'en' : 'sv';
  const registries = { sv: rules('sv'), en: rules('en') };
  render(main, registries[lang], lang);
  showTarget();
  window.addEventListener('hashchange', showTarget);
  document.getElementById('lang').addEventListener('click', () => {
    lang = lang === 'sv' ? 'en' : 'sv';
    render(main, registries[lang], lang);
    showTarget();
    document.getElementById('lang').focus();
  });
} catch (e) {
  main.textContent = `${CHROME.sv.loadError} / ${CHROME.en.loadError}`;
  console.error(e);
}
